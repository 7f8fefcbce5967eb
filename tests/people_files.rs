//! The gazetteer is a main file plus a `.d` folder of regional files, merged by name.

use std::fs;

use readout::people::People;

#[test]
fn regional_files_add_people_and_extend_known_ones() {
    let dir = tempfile::tempdir().expect("temp dir");
    let main = dir.path().join("people.toml");
    fs::write(
        &main,
        "[sites]\n\"example.az\" = \"AZ\"\n\n[[person]]\nname = \"Ilham Aliyev\"\ncountry = \"AZ\"\naliases = [\"Aliyev\"]\nroles = [{ role = \"president\", from = \"2003-10\" }]\n",
    )
    .expect("write main file");
    fs::create_dir(dir.path().join("people.d")).expect("people.d");
    fs::write(
        dir.path().join("people.d/east.toml"),
        "[sites]\n\"example.ge\" = \"GE\"\n\n[[person]]\nname = \"Ilham Aliyev\"\naliases = [\"Алиев\", \"Aliyev\"]\nroles = [{ role = \"other\", office = \"Deputy\", from = \"1999-01\", to = \"2003-08\" }]\n\n[[person]]\nname = \"Giorgi Margvelashvili\"\ncountry = \"GE\"\naliases = [\"Margvelashvili\"]\n",
    )
    .expect("write regional file");
    // Not a TOML file: ignored.
    fs::write(dir.path().join("people.d/notes.txt"), "not toml").expect("write notes");

    let people = People::load(&main).expect("gazetteer loads");
    assert_eq!(people.len(), 2, "a repeated name is one person");
    let aliyev = people
        .lookup("Алиев")
        .expect("alias from the regional file");
    assert_eq!(aliyev.name, "Ilham Aliyev");
    assert_eq!(aliyev.roles.len(), 2, "roles from both files");
    assert_eq!(
        aliyev.aliases.iter().filter(|a| *a == "Aliyev").count(),
        1,
        "a repeated alias is kept once"
    );
    assert_eq!(
        people.lookup("Margvelashvili").map(|p| p.name.as_str()),
        Some("Giorgi Margvelashvili")
    );
    assert_eq!(people.site_country("example.ge"), Some("GE"));
    assert_eq!(people.site_country("example.az"), Some("AZ"));
}

#[test]
fn a_broken_regional_file_is_named_in_the_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let main = dir.path().join("people.toml");
    fs::write(&main, "[[person]]\nname = \"A B\"\n").expect("write main file");
    fs::create_dir(dir.path().join("people.d")).expect("people.d");
    fs::write(dir.path().join("people.d/bad.toml"), "[[person]\nname = ").expect("write bad");
    let err = People::load(&main).expect_err("broken file is an error");
    assert!(err.to_string().contains("bad.toml"), "{err}");
}

/// A term date that does not parse would leave the term open on that side, making its holder
/// the office holder on any day: the file is refused, naming the person and the value.
#[test]
fn a_malformed_term_date_is_refused_with_the_person_named() {
    for bad in ["2024-13", "20x4-01", "2024-02-40", "June 2024"] {
        let text = format!(
            "[[person]]\nname = \"Ann Example\"\nroles = [{{ role = \"president\", from = \"2020-01\", to = \"{bad}\" }}]\n"
        );
        let err = People::from_toml_str(&text).expect_err("bad date is an error");
        let message = err.to_string();
        assert!(
            message.contains("Ann Example") && message.contains(bad),
            "{message}"
        );
    }
    let fine = "[[person]]\nname = \"Ann Example\"\nroles = [{ role = \"president\", from = \"2020-01-15\", to = \"\" }]\n";
    assert!(People::from_toml_str(fine).is_ok());
}

#[test]
fn every_regional_file_is_built_into_the_binary() {
    let mut on_disk: Vec<String> = fs::read_dir("config/people.d")
        .expect("config/people.d exists")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".toml"))
        .collect();
    on_disk.sort();
    let bundled: Vec<String> = readout::answers::BUNDLED_PEOPLE_FILES
        .iter()
        .map(|(name, _)| name.to_string())
        .collect();
    assert_eq!(bundled, on_disk, "list new files in BUNDLED_PEOPLE_FILES");
    for (name, text) in readout::answers::BUNDLED_PEOPLE_FILES {
        let disk = fs::read_to_string(format!("config/people.d/{name}")).expect("file readable");
        assert_eq!(*text, disk, "{name} is bundled as it is on disk");
    }
}

#[test]
fn the_bundled_gazetteer_is_the_one_on_disk() {
    // Run from a folder without config/, Readout uses the built-in copy: the same people.
    let on_disk = People::load(std::path::Path::new("config/people.toml")).expect("loads");
    let bundled = readout::answers::bundled_people().expect("built-in gazetteer loads");
    assert_eq!(bundled.len(), on_disk.len());
    assert!(bundled.len() > 900, "{} people", bundled.len());
}

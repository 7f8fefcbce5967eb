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

//! The gazetteer: lookups in every script and spelling, autocomplete, ambiguity, sites, roles.

use std::path::Path;

use chrono::NaiveDate;
use readout::people::People;
use readout::people::normalize::name_key;

const SMALL: &str = r#"
[sites]
"elysee.fr" = "FR"
"www.gov.uk" = "GB"

[[person]]
name = "Ilham Aliyev"
country = "AZ"
aliases = ["Aliyev"]
roles = [{ role = "president", office = "President of Azerbaijan", from = "2003-10" }]

[[person]]
name = "Boris Johnson"
country = "GB"
aliases = ["Johnson"]
roles = [{ role = "prime_minister", office = "Prime Minister", from = "2019-07", to = "2022-09" }]

[[person]]
name = "Mike Johnson"
country = "US"
aliases = ["Johnson"]
roles = [{ role = "other", office = "Speaker of the House", from = "2023-10" }]

[[person]]
name = "Rishi Sunak"
country = "GB"
roles = [{ role = "prime_minister", office = "Prime Minister", from = "2022-10", to = "2024-07" }]

[[person]]
name = "Keir Starmer"
country = "GB"
roles = [{ role = "prime_minister", office = "Prime Minister", from = "2024-07" }]
"#;

fn small() -> People {
    People::from_toml_str(SMALL).expect("fixture gazetteer parses")
}

#[test]
fn spelling_variants_share_one_key() {
    let key = name_key("Aliyev");
    for variant in [
        "Aliev",
        "Əliyev",
        "Алиев",
        "Alijew",
        "Алиеву",
        "Алиевым",
        "Əliyevə",
        "Aliyev'in",
        "Aliyevs",
        "Алієв",
    ] {
        assert_eq!(name_key(variant), key, "{variant}");
    }
    assert_eq!(name_key("Erdoğan'ı"), name_key("Ердогана"));
    assert_eq!(name_key("Erdogan"), name_key("Эрдоганом"));
    assert_ne!(name_key("Aliyev"), name_key("Erdogan"));
}

#[test]
fn lookup_finds_one_person_from_any_script_or_inflection() {
    let people = small();
    for query in [
        "aliev",
        "Алиев",
        "Əliyev",
        "Ilham Aliyev",
        "Aliyev",
        "ILHAM ALIEV",
        "Ильхаму Алиеву",
        "Aliyev ilham",
    ] {
        let found = people.lookup(query).map(|p| p.name.as_str());
        assert_eq!(found, Some("Ilham Aliyev"), "{query}");
    }
    assert!(people.lookup("Macron").is_none());
    assert!(people.lookup("").is_none());
}

#[test]
fn shared_bare_surname_is_ambiguous_but_full_names_resolve() {
    let people = small();
    assert!(people.lookup("Johnson").is_none(), "two Johnsons: no guess");
    assert_eq!(
        people.lookup("Boris Johnson").map(|p| p.name.as_str()),
        Some("Boris Johnson")
    );
    let all: Vec<&str> = people
        .lookup_all("Johnson")
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(
        all,
        vec!["Mike Johnson", "Boris Johnson"],
        "people in office first"
    );
}

#[test]
fn suggest_completes_partial_names_in_any_script() {
    let people = small();
    let names = |q: &str| {
        people
            .suggest(q, 10)
            .iter()
            .map(|p| p.name.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(names("али"), vec!["Ilham Aliyev"]);
    assert_eq!(names("Ali"), vec!["Ilham Aliyev"]);
    // People in office come first.
    assert_eq!(names("john"), vec!["Mike Johnson", "Boris Johnson"]);
    assert_eq!(names("ke"), vec!["Keir Starmer"]);
    assert_eq!(people.suggest("", 2).len(), 2);
}

#[test]
fn sites_roles_and_keys() {
    let people = small();
    assert_eq!(
        people.site_country("https://www.elysee.fr/emmanuel-macron/2024/01/01/x"),
        Some("FR")
    );
    assert_eq!(people.site_country("gov.uk"), Some("GB"));
    assert_eq!(people.site_country("www.GOV.UK"), Some("GB"));
    assert_eq!(people.site_country("example.org"), None);
    let pm = |d: &str| {
        let date: NaiveDate = d.parse().expect("date");
        people
            .holders("GB", &["prime_minister"], date)
            .iter()
            .map(|p| p.name.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(pm("2023-07-17"), vec!["Rishi Sunak"]);
    assert_eq!(pm("2024-10-29"), vec!["Keir Starmer"]);
    let aliyev = people.lookup("Aliyev").expect("Aliyev");
    let keys = people.person_keys(aliyev);
    assert_eq!(keys.first(), Some(&name_key("Ilham Aliyev")));
    assert!(keys.contains(&name_key("Aliyev")));
}

#[test]
fn the_project_gazetteer_resolves_the_usual_queries() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("config/people.toml");
    let people = People::load(&path).expect("config/people.toml loads");
    assert!(people.len() > 30);
    for query in [
        "aliev",
        "Алиев",
        "Əliyev",
        "Ilham Aliyev",
        "Aliyev",
        "Алиеву",
        "Əliyevə",
    ] {
        assert_eq!(
            people.lookup(query).map(|p| p.name.as_str()),
            Some("Ilham Aliyev"),
            "{query}"
        );
    }
    for query in ["Erdogan", "Erdoğan'ı", "Ердогана", "Эрдоганом"] {
        assert_eq!(
            people.lookup(query).map(|p| p.name.as_str()),
            Some("Recep Tayyip Erdoğan"),
            "{query}"
        );
    }
    assert!(
        people
            .suggest("али", 10)
            .iter()
            .any(|p| p.name == "Ilham Aliyev")
    );
}

#[test]
fn short_surnames_with_one_sound_skeleton_stay_apart() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("config/people.toml");
    let people = People::load(&path).expect("config/people.toml loads");
    let name = |q: &str| people.lookup(q).map(|p| p.name.clone());
    assert_ne!(name_key("Scholz"), name_key("Joly"));
    assert_eq!(name("Scholz").as_deref(), Some("Olaf Scholz"));
    assert_eq!(name("Шольцу").as_deref(), Some("Olaf Scholz"));
    assert_eq!(name("Joly").as_deref(), Some("Mélanie Joly"));
    assert_eq!(name("Aliyev").as_deref(), Some("Ilham Aliyev"));
    assert_eq!(name("Tajani").as_deref(), Some("Antonio Tajani"));
    for variant in ["Selenskyj", "Зеленский", "Zelensky", "Зеленскому"] {
        assert_eq!(
            name(variant).as_deref(),
            Some("Volodymyr Zelenskyy"),
            "{variant}"
        );
    }
    assert_eq!(name("İyulun"), None);
}

#[test]
fn a_bare_surname_never_names_someone_else() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("config/people.toml");
    let people = People::load(&path).expect("config/people.toml loads");
    for person in people.all() {
        let Some(surname) = person.name.split_whitespace().last() else {
            continue;
        };
        if surname.chars().count() < 4
            || person.name.split_whitespace().count() < 2
            || !person.bare_surname
        {
            continue;
        }
        // "Mohammed bin Salman": the last word is the father's name, not a surname.
        let words: Vec<&str> = person.name.split_whitespace().collect();
        if words.len() > 2 && ["bin", "ibn", "bint"].contains(&words[words.len() - 2]) {
            continue;
        }
        if let Some(found) = people.lookup(surname) {
            let same_surname = found.name.split_whitespace().last() == Some(surname);
            assert!(
                found.name == person.name || same_surname,
                "{surname} ({}) -> {}",
                person.name,
                found.name
            );
        }
    }
}

/// The name key is lossy (Ruto, Rutte and Руте share one; so do French "mars" and Merz, Yoon
/// and Jun): a key match alone never names a person, the spelling must agree too.
#[test]
fn a_shared_key_without_a_close_spelling_names_nobody() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("config/people.toml");
    let people = People::load(&path).expect("config/people.toml loads");
    let name = |q: &str| people.lookup(q).map(|p| p.name.clone());
    assert_eq!(name_key("Ruto"), name_key("Rutte"));
    assert_eq!(name_key("Mars"), name_key("Merz"));
    assert_eq!(name_key("Yoon"), name_key("Jun"));
    // William Ruto is in the gazetteer: his name is his, never Rutte's.
    for ruto in ["Ruto", "William Ruto"] {
        assert_eq!(name(ruto).as_deref(), Some("William Ruto"), "{ruto}");
    }
    for stranger in ["Mars", "mars", "Yoon", "Yoon Jun"] {
        assert_eq!(name(stranger), None, "{stranger}");
        assert!(people.lookup_all(stranger).is_empty(), "{stranger}");
    }
    // The people themselves, in their variants and inflections, are still found.
    for (query, person) in [
        ("Rutte", "Mark Rutte"),
        ("Рютте", "Mark Rutte"),
        ("Merz", "Friedrich Merz"),
        ("Merts", "Friedrich Merz"),
        ("Мерцем", "Friedrich Merz"),
        ("Dong Jun", "Dong Jun"),
        ("Jun Dong", "Dong Jun"),
    ] {
        assert_eq!(name(query).as_deref(), Some(person), "{query}");
    }
}

/// The spelling check never rejects a person's own written names: every alias finds its
/// person (among others when several people share it).
#[test]
fn every_written_alias_still_finds_its_person() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("config/people.toml");
    let people = People::load(&path).expect("config/people.toml loads");
    let mut missed = Vec::new();
    for person in people.all() {
        for alias in std::iter::once(&person.name).chain(&person.aliases) {
            let found = people.lookup_all(alias);
            if !found.iter().any(|p| p.name == person.name) {
                missed.push(format!("{alias} ({})", person.name));
            }
        }
    }
    assert!(missed.is_empty(), "{missed:#?}");
}

/// After "bin", "ben" or "بن" comes the father's name: "Said" alone is not Sultan Qaboos bin
/// Said, nor "Salman" Mohammed bin Salman.
#[test]
fn a_fathers_name_is_not_a_bare_surname() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("config/people.toml");
    let people = People::load(&path).expect("config/people.toml loads");
    let name = |q: &str| people.lookup(q).map(|p| p.name.clone());
    for stranger in ["Said", "سعيد", "Zayed"] {
        assert_eq!(name(stranger), None, "{stranger}");
    }
    assert_eq!(
        name("Qaboos bin Said").as_deref(),
        Some("Sultan Qaboos bin Said")
    );
    assert_ne!(
        name("Mohamad").as_deref(),
        Some("Mahathir Mohamad"),
        "Mahathir's father's name"
    );
}

#[test]
fn a_name_written_with_yo_is_found_printed_with_ye() {
    // Russian is mostly printed without the dots: Мирзиёев as "Мирзиеев", in every case.
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("config/people.toml");
    let people = People::load(&path).expect("config/people.toml loads");
    for query in ["Мирзиеев", "Шавкат Мирзиеев", "Мирзиёев"] {
        assert_eq!(
            people.lookup(query).map(|p| p.name.as_str()),
            Some("Shavkat Mirziyoyev"),
            "{query}"
        );
    }
}

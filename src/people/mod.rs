//! The gazetteer (`config/people.toml`) and name normalisation shared by indexing and queries.
//! Interface used by other layers:
//! - `People::load(path)`, `People::from_toml_str(text)`, `People::empty()`
//! - `People::lookup(query) -> Option<&Person>`: the person a user's text names (any alias,
//!   any script, inflected forms, accents folded)
//! - `People::lookup_all(query) -> Vec<&Person>`: every person the text may name
//! - `People::suggest(partial, limit) -> Vec<&Person>`: autocomplete
//! - `People::person_keys(&Person) -> Vec<String>`: the name keys a person is indexed under
//! - `People::name_spelled_like(query, name)`: the spelling check for matches made on the key
//!   outside the gazetteer (a participant name the index found by its key)
//! - `normalize::name_key(text) -> String`: lower-case, folded, transliterated, variants collapsed;
//!   equal keys mean "may be the same name" (Aliyev = Aliev = Əliyev = Алиев = Алиеву)
//!
//! Precision policy: the key is lossy (Ruto and Rutte, French "mars" and Merz share one), so
//! every key match must also pass [`spelling`]: each word spelled close to one of the person's
//! written names, or an inflection of one.
//!
//! Ambiguity policy: a bare surname shared by several people (two "Johnson"s) makes `lookup`
//! return `None` rather than guess; `lookup_all` returns all of them, people in office first.
//! A full-name match always beats a surname match.

pub mod fast_hash;
pub mod index;
pub mod normalize;
pub mod spelling;
pub mod unicode;

use std::collections::BTreeMap;
use std::path::Path;

use chrono::{Datelike, NaiveDate};
use serde::Deserialize;

use index::NameIndex;

#[derive(Debug, thiserror::Error)]
pub enum PeopleError {
    #[error("cannot read {path}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path} is not a valid people file")]
    Parse {
        path: String,
        source: toml::de::Error,
    },
    /// A term date that does not parse would silently make the term open-ended, and the
    /// person the holder of an office on days they never held it.
    #[error("{path}: {person} has a term date {value:?} that is not YYYY-MM or YYYY-MM-DD")]
    BadTermDate {
        path: String,
        person: String,
        value: String,
    },
}

/// Every non-empty term date of `part` parses.
fn check_term_dates(path: &str, part: &PeopleFile) -> Result<(), PeopleError> {
    for person in &part.person {
        for role in &person.roles {
            for value in [&role.from, &role.to] {
                if !value.trim().is_empty() && parse_day(value).is_none() {
                    return Err(PeopleError::BadTermDate {
                        path: path.to_string(),
                        person: person.name.clone(),
                        value: value.clone(),
                    });
                }
            }
        }
    }
    Ok(())
}

/// One term in an office. `role` is a kind (`president`, `prime_minister`, `chancellor`,
/// `foreign_minister`, ...); `from`/`to` are `YYYY-MM`, or `YYYY-MM-DD` where a handover falls
/// mid-month (`to` empty while in office).
#[derive(Debug, Clone, Deserialize)]
pub struct Role {
    pub role: String,
    #[serde(default)]
    pub office: String,
    #[serde(default)]
    pub from: String,
    #[serde(default)]
    pub to: String,
}

impl Role {
    /// Whether the term covers `date`. `to` is exclusive: a handover month given without its
    /// day belongs to the successor, a handover day given in full too.
    pub fn active_on(&self, date: NaiveDate) -> bool {
        let day = date.year() * 10_000 + date.month() as i32 * 100 + date.day() as i32;
        let from = parse_day(&self.from).unwrap_or(i32::MIN);
        let to = parse_day(&self.to).unwrap_or(i32::MAX);
        from <= day && day < to
    }

    /// Whether the office is the person's country's own, not a supranational one held by a
    /// national (the EU's High Representative counts as a foreign minister, but not Spain's).
    pub fn is_national(&self) -> bool {
        !SUPRANATIONAL_OFFICES
            .iter()
            .any(|w| self.office.contains(w))
    }
}

/// Words in the title of an office that belongs to an international body.
const SUPRANATIONAL_OFFICES: &[&str] = &[
    "of the EU",
    "European Commission",
    "European Council",
    "European Parliament",
    "United Nations",
    "NATO",
    "Arab League",
];

/// `YYYY-MM` (the month's first day) or `YYYY-MM-DD`, as `YYYYMMDD`.
fn parse_day(text: &str) -> Option<i32> {
    let mut parts = text.trim().splitn(3, '-');
    let y: i32 = parts.next()?.parse().ok()?;
    let m: i32 = parts.next()?.parse().ok()?;
    let d: i32 = match parts.next() {
        Some(d) => d.parse().ok()?,
        None => 1,
    };
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some(y * 10_000 + m * 100 + d)
}

#[derive(Debug, Clone, Deserialize)]
pub struct Person {
    pub name: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub roles: Vec<Role>,
    /// Whether the last word of a multi-word alias names the person alone. Not for regnal
    /// and papal names: "Francis", "Gustaf" or "Muhammed" alone is anyone.
    #[serde(default = "yes")]
    pub bare_surname: bool,
}

fn yes() -> bool {
    true
}

impl Person {
    /// Latest end of any role (`i32::MAX` while in office): used to rank ambiguous matches.
    fn recency(&self) -> i32 {
        self.roles
            .iter()
            .map(|r| parse_day(&r.to).unwrap_or(i32::MAX))
            .max()
            .unwrap_or(0)
    }
}

#[derive(Debug, Default, Deserialize)]
struct PeopleFile {
    #[serde(default)]
    sites: BTreeMap<String, String>,
    #[serde(default)]
    person: Vec<Person>,
}

impl PeopleFile {
    /// Adds another file's sites and people; a person already known by `name` gains the new
    /// aliases and roles instead of becoming a second person.
    fn absorb(&mut self, other: PeopleFile) {
        self.sites.extend(other.sites);
        for person in other.person {
            match self.person.iter_mut().find(|p| p.name == person.name) {
                Some(known) => {
                    for alias in person.aliases {
                        if !known.aliases.contains(&alias) {
                            known.aliases.push(alias);
                        }
                    }
                    known.roles.extend(person.roles);
                    if known.country.is_empty() {
                        known.country = person.country;
                    }
                }
                None => self.person.push(person),
            }
        }
    }
}

fn read_people_file(path: &Path) -> Result<String, PeopleError> {
    std::fs::read_to_string(path).map_err(|source| PeopleError::Io {
        path: path.display().to_string(),
        source,
    })
}

#[derive(Debug, Default)]
pub struct People {
    people: Vec<Person>,
    sites: BTreeMap<String, String>,
    index: NameIndex,
}

impl People {
    pub fn empty() -> Self {
        Self::default()
    }

    /// Builds a gazetteer from people and a site -> country map (hosts lower-case, no `www.`).
    pub fn new(mut people: Vec<Person>, sites: BTreeMap<String, String>) -> Self {
        // Names are compared with texts in one written form: the gazetteer's too.
        for person in &mut people {
            for name in std::iter::once(&mut person.name).chain(&mut person.aliases) {
                if let std::borrow::Cow::Owned(normal) = unicode::normalize_text(name) {
                    *name = normal;
                }
            }
        }
        let index = NameIndex::build(&people);
        let sites = sites
            .into_iter()
            .map(|(h, c)| (normalize_host(&h.to_ascii_lowercase()).to_string(), c))
            .collect();
        Self {
            people,
            sites,
            index,
        }
    }

    /// Loads `path` and then every `.toml` file of the folder beside it named like it with a
    /// `.d` extension (`config/people.toml` + `config/people.d/*.toml`, in name order). Entries
    /// with the same `name` are one person: later files add aliases and roles.
    pub fn load(path: &Path) -> Result<Self, PeopleError> {
        let mut texts = vec![(path.to_path_buf(), read_people_file(path)?)];
        let extra_dir = path.with_extension("d");
        if let Ok(entries) = std::fs::read_dir(&extra_dir) {
            let mut extra: Vec<_> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                .collect();
            extra.sort();
            for file in extra {
                let text = read_people_file(&file)?;
                texts.push((file, text));
            }
        }
        let mut merged = PeopleFile::default();
        for (file, text) in &texts {
            let part: PeopleFile = toml::from_str(text).map_err(|source| PeopleError::Parse {
                path: file.display().to_string(),
                source,
            })?;
            check_term_dates(&file.display().to_string(), &part)?;
            merged.absorb(part);
        }
        Ok(Self::new(merged.person, merged.sites))
    }

    /// A gazetteer from several TOML texts, merged as [`People::load`] merges files.
    pub fn from_toml_strs(texts: &[&str]) -> Result<Self, PeopleError> {
        let mut merged = PeopleFile::default();
        for text in texts {
            let part: PeopleFile = toml::from_str(text).map_err(|source| PeopleError::Parse {
                path: "<text>".into(),
                source,
            })?;
            check_term_dates("<text>", &part)?;
            merged.absorb(part);
        }
        Ok(Self::new(merged.person, merged.sites))
    }

    pub fn from_toml_str(text: &str) -> Result<Self, PeopleError> {
        Self::from_toml_strs(&[text])
    }

    pub fn len(&self) -> usize {
        self.people.len()
    }

    pub fn is_empty(&self) -> bool {
        self.people.is_empty()
    }

    pub fn all(&self) -> &[Person] {
        &self.people
    }

    pub(crate) fn index(&self) -> &NameIndex {
        &self.index
    }

    pub(crate) fn person(&self, id: usize) -> &Person {
        &self.people[id]
    }

    /// Country code of the site that issued a statement (`elysee.fr` -> `FR`). Sub-domains and
    /// `www.` are accepted (`en.kremlin.ru` -> the entry for `kremlin.ru`).
    pub fn site_country(&self, host: &str) -> Option<&str> {
        let lower = host.to_ascii_lowercase();
        let mut host = normalize_host(&lower);
        loop {
            if let Some(country) = self.sites.get(host) {
                return Some(country);
            }
            let (_, parent) = host.split_once('.')?;
            if !parent.contains('.') {
                return None;
            }
            host = parent;
        }
    }

    /// Site hosts and their countries.
    pub fn sites(&self) -> impl Iterator<Item = (&str, &str)> {
        self.sites.iter().map(|(h, c)| (h.as_str(), c.as_str()))
    }

    /// Every distinct name key the person is known under (canonical name first, then aliases,
    /// then bare surnames). This is what an index should store for the person.
    pub fn person_keys(&self, person: &Person) -> Vec<String> {
        match self
            .people
            .iter()
            .position(|p| std::ptr::eq(p, person) || p.name == person.name)
        {
            Some(id) => self.index.person_keys[id].clone(),
            None => std::iter::once(&person.name)
                .chain(&person.aliases)
                .map(|a| normalize::name_key(a))
                .filter(|k| !k.is_empty())
                .collect(),
        }
    }

    /// The one person `query` names, or `None` when nobody or several people match equally.
    pub fn lookup(&self, query: &str) -> Option<&Person> {
        let ids = self.lookup_ids(query);
        (ids.len() == 1).then(|| &self.people[ids[0]])
    }

    /// Everyone `query` may name: the exact-key matches, else the people whose names contain
    /// all the query's words. People in office come first.
    pub fn lookup_all(&self, query: &str) -> Vec<&Person> {
        let mut ids = self.lookup_ids(query);
        if ids.is_empty() {
            ids = self.candidates_containing(query);
        }
        let mut found: Vec<&Person> = ids.into_iter().map(|id| &self.people[id]).collect();
        found.sort_by_key(|p| std::cmp::Reverse(p.recency()));
        found
    }

    fn lookup_ids(&self, query: &str) -> Vec<usize> {
        let key = normalize::name_key(query);
        if key.is_empty() {
            return Vec::new();
        }
        if !key.contains(' ') {
            let spelled = self.one_word_by_spelling(query, &key);
            if !spelled.is_empty() {
                return spelled;
            }
        }
        let tokens = strict_tokens(query);
        // Written aliases first, then derived bare surnames; a key match counts only when the
        // query is also spelled like that person's names (the key is lossy).
        for map in [&self.index.by_key, &self.index.by_derived_key] {
            let ids: Vec<usize> = map
                .get(&key)
                .into_iter()
                .flatten()
                .copied()
                .filter(|&id| self.spelled_like(&tokens, id))
                .collect();
            match ids.len() {
                0 => continue,
                1 => return ids,
                _ => {}
            }
            // Several people share the key: a canonical-name match decides; else stay ambiguous.
            let canonical: Vec<usize> = ids
                .iter()
                .copied()
                .filter(|&id| self.index.person_keys[id].first() == Some(&key))
                .collect();
            if canonical.len() == 1 {
                return canonical;
            }
            return ids;
        }
        // Words in another order or a missing middle name ("Recep Erdogan").
        let found = self.candidates_containing(query);
        if found.len() == 1 { found } else { Vec::new() }
    }

    /// Whether every word of a query (as [`strict_tokens`]) is spelled like one of the
    /// person's written names, allowing variants and inflections.
    fn spelled_like(&self, tokens: &[String], id: usize) -> bool {
        spelling::all_close(tokens, &self.index.strict_words[id])
    }

    /// Whether `query` is spelled like `name` (a participant as stored: a canonical name or
    /// a name the gazetteer does not know), word by word; a canonical name brings all its
    /// person's aliases. For matches made on the lossy name key outside the gazetteer.
    pub fn name_spelled_like(&self, query: &str, name: &str) -> bool {
        let tokens = strict_tokens(query);
        if let Some(&id) = self.index.by_name.get(name) {
            return self.spelled_like(&tokens, id);
        }
        let words: fast_hash::FastSet<String> = strict_tokens(name).into_iter().collect();
        spelling::all_close(&tokens, &words)
    }

    /// A one-word query several people's names share a key with (a written alias or a bare
    /// surname: "Aliyeva" is Mehriban Aliyeva's, "Aliyev" Ilham Aliyev's, "Thani" no
    /// Tajani's): the people whose names contain the word as spelled, else those spelled
    /// closest. Empty when fewer than two share the key or nobody is spelled close.
    fn one_word_by_spelling(&self, query: &str, key: &str) -> Vec<usize> {
        let mut ids: Vec<usize> = Vec::new();
        for map in [&self.index.by_key, &self.index.by_derived_key] {
            for &id in map.get(key).into_iter().flatten() {
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
        }
        if ids.len() < 2 {
            return Vec::new();
        }
        let token = index::strict_word(query.trim());
        let words_of = |id: usize| &self.index.strict_words[id];
        let exact: Vec<usize> = ids
            .iter()
            .copied()
            .filter(|&id| words_of(id).contains(&token))
            .collect();
        if exact.is_empty() {
            spelling::closest(&token, &ids, words_of)
        } else {
            exact
        }
    }

    /// People one of whose keys contains every word of the query (at least two words, so a
    /// single misspelled word never matches at random).
    fn candidates_containing(&self, query: &str) -> Vec<usize> {
        let key = normalize::name_key(query);
        let words: Vec<&str> = key.split(' ').filter(|w| !w.is_empty()).collect();
        if words.len() < 2 {
            return Vec::new();
        }
        let tokens = strict_tokens(query);
        (0..self.people.len())
            .filter(|&id| {
                self.index.person_keys[id]
                    .iter()
                    .any(|k| words.iter().all(|w| k.split(' ').any(|kw| kw == *w)))
                    && self.spelled_like(&tokens, id)
            })
            .collect()
    }

    /// Autocomplete: people one of whose names has a word starting like `partial` (any script,
    /// any spelling family). Canonical-name matches come first, then alias matches.
    pub fn suggest(&self, partial: &str, limit: usize) -> Vec<&Person> {
        let key = normalize::name_key(partial);
        if key.is_empty() {
            let mut all: Vec<&Person> = self.people.iter().collect();
            all.sort_by(|a, b| a.name.cmp(&b.name));
            all.truncate(limit);
            return all;
        }
        let query_words: Vec<&str> = key.split(' ').collect();
        let matches_key = |k: &str| {
            // The last query word may be incomplete; the ones before it must be whole words.
            let words: Vec<&str> = k.split(' ').collect();
            query_words.iter().enumerate().all(|(i, q)| {
                if i + 1 == query_words.len() {
                    words.iter().any(|w| w.starts_with(q))
                } else {
                    words.contains(q)
                }
            })
        };
        let mut ranked: Vec<(u8, &Person)> = Vec::new();
        for (id, person) in self.people.iter().enumerate() {
            let keys = &self.index.person_keys[id];
            let rank = if keys.first().is_some_and(|k| matches_key(k)) {
                0
            } else if keys.iter().any(|k| matches_key(k)) {
                1
            } else {
                continue;
            };
            ranked.push((rank, person));
        }
        // People in office first: with a gazetteer of fifteen years, "али" must offer the
        // president before a former minister whose first name starts alike.
        ranked.sort_by(|a, b| {
            std::cmp::Reverse(a.1.recency())
                .cmp(&std::cmp::Reverse(b.1.recency()))
                .then(a.0.cmp(&b.0))
                .then_with(|| a.1.name.cmp(&b.1.name))
        });
        ranked.into_iter().take(limit).map(|(_, p)| p).collect()
    }

    /// People of `country` holding one of the role kinds on `date`.
    pub fn holders(&self, country: &str, kinds: &[&str], date: NaiveDate) -> Vec<&Person> {
        self.people
            .iter()
            .filter(|p| p.country.eq_ignore_ascii_case(country))
            .filter(|p| {
                p.roles.iter().any(|r| {
                    kinds.contains(&r.role.as_str()) && r.active_on(date) && r.is_national()
                })
            })
            .collect()
    }

    /// People holding one of the role kinds on `date` in an office whose title names one of
    /// `office_words` ("United Nations", "NATO"): the officials of a supranational side, who
    /// keep their own nationality.
    pub fn office_holders(
        &self,
        office_words: &[&str],
        kinds: &[&str],
        date: NaiveDate,
    ) -> Vec<&Person> {
        self.people
            .iter()
            .filter(|p| {
                p.roles.iter().any(|r| {
                    kinds.contains(&r.role.as_str())
                        && r.active_on(date)
                        && office_words.iter().any(|w| r.office.contains(w))
                })
            })
            .collect()
    }

    /// Index of a person by canonical name.
    pub(crate) fn id_of(&self, person: &Person) -> Option<usize> {
        self.people.iter().position(|p| std::ptr::eq(p, person))
    }
}

/// The words of a name as [`index::strict_word`]s (transliterated, not collapsed).
fn strict_tokens(text: &str) -> Vec<String> {
    text.split(|c: char| !normalize::is_word_char(c))
        .map(index::strict_word)
        .filter(|w| !w.is_empty())
        .collect()
}

/// `https://www.Elysee.fr/x` or `www.elysee.fr` -> `elysee.fr`.
pub fn normalize_host(host: &str) -> &str {
    let host = host.trim();
    let host = host.split_once("://").map_or(host, |(_, rest)| rest);
    let host = host.split(['/', '?', '#', ':']).next().unwrap_or(host);
    host.strip_prefix("www.").unwrap_or(host)
}

//! The lexicon file: concepts with stable ids, their names and forms per language, merged from
//! `config/topics.toml` and the files of `config/topics.d/` (or their copies in the binary).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::matcher::{FormError, Matcher};

/// What a concept is; only for reading the list (search treats every kind alike).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A country, region, sea or conflict named by its place.
    Place,
    /// Something negotiated, traded, fought over or built.
    Process,
    /// Condolences, congratulations, holidays.
    Occasion,
    /// An organisation or a summit.
    Body,
}

#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    #[error("cannot read the topic lexicon {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("the topic lexicon {path} is not valid TOML: {source}")]
    Parse {
        path: String,
        source: toml::de::Error,
    },
    #[error("topic `{id}` ({path}): {problem}")]
    Concept {
        path: String,
        id: String,
        problem: String,
    },
    #[error("topic `{id}`, {lang} form `{form}`: {source}")]
    Form {
        id: String,
        lang: String,
        form: String,
        source: FormError,
    },
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    concept: Vec<Entry>,
    /// Words that name no topic of their own ("situation", "talks"), per language.
    #[serde(default)]
    generic: BTreeMap<String, Vec<String>>,
}

/// The files read, merged.
#[derive(Debug, Default)]
pub(super) struct Merged {
    pub concepts: Vec<Concept>,
    pub generic: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    id: String,
    kind: Option<Kind>,
    general: Option<bool>,
    #[serde(default)]
    broader: Vec<String>,
    #[serde(default)]
    names: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    forms: BTreeMap<String, Vec<String>>,
}

/// One concept: what it is called and how statements write it, per language (ISO 639-1).
#[derive(Debug, Clone, PartialEq)]
pub struct Concept {
    pub id: String,
    pub kind: Kind,
    /// A broad theme most calls touch ("bilateral relations", "regional issues"): shown after
    /// the specific topics of a call.
    pub general: bool,
    /// Wider concepts a mention of this one also tags (COP29 is about climate).
    pub broader: Vec<String>,
    /// What people call it: display, autocomplete and queries (not searched in statements).
    pub names: BTreeMap<String, Vec<String>>,
    /// Word patterns for how statements write it (and queries too).
    pub forms: BTreeMap<String, Vec<String>>,
}

impl Concept {
    /// The English name, else the first name there is, else the id.
    pub fn label(&self) -> &str {
        self.names
            .get("en")
            .and_then(|n| n.first())
            .or_else(|| self.names.values().flatten().next())
            .map_or(self.id.as_str(), String::as_str)
    }

    /// Its first name in `lang`, when it has one.
    pub fn name_in(&self, lang: &str) -> Option<&str> {
        self.names
            .get(lang)
            .and_then(|n| n.first())
            .map(String::as_str)
    }
}

/// The TOML texts read, merged: entries with the same id are one concept, later ones adding
/// names, forms and wider concepts (and changing the kind when they give one).
pub(super) fn merge(texts: &[(String, String)]) -> Result<Merged, LexiconError> {
    let mut concepts: Vec<Concept> = Vec::new();
    let mut generic: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (path, text) in texts {
        let file: File = toml::from_str(text).map_err(|source| LexiconError::Parse {
            path: path.clone(),
            source,
        })?;
        for (lang, words) in file.generic {
            extend_unique(generic.entry(lang).or_default(), words);
        }
        for entry in file.concept {
            let problem = |problem: &str| LexiconError::Concept {
                path: path.clone(),
                id: entry.id.clone(),
                problem: problem.to_string(),
            };
            if !valid_id(&entry.id) {
                return Err(problem(
                    "an id is lower-case letters, digits and '-' (it is stored in the index)",
                ));
            }
            if let Some(lang) = entry
                .names
                .keys()
                .chain(entry.forms.keys())
                .find(|l| !valid_language(l))
            {
                return Err(problem(&format!(
                    "`{lang}` is not a language code (two or three lower-case letters)"
                )));
            }
            match concepts.iter_mut().find(|c| c.id == entry.id) {
                Some(known) => {
                    if let Some(kind) = entry.kind {
                        known.kind = kind;
                    }
                    if let Some(general) = entry.general {
                        known.general = general;
                    }
                    extend_unique(&mut known.broader, entry.broader);
                    for (lang, list) in entry.names {
                        extend_unique(known.names.entry(lang).or_default(), list);
                    }
                    for (lang, list) in entry.forms {
                        extend_unique(known.forms.entry(lang).or_default(), list);
                    }
                }
                None => {
                    let kind = entry
                        .kind
                        .ok_or_else(|| problem("a new topic needs a `kind`"))?;
                    if entry.names.values().all(Vec::is_empty) {
                        return Err(problem("a new topic needs a name (`names.en = [...]`)"));
                    }
                    concepts.push(Concept {
                        id: entry.id,
                        kind,
                        general: entry.general.unwrap_or(false),
                        broader: entry.broader,
                        names: entry.names,
                        forms: entry.forms,
                    });
                }
            }
        }
    }
    for c in &concepts {
        if let Some(unknown) = c
            .broader
            .iter()
            .find(|b| !concepts.iter().any(|o| &o.id == *b))
        {
            return Err(LexiconError::Concept {
                path: "the topic lexicon".into(),
                id: c.id.clone(),
                problem: format!("its wider topic `{unknown}` is not in the lexicon"),
            });
        }
    }
    Ok(Merged { concepts, generic })
}

fn extend_unique(list: &mut Vec<String>, more: Vec<String>) {
    for item in more {
        if !list.contains(&item) {
            list.push(item);
        }
    }
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 40
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn valid_language(code: &str) -> bool {
    (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase())
}

/// The generic words, as forms of one matcher.
pub(super) fn compile_generic(
    generic: &BTreeMap<String, Vec<String>>,
) -> Result<Matcher, LexiconError> {
    let mut matcher = Matcher::default();
    for (lang, words) in generic {
        for word in words {
            matcher
                .add_form(0, word)
                .map_err(|source| LexiconError::Form {
                    id: "generic".into(),
                    lang: lang.clone(),
                    form: word.clone(),
                    source,
                })?;
        }
    }
    Ok(matcher)
}

/// Compiles every name and form into one matcher.
pub(super) fn compile(concepts: &[Concept]) -> Result<Matcher, LexiconError> {
    let mut matcher = Matcher::default();
    for (index, c) in concepts.iter().enumerate() {
        let slot = u16::try_from(index).map_err(|_| LexiconError::Concept {
            path: "the topic lexicon".into(),
            id: c.id.clone(),
            problem: "more than 65,535 topics".into(),
        })?;
        let error = |lang: &str, form: &str, source| LexiconError::Form {
            id: c.id.clone(),
            lang: lang.to_string(),
            form: form.to_string(),
            source,
        };
        for (lang, forms) in &c.forms {
            for form in forms {
                matcher
                    .add_form(slot, form)
                    .map_err(|e| error(lang, form, e))?;
            }
        }
        for (lang, names) in &c.names {
            for name in names {
                matcher
                    .add_name(slot, name)
                    .map_err(|e| error(lang, name, e))?;
            }
        }
    }
    Ok(matcher)
}

/// `path` and the `.toml` files of the folder beside it with the `.d` extension
/// (`config/topics.toml` + `config/topics.d/*.toml`, in name order).
pub(super) fn read_files(path: &Path) -> Result<Vec<(String, String)>, LexiconError> {
    let read = |p: &PathBuf| {
        std::fs::read_to_string(p).map_err(|source| LexiconError::Io {
            path: p.display().to_string(),
            source,
        })
    };
    let mut texts = vec![(path.display().to_string(), read(&path.to_path_buf())?)];
    if let Ok(entries) = std::fs::read_dir(path.with_extension("d")) {
        let mut extra: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        extra.sort();
        for file in extra {
            let text = read(&file)?;
            texts.push((file.display().to_string(), text));
        }
    }
    Ok(texts)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(list: &[&str]) -> Vec<(String, String)> {
        list.iter()
            .enumerate()
            .map(|(i, t)| (format!("file{i}"), t.to_string()))
            .collect()
    }

    #[test]
    fn later_files_extend_a_concept() {
        let merged = merge(&texts(&[
            r#"
            [[concept]]
            id = "grain"
            kind = "process"
            names.en = ["grain"]
            forms.en = ["grain"]
            "#,
            r#"
            [[concept]]
            id = "grain"
            names.ru = ["зерно"]
            forms.ru = ["зерн*"]
            forms.en = ["grain", "wheat"]
            "#,
        ]))
        .expect("merges")
        .concepts;
        assert_eq!(merged.len(), 1);
        assert_eq!(merged[0].forms["en"], ["grain", "wheat"]);
        assert_eq!(merged[0].name_in("ru"), Some("зерно"));
        assert_eq!(merged[0].label(), "grain");
    }

    #[test]
    fn data_errors_name_the_topic() {
        let bad = |t: &str| merge(&texts(&[t])).map(|_| ()).unwrap_err().to_string();
        assert!(
            bad("[[concept]]\nid = \"Grain\"\nkind = \"process\"\nnames.en = [\"g\"]")
                .contains("`Grain`")
        );
        assert!(bad("[[concept]]\nid = \"grain\"\nnames.en = [\"g\"]").contains("kind"));
        assert!(bad("[[concept]]\nid = \"grain\"\nkind = \"process\"").contains("name"));
        assert!(
            bad(
                "[[concept]]\nid = \"a\"\nkind = \"process\"\nnames.en = [\"a\"]\nbroader = [\"b\"]"
            )
            .contains("`b`")
        );
        assert!(bad("[[concept]]\nid = \"a\"\nkind = \"nope\"").contains("not valid TOML"));
    }
}

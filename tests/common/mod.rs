//! Shared helpers for the core tests: an engine on a temporary index, and statements written here.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use readout::answers::Engine;
use readout::index::SearchIndex;
use readout::model::{PublishedDate, Statement};
use readout::people::People;
use readout::settings::Settings;

/// An engine over an in-memory index with the shipped gazetteer.
pub fn engine() -> Engine {
    engine_with(Settings::defaults())
}

pub fn engine_with(settings: Settings) -> Engine {
    let people =
        People::load(Path::new("config/people.toml")).expect("the shipped gazetteer loads");
    let index =
        SearchIndex::in_memory(settings.index.writer_memory_mb).expect("an in-memory index opens");
    Engine::with_parts(settings, index, people)
}

/// An engine on disk at `dir`, reading sources from `sources`.
pub fn engine_on_disk(dir: &Path, sources: Vec<PathBuf>) -> Engine {
    let mut settings = Settings::defaults();
    settings.index.path = dir.to_path_buf();
    settings.sources.dirs = sources;
    Engine::open(settings).expect("the engine opens")
}

pub fn statement(id: &str, lang: &str, published: &str, title: &str, body: &str) -> Statement {
    Statement {
        id: id.to_string(),
        title: Some(title.to_string()),
        url: Some(format!("https://example.gov/{id}")),
        path: None,
        published: PublishedDate::parse(published),
        language: lang.to_string(),
        body: body.to_string(),
    }
}

/// Short statements written for these tests (not taken from any real publication).
pub fn sample() -> Vec<Statement> {
    vec![
        statement(
            "a1",
            "en",
            "2024-05-02",
            "Minister's call on climate preparations",
            "The Minister held a phone call with his counterpart on preparations for COP29 in Baku. \
             Both sides welcomed progress on the peace treaty and on energy links.",
        ),
        statement(
            "a2",
            "fr",
            "2024-06-11",
            "Entretien téléphonique sur la COP 29",
            "La ministre s'est entretenue par téléphone avec son homologue au sujet de la COP 29 \
             et du financement climatique. Le président Erdoğan a été évoqué.",
        ),
        statement(
            "a3",
            "es",
            "2024-07-20",
            "Conversación telefónica sobre la COP-29",
            "El ministro conversó por teléfono con su homólogo sobre la COP-29 y los aranceles con México.",
        ),
        statement(
            "a4",
            "tr",
            "2024-08-15",
            "Telefon görüşmesi",
            "Bakan, COP29'un başarısı için Azerbaycanlı mevkidaşı ile telefonda görüştü.",
        ),
        statement(
            "a5",
            "en",
            "2023-03-09",
            "Readout on treaties",
            "The Secretary discussed several treaties and the road to peace with the Prime Minister of Armenia. \
             Azerbaijan was mentioned. The treaty text remains under negotiation.",
        ),
        statement(
            "a6",
            "ru",
            "2024-02-01",
            "Телефонный разговор",
            "Состоялся телефонный разговор с Президентом Азербайджана Ильхамом Алиевым. \
             Обсуждались вопросы мирного договора.",
        ),
    ]
}

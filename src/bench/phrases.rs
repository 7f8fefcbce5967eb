//! Sentences a readout is made of, per language: the call sentence (with or without a cue that
//! says who called whom, with or without a date), topic sentences, titles, closings and
//! distractor dates. Grammar is simplified but the cues and inflections real readouts use are
//! all there ("a reçu un appel de", "по инициативе ... стороны", "telefonla aradı", "zəng edib").

use chrono::{Datelike, NaiveDate};

use super::cast::{Lang, Person, az_dative, tr_suffix};
use super::lexicon::{capitalise, month_name};
use super::rng::Rng;

/// When the call happened, as the text says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    Today,
    Yesterday,
    On(NaiveDate),
    Unsaid,
}

/// A date written inside a sentence ("20 June 2024", "20 июня 2024 года").
pub fn date_text(lang: Lang, date: NaiveDate) -> String {
    let (d, m, y) = (date.day(), month_name(lang, date.month()), date.year());
    match lang {
        Lang::En => format!("{d} {m} {y}"),
        Lang::Fr => format!("{d} {m} {y}"),
        Lang::Ru => format!("{d} {m} {y} года"),
        Lang::De => format!("{d}. {m} {y}"),
        Lang::Tr => format!("{d} {m} {y}"),
        Lang::Az => format!("{d} {m} {y}-ci il"),
    }
}

/// The adverbial, with a leading space, or empty.
fn when_text(lang: Lang, when: When) -> String {
    let text = match (lang, when) {
        (_, When::Unsaid) => return String::new(),
        (Lang::En, When::Today) => "today".into(),
        (Lang::En, When::Yesterday) => "yesterday".into(),
        (Lang::En, When::On(d)) => format!("on {}", date_text(lang, d)),
        (Lang::Fr, When::Today) => "aujourd'hui".into(),
        (Lang::Fr, When::Yesterday) => "hier".into(),
        (Lang::Fr, When::On(d)) => format!("le {}", date_text(lang, d)),
        (Lang::Ru, When::Today) => "сегодня".into(),
        (Lang::Ru, When::Yesterday) => "вчера".into(),
        (Lang::Ru, When::On(d)) => date_text(lang, d),
        (Lang::De, When::Today) => "heute".into(),
        (Lang::De, When::Yesterday) => "gestern".into(),
        (Lang::De, When::On(d)) => format!("am {}", date_text(lang, d)),
        (Lang::Tr, When::Today) => "bugün".into(),
        (Lang::Tr, When::Yesterday) => "dün".into(),
        (Lang::Tr, When::On(d)) => format!("{} tarihinde", date_text(lang, d)),
        (Lang::Az, When::Today) => "bu gün".into(),
        (Lang::Az, When::Yesterday) => "dünən".into(),
        (Lang::Az, When::On(d)) => format!("{} tarixində", date_text(lang, d)),
    };
    format!(" {text}")
}

/// French "de" before a role with its article: "du Président", "de la ministre".
fn fr_de(role: &str) -> String {
    if let Some(rest) = role.strip_prefix("le ") {
        format!("du {rest}")
    } else {
        format!("de {role}")
    }
}

/// The two people of a call as one text writes them.
pub struct Pair<'a> {
    pub lang: Lang,
    pub a: &'a Person,
    pub b: &'a Person,
    /// Full names as spelled in this text (English may use a variant spelling).
    pub a_name: &'static str,
    pub b_name: &'static str,
}

impl Pair<'_> {
    /// The sentence reporting the call; `directed` writes a cue that `a` called `b`.
    pub fn call_sentence(&self, when: When, directed: bool, rng: &mut Rng) -> String {
        let (a, b, an, bn) = (self.a, self.b, self.a_name, self.b_name);
        let lang = self.lang;
        let w = when_text(lang, when);
        let (ar, br) = (a.role(lang), b.role(lang));
        let variant = rng.below(3);
        match (lang, directed) {
            (Lang::En, false) => match variant {
                0 => format!("{ar} {an} spoke{w} with {br} {bn}."),
                1 if !w.is_empty() => format!(
                    "{}, {ar} {an} held a telephone conversation with {br} {bn}.",
                    capitalise(w.trim())
                ),
                _ => format!("{ar} {an} and {br} {bn} spoke by phone{w}."),
            },
            (Lang::En, true) => match variant {
                0 => format!("{ar} {an} called {br} {bn}{w}."),
                1 => format!("{br} {bn} received a phone call{w} from {ar} {an}."),
                _ => format!(
                    "At the initiative of the {} side, a telephone conversation took place{w} between {ar} {an} and {br} {bn}.",
                    a.country.en_adj
                ),
            },
            (Lang::Fr, false) => match variant {
                0 | 1 => format!(
                    "{} {an} s'est entretenu{} par téléphone{w} avec {br} {bn}.",
                    capitalise(&ar),
                    if a.female { "e" } else { "" }
                ),
                _ if !w.is_empty() => format!(
                    "{}, un entretien téléphonique a eu lieu entre {ar} {an} et {br} {bn}.",
                    capitalise(w.trim())
                ),
                _ => format!("Un entretien téléphonique a eu lieu entre {ar} {an} et {br} {bn}."),
            },
            (Lang::Fr, true) => match variant {
                0 => format!(
                    "{} {bn} a reçu{w} un appel téléphonique {} {an}.",
                    capitalise(&br),
                    fr_de(&ar)
                ),
                1 => format!("{} {an} a appelé{w} {br} {bn}.", capitalise(&ar)),
                _ => format!(
                    "À l'initiative de la partie {}, un entretien téléphonique a eu lieu{w} entre {ar} {an} et {br} {bn}.",
                    a.country.fr_adj_f
                ),
            },
            (Lang::Ru, false) => match variant {
                0 | 1 => {
                    let opening = if w.is_empty() {
                        "Состоялся".to_string()
                    } else {
                        format!("{} состоялся", capitalise(w.trim()))
                    };
                    format!(
                        "{opening} телефонный разговор {} {} с {} {}.",
                        a.ru_role(1),
                        a.ru[1],
                        b.ru_role(2),
                        b.ru[2]
                    )
                }
                _ => format!(
                    "{} {}{w} провел{} телефонный разговор с {} {}.",
                    a.ru_role(0),
                    a.ru[0],
                    if a.female { "а" } else { "" },
                    b.ru_role(2),
                    b.ru[2]
                ),
            },
            (Lang::Ru, true) => match variant {
                0 | 1 => format!(
                    "По инициативе {} стороны{w} состоялся телефонный разговор {} {} с {} {}.",
                    a.country.ru_adj_gen_f,
                    b.ru_role(1),
                    b.ru[1],
                    a.ru_role(2),
                    a.ru[2]
                ),
                _ => format!(
                    "{} {}{w} принял{} телефонный звонок от {} {}.",
                    b.ru_role(0),
                    b.ru[0],
                    if b.female { "а" } else { "" },
                    a.ru_role(1),
                    a.ru[1]
                ),
            },
            (Lang::De, false) => match variant {
                0 => format!("{ar} {an} hat{w} mit {bn}, {br}, telefoniert."),
                1 if !w.is_empty() => format!(
                    "{} telefonierte {ar} {an} mit {bn}, {br}.",
                    capitalise(w.trim())
                ),
                _ => format!("{ar} {an} telefonierte{w} mit {bn}, {br}."),
            },
            (Lang::De, true) => match variant {
                0 => format!("{ar} {an} hat{w} {bn}, {br}, angerufen."),
                1 => format!(
                    "Auf Initiative der {} Seite fand{w} ein Telefongespräch zwischen {an} und {bn} statt.",
                    a.country.de_adj
                ),
                _ => format!("{bn} erhielt{w} einen Anruf von {an}, {ar}."),
            },
            (Lang::Tr, false) => match variant {
                0 | 1 => format!("{ar} {an},{w} {br} {bn} ile telefonda görüştü."),
                _ => format!(
                    "{ar} {an} ile {br} {bn} arasında{w} bir telefon görüşmesi gerçekleştirildi."
                ),
            },
            (Lang::Tr, true) => match variant {
                0 | 1 => format!("{ar} {an},{w} {br} {} telefonla aradı.", tr_suffix(bn, 0)),
                _ => format!("{br} {bn},{w} {ar} {} bir telefon aldı.", tr_suffix(an, 1)),
            },
            (Lang::Az, false) => match variant {
                0 | 1 => format!("{ar} {an}{w} {br} {bn} ilə telefonla danışıb."),
                _ => format!("{ar} {an} ilə {br} {bn} arasında{w} telefon danışığı olub."),
            },
            (Lang::Az, true) => format!("{ar} {an}{w} {br} {} zəng edib.", az_dative(bn)),
        }
    }

    pub fn title(&self) -> String {
        let (a, b, an, bn) = (self.a, self.b, self.a_name, self.b_name);
        match self.lang {
            Lang::En => format!(
                "{} {an} holds phone call with {} {bn}",
                a.role(Lang::En),
                b.role(Lang::En)
            ),
            Lang::Fr => format!("Entretien téléphonique avec {bn}"),
            Lang::Ru => format!("Телефонный разговор с {} {}", b.ru_role(2), b.ru[2]),
            Lang::De => format!("Telefonat mit {bn}"),
            Lang::Tr => format!("{an}, {bn} ile telefonda görüştü"),
            Lang::Az => format!("{an} {bn} ilə telefonla danışıb"),
        }
    }

    /// A sentence about one or two topics (phrases already in the text's language).
    pub fn topic_sentence(&self, t1: &str, t2: Option<&str>, rng: &mut Rng) -> String {
        let surname = Person::surname_of(self.a_name);
        let ru_surname = Person::surname_of(self.a.ru[0]);
        match (self.lang, t2) {
            (Lang::En, Some(t2)) => format!("Particular attention was paid to {t1} and {t2}."),
            (Lang::En, None) if rng.chance(0.5) => format!("The sides discussed {t1}."),
            (Lang::En, None) => format!("{surname} underlined the importance of {t1}."),
            (Lang::Fr, Some(t2)) => format!("Les échanges ont porté sur {t1} et {t2}."),
            (Lang::Fr, None) if rng.chance(0.5) => format!("Les deux parties ont évoqué {t1}."),
            (Lang::Fr, None) => format!("{surname} a souligné l'importance du dossier : {t1}."),
            (Lang::Ru, Some(t2)) => format!("В ходе беседы были затронуты темы: {t1}, {t2}."),
            (Lang::Ru, None) if rng.chance(0.5) => {
                format!("Стороны обсудили вопросы повестки дня: {t1}.")
            }
            (Lang::Ru, None) => format!("{ru_surname} подчеркнул важность темы: {t1}."),
            (Lang::De, Some(t2)) => format!("Themen waren unter anderem {t1} und {t2}."),
            (Lang::De, None) if rng.chance(0.5) => format!("Besprochen wurde auch das Thema {t1}."),
            (Lang::De, None) => format!("{surname} betonte die Bedeutung des Themas {t1}."),
            (Lang::Tr, Some(t2)) => format!("Taraflar {t1} ve {t2} konularını görüştü."),
            (Lang::Tr, None) if rng.chance(0.5) => format!("Görüşmede {t1} ele alındı."),
            (Lang::Tr, None) => format!("{surname}, {t1} konusunun önemine değindi."),
            (Lang::Az, Some(t2)) => {
                format!("Tərəflər {t1} və {t2} barədə fikir mübadiləsi aparıblar.")
            }
            (Lang::Az, None) => format!("Söhbət zamanı {t1} məsələsi müzakirə olunub."),
        }
    }

    /// Another event's date in the text: never the call date.
    pub fn distractor_sentence(&self, date: NaiveDate) -> String {
        let d = date_text(self.lang, date);
        match self.lang {
            Lang::En => format!("The elections of {d} were also mentioned."),
            Lang::Fr => format!("Les élections du {d} ont également été mentionnées."),
            Lang::Ru => format!("Упоминались также выборы {d}."),
            Lang::De => format!("Erwähnt wurden auch die Wahlen vom {d}."),
            Lang::Tr => format!("{d} tarihindeki seçimlere de değinildi."),
            Lang::Az => format!("{d} tarixində keçirilən seçkilər də qeyd olunub."),
        }
    }

    pub fn closing(&self, rng: &mut Rng) -> &'static str {
        let options: [&str; 2] = match self.lang {
            Lang::En => [
                "The sides agreed to continue contacts.",
                "The leaders agreed to stay in close touch.",
            ],
            Lang::Fr => [
                "Les parties sont convenues de rester en contact.",
                "Les deux dirigeants ont convenu de poursuivre le dialogue.",
            ],
            Lang::Ru => [
                "Стороны договорились продолжить контакты.",
                "Была достигнута договоренность о продолжении контактов.",
            ],
            Lang::De => [
                "Beide Seiten vereinbarten, in engem Kontakt zu bleiben.",
                "Man vereinbarte, den Dialog fortzusetzen.",
            ],
            Lang::Tr => [
                "Taraflar temasların sürdürülmesi konusunda mutabık kaldı.",
                "Liderler diyaloğu sürdürme konusunda anlaştı.",
            ],
            Lang::Az => [
                "Tərəflər təmasların davam etdirilməsi barədə razılığa gəliblər.",
                "Liderlər dialoqu davam etdirməyə razılaşıblar.",
            ],
        };
        options[rng.below(2)]
    }

    /// Surname of `a` as a later sentence mentions it.
    pub fn a_surname(&self) -> &'static str {
        match self.lang {
            Lang::Ru => Person::surname_of(self.a.ru[0]),
            _ => Person::surname_of(self.a_name),
        }
    }

    pub fn b_surname(&self) -> &'static str {
        match self.lang {
            Lang::Ru => Person::surname_of(self.b.ru[0]),
            _ => Person::surname_of(self.b_name),
        }
    }
}

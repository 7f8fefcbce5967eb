//! Spotting people in a sentence: gazetteer names (any alias, any script, inflected), and
//! unknown names written after a title ("President X Y").

use std::ops::Range;

use super::countries::COUNTRY_SET;
use super::cues::Tag;
use super::pattern::Hit;
use super::text::Text;
use crate::people::People;
use crate::people::fast_hash::FastSet;
use crate::people::index::strict_word;
use crate::people::normalize::word_key_into;
use crate::people::spelling;

/// Who a mention refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Who {
    Known(usize),
    /// A bare surname several gazetteer people share.
    Ambiguous(Vec<usize>),
    /// Not in the gazetteer: the name as written.
    Unknown(String),
}

#[derive(Debug, Clone)]
pub struct Mention {
    pub who: Who,
    pub start: usize,
    pub end: usize,
}

/// Case endings tried when a capitalised word matches no name as it stands, longest first
/// within each language: Turkish/Azerbaijani suffixes written without an apostrophe
/// (Azerbaijani never uses one), Polish, Russian and Ukrainian declension ("Zełenskiego",
/// "Сибіги"), Armenian articles and cases ("Փաշինյանը", "Պուտինի"). The stem found must still
/// be spelled like the person (see `lone_word_people`).
const CASE_SUFFIXES: &[&str] = &[
    "nın", "nin", "nun", "nün", "ın", "in", "un", "ün", "yı", "yi", "yu", "yü", "ya", "ye", "yə",
    "na", "nə", "da", "də", "dan", "dən", "yla", "yle", "ylə", "la", "le", "lə", "ı", "u", "ü",
    "ə", // Turkic
    "iego", "ego", "owi", "emu", "ym", "im", // Polish (not the bare vowels: "Aliyeva")
    "ого", "ому", "ові", "еві", "ым", "им", "ом", "ем", "ой", "ою", "у", "ю", "а", "я", "е",
    "і", // Russian, Ukrainian
    "ից", "ով", "ում", "ին", "ը", "ի", "ն", // Armenian
];

/// Lower-case words that may sit inside a name (`Mohamed bin Zayed`, `Ursula von der Leyen`).
const PARTICLES: &[&str] = &[
    "bin", "ibn", "bint", "al", "el", "de", "da", "di", "von", "van", "der", "den", "la", "le",
    "du",
];

/// Capitalised words that are never a name (besides countries, months and titles): state
/// and ministry words in the supported languages, articles, honorifics, and prepositions and
/// adverbs that open sentences ("Tras la llamada" is no Truss). Folded, space-separated.
const NOT_NAMES: &str = "
    republic republique republik republica republicii республики республика республіки federation
    federal federale federative federativen федерации state states etat etats united kingdom islamic
    democratic european union council commission government affairs foreign ministry the his her
    excellency highness h.e he sheikh el la le les der die das los las un une ein eine office
    national nations security defence defense prime premier vice deputy first acting former crown
    senior chief head general asuntos exteriores europea cooperacion gobierno estados unidos affaires
    etrangeres europe interieur armees transition ecologique ecologie energie climat ressources
    naturelles gouvernement auswartigen auswartiges amt bundesregierung interior economy ecologia
    recursos naturales reto demografico transicion ecologica departement федеративной федеративная
    королевства соединенных штатов государства министерства иностранных дел закордонних справ
    правительства уряду cumhuriyeti devleti disisleri respublikasinin respublikasi xarici isler metbuat xidmeti
    islamique islamic islamica islamico islamischen islamische arabe arab araba arabischen
    democratique democratic democratica democratico demokratischen demokratische populaire popular
    peoples socialiste socialist bolivarienne bolivariana plurinational
    us uk eu un usa uae shri sri mr mrs ms dr sir dame lord his her majesty royal monsieur madame
    herr frau senor senora sayin cenab господин госпожа пан пані h e
    after before during meanwhile however yesterday today tras pero para desde durante hacia hasta
    segun cuando mientras aunque ademas asimismo dopo secondo mentre anche oggi ieri apres
    avant pendant selon lors depuis mais ainsi hier nach nachdem laut wahrend heute gestern aber
    podczas wedlug jednak takze ancak ayrica
    مجلس الوزراء وزراء الحكومة حكومة الجمهورية جمهورية المملكة مملكة دولة الدولة وزير وزارة
    الخارجية خارجية ولي العهد رئيس الرئيس فخامة سمو صاحب السمو الملكي معالي الشقيق الشقيقة
";

static NOT_NAME_SET: std::sync::LazyLock<std::collections::HashSet<&'static str>> =
    std::sync::LazyLock::new(|| NOT_NAMES.split_whitespace().collect());

pub(super) fn not_name(folded: &str) -> bool {
    NOT_NAME_SET.contains(folded)
}

/// `NATO`, `EU`, `DFAE`: acronyms are not names.
fn is_acronym(raw: &str) -> bool {
    raw.chars().count() <= 5
        && raw
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '.')
}

/// All people named in `range`: gazetteer matches first, then unknown names after titles.
/// `hits` are the cue hits of the same sentence (titles, months... are never names).
pub fn spot(
    text: &Text,
    people: &People,
    range: Range<usize>,
    hits: &[Hit<'_, Tag>],
    lang: &str,
) -> Vec<Mention> {
    let mut keys = WordKeys::new(range.clone());
    let mut mentions = Vec::new();
    let mut i = range.start;
    while i < range.end {
        let tok = &text.tokens[i];
        let raw = text.raw(i);
        if !tok.capitalized || raw.starts_with(|c: char| c.is_ascii_digit()) {
            i += 1;
            continue;
        }
        let (mut best_len, mut persons) = longest_alias(text, people, i, range.end, &mut keys);
        if best_len <= 1 {
            persons = lone_word_people(text, people, i, range.end, hits, persons, lang);
            best_len = usize::from(!persons.is_empty());
        }
        if best_len > 0 {
            let who = if persons.len() == 1 {
                Who::Known(persons[0])
            } else {
                Who::Ambiguous(persons)
            };
            let end = patronymic_end(text, i + best_len, range.end);
            mentions.push(Mention { who, start: i, end });
            i = end;
        } else {
            i += 1;
        }
    }
    join_first_names(text, people, &mut mentions);
    drop_other_first_names(text, people, hits, lang, range.clone(), &mut mentions);
    spot_unknown(text, range, hits, lang, &mut mentions);
    mentions.sort_by_key(|m| m.start);
    mentions
}

/// "Rəşid Meredov": a one-word match right before a person whose names begin with that word
/// (spelt another way than the gazetteer's "Rashid Meredov") is that person's first name, not
/// a second person (Iraq's Abdul Latif Rashid).
fn join_first_names(text: &Text, people: &People, mentions: &mut Vec<Mention>) {
    let mut k = 0;
    while k + 1 < mentions.len() {
        let (first, next) = (&mentions[k], &mentions[k + 1]);
        let joins = first.end == first.start + 1
            && next.start == first.end
            && match (&first.who, &next.who) {
                (Who::Known(a), Who::Known(b)) => {
                    a != b && first_name_of(text, people, first.start, *b)
                }
                (Who::Ambiguous(_), Who::Known(b)) => first_name_of(text, people, first.start, *b),
                _ => false,
            };
        if joins {
            mentions[k + 1].start = mentions[k].start;
            mentions.remove(k);
        } else {
            k += 1;
        }
    }
}

/// Languages that write only names (and titles, which are cue hits) with a capital inside a
/// sentence: there a capitalised word right before a surname is a first name. German nouns
/// and Turkish title chains ("Başbakan Yardımcısı") are capitalised too, Arabic has no case.
const CASED_NAMES_ONLY: &[&str] = &["en", "fr", "es", "it", "pl", "ru", "uk", "bg"];

/// Prepositions (folded) that join a title to a capitalised department or country ("secretary
/// of State", "ministro della Difesa", "ministre des Armées").
const INSTITUTION_LINKS: &[&str] = &[
    "of", "for", "de", "del", "della", "dello", "delle", "degli", "dei", "di", "alla", "al", "des",
    "du", "d'", "per", "do", "ds", "по", "для",
];

/// Ranks and styles written with a capital before a surname that no cue table lists as a
/// title ("Field Marshal Haftar", "Chairman Xi", "Ayatollah Khamenei"), folded.
const RANK_WORDS: &[&str] = &[
    "taoiseach",
    "representative",
    "cavaliere",
    "tsar",
    "czar",
    "царь",
    "цар",
    "marshal",
    "field",
    "chairman",
    "chairwoman",
    "colonel",
    "lieutenant",
    "admiral",
    "commander",
    "ayatollah",
    "imam",
    "patriarch",
    "pope",
    "cardinal",
    "archbishop",
    "metropolitan",
    "sultan",
    "emir",
    "prince",
    "princess",
    "queen",
    "king",
    "sheikh",
    "sheikha",
    "grand",
    "duke",
    "lord",
    "mufti",
    "comrade",
    "marechal",
    "mariscal",
    "maresciallo",
    "generale",
    "general",
    "маршал",
    "генерал",
    "патриарх",
    "патріарх",
];

/// Endings of patronymics and of Turkic "son of" names, which stand between a first name and
/// a surname ("Sergei Viktorovich Lavrov", "Heydər oğlu").
const PATRONYMIC_ENDINGS: &[&str] = &[
    "ovich", "evich", "ovna", "evna", "ович", "евич", "овна", "евна", "ична", "oglu", "ogly",
];

/// "Jarosław Kaczyński" is not Lech Kaczyński: a surname alone that matched a gazetteer person
/// is someone else when a first name that is not theirs stands right before it, in a language
/// where a capital inside a sentence marks a name. The words are left to `spot_unknown`.
fn drop_other_first_names(
    text: &Text,
    people: &People,
    hits: &[Hit<'_, Tag>],
    lang: &str,
    range: Range<usize>,
    mentions: &mut Vec<Mention>,
) {
    if !CASED_NAMES_ONLY.contains(&lang) {
        return;
    }
    // A headline in title case ("Trump Congratulates Erdogan") capitalises every word.
    let capitalised = range
        .clone()
        .filter(|&i| text.tokens[i].capitalized)
        .count();
    if capitalised * 4 > range.len() * 3 {
        return;
    }
    let other_first_name = |m: &Mention| {
        let Who::Known(person) = m.who else {
            return false;
        };
        // The sentence's first word is capitalised whatever it is ("Meanwhile Scholz").
        if m.end != m.start + 1
            || m.start <= range.start + 1
            || text.tokens[m.start].after_punct
            || text.tokens[m.start - 1].after_punct
        {
            return false;
        }
        let j = m.start - 1;
        let raw = text.raw(j);
        let word = text.word(j);
        // "il segretario alla Difesa Mattis": a capitalised department after a preposition.
        let department = j > range.start && INSTITUTION_LINKS.contains(&text.word(j - 1));
        raw.chars().next().is_some_and(char::is_uppercase)
            && !department
            && raw.chars().count() >= 3
            && !is_acronym(raw)
            && !not_name(word)
            && !RANK_WORDS.contains(&word)
            && !is_country_word(raw)
            && !PATRONYMIC_ENDINGS.iter().any(|e| word.ends_with(e))
            && !hits.iter().any(|h| h.start <= j && j < h.end)
            && !covered(mentions, j)
            && !first_name_of(text, people, j, person)
    };
    let drop: Vec<usize> = mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| other_first_name(m))
        .map(|(k, _)| k)
        .collect();
    for k in drop.into_iter().rev() {
        mentions.remove(k);
    }
}

fn first_name_of(text: &Text, people: &People, i: usize, person: usize) -> bool {
    let raw = text.raw(i);
    let index = people.index();
    index.person_keys[person].iter().any(|k| k.contains(' '))
        && spelling::closeness(&strict_word(raw), index.words_for(person, raw)).is_some()
}

/// What name spotting derives from a sentence's words, each made on first use (most words
/// never need one) and kept: a word is compared with every alias that starts like it.
struct WordKeys {
    start: usize,
    words: Vec<WordSlot>,
}

#[derive(Debug, Clone, Default)]
struct WordSlot {
    /// The lossy name key.
    key: Option<String>,
    /// The strict spelling (`strict_word`).
    strict: Option<String>,
    /// The keys of the word with a case suffix cut (`suffix_stem_keys`).
    suffixed: Option<Vec<String>>,
}

impl WordKeys {
    fn new(range: Range<usize>) -> Self {
        Self {
            start: range.start,
            words: vec![WordSlot::default(); range.len()],
        }
    }

    fn get(&mut self, text: &Text, i: usize) -> &str {
        self.words[i - self.start].key.get_or_insert_with(|| {
            let mut key = String::new();
            word_key_into(text.raw(i), &mut key);
            key
        })
    }

    fn strict(&mut self, text: &Text, i: usize) -> &str {
        self.words[i - self.start]
            .strict
            .get_or_insert_with(|| strict_word(text.raw(i)))
    }

    fn suffixed(&mut self, text: &Text, i: usize) -> &[String] {
        self.words[i - self.start]
            .suffixed
            .get_or_insert_with(|| suffix_stem_keys(text.raw(i)))
    }
}

/// The longest gazetteer alias starting at token `i`: its length in words and its people,
/// written aliases preferred over derived bare surnames.
fn longest_alias(
    text: &Text,
    people: &People,
    i: usize,
    end: usize,
    keys: &mut WordKeys,
) -> (usize, Vec<usize>) {
    let Some(seqs) = people.index().by_first_word.get(keys.get(text, i)) else {
        return (0, Vec::new());
    };
    let mut best_len = 0usize;
    let mut persons: Vec<(usize, bool)> = Vec::new();
    for seq in seqs {
        let n = seq.words.len();
        if n < best_len || i + n > end {
            continue;
        }
        // The last word may carry a case suffix ("İrakli Kobakhidzeyə", "Emmanuel Makronla"),
        // after the person's first name also a bare back vowel ("Ceyhun Bayramova", dative).
        let words_match = (1..n).all(|k| {
            let word = seq.words[k].as_str();
            keys.get(text, i + k) == word
                || (k + 1 == n && keys.suffixed(text, i + k).iter().any(|s| s == word))
                || (k + 1 == n && vowel_stem_key(text.raw(i + k)).is_some_and(|s| s == word))
        });
        // The key is lossy: a name of two words or more must also be spelled like this
        // person's names, word by word (one word is checked in `lone_word_people`).
        let spelled = |keys: &mut WordKeys| {
            (i..i + n).all(|k| {
                let words = people.index().words_for(seq.person, text.raw(k));
                spelling::closeness(keys.strict(text, k), words).is_some()
            })
        };
        if words_match && (n == 1 || spelled(keys)) {
            if n > best_len {
                best_len = n;
                persons.clear();
            }
            match persons.iter_mut().find(|(p, _)| *p == seq.person) {
                Some(entry) => entry.1 |= !seq.derived,
                None => persons.push((seq.person, !seq.derived)),
            }
        }
    }
    let written: Vec<usize> = persons
        .iter()
        .filter(|(_, w)| *w)
        .map(|(p, _)| *p)
        .collect();
    let chosen = if written.is_empty() {
        persons.iter().map(|(p, _)| *p).collect()
    } else {
        written
    };
    (best_len, chosen)
}

/// The key of a surname with a dative back vowel cut ("Bayramova" -> Bayramov), which a bare
/// surname cannot be read with (Aliyeva is a woman's name): only after a first name.
fn vowel_stem_key(raw: &str) -> Option<String> {
    let stem = ["ya", "a"].iter().find_map(|s| raw.strip_suffix(s))?;
    (stem.chars().count() >= 4).then(|| {
        let mut key = String::new();
        word_key_into(stem, &mut key);
        key
    })
}

/// The people a lone word names: those whose key it shares (`by_key`), else those it names
/// with a Turkic case suffix cut. The word must look like a name (not a month, a title, a cue
/// word or a common word) and be spelled like one of the person's names, not merely share its
/// key; the closest spellings win.
/// Letters of a transliterated Arabic word below which a lone word must be an alias as written.
const SHORT_ARABIC: usize = 3;

fn is_arabic(word: &str) -> bool {
    word.chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(|c| matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F))
}

/// Arabic conjunctions, prepositions and the article written onto the next word.
const ARABIC_CLITICS: &[&str] = &["وال", "بال", "لل", "ال", "و", "ف", "ب", "ل", "ك"];

/// Whether an Arabic word, as it stands or behind a clitic, is written as an alias writes it
/// and is one of `words` (the person's own Arabic spellings, transliterated).
fn written_arabic_of(raw: &str, people: &People, words: &FastSet<String>) -> bool {
    let is_theirs = |w: &str| people.index().is_alias_word(w) && words.contains(&strict_word(w));
    is_theirs(raw)
        || ARABIC_CLITICS
            .iter()
            .any(|c| raw.strip_prefix(c).is_some_and(is_theirs))
}

fn lone_word_people(
    text: &Text,
    people: &People,
    i: usize,
    sentence_end: usize,
    hits: &[Hit<'_, Tag>],
    by_key: Vec<usize>,
    lang: &str,
) -> Vec<usize> {
    let raw = text.raw(i);
    let keyed = !by_key.is_empty();
    // The cheap test first: most capitalised words are common words, never names.
    if !lone_word_may_be_name(text, i, hits) {
        return Vec::new();
    }
    let candidates = if keyed {
        by_key
    } else {
        suffix_fallback(raw, people)
    };
    if candidates.is_empty() {
        return Vec::new();
    }
    let token = strict_word(raw);
    // Transliterated Arabic keeps only consonants, and some of them merge (ص and س both
    // give "s", ع nothing): a short word alone is too many words at once ("عصر", afternoon,
    // reads as the surname "ساعر"). Alone, it must be written exactly as an alias is.
    if is_arabic(raw) && token.len() <= SHORT_ARABIC && !people.index().is_alias_word(raw) {
        return Vec::new();
    }
    let words_of = |id: usize| people.index().words_for(id, raw);
    let mut found = spelling::closest(&token, &candidates, words_of);
    if found.is_empty() && keyed {
        found = spelling::closest(&token, &suffix_fallback(raw, people), words_of);
    }
    // Arabic has no capitals and transliterates to consonants only, and an Arabic name takes
    // no ending: a lone word names a person only as one of their own aliases writes it, or
    // behind a clitic ("ولافروف", and Lavrov). Spelled merely close, it is a common word
    // ("يروج", is rumoured, is "أيرو", Ayrault, with one more letter).
    if is_arabic(raw) {
        found.retain(|&id| written_arabic_of(raw, people, words_of(id)));
        if found.is_empty() {
            return Vec::new();
        }
    }
    // A word spelled only close to a surname and followed by another capitalised word is part
    // of a longer proper noun or title ("Milli Lideri" is not Milei).
    let approximate = found
        .first()
        .is_some_and(|&id| spelling::closeness(&token, words_of(id)) != Some(0));
    // Or preceded by one that is no title: "Neçirvan Barzani" is not Alicia Bárcena.
    let capitalised_word = |k: usize| {
        text.tokens[k].capitalized
            && text.raw(k).chars().count() > 1
            && !hits
                .iter()
                .any(|h| matches!(h.tag, Tag::Title) && h.start <= k && k < h.end)
    };
    // The next sentence's first word ("... and Popșoi\n\nSybiha said") is no part of it.
    // A comma ends the run: "Փաշինեան, Փութինէն ետք" is two names.
    let in_capitalised_run = (i + 1 < sentence_end
        && text.tokens[i + 1].capitalized
        && !text.tokens[i + 1].after_punct
        && text.raw(i + 1).chars().count() > 1)
        || (i > 0 && !text.tokens[i].after_punct && capitalised_word(i - 1));
    if approximate && in_capitalised_run {
        return Vec::new();
    }
    // German writes every noun with a capital: a capital there is no sign of a name. A word
    // spelled only close to a name is a noun after an article or inside a compound ("seiner
    // Reise", "Lateinamerika-Reise" are not Raisi), and too far from it to be a variant
    // spelling otherwise ("Selenski" is Zelensky).
    if lang == "de" && approximate {
        let after_article = i > 0 && GERMAN_ARTICLES.contains(&text.word(i - 1));
        let in_compound =
            i > 0 && &text.original[text.tokens[i - 1].span.end..text.tokens[i].span.start] == "-";
        let far = found
            .first()
            .is_some_and(|&id| spelling::closeness(&token, words_of(id)).is_none_or(|d| d > 1));
        if after_article || in_compound || far {
            return Vec::new();
        }
    }
    // A word that is the name only with letters added ("Gustavo" = Gustav + o), followed by
    // another capitalised word, is the first word of someone else's longer name: "Gustavo
    // Petro" is not King Carl Gustaf. Languages that add case endings to names without an
    // apostrophe (Turkish, Azerbaijani, Polish, Russian...) write the surname so; only Latin
    // scripts of languages that do not are judged.
    let added_letters = found
        .first()
        .is_some_and(|&id| !words_of(id).contains(token.as_str()));
    let next_is_name_word = i + 1 < text.tokens.len()
        && text.tokens[i + 1].capitalized
        && !text.tokens[i + 1].after_punct
        && text.raw(i + 1).chars().count() > 2
        && !is_country_word(text.raw(i + 1));
    if added_letters && next_is_name_word && ends_without_case(lang) && is_latin(raw) {
        return Vec::new();
    }
    // A country's name is no lone surname ("Turkey's" is not Türk). Only in Cyrillic, Arabic
    // and Armenian, where the alias words are kept as written, may one written exactly as an
    // alias still be a name; a Latin-script country word never is.
    if !found.is_empty() && is_country_word(raw) && !people.index().is_alias_word(raw) {
        return Vec::new();
    }
    found
}

/// German articles and possessives (folded): a capitalised word after one is a noun.
const GERMAN_ARTICLES: &[&str] = &[
    "der", "die", "das", "dem", "den", "des", "ein", "eine", "einer", "einem", "einen", "eines",
    "seine", "seiner", "seinem", "seinen", "ihre", "ihrer", "ihrem", "ihren", "unsere", "unserer",
    "diese", "dieser", "diesem", "diesen",
];

fn is_latin(word: &str) -> bool {
    word.chars().next().is_some_and(|c| (c as u32) < 0x0250)
}

/// Languages that write a name as it is, with no case ending joined to it.
fn ends_without_case(lang: &str) -> bool {
    matches!(lang, "en" | "fr" | "es" | "it" | "de")
}

/// Whether a word (without a possessive or case ending after an apostrophe) names a country:
/// "Turkey's" is only close to the surname Türk.
fn is_country_word(raw: &str) -> bool {
    super::countries::country_of_word(raw).is_some()
}

/// Whether token `i` may be a one-word name: not a common word, not a month, weekday, relative
/// day or title, and not the first or last word of a cue (a cue's edges are always its own
/// words; names only sit in its gaps). Event words are left out: their prefix patterns
/// (`sefer*`) would also catch surnames (Səfərov).
fn lone_word_may_be_name(text: &Text, i: usize, hits: &[Hit<'_, Tag>]) -> bool {
    if not_name(text.word(i)) {
        return false;
    }
    !hits.iter().any(|h| {
        let covers = h.start <= i && i < h.end;
        let edge =
            (h.start == i || h.end == i + 1) && !matches!(h.tag, Tag::EventWord | Tag::Happening);
        (covers
            && matches!(
                h.tag,
                Tag::Month(_) | Tag::Weekday(..) | Tag::Relative(..) | Tag::Title
            ))
            || edge
    })
}

/// The keys `raw` may be a name word's with a Turkic (or other) case suffix attached: the keys
/// of its stems with each suffix cut. A word is a suffixed form of a name word whose key is
/// among them.
fn suffix_stem_keys(raw: &str) -> Vec<String> {
    let lower = raw.to_lowercase();
    if lower.chars().count() < 5 || lower.contains(crate::people::normalize::is_apostrophe) {
        return Vec::new();
    }
    CASE_SUFFIXES
        .iter()
        .filter_map(|suffix| lower.strip_suffix(suffix))
        .filter(|stem| stem.chars().count() >= 3)
        .map(|stem| {
            let mut key = String::new();
            word_key_into(stem, &mut key);
            key
        })
        .collect()
}

fn suffix_fallback(raw: &str, people: &People) -> Vec<usize> {
    let lower = raw.to_lowercase();
    if lower.chars().count() < 5 || lower.contains(crate::people::normalize::is_apostrophe) {
        return Vec::new();
    }
    let mut key = String::new();
    for suffix in CASE_SUFFIXES {
        if let Some(stem) = lower.strip_suffix(suffix) {
            if stem.chars().count() < 3 {
                continue;
            }
            key.clear();
            word_key_into(stem, &mut key);
            if let Some(seqs) = people.index().by_first_word.get(&key) {
                let found: Vec<usize> = seqs
                    .iter()
                    .filter(|s| s.words.len() == 1)
                    .map(|s| s.person)
                    .collect();
                if !found.is_empty() {
                    return found;
                }
            }
        }
    }
    Vec::new()
}

/// Words that continue a name with a father's or family name ("Mohammed bin Salman bin
/// Abdulaziz Al Saud"): what follows them is part of the name already matched, not a second
/// person.
const PATRONYMIC_LINKS: &[&str] = &[
    "bin", "ibn", "ben", "bint", "бен", "бин", "бін", "بن", "ابن", "بنت", "al", "аль", "ал", "آل",
];

/// The end of a name whose first `end` words matched: extended over "bin X" / "Al X" links.
fn patronymic_end(text: &Text, mut end: usize, limit: usize) -> usize {
    // A family article is written with a capital ("Al Saud"); a lower-case "al" is the
    // Spanish/Italian "to the" ("telefonata di Meloni al Presidente").
    let link = |i: usize| {
        let w = text.word(i);
        PATRONYMIC_LINKS.contains(&w)
            && (!matches!(w, "al" | "аль" | "ал") || text.tokens[i].capitalized)
    };
    while end + 1 < limit
        && link(end)
        && !text.tokens[end].after_punct
        && !text.tokens[end + 1].after_punct
        && text.tokens[end + 1].capitalized
    {
        end += 2;
    }
    end
}

fn covered(mentions: &[Mention], i: usize) -> bool {
    mentions.iter().any(|m| m.start <= i && i < m.end)
}

/// Unknown people: a run of capitalised words after a title, skipping connectors, countries
/// and other titles in between ("President of the Republic of X Firstname Lastname").
fn spot_unknown(
    text: &Text,
    range: Range<usize>,
    hits: &[Hit<'_, Tag>],
    lang: &str,
    mentions: &mut Vec<Mention>,
) {
    let tagged = |i: usize| {
        hits.iter()
            .any(|h| h.start <= i && i < h.end && !matches!(h.tag, Tag::Call(..)))
    };
    if !hits.iter().any(|h| matches!(h.tag, Tag::Title)) {
        return;
    }
    let countries = COUNTRY_SET.find_all(text, range.clone());
    let is_country = |i: usize| countries.iter().any(|h| h.start <= i && i < h.end);
    let mut found = Vec::new();
    for h in hits.iter().filter(|h| matches!(h.tag, Tag::Title)) {
        let mut j = h.end;
        let limit = (h.end + 8).min(range.end);
        // Skip what may stand between a title and the name.
        while j < limit {
            let w = text.word(j);
            // German names the holder right after the title; after an article come the
            // capitalised nouns of an institution ("Verteidigungsminister des Weimarer
            // Dreiecks").
            if lang == "de" && GERMAN_ARTICLES.contains(&w) {
                break;
            }
            let skippable = (!text.tokens[j].capitalized && w.chars().count() <= 3)
                || is_country(j)
                || tagged(j)
                || not_name(w);
            if !skippable {
                break;
            }
            j += 1;
        }
        if j >= range.end
            || !text.tokens[j].capitalized
            || covered(mentions, j)
            || covered(&found, j)
        {
            continue;
        }
        // Arabic script has no capitals: a word with the article (الـ) is a noun or an
        // adjective ("التركي", "the Turkish"), never the first word of a name.
        if text.word(j).starts_with("ال") {
            continue;
        }
        let start = j;
        let mut end = j;
        while end < range.end && end - start < 5 {
            let t = &text.tokens[end];
            let w = text.word(end);
            if end > start && t.after_punct {
                break;
            }
            let name_like = (t.capitalized && !is_acronym(text.raw(end)))
                || (end > start && PARTICLES.contains(&w));
            if !name_like || is_country(end) || tagged(end) || not_name(w) || covered(mentions, end)
            {
                break;
            }
            if w.chars().any(|c| c.is_ascii_digit()) {
                break;
            }
            end += 1;
        }
        while end > start && PARTICLES.contains(&text.word(end - 1)) {
            end -= 1;
        }
        let len = end - start;
        // Two words at least: on real pages a lone capitalised word after a title was a
        // common noun, an agency or a given name every time (11 of 11 on our 443 pages:
        // "Yardımcısı", "Səfirliyinin", "Report", "Tayyip"), never an unknown surname.
        if len < 2 {
            continue;
        }
        let span = text.tokens[start].span.start..text.tokens[end - 1].span.end;
        let name = text.original[span].to_string();
        found.push(Mention {
            who: Who::Unknown(name),
            start,
            end,
        });
    }
    mentions.extend(found);
}

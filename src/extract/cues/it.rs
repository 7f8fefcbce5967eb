//! Italian cues.

use super::{CallCue, Dir, LangCues, Strength};
use super::{FOREIGN_MINISTER, HEADS_OF_STATE, PRESIDENT, PRIME_MINISTER};

#[rustfmt::skip]
const CALLS: &[CallCue] = &[
    ("ha|hanno avuto|tenuto .. colloquio|colloqui|conversazione|conversazioni telefonic*", Strength::Strong, Dir::None),
    ("ha|hanno avuto|tenuto .. telefonata|telefonate", Strength::Strong, Dir::None),
    ("colloquio|conversazione telefonica|telefonico .. con|tra @", Strength::Strong, Dir::None),
    ("telefonata .. con|tra @", Strength::Strong, Dir::None),
    ("ha|hanno sentito telefonicamente", Strength::Strong, Dir::None),
    ("ha|hanno ricevuto .. telefonata|telefonate|chiamata", Strength::Strong, Dir::SubjectReceives),
    // "Obama telefona a Renzi": the present, as headlines write it.
    ("telefona a|al|alla|all' @", Strength::Weak, Dir::SubjectCalls),
    // "Obama chiama Renzi", "Biden ha chiamato Sunak": who called, where a call between the two
    // is reported; alone no call ("ha chiamato Putin un criminale" names him, "chiama Meloni a
    // riferire" summons her).
    ("chiama @", Strength::DirectionOnly, Dir::SubjectCalls),
    // "Biden ha chiamato Sunak": a call, in a statement about the telephone ("ha chiamato Putin
    // un criminale" is a trap below).
    ("ha|hanno|aveva|aver chiamato @", Strength::Weak, Dir::SubjectCalls),
    ("ha|hanno telefonato|chiamato a|al|alla|all' @", Strength::Strong, Dir::SubjectCalls),
    ("ha|hanno parlato|parlano .. al|per telefono", Strength::Strong, Dir::None),
    ("si e|sono sentit* .. telefonicamente|telefono", Strength::Strong, Dir::None),
    ("ha|hanno parlato|conversato .. con @", Strength::Weak, Dir::None),
    ("colloquio con @", Strength::Weak, Dir::None),
    // "Biden ha sentito ieri sera Meloni": "sentire" someone is to speak to them (by phone).
    ("ha|hanno sentito @", Strength::Weak, Dir::None),
    ("si e svolt* .. colloquio|conversazione telefonic*", Strength::Strong, Dir::None),
    ("ha|hanno ringraziato .. per la|questa telefonata|chiamata", Strength::DirectionOnly, Dir::SubjectReceives),
];

pub const CUES: LangCues = LangCues {
    lang: "it",
    calls: CALLS,
    telephone: &["telefon*"],
    during_call: &[
        "durante il|la|questo|questa|tale colloquio|telefonata|conversazione|colloqui",
        "durante il|la|questo|questa|tale _ colloquio|telefonata|conversazione|colloqui",
        "nel corso del|della|dello|dei colloquio|telefonata|conversazione|colloqui",
        "nel corso del|della|dello|dei _ colloquio|telefonata|conversazione|colloqui",
        "nel|nella colloquio|telefonata|conversazione|colloqui",
        "oltre a|al|alla|alle|ai .. telefonata|telefonate|colloquio|colloqui",
    ],
    phone_words: &["telefon*"],
    not_readouts: &["intervista*"],
    planned: &[
        // Habitual calls ("regularly speaks by phone with"): no one call is reported.
        "regolarmente|spesso|frequentemente|quotidianamente|abitualmente",
        "nessun|nessuna|alcun|alcuna|no",
        "sara|avra|avranno|terra|terranno|prevista|previsto|programma|programmata|intende|vuole|prossima|prossimo|prossimi|rifiut*|telefonera|chiamera|sentira|sentiranno|non",
    ],
    reporting_verbs: &[
        "ha|aveva|avrebbe detto|dichiarato|riferito|spiegato|sottolineato",
        "dice|spiega|afferma|commenta",
    ],
    reporting: &["secondo", "portavoce"],
    sources_before: &[],
    traps: &[
        "videoconferenza*|videocollegamento",
        "lettera|messaggio scritto",
        // "uno scambio telefonico, via messaggi": text messages, not a call.
        "via messaggi|messaggio|sms|whatsapp",
        "avra|avranno|terra|terranno .. colloquio|telefonata",
        "telefonata|colloquio .. prevista|previsto|proposta|proposto",
        // "È prevista per stasera la telefonata"; "si spera in una telefonata".
        "e|sara prevista|previsto|programmata|programmato per .. telefonata|colloquio",
        "spera|sperano|auspica|auspicano in|una|un .. telefonata|colloquio|chiamata",
        // Naming or summoning someone: "ha chiamato Putin un criminale", "chiama X a riferire".
        "chiama|chiamato .. un|una criminale|dittatore|macellaio|assassino|bugiardo|traditore",
        "chiama|chiamato .. a riferire|rispondere|testimoniare",
        "ha|hanno rifiutato|declinato",
    ],
    denials: &[
        "smentit*|smentisce|smentiscono la|una|qualsiasi telefonata|chiamata|conversazione",
        "smentit*|smentisce|smentiscono|nega|negato le|voci|notizie|indiscrezioni .. telefonata|colloquio|chiamata",
        "presunta|presunto|presunte|presunti telefonata|telefonate|colloquio|chiamata",
        "nessuna telefonata|chiamata|conversazione",
        "nessun colloquio|contatto",
    ],
    event_words: &[
        "vertice*",
        "summit",
        "riunione*",
        "incontro*",
        "conferenza*",
        "visita*",
        "consiglio",
        "forum",
    ],
    held: &[
        "parlato|sentito|avuto|discusso|telefonato|chiamato|svolto|svolta|ricevuto|affrontato|esaminato|conversato",
    ],
    happenings: &["elezion*", "attentato*"],
    separately: &["separatamente"],
    initiative: &[
        "iniziativa di|del|della|dello|dell'",
        "richiesta di|del|della|dello|dell'",
        "su richiesta",
    ],
    initiator_precedes: false,
    latter: &["quest'ultimo|quest'ultima", "quest' ultimo|ultima"],
    counterparts: &["omologo|omologa|omologhi"],
    recipient_suffixes: &[],
    caller_suffixes: &[],
    case_call_nouns: &[],
    relative_days: &[
        // "the day after their call": the call is the day before the day the sentence speaks of.
        (
            "il|un giorno dopo _ telefonata|colloquio|conversazione",
            super::DAY_AFTER_CALL,
        ),
        (
            "all'|l' indomani della|del telefonata|colloquio|conversazione",
            super::DAY_AFTER_CALL,
        ),
        ("da ieri", super::SOME_DAY),
        ("nel|questo fine settimana", super::SOME_DAY),
        ("nel weekend", super::SOME_DAY),
        ("la settimana scorsa", super::SOME_DAY),
        ("la scorsa settimana", super::SOME_DAY),
        ("nei giorni scorsi|passati", super::SOME_DAY),
        ("il mese scorso", super::SOME_DAY),
        ("qualche|pochi giorni fa", super::SOME_DAY),
        ("oggi", 0),
        ("stamattina|stamani|stasera", 0),
        ("questa mattina|sera", 0),
        ("ieri", -1),
        ("ieri sera", -1),
    ],
    weekdays: &[
        ("lunedi", 0),
        ("martedi", 1),
        ("mercoledi", 2),
        ("giovedi", 3),
        ("venerdi", 4),
        ("sabato", 5),
        ("domenica", 6),
    ],
    months: &[
        ("gennaio", 1),
        ("febbraio", 2),
        ("marzo", 3),
        ("aprile", 4),
        ("maggio", 5),
        ("giugno", 6),
        ("luglio", 7),
        ("agosto", 8),
        ("settembre", 9),
        ("ottobre", 10),
        ("novembre", 11),
        ("dicembre", 12),
    ],
    home_roles: &[
        ("il|del|al|dal presidente del consiglio", PRIME_MINISTER),
        ("il|del|al|dal presidente della repubblica", PRESIDENT),
        ("il|del|al|dal ministro degli esteri", FOREIGN_MINISTER),
        ("il|del|al|dal capo dello stato", HEADS_OF_STATE),
    ],
    titles: &[
        "leader",
        "ministro|ministra|ministri degli esteri",
        "ministro|ministra degli affari esteri",
        "ministro|ministra|ministri della difesa",
        "segretario alla difesa",
        "presidente|presidentessa",
        "ministro|ministra",
        "cancelliere",
        "premier",
        "segretario|segretaria",
        "emiro|sceicco|principe",
        "signor|signora",
    ],
    conjunctions: &["e", "ed", "poi", "successivamente"],
};

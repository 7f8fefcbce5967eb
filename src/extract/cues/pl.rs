//! Polish cues (folded: `ł` is written `l`, `ó` is `o`, `ś/ż/ź` are `s/z/z`).

use super::{CallCue, Dir, LangCues, Strength};
use super::{FOREIGN_MINISTER, PRESIDENT};

#[rustfmt::skip]
const CALLS: &[CallCue] = &[
    // "oddzwonił do X": kto oddzwania, ten dzwoni.
    ("oddzwonil|oddzwonila|oddzwonili .. do @", Strength::Strong, Dir::SubjectCalls),
    ("rozmowa|rozmowe|rozmowy telefoniczna|telefoniczne|telefonicznej|telefoniczna", Strength::Strong, Dir::None),
    ("odbyl|odbyla|odbyli|przeprowadzil|przeprowadzila|przeprowadzili .. rozmowe|rozmowy", Strength::Strong, Dir::None),
    ("rozmawial|rozmawiala|rozmawiali .. telefonicznie|telefon|telefonu", Strength::Strong, Dir::None),
    ("zadzwonil|zadzwonila|zadzwonili|dzwonil|dzwonila|zatelefonowal|zatelefonowala .. do @", Strength::Strong, Dir::SubjectCalls),
    ("odebral|odebrala|otrzymal|otrzymala .. telefon|telefonu|telefoniczny", Strength::Strong, Dir::SubjectReceives),
    // "rozmawiał wcześniej o Ukrainie z X": a time or a subject between the verb and "z".
    ("rozmawial|rozmawiala|rozmawiali .. z|ze @", Strength::Weak, Dir::None),
    ("rozmowa|rozmowe|rozmowy|rozmowie z|ze @", Strength::Weak, Dir::None),
    ("podziekowal|podziekowala .. za telefon|rozmowe|zaproszenie do rozmowy", Strength::DirectionOnly, Dir::SubjectReceives),
    // "złożyła telefoniczne życzenia": wishes (or congratulations) offered by phone.
    ("zlozyl|zlozyla|zlozyli .. telefoniczne|telefonicznie zyczenia|gratulacje", Strength::Strong, Dir::SubjectCalls),
    // "z prezydentem X, który dzwonił": the one the clause is about rang.
    ("ktory|ktora .. dzwonil|dzwonila|zadzwonil|zadzwonila", Strength::DirectionOnly, Dir::SubjectCalls),
];

pub const CUES: LangCues = LangCues {
    lang: "pl",
    calls: CALLS,
    telephone: &["telefon*"],
    during_call: &[
        "podczas .. rozmowy|rozmow",
        "w trakcie|czasie .. rozmowy|rozmow",
    ],
    phone_words: &["telefon*"],
    not_readouts: &["wywiad*"],
    planned: &[
        // Habitual calls ("regularly speaks by phone with"): no one call is reported.
        "regularnie|czesto|codziennie|stale|zwykle",
        "zadn*",
        "zadzwoni|zadzwonic|odbedzie|planowan*|planuje|zamierza|nie|czeka|odmow*|propozycj*|zaproponowal*|przelozon*|przelozyl*",
        // The future with "być": "będzie mieć rozmowę", "będą rozmawiać".
        "bedzie|beda|odbeda",
    ],
    reporting_verbs: &["powiedzial|powiedziala|poinformowal|poinformowala"],
    reporting: &["wedlug|zdaniem", "rzecznik|rzeczniczka"],
    sources_before: &[],
    traps: &[
        "wideokonferencj*",
        "list|listu|liscie",
        "odbedzie|odbeda|zadzwoni|porozmawia",
        "planowan*|zaproponowal*",
        "odmowil|odmowila|odrzucil|odrzucila",
        "nie doszlo|dojsc|odbyla|odbyl",
        "nieodbier*|zaprzesta*",
    ],
    denials: &[
        "zaprzeczyl*|zdementowal*|dementuje|zaprzecza doniesieni*|informacj*|plotk* .. rozmow*|telefon*",
        "rzekom* rozmow*|telefon*",
        "zadnej rozmowy|rozmowy telefonicznej",
    ],
    event_words: &[
        "szczyt*",
        "spotkani*",
        "konferencj*",
        "wizyt*",
        "posiedzeni*",
        "forum",
        "zaplanowan*",
        "rozpocznie",
    ],
    held: &[
        "rozmawial|rozmawiala|rozmawiali|odbyl|odbyla|odbyli|przeprowadzil|przeprowadzila|przeprowadzili|zadzwonil|zadzwonila|omowil|omowila|omowili|dyskutowali|dyskutowal|wymienili|poruszyli|rozmawiano",
    ],
    happenings: &["wybor*", "atak*"],
    separately: &["oddzielnie", "osobno"],
    initiative: &[
        "z inicjatywy",
        "na prosbe",
        "inicjatorem rozmowy byl|byla|bylo !nie",
    ],
    initiator_precedes: false,
    latter: &["tego ostatniego", "tej ostatniej"],
    counterparts: &["odpowiednik*"],
    // Genitive after "do" and instrumental after "z" are read from the cue's preposition;
    // these mark the one called in free word order: dative -owi.
    recipient_suffixes: &["owi"],
    caller_suffixes: &[],
    case_call_nouns: &[],
    relative_days: &[
        // "the day after their call": the call is the day before the day the sentence speaks of.
        ("dzien|nazajutrz po rozmowie", super::DAY_AFTER_CALL),
        ("dzien|nazajutrz po _ rozmowie", super::DAY_AFTER_CALL),
        ("w miniony|ostatni weekend", super::SOME_DAY),
        ("od wczoraj", super::SOME_DAY),
        ("w weekend", super::SOME_DAY),
        ("w zeszlym|ubieglym tygodniu", super::SOME_DAY),
        ("w zeszlym|ubieglym miesiacu", super::SOME_DAY),
        ("kilka dni temu", super::SOME_DAY),
        ("dzisiaj|dzis", 0),
        ("wczoraj", -1),
    ],
    weekdays: &[
        ("poniedzialek|poniedzialku", 0),
        ("wtorek|wtorku", 1),
        ("sroda|srode|srody", 2),
        ("czwartek|czwartku", 3),
        ("piatek|piatku", 4),
        ("sobota|sobote|soboty", 5),
        ("niedziela|niedziele|niedzieli", 6),
    ],
    months: &[
        ("styczen|stycznia|styczniu", 1),
        ("luty|lutego|lutym", 2),
        ("marzec|marca|marcu", 3),
        ("kwiecien|kwietnia|kwietniu", 4),
        ("maj|maja|maju", 5),
        ("czerwiec|czerwca|czerwcu", 6),
        ("lipiec|lipca|lipcu", 7),
        ("sierpien|sierpnia|sierpniu", 8),
        ("wrzesien|wrzesnia|wrzesniu", 9),
        ("pazdziernik|pazdziernika|pazdzierniku", 10),
        ("listopad|listopada|listopadzie", 11),
        ("grudzien|grudnia|grudniu", 12),
    ],
    home_roles: &[("prezydent rp", PRESIDENT), ("szef msz", FOREIGN_MINISTER)],
    titles: &[
        "przywodc*",
        "minister|ministra|ministrem|ministrowi|ministrowie|ministrami|ministrow spraw zagranicznych",
        "szef|szefa|szefem|szefowi|szefowie msz|dyplomacji",
        "minister|ministra|ministrem|ministrowi|ministrowie obrony",
        "szef|szefa|szefem mon",
        "prezydent|prezydenta|prezydentem|prezydentowi",
        "premier|premiera|premierem|premierowi",
        "minister|ministra|ministrem|ministrowi",
        "kanclerz|kanclerza|kanclerzem",
        "krol|krola|krolem|krolowi|emir|emira|emirem|emirowi|szejk|szejka|szejkiem",
    ],
    conjunctions: &["i", "oraz", "nastepnie", "potem"],
};

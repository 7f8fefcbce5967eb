//! Spanish cues.

use super::{CallCue, Dir, LangCues, Strength};
use super::{FOREIGN_MINISTER, KING, PRIME_MINISTER};

#[rustfmt::skip]
const CALLS: &[CallCue] = &[
    // "devolvió la llamada a X": quien la devuelve llama.
    ("devolvio|devolvieron|devuelve|devuelven|devuelto|devolver la llamada|llamadas", Strength::Strong, Dir::SubjectCalls),
    ("mantuvo|mantenido|mantienen|mantiene|sostuvo|sostenido|sostiene|tuvo|celebro .. conversacion|conversaciones telefonica|telefonicas", Strength::Strong, Dir::None),
    ("mantuvo|mantenido|mantiene|sostuvo|sostenido|sostiene|tuvo|realizo|celebro .. llamada|llamadas", Strength::Strong, Dir::None),
    ("conversacion|llamada telefonica con @", Strength::Strong, Dir::None),
    ("converso|conversado|conversaron|hablo|hablado|hablaron .. por telefono", Strength::Strong, Dir::None),
    ("fue|ha sido llamado|llamada|telefoneado|telefoneada por @", Strength::Strong, Dir::SubjectReceives),
    ("llamo|llamado|telefoneo|telefoneado a @", Strength::Strong, Dir::SubjectCalls),
    // "además de llamar al presidente de la Generalitat": the subject called him too (on a
    // page about calls: "llamar a X a retirar" urges).
    ("ademas de llamar a|al @", Strength::Weak, Dir::SubjectCalls),
    // "el llamado fue recibido por el canciller X": X took the subject's call.
    ("llamado|llamada fue|fueron recibido|recibida por @", Strength::Strong, Dir::SubjectCalls),
    ("fue|ha sido contactado|contactada por @", Strength::Weak, Dir::SubjectReceives),
    // "ha llamado, sobre las dos, al presidente del PP": a time between the verb and the one
    // called; on a page about a call only ("ha llamado a X a pactar" urges).
    ("llamo|llamado .. a|al @", Strength::Weak, Dir::SubjectCalls),
    // "Borrell llama por teléfono a Dastis" (a headline's present); "llama a X" alone also
    // urges or names X ("llama a Orbán a desbloquear").
    ("llama|llamo|llamado por telefono a|al @", Strength::Strong, Dir::SubjectCalls),
    // "ha telefoneado este lunes al ministro": a time between the verb and the one called.
    ("telefonea|telefoneo|telefoneado .. a|al @", Strength::Weak, Dir::SubjectCalls),
    // "realizó una llamada telefónica al presidente", "concretó la llamada protocolar a X":
    // the one who makes the call to X calls.
    // Not "hizo una llamada a X para que ..." (an appeal) nor "hizo referencia a la llamada a X".
    ("realizo|realizado|realiza|efectuo|efectuado|concreto|concretado una|la llamada a|al @", Strength::Strong, Dir::SubjectCalls),
    ("realizo|realizado|realiza|efectuo|efectuado|concreto|concretado una|la llamada _ a|al @", Strength::Strong, Dir::SubjectCalls),
    // "realizó hoy una llamada telefónica a X": a time word between.
    ("realizo|realizado|realiza|efectuo|efectuado|concreto|concretado _ una|la llamada a|al @", Strength::Strong, Dir::SubjectCalls),
    ("realizo|realizado|realiza|efectuo|efectuado|concreto|concretado _ una|la llamada _ a|al @", Strength::Strong, Dir::SubjectCalls),
    ("recibio|recibido|recibe|recibieron .. llamada|llamadas", Strength::Strong, Dir::SubjectReceives),
    ("conversa|converso|conversado|conversaron|hablo|hablado|hablaron .. con @", Strength::Weak, Dir::None),
    ("conversacion|llamada entre|con @", Strength::Weak, Dir::None),
    ("agradecio .. por la|su|esta llamada", Strength::DirectionOnly, Dir::SubjectReceives),
];

pub const CUES: LangCues = LangCues {
    lang: "es",
    calls: CALLS,
    telephone: &["telefon*"],
    during_call: &[
        "durante la|el|esta|este|dicha|dicho|su|sus conversacion|llamada|charla|conversaciones",
        "durante la|el|esta|este|dicha|dicho|su|sus _ conversacion|llamada|charla|conversaciones",
        "en el transcurso de|del la|esta|dicha|su conversacion|llamada|charla",
        "en el transcurso del llamado|dialogo",
        "ademas de|del .. llamada|llamadas|conversacion|conversaciones",
    ],
    phone_words: &["telefon*", "llamada|llamadas"],
    not_readouts: &["entrevista*"],
    planned: &[
        // Habitual calls ("regularly speaks by phone with"): no one call is reported.
        "regularmente|frecuentemente|habitualmente|menudo|diariamente",
        "ningun|ninguna",
        "tendra|tendran|mantendra|mantendran|telefoneara|telefonearan|llamara|llamaran|hablara|hablaran|preve|previsto|prevista|planea|planean|proxima|proximo|proximos|proximas|rechaz*|propuesto|propuesta|podra|podran|no",
    ],
    reporting_verbs: &["dijo|afirmo|declaro|informo|indico"],
    reporting: &["segun", "portavoz"],
    sources_before: &[],
    traps: &[
        "videoconferencia*",
        "carta|misiva",
        "mantendra|mantendran|conversara|hablara|llamara",
        "llamada|conversacion .. prevista|propuesta",
        "rechazo|declino .. llamada|conversacion|propuesta",
        // "tengo una llamada con X a las nueve": a call in the diary.
        "tengo|tenemos una llamada|conversacion con",
    ],
    denials: &[
        "nego|negaron|niega|desmintio|desmintieron|desmiente la|una|cualquier llamada|conversacion",
        "nego|negaron|niega|desmintio|desmintieron|desmiente la|una|cualquier segunda|nueva|otra llamada|conversacion",
        "nego|negaron|niega|desmintio|desmintieron|desmiente rumores|informaciones|versiones|noticias .. llamada|conversacion|contacto",
        "supuesta|presunta llamada|conversacion",
        "ninguna llamada|conversacion",
        // "negó haber participado en una llamada con X", "no hubo llamada con X".
        "nego|negaron|niega|niegan haber hablado|llamado|participado",
        "no hubo|existio llamada|llamadas",
    ],
    event_words: &[
        "cumbre*",
        "reunion*",
        "conferencia*",
        "visita*",
        "consejo",
        "foro*",
    ],
    held: &[
        "hablo|hablaron|converso|conversaron|mantuvo|mantuvieron|sostuvo|sostuvieron|telefoneo|recibio|abordaron|abordo|analizaron|analizo|discutieron|trataron|repasaron|intercambiaron|conversado|hablado|mantenido|sostenido",
    ],
    happenings: &["eleccion*", "atentado*"],
    separately: &["por separado"],
    initiative: &[
        "peticion|solicitud de|del",
        "iniciativa de|del",
        "instancias de|del",
    ],
    initiator_precedes: false,
    latter: &["este|esta|aquel|aquella", "este|esta ultimo|ultima"],
    counterparts: &["homologo|homologa|homologos"],
    recipient_suffixes: &[],
    caller_suffixes: &[],
    case_call_nouns: &[],
    relative_days: &[
        // "the day after their call": the call is the day before the day the sentence speaks of.
        (
            "un dia despues de _ llamada|conversacion",
            super::DAY_AFTER_CALL,
        ),
        (
            "al dia siguiente de _ llamada|conversacion",
            super::DAY_AFTER_CALL,
        ),
        ("desde ayer", super::SOME_DAY),
        ("el|este fin de semana", super::SOME_DAY),
        ("la semana pasada", super::SOME_DAY),
        ("la pasada semana", super::SOME_DAY),
        ("el mes pasado", super::SOME_DAY),
        ("hace unos|pocos días", super::SOME_DAY),
        ("en los últimos días", super::SOME_DAY),
        ("hoy", 0),
        ("esta manana|tarde|noche", 0),
        ("ayer", -1),
        ("anoche", -1),
    ],
    weekdays: &[
        ("lunes", 0),
        ("martes", 1),
        ("miercoles", 2),
        ("jueves", 3),
        ("viernes", 4),
        ("sabado", 5),
        ("domingo", 6),
    ],
    months: &[
        ("enero", 1),
        ("febrero", 2),
        ("marzo", 3),
        ("abril", 4),
        ("mayo", 5),
        ("junio", 6),
        ("julio", 7),
        ("agosto", 8),
        ("septiembre|setiembre", 9),
        ("octubre", 10),
        ("noviembre", 11),
        ("diciembre", 12),
    ],
    home_roles: &[
        ("el|del|al presidente del gobierno", PRIME_MINISTER),
        ("el rey", KING),
        (
            "el ministro|la ministra de asuntos exteriores",
            FOREIGN_MINISTER,
        ),
    ],
    titles: &[
        "lider|lideres|mandatario",
        "jefe|jefes de estado|gobierno",
        "ministro|ministra|ministros de asuntos|relaciones exteriores",
        "ministro|ministra|ministros de defensa",
        "secretario|secretaria de defensa",
        "presidente|presidenta",
        "ministro|ministra",
        "canciller",
        "primer|primera",
        "secretario|secretaria",
        "vicepresidente|vicepresidenta",
        "rey|emir|jeque|principe",
        "senor|senora|sr|sra",
    ],
    conjunctions: &["y", "e", "luego", "despues", "posteriormente"],
};

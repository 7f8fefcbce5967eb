//! Country names and adjectives in the supported languages (folded patterns), mapped to
//! ISO 3166-1 codes. Used to read "at the initiative of the Azerbaijani side" and to tell a
//! foreign office ("le président ukrainien") from the issuing side's own.

use std::sync::LazyLock;

use super::pattern::PatternSet;

const COUNTRIES: &[(&str, &str)] = &[
    (
        "AZ",
        "azerbaijan*|azerbaidjan*|aserbaidschan*|azerbaiyan*|azerbaycan*|азербайджан*|азербайджанськ*|азербайджанс*",
    ),
    (
        "AM",
        "armenia*|armenie*|armenien*|armenisch*|armenio*|armenia|ermenistan*|ermeni*|армени*|армянск*|вірмен*|հայաստան*",
    ),
    (
        "TR",
        "turkey|turkish|turkiye*|turquie|turc|turque|turcs|turkei|turkisch*|turco|turca|turquia|turkiyenin|турци*|турецк*|туреччин*|турецьк*",
    ),
    (
        "RU",
        "russia*|russie|russe|russes|russland|russisch*|rusia|ruso|rusa|rusya*|rusiya*|росси*|российск*|росія*|російськ*",
    ),
    (
        "DE",
        "germany|german|allemagne|allemand*|deutschland*|deutsch*|alemania|aleman|alemana|almanya*|германи*|германск*|немецк*|німеччин*|німецьк*",
    ),
    (
        "FR",
        "france|french|francais*|frankreich*|franzosisch*|francia|frances|francesa|fransa*|франци*|французск*|франці*|французьк*",
    ),
    ("UA", "ukrain*|ucrania*|ucranian*|ukrayna*|украин*|україн*"),
    ("US", "united states"),
    ("US", "estados unidos"),
    ("US", "etats unis"),
    ("US", "vereinigten staaten"),
    ("US", "соединенных|соединенные штатов|штаты"),
    (
        "US",
        "american|americain*|amerikanisch*|estadounidense*|abd|сша|американск*|американськ*",
    ),
    (
        "GB",
        "british|britain|britannique*|britisch*|britanico*|ingiltere|британ*",
    ),
    (
        "KZ",
        "kazakh*|kazakhstan*|kazakhstanais*|kasach*|kazajist*|kazak*|qazaxistan*|казахстан*|казахск*",
    ),
    ("UZ", "uzbek*|ouzbek*|usbek*|ozbek*|ozbekistan*|узбек*"),
    ("QA", "qatar*|katar*|катар*"),
    ("AE", "emirati*|emirats|uae|емиратск*|оаэ"),
    ("SA", "saudi*|saoudi*|suudi*|саудовск*"),
    (
        "BE",
        "belgian|belgium|belgique|belge|belgien|belgisch*|belgica|belcika|бельги*",
    ),
    (
        "ES",
        "spain|spanish|espagne|espagnol*|spanien|spanisch*|espana|espanol*|ispanya*|испани*",
    ),
    (
        "CH",
        "swiss|switzerland|suisse|schweiz*|suiza|isvicre*|швейцар*",
    ),
    (
        "MX",
        "mexico|mexican*|mexique|mexicain*|mexiko|mexikanisch*|mexicano*|meksika*|мексик*",
    ),
    (
        "CN",
        "china|chinese|chine|chinois*|chinesisch*|chino|cin|китай*|китайск*",
    ),
    ("IR", "iran*|иран*"),
    ("IL", "israel*|израил*|ізраїл*"),
    (
        "GE",
        "georgia|georgian|georgie|georgien*|gurcistan*|gurcu*|грузи*",
    ),
    (
        "IT",
        "italy|italian|italie|italien*|italia|italiano*|italya*|итали*",
    ),
    (
        "PL",
        "poland|polish|pologne|polonais*|polen|polnisch*|polonia|polaco*|polonya*|польш*|польск*",
    ),
];

pub static COUNTRY_SET: LazyLock<PatternSet<&'static str>> = LazyLock::new(|| {
    let items = COUNTRIES.iter().map(|(code, pattern)| (*pattern, *code));
    PatternSet::build(items).0
});

#[cfg(test)]
pub(crate) fn bad_patterns() -> Vec<&'static str> {
    PatternSet::build(COUNTRIES.iter().map(|(code, pattern)| (*pattern, *code))).1
}

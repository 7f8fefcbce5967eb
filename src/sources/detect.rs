//! Statement language as an ISO 639-1 code: the declared value normalised, else detected.

use whatlang::{Lang, Script};

/// Unknown language.
pub const UNDETERMINED: &str = "und";

/// Detection reads at most this many bytes of the body: enough for a confident answer, and
/// it keeps the cost flat on long statements.
const SAMPLE_BYTES: usize = 800;

/// A body shorter than this gets the title added to the detection sample.
const SHORT_BODY_BYTES: usize = 300;

/// The language of a statement: `declared` when it names a language we recognise, else
/// detected from the text, else [`UNDETERMINED`].
pub fn language(declared: Option<&str>, title: Option<&str>, body: &str) -> String {
    if let Some(code) = declared.and_then(normalize_declared) {
        return code;
    }
    let sample = prefix(body, SAMPLE_BYTES);
    let code = match title {
        Some(title) if body.len() < SHORT_BODY_BYTES => detect(&format!("{title}\n{sample}")),
        _ => detect(sample),
    };
    code.unwrap_or(UNDETERMINED).to_owned()
}

/// Normalises a declared language: `fr-FR`, `fr_FR` -> `fr`; `fra`/`fre` -> `fr`;
/// `English`, `français`, `русский` -> `en`, `fr`, `ru`. `None` when unrecognised.
pub fn normalize_declared(declared: &str) -> Option<String> {
    let value = declared.trim().to_lowercase();
    let primary = value.split(['-', '_', ' ', '.']).next().unwrap_or("");
    if primary.len() == 2 && primary.bytes().all(|b| b.is_ascii_lowercase()) {
        // Withdrawn codes still seen in old pages.
        let code = match primary {
            "iw" => "he",
            "in" => "id",
            "ji" => "yi",
            other => other,
        };
        return Some(code.to_owned());
    }
    if primary.len() == 3 && primary.bytes().all(|b| b.is_ascii_lowercase()) {
        let bibliographic = match primary {
            "fre" => "fra",
            "ger" => "deu",
            "arm" => "hye",
            "geo" => "kat",
            "chi" => "cmn",
            "zho" => "cmn",
            "per" => "pes",
            "fas" => "pes",
            "cze" => "ces",
            "gre" => "ell",
            "rum" => "ron",
            "slo" => "slk",
            "dut" => "nld",
            "mac" => "mkd",
            "bur" => "mya",
            other => other,
        };
        if let Some(lang) = Lang::from_code(bibliographic) {
            return Some(iso639_1(lang).to_owned());
        }
        if matches!(primary, "kaz") {
            return Some("kk".to_owned());
        }
    }
    language_name(&value).map(str::to_owned)
}

/// Language names as people write them in metadata, in English and in the language itself.
fn language_name(name: &str) -> Option<&'static str> {
    Some(match name {
        "english" => "en",
        "french" | "français" | "francais" => "fr",
        "german" | "deutsch" => "de",
        "russian" | "русский" | "русский язык" => "ru",
        "spanish" | "español" | "espanol" | "castellano" => "es",
        "turkish" | "türkçe" | "turkce" => "tr",
        "azerbaijani" | "azeri" | "azərbaycan" | "azərbaycanca" | "azərbaycan dili" => "az",
        "ukrainian" | "українська" | "українська мова" => "uk",
        "armenian" | "հայերեն" => "hy",
        "georgian" | "ქართული" => "ka",
        "kazakh" | "қазақ" | "қазақша" | "қазақ тілі" => "kk",
        "uzbek" | "oʻzbek" | "o'zbek" | "o‘zbek" | "ўзбек" => "uz",
        "arabic" | "العربية" => "ar",
        "italian" | "italiano" => "it",
        "portuguese" | "português" | "portugues" => "pt",
        "chinese" | "中文" => "zh",
        "persian" | "farsi" | "فارسی" => "fa",
        "polish" | "polski" => "pl",
        "dutch" | "nederlands" => "nl",
        "belarusian" | "беларуская" => "be",
        "hebrew" | "עברית" => "he",
        "japanese" | "日本語" => "ja",
        "korean" | "한국어" => "ko",
        _ => return None,
    })
}

/// Detects the language of `text` with `whatlang`, corrected by a few cheap rules for the
/// languages it confuses (Azerbaijani/Turkish, Kazakh, Ukrainian/Russian).
pub fn detect(text: &str) -> Option<&'static str> {
    let info = whatlang::detect(text)?;
    let letters = LetterCounts::of(text);
    if info.script() == Script::Latin && letters.is_azerbaijani() {
        return Some("az");
    }
    if info.script() == Script::Cyrillic {
        if letters.is_kazakh() {
            return Some("kk");
        }
        if matches!(info.lang(), Lang::Rus | Lang::Bul | Lang::Mkd | Lang::Srp)
            && letters.is_ukrainian()
        {
            return Some("uk");
        }
        if matches!(info.lang(), Lang::Bul | Lang::Mkd | Lang::Srp | Lang::Bel)
            && letters.is_russian()
        {
            return Some("ru");
        }
    }
    Some(iso639_1(info.lang()))
}

/// Counts of the letters the correction rules look at.
#[derive(Default)]
struct LetterCounts {
    letters: usize,
    schwa: usize,
    kazakh: usize,
    kazakh_only: usize,
    ukrainian: usize,
    uzbek_or_belarusian: usize,
    russian: usize,
    south_slavic: usize,
}

impl LetterCounts {
    fn of(text: &str) -> Self {
        let mut counts = Self::default();
        for c in text.chars() {
            if !c.is_alphabetic() {
                continue;
            }
            counts.letters += 1;
            match c {
                'ə' | 'Ə' => counts.schwa += 1,
                'ұ' | 'Ұ' | 'ә' | 'Ә' => {
                    counts.kazakh += 1;
                    counts.kazakh_only += 1;
                }
                'ғ' | 'Ғ' | 'қ' | 'Қ' | 'ң' | 'Ң' | 'ө' | 'Ө' | 'ү' | 'Ү' | 'һ' | 'Һ' => {
                    counts.kazakh += 1
                }
                'ї' | 'Ї' | 'є' | 'Є' | 'ґ' | 'Ґ' | 'і' | 'І' => counts.ukrainian += 1,
                'ў' | 'Ў' | 'ҳ' | 'Ҳ' => counts.uzbek_or_belarusian += 1,
                'ы' | 'Ы' | 'э' | 'Э' => counts.russian += 1,
                'ј' | 'Ј' | 'љ' | 'Љ' | 'њ' | 'Њ' | 'ћ' | 'Ћ' | 'ђ' | 'Ђ' | 'џ' | 'Џ' | 'ѓ'
                | 'Ѓ' | 'ќ' | 'Ќ' | 'ѕ' | 'Ѕ' => counts.south_slavic += 1,
                _ => {}
            }
        }
        counts
    }

    /// `ə` is frequent in Azerbaijani and absent from Turkish; a text that only names
    /// Əliyev once or twice stays in its own language.
    fn is_azerbaijani(&self) -> bool {
        self.schwa > 0 && self.schwa * 100 >= self.letters
    }

    fn is_kazakh(&self) -> bool {
        self.kazakh_only > 0 && self.uzbek_or_belarusian == 0 && self.kazakh * 100 >= self.letters
    }

    /// `ы` and `э` are Russian, absent from Bulgarian, Macedonian and Serbian; short Russian
    /// texts are sometimes taken for Bulgarian.
    fn is_russian(&self) -> bool {
        self.russian > 0
            && self.ukrainian == 0
            && self.uzbek_or_belarusian == 0
            && self.south_slavic == 0
    }

    /// `і ї є ґ` never occur in Russian; a couple of Ukrainian names do not make a text Ukrainian.
    fn is_ukrainian(&self) -> bool {
        self.uzbek_or_belarusian == 0 && self.ukrainian * 100 >= self.letters
    }
}

/// The longest prefix of `text` of at most `max` bytes that ends on a character boundary.
fn prefix(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// ISO 639-1 code of a `whatlang` language (its own codes are ISO 639-3).
fn iso639_1(lang: Lang) -> &'static str {
    match lang {
        Lang::Epo => "eo",
        Lang::Eng => "en",
        Lang::Rus => "ru",
        Lang::Cmn => "zh",
        Lang::Spa => "es",
        Lang::Por => "pt",
        Lang::Ita => "it",
        Lang::Ben => "bn",
        Lang::Fra => "fr",
        Lang::Deu => "de",
        Lang::Ukr => "uk",
        Lang::Kat => "ka",
        Lang::Ara => "ar",
        Lang::Hin => "hi",
        Lang::Jpn => "ja",
        Lang::Heb => "he",
        Lang::Yid => "yi",
        Lang::Pol => "pl",
        Lang::Amh => "am",
        Lang::Jav => "jv",
        Lang::Kor => "ko",
        Lang::Nob => "nb",
        Lang::Dan => "da",
        Lang::Swe => "sv",
        Lang::Fin => "fi",
        Lang::Tur => "tr",
        Lang::Nld => "nl",
        Lang::Hun => "hu",
        Lang::Ces => "cs",
        Lang::Ell => "el",
        Lang::Bul => "bg",
        Lang::Bel => "be",
        Lang::Mar => "mr",
        Lang::Kan => "kn",
        Lang::Ron => "ro",
        Lang::Slv => "sl",
        Lang::Hrv => "hr",
        Lang::Srp => "sr",
        Lang::Mkd => "mk",
        Lang::Lit => "lt",
        Lang::Lav => "lv",
        Lang::Est => "et",
        Lang::Tam => "ta",
        Lang::Vie => "vi",
        Lang::Urd => "ur",
        Lang::Tha => "th",
        Lang::Guj => "gu",
        Lang::Uzb => "uz",
        Lang::Pan => "pa",
        Lang::Aze => "az",
        Lang::Ind => "id",
        Lang::Tel => "te",
        Lang::Pes => "fa",
        Lang::Mal => "ml",
        Lang::Ori => "or",
        Lang::Mya => "my",
        Lang::Nep => "ne",
        Lang::Sin => "si",
        Lang::Khm => "km",
        Lang::Tuk => "tk",
        Lang::Aka => "ak",
        Lang::Zul => "zu",
        Lang::Sna => "sn",
        Lang::Afr => "af",
        Lang::Lat => "la",
        Lang::Slk => "sk",
        Lang::Cat => "ca",
        Lang::Tgl => "tl",
        Lang::Hye => "hy",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_declared_values() {
        assert_eq!(normalize_declared("fr-FR").as_deref(), Some("fr"));
        assert_eq!(normalize_declared("English").as_deref(), Some("en"));
        assert_eq!(normalize_declared("az_Latn_AZ").as_deref(), Some("az"));
        assert_eq!(normalize_declared("ger").as_deref(), Some("de"));
        assert_eq!(normalize_declared("Klingon"), None);
        assert_eq!(normalize_declared(""), None);
    }

    #[test]
    fn scripts_and_close_languages() {
        let samples = [
            (
                "kk",
                "Мемлекет басшысы Әзербайжан Президентімен телефон арқылы сөйлесті. Тараптар екіжақты ынтымақтастықтың өзекті мәселелерін талқылады.",
            ),
            (
                "hy",
                "Վարչապետը հեռախոսազրույց է ունեցել Ֆրանսիայի նախագահի հետ։ Զրուցակիցները քննարկել են երկկողմ համագործակցության հարցեր։",
            ),
            (
                "ka",
                "პრემიერ-მინისტრმა სატელეფონო საუბარი გამართა საფრანგეთის პრეზიდენტთან. მხარეებმა ორმხრივი თანამშრომლობის საკითხები განიხილეს.",
            ),
            (
                "uz",
                "Prezident telefon orqali muloqot qildi. Tomonlar ikki tomonlama hamkorlik masalalarini muhokama qildilar va aloqalarni davom ettirishga kelishib oldilar.",
            ),
            (
                "ar",
                "أجرى الرئيس اتصالا هاتفيا مع نظيره، وبحث الجانبان العلاقات الثنائية وسبل تعزيز التعاون بين البلدين.",
            ),
            (
                "ru",
                "Стороны обсудили вопросы двустороннего сотрудничества.",
            ),
        ];
        for (expected, text) in samples {
            assert_eq!(detect(text), Some(expected), "{text}");
        }
    }

    #[test]
    fn every_whatlang_language_has_a_two_letter_code() {
        for lang in Lang::all() {
            assert_eq!(iso639_1(*lang).len(), 2, "{lang:?}");
        }
    }
}

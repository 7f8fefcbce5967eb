use std::sync::Arc;
use readout::extract::Extractor;
use readout::model::{PublishedDate, Statement};
use readout::people::People;
#[test]
fn dbg() {
    let people = Arc::new(People::load(std::path::Path::new("config/people.toml")).unwrap());
    let ex = Extractor::new(people);
    let cases: Vec<(&str, &str, Option<&str>, Option<&str>, &str)> = vec![
        ("en","2025-03-18",Some("Telephone conversation with President of the United States Donald Trump"),Some("http://en.kremlin.ru/events/president/news/76477"),"Vladimir Putin had a telephone conversation with President of the United States of America Donald Trump. The conversation was initiated by the American side."),
        ("en","2024-03-05",Some("Prime Minister's phone call with President Putin"),Some("https://www.mea.gov.in/press.htm"),"Prime Minister Shri Narendra Modi received a phone call today from President of the Russian Federation, H.E. Mr. Vladimir Putin."),
        ("en","2024-03-06",None,None,"On the afternoon of March 5, President Xi Jinping held a phone call with French President Emmanuel Macron."),
        ("az","2024-03-06",None,None,"Prezident İlham Əliyevə Gürcüstanın Baş naziri İrakli Kobaxidze zəng edib."),
        ("es","2024-03-06",None,None,"El presidente del Gobierno, Pedro Sánchez, ha hablado por teléfono con el presidente de Francia, Emmanuel Macron."),
        ("en","2024-07-10",None,None,"President Biden spoke with President Zelenskyy by phone ahead of the NATO summit on 11 July."),
        ("en","2024-07-10",Some("Readout of President Biden's call with Prime Minister Netanyahu"),None,"President Biden spoke today with Prime Minister Benjamin Netanyahu of Israel. The President thanked the Prime Minister for the call."),
        ("de","2024-03-06",None,None,"Bundeskanzler Scholz hat am Abend mit dem US-Präsidenten Joe Biden telefoniert."),
        ("ru","2024-03-06",None,None,"Состоялся телефонный разговор Владимира Путина с Президентом Ирана Масудом Пезешкианом."),
        ("tr","2024-03-06",None,None,"Cumhurbaşkanı Erdoğan, İran Cumhurbaşkanı Mesud Pezeşkiyan ile telefonda görüştü."),
        ("fr","2024-03-06",Some("Entretien avec le Premier ministre britannique"),Some("https://www.elysee.fr/x"),"Le Président de la République s'est entretenu ce soir par téléphone avec le Premier ministre britannique, Keir Starmer."),
        ("en","2024-03-06",None,None,"President Aliyev met with President Erdogan in Ankara. The two leaders later spoke by phone with Chancellor Scholz."),
        ("en","2024-03-06",None,None,"Foreign Minister Hakan Fidan and Secretary of State Antony Blinken held a phone call on March 4 to discuss Gaza."),
    ];
    for (lang, pubd, title, url, body) in cases {
        let s = Statement { id: "x".into(), title: title.map(String::from), url: url.map(String::from), path: None, published: PublishedDate::parse(pubd), language: lang.into(), body: body.into() };
        for c in ex.extract(&s) { println!("{:?} {:?}->{:?} {:?} {:?}", c.participants, c.caller, c.recipient, c.date, c.topics); }
        println!("--- {}", &body[..40.min(body.len())]);
    }
}

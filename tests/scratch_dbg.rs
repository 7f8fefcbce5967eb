use std::sync::Arc;
use readout::extract::Extractor;
use readout::model::{PublishedDate, Statement};
use readout::people::People;
#[test]
fn dbg() {
    let people = Arc::new(People::load(std::path::Path::new("config/people.toml")).unwrap());
    let body = std::env::var("BODY").unwrap();
    let s = Statement { id: "x".into(), title: None, url: None, path: None, published: PublishedDate::parse("2024-09-12"), language: std::env::var("LANG_").unwrap_or("uk".into()), body: body.clone() };
    println!("{:#?}", Extractor::new(people.clone()).extract(&s));
    for w in body.split_whitespace() { println!("{w} -> {:?} {:?}", readout::people::normalize::name_key(w), people.lookup_all(w).iter().map(|p| &p.name).collect::<Vec<_>>()); }
}

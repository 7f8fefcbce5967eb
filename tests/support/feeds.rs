//! Feed documents and statements written for these tests (invented wording, not taken from any
//! publication), and settings that point the poller at a loopback server.
#![allow(dead_code)]

/// One feed item. `full_text` goes in `content:encoded` (RSS) or `<content>` (Atom); without it
/// the item carries only its summary and the poller must fetch `link`.
#[derive(Debug, Clone)]
pub struct Item {
    pub guid: String,
    pub title: String,
    pub link: String,
    /// RFC 2822 for RSS, RFC 3339 for Atom.
    pub date: String,
    pub summary: String,
    pub full_text: Option<String>,
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

pub fn rss(items: &[Item]) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" \
         xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\n<channel>\n\
         <title>Press office</title><link>http://127.0.0.1/</link>\
         <description>Statements</description><language>en</language>\n",
    );
    for i in items {
        out.push_str(&format!(
            "<item><title>{}</title><link>{}</link><guid isPermaLink=\"false\">{}</guid>\
             <pubDate>{}</pubDate><description>{}</description>",
            escape(&i.title),
            escape(&i.link),
            escape(&i.guid),
            i.date,
            escape(&i.summary)
        ));
        if let Some(text) = &i.full_text {
            out.push_str(&format!(
                "<content:encoded>{}</content:encoded>",
                escape(text)
            ));
        }
        out.push_str("</item>\n");
    }
    out.push_str("</channel>\n</rss>\n");
    out
}

pub fn atom(items: &[Item]) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">\n\
         <title>Chancellery news</title><id>urn:test:chancellery</id><updated>2025-03-05T09:00:00Z</updated>\n",
    );
    for i in items {
        out.push_str(&format!(
            "<entry><title>{}</title><id>{}</id><link rel=\"alternate\" href=\"{}\"/>\
             <published>{}</published><updated>{}</updated><summary>{}</summary>",
            escape(&i.title),
            escape(&i.guid),
            escape(&i.link),
            i.date,
            i.date,
            escape(&i.summary)
        ));
        if let Some(text) = &i.full_text {
            out.push_str(&format!(
                "<content type=\"html\">{}</content>",
                escape(text)
            ));
        }
        out.push_str("</entry>\n");
    }
    out.push_str("</feed>\n");
    out
}

/// The Azerbaijani side's report of an (invented) call with the German chancellor, in HTML.
pub fn aliyev_scholz_baku() -> String {
    "<p>On 4 March 2025, President of the Republic of Azerbaijan Ilham Aliyev held a telephone \
     conversation with Federal Chancellor of Germany Olaf Scholz.</p>\
     <p>The two leaders went over the schedule of the intergovernmental energy commission and \
     agreed that their ministers would meet before the summer. They also talked about rail \
     links across the Caspian region and about student exchanges between their universities.</p>"
        .to_string()
}

/// The German side's report of the same call, a day later, in plain words.
pub fn aliyev_scholz_berlin() -> String {
    "<p>Federal Chancellor Olaf Scholz spoke by telephone with President Ilham Aliyev of \
     Azerbaijan on 4 March 2025.</p><p>According to the chancellery, the conversation covered \
     the energy commission, the rail corridor and academic cooperation; both sides wished to \
     keep in close touch over the coming months, the spokesperson added.</p>"
        .to_string()
}

/// A call nobody watching Aliyev cares about.
pub fn pashinyan_macron() -> String {
    "<p>Prime Minister Nikol Pashinyan had a telephone conversation with President Emmanuel \
     Macron of France on 4 March 2025.</p><p>They reviewed cultural cooperation, the next \
     meeting of their economic council and a planned visit of French students to Yerevan, \
     and agreed to stay in contact.</p>"
        .to_string()
}

/// A page whose article is the statement (for items that carry only a summary).
pub fn page(title: &str, body_html: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title>\
         </head><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>\
         <article><h1>{title}</h1>{body_html}</article>\
         <footer>Press office of a test ministry</footer></body></html>"
    )
}

pub fn item(server_base: &str, slug: &str, date: &str, full_text: Option<String>) -> Item {
    Item {
        guid: format!("tag:test,2025:{slug}"),
        title: format!("Telephone conversation ({slug})"),
        link: format!("{server_base}/news/{slug}"),
        date: date.to_string(),
        summary: "A telephone conversation took place.".to_string(),
        full_text,
    }
}

/// Poller settings for tests: short timeouts, small caps, frequent polls.
pub fn fast_poller(settings: &mut readout::settings::Settings) {
    let p = &mut settings.poller;
    p.connect_timeout_seconds = 2.0;
    p.timeout_seconds = 2.0;
    p.tick_seconds = 0.2;
    p.default_poll_minutes = 0.005;
    p.max_feed_bytes = 1_000_000;
    p.max_redirects = 3;
}

pub fn feed(url: String, name: &str) -> readout::settings::FeedSettings {
    readout::settings::FeedSettings {
        url,
        name: name.to_string(),
        language: Some("en".to_string()),
        poll_minutes: None,
    }
}

//! Feeds against loopback servers the tests start: RSS and Atom, pages fetched for summary-only
//! items, feeds that change, bad XML, slow servers, huge bodies, redirect loops, 304s, and
//! `readout feeds poll` run as a user runs it.

#[path = "support/feed_server.rs"]
mod feed_server;
#[path = "support/feeds.rs"]
mod fixtures;

use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use feed_server::{FeedServer, Route};
use fixtures::{Item, atom, fast_poller, feed, item, rss};
use readout::answers::{Engine, WhoCalledRequest};
use readout::settings::{FeedSettings, Settings};
use readout::sources::feeds::{FeedReport, Poller, RoundReport};
use readout::store::Store;

struct Setup {
    engine: Arc<Engine>,
    store: Arc<Store>,
    poller: Poller,
    _dir: tempfile::TempDir,
}

fn setup(feeds: Vec<FeedSettings>, adjust: impl FnOnce(&mut Settings)) -> Setup {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut settings = Settings::defaults();
    settings.index.path = dir.path().join("index");
    settings.people.path = Path::new(env!("CARGO_MANIFEST_DIR")).join("config/people.toml");
    settings.feeds = feeds;
    settings.sources.dirs = Vec::new();
    fast_poller(&mut settings);
    adjust(&mut settings);
    let engine = Arc::new(Engine::open(settings.clone()).expect("engine"));
    let store = Arc::new(Store::in_memory().expect("store"));
    let poller = Poller::new(engine.clone(), store.clone(), Arc::new(settings)).expect("poller");
    Setup {
        engine,
        store,
        poller,
        _dir: dir,
    }
}

fn line<'a>(report: &'a RoundReport, name: &str) -> &'a FeedReport {
    report
        .feeds
        .iter()
        .find(|f| f.name == name)
        .unwrap_or_else(|| panic!("no report for {name}: {report:?}"))
}

fn aliyev_calls(engine: &Engine) -> usize {
    engine
        .who_called(&WhoCalledRequest {
            person: "Aliyev".into(),
            ..Default::default()
        })
        .expect("who-called")
        .calls
        .len()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rss_and_atom_items_are_ingested_and_a_repeat_poll_adds_nothing() {
    let server = FeedServer::start().await;
    let base = server.base.clone();
    server.xml(
        "/rss",
        rss(&[item(
            &base,
            "baku-1",
            "Tue, 04 Mar 2025 18:00:00 +0000",
            Some(fixtures::aliyev_scholz_baku()),
        )]),
    );
    server.xml(
        "/atom",
        atom(&[item(
            &base,
            "yerevan-1",
            "2025-03-04T19:00:00Z",
            Some(fixtures::pashinyan_macron()),
        )]),
    );
    let s = setup(
        vec![
            feed(server.url("/rss"), "rss"),
            feed(server.url("/atom"), "atom"),
        ],
        |_| {},
    );
    let first = s.poller.round(false).await.expect("round");
    for name in ["rss", "atom"] {
        let l = line(&first, name);
        assert!(l.ok, "{l:?}");
        assert_eq!(
            (l.items_new, l.statements_added, l.calls_found),
            (1, 1, 1),
            "{l:?}"
        );
    }
    assert_eq!(first.new.len(), 2);
    assert_eq!(aliyev_calls(&s.engine), 1);
    assert!(
        server.seen("/news/baku-1").is_empty(),
        "a full-text item needs no page"
    );
    let ua = &server.seen("/rss")[0].headers["user-agent"];
    assert!(ua.starts_with("Readout/"), "{ua}");

    let second = s.poller.round(false).await.expect("round");
    for name in ["rss", "atom"] {
        let l = line(&second, name);
        assert_eq!(
            (l.items_new, l.items_seen, l.statements_added),
            (0, 1, 0),
            "{l:?}"
        );
    }
    assert!(second.new.is_empty());
    assert_eq!(s.engine.stats().expect("stats").statements, 2);

    // A rebuild from the source folders keeps what the feeds brought (kept as files).
    let engine = s.engine.clone();
    let rebuilt = tokio::task::spawn_blocking(move || engine.reindex(&|_| {}))
        .await
        .expect("task")
        .expect("reindex");
    assert_eq!(rebuilt.statements_total, 2, "{rebuilt:?}");
    assert_eq!(aliyev_calls(&s.engine), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_summary_only_item_is_read_from_its_page() {
    let server = FeedServer::start().await;
    let base = server.base.clone();
    server.xml(
        "/rss",
        rss(&[item(
            &base,
            "baku-2",
            "Tue, 04 Mar 2025 18:00:00 +0000",
            None,
        )]),
    );
    server.html(
        "/news/baku-2",
        fixtures::page("Telephone conversation", &fixtures::aliyev_scholz_baku()),
    );
    let s = setup(vec![feed(server.url("/rss"), "rss")], |_| {});
    let report = s.poller.round(false).await.expect("round");
    let l = line(&report, "rss");
    assert_eq!((l.statements_added, l.calls_found), (1, 1), "{l:?}");
    assert_eq!(server.seen("/news/baku-2").len(), 1, "the page was fetched");
    let statement = &report.new[0].statement;
    assert!(
        statement.body.contains("energy commission"),
        "{}",
        statement.body
    );
    assert!(
        !statement.body.contains("Press office of a test ministry"),
        "footer kept"
    );
    assert_eq!(
        statement.url.as_deref(),
        Some(server.url("/news/baku-2").as_str())
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_item_whose_page_is_gone_keeps_its_summary() {
    let server = FeedServer::start().await;
    let base = server.base.clone();
    // The page is never served (404): the item's own summary is kept, not dropped.
    server.xml(
        "/rss",
        rss(&[item(
            &base,
            "gone-1",
            "Tue, 04 Mar 2025 18:00:00 +0000",
            None,
        )]),
    );
    let s = setup(vec![feed(server.url("/rss"), "rss")], |_| {});
    let report = s.poller.round(false).await.expect("round");
    let l = line(&report, "rss");
    assert_eq!((l.statements_added, l.items_failed), (1, 0), "{l:?}");
    assert_eq!(server.seen("/news/gone-1").len(), 1, "the page was tried");
    assert!(
        report.new[0]
            .statement
            .body
            .contains("A telephone conversation took place"),
        "{}",
        report.new[0].statement.body
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_feed_that_changes_between_polls_brings_only_its_new_items() {
    let server = FeedServer::start().await;
    let base = server.base.clone();
    let baku = item(
        &base,
        "baku-3",
        "Tue, 04 Mar 2025 18:00:00 +0000",
        Some(fixtures::aliyev_scholz_baku()),
    );
    server.xml("/rss", rss(std::slice::from_ref(&baku)));
    let s = setup(vec![feed(server.url("/rss"), "rss")], |_| {});
    assert_eq!(
        line(&s.poller.round(false).await.expect("round"), "rss").statements_added,
        1
    );

    let yerevan = item(
        &base,
        "yerevan-3",
        "Wed, 05 Mar 2025 08:00:00 +0000",
        Some(fixtures::pashinyan_macron()),
    );
    server.xml("/rss", rss(&[yerevan, baku]));
    let report = s.poller.round(false).await.expect("round");
    let l = line(&report, "rss");
    assert_eq!(
        (l.items_new, l.items_seen, l.statements_added),
        (1, 1, 1),
        "{l:?}"
    );
    assert_eq!(report.new.len(), 1);
    assert!(
        report.new[0].calls[0]
            .participants
            .iter()
            .any(|p| p == "Nikol Pashinyan")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_xml_slow_huge_and_looping_feeds_fail_alone() {
    let server = FeedServer::start().await;
    let base = server.base.clone();
    server.xml(
        "/broken",
        "<rss version=\"2.0\"><channel><item><title>half an ite",
    );
    server.route("/slow", Route::Stall);
    server.route("/huge", Route::Huge(20 * 1024 * 1024));
    server.route("/loop", Route::Redirect("/loop".into()));
    server.xml(
        "/good",
        rss(&[item(
            &base,
            "baku-4",
            "Tue, 04 Mar 2025 18:00:00 +0000",
            Some(fixtures::aliyev_scholz_baku()),
        )]),
    );
    let s = setup(
        vec![
            feed(server.url("/broken"), "broken"),
            feed(server.url("/slow"), "slow"),
            feed(server.url("/huge"), "huge"),
            feed(server.url("/loop"), "loop"),
            feed(server.url("/good"), "good"),
        ],
        |settings| {
            settings.poller.timeout_seconds = 0.4;
            settings.poller.default_poll_minutes = 1.0;
        },
    );
    let started = Instant::now();
    let report = s.poller.round(false).await.expect("round");
    let expected = [
        ("broken", "not a feed"),
        ("slow", "timed out"),
        ("huge", "1000000-byte limit"),
        ("loop", "too many redirects"),
    ];
    for (name, error) in expected {
        let l = line(&report, name);
        assert!(!l.ok && l.status.contains(error), "{name}: {l:?}");
        let state = s
            .store
            .feed_state(&server.url(&format!("/{name}")))
            .expect("state");
        assert_eq!(state.failures, 1, "{name}");
        assert!(
            state.next_attempt > chrono::Utc::now().timestamp(),
            "{name} backs off"
        );
    }
    assert_eq!(
        server.seen("/loop").len(),
        4,
        "the first request and 3 redirects"
    );
    let good = line(&report, "good");
    assert!(good.ok && good.statements_added == 1, "{good:?}");
    // The stalled server answers after a minute; the poll gave up long before.
    assert!(started.elapsed().as_secs() < 30, "{:?}", started.elapsed());

    // A failing feed waits: a round of due feeds skips it, and the failure count grows only
    // when it is polled again.
    let due = s.poller.round(true).await.expect("round");
    assert!(
        due.feeds.iter().all(|f| f.name == "good"),
        "{:?}",
        due.feeds
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unchanged_feed_answers_304_to_its_etag() {
    let server = FeedServer::start().await;
    let base = server.base.clone();
    server.route(
        "/rss",
        Route::Body {
            content_type: "application/rss+xml",
            body: rss(&[item(
                &base,
                "baku-5",
                "Tue, 04 Mar 2025 18:00:00 +0000",
                Some(fixtures::aliyev_scholz_baku()),
            )]),
            etag: Some("\"rev-7\"".into()),
        },
    );
    let s = setup(vec![feed(server.url("/rss"), "rss")], |_| {});
    assert_eq!(
        line(&s.poller.round(false).await.expect("round"), "rss").status,
        "200"
    );
    let second = s.poller.round(false).await.expect("round");
    let l = line(&second, "rss");
    assert!(l.ok, "{l:?}");
    assert_eq!(l.status, "304");
    let requests = server.seen("/rss");
    assert_eq!(requests.len(), 2);
    assert!(!requests[0].headers.contains_key("if-none-match"));
    assert_eq!(requests[1].headers["if-none-match"], "\"rev-7\"");
}

/// The CLI as cron runs it: the first poll ingests the feed's items, the second adds nothing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn feeds_poll_from_the_command_line_twice() {
    let server = FeedServer::start().await;
    let base = server.base.clone();
    let items: Vec<Item> = vec![
        item(
            &base,
            "baku-6",
            "Tue, 04 Mar 2025 18:00:00 +0000",
            Some(fixtures::aliyev_scholz_baku()),
        ),
        item(
            &base,
            "yerevan-6",
            "Tue, 04 Mar 2025 19:00:00 +0000",
            Some(fixtures::pashinyan_macron()),
        ),
    ];
    server.xml("/rss", rss(&items));
    let dir = tempfile::tempdir().expect("tempdir");
    let config = dir.path().join("feeds.toml");
    std::fs::write(
        &config,
        format!(
            "[poller]\ntimeout_seconds = 5\n\n[[feeds]]\nurl = \"{}\"\nname = \"loopback\"\nlanguage = \"en\"\n",
            server.url("/rss")
        ),
    )
    .expect("write settings");
    let index = dir.path().join("index");
    let run = move |args: &'static [&'static str]| {
        let config = config.clone();
        let index = index.clone();
        tokio::task::spawn_blocking(move || {
            assert_cmd::Command::cargo_bin("readout")
                .expect("binary")
                .env_remove("RUST_LOG")
                .arg("--config")
                .arg(&config)
                .arg("--index")
                .arg(&index)
                .args(args)
                .output()
                .expect("runs")
        })
    };
    let json = |out: &std::process::Output| -> serde_json::Value {
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
            panic!(
                "not JSON ({e}): {} / {}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            )
        })
    };
    let first = run(&["feeds", "poll", "--json"]).await.expect("task");
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let first = json(&first);
    assert_eq!(first["feeds"][0]["statements_added"], 2, "{first}");
    assert_eq!(first["new_statements"], 2);
    let second = json(&run(&["feeds", "poll", "--json"]).await.expect("task"));
    assert_eq!(second["feeds"][0]["items_new"], 0, "{second}");
    assert_eq!(second["feeds"][0]["statements_added"], 0, "{second}");
    let stats = json(&run(&["stats", "--json"]).await.expect("task"));
    assert_eq!(stats["statements"], 2);
}

/// An item whose page timed out is fetched again next poll, even from a feed that would answer
/// 304: the feed's ETag is only kept once every item was dealt with.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_item_whose_page_failed_is_tried_again() {
    let server = FeedServer::start().await;
    let base = server.base.clone();
    server.route(
        "/rss",
        Route::Body {
            content_type: "application/rss+xml",
            body: rss(&[item(
                &base,
                "baku-9",
                "Tue, 04 Mar 2025 18:00:00 +0000",
                None,
            )]),
            etag: Some("\"rev-1\"".into()),
        },
    );
    server.route("/news/baku-9", Route::Stall);
    let s = setup(vec![feed(server.url("/rss"), "rss")], |settings| {
        settings.poller.timeout_seconds = 0.3;
    });
    let first = s.poller.round(false).await.expect("round");
    let l = line(&first, "rss");
    assert!(l.ok, "the feed itself was fine: {l:?}");
    assert_eq!((l.items_failed, l.statements_added), (1, 0), "{l:?}");

    server.html(
        "/news/baku-9",
        fixtures::page("Telephone conversation", &fixtures::aliyev_scholz_baku()),
    );
    let second = s.poller.round(false).await.expect("round");
    let l = line(&second, "rss");
    assert_eq!(l.status, "200", "no 304 while an item is pending: {l:?}");
    assert_eq!((l.items_new, l.statements_added), (1, 1), "{l:?}");
}

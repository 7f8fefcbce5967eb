//! The Discord adapter end to end: the real serenity/poise client, the real engine (index in a
//! temporary directory, seed statements ingested), and a fake Discord on 127.0.0.1.

mod support;

use std::sync::Arc;

use readout::answers::Engine;
use readout::discord::build_client;
use readout::settings::Settings;
use serde_json::{Value, json};
use support::bot::*;
use support::fake_discord::{BOT_USER_ID, CHANNEL_ID, FakeDiscord, WAIT};
use support::feed_server::FeedServer;
use support::feeds::{atom, fast_poller, feed, item, rss};

fn command_named<'a>(commands: &'a Value, name: &str) -> &'a Value {
    commands
        .as_array()
        .and_then(|all| all.iter().find(|c| c["name"] == name))
        .unwrap_or_else(|| panic!("command /{name} was not registered: {commands}"))
}

fn option_named<'a>(command: &'a Value, name: &str) -> &'a Value {
    command["options"]
        .as_array()
        .and_then(|all| all.iter().find(|o| o["name"] == name))
        .unwrap_or_else(|| panic!("option {name} missing: {command}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn registers_every_command_with_options_and_permissions() {
    let bot = start_bot(|_, _| {}, |_| {}).await;
    let commands = &bot.registered.body;
    let mut names: Vec<&str> = commands
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|c| c["name"].as_str())
        .collect();
    names.sort_unstable();
    assert_eq!(
        names,
        [
            "feeds",
            "help",
            "ingest",
            "recent",
            "reindex",
            "remove",
            "source",
            "stats",
            "topic",
            "unwatch",
            "watch",
            "watches",
            "who-called"
        ]
    );

    let who = command_named(commands, "who-called");
    assert_eq!(option_named(who, "person")["required"], true);
    assert_eq!(option_named(who, "person")["autocomplete"], true);
    assert_eq!(option_named(who, "with")["autocomplete"], true);
    assert_ne!(option_named(who, "since")["autocomplete"], true);
    assert_eq!(
        option_named(command_named(commands, "topic"), "query")["required"],
        true
    );
    assert_eq!(
        option_named(command_named(commands, "ingest"), "file")["type"],
        11,
        "an attachment option"
    );
    for admin in ["reindex", "ingest", "remove", "stats"] {
        assert_eq!(
            command_named(commands, admin)["default_member_permissions"],
            "32",
            "/{admin} needs Manage Server"
        );
    }
    for open in ["who-called", "topic", "recent", "source", "help"] {
        assert!(
            command_named(commands, open)["default_member_permissions"].is_null(),
            "/{open} is for everyone"
        );
    }
    // Discord refuses the whole registration if any description is empty or over 100 characters.
    let options = commands
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|c| c["options"].as_array().cloned().unwrap_or_default());
    let described = commands
        .as_array()
        .cloned()
        .unwrap_or_default()
        .into_iter()
        .chain(options);
    for item in described {
        let description = item["description"].as_str().unwrap_or("");
        assert!(
            (1..=100).contains(&description.chars().count()),
            "bad description: {item}"
        );
    }

    let help = bot.command(&member(1), "help", json!([])).await;
    assert!(help.is_private());
    for name in [
        "/who-called",
        "/topic",
        "/recent",
        "/source",
        "/reindex",
        "/ingest",
        "/stats",
    ] {
        assert!(
            help.text().contains(name),
            "/help does not list {name}: {}",
            help.text()
        );
    }
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn who_called_names_the_caller_date_and_source() {
    let bot = start_bot(|_, _| {}, |_| {}).await;
    let who = bot
        .command(
            &member(1),
            "who-called",
            json!([option("person", "Aliyev")]),
        )
        .await;
    assert!(!who.is_private());
    who.assert_pings_nobody();
    let first = who
        .embeds()
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("no embed in {}", who.message));
    assert!(
        first["title"]
            .as_str()
            .is_some_and(|t| t.starts_with("Antony Blinken called")),
        "{first}"
    );
    let shown = who.shown();
    assert!(shown.contains("Date: 2024-06-20"), "no call date: {shown}");
    assert!(shown.contains(SEED_FILE), "no source: {shown}");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn topic_finds_the_seed_with_highlights() {
    let bot = start_bot(|_, _| {}, |_| {}).await;
    let topic = bot
        .command(&member(2), "topic", json!([option("query", "COP29")]))
        .await;
    assert!(!topic.is_private());
    topic.assert_pings_nobody();
    assert!(
        !topic.embeds().is_empty(),
        "no hit for COP29: {}",
        topic.message
    );
    assert!(
        topic.shown().contains(SEED_FILE),
        "the seed is not the hit: {}",
        topic.text()
    );
    assert!(
        topic.text().contains("**COP29**"),
        "the match is not highlighted: {}",
        topic.text()
    );

    // The footer names the id that /source takes.
    let id = footer_id(&topic.embeds()[0]);
    let source = bot
        .command(&member(2), "source", json!([option("id", id)]))
        .await;
    source.assert_pings_nobody();
    let shown = source.shown();
    assert!(
        shown.contains("Groupe de Minsk"),
        "not the whole statement: {shown}"
    );
    assert!(shown.contains("Calls reported"), "{shown}");
    assert!(shown.contains("part 1/1"), "{shown}");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn autocomplete_offers_people_by_any_alias() {
    let bot = start_bot(|_, _| {}, |_| {}).await;
    for typed in ["ali", "али"] {
        let options = json!([{"name": "person", "type": 3, "value": typed, "focused": true}]);
        let sent = bot
            .fake
            .autocomplete(&member(3), "who-called", options)
            .await;
        let choices = bot.answer(&sent).await;
        assert_eq!(choices.kind, 8, "an autocomplete answer");
        let names: Vec<&str> = choices.message["choices"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|c| c["name"].as_str())
            .collect();
        assert!(
            names.contains(&"Ilham Aliyev"),
            "typing {typed:?} offered {names:?}"
        );
    }
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn next_button_turns_the_page() {
    let statements: Vec<(&str, String)> = (1..=7)
        .map(|i| ("pipeline.txt", format!("date 2023-03-{i:02}\n\nThe ministers reviewed the Trans-Kaspi pipeline, stage {i}.")))
        .collect();
    let bot = start_bot(|_, _| {}, move |engine| ingest(engine, &statements)).await;

    let first = bot
        .command(&member(1), "topic", json!([option("query", "pipeline")]))
        .await;
    // The seven statements that have the word, and any that name the topic in other words
    // (cross-language concepts: the seed speaks of energy) ranked after them.
    let found: usize = first
        .text()
        .split(" found")
        .next()
        .and_then(|head| head.rsplit(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("a count: {}", first.text()));
    assert!((7..=10).contains(&found), "{}", first.text());
    assert!(first.text().contains("page 1/2"), "{}", first.text());
    assert_eq!(first.embeds().len(), 5);
    let buttons = first.button_ids();
    assert_eq!(buttons.len(), 2, "Prev and Next: {}", first.message);

    let click = bot.fake.click(&member(1), &buttons[1]).await;
    let second = bot.answer(&click).await;
    assert_eq!(second.kind, 7, "a click updates the message in place");
    assert!(second.text().contains("page 2/2"), "{}", second.text());
    assert_eq!(second.embeds().len(), found - 5);
    second.assert_pings_nobody();
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn page_buttons_answer_only_their_asker_on_their_message() {
    let statements = seven_pipeline_statements();
    let bot = start_bot(|_, _| {}, move |engine| ingest(engine, &statements)).await;
    let (asked, buttons) = bot.paged_topic(&member(1), "pipeline").await;
    assert!(
        buttons[1].len() > "readout:page:".len() + 30,
        "an unguessable key: {}",
        buttons[1]
    );

    let stranger = bot.fake.click_on(&member(2), &asked, &buttons[1]).await;
    let refused = bot.answer(&stranger).await;
    assert_eq!(refused.kind, 4, "a new private message, not an update");
    assert!(refused.is_private());
    assert!(
        refused.text().contains("Only the person who asked"),
        "{}",
        refused.text()
    );

    let other_query = bot
        .fake
        .command(&member(1), "topic", json!([option("query", "ministers")]))
        .await;
    bot.answer(&other_query).await;
    let elsewhere = bot
        .fake
        .click_on(&member(1), &other_query, &buttons[1])
        .await;
    let refused = bot.answer(&elsewhere).await;
    assert!(refused.is_private() && refused.text().contains("Only the person who asked"));

    let forged = format!("readout:page:{}:1", "0".repeat(32));
    let expired = bot
        .answer(&bot.fake.click_on(&member(1), &asked, &forged).await)
        .await;
    assert!(expired.is_private());
    assert!(
        expired.text().contains("expired; please ask again"),
        "{}",
        expired.text()
    );

    let own = bot
        .answer(&bot.fake.click_on(&member(1), &asked, &buttons[1]).await)
        .await;
    assert_eq!(own.kind, 7);
    assert!(own.text().contains("page 2/2"), "{}", own.text());
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn page_clicks_count_against_the_cooldown() {
    let statements = seven_pipeline_statements();
    let bot = start_bot(
        |settings, _| settings.discord.cooldown_seconds = 600,
        move |engine| ingest(engine, &statements),
    )
    .await;
    let (asked, buttons) = bot.paged_topic(&member(1), "pipeline").await;
    let click = bot
        .answer(&bot.fake.click_on(&member(1), &asked, &buttons[1]).await)
        .await;
    assert!(click.is_private());
    assert!(click.text().contains("Please wait"), "{}", click.text());
    bot.stop().await;
}

/// The id in a result's footer (`id abc123 · ...`).
fn footer_id(embed: &Value) -> String {
    let footer = embed["footer"]["text"].as_str().unwrap_or("");
    footer
        .strip_prefix("id ")
        .and_then(|rest| rest.split_whitespace().next())
        .unwrap_or_else(|| panic!("no id in the footer {footer:?}"))
        .to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_long_statement_is_shown_whole_page_by_page() {
    let paragraphs: Vec<String> = (0..60)
        .map(|i| format!("Paragraph {i}: the delegations compared aquifer recharge data for the northern wells."))
        .collect();
    let body = paragraphs.join("\n\n");
    let text = format!("date 2023-09-14\n\n{body}");
    let bot = start_bot(
        |_, _| {},
        move |engine| ingest(engine, &[("aquifer.txt", text)]),
    )
    .await;

    let hit = bot
        .command(&member(1), "topic", json!([option("query", "aquifer")]))
        .await;
    let id = footer_id(&hit.embeds()[0]);
    let first = bot
        .command(&member(1), "source", json!([option("id", id)]))
        .await;
    let pages = first.shown();
    assert!(pages.contains("part 1/2"), "{pages}");
    assert!(pages.contains("Paragraph 0:"), "{pages}");
    let buttons = first.button_ids();
    assert_eq!(buttons.len(), 2, "Prev and Next: {}", first.message);

    let click = bot.fake.click(&member(1), &buttons[1]).await;
    let second = bot.answer(&click).await;
    assert_eq!(second.kind, 7);
    let shown = second.shown();
    assert!(shown.contains("part 2/2"), "{shown}");
    assert!(
        shown.contains("Paragraph 59:"),
        "the end of the statement is missing: {shown}"
    );
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn non_moderator_reindex_is_denied_and_changes_nothing() {
    // The source folder differs from what is indexed, so a reindex would be visible.
    let bot = start_bot(
        |settings, dir| {
            let other = dir.join("other-sources");
            std::fs::create_dir_all(&other).expect("create a source folder");
            for i in 1..=2 {
                let text =
                    format!("date 2022-01-0{i}\n\nA statement about water rights, number {i}.");
                std::fs::write(other.join(format!("water{i}.txt")), text)
                    .expect("write a statement");
            }
            settings.sources.dirs = vec![other];
        },
        |_| {},
    )
    .await;
    let before = bot.statements();

    let sent = bot.fake.command(&member(1), "reindex", json!([])).await;
    let denied = bot.answer(&sent).await;
    assert_eq!(denied.kind, 4);
    let calls_for_it = bot
        .fake
        .requests()
        .into_iter()
        .filter(|r| r.path.contains(&sent.token))
        .count();
    assert_eq!(
        calls_for_it, 1,
        "a denial is one private reply, nothing more"
    );
    assert!(
        denied.is_private(),
        "a denial is private: {}",
        denied.message
    );
    assert!(
        denied.text().contains("Only moderators"),
        "{}",
        denied.text()
    );
    denied.assert_pings_nobody();
    let stats = bot.command(&member(1), "stats", json!([])).await;
    assert!(
        stats.is_private() && stats.text().contains("Only moderators"),
        "{}",
        stats.text()
    );

    assert_eq!(
        bot.statements(),
        before,
        "the index changed after a denied reindex"
    );
    let seed = bot
        .command(&member(2), "topic", json!([option("query", "COP29")]))
        .await;
    assert!(
        seed.shown().contains(SEED_FILE),
        "the seed is gone: {}",
        seed.text()
    );
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn moderator_reindex_succeeds_while_queries_are_answered() {
    let bot = start_bot(
        |settings, dir| settings.sources.dirs = vec![big_source_folder(dir, 300)],
        |_| {},
    )
    .await;
    let reindex = bot.fake.command(&moderator(), "reindex", json!([])).await;
    let started = bot
        .fake
        .expect_request("POST", &reindex.callback_path(), WAIT)
        .await;
    assert_eq!(started.body["type"], 5, "a reindex is deferred at once");
    assert_eq!(started.body["data"]["flags"], 64, "and private");

    // Sent while the reindex runs: answered from the old data or the new, never refused.
    let queries = [
        bot.fake
            .command(&member(1), "topic", json!([option("query", "COP29")]))
            .await,
        bot.fake
            .command(&member(2), "topic", json!([option("query", "COP29")]))
            .await,
    ];
    for query in &queries {
        let answer = bot.answer(query).await;
        assert!(
            answer.shown().contains(SEED_FILE),
            "a query during the reindex was not answered: {}",
            answer.message
        );
    }
    let done = bot.final_edit(&reindex).await;
    let done = Answer {
        kind: 5,
        flags: 64,
        message: done,
    };
    assert!(done.text().contains("Reindex finished"), "{}", done.text());
    done.assert_pings_nobody();
    assert_eq!(bot.statements(), 301);

    let stats = bot.command(&moderator(), "stats", json!([])).await;
    assert!(stats.is_private());
    assert!(stats.text().contains("Statements: 301"), "{}", stats.text());
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn moderators_remove_a_statement_and_members_cannot() {
    let bot = start_bot(|_, _| {}, |_| {}).await;
    let found = bot
        .engine
        .topic(&readout::answers::TopicRequest {
            query: "COP29".into(),
            ..Default::default()
        })
        .expect("answered");
    let id = found.hits[0].source.id.clone();
    let before = bot.statements();

    let denied = bot
        .command(&member(1), "remove", json!([option("id", id.clone())]))
        .await;
    assert!(
        denied.is_private() && denied.text().contains("Only moderators"),
        "{}",
        denied.text()
    );
    assert_eq!(
        bot.statements(),
        before,
        "a denied removal changed the index"
    );

    let done = bot
        .command(&moderator(), "remove", json!([option("id", id.clone())]))
        .await;
    assert!(done.is_private());
    assert!(done.text().contains("Removed statement"), "{}", done.text());
    done.assert_pings_nobody();
    assert_eq!(bot.statements(), before - 1);
    let again = bot
        .command(&moderator(), "remove", json!([option("id", id)]))
        .await;
    assert!(
        again.text().contains("No statement has the id"),
        "{}",
        again.text()
    );
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn missing_token_is_a_clear_error() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let mut settings = Settings::defaults();
    settings.index.path = dir.path().join("index");
    settings.people.path = crate_root().join("config/people.toml");
    settings.discord.token = String::new();
    let engine = Engine::open(settings.clone()).expect("open the engine");
    let Err(error) = build_client(Arc::new(engine), Arc::new(settings)).await else {
        panic!("a client was built without a token");
    };
    let message = error.to_string();
    assert!(
        message.contains("READOUT__DISCORD__TOKEN") && message.contains("DISCORD_TOKEN"),
        "{message}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_ingested_jsonl_with_bad_lines_reports_every_one_and_survives_reindex() {
    let bot = start_bot(|_, _| {}, |_| {}).await;
    let lines = [
        r#"{"url": "https://mfa.test/1", "language": "en", "body": "Talks about desalination plants."}"#,
        r#"{"url": "https://mfa.test/2", "language": "en"}"#,
        r#"{not json"#,
        r#"{"url": "https://mfa.test/3", "language": "en", "body": "Talks about irrigation canals."}"#,
        r#"[1, 2]"#,
    ]
    .join("\n");
    let sent = bot
        .fake
        .command_with_attachment(
            &moderator(),
            "ingest",
            "file",
            "batch.jsonl",
            lines.as_bytes(),
        )
        .await;
    let report = bot.answer(&sent).await;
    let text = report.text();
    assert!(text.contains("Added: 2"), "{text}");
    assert!(text.contains("Skipped (3)"), "{text}");
    for line in ["line 2", "line 3", "line 5"] {
        assert!(text.contains(line), "{line} is not reported: {text}");
    }
    let before = bot.statements();
    let reindex = bot.fake.command(&moderator(), "reindex", json!([])).await;
    let done = bot.answer(&reindex).await;
    assert!(done.text().contains("Reindex finished"), "{}", done.text());
    assert!(
        !done.text().contains(crate_root().to_str().unwrap_or("/")),
        "server paths shown: {}",
        done.text()
    );
    assert_eq!(
        bot.statements(),
        before,
        "the ingested statements survive a reindex"
    );
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ingested_attachment_is_found_by_topic() {
    let bot = start_bot(
        |settings, _| settings.discord.max_attachment_bytes = 1000,
        |_| {},
    )
    .await;
    let text =
        "date 2024-02-11\n\nThe two ministers discussed desalination plants on the Zanzibar coast.";
    let sent = bot
        .fake
        .command_with_attachment(
            &moderator(),
            "ingest",
            "file",
            "zanzibar.txt",
            text.as_bytes(),
        )
        .await;
    let report = bot.answer(&sent).await;
    assert!(report.is_private());
    assert!(
        report.text().contains("Ingest finished"),
        "{}",
        report.text()
    );
    assert!(report.text().contains("Added: 1"), "{}", report.text());

    let found = bot
        .command(
            &member(1),
            "topic",
            json!([option("query", "desalination")]),
        )
        .await;
    assert!(
        found.shown().contains("zanzibar.txt"),
        "the ingested file was not found: {}",
        found.text()
    );

    let before = bot.statements();
    let big = format!(
        "date 2024-02-12\n\n{}",
        "Desalination capacity was discussed. ".repeat(40)
    );
    let sent = bot
        .fake
        .command_with_attachment(&moderator(), "ingest", "file", "big.txt", big.as_bytes())
        .await;
    let refused = bot.answer(&sent).await;
    assert!(refused.is_private());
    assert!(
        refused.text().contains("the limit is 1000 bytes"),
        "{}",
        refused.text()
    );
    assert_eq!(bot.statements(), before, "an oversized file was ingested");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mentions_never_ping_and_long_queries_are_refused() {
    let hostile = format!(
        "date 2024-03-05\n\nThe quokka conservation call. @everyone @here <@&{MODERATOR_ROLE}> <@{}> **bold** [link](https://example.org)",
        member(9).id
    );
    let bot = start_bot(
        |_, _| {},
        move |engine| ingest(engine, &[("quokka.txt", hostile)]),
    )
    .await;

    let answer = bot
        .command(
            &member(1),
            "topic",
            json!([option("query", "quokka @everyone")]),
        )
        .await;
    answer.assert_pings_nobody();
    let text = answer.text();
    assert!(text.contains("quokka"), "{text}");
    assert!(
        !text.replace("\\@", "").contains('@'),
        "an unescaped mention reached Discord: {text}"
    );
    assert!(
        !text.replace("\\<", "").contains('<'),
        "an unescaped role mention reached Discord: {text}"
    );

    let long = bot
        .command(
            &member(2),
            "topic",
            json!([option("query", "a".repeat(6000))]),
        )
        .await;
    assert_eq!(long.kind, 4);
    assert!(
        long.is_private(),
        "bad input is answered privately: {}",
        long.message
    );
    assert!(
        long.text().contains("6000") && long.text().contains("shorten"),
        "{}",
        long.text()
    );
    long.assert_pings_nobody();

    let bad_date = bot
        .command(
            &member(3),
            "topic",
            json!([option("query", "quokka"), option("since", "June")]),
        )
        .await;
    assert!(
        bad_date.is_private() && bad_date.shown().contains("YYYY-MM-DD"),
        "{}",
        bad_date.text()
    );
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn next_command_is_answered_after_a_gateway_disconnect() {
    let bot = start_bot(|_, _| {}, |_| {}).await;
    let first = bot
        .command(&member(1), "topic", json!([option("query", "COP29")]))
        .await;
    assert!(!first.embeds().is_empty(), "{}", first.message);

    let sessions = bot.fake.sessions();
    bot.fake.drop_gateway();
    bot.fake.wait_for_sessions(sessions + 1, WAIT).await;

    let after = bot
        .command(&member(1), "topic", json!([option("query", "COP29")]))
        .await;
    assert!(!after.embeds().is_empty(), "{}", after.message);
    let recent = bot.command(&member(2), "recent", json!([])).await;
    assert!(!recent.is_private(), "{}", recent.message);
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cooldown_refuses_a_quick_second_query() {
    let bot = start_bot(
        |settings, _| settings.discord.cooldown_seconds = 600,
        |_| {},
    )
    .await;
    let first = bot.command(&member(1), "recent", json!([])).await;
    assert!(!first.is_private());
    let second = bot.command(&member(1), "recent", json!([])).await;
    assert!(
        second.is_private() && second.text().contains("Please wait"),
        "{}",
        second.text()
    );
    let other = bot.command(&member(2), "recent", json!([])).await;
    assert!(
        !other.is_private(),
        "another user is not slowed down: {}",
        other.text()
    );
    bot.stop().await;
}

fn subcommand(name: &str, options: Value) -> Value {
    json!([{"type": 1, "name": name, "options": options}])
}

/// Two feeds report the same new call of Aliyev's (each from its side, a day apart) and an
/// unrelated call: the watching channel gets one post, edited to add the second source, and
/// nothing for the other call.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_watch_posts_one_message_per_call_whatever_the_number_of_sources() {
    let server = FeedServer::start().await;
    let base = server.base.clone();
    server.xml("/baku.rss", rss(&[]));
    server.xml("/berlin.atom", atom(&[]));
    let feeds = vec![
        feed(server.url("/baku.rss"), "baku"),
        feed(server.url("/berlin.atom"), "berlin"),
    ];
    let bot = start_bot(
        move |settings, _| {
            fast_poller(settings);
            settings.feeds = feeds;
        },
        |_| {},
    )
    .await;
    let answer = bot
        .command(
            &moderator(),
            "watch",
            subcommand("person", json!([option("name", "Aliyev")])),
        )
        .await;
    assert!(answer.is_private());
    assert!(
        answer.shown().contains("Ilham Aliyev"),
        "{}",
        answer.shown()
    );
    let before = bot.statements();

    server.xml(
        "/baku.rss",
        rss(&[item(
            &base,
            "baku-8",
            "Tue, 04 Mar 2025 18:00:00 +0000",
            Some(support::feeds::aliyev_scholz_baku()),
        )]),
    );
    server.xml(
        "/berlin.atom",
        atom(&[
            item(
                &base,
                "berlin-8",
                "2025-03-05T09:00:00Z",
                Some(support::feeds::aliyev_scholz_berlin()),
            ),
            item(
                &base,
                "yerevan-8",
                "2025-03-05T10:00:00Z",
                Some(support::feeds::pashinyan_macron()),
            ),
        ]),
    );

    let messages = format!("/api/v10/channels/{CHANNEL_ID}/messages");
    let posted = bot.fake.expect_request("POST", &messages, WAIT).await;
    let edited = bot.fake.expect_request("PATCH", &messages, WAIT).await;
    for message in [&posted.body, &edited.body] {
        assert_eq!(
            message["allowed_mentions"],
            json!({"parse": [], "users": [], "roles": []}),
            "a watch post must ping nobody: {message}"
        );
        let embed = &message["embeds"][0];
        assert!(
            embed["title"]
                .as_str()
                .is_some_and(|t| t.contains("Ilham Aliyev") && t.contains("Olaf Scholz")),
            "{embed}"
        );
    }
    let sources = |message: &Value| {
        message["embeds"][0]["fields"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|f| f["name"] == "Source" || f["name"] == "Sources")
            .and_then(|f| f["value"].as_str())
            .map(|v| v.lines().count())
    };
    assert_eq!(sources(&posted.body), Some(1), "{}", posted.body);
    assert_eq!(sources(&edited.body), Some(2), "{}", edited.body);

    // Every statement landed (both sides and the unrelated call); still one post.
    let deadline = tokio::time::Instant::now() + WAIT;
    while bot.statements() < before + 3 {
        assert!(
            tokio::time::Instant::now() < deadline,
            "the feeds were not all ingested"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    tokio::time::sleep(std::time::Duration::from_millis(800)).await;
    let posts = bot
        .fake
        .requests()
        .iter()
        .filter(|r| r.path.starts_with(&messages) && r.method == "POST")
        .count();
    assert_eq!(
        posts, 1,
        "one post for the call, none for the unrelated one"
    );
    bot.stop().await;
}

/// Watches are kept in the store beside the index: a restart finds them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn watches_survive_a_restart_and_members_cannot_add_them() {
    let shared = tempfile::tempdir().expect("tempdir");
    let index = shared.path().join("index");
    let at = index.clone();
    let bot = start_bot(move |settings, _| settings.index.path = at, |_| {}).await;
    for (kind, options) in [
        ("person", json!([option("name", "Алиев")])),
        ("topic", json!([option("text", "COP29")])),
    ] {
        let answer = bot
            .command(&moderator(), "watch", subcommand(kind, options))
            .await;
        assert!(
            answer.shown().contains("will be told"),
            "{}",
            answer.shown()
        );
    }
    let denied = bot
        .command(&member(3), "watch", subcommand("all", json!([])))
        .await;
    assert!(denied.is_private());
    assert!(
        denied.shown().contains("Only moderators"),
        "{}",
        denied.shown()
    );
    bot.stop().await;

    let at = index.clone();
    let bot = start_bot(move |settings, _| settings.index.path = at, |_| {}).await;
    let listed = bot.command(&member(4), "watches", json!([])).await;
    let shown = listed.shown();
    assert!(shown.contains("calls of **Ilham Aliyev**"), "{shown}");
    assert!(shown.contains("COP29"), "{shown}");
    assert!(!shown.contains("every call"), "{shown}");
    let removed = bot
        .command(
            &moderator(),
            "unwatch",
            subcommand("topic", json!([option("text", "COP29")])),
        )
        .await;
    assert!(
        removed.shown().contains("no longer watches"),
        "{}",
        removed.shown()
    );
    bot.stop().await;
}

/// Moderators manage feeds; the list is kept in the store; members are refused.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn moderators_add_list_and_remove_feeds() {
    let bot = start_bot(|_, _| {}, |_| {}).await;
    let added = bot
        .command(
            &moderator(),
            "feeds",
            subcommand(
                "add",
                json!([
                    option("url", "http://127.0.0.1:9/press.rss"),
                    option("name", "Test ministry"),
                    option("language", "fr"),
                ]),
            ),
        )
        .await;
    assert!(added.is_private());
    assert!(added.shown().contains("Added"), "{}", added.shown());
    let refused = bot
        .command(
            &member(5),
            "feeds",
            subcommand("remove", json!([option("feed", "Test ministry")])),
        )
        .await;
    assert!(
        refused.shown().contains("Only moderators"),
        "{}",
        refused.shown()
    );
    let listed = bot
        .command(&moderator(), "feeds", subcommand("list", json!([])))
        .await;
    assert!(
        listed.shown().contains("Test ministry"),
        "{}",
        listed.shown()
    );
    let removed = bot
        .command(
            &moderator(),
            "feeds",
            subcommand("remove", json!([option("feed", "Test ministry")])),
        )
        .await;
    assert!(
        removed.shown().contains("no longer polled"),
        "{}",
        removed.shown()
    );
    let listed = bot
        .command(&moderator(), "feeds", subcommand("list", json!([])))
        .await;
    assert!(
        listed.shown().contains("No feeds yet"),
        "{}",
        listed.shown()
    );
    bot.stop().await;
}

/// The bot's reply to a message: the next message it posts in the channel, which must answer
/// `message_id` and ping nobody.
async fn reply_to(bot: &Bot, message_id: u64) -> Answer {
    let posted = bot
        .fake
        .expect_request(
            "POST",
            &format!("/api/v10/channels/{CHANNEL_ID}/messages"),
            WAIT,
        )
        .await;
    assert_eq!(
        posted.body["message_reference"]["message_id"],
        json!(message_id.to_string()),
        "the answer must reply to the question: {}",
        posted.body
    );
    Answer {
        kind: 0,
        flags: 0,
        message: posted.body,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mention_or_a_dm_with_a_question_gets_a_reply_with_the_right_calls() {
    let bot = start_bot(|_, _| {}, |_| {}).await;
    // Not addressed to the bot: ignored (the next post answers the mention below).
    bot.fake
        .message(&member(20), "who called Aliyev in 2024?", true)
        .await;
    let asked = bot
        .fake
        .message(
            &member(21),
            &format!("<@{BOT_USER_ID}> when did Blinken last speak with Aliyev?"),
            true,
        )
        .await;
    let answer = reply_to(&bot, asked).await;
    answer.assert_pings_nobody();
    let shown = answer.shown();
    assert!(
        shown.starts_with("When Antony Blinken last spoke with Ilham Aliyev: 20 June 2024."),
        "the reading comes first: {shown}"
    );
    let first = answer.embeds().into_iter().next().unwrap_or_default();
    assert!(
        first["title"]
            .as_str()
            .is_some_and(|t| t.starts_with("Antony Blinken called Ilham Aliyev")),
        "{first}"
    );
    assert!(shown.contains(SEED_FILE), "no source: {shown}");

    // A direct message needs no mention; Russian, inflected, with a year.
    let asked = bot
        .fake
        .message(&member(22), "кто звонил Алиеву в 2024 году?", false)
        .await;
    let answer = reply_to(&bot, asked).await;
    let shown = answer.shown();
    assert!(
        shown.starts_with("Calls of Ilham Aliyev from 1 January 2024 to 31 December 2024:"),
        "{shown}"
    );
    assert!(
        shown.contains("Antony Blinken called Ilham Aliyev"),
        "{shown}"
    );

    // What it cannot read gets a hint with the slash command, not a guess.
    let asked = bot
        .fake
        .message(
            &member(23),
            &format!("<@{BOT_USER_ID}> what is the weather in Baku?"),
            true,
        )
        .await;
    let answer = reply_to(&bot, asked).await;
    let shown = answer.shown();
    assert!(shown.contains("/who-called"), "{shown}");
    assert!(answer.embeds().is_empty(), "no answer stated: {shown}");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_with_an_unreachable_api_base_exits_1_with_a_clear_error_within_a_minute() {
    let dir = tempfile::tempdir().expect("temporary directory");
    // A port nobody listens on any more.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let api_base = format!("http://{}", closed.local_addr().expect("address"));
    drop(closed);
    let started = std::time::Instant::now();
    let out = tokio::task::spawn_blocking(move || {
        serve_command(&api_base, dir.path())
            .output()
            .expect("serve runs")
    })
    .await
    .expect("joined");
    let took = started.elapsed();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("cannot reach Discord at http://127.0.0.1:"),
        "{err}"
    );
    assert!(took < std::time::Duration::from_secs(60), "took {took:?}");
    assert!(!err.contains("gateway.discord.gg"), "{err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_says_it_is_up_once_and_stops_on_sigterm_in_under_2_seconds() {
    use std::io::BufRead;
    let fake = FakeDiscord::start().await;
    let dir = tempfile::tempdir().expect("temporary directory");
    let mut child = serve_command(&fake.api_base, dir.path())
        .spawn()
        .expect("serve starts");
    let stderr = child.stderr.take().expect("stderr piped");
    let (lines_tx, mut lines_rx) = tokio::sync::mpsc::unbounded_channel();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stderr)
            .lines()
            .map_while(Result::ok)
        {
            let _ = lines_tx.send(line);
        }
    });
    let mut up = Vec::new();
    let ready = tokio::time::timeout(WAIT, async {
        while let Some(line) = lines_rx.recv().await {
            if line.contains("Readout is up as") {
                up.push(line);
                return;
            }
        }
    })
    .await;
    assert!(ready.is_ok(), "no start-up line");
    assert!(
        up[0].contains("Readout is up as readout in 0 guilds; index: 0 statements"),
        "{}",
        up[0]
    );
    let pid = child.id().to_string();
    let signalled = std::time::Instant::now();
    std::process::Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .expect("kill runs");
    let status = tokio::task::spawn_blocking(move || child.wait().expect("waited"))
        .await
        .expect("joined");
    let took = signalled.elapsed();
    assert!(status.success(), "{status:?}");
    // The shutdown is capped at well under 2 s by design (README); the bound here leaves room
    // for a loaded CI machine and still catches the old 10-second wait.
    assert!(
        took < std::time::Duration::from_secs(5),
        "SIGTERM took {took:?}"
    );
}

/// Everything Discord enforces on a message, checked on the JSON the bot sent.
fn assert_within_discord_limits(answer: &Answer) {
    let message = &answer.message;
    let len = |v: &Value| v.as_str().map_or(0, |s| s.chars().count());
    assert!(len(&message["content"]) <= 2000, "content: {message}");
    let embeds = answer.embeds();
    assert!(embeds.len() <= 10, "embeds: {message}");
    let mut total = 0;
    for embed in &embeds {
        let fields = embed["fields"].as_array().cloned().unwrap_or_default();
        assert!(fields.len() <= 25, "fields: {embed}");
        assert!(len(&embed["title"]) <= 256 && len(&embed["description"]) <= 4096);
        assert!(len(&embed["footer"]["text"]) <= 2048);
        total += len(&embed["title"]) + len(&embed["description"]) + len(&embed["footer"]["text"]);
        for field in &fields {
            assert!(
                len(&field["name"]) <= 256 && len(&field["value"]) <= 1024,
                "{field}"
            );
            assert!(
                len(&field["name"]) > 0 && len(&field["value"]) > 0,
                "{field}"
            );
            total += len(&field["name"]) + len(&field["value"]);
        }
    }
    assert!(total <= 6000, "{total} embed characters: {message}");
    answer.assert_pings_nobody();
}

/// What users type that is not a word of the indexed statements: query syntax, control
/// characters, marks, emoji and names in many scripts.
const HOSTILE_PIECES: &[&str] = &[
    "title:x",
    "*^2",
    "*",
    "?",
    "AND",
    "OR",
    "NOT",
    "(",
    ")",
    "\"",
    "~2",
    "+",
    "-",
    "[a TO z]",
    "{",
    "}",
    "\\",
    "/",
    ":",
    "\u{0}",
    "\u{7}",
    "\u{1b}[31m",
    "\u{202e}",
    "\u{200f}",
    "\u{fe0f}",
    "🙂",
    "🇦🇿",
    "Алиев",
    "علييف",
    "阿利耶夫",
    "Əliyev",
    "אלייב",
    "ალიევი",
    "अलीयेव",
    "アリエフ",
    "Ἀλίεφ",
    "ꦄꦭꦶ",
    "@everyone",
    "<@&1>",
    " ",
    "\t",
    "\n",
];

fn hostile_query() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    (
        prop::collection::vec(prop::sample::select(HOSTILE_PIECES), 1..12),
        prop::bool::weighted(0.1),
    )
        .prop_map(|(pieces, long)| {
            let text = pieces.concat();
            if long {
                text.chars().cycle().take(6000).collect()
            } else {
                text
            }
        })
}

/// Input a user cannot mean as a query: nothing to search for, or over the length limit.
fn truly_unusable(query: &str) -> bool {
    query.chars().count() > 300 || !query.chars().any(char::is_alphanumeric)
}

/// Hostile queries through the path Discord uses: options -> command -> engine -> messages.
/// 48 cases in CI (`PROPTEST_CASES` to change it).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_queries_never_match_everything_and_are_refused_only_when_unusable() {
    use proptest::strategy::{Strategy, ValueTree};
    let cases: usize = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(48);
    let statements = seven_pipeline_statements();
    let bot = start_bot(|_, _| {}, move |engine| ingest(engine, &statements)).await;
    let total = bot.statements();
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let found = regex::Regex::new(r"(\d+) found").expect("regex");
    let mut queries: Vec<String> = vec![
        "*^2".into(),
        "*".into(),
        "title:*".into(),
        "\u{0}\u{7}".into(),
        "x".repeat(6000),
        "Алиев 🙂 \u{202e}علييف".into(),
    ];
    for _ in 0..cases {
        queries.push(
            hostile_query()
                .new_tree(&mut runner)
                .expect("a case")
                .current(),
        );
    }
    for query in queries {
        let topic = bot
            .command(&member(1), "topic", json!([option("query", query.clone())]))
            .await;
        assert_within_discord_limits(&topic);
        if let Some(n) = found
            .captures(&topic.text())
            .and_then(|c| c[1].parse::<u64>().ok())
        {
            assert!(n < total - 1, "{query:?} matched {n} of {total}");
        }
        // A refusal only for input that cannot be searched; "no match" is a public answer.
        assert!(
            !topic.is_private() || truly_unusable(&query),
            "{query:?}: {}",
            topic.text()
        );

        let who = bot
            .command(
                &member(1),
                "who-called",
                json!([option("person", query.clone())]),
            )
            .await;
        assert_within_discord_limits(&who);
        // A refusal only for input that cannot be searched; "no match" is a public answer.
        assert!(
            !who.is_private() || truly_unusable(&query),
            "{query:?}: {}",
            who.text()
        );
    }
    for date in ["2024-02-30", "9999-99", "\u{202e}2024", "2024-13-01"] {
        let dated = bot
            .command(
                &member(1),
                "topic",
                json!([option("query", "pipeline"), option("since", date)]),
            )
            .await;
        assert!(dated.is_private(), "{date}: {}", dated.text());
        assert!(
            dated.text().contains("not a date"),
            "{date}: {}",
            dated.text()
        );
    }
    bot.stop().await;
}

/// Everything logged in this test binary once [`capture_logs`] ran.
#[derive(Clone, Default)]
struct LogBuffer(Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for LogBuffer {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl LogBuffer {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap_or_else(|e| e.into_inner())).into_owned()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn at_trace_level_the_token_is_never_logged_and_every_interaction_is() {
    let logs = LogBuffer::default();
    let writer = logs.clone();
    tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .try_init()
        .expect("the only subscriber in this test binary");
    let statements = seven_pipeline_statements();
    let bot = start_bot(|_, _| {}, move |engine| ingest(engine, &statements)).await;
    let (asked, next) = bot.paged_topic(&member(7), "pipeline").await;
    bot.answer(&bot.fake.click_on(&member(7), &asked, &next[1]).await)
        .await;
    bot.command(
        &member(7),
        "topic",
        json!([option("query", "pipeline"), option("since", "2024-02-30")]),
    )
    .await;
    bot.stop().await;

    // The fake Discord runs in this process: the IDENTIFY its websocket library receives (op 2)
    // is its log, not the bot's; a bot never receives an IDENTIFY.
    let text: String = logs
        .text()
        .lines()
        .filter(|l| !(l.contains("Received message") && l.contains("{\"op\":2,")))
        .map(|l| format!("{l}\n"))
        .collect();
    assert!(text.len() > 1000, "trace logging was captured");
    assert!(
        !text.contains("fake-token-for-tests"),
        "the token was logged: {}",
        text.lines()
            .filter(|l| l.contains("fake-token-for-tests"))
            .take(8)
            .collect::<Vec<_>>()
            .join("\n")
    );
    let answered: Vec<&str> = text
        .lines()
        .filter(|l| l.contains("interaction answered") && l.contains("user=7"))
        .collect();
    assert!(
        answered.iter().any(|l| l.contains("command=topic")
            && l.contains("latency_ms=")
            && l.contains("outcome=\"answered\"")
            || l.contains("outcome=answered")),
        "{answered:?}"
    );
    assert!(
        answered
            .iter()
            .any(|l| l.contains("command=\"page\"") || l.contains("command=page")),
        "{answered:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn topics_autocomplete_in_any_language_and_narrow_who_called() {
    let bot = start_bot(|_, _| {}, |_| {}).await;
    for (command, option_name) in [("topic", "query"), ("who-called", "topic")] {
        let options = json!([
            {"name": "person", "type": 3, "value": "Aliyev"},
            {"name": option_name, "type": 3, "value": "мирн", "focused": true}
        ]);
        let sent = bot.fake.autocomplete(&member(4), command, options).await;
        let choices = bot.answer(&sent).await;
        assert_eq!(choices.kind, 8, "an autocomplete answer");
        let offered: Vec<(&str, &str)> = choices.message["choices"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|c| Some((c["name"].as_str()?, c["value"].as_str()?)))
            .collect();
        assert!(
            offered.contains(&("мирный договор (peace treaty)", "мирный договор")),
            "/{command} {option_name}: {offered:?}"
        );
    }
    // The seed is French ("traité de paix"); the topic is asked in English.
    let who = bot
        .command(
            &member(4),
            "who-called",
            json!([option("person", "Aliyev"), option("topic", "peace treaty")]),
        )
        .await;
    who.assert_pings_nobody();
    assert!(
        who.text().contains("about **peace treaty**"),
        "{}",
        who.text()
    );
    assert!(who.shown().contains(SEED_FILE), "{}", who.shown());
    bot.stop().await;
}

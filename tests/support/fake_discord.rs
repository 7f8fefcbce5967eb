//! A fake Discord on loopback: a tiny HTTP/1.1 REST server and a gateway websocket, enough for
//! serenity 0.12 and poise 0.7 to run unchanged (see `/work/shared/discord-testing.md`).
//!
//! It records every REST request (method, path, JSON body), serves attachments, sends
//! interactions over the gateway and can drop the gateway connection. Every wait has a timeout
//! and fails with a message naming what was expected and what was seen: tests never hang.

#![allow(dead_code)]

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Notify, mpsc, watch};
use tokio::task::JoinHandle;
use tokio_tungstenite::tungstenite::Message;

pub const APP_ID: u64 = 900_000_000_000_000_001;
pub const GUILD_ID: u64 = 900_000_000_000_000_002;
pub const CHANNEL_ID: u64 = 900_000_000_000_000_003;
pub const BOT_USER_ID: u64 = 900_000_000_000_000_004;
const COMMAND_ID: u64 = 900_000_000_000_000_005;

/// How long any wait for the bot lasts before the test fails.
pub const WAIT: Duration = Duration::from_secs(20);

/// One REST request the bot made.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub method: String,
    pub path: String,
    /// The JSON body; `Null` when empty, a string when not JSON.
    pub body: Value,
    /// When the request arrived (once its body was read).
    pub at: std::time::Instant,
}

/// A guild member sending interactions.
#[derive(Debug, Clone)]
pub struct Member {
    pub id: u64,
    pub name: String,
    pub roles: Vec<u64>,
}

impl Member {
    pub fn new(id: u64, name: &str, roles: &[u64]) -> Self {
        Self {
            id,
            name: name.to_string(),
            roles: roles.to_vec(),
        }
    }
}

/// An interaction that was sent, to find the bot's answers to it.
#[derive(Debug, Clone)]
pub struct Sent {
    pub id: u64,
    pub token: String,
}

impl Sent {
    /// `POST` path of the interaction response (types 4, 5, 7, 8).
    pub fn callback_path(&self) -> String {
        format!("/api/v10/interactions/{}/{}/callback", self.id, self.token)
    }

    /// `PATCH` path of edits to the original (deferred) response.
    pub fn original_path(&self) -> String {
        format!(
            "/api/v10/webhooks/{APP_ID}/{}/messages/@original",
            self.token
        )
    }
}

enum GatewayCommand {
    Frame(String),
    Drop,
}

#[derive(Default)]
struct Log {
    requests: Vec<Recorded>,
    taken: Vec<bool>,
}

struct Shared {
    ws_url: String,
    log: Mutex<Log>,
    logged: Notify,
    /// The connection that finished IDENTIFY or RESUME, if any.
    gateway: Mutex<Option<mpsc::UnboundedSender<GatewayCommand>>>,
    /// Sessions made ready so far (READY or RESUMED sent).
    sessions: watch::Sender<u64>,
    seq: AtomicU64,
    next_id: AtomicU64,
    attachments: Mutex<HashMap<String, Vec<u8>>>,
}

pub struct FakeDiscord {
    /// `http://127.0.0.1:PORT`: the bot's `discord.api_base`.
    pub api_base: String,
    shared: Arc<Shared>,
    tasks: Vec<JoinHandle<()>>,
}

impl Drop for FakeDiscord {
    fn drop(&mut self) {
        for task in &self.tasks {
            task.abort();
        }
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl FakeDiscord {
    pub async fn start() -> Self {
        let http = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind the fake REST port");
        let ws = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind the fake gateway port");
        let api_base = format!("http://{}", http.local_addr().expect("REST address"));
        let ws_url = format!("ws://{}", ws.local_addr().expect("gateway address"));
        let shared = Arc::new(Shared {
            ws_url,
            log: Mutex::new(Log::default()),
            logged: Notify::new(),
            gateway: Mutex::new(None),
            sessions: watch::channel(0).0,
            seq: AtomicU64::new(0),
            next_id: AtomicU64::new(910_000_000_000_000_000),
            attachments: Mutex::new(HashMap::new()),
        });
        let rest = tokio::spawn(accept_loop(http, shared.clone(), |stream, shared| {
            tokio::spawn(serve_http(stream, shared));
        }));
        let gateway = tokio::spawn(accept_loop(ws, shared.clone(), |stream, shared| {
            tokio::spawn(serve_gateway(stream, shared));
        }));
        Self {
            api_base,
            shared,
            tasks: vec![rest, gateway],
        }
    }

    fn next_id(&self) -> u64 {
        self.shared.next_id.fetch_add(1, Ordering::SeqCst)
    }

    /// Waits for the first unclaimed request with this method whose path starts with
    /// `path_prefix`, claims it and returns it; fails the test after `timeout`.
    pub async fn expect_request(
        &self,
        method: &str,
        path_prefix: &str,
        timeout: Duration,
    ) -> Recorded {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let logged = self.shared.logged.notified();
            {
                let mut log = lock(&self.shared.log);
                let Log { requests, taken } = &mut *log;
                let found = requests.iter().zip(taken.iter_mut()).find(|(r, taken)| {
                    !**taken && r.method == method && r.path.starts_with(path_prefix)
                });
                if let Some((request, taken)) = found {
                    *taken = true;
                    return request.clone();
                }
            }
            if tokio::time::timeout_at(deadline, logged).await.is_err() {
                let seen: Vec<String> = lock(&self.shared.log)
                    .requests
                    .iter()
                    .map(|r| format!("{} {}", r.method, r.path))
                    .collect();
                panic!(
                    "the bot made no {method} {path_prefix}* request within {timeout:?}; requests seen: {seen:#?}"
                );
            }
        }
    }

    /// Every request recorded so far.
    pub fn requests(&self) -> Vec<Recorded> {
        lock(&self.shared.log).requests.clone()
    }

    /// Sessions made ready so far (1 after the first IDENTIFY, +1 per RESUME or re-IDENTIFY).
    pub fn sessions(&self) -> u64 {
        *self.shared.sessions.borrow()
    }

    /// Waits until at least `count` sessions have been made ready.
    pub async fn wait_for_sessions(&self, count: u64, timeout: Duration) {
        let mut sessions = self.shared.sessions.subscribe();
        let reached = tokio::time::timeout(timeout, sessions.wait_for(|&n| n >= count)).await;
        if !matches!(reached, Ok(Ok(_))) {
            panic!(
                "the bot did not (re)connect to the gateway within {timeout:?}: {} sessions, wanted {count}",
                self.sessions()
            );
        }
    }

    /// Closes the gateway connection abruptly (no close frame), as a network failure would.
    pub fn drop_gateway(&self) {
        if let Some(connection) = lock(&self.shared.gateway).take() {
            let _ = connection.send(GatewayCommand::Drop);
        }
    }

    /// Serves `bytes` as an attachment; returns its URL.
    pub fn add_attachment(&self, filename: &str, bytes: &[u8]) -> String {
        let path = format!("/attachments/{CHANNEL_ID}/{}/{filename}", self.next_id());
        lock(&self.shared.attachments).insert(path.clone(), bytes.to_vec());
        format!("{}{path}", self.api_base)
    }

    /// Sends a raw `INTERACTION_CREATE` payload over the ready gateway connection.
    pub async fn send_interaction(&self, payload: Value) {
        self.send_event("INTERACTION_CREATE", payload).await;
    }

    /// A message from `member`: in the guild channel, or a direct message when `in_guild` is
    /// false; `content` may mention the bot as `<@BOT_USER_ID>`. Returns the message id.
    pub async fn message(&self, member: &Member, content: &str, in_guild: bool) -> u64 {
        let id = self.next_id();
        let mut payload = message_json(id, content, &json!([]));
        payload["author"] = user_json(member.id, &member.name, false);
        let bot_mention = format!("<@{BOT_USER_ID}>");
        if content.contains(&bot_mention) {
            payload["mentions"] = json!([user_json(BOT_USER_ID, "readout", true)]);
        }
        if in_guild {
            payload["guild_id"] = json!(GUILD_ID.to_string());
            let mut m = member_json(member);
            if let Some(m) = m.as_object_mut() {
                m.remove("user");
            }
            payload["member"] = m;
        }
        self.send_event("MESSAGE_CREATE", payload).await;
        id
    }

    /// Sends a raw dispatch event `kind` over the ready gateway connection.
    pub async fn send_event(&self, kind: &str, payload: Value) {
        self.wait_for_sessions(1, WAIT).await;
        let deadline = tokio::time::Instant::now() + WAIT;
        loop {
            let connection = lock(&self.shared.gateway).clone();
            if let Some(connection) = connection {
                let seq = self.shared.seq.fetch_add(1, Ordering::SeqCst) + 1;
                let frame = json!({"op": 0, "s": seq, "t": kind, "d": payload});
                if connection
                    .send(GatewayCommand::Frame(frame.to_string()))
                    .is_ok()
                {
                    return;
                }
            }
            if tokio::time::Instant::now() >= deadline {
                panic!("no ready gateway connection to send {kind} on within {WAIT:?}");
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    fn interaction(&self, kind: u8, member: &Member, data: Value) -> (Sent, Value) {
        let sent = Sent {
            id: self.next_id(),
            token: format!("token-{}", self.next_id()),
        };
        let payload = json!({
            "id": sent.id.to_string(),
            "application_id": APP_ID.to_string(),
            "type": kind,
            "token": sent.token,
            "version": 1,
            "guild_id": GUILD_ID.to_string(),
            "channel_id": CHANNEL_ID.to_string(),
            "channel": {"id": CHANNEL_ID.to_string(), "type": 0},
            "locale": "en-US",
            "guild_locale": "en-US",
            "entitlements": [],
            "attachment_size_limit": 26_214_400,
            "app_permissions": "2147483647",
            "member": member_json(member),
            "data": data,
        });
        (sent, payload)
    }

    /// A slash command with `options` (`[{name, type, value}]`).
    pub async fn command(&self, member: &Member, name: &str, options: Value) -> Sent {
        let data =
            json!({"id": COMMAND_ID.to_string(), "name": name, "type": 1, "options": options});
        let (sent, payload) = self.interaction(2, member, data);
        self.send_interaction(payload).await;
        sent
    }

    /// An autocomplete request; mark the typed option with `"focused": true`.
    pub async fn autocomplete(&self, member: &Member, name: &str, options: Value) -> Sent {
        let data =
            json!({"id": COMMAND_ID.to_string(), "name": name, "type": 1, "options": options});
        let (sent, payload) = self.interaction(4, member, data);
        self.send_interaction(payload).await;
        sent
    }

    /// A slash command whose option `option` is an attachment served by this fake.
    pub async fn command_with_attachment(
        &self,
        member: &Member,
        name: &str,
        option: &str,
        filename: &str,
        bytes: &[u8],
    ) -> Sent {
        let url = self.add_attachment(filename, bytes);
        let attachment_id = self.next_id().to_string();
        let data = json!({
            "id": COMMAND_ID.to_string(),
            "name": name,
            "type": 1,
            "options": [{"name": option, "type": 11, "value": attachment_id}],
            "resolved": {"attachments": {attachment_id.clone(): {
                "id": attachment_id,
                "filename": filename,
                "size": bytes.len(),
                "url": url,
                "proxy_url": url,
                "content_type": "text/plain; charset=utf-8",
            }}},
        });
        let (sent, payload) = self.interaction(2, member, data);
        self.send_interaction(payload).await;
        sent
    }

    /// A click on the button `custom_id` of a bot message.
    pub async fn click(&self, member: &Member, custom_id: &str) -> Sent {
        let data = json!({"custom_id": custom_id, "component_type": 2});
        let (sent, mut payload) = self.interaction(3, member, data);
        payload["message"] = message_json(self.next_id(), "", &json!([]));
        self.send_interaction(payload).await;
        sent
    }

    /// A click on a button of the message that answered `origin`, which Discord names in the
    /// message's `interaction_metadata`.
    pub async fn click_on(&self, member: &Member, origin: &Sent, custom_id: &str) -> Sent {
        let data = json!({"custom_id": custom_id, "component_type": 2});
        let (sent, mut payload) = self.interaction(3, member, data);
        let mut message = message_json(self.next_id(), "", &json!([]));
        message["interaction_metadata"] = json!({
            "type": 2,
            "id": origin.id.to_string(),
            "user": user_json(member.id, &member.name, false),
            "authorizing_integration_owners": {},
        });
        payload["message"] = message;
        self.send_interaction(payload).await;
        sent
    }
}

fn user_json(id: u64, name: &str, bot: bool) -> Value {
    json!({"id": id.to_string(), "username": name, "discriminator": "0", "global_name": null, "avatar": null, "bot": bot})
}

fn member_json(member: &Member) -> Value {
    json!({
        "user": user_json(member.id, &member.name, false),
        "roles": member.roles.iter().map(u64::to_string).collect::<Vec<_>>(),
        "deaf": false,
        "mute": false,
        "flags": 0,
        "pending": false,
        "permissions": "0",
        "joined_at": "2024-01-01T00:00:00.000000+00:00",
        "nick": null,
        "avatar": null,
        "premium_since": null,
    })
}

/// The Message object serenity expects back from message endpoints.
fn message_json(id: u64, content: &str, embeds: &Value) -> Value {
    json!({
        "id": id.to_string(),
        "channel_id": CHANNEL_ID.to_string(),
        "author": user_json(BOT_USER_ID, "readout", true),
        "content": content,
        "timestamp": "2024-06-20T12:00:00.000000+00:00",
        "edited_timestamp": null,
        "tts": false,
        "mention_everyone": false,
        "mentions": [],
        "mention_roles": [],
        "attachments": [],
        "embeds": embeds,
        "pinned": false,
        "type": 0,
    })
}

async fn accept_loop(
    listener: TcpListener,
    shared: Arc<Shared>,
    handle: fn(TcpStream, Arc<Shared>),
) {
    while let Ok((stream, _)) = listener.accept().await {
        handle(stream, shared.clone());
    }
}

struct Response {
    status: u16,
    body: Vec<u8>,
}

impl Response {
    fn json(status: u16, body: Value) -> Self {
        Self {
            status,
            body: body.to_string().into_bytes(),
        }
    }
}

/// One keep-alive HTTP/1.1 connection: requests with Content-Length or chunked bodies.
async fn serve_http(stream: TcpStream, shared: Arc<Shared>) {
    let (read, mut write) = stream.into_split();
    let mut reader = BufReader::new(read);
    loop {
        let mut request_line = String::new();
        if !matches!(reader.read_line(&mut request_line).await, Ok(n) if n > 0) {
            return;
        }
        let mut parts = request_line.split_whitespace();
        let (Some(method), Some(target)) = (parts.next(), parts.next()) else {
            return;
        };
        let (method, path) = (
            method.to_string(),
            target.split('?').next().unwrap_or(target).to_string(),
        );
        let (mut length, mut chunked) = (0usize, false);
        loop {
            let mut header = String::new();
            if !matches!(reader.read_line(&mut header).await, Ok(n) if n > 0) {
                return;
            }
            let header = header.trim_end();
            if header.is_empty() {
                break;
            }
            if let Some((name, value)) = header.split_once(':') {
                match name.trim().to_ascii_lowercase().as_str() {
                    "content-length" => length = value.trim().parse().unwrap_or(0),
                    "transfer-encoding" => chunked = value.to_ascii_lowercase().contains("chunked"),
                    _ => {}
                }
            }
        }
        let body = if chunked {
            read_chunked(&mut reader).await
        } else {
            read_exact(&mut reader, length).await
        };
        let Some(body) = body else { return };
        let response = route(&shared, &method, &path, &body);
        let reason = match response.status {
            200 => "OK",
            204 => "No Content",
            _ => "Not Found",
        };
        let head = format!(
            "HTTP/1.1 {} {reason}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
            response.status,
            response.body.len()
        );
        if write.write_all(head.as_bytes()).await.is_err()
            || write.write_all(&response.body).await.is_err()
        {
            return;
        }
    }
}

async fn read_exact(
    reader: &mut BufReader<tokio::net::tcp::OwnedReadHalf>,
    length: usize,
) -> Option<Vec<u8>> {
    let mut body = vec![0; length];
    reader.read_exact(&mut body).await.ok()?;
    Some(body)
}

async fn read_chunked(reader: &mut BufReader<tokio::net::tcp::OwnedReadHalf>) -> Option<Vec<u8>> {
    let mut body = Vec::new();
    loop {
        let mut size_line = String::new();
        reader.read_line(&mut size_line).await.ok()?;
        let size = usize::from_str_radix(size_line.trim().split(';').next()?, 16).ok()?;
        let mut chunk = vec![0; size + 2];
        reader.read_exact(&mut chunk).await.ok()?;
        if size == 0 {
            return Some(body);
        }
        body.extend_from_slice(&chunk[..size]);
    }
}

fn route(shared: &Shared, method: &str, path: &str, body: &[u8]) -> Response {
    let json_body = if body.is_empty() {
        Value::Null
    } else {
        serde_json::from_slice(body)
            .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(body).into_owned()))
    };
    let response = match (method, path) {
        ("GET", "/api/v10/gateway") => Response::json(200, json!({"url": shared.ws_url})),
        ("GET", "/api/v10/gateway/bot") => Response::json(
            200,
            json!({"url": shared.ws_url, "shards": 1,
                   "session_start_limit": {"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1}}),
        ),
        ("PUT", p) if p.ends_with("/commands") => Response::json(200, json!([])),
        ("POST", p) if p.starts_with("/api/v10/interactions/") => Response {
            status: 204,
            body: Vec::new(),
        },
        ("PATCH" | "POST", p)
            if p.starts_with("/api/v10/webhooks/") || p.starts_with("/api/v10/channels/") =>
        {
            let content = json_body
                .get("content")
                .and_then(Value::as_str)
                .unwrap_or("");
            let embeds = json_body
                .get("embeds")
                .cloned()
                .unwrap_or_else(|| json!([]));
            Response::json(
                200,
                message_json(
                    shared.next_id.fetch_add(1, Ordering::SeqCst),
                    content,
                    &embeds,
                ),
            )
        }
        ("DELETE", _) => Response {
            status: 204,
            body: Vec::new(),
        },
        ("GET", p) if p.starts_with("/attachments/") => match lock(&shared.attachments).get(p) {
            Some(bytes) => Response {
                status: 200,
                body: bytes.clone(),
            },
            None => Response::json(404, json!({"message": "Unknown attachment", "code": 0})),
        },
        _ => Response::json(404, json!({"message": "404: Not Found", "code": 0})),
    };
    let mut log = lock(&shared.log);
    log.requests.push(Recorded {
        method: method.to_string(),
        path: path.to_string(),
        body: json_body,
        at: std::time::Instant::now(),
    });
    log.taken.push(false);
    drop(log);
    shared.logged.notify_waiters();
    response
}

/// One gateway connection: HELLO, then READY for IDENTIFY or RESUMED for RESUME, heartbeat
/// ACKs, and interactions pushed by the test.
async fn serve_gateway(stream: TcpStream, shared: Arc<Shared>) {
    let Ok(ws) = tokio_tungstenite::accept_async(stream).await else {
        return;
    };
    let (mut to_bot, mut from_bot) = ws.split();
    let (commands, mut pending) = mpsc::unbounded_channel();
    let hello = json!({"op": 10, "s": null, "t": null, "d": {"heartbeat_interval": 41_250}});
    if to_bot.send(Message::Text(hello.to_string())).await.is_err() {
        return;
    }
    loop {
        tokio::select! {
            frame = from_bot.next() => {
                let Some(Ok(frame)) = frame else { return };
                let Message::Text(text) = frame else {
                    if matches!(frame, Message::Close(_)) { return }
                    continue;
                };
                let op = serde_json::from_str::<Value>(&text).ok().and_then(|v| v["op"].as_u64());
                let reply = match op {
                    Some(1) => Some(json!({"op": 11, "s": null, "t": null, "d": null})),
                    Some(2) => {
                        let seq = shared.seq.fetch_add(1, Ordering::SeqCst) + 1;
                        Some(json!({"op": 0, "s": seq, "t": "READY", "d": {
                            "v": 10,
                            "user": user_json(BOT_USER_ID, "readout", true),
                            "guilds": [],
                            "session_id": "fake-session",
                            "resume_gateway_url": shared.ws_url,
                            "shard": [0, 1],
                            "application": {"id": APP_ID.to_string(), "flags": 0},
                        }}))
                    }
                    Some(6) => {
                        let seq = shared.seq.fetch_add(1, Ordering::SeqCst) + 1;
                        Some(json!({"op": 0, "s": seq, "t": "RESUMED", "d": {}}))
                    }
                    _ => None,
                };
                if let Some(reply) = reply {
                    if to_bot.send(Message::Text(reply.to_string())).await.is_err() {
                        return;
                    }
                    if matches!(op, Some(2 | 6)) {
                        *lock(&shared.gateway) = Some(commands.clone());
                        shared.sessions.send_modify(|n| *n += 1);
                    }
                }
            }
            command = pending.recv() => match command {
                Some(GatewayCommand::Frame(text)) => {
                    if to_bot.send(Message::Text(text)).await.is_err() {
                        return;
                    }
                }
                // Returning drops both halves: the TCP connection closes without a close frame.
                Some(GatewayCommand::Drop) | None => return,
            },
        }
    }
}

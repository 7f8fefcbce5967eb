//! A small HTTP/1.1 server on loopback that plays official sites for the feed tests: each path
//! serves a body (with an optional ETag honoured by If-None-Match), a redirect, a body that
//! never comes, or a huge body streamed without a length. Routes can change while it runs, and
//! every request is recorded with its headers.
#![allow(dead_code)]

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

#[derive(Debug, Clone)]
pub enum Route {
    /// 200 with this body; a request carrying the ETag gets 304.
    Body {
        content_type: &'static str,
        body: String,
        etag: Option<String>,
    },
    /// 302 to this path.
    Redirect(String),
    /// Accepts the request and answers nothing for a minute.
    Stall,
    /// 200 with this many bytes, no Content-Length, sent in chunks.
    Huge(usize),
}

/// One request as the server saw it.
#[derive(Debug, Clone)]
pub struct Seen {
    pub path: String,
    pub headers: HashMap<String, String>,
}

#[derive(Default)]
struct Shared {
    routes: Mutex<HashMap<String, Route>>,
    seen: Mutex<Vec<Seen>>,
}

pub struct FeedServer {
    pub base: String,
    shared: Arc<Shared>,
    task: JoinHandle<()>,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl FeedServer {
    pub async fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let base = format!("http://{}", listener.local_addr().expect("address"));
        let shared = Arc::new(Shared::default());
        let state = shared.clone();
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                tokio::spawn(serve(stream, state.clone()));
            }
        });
        Self { base, shared, task }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub fn route(&self, path: &str, route: Route) {
        lock(&self.shared.routes).insert(path.to_string(), route);
    }

    pub fn xml(&self, path: &str, body: impl Into<String>) {
        self.route(
            path,
            Route::Body {
                content_type: "application/xml",
                body: body.into(),
                etag: None,
            },
        );
    }

    pub fn html(&self, path: &str, body: impl Into<String>) {
        self.route(
            path,
            Route::Body {
                content_type: "text/html; charset=utf-8",
                body: body.into(),
                etag: None,
            },
        );
    }

    /// Requests made to `path`, in order.
    pub fn seen(&self, path: &str) -> Vec<Seen> {
        lock(&self.shared.seen)
            .iter()
            .filter(|s| s.path == path)
            .cloned()
            .collect()
    }
}

impl Drop for FeedServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn serve(mut stream: TcpStream, shared: Arc<Shared>) {
    let mut head = Vec::new();
    let mut buf = [0u8; 4096];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        match stream.read(&mut buf).await {
            Ok(0) | Err(_) => return,
            Ok(n) => head.extend_from_slice(&buf[..n]),
        }
        if head.len() > 64 * 1024 {
            return;
        }
    }
    let text = String::from_utf8_lossy(&head).into_owned();
    let mut lines = text.split("\r\n");
    let path = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .unwrap_or("/")
        .to_string();
    let headers: HashMap<String, String> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    lock(&shared.seen).push(Seen {
        path: path.clone(),
        headers: headers.clone(),
    });
    let route = lock(&shared.routes).get(&path).cloned();
    let _ = match route {
        None => {
            respond(
                &mut stream,
                "404 Not Found",
                "text/plain",
                &[],
                b"no such page",
            )
            .await
        }
        Some(Route::Body {
            content_type,
            body,
            etag,
        }) => {
            let matched = etag
                .as_deref()
                .is_some_and(|e| headers.get("if-none-match").map(String::as_str) == Some(e));
            if matched {
                respond(&mut stream, "304 Not Modified", content_type, &[], b"").await
            } else {
                let extra: Vec<(&str, String)> = etag.iter().map(|e| ("ETag", e.clone())).collect();
                respond(&mut stream, "200 OK", content_type, &extra, body.as_bytes()).await
            }
        }
        Some(Route::Redirect(to)) => {
            respond(
                &mut stream,
                "302 Found",
                "text/plain",
                &[("Location", to)],
                b"",
            )
            .await
        }
        Some(Route::Stall) => {
            tokio::time::sleep(Duration::from_secs(60)).await;
            Ok(())
        }
        Some(Route::Huge(size)) => {
            let head =
                "HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\nConnection: close\r\n\r\n";
            if stream.write_all(head.as_bytes()).await.is_err() {
                return;
            }
            let chunk = vec![b' '; 64 * 1024];
            let mut sent = 0;
            while sent < size {
                if stream.write_all(&chunk).await.is_err() {
                    return;
                }
                sent += chunk.len();
            }
            Ok(())
        }
    };
}

async fn respond(
    stream: &mut TcpStream,
    status: &str,
    content_type: &str,
    extra: &[(&str, String)],
    body: &[u8],
) -> std::io::Result<()> {
    let mut head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    for (name, value) in extra {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).await?;
    stream.write_all(body).await?;
    stream.flush().await
}

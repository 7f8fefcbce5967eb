//! HTTP for feeds and the pages they link: connect and read timeouts, a size cap read as the
//! body streams in, conditional GET (ETag / Last-Modified), a bounded number of redirects, and a
//! User-Agent that says who is asking.

use std::time::Duration;

use reqwest::StatusCode;
use reqwest::header::{ETAG, IF_MODIFIED_SINCE, IF_NONE_MATCH, LAST_MODIFIED, USER_AGENT};

use crate::settings::PollerSettings;

/// Why a fetch failed; `Display` is what the poll report and the log show.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    #[error("timed out")]
    Timeout,
    #[error("the body passed the {max}-byte limit")]
    TooLarge { max: u64 },
    #[error("HTTP {0}")]
    Status(u16),
    #[error("too many redirects")]
    Redirects,
    #[error("connection failed: {0}")]
    Connect(String),
    #[error("request failed: {0}")]
    Http(String),
    #[error("cannot build the HTTP client: {0}")]
    Client(String),
}

impl FetchError {
    fn of(error: reqwest::Error) -> Self {
        if error.is_timeout() {
            FetchError::Timeout
        } else if error.is_redirect() {
            FetchError::Redirects
        } else if error.is_connect() {
            FetchError::Connect(root_cause(&error))
        } else {
            FetchError::Http(root_cause(&error))
        }
    }
}

/// The innermost message, without the URL reqwest puts in front (URLs may carry tokens).
fn root_cause(error: &(dyn std::error::Error + 'static)) -> String {
    let mut cause = error;
    while let Some(inner) = cause.source() {
        cause = inner;
    }
    cause.to_string()
}

/// The validators a server gave last time, sent back so it can answer 304 Not Modified.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Validators {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

#[derive(Debug)]
pub enum Fetched {
    NotModified,
    Body {
        status: u16,
        bytes: Vec<u8>,
        validators: Validators,
    },
}

pub struct Fetcher {
    client: reqwest::Client,
    user_agent: String,
}

impl Fetcher {
    pub fn new(settings: &PollerSettings) -> Result<Self, FetchError> {
        let timeout = Duration::from_secs_f64(settings.timeout_seconds);
        let client = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs_f64(settings.connect_timeout_seconds))
            .read_timeout(timeout)
            // The whole exchange: a server that trickles bytes cannot hold a poll forever.
            .timeout(timeout.saturating_mul(4))
            .redirect(reqwest::redirect::Policy::limited(settings.max_redirects))
            .build()
            .map_err(|e| FetchError::Client(root_cause(&e)))?;
        let contact = settings.contact.trim();
        let user_agent = if contact.is_empty() {
            format!(
                "Readout/{} (polls official readout feeds a few times an hour)",
                env!("CARGO_PKG_VERSION")
            )
        } else {
            format!("Readout/{} (+{contact})", env!("CARGO_PKG_VERSION"))
        };
        Ok(Self { client, user_agent })
    }

    /// GETs `url`, reading at most `max_bytes` of body.
    pub async fn get(
        &self,
        url: &str,
        validators: &Validators,
        max_bytes: u64,
    ) -> Result<Fetched, FetchError> {
        let mut request = self.client.get(url).header(USER_AGENT, &self.user_agent);
        if let Some(etag) = &validators.etag {
            request = request.header(IF_NONE_MATCH, etag);
        }
        if let Some(date) = &validators.last_modified {
            request = request.header(IF_MODIFIED_SINCE, date);
        }
        let mut response = request.send().await.map_err(FetchError::of)?;
        let status = response.status();
        if status == StatusCode::NOT_MODIFIED {
            return Ok(Fetched::NotModified);
        }
        if status.is_redirection() {
            // Only when the redirect had no usable Location: the policy follows the others.
            return Err(FetchError::Redirects);
        }
        if !status.is_success() {
            return Err(FetchError::Status(status.as_u16()));
        }
        if response.content_length().is_some_and(|len| len > max_bytes) {
            return Err(FetchError::TooLarge { max: max_bytes });
        }
        let header = |name| {
            response
                .headers()
                .get(name)
                .and_then(|v: &reqwest::header::HeaderValue| v.to_str().ok())
                .map(str::to_owned)
        };
        let validators = Validators {
            etag: header(ETAG),
            last_modified: header(LAST_MODIFIED),
        };
        let mut bytes = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(FetchError::of)? {
            if (bytes.len() + chunk.len()) as u64 > max_bytes {
                return Err(FetchError::TooLarge { max: max_bytes });
            }
            bytes.extend_from_slice(&chunk);
        }
        Ok(Fetched::Body {
            status: status.as_u16(),
            bytes,
            validators,
        })
    }
}

//! Attachment downloads for `/ingest`: only from Discord's attachment hosts (or the configured
//! API base, for a proxy or the test fake), never following redirects, and capped in size even
//! when the announced size lies.

use std::time::Duration;

use reqwest::Url;

use super::ServeError;

/// Where Discord serves attachments.
const DISCORD_ATTACHMENT_HOSTS: &[&str] = &["cdn.discordapp.com", "media.discordapp.net"];

#[derive(Debug, thiserror::Error)]
pub enum DownloadError {
    #[error("the file is {size} bytes; the limit is {max} bytes")]
    TooLarge { size: u64, max: u64 },
    #[error("attachments are only downloaded from Discord's own servers")]
    ForeignHost,
    #[error("the attachment address is not a valid URL")]
    BadUrl,
    #[error("downloading the attachment failed (HTTP {0})")]
    Status(u16),
    #[error("downloading the attachment failed: {0}")]
    Http(#[from] reqwest::Error),
}

pub struct Downloader {
    client: reqwest::Client,
    /// The configured API base, whose origin is also trusted for attachments.
    api_base: Option<Url>,
    max_bytes: u64,
}

impl Downloader {
    pub fn new(api_base: &str, max_bytes: u64) -> Result<Self, ServeError> {
        let api_base = match api_base.trim() {
            "" => None,
            base => Some(Url::parse(base).map_err(|_| ServeError::BadApiBase(base.to_string()))?),
        };
        let client = reqwest::Client::builder()
            // A redirect could lead anywhere; the host check must hold for the bytes we read.
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(60))
            .build()
            .map_err(|e| ServeError::HttpClient(e.to_string()))?;
        Ok(Self {
            client,
            api_base,
            max_bytes,
        })
    }

    /// Checks `url` against the allowed hosts.
    pub fn allowed(&self, url: &str) -> Result<Url, DownloadError> {
        let url = Url::parse(url).map_err(|_| DownloadError::BadUrl)?;
        let discord = url.scheme() == "https"
            && url
                .host_str()
                .is_some_and(|h| DISCORD_ATTACHMENT_HOSTS.contains(&h));
        let configured = self
            .api_base
            .as_ref()
            .is_some_and(|base| base.origin() == url.origin());
        if discord || configured {
            Ok(url)
        } else {
            Err(DownloadError::ForeignHost)
        }
    }

    /// Downloads an attachment whose announced size is `size`.
    pub async fn fetch(&self, url: &str, size: u64) -> Result<Vec<u8>, DownloadError> {
        let max = self.max_bytes;
        if size > max {
            return Err(DownloadError::TooLarge { size, max });
        }
        let url = self.allowed(url)?;
        let mut response = self.client.get(url).send().await?;
        if !response.status().is_success() {
            return Err(DownloadError::Status(response.status().as_u16()));
        }
        if let Some(len) = response.content_length().filter(|&len| len > max) {
            return Err(DownloadError::TooLarge { size: len, max });
        }
        let mut bytes = Vec::with_capacity(size as usize);
        while let Some(chunk) = response.chunk().await? {
            bytes.extend_from_slice(&chunk);
            if bytes.len() as u64 > max {
                return Err(DownloadError::TooLarge {
                    size: bytes.len() as u64,
                    max,
                });
            }
        }
        Ok(bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn downloader(base: &str) -> Option<Downloader> {
        Downloader::new(base, 1000).ok()
    }

    #[test]
    fn only_discord_hosts_and_the_configured_base_are_allowed() {
        let Some(d) = downloader("http://127.0.0.1:4000") else {
            panic!("downloader")
        };
        assert!(
            d.allowed("https://cdn.discordapp.com/attachments/1/2/a.txt")
                .is_ok()
        );
        assert!(
            d.allowed("https://media.discordapp.net/attachments/1/2/a.txt")
                .is_ok()
        );
        assert!(d.allowed("http://127.0.0.1:4000/attachments/a.txt").is_ok());
        assert!(matches!(
            d.allowed("http://127.0.0.1:4001/a.txt"),
            Err(DownloadError::ForeignHost)
        ));
        assert!(matches!(
            d.allowed("http://cdn.discordapp.com/a.txt"),
            Err(DownloadError::ForeignHost)
        ));
        assert!(matches!(
            d.allowed("https://cdn.discordapp.com.evil.example/a.txt"),
            Err(DownloadError::ForeignHost)
        ));
        assert!(matches!(
            d.allowed("https://evil.example/a.txt"),
            Err(DownloadError::ForeignHost)
        ));
        assert!(matches!(d.allowed("not a url"), Err(DownloadError::BadUrl)));
        let Some(plain) = downloader("") else {
            panic!("downloader")
        };
        assert!(matches!(
            plain.allowed("http://127.0.0.1:4000/a.txt"),
            Err(DownloadError::ForeignHost)
        ));
    }

    #[tokio::test]
    async fn announced_size_over_the_cap_is_refused_without_a_request() {
        let Some(d) = downloader("") else {
            panic!("downloader")
        };
        let result = d.fetch("https://cdn.discordapp.com/a.txt", 5000).await;
        assert!(matches!(
            result,
            Err(DownloadError::TooLarge {
                size: 5000,
                max: 1000
            })
        ));
    }
}

//! A reply as plain data (content, embeds, page position), and its conversion to the serenity
//! and poise builders at the edge. Keeping it plain makes rendering testable without Discord.

use poise::serenity_prelude as serenity;

/// One embed, before Discord's limits are applied by [`super::limits`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Embed {
    pub title: String,
    /// Only set to an `http(s)` URL: Discord rejects the whole message for a bad embed URL.
    pub url: Option<String>,
    pub description: String,
    pub fields: Vec<Field>,
    pub footer: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub name: String,
    pub value: String,
    pub inline: bool,
}

impl Embed {
    /// Characters Discord counts against its 6000-per-message limit.
    pub fn counted_chars(&self) -> usize {
        let len = |s: &str| s.chars().count();
        len(&self.title)
            + len(&self.description)
            + len(&self.footer)
            + self
                .fields
                .iter()
                .map(|f| len(&f.name) + len(&f.value))
                .sum::<usize>()
    }

    pub fn field(
        mut self,
        name: impl Into<String>,
        value: impl Into<String>,
        inline: bool,
    ) -> Self {
        let value = value.into();
        // Discord rejects empty field values.
        if !value.trim().is_empty() {
            self.fields.push(Field {
                name: name.into(),
                value,
                inline,
            });
        }
        self
    }
}

/// Where a paged answer stands; the adapter turns it into Prev/Next buttons.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PagePosition {
    /// Zero-based.
    pub page: usize,
    pub pages: usize,
}

/// What the bot sends for one answer.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Reply {
    pub content: String,
    pub embeds: Vec<Embed>,
    /// Set when the answer has more than one page.
    pub position: Option<PagePosition>,
    /// Only the asker sees it (errors, denials, admin results).
    pub ephemeral: bool,
}

/// Nobody is pinged by anything the bot sends: not `@everyone`, not a role, not a user.
pub fn no_mentions() -> serenity::CreateAllowedMentions {
    serenity::CreateAllowedMentions::new()
}

impl Reply {
    pub fn text(content: impl Into<String>) -> Self {
        Self {
            content: content.into(),
            ..Self::default()
        }
    }

    pub fn ephemeral(mut self) -> Self {
        self.ephemeral = true;
        self
    }

    fn create_embeds(&self) -> Vec<serenity::CreateEmbed> {
        self.embeds.iter().map(create_embed).collect()
    }

    /// For a first response or a follow-up through poise.
    pub fn to_create_reply(
        &self,
        components: Vec<serenity::CreateActionRow>,
    ) -> poise::CreateReply {
        let mut reply = poise::CreateReply::default()
            .ephemeral(self.ephemeral)
            .allowed_mentions(no_mentions())
            .components(components);
        if !self.content.is_empty() {
            reply = reply.content(self.content.clone());
        }
        for embed in self.create_embeds() {
            reply = reply.embed(embed);
        }
        reply
    }

    /// A message the bot posts on its own (watches); pings nobody.
    pub fn to_message(&self) -> serenity::CreateMessage {
        serenity::CreateMessage::new()
            .content(self.content.clone())
            .embeds(self.create_embeds())
            .allowed_mentions(no_mentions())
    }

    /// Replaces a posted message's text and embeds.
    pub fn to_message_edit(&self) -> serenity::EditMessage {
        serenity::EditMessage::new()
            .content(self.content.clone())
            .embeds(self.create_embeds())
            .allowed_mentions(no_mentions())
    }

    /// A private follow-up, for an answer that must not show in a public or shared response
    /// already made (a deferred "thinking…", a page message).
    pub fn to_private_followup(&self) -> serenity::CreateInteractionResponseFollowup {
        serenity::CreateInteractionResponseFollowup::new()
            .content(self.content.clone())
            .embeds(self.create_embeds())
            .allowed_mentions(no_mentions())
            .ephemeral(true)
    }

    /// For answering a button click (interaction response type 7, or type 4 when ephemeral).
    pub fn to_response_message(
        &self,
        components: Vec<serenity::CreateActionRow>,
    ) -> serenity::CreateInteractionResponseMessage {
        serenity::CreateInteractionResponseMessage::new()
            .content(self.content.clone())
            .embeds(self.create_embeds())
            .components(components)
            .allowed_mentions(no_mentions())
            .ephemeral(self.ephemeral)
    }

    /// For editing a deferred response in place (`PATCH .../messages/@original`).
    pub fn to_edit(
        &self,
        components: Vec<serenity::CreateActionRow>,
    ) -> serenity::EditInteractionResponse {
        serenity::EditInteractionResponse::new()
            .content(self.content.clone())
            .embeds(self.create_embeds())
            .components(components)
            .allowed_mentions(no_mentions())
    }
}

/// Without page buttons (they need a key from the adapter's page store).
impl From<&Reply> for poise::CreateReply {
    fn from(reply: &Reply) -> Self {
        reply.to_create_reply(Vec::new())
    }
}

fn create_embed(embed: &Embed) -> serenity::CreateEmbed {
    let mut out = serenity::CreateEmbed::new().colour(0x2b6cb0);
    if !embed.title.is_empty() {
        out = out.title(embed.title.clone());
    }
    if let Some(url) = &embed.url {
        out = out.url(url.clone());
    }
    if !embed.description.is_empty() {
        out = out.description(embed.description.clone());
    }
    for field in &embed.fields {
        out = out.field(field.name.clone(), field.value.clone(), field.inline);
    }
    if !embed.footer.is_empty() {
        out = out.footer(serenity::CreateEmbedFooter::new(embed.footer.clone()));
    }
    out
}

//! The moderator check for admin commands. `default_member_permissions` only hides commands in
//! Discord's UI (server admins can change it); this server-side check is the one that counts.

use super::render::render_notice;
use super::respond::Responder;
use super::{Context, Error};
use crate::settings::DiscordSettings;

/// True when the user, or one of their roles, is configured as a moderator.
pub fn is_moderator(user_id: u64, role_ids: &[u64], settings: &DiscordSettings) -> bool {
    settings.moderator_user_ids.contains(&user_id)
        || role_ids
            .iter()
            .any(|r| settings.moderator_role_ids.contains(r))
}

/// poise check: lets moderators through; answers everyone else privately and changes nothing.
pub async fn moderator(ctx: Context<'_>) -> Result<bool, Error> {
    let user_id = ctx.author().id.get();
    let role_ids: Vec<u64> = match ctx {
        poise::Context::Application(app) => app
            .interaction
            .member
            .as_ref()
            .map(|m| m.roles.iter().map(|r| r.get()).collect())
            .unwrap_or_default(),
        poise::Context::Prefix(_) => Vec::new(),
    };
    let command: &str = &ctx.command().qualified_name;
    if is_moderator(user_id, &role_ids, &ctx.data().settings.discord) {
        tracing::info!(user_id, command, "admin command accepted");
        return Ok(true);
    }
    tracing::warn!(user_id, command, "admin command denied: not a moderator");
    let text = format!(
        "Only moderators can use /{command}. Ask a server moderator if the index needs it."
    );
    Responder::new(ctx)
        .send(&render_notice(&text), vec![])
        .await?;
    Ok(false)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::Settings;

    #[test]
    fn users_and_roles_grant_moderation() {
        let mut s = Settings::defaults().discord;
        s.moderator_user_ids = vec![10];
        s.moderator_role_ids = vec![77];
        assert!(is_moderator(10, &[], &s));
        assert!(is_moderator(11, &[5, 77], &s));
        assert!(!is_moderator(11, &[5], &s));
        assert!(!is_moderator(77, &[], &s), "a role id is not a user id");
    }
}

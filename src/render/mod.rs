//! Plain-text rendering of answers for the terminal (`chat`, `ask`, CLI). Discord renders the
//! same answers as embeds in `discord::render`.

pub mod text;

//! Extraction: a [`Statement`] in, the phone [`Call`]s it reports out. OWNER: extraction helper.
//! Interface used by other layers: `Extractor::new(Arc<People>)`, `Extractor::extract(&Statement)`.

use std::sync::Arc;

use crate::model::{Call, Statement};
use crate::people::People;

pub struct Extractor {
    people: Arc<People>,
}

impl Extractor {
    pub fn new(people: Arc<People>) -> Self {
        Self { people }
    }

    pub fn people(&self) -> &People {
        &self.people
    }

    pub fn extract(&self, statement: &Statement) -> Vec<Call> {
        let _ = statement;
        Vec::new()
    }
}

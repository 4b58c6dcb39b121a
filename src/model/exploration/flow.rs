//! E8, flow and energy: three questions about what absorbs, lifts and drains.

use serde::{Deserialize, Serialize};

use crate::model::base::text::text_fields;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Flow {
    pub moments: String,
    pub energisers: String,
    pub drainers: String,
}

text_fields! {
    /// The three questions of E8.
    pub enum FlowText for Flow {
        Moments => moments,
        Energisers => energisers,
        Drainers => drainers,
    }
}

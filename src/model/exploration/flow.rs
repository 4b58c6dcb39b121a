//! E8, flow and energy: three questions about what absorbs, lifts and drains.

use serde::Serialize;

use crate::model::base::saved::saved_record;
use crate::model::base::text::text_fields;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Flow {
    pub moments: String,
    pub energisers: String,
    pub drainers: String,
}
saved_record!(Flow with defaults { moments, energisers, drainers });

text_fields! {
    /// The three questions of E8.
    pub enum FlowText for Flow {
        Moments => moments,
        Energisers => energisers,
        Drainers => drainers,
    }
}

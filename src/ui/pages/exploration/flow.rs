//! E8: moments of flow, what energises and what drains.

use leptos::prelude::*;

use crate::model::exploration::about_you::SelfEdit;
use crate::model::exploration::flow::FlowText;
use crate::model::exploration::Section;
use crate::model::Part;
use crate::store::LiveWorkbook;
use crate::ui::widgets::{Fields, LongAnswer};

use super::overview::SectionStatus;

#[component]
pub fn FlowSection() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let text = move |field: FlowText| {
        live.select_in(&[Part::Flow], move |w| {
            field.get(&w.exploration.flow).to_string()
        })
    };
    let set =
        move |field: FlowText| Callback::new(move |t| live.dispatch(SelfEdit::Flow(field, t)));
    view! {
            <section aria-labelledby="flow" class="card">
                <h2 id="flow" tabindex="-1">"Flow and energy" <SectionStatus section=Section::Flow/></h2>
    <Fields>
                <LongAnswer id="flow-moments" label="When did you last lose track of time while working?" hint="What were you doing, with whom, and what made it absorbing?"
                    value=text(FlowText::Moments) on_input=set(FlowText::Moments) rows=3/>
                <LongAnswer id="flow-energisers" label="What gives you energy?" value=text(FlowText::Energisers) on_input=set(FlowText::Energisers) rows=2/>
                <LongAnswer id="flow-drainers" label="What drains you?" value=text(FlowText::Drainers) on_input=set(FlowText::Drainers) rows=2/>
            </Fields>
    </section>
        }
}

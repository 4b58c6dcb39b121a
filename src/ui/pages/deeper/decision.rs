//! R5: the chosen direction, why, and what would change the person's mind.

use leptos::prelude::*;

use super::display_title;
use crate::model::deeper::{DecisionText, DeeperEdit};
use crate::model::Id;
use crate::model::Part;
use crate::store::LiveWorkbook;
use crate::ui::widgets::{Fields, LongAnswer};

#[component]
pub fn DecisionSection() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let options = live.select_in(&[Part::Options], |w| {
        w.deeper
            .options
            .iter()
            .filter(|o| !o.archived)
            .map(|o| (o.id, display_title(o)))
            .collect::<Vec<_>>()
    });
    let chosen = live.select_in(&[Part::Decision], |w| w.deeper.decision.chosen);
    let chosen = move || chosen.get();
    let text = move |field: DecisionText| {
        live.select_in(&[Part::Decision], move |w| {
            field.get(&w.deeper.decision).to_string()
        })
    };
    let set = move |field: DecisionText| {
        Callback::new(move |t| live.dispatch(DeeperEdit::SetDecisionText(field, t)))
    };
    view! {
        <section aria-labelledby="decision-heading" class="card">
            <h2 id="decision-heading">"Your decision"</h2>
            <p class="hint">
                "When you are ready, and not before. A decision can be for now: you can always revisit it."
            </p>
            <Fields>
            <div class="field">
                <label for="decision-chosen">"The option you choose"</label>
                <select id="decision-chosen" on:change=move |ev| {
                    let value = event_target_value(&ev);
                    let id = value.parse::<u32>().ok().map(Id);
                    live.dispatch(DeeperEdit::Choose(id));
                }>
                    <option value="" selected=move || chosen().is_none()>"Not decided yet"</option>
                    <For each=move || options.get() key=|choice| choice.clone() let:choice>
                        <option value=choice.0.to_string() selected=move || chosen() == Some(choice.0)>{choice.1}</option>
                    </For>
                </select>
            </div>
            <LongAnswer
                id="decision-direction"
                label="The direction, in your own words"
                hint="It may be one of your options, a blend of two, or something new."
                value=text(DecisionText::Direction)
                on_input=set(DecisionText::Direction)
                rows=2
            />
            <LongAnswer id="decision-why" label="Why this one?" value=text(DecisionText::Why) on_input=set(DecisionText::Why) rows=3/>
            <LongAnswer
                id="decision-change"
                label="What would change your mind?"
                hint="Naming it now makes it easier to notice later, and to keep going when it does not happen."
                value=text(DecisionText::ChangeMyMind)
                on_input=set(DecisionText::ChangeMyMind)
                rows=3
            />
            </Fields>
        </section>
    }
}

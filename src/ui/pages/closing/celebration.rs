//! C4, the celebration: the journey on one page (goals reached, the values that led, the direction
//! chosen and why, what was learned on the way, a few numbers), the person's own words about it, and
//! a day to look back again.

use leptos::prelude::*;

use crate::model::closing::{CelebrationText, ClosingEdit, MAX_CELEBRATION_CHARS};
use crate::model::dashboard::journey;
use crate::model::Part;
use crate::store::LiveWorkbook;
use crate::ui::format::count;
use crate::ui::widgets::{DateField, Fields};

use super::Today;

#[component]
pub fn CelebrationSection() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let today = expect_context::<Today>().0;
    const PARTS: &[Part] = &[
        Part::Profile,
        Part::Goals,
        Part::Values,
        Part::Options,
        Part::Decision,
        Part::CheckIns,
        Part::Setbacks,
        Part::Conversations,
        Part::Applications,
    ];
    let story = live.select_in(PARTS, move |w| journey(w, today));
    let words = live.select_in(&[Part::Celebration], |w| w.closing.celebration.clone());
    view! {
        <section aria-labelledby="celebration-heading" class="card celebration" id="celebration">
            <h2 id="celebration-heading">"Look how far you have come"</h2>
            <p class="hint">
                "Whatever you decide, you did the work: you looked closely at yourself, talked to people and \
                 tried things. Take a moment with it before the next chapter starts."
            </p>
            {move || {
                let j = story.get();
                let numbers = [
                    j.days_since_start.map(|d| count(d as usize, "day since you started", "days since you started")),
                    Some(count(j.conversations, "conversation", "conversations")),
                    Some(count(j.applications_sent, "application sent", "applications sent")),
                    Some(count(j.check_ins, "check-in", "check-ins")),
                ];
                view! {
                    <ul class="journey-numbers" id="journey-numbers">
                        {numbers.into_iter().flatten().map(|n| view! { <li>{n}</li> }).collect_view()}
                    </ul>
                    <dl class="journey" id="journey">
                        {(!j.goals_reached.is_empty()).then(|| view! {
                            <dt>"Goals reached"</dt>
                            {j.goals_reached.iter().map(|g| view! { <dd>{g.clone()}</dd> }).collect_view()}
                        })}
                        {(j.goals_open > 0).then(|| view! {
                            <dt>"Goals still open"</dt>
                            <dd>{format!("{}: they can come with you into the next chapter.", count(j.goals_open, "goal", "goals"))}</dd>
                        })}
                        {(!j.top_values.is_empty()).then(|| view! {
                            <dt>"The values that led you"</dt>
                            <dd>{j.top_values.join(", ")}</dd>
                        })}
                        {j.direction.clone().map(|(direction, why)| view! {
                            <dt>"The direction you chose"</dt>
                            <dd>{direction}</dd>
                            {(!why.is_empty()).then(|| view! { <dd><span class="hint">{format!("Why: {why}")}</span></dd> })}
                        })}
                        {(!j.insights.is_empty()).then(|| view! {
                            <dt>"What you learned on the way"</dt>
                            {j.insights.iter().map(|i| view! { <dd>{i.clone()}</dd> }).collect_view()}
                        })}
                    </dl>
                }
            }}
            <Fields>
                {CelebrationText::ALL.into_iter().map(|field| {
                    let field_id = format!("celebration-{}", field.key());
                    view! {
                        <div class="field">
                            <label for=field_id.clone()>{field.label()}</label>
                            <textarea id=field_id rows="2" maxlength=MAX_CELEBRATION_CHARS prop:value=move || field.get(&words.get()).to_string()
                                on:input=move |ev| live.dispatch(ClosingEdit::SetCelebrationText(field, event_target_value(&ev)))></textarea>
                        </div>
                    }
                }).collect_view()}
                <DateField id="celebration-next" label="A day to check in with yourself again"
                    hint="A few months into the new chapter is a good time to ask how it is going. It goes on your agenda and in the calendar file."
                    value=Signal::derive(move || words.get().next_check_in)
                    on_change=Callback::new(move |day| live.dispatch(ClosingEdit::SetNextCheckIn(day)))/>
            </Fields>
        </section>
    }
}

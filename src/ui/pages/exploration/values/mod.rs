//! E4, the values card sort, as a section of the Exploration page: the sort (`sort.rs`), cards of
//! one's own (`custom.rs`), the top values and their reflections (`top.rs`), and the summary and
//! history of kept sorts (`summary.rs`).

mod custom;
mod sort;
mod summary;
mod top;

use leptos::prelude::*;

use crate::model::exploration;
use crate::model::exploration::values::{Pile, ValuesEdit, ValuesSort};
use crate::model::Part;
use crate::store::LiveWorkbook;
use crate::ui::format::short_date;
use crate::ui::widgets::Undo;

use custom::CustomCards;
use sort::{CurrentCard, DragGhost, PileView, SortState};
use summary::{SortHistory, ValuesSummary};
use top::TopValues;

#[component]
pub fn ValuesSection() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let state = SortState::new(live);
    let progress = state.select(ValuesSort::progress);
    let last_kept = live.select_in(&[Part::Values], |w| {
        w.exploration.values.history.last().map(|s| s.taken_on)
    });
    let complete = move || progress.with(|(s, t)| s == t);

    view! {
        <section aria-labelledby="values-heading" class="card values">
            <h2 id="values-heading" tabindex="-1">"Your values" <super::overview::SectionStatus section=crate::model::exploration::Section::Values/></h2>
            <p class="hint">
                "What matters to you at work? Sort each card by how much you value it, going with your \
                 first response. There are no right answers, and you can sort again later to see what \
                 has changed."
            </p>
            <div class="sort-progress">
                <label for="values-progress">
                    {move || { let (s, t) = progress.get(); format!("{s} of {t} sorted") }}
                </label>
                <progress id="values-progress" max=move || progress.get().1 value=move || progress.get().0></progress>
            </div>
            <p class="hint" id="sort-keys">
                "Keyboard: on a card, press 1 (always) to 5 (never) to file it; on a filed card, arrows move \
                 it to the next pile and 0 sends it back. Or drag cards, or tap a filed card for its menu."
            </p>
            <CurrentCard state=state/>
            <div class="piles">
                {Pile::ALL.into_iter().map(|pile| view! { <PileView state=state pile=pile/> }).collect_view()}
            </div>
            <div class="actions sort-actions">
                <button
                    type="button"
                    id="undo-move"
                    disabled=move || state.moves.with(Vec::is_empty)
                    on:click=move |_| state.undo_last()
                >"Undo last move"</button>
                <button
                    type="button"
                    id="finish-sort"
                    class="primary"
                    disabled=move || !complete()
                    on:click=move |_| {
                        let today = chrono::Local::now().date_naive();
                        live.dispatch(ValuesEdit::Finish { today });
                        state.said.set("Sort kept in your history, dated today. Now choose your top values below.".into());
                    }
                >"Keep this sort"</button>
                <button
                    type="button"
                    id="resort"
                    disabled=move || progress.with(|(s, _)| *s == 0)
                    on:click=move |_| {
                        state.moves.set(Vec::new());
                        expect_context::<Undo>().remove(exploration::Target::ValuesSort);
                    }
                >"Start a new sort"</button>
            </div>
            <p class="hint" id="last-kept">
                {move || last_kept.get().map(|day| {
                    if day == chrono::Local::now().date_naive() {
                        "Kept today. Keeping it again today replaces today's copy in your history.".to_string()
                    } else {
                        format!("Last kept on {}.", short_date(day))
                    }
                })}
            </p>
            <p class="visually-hidden" aria-live="polite" id="sort-announce">{move || state.said.get()}</p>
            <DragGhost state=state/>
            <CustomCards/>
            <TopValues/>
            <ValuesSummary/>
            <SortHistory/>
        </section>
    }
}

//! R3: the options scored against the person's criteria, with the shared score matrix widget.

use leptos::prelude::*;

use super::display_title;
use crate::model::deeper;
use crate::model::deeper::DeeperEdit;
use crate::model::Part;
use crate::store::LiveWorkbook;
use crate::ui::widgets::{MatrixWords, ScoreMatrixView, Undo};

#[component]
pub fn CompareSection() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let undo = expect_context::<Undo>();
    // Memos, so the grid re-renders only when the options' titles or the matrix change, not on every
    // key press elsewhere on the page.
    let things = live.select_in(&[Part::Options], |w| {
        w.deeper
            .options
            .iter()
            .filter(|o| !o.archived)
            .map(|o| (o.id, display_title(o)))
            .collect::<Vec<_>>()
    });
    let matrix = live.select_in(&[Part::Matrix], |w| w.deeper.matrix.clone());
    let suggestions = live.select_in(&[Part::Values], |w| w.top_value_names());
    view! {
    <section aria-labelledby="compare-heading" class="card">
        <h2 id="compare-heading">"Compare your options"</h2>
        <p class="hint">
            "A way to think, not a verdict. If the ranking surprises you, that is worth a moment: \
             perhaps a weight is off, or something that matters is missing from the list."
        </p>
        <ScoreMatrixView
            id_prefix="matrix"
            words=MatrixWords { thing: "option", things: "options", a_thing: "an option" }
            things=things
            matrix=matrix
            on_edit=Callback::new(move |edit| live.dispatch(DeeperEdit::OptionMatrix(edit)))
            on_remove_criterion=Callback::new(move |id| undo.remove(deeper::Target::Criterion(id)))
            suggestions=suggestions
            suggestions_label="Your top values from the card sort, as criteria:"
        />
    </section>
    }
}

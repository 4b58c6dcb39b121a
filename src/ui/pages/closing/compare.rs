//! C1, the offers side by side: what each is worth in money (never added or ranked across
//! currencies), the time a commute takes, and the offers scored against what matters with the same
//! score matrix as the career options.

use leptos::prelude::*;

use crate::model::closing::{commute_hours, compensation, money_order, ClosingEdit, MoneyOrder};
use crate::model::{closing, Part};
use crate::store::LiveWorkbook;
use crate::ui::format::count;
use crate::ui::widgets::{MatrixWords, ScoreMatrixView, Undo};

use super::{money, offer_name};

/// One row of the money table.
#[derive(Clone, PartialEq)]
struct Row {
    name: String,
    first_year: String,
    later_years: String,
    commute: String,
    leave: String,
    remote: String,
}

#[component]
pub fn CompareSection() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let undo = expect_context::<Undo>();
    let rows = live.select_in(&[Part::Offers], |w| {
        w.closing
            .offers
            .iter()
            .map(|o| {
                let c = compensation(o);
                Row {
                    name: offer_name(o),
                    first_year: money(c.first_year, &o.currency),
                    later_years: money(c.steady_year, &o.currency),
                    commute: commute_hours(o)
                        .map_or_else(|| "–".into(), |h| count(h as usize, "hour", "hours")),
                    leave: o
                        .leave_days
                        .map_or_else(|| "–".into(), |d| count(d as usize, "day", "days")),
                    remote: o
                        .remote_days
                        .map_or_else(|| "–".into(), |d| format!("{d} a week")),
                }
            })
            .collect::<Vec<_>>()
    });
    let order = live.select_in(&[Part::Offers], |w| {
        let name = |id| w.closing.offer(id).map(offer_name).unwrap_or_default();
        match money_order(&w.closing.offers) {
            MoneyOrder::Ranked(ids) => format!(
                "By first-year money alone: {}. Money is one line of the picture; the scores below weigh the rest.",
                ids.into_iter().map(name).collect::<Vec<_>>().join(", then ")
            ),
            MoneyOrder::MixedCurrencies(currencies) => format!(
                "These offers are in different currencies ({}), so Waypoint does not add them up or rank them by \
                 money: it does not know today's exchange rate. Convert them yourself if money decides it.",
                currencies.join(", ")
            ),
            MoneyOrder::NothingToCompare => "Write the pay of two offers or more to see them side by side.".to_string(),
        }
    });
    let things = live.select_in(&[Part::Offers], |w| {
        w.closing
            .offers
            .iter()
            .map(|o| (o.id, offer_name(o)))
            .collect::<Vec<_>>()
    });
    let matrix = live.select_in(&[Part::OfferMatrix], |w| w.closing.matrix.clone());
    let suggestions = live.select_in(&[Part::Values], |w| w.top_value_names());
    view! {
        <section aria-labelledby="compare-offers-heading" class="card">
            <h2 id="compare-offers-heading">"Side by side"</h2>
            // Focusable, so the keyboard can scroll it on a narrow screen.
            <div class="grid-scroll" tabindex="0" role="region" aria-labelledby="offer-totals-caption">
                <table id="offer-totals" class="score-grid offer-totals">
                    <caption class="visually-hidden" id="offer-totals-caption">"What each offer is worth in a year, and in time"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Offer"</th>
                            <th scope="col">"First year"</th>
                            <th scope="col">"Later years"</th>
                            <th scope="col">"Commute"</th>
                            <th scope="col">"Paid leave"</th>
                            <th scope="col">"Remote"</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || rows.get().into_iter().map(|row| view! {
                            <tr>
                                <th scope="row">{row.name}</th>
                                <td>{row.first_year}</td>
                                <td>{row.later_years}</td>
                                <td>{row.commute}</td>
                                <td>{row.leave}</td>
                                <td>{row.remote}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <p id="money-order" class="hint" aria-live="polite">{move || order.get()}</p>
            <h3>"Scored against what matters to you"</h3>
            <p class="hint">
                "Score each offer from 1 to 10 on each line, and weigh the lines. Then ask yourself: what \
                 would make one of these a clear yes?"
            </p>
            <ScoreMatrixView
                id_prefix="offer-matrix"
                words=MatrixWords { thing: "offer", things: "offers", a_thing: "an offer" }
                things=things
                matrix=matrix
                on_edit=Callback::new(move |edit| live.dispatch(ClosingEdit::OfferMatrix(edit)))
                on_remove_criterion=Callback::new(move |id| undo.remove(closing::Target::Criterion(id)))
                suggestions=suggestions
                suggestions_label="Your top values from the card sort, as criteria:"
            />
        </section>
    }
}

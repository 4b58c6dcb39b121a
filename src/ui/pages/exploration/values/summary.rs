//! What the sort adds up to: pile counts and top values as a chart, and kept sorts compared.

use leptos::prelude::*;

use crate::model::exploration::values::{Pile, ValuesSort};
use crate::model::Part;
use crate::store::LiveWorkbook;
use crate::ui::format::{count, short_date};
use crate::ui::widgets::{Bar, BarChart, Fields};

/// Pile counts, and the top values with how well work honours each, as a chart.
#[component]
pub(super) fn ValuesSummary() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let summary = live.select_in(&[Part::Values], |w| {
        let v = &w.exploration.values;
        let counts: Vec<(Pile, usize)> = Pile::ALL
            .into_iter()
            .map(|p| (p, v.in_pile(p).len()))
            .collect();
        let top: Vec<(String, Option<u8>)> = v
            .top
            .iter()
            .filter_map(|k| {
                v.card(k)
                    .map(|c| (c.name, v.reflection(k).and_then(|r| r.honoured)))
            })
            .collect();
        (counts, top)
    });
    move || {
        let (counts, top) = summary.get();
        if top.is_empty() {
            return None;
        }
        let described = top
            .iter()
            .map(|(name, h)| {
                format!(
                    "{name}: {}",
                    h.map_or_else(|| "not rated".to_string(), |h| format!("{h} of 10"))
                )
            })
            .collect::<Vec<_>>()
            .join("; ");
        Some(view! {
            <div class="values-summary">
                <h3>"Summary"</h3>
                <p class="pile-counts">
                    {counts.into_iter().map(|(p, n)| format!("{}: {n}", p.label())).collect::<Vec<_>>().join(" · ")}
                </p>
                <BarChart name="alignment" title="How well your work honours your top values, from 1 to 10" description=described max=10
                    bars=top.into_iter().map(|(name, honoured)| Bar {
                        label: name,
                        value: honoured.map_or(0, u32::from),
                        shown: honoured.map_or_else(|| "–".to_string(), |h| h.to_string()),
                        class: "seg seg-0".to_string(),
                    }).collect()/>
            </div>
        })
    }
}

/// Finished sorts by date, and two of them side by side.
#[component]
pub(super) fn SortHistory() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let earlier = RwSignal::new(None::<usize>);
    let later = RwSignal::new(None::<usize>);
    // The history holds whole sorts; a key press elsewhere must not copy them. Only the dates and the
    // one comparison shown are read, each as a memo.
    let dates = live.select_in(&[Part::Values], |w| {
        w.exploration
            .values
            .history
            .iter()
            .map(|s| s.taken_on)
            .collect::<Vec<_>>()
    });
    let chosen = Memo::new(move |_| {
        let n = dates.with(Vec::len);
        let pick = |signal: RwSignal<Option<usize>>, default: usize| {
            signal.get().filter(|i| *i < n).unwrap_or(default)
        };
        (
            pick(earlier, n.saturating_sub(2)),
            pick(later, n.saturating_sub(1)),
        )
    });
    let comparison = live.select_in(&[Part::Values], move |w| {
        let history = &w.exploration.values.history;
        let (a, b) = chosen.get();
        match (history.get(a), history.get(b)) {
            (Some(a), Some(b)) => ValuesSort::compare(a, b),
            _ => Default::default(),
        }
    });
    move || {
        let snapshots = dates.get();
        if snapshots.is_empty() {
            return None;
        }
        let n = snapshots.len();
        let (a, b) = chosen.get();
        let labels = snapshots_labels(&snapshots);
        let options = move |selected: usize| {
            labels
                .clone()
                .into_iter()
                .enumerate()
                .map(|(i, label)| view! { <option value=i.to_string() selected=i == selected>{label}</option> })
                .collect_view()
        };
        let comparison = comparison.get();
        let list = |items: Vec<String>| {
            if items.is_empty() {
                "none".to_string()
            } else {
                items.join(", ")
            }
        };
        let moved = |items: &[(String, Pile, Pile)]| {
            items
                .iter()
                .map(|(name, from, to)| format!("{name} ({} → {})", from.key(), to.key()))
                .collect::<Vec<_>>()
        };
        Some(view! {
            <div class="sort-history">
                <h3>"Your sorts over time"</h3>
                <p class="hint">{format!("{} kept. Choose two to compare.", count(n, "sort", "sorts"))}</p>
                <Fields><div class="field-row">
                    <div class="field">
                        <label for="history-earlier">"Earlier"</label>
                        <select id="history-earlier" on:change=move |ev| earlier.set(event_target_value(&ev).parse().ok())>{options(a)}</select>
                    </div>
                    <div class="field">
                        <label for="history-later">"Later"</label>
                        <select id="history-later" on:change=move |ev| later.set(event_target_value(&ev).parse().ok())>{options(b)}</select>
                    </div>
                </div></Fields>
                <dl class="comparison" id="history-comparison">
                    <dt>"Rose"</dt><dd>{list(moved(&comparison.rose))}</dd>
                    <dt>"Fell"</dt><dd>{list(moved(&comparison.fell))}</dd>
                    <dt>"Entered your top values"</dt><dd>{list(comparison.entered_top)}</dd>
                    <dt>"Left your top values"</dt><dd>{list(comparison.left_top)}</dd>
                </dl>
            </div>
        })
    }
}

fn snapshots_labels(dates: &[chrono::NaiveDate]) -> Vec<String> {
    dates
        .iter()
        .enumerate()
        .map(|(i, day)| format!("{}. {}", i + 1, short_date(*day)))
        .collect()
}

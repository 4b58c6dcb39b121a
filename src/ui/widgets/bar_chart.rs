//! A simple horizontal bar chart in SVG: one labelled bar per row against a common maximum, with
//! the number written after it. Screen readers get the title and a description of every row.

use leptos::prelude::*;

/// One row of a [`BarChart`].
pub struct Bar {
    pub label: String,
    /// From 0 to the chart's `max`; drawn clamped to it.
    pub value: u32,
    /// What is written after the bar ("7", "–").
    pub shown: String,
    /// The bar's colour class (`seg seg-N` in the stylesheet).
    pub class: String,
}

const ROW: f64 = 30.0;
const BAR_X: f64 = 220.0;
const BAR_WIDTH: f64 = 280.0;

/// The chart's svg is `{name}-chart`, its title `{name}-title`, its description `{name}-desc`.
#[component]
pub fn BarChart(
    name: &'static str,
    title: &'static str,
    description: String,
    max: u32,
    bars: Vec<Bar>,
) -> impl IntoView {
    let height = bars.len() as f64 * ROW + 4.0;
    let (title_id, desc_id) = (format!("{name}-title"), format!("{name}-desc"));
    let labelled_by = format!("{title_id} {desc_id}");
    let scale = BAR_WIDTH / f64::from(max.max(1));
    view! {
        <figure class="bar-chart">
            <svg viewBox=format!("0 0 560 {height}") role="img" aria-labelledby=labelled_by id=format!("{name}-chart")>
                <title id=title_id>{title}</title>
                <desc id=desc_id>{description}</desc>
                {bars.into_iter().enumerate().map(|(row, bar)| {
                    let y = row as f64 * ROW;
                    view! {
                        <g>
                            <text x="0" y=format!("{:.1}", y + 19.0) class="chart-label">{bar.label}</text>
                            <rect x=BAR_X y=format!("{:.1}", y + 6.0) width=BAR_WIDTH height="18" class="track"></rect>
                            <rect x=BAR_X y=format!("{:.1}", y + 6.0) width=format!("{:.1}", f64::from(bar.value.min(max)) * scale) height="18" class=bar.class></rect>
                            <text x=BAR_X + BAR_WIDTH + 8.0 y=format!("{:.1}", y + 20.0) class="chart-total">{bar.shown}</text>
                        </g>
                    }
                }).collect_view()}
            </svg>
        </figure>
    }
}

//! Confidence and energy over the latest check-ins (P3), as two lines with the figures as text for
//! those who do not see the picture: on the Plan page, following the check-ins, and in the printed
//! summary. The energy line is dashed, so the two tell apart in black and white.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::model::plan::check_ins::in_time_order;
use crate::model::plan::{CheckIn, MAX_RATING, MIN_RATING};
use crate::ui::format::short_date;

/// The check-ins the chart shows: the latest, about half a year on a weekly rhythm.
const CHARTED: usize = 26;

/// One dated check-in's two ratings, either of which may be missing.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RatingPoint {
    pub on: NaiveDate,
    pub confidence: Option<u8>,
    pub energy: Option<u8>,
}

impl RatingPoint {
    /// The points of the latest dated check-ins with a rating, oldest first.
    pub fn charted(check_ins: &[CheckIn]) -> Vec<RatingPoint> {
        let points: Vec<RatingPoint> = in_time_order(check_ins)
            .into_iter()
            .filter_map(|c| {
                Some(RatingPoint {
                    on: c.on?,
                    confidence: c.confidence,
                    energy: c.energy,
                })
            })
            .filter(|p| p.confidence.is_some() || p.energy.is_some())
            .collect();
        let skip = points.len().saturating_sub(CHARTED);
        points.into_iter().skip(skip).collect()
    }
}

/// The chart of `points`, or nothing with fewer than two (a line needs two ends).
pub fn ratings_chart(points: Vec<RatingPoint>) -> Option<AnyView> {
    (points.len() >= 2).then(|| {
        const W: f64 = 320.0;
        const H: f64 = 120.0;
        let step = W / (points.len() - 1) as f64;
        let y = |v: u8| 8.0 + (f64::from(MAX_RATING - v) / f64::from(MAX_RATING - MIN_RATING)) * (H - 16.0);
        let line = |pick: fn(&RatingPoint) -> Option<u8>| {
            points.iter().enumerate().filter_map(|(i, p)| pick(p).map(|v| format!("{:.1},{:.1}", i as f64 * step, y(v)))).collect::<Vec<_>>().join(" ")
        };
        let dots = |pick: fn(&RatingPoint) -> Option<u8>, class: &'static str| {
            points.iter().enumerate().filter_map(|(i, p)| pick(p).map(|v| view! {
                <circle cx=format!("{:.1}", i as f64 * step) cy=format!("{:.1}", y(v)) r="3.5" class=class></circle>
            })).collect_view()
        };
        let describe = points
            .iter()
            .map(|p| {
                let rated = |v: Option<u8>| v.map_or("not rated".to_string(), |v| v.to_string());
                format!("{}: confidence {}, energy {}", short_date(p.on), rated(p.confidence), rated(p.energy))
            })
            .collect::<Vec<_>>()
            .join("; ");
        let (first, last) = (short_date(points[0].on), short_date(points[points.len() - 1].on));
        view! {
            <figure class="ratings-chart">
                <svg viewBox=format!("-26 0 {} {}", W + 34.0, H) role="img" aria-labelledby="ratings-chart-title ratings-chart-desc" id="ratings-chart">
                    <title id="ratings-chart-title">"Confidence and energy at each check-in, from 1 to 10"</title>
                    <desc id="ratings-chart-desc">{describe}</desc>
                    {[1u8, 5, 10].into_iter().map(|v| view! {
                        <g>
                            <line x1="0" x2=W y1=format!("{:.1}", y(v)) y2=format!("{:.1}", y(v)) class="gridline"></line>
                            <text x="-8" y=format!("{:.1}", y(v) + 4.0) text-anchor="end" class="chart-total">{v.to_string()}</text>
                        </g>
                    }).collect_view()}
                    <polyline points=line(|p| p.confidence) class="line-confidence"></polyline>
                    <polyline points=line(|p| p.energy) class="line-energy"></polyline>
                    {dots(|p| p.confidence, "dot-confidence")}
                    {dots(|p| p.energy, "dot-energy")}
                </svg>
                <figcaption>
                    <span class="key key-confidence">"Confidence"</span>
                    <span class="key key-energy">"Energy"</span>
                    <span class="muted">{format!("{first} to {last}, 1 to 10")}</span>
                </figcaption>
            </figure>
        }
        .into_any()
    })
}

//! The plan in the printed summary: the steps by status and date, the if–then plans and the
//! check-ins, with confidence and energy over time.

use crate::model::plan::{CheckInText, IfThenText, Rating};
use crate::model::Workbook;
use crate::ui::route::Route;
use crate::ui::widgets::{ratings_chart, RatingPoint};

use super::{answer, day, fact, lines, of_ten, part, record, stage, Piece};

pub fn section(w: &Workbook) -> Piece {
    let p = &w.plan;
    let steps = part(
        "Action steps",
        vec![lines(
            p.steps
                .iter()
                .map(|s| {
                    let due = day(s.due).map(|d| format!(", due {d}")).unwrap_or_default();
                    format!(
                        "{} ({}{due})",
                        s.title.trim(),
                        s.status.label().to_ascii_lowercase()
                    )
                })
                .collect(),
        )],
    );
    let if_thens = part(
        "If–then plans",
        vec![lines(
            p.if_thens
                .iter()
                .filter(|i| !i.obstacle.trim().is_empty() || !i.response.trim().is_empty())
                .map(|i| {
                    format!(
                        "If {}, then {}",
                        IfThenText::Obstacle.get(i).trim(),
                        IfThenText::Response.get(i).trim()
                    )
                })
                .collect(),
        )],
    );
    let mut held: Vec<_> = p.check_ins.iter().collect();
    held.sort_by_key(|c| c.on);
    let chart = ratings_chart(RatingPoint::charted(&p.check_ins));
    let check_ins = part(
        "Check-ins",
        std::iter::once(chart)
            .chain(held.into_iter().map(|c| {
                let mut pieces: Vec<Piece> = vec![
                    fact("Confidence", of_ten(Rating::Confidence.get(c), 10)),
                    fact("Energy", of_ten(Rating::Energy.get(c), 10)),
                ];
                pieces.extend(
                    CheckInText::ALL
                        .into_iter()
                        .map(|f| answer(f.label(), f.get(c))),
                );
                record(day(c.on).unwrap_or_else(|| "A check-in".into()), pieces)
            }))
            .collect(),
    );
    stage(Route::Plan, vec![steps, if_thens, check_ins])
}

//! Diving deeper in the printed summary: each option researched (its tests and risks), the options
//! scored (the ranking as a chart), the decision and the skill-gap plan.

use leptos::prelude::*;

use crate::model::base::matrix::ScoreMatrix;
use crate::model::deeper::OptionText;
use crate::model::{Id, Workbook};
use crate::ui::route::Route;
use crate::ui::widgets::{Bar, BarChart};

use super::{answer, day, fact, lines, part, record, stage, Piece};

fn option_heading(field: OptionText) -> &'static str {
    match field {
        OptionText::Title => "Title",
        OptionText::Appeal => "What draws me to it",
        OptionText::DayInTheLife => "A day in the life",
        OptionText::Duties => "Duties",
        OptionText::Education => "Education it asks for",
        OptionText::Culture => "The culture",
        OptionText::Outlook => "The outlook",
        OptionText::EntrySteps => "Ways in",
        OptionText::OpenQuestions => "Open questions",
        OptionText::Sources => "Sources",
    }
}

/// The things of a matrix ranked by their totals, as a chart of 0–100; nothing before a score.
pub(super) fn ranking_chart(
    name: &'static str,
    title: &'static str,
    matrix: &ScoreMatrix,
    things: &[(Id, String)],
) -> Piece {
    let ids: Vec<Id> = things.iter().map(|(id, _)| *id).collect();
    let ranked = matrix.ranking(&ids);
    if matrix.scores.is_empty() || ranked.is_empty() {
        return None;
    }
    let name_of = |id: Id| {
        things
            .iter()
            .find(|(t, _)| *t == id)
            .map(|(_, n)| n.clone())
            .unwrap_or_default()
    };
    let bars: Vec<Bar> = ranked
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let percent = r.total.percent().unwrap_or(0.0);
            Bar {
                label: name_of(r.total.thing),
                value: percent.round() as u32,
                shown: format!("{percent:.1}"),
                class: format!("seg seg-{}", i % 8 + 1),
            }
        })
        .collect();
    let description = bars
        .iter()
        .map(|b| format!("{}: {}", b.label, b.shown))
        .collect::<Vec<_>>()
        .join("; ");
    Some(
        view! { <BarChart name=name title=title description=description max=100 bars=bars/> }
            .into_any(),
    )
}

pub fn section(w: &Workbook) -> Piece {
    let d = &w.deeper;
    let options = part(
        "Career options",
        d.options
            .iter()
            .map(|o| {
                let mut pieces: Vec<Piece> = vec![fact(
                    "Status",
                    Some(format!(
                        "{}{}",
                        o.status.label(),
                        if o.archived { ", archived" } else { "" }
                    )),
                )];
                pieces.extend(
                    OptionText::ALL
                        .into_iter()
                        .filter(|f| *f != OptionText::Title)
                        .map(|f| answer(option_heading(f), f.get(o))),
                );
                pieces.push(fact(
                    "Skills it needs",
                    (!o.skills_needed.is_empty()).then(|| o.skills_needed.join(", ")),
                ));
                let pay = match (o.salary.min, o.salary.max) {
                    (Some(a), Some(b)) => Some(format!("{a} to {b} {}", o.salary.currency.trim())),
                    (Some(a), None) | (None, Some(a)) => {
                        Some(format!("{a} {}", o.salary.currency.trim()))
                    }
                    (None, None) => None,
                };
                pieces.push(fact("Pay a year", pay));
                pieces.push(lines(
                    o.reality_tests
                        .iter()
                        .map(|t| {
                            let when = day(t.date).map(|d| format!(", {d}")).unwrap_or_default();
                            let done = if t.done { "done" } else { "planned" };
                            format!("{} ({done}{when}): {}", t.kind.label(), t.learned.trim())
                        })
                        .collect(),
                ));
                pieces.push(lines(
                    o.risks
                        .iter()
                        .map(|r| {
                            format!(
                                "Risk: {} — what I would do: {}",
                                r.risk.trim(),
                                r.mitigation.trim()
                            )
                        })
                        .collect(),
                ));
                record(o.title.trim().to_string(), pieces)
            })
            .collect(),
    );
    let things: Vec<(Id, String)> = d
        .options
        .iter()
        .filter(|o| !o.archived)
        .map(|o| (o.id, o.title.trim().to_string()))
        .collect();
    let compared = part(
        "The options compared",
        vec![
            ranking_chart(
                "print-options",
                "Options by weighted score, out of 100",
                &d.matrix,
                &things,
            ),
            lines(if d.matrix.scores.is_empty() {
                Vec::new()
            } else {
                d.matrix
                    .criteria
                    .iter()
                    .map(|c| format!("{} (weight {})", c.name.trim(), c.weight))
                    .collect()
            }),
        ],
    );
    let decision = part(
        "The decision",
        vec![
            fact("Direction", w.decision_title()),
            answer("Why", &d.decision.why),
            answer("What would change my mind", &d.decision.change_my_mind),
        ],
    );
    let gaps = part(
        "Skills to build",
        vec![lines(
            d.skill_gaps
                .iter()
                .map(|g| {
                    let by = day(g.deadline)
                        .map(|d| format!(", by {d}"))
                        .unwrap_or_default();
                    format!(
                        "{}: from {} to {} of 5, through {}{by}. {}",
                        g.skill.trim(),
                        g.current,
                        g.target,
                        g.method.label().to_ascii_lowercase(),
                        g.how.trim()
                    )
                })
                .collect(),
        )],
    );
    stage(Route::Deeper, vec![options, compared, decision, gaps])
}

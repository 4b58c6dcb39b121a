//! Exploration in the printed summary: the vision, where the person stands, values, strengths,
//! interests (with the themes as a chart), skills, flow, readiness, goals and the parked buts.

use leptos::prelude::*;

use crate::model::exploration::flow::FlowText;
use crate::model::exploration::situation::SituationText;
use crate::model::Workbook;
use crate::ui::route::Route;
use crate::ui::widgets::{Bar, BarChart};

use super::{answer, fact, lines, of_ten, part, record, stage, Piece};

fn situation_heading(field: SituationText) -> &'static str {
    match field {
        SituationText::Role => "Role",
        SituationText::Organisation => "Organisation",
        SituationText::Tenure => "How long",
        SituationText::Education => "Education and training",
        SituationText::Structure => "How the work is structured",
        SituationText::Culture => "The culture",
        SituationText::KeyPeople => "Key people",
        SituationText::Likes => "What I like",
        SituationText::Dislikes => "What I dislike",
    }
}

pub fn section(w: &Workbook) -> Piece {
    let x = &w.exploration;
    let v = &w.vision;
    let vision = part(
        "Vision",
        vec![
            answer("In the best of all worlds", &v.best_of_all_worlds),
            answer("A year from now", &v.one_year),
            answer("Three years from now", &v.three_years),
            answer("Ten years from now", &v.ten_years),
            fact(
                "How clear it feels",
                v.clarity.map(|c| c.label().to_string()),
            ),
        ],
    );
    let now = part(
        "Where I am now",
        SituationText::ALL
            .into_iter()
            .map(|f| answer(situation_heading(f), f.get(&x.situation)))
            .collect(),
    );
    let values = part("Values", vec![
        (!w.top_value_names().is_empty()).then(|| {
            let top = w.top_value_names();
            view! { <ol class="print-list">{top.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ol> }.into_any()
        }),
        {
            let reflections: Vec<Piece> = x
                .values
                .reflections
                .iter()
                .map(|r| {
                    let name = x.values.card(&r.card).map(|c| c.name).unwrap_or_default();
                    let pieces = vec![answer("Why it matters", &r.why), fact("Honoured at work today", of_ten(r.honoured, 10)), answer("A job that honours it", &r.aligned_job)];
                    pieces.iter().any(Option::is_some).then(|| record(name, pieces)).flatten()
                })
                .collect();
            let reflections: Vec<AnyView> = reflections.into_iter().flatten().collect();
            (!reflections.is_empty()).then(|| reflections.into_any())
        },
    ]);
    let strengths = part(
        "Strengths",
        x.strengths
            .iter()
            .map(|s| {
                record(
                    s.name.trim().to_string(),
                    vec![
                        answer("A time I used it", &s.evidence),
                        fact("How energising", of_ten(s.energy, 5)),
                    ],
                )
            })
            .collect(),
    );
    let scores = x.interests.scores();
    let answered: usize = scores.iter().map(|s| s.answered).sum();
    let chart = (answered > 0).then(|| {
        let bars = scores
            .iter()
            .enumerate()
            .map(|(i, s)| Bar { label: s.theme.name().to_string(), value: s.points, shown: s.points.to_string(), class: format!("seg seg-{}", i + 1) })
            .collect();
        let description = scores.iter().map(|s| format!("{}: {} of 25", s.theme.name(), s.points)).collect::<Vec<_>>().join("; ");
        view! { <BarChart name="print-interests" title="Interest themes, each out of 25" description=description max=25 bars=bars/> }.into_any()
    });
    let interests = part(
        "Interests",
        vec![
            chart,
            lines(x.interests.topics.iter().map(|t| t.text.clone()).collect()),
            answer("What ties them together", &x.interests.common_thread),
        ],
    );
    let skills = part(
        "Skills",
        vec![lines(
            x.skills
                .iter()
                .map(|s| {
                    let mut line = format!("{} ({})", s.name.trim(), s.kind.key());
                    if let Some(p) = s.proficiency {
                        line.push_str(&format!(", good {p} of 5"));
                    }
                    if let Some(e) = s.enjoyment {
                        line.push_str(&format!(", enjoyed {e} of 5"));
                    }
                    line
                })
                .collect(),
        )],
    );
    let flow = part(
        "Flow and energy",
        vec![
            answer("When I lose track of time", FlowText::Moments.get(&x.flow)),
            answer("What gives me energy", FlowText::Energisers.get(&x.flow)),
            answer("What drains me", FlowText::Drainers.get(&x.flow)),
        ],
    );
    let r = &x.readiness;
    let readiness = part(
        "Readiness for change",
        vec![
            lines(r.sources.iter().map(|s| s.label().to_string()).collect()),
            fact(
                "Runway",
                r.runway().map(|m| format!("about {} months", m.floor())),
            ),
            fact("At ease with not knowing", of_ten(r.uncertainty, 10)),
            answer("Responsibilities", &r.responsibilities),
            answer("Support", &r.support),
        ],
    );
    let goals = part(
        "Coaching goals",
        vec![lines(x.goals.iter().map(|g| g.text.clone()).collect())],
    );
    let buts = part(
        "Parked “buts”",
        x.buts
            .iter()
            .map(|b| {
                record(
                    b.text.trim().to_string(),
                    vec![
                        answer("What I could do about it", &b.note),
                        b.addressed
                            .then(|| view! { <p>"Addressed."</p> }.into_any()),
                    ],
                )
            })
            .collect(),
    );
    stage(
        Route::Exploration,
        vec![
            vision, now, values, strengths, interests, skills, flow, readiness, goals, buts,
        ],
    )
}

//! Applying in the printed summary: the applications with their status and next step, the
//! materials and their versions, the STAR stories, the answers practised and the setbacks.

use crate::model::applying::{SetbackText, StoryText};
use crate::model::Workbook;
use crate::ui::route::Route;

use super::{answer, day, fact, lines, of_ten, part, record, stage, Piece};

pub fn section(w: &Workbook) -> Piece {
    let a = &w.applying;
    let applications = part(
        "Applications",
        vec![lines(
            a.applications
                .iter()
                .map(|x| {
                    let mut line =
                        format!("{}: {}", x.name(), x.status.label().to_ascii_lowercase());
                    if let Some(applied) = day(x.applied_on) {
                        line.push_str(&format!(", applied {applied}"));
                    }
                    if x.status.is_open() && !x.next_step.trim().is_empty() {
                        line.push_str(&format!(". Next: {}", x.next_step.trim()));
                        if let Some(next) = day(x.next_on) {
                            line.push_str(&format!(" ({next})"));
                        }
                    }
                    line
                })
                .collect(),
        )],
    );
    let materials = part(
        "Materials",
        vec![lines(
            a.materials
                .iter()
                .map(|m| {
                    let versions: Vec<String> = m
                        .versions
                        .iter()
                        .map(|v| {
                            format!(
                                "{} ({})",
                                v.label.trim(),
                                v.status.label().to_ascii_lowercase()
                            )
                        })
                        .collect();
                    format!(
                        "{} ({}): {}",
                        m.title.trim(),
                        m.kind.label().to_ascii_lowercase(),
                        versions.join(", ")
                    )
                })
                .collect(),
        )],
    );
    let stories = part(
        "STAR stories",
        a.stories
            .iter()
            .map(|s| {
                let pieces = [
                    StoryText::Situation,
                    StoryText::Task,
                    StoryText::Action,
                    StoryText::Result,
                ]
                .into_iter()
                .map(|f| answer(f.label().split(':').next().unwrap_or_default(), f.get(s)))
                .collect();
                record(s.title.trim().to_string(), pieces)
            })
            .collect(),
    );
    let practice = part(
        "Answers practised",
        a.practice
            .iter()
            .map(|p| {
                let when = day(p.on).unwrap_or_default();
                record(
                    format!("{} ({when})", p.question.trim()),
                    vec![
                        fact("How it went", of_ten(p.rating, 5)),
                        answer("To do better", &p.improve),
                    ],
                )
            })
            .collect(),
    );
    let setbacks = part(
        "Setbacks",
        a.setbacks
            .iter()
            .map(|s| {
                let about = s
                    .application
                    .and_then(|id| a.application(id))
                    .map(|x| format!(": {}", x.name()))
                    .unwrap_or_default();
                let pieces = SetbackText::ALL
                    .into_iter()
                    .map(|f| answer(f.label(), f.get(s)))
                    .collect();
                record(
                    format!("{}{about}", day(s.on).unwrap_or_else(|| "A setback".into())),
                    pieces,
                )
            })
            .collect(),
    );
    stage(
        Route::Applying,
        vec![applications, materials, stories, practice, setbacks],
    )
}

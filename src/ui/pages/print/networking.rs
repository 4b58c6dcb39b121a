//! Networking in the printed summary: the contacts, the conversations held and what they taught,
//! the ladder climbed and the goals.

use crate::model::networking::ContactText;
use crate::model::Workbook;
use crate::ui::route::Route;

use super::{answer, day, fact, lines, part, record, stage, Piece};

pub fn section(w: &Workbook) -> Piece {
    let n = &w.networking;
    let contacts = part(
        "Contacts",
        n.contacts
            .iter()
            .map(|c| {
                let mut pieces: Vec<Piece> = [
                    ContactText::Role,
                    ContactText::Organisation,
                    ContactText::HowWeKnow,
                ]
                .into_iter()
                .map(|f| fact(f.label(), Some(f.get(c).to_string())))
                .collect();
                pieces.push(fact(
                    "How well we know each other",
                    Some(c.warmth.short().to_string()),
                ));
                pieces.push(fact("Next follow-up", day(c.follow_up)));
                record(c.name.trim().to_string(), pieces)
            })
            .collect(),
    );
    let talks = part(
        "Conversations",
        n.interactions
            .iter()
            .map(|i| {
                let with = n
                    .contact(i.contact)
                    .map(|c| c.name.trim().to_string())
                    .unwrap_or_default();
                let when = day(i.date).unwrap_or_default();
                record(
                    format!("{} with {with}, {when}", i.channel.label()),
                    vec![
                        answer("Notes", &i.notes),
                        answer("What came of it", &i.outcome),
                    ],
                )
            })
            .collect(),
    );
    let ladder = part(
        "The ladder",
        vec![lines(
            n.ladder
                .iter()
                .filter(|r| r.done_on.is_some())
                .map(|r| match r.reflection.trim() {
                    "" => r.step.label().to_string(),
                    said => format!("{}: {said}", r.step.label()),
                })
                .collect(),
        )],
    );
    let goals = part(
        "Goals",
        vec![lines(
            n.goals
                .iter()
                .map(|g| {
                    format!(
                        "{} conversations {}",
                        g.count,
                        g.period.label().to_ascii_lowercase()
                    )
                })
                .collect(),
        )],
    );
    stage(Route::Networking, vec![contacts, talks, ladder, goals])
}

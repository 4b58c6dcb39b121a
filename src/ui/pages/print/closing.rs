//! Closing in the printed summary: each offer with its figures and what it is worth, the offers
//! scored (as a chart), the negotiation plans, leaving well and the celebration.

use chrono::NaiveDate;

use crate::model::closing::{
    amount_text, commute_hours, compensation, CelebrationText, NegotiationText, OfferNumber,
    OfferText,
};
use crate::model::dashboard::journey;
use crate::model::{Id, Workbook};
use crate::ui::route::Route;

use super::deeper::ranking_chart;
use super::{answer, day, fact, lines, part, record, stage, Piece};

pub fn section(w: &Workbook, today: NaiveDate) -> Piece {
    let c = &w.closing;
    let money =
        |amount: u64, currency: &str| format!("{} {}", amount_text(amount), currency.trim());
    let offers = part(
        "Offers",
        c.offers
            .iter()
            .map(|o| {
                let worth = compensation(o);
                let mut pieces: Vec<Piece> = vec![
                    fact(
                        "First year",
                        (worth.first_year > 0).then(|| money(worth.first_year, &o.currency)),
                    ),
                    fact(
                        "Later years",
                        (worth.steady_year != worth.first_year)
                            .then(|| money(worth.steady_year, &o.currency)),
                    ),
                    lines(worth.assumptions.clone()),
                    fact(
                        "Commute",
                        commute_hours(o).map(|h| format!("{h} hours a year")),
                    ),
                    fact("Start date", day(o.start_on)),
                ];
                pieces.extend(
                    [OfferNumber::LeaveDays, OfferNumber::RemoteDays]
                        .into_iter()
                        .map(|f| fact(f.label(), f.get(o).map(|v| v.to_string()))),
                );
                pieces.extend(
                    OfferText::ALL
                        .into_iter()
                        .map(|f| answer(f.label(), f.get(o))),
                );
                record(o.name.trim().to_string(), pieces)
            })
            .collect(),
    );
    let things: Vec<(Id, String)> = c
        .offers
        .iter()
        .map(|o| (o.id, o.name.trim().to_string()))
        .collect();
    let scored = part(
        "The offers scored",
        vec![ranking_chart(
            "print-offers",
            "Offers by weighted score, out of 100",
            &c.matrix,
            &things,
        )],
    );
    let negotiation = part(
        "Negotiation plans",
        c.offers
            .iter()
            .filter(|o| !o.stay)
            .map(|o| {
                let n = &o.negotiation;
                let mut pieces: Vec<Piece> = [
                    OfferNumber::Target,
                    OfferNumber::WalkAway,
                    OfferNumber::FirstAsk,
                ]
                .into_iter()
                .map(|f| fact(f.label(), f.get(o).map(|v| money(v, &o.currency))))
                .collect();
                pieces.extend(
                    NegotiationText::ALL
                        .into_iter()
                        .map(|f| answer(f.label(), f.get(n))),
                );
                // A plan with nothing in it is left out, not printed under the offer's name.
                pieces
                    .iter()
                    .any(Option::is_some)
                    .then(|| record(o.name.trim().to_string(), pieces))
                    .flatten()
            })
            .collect(),
    );
    let leaving = part(
        "Leaving well",
        vec![lines(
            c.leaving
                .iter()
                .map(|i| {
                    let when = w
                        .plan
                        .leaving_step(i.id)
                        .and_then(|s| day(s.due))
                        .map(|d| format!(", {d}"))
                        .unwrap_or_default();
                    let mark = if i.done { "✓ " } else { "☐ " };
                    match i.note.trim() {
                        "" => format!("{mark}{}{when}", i.title.trim()),
                        note => format!("{mark}{}{when}. {note}", i.title.trim()),
                    }
                })
                .collect(),
        )],
    );
    let j = journey(w, today);
    let celebration = part("Looking back", {
        let mut pieces: Vec<Piece> = vec![fact(
            "Goals reached",
            (!j.goals_reached.is_empty()).then(|| j.goals_reached.join("; ")),
        )];
        pieces.extend(
            CelebrationText::ALL
                .into_iter()
                .map(|f| answer(f.label(), f.get(&c.celebration))),
        );
        pieces.push(fact(
            "Next check-in with myself",
            day(c.celebration.next_check_in),
        ));
        pieces
    });
    stage(
        Route::Closing,
        vec![offers, scored, negotiation, leaving, celebration],
    )
}

use chrono::NaiveDate;

use super::*;
use crate::model::base::matrix::MatrixEdit;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn offer(currency: &str) -> Offer {
    Offer {
        id: Id(1),
        name: "Northwind".into(),
        currency: currency.into(),
        ..Offer::default()
    }
}

fn applying() -> Applying {
    Applying::default()
}

fn add(closing: &mut Closing, ids: &mut IdSource, name: &str, stay: bool) -> Id {
    let applying = applying();
    assert!(closing.apply(
        ClosingEdit::AddOffer {
            name: name.into(),
            stay,
            criteria: offer_criteria()
        },
        Earlier {
            applying: &applying
        },
        ids
    ));
    closing.offers.last().unwrap().id
}

#[test]
fn base_pay_alone_is_the_same_in_every_year() {
    let o = Offer {
        base_pay: Some(52_000),
        ..offer("EUR")
    };
    let c = compensation(&o);
    assert_eq!((c.first_year, c.steady_year), (52_000, 52_000));
    assert!(c.assumptions.is_empty(), "{:?}", c.assumptions);
}

#[test]
fn nothing_written_counts_as_nothing_and_says_so() {
    let c = compensation(&offer(""));
    assert_eq!((c.first_year, c.steady_year), (0, 0));
    assert_eq!(
        c.assumptions,
        ["No base pay is written yet, so the totals count it as nothing."]
    );
    // Zeros are figures, not gaps: a zero bonus or equity adds nothing and says nothing.
    let zeros = Offer {
        base_pay: Some(0),
        bonus_percent: Some(0),
        equity_value: Some(0),
        vesting_months: Some(48),
        signing_bonus: Some(0),
        ..offer("")
    };
    let c = compensation(&zeros);
    assert_eq!((c.first_year, c.steady_year), (0, 0));
    assert!(c.assumptions.is_empty(), "{:?}", c.assumptions);
}

#[test]
fn the_bonus_is_a_share_of_base_paid_at_the_expected_rate() {
    let o = Offer {
        base_pay: Some(60_000),
        bonus_percent: Some(10),
        ..offer("EUR")
    };
    let c = compensation(&o);
    assert_eq!(c.steady_year, 66_000);
    assert!(
        c.assumptions[0].contains("paid in full, as no expected payout is written"),
        "{:?}",
        c.assumptions
    );
    let o = Offer {
        bonus_payout: Some(80),
        ..o
    };
    let c = compensation(&o);
    assert_eq!(c.steady_year, 64_800);
    assert!(
        c.assumptions[0].contains("10 % of base pay, paid at 80 % of target"),
        "{:?}",
        c.assumptions
    );
    assert!(
        c.assumptions[0].contains("4\u{202f}800 EUR a year"),
        "{:?}",
        c.assumptions
    );
}

#[test]
fn equity_vests_evenly_and_the_signing_bonus_counts_once() {
    let o = Offer {
        base_pay: Some(50_000),
        equity_value: Some(40_000),
        vesting_months: Some(48),
        signing_bonus: Some(5_000),
        ..offer("USD")
    };
    let c = compensation(&o);
    assert_eq!(c.first_year, 50_000 + 10_000 + 5_000);
    assert_eq!(c.steady_year, 50_000 + 10_000);
    assert!(
        c.assumptions
            .iter()
            .any(|a| a.contains("vests evenly over 4 years: 10\u{202f}000 USD a year")),
        "{:?}",
        c.assumptions
    );
    assert!(
        c.assumptions
            .iter()
            .any(|a| a.contains("counts in the first year only")),
        "{:?}",
        c.assumptions
    );
}

#[test]
fn partial_years_of_vesting_count_what_vests_in_each_year() {
    // Eighteen months: twelve eighteenths in the first year, the other six in the second.
    let o = Offer {
        equity_value: Some(18_000),
        vesting_months: Some(18),
        base_pay: Some(0),
        ..offer("")
    };
    let c = compensation(&o);
    assert_eq!((c.first_year, c.steady_year), (12_000, 6_000));
    assert!(
        c.assumptions.iter().any(|a| a.contains("over 18 months")),
        "{:?}",
        c.assumptions
    );
    // Thirty months: a full year's share in each of the first two years.
    let o = Offer {
        vesting_months: Some(30),
        equity_value: Some(30_000),
        ..o
    };
    assert_eq!(
        (compensation(&o).first_year, compensation(&o).steady_year),
        (12_000, 12_000)
    );
    // Within a year: all of it in the first, none later.
    let o = Offer {
        vesting_months: Some(6),
        equity_value: Some(9_000),
        ..o
    };
    let c = compensation(&o);
    assert_eq!((c.first_year, c.steady_year), (9_000, 0));
    assert!(
        c.assumptions
            .iter()
            .any(|a| a.contains("within the first year (6 months)")),
        "{:?}",
        c.assumptions
    );
    // A value with no vesting period is left out, and said.
    let o = Offer {
        vesting_months: None,
        ..o
    };
    let c = compensation(&o);
    assert_eq!((c.first_year, c.steady_year), (0, 0));
    assert!(
        c.assumptions
            .iter()
            .any(|a| a.contains("left out until you write over how many months")),
        "{:?}",
        c.assumptions
    );
}

#[test]
fn the_largest_figures_do_not_overflow() {
    let most = OfferNumber::BasePay.range().1;
    let o = Offer {
        base_pay: Some(most),
        bonus_percent: Some(200),
        bonus_payout: Some(300),
        signing_bonus: Some(most),
        equity_value: Some(most),
        vesting_months: Some(1),
        benefits_value: Some(most),
        ..offer("")
    };
    let c = compensation(&o);
    assert_eq!(c.first_year, most * 4 + most * 6);
}

#[test]
fn the_commute_is_counted_in_hours_a_year() {
    // 30 minutes each way, five days, 52 weeks less 25 days of leave: 235 days, 235 hours.
    let o = Offer {
        commute_minutes: Some(30),
        leave_days: Some(25),
        ..offer("")
    };
    assert_eq!(commute_hours(&o), Some(235));
    // Two remote days leave three days at the workplace.
    let o = Offer {
        remote_days: Some(2),
        ..o
    };
    assert_eq!(commute_hours(&o), Some(141));
    let o = Offer {
        remote_days: Some(7),
        ..o
    };
    assert_eq!(commute_hours(&o), Some(0));
    assert_eq!(commute_hours(&offer("")), None);
}

#[test]
fn offers_in_different_currencies_are_never_ranked_by_money() {
    let a = Offer {
        id: Id(1),
        base_pay: Some(50_000),
        ..offer("EUR")
    };
    let b = Offer {
        id: Id(2),
        base_pay: Some(60_000),
        ..offer("eur ")
    };
    let c = Offer {
        id: Id(3),
        base_pay: Some(55_000),
        ..offer("EUR")
    };
    assert_eq!(
        money_order(&[a.clone(), b.clone(), c.clone()]),
        MoneyOrder::Ranked(vec![Id(2), Id(3), Id(1)])
    );
    let d = Offer {
        id: Id(4),
        base_pay: Some(900_000),
        ..offer("SEK")
    };
    assert_eq!(
        money_order(&[a.clone(), d]),
        MoneyOrder::MixedCurrencies(vec!["EUR".into(), "SEK".into()])
    );
    let e = Offer {
        id: Id(5),
        base_pay: Some(1),
        ..offer("")
    };
    assert_eq!(
        money_order(&[a.clone(), e]),
        MoneyOrder::MixedCurrencies(vec!["EUR".into(), "none written".into()])
    );
    // An offer with no pay yet is left out of the comparison.
    assert_eq!(
        money_order(&[a, offer("GBP")]),
        MoneyOrder::NothingToCompare
    );
}

#[test]
fn impossible_figures_are_refused_and_change_nothing() {
    let mut closing = Closing::default();
    let mut ids = IdSource::default();
    let id = add(&mut closing, &mut ids, "Northwind", false);
    let applying = applying();
    let earlier = Earlier {
        applying: &applying,
    };
    let before = closing.clone();
    for (field, value) in [
        (OfferNumber::BonusPercent, 500),
        (OfferNumber::VestingMonths, 0),
        (OfferNumber::RemoteDays, 8),
        (OfferNumber::LeaveDays, 400),
    ] {
        assert!(field.refusal(value).is_some(), "{field:?} {value}");
        assert!(
            !closing.apply(
                ClosingEdit::SetNumber(id, field, Some(value)),
                earlier,
                &mut ids
            ),
            "{field:?} {value}"
        );
    }
    assert!(OfferNumber::VestingMonths
        .refusal(0)
        .unwrap()
        .contains("at least a month"));
    assert!(OfferNumber::BonusPercent
        .refusal(500)
        .unwrap()
        .contains("from 0 to 200 %"));
    assert!(!closing.apply(
        ClosingEdit::SetStartOn(id, Some(day(2500, 1, 1))),
        earlier,
        &mut ids
    ));
    assert!(!closing.apply(
        ClosingEdit::SetOfferName(id, "  ".into()),
        earlier,
        &mut ids
    ));
    assert!(!closing.apply(
        ClosingEdit::SetOfferApplication(id, Some(Id(999))),
        earlier,
        &mut ids
    ));
    assert_eq!(closing, before);
    assert!(closing.apply(
        ClosingEdit::SetNumber(id, OfferNumber::BonusPercent, Some(200)),
        earlier,
        &mut ids
    ));
    assert!(closing.apply(
        ClosingEdit::SetNumber(id, OfferNumber::VestingMonths, Some(1)),
        earlier,
        &mut ids
    ));
}

#[test]
fn the_first_offer_brings_the_offer_criteria_and_staying_is_one_offer() {
    let mut closing = Closing::default();
    let mut ids = IdSource::default();
    let stay = add(&mut closing, &mut ids, STAY_NAME, true);
    assert_eq!(
        closing
            .matrix
            .criteria
            .iter()
            .map(|c| c.name.as_str())
            .collect::<Vec<_>>(),
        OFFER_CRITERIA
    );
    let applying = applying();
    let earlier = Earlier {
        applying: &applying,
    };
    assert!(
        !closing.apply(
            ClosingEdit::AddOffer {
                name: "Stay, again".into(),
                stay: true,
                criteria: offer_criteria()
            },
            earlier,
            &mut ids
        ),
        "one stay"
    );
    assert!(
        !closing.apply(
            ClosingEdit::AddOffer {
                name: "stay where i am".into(),
                stay: false,
                criteria: offer_criteria()
            },
            earlier,
            &mut ids
        ),
        "names differ"
    );
    assert!(closing.apply(
        ClosingEdit::SetCurrency(stay, "EUR".into()),
        earlier,
        &mut ids
    ));
    let other = add(&mut closing, &mut ids, "Northwind", false);
    assert_eq!(
        closing.offer(other).unwrap().currency,
        "EUR",
        "the currency of the offer before"
    );
    assert_eq!(
        closing.matrix.criteria.len(),
        OFFER_CRITERIA.len(),
        "criteria come once"
    );
}

#[test]
fn offers_are_scored_by_the_shared_matrix() {
    let mut closing = Closing::default();
    let mut ids = IdSource::default();
    let stay = add(&mut closing, &mut ids, STAY_NAME, true);
    let north = add(&mut closing, &mut ids, "Northwind", false);
    let applying = applying();
    let earlier = Earlier {
        applying: &applying,
    };
    let criteria: Vec<Id> = closing.matrix.criteria.iter().map(|c| c.id).collect();
    for (i, c) in criteria.iter().enumerate() {
        let (s, n) = if i == 0 { (4, 9) } else { (6, 6) };
        assert!(closing.apply(
            ClosingEdit::OfferMatrix(MatrixEdit::SetScore {
                thing: stay,
                criterion: *c,
                score: Some(s)
            }),
            earlier,
            &mut ids
        ));
        assert!(closing.apply(
            ClosingEdit::OfferMatrix(MatrixEdit::SetScore {
                thing: north,
                criterion: *c,
                score: Some(n)
            }),
            earlier,
            &mut ids
        ));
    }
    let ranking = closing.matrix.ranking(&closing.offer_ids());
    assert_eq!(ranking[0].total.thing, north);
    // A score that changes changes the ranking.
    assert!(closing.apply(
        ClosingEdit::OfferMatrix(MatrixEdit::SetScore {
            thing: stay,
            criterion: criteria[1],
            score: Some(10)
        }),
        earlier,
        &mut ids
    ));
    assert!(closing.apply(
        ClosingEdit::OfferMatrix(MatrixEdit::SetScore {
            thing: stay,
            criterion: criteria[2],
            score: Some(10)
        }),
        earlier,
        &mut ids
    ));
    assert_eq!(
        closing.matrix.ranking(&closing.offer_ids())[0].total.thing,
        stay
    );
    // A score for something that is not an offer is refused.
    assert!(!closing.apply(
        ClosingEdit::OfferMatrix(MatrixEdit::SetScore {
            thing: Id(999),
            criterion: criteria[0],
            score: Some(3)
        }),
        earlier,
        &mut ids
    ));
}

#[test]
fn an_offer_removed_comes_back_with_its_scores() {
    let mut closing = Closing::default();
    let mut ids = IdSource::default();
    let north = add(&mut closing, &mut ids, "Northwind", false);
    let applying = applying();
    let earlier = Earlier {
        applying: &applying,
    };
    let criterion = closing.matrix.criteria[0].id;
    assert!(closing.apply(
        ClosingEdit::OfferMatrix(MatrixEdit::SetScore {
            thing: north,
            criterion,
            score: Some(7)
        }),
        earlier,
        &mut ids
    ));
    assert!(closing.apply(
        ClosingEdit::OfferMatrix(MatrixEdit::SetGutRating(north, Some(8))),
        earlier,
        &mut ids
    ));
    let before = closing.clone();
    let removed = closing.removal_of(Target::Offer(north)).unwrap();
    closing.take_away(&removed, &mut ids);
    assert!(
        closing.offers.is_empty()
            && closing.matrix.scores.is_empty()
            && closing.matrix.gut.is_empty()
    );
    assert!(closing.put_back(removed.clone(), &mut ids));
    assert_eq!(closing, before);
    assert!(
        !closing.put_back(removed, &mut ids),
        "undo twice puts back once"
    );
}

#[test]
fn the_leaving_checklist_starts_from_the_defaults_once() {
    let mut closing = Closing::default();
    let mut ids = IdSource::default();
    let applying = applying();
    let earlier = Earlier {
        applying: &applying,
    };
    assert!(closing.apply(
        ClosingEdit::StartLeaving(leaving_checklist()),
        earlier,
        &mut ids
    ));
    assert_eq!(closing.leaving.len(), DEFAULT_LEAVING.len());
    assert!(
        !closing.apply(
            ClosingEdit::StartLeaving(leaving_checklist()),
            earlier,
            &mut ids
        ),
        "not twice"
    );
    assert!(
        !closing.apply(
            ClosingEdit::AddLeavingItem(DEFAULT_LEAVING[1].to_uppercase()),
            earlier,
            &mut ids
        ),
        "no repeat"
    );
    assert!(closing.apply(
        ClosingEdit::AddLeavingItem("Return the laptop".into()),
        earlier,
        &mut ids
    ));
    let item = closing.leaving[0].id;
    assert!(!closing.apply(
        ClosingEdit::TickLeaving {
            item,
            done: true,
            today: day(2500, 1, 1)
        },
        earlier,
        &mut ids
    ));
    assert!(closing.apply(
        ClosingEdit::TickLeaving {
            item,
            done: true,
            today: day(2026, 12, 3)
        },
        earlier,
        &mut ids
    ));
    assert!(closing.leaving[0].done);
}

#[test]
fn negotiation_numbers_that_do_not_hang_together_are_said() {
    let n = Negotiation {
        target: Some(60_000),
        walk_away: Some(65_000),
        ..Negotiation::default()
    };
    assert!(negotiation_note(&n)
        .unwrap()
        .contains("walk-away point is above your target"));
    let n = Negotiation {
        target: Some(60_000),
        walk_away: Some(55_000),
        first_ask: Some(58_000),
        ..Negotiation::default()
    };
    assert!(negotiation_note(&n)
        .unwrap()
        .contains("first ask is below your target"));
    let n = Negotiation {
        first_ask: Some(64_000),
        ..n
    };
    assert_eq!(negotiation_note(&n), None);
}

#[test]
fn amounts_are_grouped_by_thousands() {
    assert_eq!(amount_text(0), "0");
    assert_eq!(amount_text(999), "999");
    assert_eq!(amount_text(1_000), "1\u{202f}000");
    assert_eq!(amount_text(1_234_567), "1\u{202f}234\u{202f}567");
}

//! C1 and C2: the offers on the table (and staying where one is, to compare against), what each is
//! worth in a year with its assumptions said in words, the commute in hours, and a negotiation plan
//! for each.

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::base::saved::saved_record;
use crate::model::base::text::text_fields;
use crate::model::base::{refusal_to_add, Id, Refusal};

pub const MAX_OFFERS: usize = 12;
pub const MAX_OFFER_NAME_CHARS: usize = 200;
pub const MAX_CURRENCY_CHARS: usize = 12;
pub const MAX_OFFER_TEXT_CHARS: usize = 4_000;
/// Larger than any pay in any currency; keeps sums far from overflow.
pub const MAX_MONEY: u64 = 1_000_000_000_000;
/// Working days in a week with no remote days, and weeks in a year, for the commute's hours.
pub const WORK_DAYS_A_WEEK: u64 = 5;
pub const WEEKS_A_YEAR: u64 = 52;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Offer {
    pub id: Id,
    /// "Northwind, learning designer"; for staying, "Stay where I am".
    pub name: String,
    /// The job the person has now: the offer to compare the others against.
    pub stay: bool,
    /// The application (A2) it came from.
    pub application: Option<Id>,
    pub currency: String,
    pub base_pay: Option<u64>,
    /// The target bonus, in per cent of base pay.
    pub bonus_percent: Option<u64>,
    /// How much of the target bonus the person expects to be paid, in per cent.
    pub bonus_payout: Option<u64>,
    pub signing_bonus: Option<u64>,
    /// What the whole equity grant is worth today.
    pub equity_value: Option<u64>,
    /// Over how many months the grant vests.
    pub vesting_months: Option<u64>,
    /// Benefits (pension, health, meals …) as money a year.
    pub benefits_value: Option<u64>,
    pub leave_days: Option<u64>,
    /// Minutes each way, on a day at the workplace.
    pub commute_minutes: Option<u64>,
    pub remote_days: Option<u64>,
    pub start_on: Option<NaiveDate>,
    pub location: String,
    pub growth: String,
    pub values_fit: String,
    pub notes: String,
    pub negotiation: Negotiation,
}
saved_record!(Offer with defaults {
    id, name, stay, application, currency, base_pay, bonus_percent, bonus_payout, signing_bonus, equity_value,
    vesting_months, benefits_value, leave_days, commute_minutes, remote_days, start_on, location, growth, values_fit,
    notes, negotiation
});

text_fields! {
    pub enum OfferText for Offer {
        Location => location,
        Growth => growth,
        ValuesFit => values_fit,
        Notes => notes,
    }
}

impl OfferText {
    pub fn label(self) -> &'static str {
        match self {
            OfferText::Location => "Where the work is",
            OfferText::Growth => {
                "Room to grow: what could you learn here, and where could it lead?"
            }
            OfferText::ValuesFit => "How does it sit with your top values?",
            OfferText::Notes => "Anything else about it",
        }
    }

    pub fn limit(self) -> usize {
        match self {
            OfferText::Location => 200,
            _ => MAX_OFFER_TEXT_CHARS,
        }
    }
}

/// C2: what the person will ask for, where they would walk away, and how it went.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Negotiation {
    pub target: Option<u64>,
    pub walk_away: Option<u64>,
    pub first_ask: Option<u64>,
    pub clear_yes: String,
    pub start_date_ask: String,
    pub remote_ask: String,
    pub learning_ask: String,
    pub title_ask: String,
    pub other_asks: String,
    pub practice: String,
    pub outcome: String,
}
saved_record!(Negotiation with defaults {
    target, walk_away, first_ask, clear_yes, start_date_ask, remote_ask, learning_ask, title_ask, other_asks, practice, outcome
});

text_fields! {
    pub enum NegotiationText for Negotiation {
        ClearYes => clear_yes,
        StartDate => start_date_ask,
        Remote => remote_ask,
        Learning => learning_ask,
        Title => title_ask,
        Other => other_asks,
        Practice => practice,
        Outcome => outcome,
    }
}

impl NegotiationText {
    pub fn label(self) -> &'static str {
        match self {
            NegotiationText::ClearYes => "What would make this a clear yes for you?",
            NegotiationText::StartDate => "Start date: what would suit you, and why?",
            NegotiationText::Remote => "Remote days: what would you ask for?",
            NegotiationText::Learning => "Learning: a budget, time, a course?",
            NegotiationText::Title => "The title: does it say what you will do?",
            NegotiationText::Other => "Anything else you would ask for",
            NegotiationText::Practice => {
                "Practice notes: who will you rehearse with, and what did you notice?"
            }
            NegotiationText::Outcome => "How did it go? What was agreed?",
        }
    }

    /// The asks that are not about pay, as a group in the form.
    pub fn is_ask(self) -> bool {
        matches!(
            self,
            NegotiationText::StartDate
                | NegotiationText::Remote
                | NegotiationText::Learning
                | NegotiationText::Title
                | NegotiationText::Other
        )
    }
}

/// The numbers of an offer and its negotiation: one list, read by the edit, the limits and the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OfferNumber {
    BasePay,
    BonusPercent,
    BonusPayout,
    SigningBonus,
    EquityValue,
    VestingMonths,
    BenefitsValue,
    LeaveDays,
    CommuteMinutes,
    RemoteDays,
    Target,
    WalkAway,
    FirstAsk,
}

impl OfferNumber {
    pub const ALL: [OfferNumber; 13] = [
        OfferNumber::BasePay,
        OfferNumber::BonusPercent,
        OfferNumber::BonusPayout,
        OfferNumber::SigningBonus,
        OfferNumber::EquityValue,
        OfferNumber::VestingMonths,
        OfferNumber::BenefitsValue,
        OfferNumber::LeaveDays,
        OfferNumber::CommuteMinutes,
        OfferNumber::RemoteDays,
        OfferNumber::Target,
        OfferNumber::WalkAway,
        OfferNumber::FirstAsk,
    ];

    /// The field's place within an offer in the saved form.
    pub fn key(self) -> &'static str {
        match self {
            OfferNumber::BasePay => "base_pay",
            OfferNumber::BonusPercent => "bonus_percent",
            OfferNumber::BonusPayout => "bonus_payout",
            OfferNumber::SigningBonus => "signing_bonus",
            OfferNumber::EquityValue => "equity_value",
            OfferNumber::VestingMonths => "vesting_months",
            OfferNumber::BenefitsValue => "benefits_value",
            OfferNumber::LeaveDays => "leave_days",
            OfferNumber::CommuteMinutes => "commute_minutes",
            OfferNumber::RemoteDays => "remote_days",
            OfferNumber::Target => "negotiation.target",
            OfferNumber::WalkAway => "negotiation.walk_away",
            OfferNumber::FirstAsk => "negotiation.first_ask",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            OfferNumber::BasePay => "Base pay, a year",
            OfferNumber::BonusPercent => "Target bonus, % of base",
            OfferNumber::BonusPayout => "Expected payout, % of target",
            OfferNumber::SigningBonus => "Signing bonus",
            OfferNumber::EquityValue => "Equity, value of the grant",
            OfferNumber::VestingMonths => "Vests over (months)",
            OfferNumber::BenefitsValue => "Benefits, value a year",
            OfferNumber::LeaveDays => "Paid leave, days a year",
            OfferNumber::CommuteMinutes => "Commute, minutes each way",
            OfferNumber::RemoteDays => "Remote days a week",
            OfferNumber::Target => "Your target",
            OfferNumber::WalkAway => "Your walk-away point",
            OfferNumber::FirstAsk => "Your first ask",
        }
    }

    /// An example the form shows when the text is not a whole number.
    pub fn example(self) -> &'static str {
        match self {
            OfferNumber::BonusPercent => "10",
            OfferNumber::BonusPayout => "100",
            OfferNumber::VestingMonths => "48",
            OfferNumber::LeaveDays => "25",
            OfferNumber::CommuteMinutes => "30",
            OfferNumber::RemoteDays => "2",
            _ => "52000",
        }
    }

    pub fn is_money(self) -> bool {
        self.range().1 == MAX_MONEY
    }

    /// The accepted values, both ends included.
    pub fn range(self) -> (u64, u64) {
        match self {
            OfferNumber::BonusPercent => (0, 200),
            OfferNumber::BonusPayout => (0, 300),
            OfferNumber::VestingMonths => (1, 600),
            OfferNumber::LeaveDays => (0, 366),
            OfferNumber::CommuteMinutes => (0, 600),
            OfferNumber::RemoteDays => (0, 7),
            _ => (0, MAX_MONEY),
        }
    }

    pub fn accepts(self, value: u64) -> bool {
        let (min, max) = self.range();
        (min..=max).contains(&value)
    }

    /// Why `value` cannot be kept here, in words, if it cannot. (The edit and the limits ask
    /// `accepts`, so these words load with the page that shows them.)
    pub fn refusal(self, value: u64) -> Option<&'static str> {
        let min = self.range().0;
        if self.accepts(value) {
            return None;
        }
        Some(match self {
            OfferNumber::BonusPercent => "A target bonus is a share of base pay, from 0 to 200 %; check the figure in the offer.",
            OfferNumber::BonusPayout => "The expected payout is a share of the target, from 0 to 300 % (100 % is the target itself).",
            OfferNumber::VestingMonths if value < min => "Vesting takes at least a month; leave it empty if the grant is yours at once.",
            OfferNumber::VestingMonths => "Vesting over more than 50 years is not something to count on; check the figure.",
            OfferNumber::LeaveDays => "A year has at most 366 days of leave.",
            OfferNumber::CommuteMinutes => "Up to 600 minutes each way; for longer, it is not a commute any more.",
            OfferNumber::RemoteDays => "A week has at most 7 days.",
            _ => "That is more than Waypoint can count; check the figure.",
        })
    }

    pub fn get(self, offer: &Offer) -> Option<u64> {
        match self {
            OfferNumber::BasePay => offer.base_pay,
            OfferNumber::BonusPercent => offer.bonus_percent,
            OfferNumber::BonusPayout => offer.bonus_payout,
            OfferNumber::SigningBonus => offer.signing_bonus,
            OfferNumber::EquityValue => offer.equity_value,
            OfferNumber::VestingMonths => offer.vesting_months,
            OfferNumber::BenefitsValue => offer.benefits_value,
            OfferNumber::LeaveDays => offer.leave_days,
            OfferNumber::CommuteMinutes => offer.commute_minutes,
            OfferNumber::RemoteDays => offer.remote_days,
            OfferNumber::Target => offer.negotiation.target,
            OfferNumber::WalkAway => offer.negotiation.walk_away,
            OfferNumber::FirstAsk => offer.negotiation.first_ask,
        }
    }

    pub fn get_mut(self, offer: &mut Offer) -> &mut Option<u64> {
        match self {
            OfferNumber::BasePay => &mut offer.base_pay,
            OfferNumber::BonusPercent => &mut offer.bonus_percent,
            OfferNumber::BonusPayout => &mut offer.bonus_payout,
            OfferNumber::SigningBonus => &mut offer.signing_bonus,
            OfferNumber::EquityValue => &mut offer.equity_value,
            OfferNumber::VestingMonths => &mut offer.vesting_months,
            OfferNumber::BenefitsValue => &mut offer.benefits_value,
            OfferNumber::LeaveDays => &mut offer.leave_days,
            OfferNumber::CommuteMinutes => &mut offer.commute_minutes,
            OfferNumber::RemoteDays => &mut offer.remote_days,
            OfferNumber::Target => &mut offer.negotiation.target,
            OfferNumber::WalkAway => &mut offer.negotiation.walk_away,
            OfferNumber::FirstAsk => &mut offer.negotiation.first_ask,
        }
    }
}

/// Why a new offer called `name` would be refused, if it would.
pub fn offer_refusal(offers: &[Offer], name: &str) -> Option<Refusal> {
    let empty = Refusal::Empty {
        ask: "Name the offer, for example “Northwind, trainer”.",
    };
    let full = Refusal::Full {
        limit: MAX_OFFERS,
        what: "offers",
        make_room: "Remove one that is no longer on the table first.",
    };
    refusal_to_add(
        name,
        offers.iter().map(|o| o.name.as_str()),
        offers.len(),
        empty,
        full,
    )
}

/// A whole amount written with a thin space between thousands: "52 000". The currency is the
/// person's own word, written beside it.
pub fn amount_text(amount: u64) -> String {
    let digits = amount.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{202f}');
        }
        out.push(c);
    }
    out
}

/// What an offer is worth in money a year, and how that was worked out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Compensation {
    /// Base, bonus, the equity that vests in the first twelve months, the signing bonus and benefits.
    pub first_year: u64,
    /// A later year while the equity still vests: no signing bonus.
    pub steady_year: u64,
    /// Each assumption behind the figures, in words.
    pub assumptions: Vec<String>,
}

/// `amount × numerator / denominator`, rounded down, without overflow for amounts within the limits.
fn share(amount: u64, numerator: u64, denominator: u64) -> u64 {
    if denominator == 0 {
        return 0;
    }
    u64::try_from(u128::from(amount) * u128::from(numerator) / u128::from(denominator))
        .unwrap_or(u64::MAX)
}

fn months_text(months: u64) -> String {
    match (months % 12, months / 12) {
        (0, 1) => "one year".into(),
        (0, years) => format!("{years} years"),
        (_, _) if months == 1 => "one month".into(),
        _ => format!("{months} months"),
    }
}

/// The annual total compensation of `offer`: pure, so the same figures are shown, tested and
/// printed. Missing numbers count as nothing, and each assumption made is said.
pub fn compensation(offer: &Offer) -> Compensation {
    let money = |amount: u64| match offer.currency.trim() {
        "" => amount_text(amount),
        currency => format!("{} {currency}", amount_text(amount)),
    };
    let mut assumptions = Vec::new();
    let base = offer.base_pay.unwrap_or(0);
    if offer.base_pay.is_none() {
        assumptions
            .push("No base pay is written yet, so the totals count it as nothing.".to_string());
    }
    let bonus = match offer.bonus_percent {
        Some(percent) if percent > 0 => {
            let payout = offer.bonus_payout.unwrap_or(100);
            let bonus = share(share(base, percent, 100), payout, 100);
            let paid = match offer.bonus_payout {
                Some(p) => format!("paid at {p} % of target, as you expect"),
                None => "paid in full, as no expected payout is written".into(),
            };
            assumptions.push(format!(
                "A target bonus of {percent} % of base pay, {paid}: {} a year.",
                money(bonus)
            ));
            bonus
        }
        _ => 0,
    };
    let benefits = offer.benefits_value.unwrap_or(0);
    if benefits > 0 {
        assumptions.push(format!(
            "Benefits are counted as {} a year, as you valued them.",
            money(benefits)
        ));
    }
    let (equity_first, equity_steady) = match (offer.equity_value, offer.vesting_months) {
        (Some(value), Some(months)) if value > 0 && months > 0 => {
            let yearly = share(value, 12.min(months), months);
            let steady = if months > 12 {
                share(value, 12.min(months - 12), months)
            } else {
                0
            };
            let words = if months <= 12 {
                format!(
                    "Equity worth {} vests within the first year ({}): all of it counts in the first year, none in a later year.",
                    money(value),
                    months_text(months)
                )
            } else {
                format!(
                    "Equity worth {} vests evenly over {}: {} a year while it vests, at today's value (a price that moves changes this).",
                    money(value),
                    months_text(months),
                    money(yearly)
                )
            };
            assumptions.push(words);
            (yearly, steady)
        }
        (Some(value), None) if value > 0 => {
            assumptions.push(
                "The equity is left out until you write over how many months it vests.".to_string(),
            );
            (0, 0)
        }
        _ => (0, 0),
    };
    let signing = offer.signing_bonus.unwrap_or(0);
    if signing > 0 {
        assumptions.push(format!(
            "The signing bonus of {} counts in the first year only.",
            money(signing)
        ));
    }
    let steady_year = base
        .saturating_add(bonus)
        .saturating_add(benefits)
        .saturating_add(equity_steady);
    let first_year = base
        .saturating_add(bonus)
        .saturating_add(benefits)
        .saturating_add(equity_first)
        .saturating_add(signing);
    Compensation {
        first_year,
        steady_year,
        assumptions,
    }
}

/// The hours a year spent commuting: minutes each way, there and back on each day at the
/// workplace (five a week less the remote days), over 52 weeks less the paid leave (five days a
/// week). `None` when no commute is written.
pub fn commute_hours(offer: &Offer) -> Option<u64> {
    let minutes = offer.commute_minutes?;
    let office_days_a_week = WORK_DAYS_A_WEEK.saturating_sub(offer.remote_days.unwrap_or(0));
    let office_days = (WEEKS_A_YEAR * WORK_DAYS_A_WEEK)
        .saturating_sub(offer.leave_days.unwrap_or(0))
        * office_days_a_week
        / WORK_DAYS_A_WEEK;
    Some(minutes * 2 * office_days / 60)
}

/// Money compared across offers: only when every offer with pay is in one currency. Offers in
/// different currencies are never added or ranked by money; the page says so instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MoneyOrder {
    /// Offer ids from the highest first-year total down (equal totals keep the person's order).
    Ranked(Vec<Id>),
    /// The currencies written, in the order first met (an empty one shown as "none written").
    MixedCurrencies(Vec<String>),
    /// Fewer than two offers have any pay written.
    NothingToCompare,
}

pub fn money_order(offers: &[Offer]) -> MoneyOrder {
    let paid: Vec<&Offer> = offers
        .iter()
        .filter(|o| compensation(o).first_year > 0)
        .collect();
    if paid.len() < 2 {
        return MoneyOrder::NothingToCompare;
    }
    let mut currencies: Vec<String> = Vec::new();
    for offer in &paid {
        let currency = offer.currency.trim().to_ascii_uppercase();
        if !currencies.contains(&currency) {
            currencies.push(currency);
        }
    }
    if currencies.len() > 1 {
        return MoneyOrder::MixedCurrencies(
            currencies
                .into_iter()
                .map(|c| {
                    if c.is_empty() {
                        "none written".into()
                    } else {
                        c
                    }
                })
                .collect(),
        );
    }
    let mut ranked: Vec<(u64, Id)> = paid
        .iter()
        .map(|o| (compensation(o).first_year, o.id))
        .collect();
    ranked.sort_by_key(|r| std::cmp::Reverse(r.0));
    MoneyOrder::Ranked(ranked.into_iter().map(|(_, id)| id).collect())
}

/// What the negotiation numbers say when they do not hang together (kept, but said).
pub fn negotiation_note(n: &Negotiation) -> Option<&'static str> {
    match (n.first_ask, n.target, n.walk_away) {
        (_, Some(target), Some(walk_away)) if walk_away > target => {
            Some("Your walk-away point is above your target; is that the right way round?")
        }
        (Some(ask), Some(target), _) if ask < target => {
            Some("Your first ask is below your target, which leaves no room to meet in the middle.")
        }
        _ => None,
    }
}

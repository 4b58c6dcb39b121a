//! E9, readiness for change: where the dissatisfaction comes from, the money runway, what the person
//! carries, how much uncertainty they can hold, who backs them. Reflected back as questions, never as
//! a verdict on whether they are "ready".

use serde::Serialize;

use crate::model::base::saved::{saved_choice, saved_record};
use crate::model::base::text::text_fields;
use crate::model::base::{clip_chars, set, MAX_TEXT_CHARS};

/// Larger than any savings or monthly costs in any currency; keeps arithmetic far from overflow.
pub const MAX_AMOUNT: u64 = 1_000_000_000_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dissatisfaction {
    TheWorkItself,
    People,
    Hours,
    Commute,
    Pay,
    Prospects,
}
saved_choice!(Dissatisfaction);

impl Dissatisfaction {
    pub const ALL: [Dissatisfaction; 6] = [
        Dissatisfaction::TheWorkItself,
        Dissatisfaction::People,
        Dissatisfaction::Hours,
        Dissatisfaction::Commute,
        Dissatisfaction::Pay,
        Dissatisfaction::Prospects,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Dissatisfaction::TheWorkItself => "the_work_itself",
            Dissatisfaction::People => "people",
            Dissatisfaction::Hours => "hours",
            Dissatisfaction::Commute => "commute",
            Dissatisfaction::Pay => "pay",
            Dissatisfaction::Prospects => "prospects",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Dissatisfaction::TheWorkItself => "The work itself",
            Dissatisfaction::People => "The people: a manager, colleagues, clients",
            Dissatisfaction::Hours => "The hours",
            Dissatisfaction::Commute => "The commute",
            Dissatisfaction::Pay => "The pay",
            Dissatisfaction::Prospects => "The prospects: no way up or onwards",
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Readiness {
    pub sources: Vec<Dissatisfaction>,
    pub savings: Option<u64>,
    pub monthly_costs: Option<u64>,
    pub responsibilities: String,
    /// How comfortable the person is with not knowing, 1 (not at all) to 10 (thrives on it).
    pub uncertainty: Option<u8>,
    pub support: String,
}
saved_record!(Readiness with defaults {
    sources, savings, monthly_costs, responsibilities, uncertainty, support
});

text_fields! {
    /// The free-text answers of E9.
    pub enum ReadinessText for Readiness {
        Responsibilities => responsibilities,
        Support => support,
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadinessEdit {
    SetSource(Dissatisfaction, bool),
    SetSavings(Option<u64>),
    SetMonthlyCosts(Option<u64>),
    SetText(ReadinessText, String),
    SetUncertainty(Option<u8>),
}

/// Months the savings would cover at the monthly costs, to one decimal; `None` without both, or
/// when the costs are nothing.
pub fn runway_months(savings: Option<u64>, monthly_costs: Option<u64>) -> Option<f64> {
    let (savings, costs) = (savings?, monthly_costs?);
    (costs > 0).then(|| (savings as f64 / costs as f64 * 10.0).floor() / 10.0)
}

impl Readiness {
    pub fn runway(&self) -> Option<f64> {
        runway_months(self.savings, self.monthly_costs)
    }

    /// Drops repeated sources (each is a yes or no).
    pub fn normalise(&mut self) {
        let mut seen = Vec::new();
        self.sources.retain(|s| {
            let repeat = seen.contains(s);
            seen.push(*s);
            !repeat
        });
    }

    pub fn apply(&mut self, edit: ReadinessEdit) -> bool {
        match edit {
            ReadinessEdit::SetSource(source, on) => {
                let has = self.sources.contains(&source);
                match (has, on) {
                    (false, true) => {
                        self.sources.push(source);
                        true
                    }
                    (true, false) => {
                        self.sources.retain(|s| *s != source);
                        true
                    }
                    _ => false,
                }
            }
            ReadinessEdit::SetSavings(v) => set(&mut self.savings, v.map(|v| v.min(MAX_AMOUNT))),
            ReadinessEdit::SetMonthlyCosts(v) => {
                set(&mut self.monthly_costs, v.map(|v| v.min(MAX_AMOUNT)))
            }
            ReadinessEdit::SetText(field, text) => {
                set(field.get_mut(self), clip_chars(&text, MAX_TEXT_CHARS))
            }
            ReadinessEdit::SetUncertainty(v) => {
                set(&mut self.uncertainty, v.map(|v| v.clamp(1, 10)))
            }
        }
    }

    /// What the answers so far suggest asking next. Questions only: the person decides what they mean.
    pub fn reflections(&self) -> Vec<String> {
        let mut said = Vec::new();
        let work = self.sources.contains(&Dissatisfaction::TheWorkItself);
        if !self.sources.is_empty() && !work {
            said.push(
                "The things you named sit around the work rather than the work itself. If they changed (another \
                 employer, other hours, a different role nearby), how do you imagine the work would feel?"
                    .to_string(),
            );
        } else if work && self.sources.len() == 1 {
            said.push(
                "You named the work itself. If it is the work itself that no longer fits, what would you want \
                 to keep from it, and what would you gladly leave behind?"
                    .to_string(),
            );
        }
        match self.runway() {
            Some(months) if months < 3.0 => said.push(format!(
                "Your savings would cover about {months} months. Would you rather move in one step or \
                 gradually, for example trying the new work part-time or on the side first?"
            )),
            Some(months) => said.push(format!(
                "Your savings would cover about {months} months. How does knowing that change what feels \
                 possible to you?"
            )),
            None => {}
        }
        match self.uncertainty {
            Some(u) if u <= 4 => said.push(format!(
                "You put your comfort with not knowing at {u} of 10. What, if anything, would make the next \
                 step feel safer: more information, a fallback, someone alongside you, or something else?"
            )),
            Some(u) if u >= 8 => said.push(format!(
                "You put your comfort with not knowing at {u} of 10. Who around you might feel differently \
                 about it, and how would you like to include them?"
            )),
            _ => {}
        }
        if !self.responsibilities.trim().is_empty() && self.support.trim().is_empty() {
            said.push("You named responsibilities you carry. Who, if anyone, could you lean on while you make this change?".to_string());
        }
        said
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runway_is_savings_over_costs_rounded_down() {
        assert_eq!(runway_months(Some(12_000), Some(2_000)), Some(6.0));
        assert_eq!(runway_months(Some(10_000), Some(3_000)), Some(3.3));
        assert_eq!(runway_months(Some(0), Some(1_500)), Some(0.0));
        assert_eq!(runway_months(Some(5_000), Some(0)), None);
        assert_eq!(runway_months(None, Some(1_000)), None);
        assert_eq!(
            runway_months(Some(MAX_AMOUNT), Some(1)),
            Some(MAX_AMOUNT as f64)
        );
    }

    #[test]
    fn reflections_are_questions_that_follow_the_answers() {
        let mut r = Readiness::default();
        assert!(r.reflections().is_empty());
        r.apply(ReadinessEdit::SetSource(Dissatisfaction::Commute, true));
        r.apply(ReadinessEdit::SetSavings(Some(4_000)));
        r.apply(ReadinessEdit::SetMonthlyCosts(Some(2_000)));
        r.apply(ReadinessEdit::SetUncertainty(Some(3)));
        let said = r.reflections();
        assert_eq!(said.len(), 3);
        assert!(said[0].contains("rather than the work itself"));
        assert!(said[1].contains("about 2 months") && said[1].contains("part-time"));
        assert!(said[2].contains("safer"));
        assert!(
            said.iter().all(|s| s.ends_with('?')),
            "every reflection is a question"
        );
        r.apply(ReadinessEdit::SetSource(Dissatisfaction::Commute, false));
        r.apply(ReadinessEdit::SetSource(
            Dissatisfaction::TheWorkItself,
            true,
        ));
        assert!(r.reflections()[0].contains("the work itself that no longer fits"));
    }

    #[test]
    fn values_stay_in_range() {
        let mut r = Readiness::default();
        r.apply(ReadinessEdit::SetUncertainty(Some(40)));
        assert_eq!(r.uncertainty, Some(10));
        r.apply(ReadinessEdit::SetSavings(Some(u64::MAX)));
        assert_eq!(r.savings, Some(MAX_AMOUNT));
        assert!(r.apply(ReadinessEdit::SetSource(Dissatisfaction::Pay, true)));
        assert!(!r.apply(ReadinessEdit::SetSource(Dissatisfaction::Pay, true)));
    }

    #[test]
    fn repeated_sources_are_dropped_in_order() {
        let mut r = Readiness {
            sources: vec![
                Dissatisfaction::Pay,
                Dissatisfaction::Hours,
                Dissatisfaction::Pay,
            ],
            ..Readiness::default()
        };
        r.normalise();
        assert_eq!(r.sources, [Dissatisfaction::Pay, Dissatisfaction::Hours]);
    }
}

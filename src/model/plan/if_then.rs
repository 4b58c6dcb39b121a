//! P2, if–then plans: "If … gets in the way, then I will …", per goal. A "but" parked in Exploration
//! (E3) can become one in one action, and the plan remembers the but it came from.

use serde::Serialize;

use crate::model::base::saved::saved_record;
use crate::model::base::text::text_fields;
use crate::model::base::{Id, Refusal};

pub const MAX_IF_THENS: usize = 100;
pub const MAX_IF_THEN_CHARS: usize = 1_000;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct IfThen {
    pub id: Id,
    /// The goal (E10) it protects; none for one that holds for the whole plan.
    pub goal: Option<Id>,
    /// "If …": what might get in the way.
    pub obstacle: String,
    /// "… then I will": the response, decided in advance.
    pub response: String,
    /// The parked but it was made from.
    pub but: Option<Id>,
}
saved_record!(IfThen with defaults { id, goal, obstacle, response, but });

text_fields! {
    pub enum IfThenText for IfThen { Obstacle => obstacle, Response => response }
}

impl IfThenText {
    pub fn label(self) -> &'static str {
        match self {
            IfThenText::Obstacle => "If…",
            IfThenText::Response => "…then I will",
        }
    }
}

/// Why another if–then plan would be refused, if it would.
pub fn if_then_refusal(len: usize) -> Option<Refusal> {
    let full = Refusal::Full {
        limit: MAX_IF_THENS,
        what: "if–then plans",
        make_room: "Remove one that no longer applies first.",
    };
    crate::model::base::refusal_when_full(len, full)
}

/// A but's words as the "if" of a plan: "But I have a mortgage" becomes "I have a mortgage".
pub fn obstacle_from_but(but: &str) -> String {
    let text = but.trim();
    let rest = text
        .get(..3)
        .filter(|first| first.eq_ignore_ascii_case("but"))
        .map(|_| &text[3..]);
    match rest {
        Some(rest) if rest.starts_with([' ', ',', '.', '…']) => {
            let rest = rest.trim_start_matches([' ', ',', '.', '…']);
            if rest.is_empty() {
                text.to_string()
            } else {
                rest.to_string()
            }
        }
        _ => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_buts_words_lose_their_but() {
        assert_eq!(
            obstacle_from_but("But I have a mortgage"),
            "I have a mortgage"
        );
        assert_eq!(
            obstacle_from_but("  but, what if I fail?"),
            "what if I fail?"
        );
        assert_eq!(
            obstacle_from_but("BUT… nobody hires at 50"),
            "nobody hires at 50"
        );
        assert_eq!(
            obstacle_from_but("Butchers earn little"),
            "Butchers earn little",
            "a word that starts with but"
        );
        assert_eq!(obstacle_from_but("But"), "But");
        assert_eq!(
            obstacle_from_but("Ça coûte cher"),
            "Ça coûte cher",
            "no panic on a character wider than a byte"
        );
        assert_eq!(obstacle_from_but("Bü"), "Bü");
    }
}

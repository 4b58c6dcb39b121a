//! N3, outreach helpers: the person's own message drafts with placeholders filled in for a contact,
//! a bank of open questions for informational interviews (and their own), and a ladder of small
//! first steps for anyone who dreads networking. The words are Waypoint's own.

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::base::saved::{saved_choice, saved_record};
use crate::model::base::text::text_fields;
use crate::model::base::{Id, MAX_TEXT_CHARS};

pub const MAX_DRAFTS: usize = 30;
pub const MAX_DRAFT_TITLE_CHARS: usize = 120;
pub const MAX_DRAFT_CHARS: usize = 5_000;
pub const MAX_OWN_QUESTIONS: usize = 60;
pub const MAX_QUESTION_CHARS: usize = 300;
pub const MAX_REFLECTION_CHARS: usize = MAX_TEXT_CHARS;

/// A message the person writes once and adapts for each contact.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Draft {
    pub id: Id,
    pub title: String,
    pub body: String,
}
saved_record!(Draft with defaults { id, title, body });

text_fields! {
    /// A draft's fields.
    pub enum DraftText for Draft { Title => title, Body => body }
}

/// A question of the person's own for informational interviews.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct OwnQuestion {
    pub id: Id,
    pub text: String,
}
saved_record!(OwnQuestion with defaults { id, text });

/// A rung of the ladder the person has climbed: when, and what they noticed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Rung {
    pub step: LadderStep,
    pub done_on: Option<NaiveDate>,
    pub reflection: String,
}
saved_record!(Rung with defaults { step, done_on, reflection });

/// The words a draft may hold, filled in for the chosen contact.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placeholder {
    FirstName,
    Organisation,
    Option,
}

impl Placeholder {
    pub const ALL: [Placeholder; 3] = [
        Placeholder::FirstName,
        Placeholder::Organisation,
        Placeholder::Option,
    ];

    /// As written in a draft, braces included.
    pub fn written(self) -> &'static str {
        match self {
            Placeholder::FirstName => "{first name}",
            Placeholder::Organisation => "{organisation}",
            Placeholder::Option => "{option}",
        }
    }

    pub fn what(self) -> &'static str {
        match self {
            Placeholder::FirstName => "first name",
            Placeholder::Organisation => "organisation",
            Placeholder::Option => "career option",
        }
    }

    /// The placeholder named by the text between braces, ignoring case and spaces around it.
    fn named(inside: &str) -> Option<Placeholder> {
        let inside = inside.trim().to_lowercase();
        Self::ALL.into_iter().find(|p| {
            p.written().trim_matches(['{', '}']) == inside
                || (inside == "organization" && *p == Placeholder::Organisation)
        })
    }
}

/// The values to fill in; an empty value counts as missing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Fill<'a> {
    pub first_name: &'a str,
    pub organisation: &'a str,
    pub option: &'a str,
}

/// A draft filled in: the text, and the placeholders left as written because their value is missing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Filled {
    pub text: String,
    pub missing: Vec<Placeholder>,
}

/// Fills the placeholders of `body` in one pass: a value is put in as it is and never read again, so
/// a name with braces in it stays itself; braces that name no placeholder stay as written; a
/// placeholder whose value is missing stays as written and is named in `missing` (once).
pub fn fill_placeholders(body: &str, fill: &Fill) -> Filled {
    let mut text = String::with_capacity(body.len());
    let mut missing = Vec::new();
    let mut rest = body;
    while let Some(open) = rest.find('{') {
        text.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after
            .find(['}', '{'])
            .filter(|c| after.as_bytes()[*c] == b'}')
        else {
            text.push('{');
            rest = after;
            continue;
        };
        let written = &rest[open..open + close + 2];
        match Placeholder::named(&after[..close]) {
            Some(placeholder) => {
                let value = match placeholder {
                    Placeholder::FirstName => fill.first_name,
                    Placeholder::Organisation => fill.organisation,
                    Placeholder::Option => fill.option,
                }
                .trim();
                if value.is_empty() {
                    text.push_str(written);
                    if !missing.contains(&placeholder) {
                        missing.push(placeholder);
                    }
                } else {
                    text.push_str(value);
                }
            }
            None => text.push_str(written),
        }
        rest = &after[close + 1..];
    }
    text.push_str(rest);
    Filled { text, missing }
}

/// Open questions for an informational interview, each with a stable key (pinned questions are
/// saved by key). Open, curious, and about the other person's experience, not a job request.
pub const QUESTIONS: [(&str, &str); 20] = [
    ("typical-week", "What does a typical week look like for you, and which part of it would surprise an outsider?"),
    ("way-in", "How did you find your way into this work?"),
    ("best-part", "What keeps you in this field on the hard days?"),
    ("hard-part", "What is harder about this work than people expect?"),
    ("changed", "How has the work changed since you started, and where do you see it going?"),
    ("skills-used", "Which of your skills do you lean on most, and which did you have to learn on the job?"),
    ("wish-knew", "What do you wish you had known before you started?"),
    ("thrives", "What kind of person tends to thrive here, and who tends to leave?"),
    ("entry", "If you were starting again today, where would you begin?"),
    ("outsider", "How do people coming from another field usually fare, and what helps them?"),
    ("try-out", "Is there a small way I could try this work before committing to it?"),
    ("learning", "Which courses, books or communities have been worth the time for you?"),
    ("decision", "What does a good day's decision look like in your role, and who makes the big ones?"),
    ("balance", "How does this work fit with the rest of your life?"),
    ("money", "How do pay and progression usually work in this field, in broad terms?"),
    ("culture", "What is it like to work with the people here, day to day?"),
    ("misconception", "What do people most often get wrong about what you do?"),
    ("advice", "Knowing a little about my background, what would you be curious about if you were me?"),
    ("who-else", "Who else would be good to talk to, and would you be comfortable introducing me?"),
    ("follow", "May I let you know how things go, and is there anything I could help you with?"),
];

/// The text of a bank question by key.
pub fn question_text(key: &str) -> Option<&'static str> {
    QUESTIONS
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, text)| *text)
}

/// The ladder of small first steps, from the smallest; each tick asks for a short reflection.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum LadderStep {
    #[default]
    ThreePeople,
    Reconnect,
    AskAdvice,
    Event,
    ShortCall,
    Interview,
    ThankYou,
    Introduction,
}
saved_choice!(LadderStep);

impl LadderStep {
    pub const ALL: [LadderStep; 8] = [
        LadderStep::ThreePeople,
        LadderStep::Reconnect,
        LadderStep::AskAdvice,
        LadderStep::Event,
        LadderStep::ShortCall,
        LadderStep::Interview,
        LadderStep::ThankYou,
        LadderStep::Introduction,
    ];

    pub fn key(self) -> &'static str {
        match self {
            LadderStep::ThreePeople => "three-people",
            LadderStep::Reconnect => "reconnect",
            LadderStep::AskAdvice => "ask-advice",
            LadderStep::Event => "event",
            LadderStep::ShortCall => "short-call",
            LadderStep::Interview => "interview",
            LadderStep::ThankYou => "thank-you",
            LadderStep::Introduction => "introduction",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            LadderStep::ThreePeople => "Write down three people who know your work",
            LadderStep::Reconnect => {
                "Send a friendly hello to someone you have lost touch with, with no request in it"
            }
            LadderStep::AskAdvice => {
                "Ask someone you trust one question about a career option you are exploring"
            }
            LadderStep::Event => {
                "Go to one event, online or in person, and listen more than you talk"
            }
            LadderStep::ShortCall => {
                "Ask a warm contact for fifteen minutes to hear about their work"
            }
            LadderStep::Interview => {
                "Hold an informational interview with someone you have not met before"
            }
            LadderStep::ThankYou => {
                "Thank someone who helped, and tell them what you did with their advice"
            }
            LadderStep::Introduction => {
                "Ask for an introduction to someone in a field you are weighing up"
            }
        }
    }

    /// The question asked once the rung is ticked.
    pub fn reflection_prompt(self) -> &'static str {
        match self {
            LadderStep::ThreePeople => {
                "Who came to mind first, and what would you like to ask them?"
            }
            LadderStep::Reconnect => "How did it feel to reach out, and how did they answer?",
            LadderStep::AskAdvice => "What did you learn that you could not have found alone?",
            LadderStep::Event => "What did you notice about the people there, and about yourself?",
            LadderStep::ShortCall => "What surprised you, and what would you ask next time?",
            LadderStep::Interview => "What did this conversation change in how you see the option?",
            LadderStep::ThankYou => {
                "How did they respond, and what does it tell you about the relationship?"
            }
            LadderStep::Introduction => "What made asking easier or harder than you expected?",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAM: Fill = Fill {
        first_name: "Sam",
        organisation: "City Hospital",
        option: "Nursing",
    };

    #[test]
    fn placeholders_are_filled_wherever_and_however_often_they_appear() {
        let filled = fill_placeholders("Hi {first name}, {First Name}! How is { organisation }? I'm curious about {option} at {organization}.", &SAM);
        assert_eq!(
            filled.text,
            "Hi Sam, Sam! How is City Hospital? I'm curious about Nursing at City Hospital."
        );
        assert!(filled.missing.is_empty());
    }

    #[test]
    fn a_missing_value_keeps_its_placeholder_and_is_named_once() {
        let fill = Fill {
            first_name: "Jo",
            organisation: "  ",
            option: "",
        };
        let filled = fill_placeholders(
            "{first name} at {organisation}, {organisation}; {option}",
            &fill,
        );
        assert_eq!(
            filled.text,
            "Jo at {organisation}, {organisation}; {option}"
        );
        assert_eq!(
            filled.missing,
            [Placeholder::Organisation, Placeholder::Option]
        );
    }

    #[test]
    fn braces_in_names_and_unknown_braces_stay_as_they_are() {
        let fill = Fill {
            first_name: "{organisation}",
            organisation: "Acme {option}",
            option: "}{",
        };
        let filled = fill_placeholders("{first name} / {organisation} / {option}", &fill);
        assert_eq!(
            filled.text, "{organisation} / Acme {option} / }{",
            "a value is never filled in again"
        );
        let filled = fill_placeholders(
            "{nickname} {{first name}} {first name {first name} } {",
            &SAM,
        );
        assert_eq!(filled.text, "{nickname} {Sam} {first name Sam } {");
        assert_eq!(fill_placeholders("", &SAM).text, "");
        assert_eq!(fill_placeholders("é{first name}ü", &SAM).text, "éSamü");
    }

    #[test]
    fn the_bank_and_the_ladder_have_unique_keys() {
        let mut keys: Vec<&str> = QUESTIONS.iter().map(|(k, _)| *k).collect();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), QUESTIONS.len());
        assert_eq!(
            question_text("way-in"),
            Some("How did you find your way into this work?")
        );
        assert_eq!(question_text("nope"), None);
        let mut rungs: Vec<&str> = LadderStep::ALL.iter().map(|s| s.key()).collect();
        rungs.dedup();
        assert_eq!(rungs.len(), 8);
        assert!(QUESTIONS
            .iter()
            .all(|(_, q)| q.ends_with('?') && q.chars().count() <= MAX_QUESTION_CHARS));
    }
}

//! E10, coaching goals, and the SMART check: for each letter a question, and a flag where the goal's
//! words leave it vague. The check reads words, not minds: it asks, it never rewrites.

use serde::Serialize;

use crate::model::base::saved::saved_record;
use crate::model::base::{clip_chars, refusal_when_full, set, Id, IdSource, Refusal};

/// One to three goals keep the program focused; more is allowed, and gently questioned.
pub const SUGGESTED_MAX_GOALS: usize = 3;
pub const MAX_GOALS: usize = 10;
pub const MAX_GOAL_CHARS: usize = 1_000;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Goal {
    pub id: Id,
    pub text: String,
}
saved_record!(Goal with defaults { id, text });

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GoalEdit {
    Add,
    SetText(Id, String),
}

/// Why another goal would be refused, if it would.
pub fn goal_refusal(goals: &[Goal]) -> Option<Refusal> {
    let full = Refusal::Full {
        limit: MAX_GOALS,
        what: "goals",
        make_room: "Remove one that matters less now to add another.",
    };
    refusal_when_full(goals.len(), full)
}

pub fn apply_goal_edit(goals: &mut Vec<Goal>, edit: GoalEdit, ids: &mut IdSource) -> bool {
    match edit {
        GoalEdit::Add if goal_refusal(goals).is_none() => {
            goals.push(Goal {
                id: ids.next(),
                text: String::new(),
            });
            true
        }
        GoalEdit::Add => false,
        GoalEdit::SetText(id, text) => {
            let text = clip_chars(&text, MAX_GOAL_CHARS);
            goals
                .iter_mut()
                .find(|g| g.id == id)
                .is_some_and(|g| set(&mut g.text, text))
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SmartLetter {
    Specific,
    Measurable,
    Achievable,
    Relevant,
    TimeBound,
}

/// One letter of the check: its question, and what looks vague, if anything.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LetterCheck {
    pub letter: SmartLetter,
    pub question: &'static str,
    pub flag: Option<String>,
}

impl SmartLetter {
    pub const ALL: [SmartLetter; 5] = [
        SmartLetter::Specific,
        SmartLetter::Measurable,
        SmartLetter::Achievable,
        SmartLetter::Relevant,
        SmartLetter::TimeBound,
    ];

    pub fn initial(self) -> char {
        match self {
            SmartLetter::Specific => 'S',
            SmartLetter::Measurable => 'M',
            SmartLetter::Achievable => 'A',
            SmartLetter::Relevant => 'R',
            SmartLetter::TimeBound => 'T',
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            SmartLetter::Specific => "Specific",
            SmartLetter::Measurable => "Measurable",
            SmartLetter::Achievable => "Achievable",
            SmartLetter::Relevant => "Relevant",
            SmartLetter::TimeBound => "Time-bound",
        }
    }

    pub fn question(self) -> &'static str {
        match self {
            SmartLetter::Specific => "What exactly will be different when you have done it?",
            SmartLetter::Measurable => {
                "How will you know, in numbers or in something you can count?"
            }
            SmartLetter::Achievable => {
                "Is it in your own hands, and is it a stretch you can manage?"
            }
            SmartLetter::Relevant => "How does it connect to your vision and what you value?",
            SmartLetter::TimeBound => "By when?",
        }
    }
}

/// Verbs and phrases that sound like action but leave the action open.
const VAGUE: [&str; 14] = [
    "improve",
    "look into",
    "explore",
    "think about",
    "work on",
    "try to",
    "get better",
    "be more",
    "consider",
    "figure out",
    "deal with",
    "focus on",
    "some",
    "more",
];

const NUMBER_WORDS: [&str; 16] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve",
    "twenty", "once", "twice", "dozen", "half",
];

/// Words that give a goal a time. ("May" is left out: far more often "I may" than the month.)
const TIME_WORDS: [&str; 34] = [
    "by",
    "before",
    "until",
    "within",
    "deadline",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "weekly",
    "monthly",
    "daily",
    "tomorrow",
    "tonight",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "spring",
    "summer",
    "autumn",
    "winter",
    "quarter",
];

const OWNER_WORDS: [&str; 6] = ["i", "i'll", "i’ll", "me", "my", "myself"];

fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// The SMART check of one goal's text.
pub fn smart_check(text: &str) -> Vec<LetterCheck> {
    let lower = format!(" {} ", words(text).join(" "));
    let words = words(text);
    let has_word = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
    let vague: Vec<&str> = VAGUE
        .iter()
        .copied()
        .filter(|v| lower.contains(&format!(" {v} ")))
        .collect();
    let has_number =
        text.chars().any(|c| c.is_ascii_digit()) || has_word(&NUMBER_WORDS) || text.contains('%');
    let has_time =
        has_word(&TIME_WORDS) || text.chars().filter(|c| c.is_ascii_digit()).count() >= 4;
    let has_owner = has_word(&OWNER_WORDS);
    SmartLetter::ALL
        .into_iter()
        .map(|letter| {
            let flag = match letter {
                SmartLetter::Specific if words.len() < 4 => {
                    Some("It is still very short: what would someone see you doing?".to_string())
                }
                SmartLetter::Specific => vague.first().map(|v| {
                    format!("“{v}” can mean many things. What would it look like in practice?")
                }),
                SmartLetter::Measurable if !has_number => {
                    Some("There is no number yet. What could you count to see your progress?".into())
                }
                SmartLetter::Achievable if !has_owner => {
                    Some("Whose goal is it, and who will act on it? Would starting with “I will…” make it feel more like yours?".into())
                }
                SmartLetter::TimeBound if !has_time => {
                    Some("There is no date or timeframe yet. By when would you like it done?".into())
                }
                _ => None,
            };
            LetterCheck { letter, question: letter.question(), flag }
        })
        .collect()
}

/// True when there are more goals than a program can hold in focus.
pub fn too_many_goals(goals: &[Goal]) -> bool {
    goals.iter().filter(|g| !g.text.trim().is_empty()).count() > SUGGESTED_MAX_GOALS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flags(text: &str) -> Vec<char> {
        smart_check(text)
            .into_iter()
            .filter(|c| c.flag.is_some())
            .map(|c| c.letter.initial())
            .collect()
    }

    #[test]
    fn a_full_list_of_goals_refuses_another_and_says_why() {
        let mut goals = Vec::new();
        let mut ids = IdSource::default();
        for _ in 0..MAX_GOALS {
            assert_eq!(goal_refusal(&goals), None);
            assert!(apply_goal_edit(&mut goals, GoalEdit::Add, &mut ids));
        }
        assert!(goal_refusal(&goals).is_some_and(|r| r
            .message()
            .starts_with(&format!("You have {MAX_GOALS} goals"))));
        assert!(!apply_goal_edit(&mut goals, GoalEdit::Add, &mut ids));
        assert_eq!(goals.len(), MAX_GOALS);
    }

    #[test]
    fn a_vague_goal_is_flagged_on_every_letter_that_words_can_show() {
        assert_eq!(flags("Improve my career"), vec!['S', 'M', 'T']);
        assert_eq!(flags("Look into teaching"), vec!['S', 'M', 'A', 'T']);
        let check = smart_check("I want to improve my network somehow");
        assert!(check[0].flag.as_deref().unwrap().contains("“improve”"));
    }

    #[test]
    fn a_clear_goal_passes_and_relevance_is_always_a_question() {
        let goal =
            "I will hold 3 informational interviews with adult-education teachers by 31 March 2027";
        assert_eq!(flags(goal), Vec::<char>::new());
        assert!(smart_check(goal).iter().all(|c| !c.question.is_empty()));
        assert_eq!(
            flags("I will apply to five roles within six weeks"),
            Vec::<char>::new()
        );
        assert_eq!(
            flags("I will apply to 5 roles by 2027-02-01"),
            Vec::<char>::new()
        );
    }

    #[test]
    fn each_missing_part_is_named() {
        assert_eq!(
            flags("I will finish the first module of the course"),
            vec!['M', 'T']
        );
        assert_eq!(flags("Finish 2 modules of the course by June"), vec!['A']);
        assert_eq!(flags("I will talk to 4 nurses about their work"), vec!['T']);
    }

    #[test]
    fn more_than_three_goals_is_questioned() {
        let goal = |n: u32| Goal {
            id: Id(n),
            text: format!("Goal {n}"),
        };
        assert!(!too_many_goals(&[goal(1), goal(2), goal(3)]));
        assert!(too_many_goals(&[goal(1), goal(2), goal(3), goal(4)]));
        let empty = Goal {
            id: Id(9),
            text: "  ".into(),
        };
        assert!(
            !too_many_goals(&[goal(1), goal(2), goal(3), empty]),
            "empty drafts do not count"
        );
    }

    #[test]
    fn goals_are_added_and_written() {
        let mut goals = Vec::new();
        let mut ids = IdSource::starting_at(40);
        assert!(apply_goal_edit(&mut goals, GoalEdit::Add, &mut ids));
        assert!(apply_goal_edit(
            &mut goals,
            GoalEdit::SetText(Id(40), "I will".into()),
            &mut ids
        ));
        assert!(!apply_goal_edit(
            &mut goals,
            GoalEdit::SetText(Id(41), "x".into()),
            &mut ids
        ));
        assert_eq!(goals[0].text, "I will");
    }
}

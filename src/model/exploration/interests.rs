//! E6, interests: a six-theme self-rating in Waypoint's own words (after Holland's RIASEC themes),
//! giving a three-letter code. A reflection aid, not a validated test; the UI says so. Beside it, a
//! list of interests in the person's own words and what ties them together.

use serde::Serialize;

use crate::model::base::saved::saved_record;
use crate::model::base::{clip_chars, refusal_to_add, set, Id, IdSource, Refusal, MAX_TEXT_CHARS};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Theme {
    Realistic,
    Investigative,
    Artistic,
    Social,
    Enterprising,
    Conventional,
}

impl Theme {
    pub const ALL: [Theme; 6] = [
        Theme::Realistic,
        Theme::Investigative,
        Theme::Artistic,
        Theme::Social,
        Theme::Enterprising,
        Theme::Conventional,
    ];

    pub fn letter(self) -> char {
        match self {
            Theme::Realistic => 'R',
            Theme::Investigative => 'I',
            Theme::Artistic => 'A',
            Theme::Social => 'S',
            Theme::Enterprising => 'E',
            Theme::Conventional => 'C',
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Theme::Realistic => "Doing (realistic)",
            Theme::Investigative => "Thinking (investigative)",
            Theme::Artistic => "Creating (artistic)",
            Theme::Social => "Helping (social)",
            Theme::Enterprising => "Persuading (enterprising)",
            Theme::Conventional => "Organising (conventional)",
        }
    }

    pub fn line(self) -> &'static str {
        match self {
            Theme::Realistic => "Hands-on work with tools, machines, plants or animals.",
            Theme::Investigative => "Working out how things work; ideas, data and questions.",
            Theme::Artistic => "Expressing, designing and making without a fixed recipe.",
            Theme::Social => "Teaching, caring for and supporting people.",
            Theme::Enterprising => "Leading, selling, starting things and taking risks.",
            Theme::Conventional => "Order, accuracy, systems and clear procedures.",
        }
    }
}

pub struct InterestItem {
    pub key: &'static str,
    pub theme: Theme,
    pub text: &'static str,
}

const fn item(key: &'static str, theme: Theme, text: &'static str) -> InterestItem {
    InterestItem { key, theme, text }
}

/// Thirty activities, five per theme, each rated from "I would dislike it" to "I would love it".
/// Keys never change once shipped.
pub const ITEMS: [InterestItem; 30] = [
    item(
        "r_repair",
        Theme::Realistic,
        "Repairing a bicycle or an appliance",
    ),
    item(
        "r_build",
        Theme::Realistic,
        "Building furniture or a garden shed",
    ),
    item(
        "r_outdoors",
        Theme::Realistic,
        "Working outdoors in most weathers",
    ),
    item(
        "r_machines",
        Theme::Realistic,
        "Operating machines or vehicles",
    ),
    item(
        "r_grow",
        Theme::Realistic,
        "Growing plants or looking after animals",
    ),
    item(
        "i_experiment",
        Theme::Investigative,
        "Running an experiment to test an idea",
    ),
    item(
        "i_data",
        Theme::Investigative,
        "Finding patterns in a table of numbers",
    ),
    item(
        "i_research",
        Theme::Investigative,
        "Reading research to answer a question",
    ),
    item(
        "i_diagnose",
        Theme::Investigative,
        "Working out why something keeps going wrong",
    ),
    item(
        "i_science",
        Theme::Investigative,
        "Learning how the body, a star or a cell works",
    ),
    item(
        "a_write",
        Theme::Artistic,
        "Writing a story, a song or a blog",
    ),
    item(
        "a_design",
        Theme::Artistic,
        "Designing a poster, a room or a garment",
    ),
    item("a_perform", Theme::Artistic, "Performing on a stage"),
    item(
        "a_photo",
        Theme::Artistic,
        "Photographing or filming something beautiful",
    ),
    item(
        "a_improvise",
        Theme::Artistic,
        "Inventing something with no instructions to follow",
    ),
    item("s_teach", Theme::Social, "Teaching someone a new skill"),
    item(
        "s_listen",
        Theme::Social,
        "Listening to someone through a hard time",
    ),
    item(
        "s_care",
        Theme::Social,
        "Caring for someone who is ill or old",
    ),
    item(
        "s_team",
        Theme::Social,
        "Helping a group get along and work together",
    ),
    item(
        "s_volunteer",
        Theme::Social,
        "Volunteering for a local cause",
    ),
    item(
        "e_lead",
        Theme::Enterprising,
        "Leading a team towards a target",
    ),
    item(
        "e_sell",
        Theme::Enterprising,
        "Selling an idea or a product",
    ),
    item("e_start", Theme::Enterprising, "Starting a small business"),
    item("e_negotiate", Theme::Enterprising, "Negotiating a deal"),
    item(
        "e_campaign",
        Theme::Enterprising,
        "Persuading people to back a plan",
    ),
    item(
        "c_organise",
        Theme::Conventional,
        "Organising files, records or a calendar",
    ),
    item(
        "c_budget",
        Theme::Conventional,
        "Keeping a budget that balances",
    ),
    item(
        "c_check",
        Theme::Conventional,
        "Checking work carefully for errors",
    ),
    item(
        "c_process",
        Theme::Conventional,
        "Following and improving a clear procedure",
    ),
    item(
        "c_spreadsheet",
        Theme::Conventional,
        "Building a tidy spreadsheet",
    ),
];

/// The five answers, from 1 ("I would dislike it") to 5 ("I would love it").
pub const RATING_LABELS: [&str; 5] = ["Dislike", "Not really", "Unsure", "Like", "Love"];

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ItemRating {
    pub item: String,
    pub rating: u8,
}
saved_record!(ItemRating { item, rating });

/// How many interests the own-words list keeps, and how long each may be.
pub const MAX_TOPICS: usize = 40;
pub const MAX_TOPIC_CHARS: usize = 120;

/// One interest in the person's own words: a topic, a hobby, a cause.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Topic {
    pub id: Id,
    pub text: String,
}
saved_record!(Topic { id, text });

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Interests {
    pub ratings: Vec<ItemRating>,
    /// Anything the person is curious about, one entry each.
    pub topics: Vec<Topic>,
    /// What the person sees running through their interests.
    pub common_thread: String,
}
saved_record!(Interests with defaults { ratings, topics, common_thread });

/// Why a new interest would not be added: nothing written, or the list is full (a repeat is
/// `Refusal::AlreadyListed`).
pub const EMPTY_TOPIC: Refusal = Refusal::Empty {
    ask: "Write the interest first, for example “Old maps”.",
};
pub const FULL_TOPICS: Refusal = Refusal::Full {
    limit: MAX_TOPICS,
    what: "interests on your list",
    make_room: "Remove one to add another.",
};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ThemeScore {
    pub theme: Theme,
    /// Sum of the ratings given, 0 to 25.
    pub points: u32,
    pub answered: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InterestsEdit {
    Rate(String, Option<u8>),
    /// Adds an interest at the end of the list; see [`Interests::refusal`] for when it is not added.
    AddTopic(String),
    SetCommonThread(String),
}

impl Interests {
    pub fn rating(&self, item: &str) -> Option<u8> {
        self.ratings
            .iter()
            .find(|r| r.item == item)
            .map(|r| r.rating)
    }

    pub fn answered(&self) -> usize {
        ITEMS
            .iter()
            .filter(|i| self.rating(i.key).is_some())
            .count()
    }

    pub fn scores(&self) -> Vec<ThemeScore> {
        Theme::ALL
            .into_iter()
            .map(|theme| {
                let given: Vec<u8> = ITEMS
                    .iter()
                    .filter(|i| i.theme == theme)
                    .filter_map(|i| self.rating(i.key))
                    .collect();
                ThemeScore {
                    theme,
                    points: given.iter().map(|r| u32::from(*r)).sum(),
                    answered: given.len(),
                }
            })
            .collect()
    }

    /// The three highest themes, highest first; equal scores keep the R-I-A-S-E-C order. `None` until
    /// every item has an answer. The flag says whether the third place is shared with the fourth.
    pub fn code(&self) -> Option<(String, bool)> {
        if self.answered() < ITEMS.len() {
            return None;
        }
        let mut scores = self.scores();
        scores.sort_by(|a, b| b.points.cmp(&a.points));
        let code = scores.iter().take(3).map(|s| s.theme.letter()).collect();
        Some((code, scores[2].points == scores[3].points))
    }

    /// Why `text` would not be added to the list, if it would not.
    pub fn refusal(&self, text: &str) -> Option<Refusal> {
        let text = clip_chars(text.trim(), MAX_TOPIC_CHARS);
        refusal_to_add(
            &text,
            self.topics.iter().map(|t| t.text.as_str()),
            self.topics.len(),
            EMPTY_TOPIC,
            FULL_TOPICS,
        )
    }

    pub fn apply(&mut self, edit: InterestsEdit, ids: &mut IdSource) -> bool {
        match edit {
            InterestsEdit::Rate(item, rating) => {
                if !ITEMS.iter().any(|i| i.key == item) {
                    return false;
                }
                let at = self.ratings.iter().position(|r| r.item == item);
                match (at, rating.map(|r| r.clamp(1, 5))) {
                    (Some(at), Some(r)) => set(&mut self.ratings[at].rating, r),
                    (Some(at), None) => {
                        self.ratings.remove(at);
                        true
                    }
                    (None, Some(r)) => {
                        self.ratings.push(ItemRating { item, rating: r });
                        true
                    }
                    (None, None) => false,
                }
            }
            InterestsEdit::AddTopic(text) => {
                if self.refusal(&text).is_some() {
                    return false;
                }
                self.topics.push(Topic {
                    id: ids.next(),
                    text: clip_chars(text.trim(), MAX_TOPIC_CHARS),
                });
                true
            }
            InterestsEdit::SetCommonThread(text) => {
                set(&mut self.common_thread, clip_chars(&text, MAX_TEXT_CHARS))
            }
        }
    }

    /// Drops ratings of unknown items and repeats.
    pub fn normalise(&mut self) {
        let mut seen = Vec::new();
        self.ratings.retain(|r| {
            let keep = ITEMS.iter().any(|i| i.key == r.item) && !seen.contains(&r.item);
            seen.push(r.item.clone());
            keep
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rated(per_theme: [u8; 6]) -> Interests {
        let mut interests = Interests::default();
        for item in &ITEMS {
            let at = Theme::ALL.iter().position(|t| *t == item.theme).unwrap();
            interests.apply(
                InterestsEdit::Rate(item.key.into(), Some(per_theme[at])),
                &mut IdSource::default(),
            );
        }
        interests
    }

    #[test]
    fn five_items_per_theme_with_unique_keys() {
        for theme in Theme::ALL {
            assert_eq!(ITEMS.iter().filter(|i| i.theme == theme).count(), 5);
        }
        for (i, a) in ITEMS.iter().enumerate() {
            assert!(ITEMS[i + 1..].iter().all(|b| b.key != a.key));
        }
    }

    #[test]
    fn the_code_is_the_three_highest_themes() {
        let interests = rated([2, 5, 1, 4, 3, 1]);
        assert_eq!(interests.code(), Some(("ISE".to_string(), false)));
        let scores = interests.scores();
        assert_eq!(
            scores[1],
            ThemeScore {
                theme: Theme::Investigative,
                points: 25,
                answered: 5
            }
        );
    }

    #[test]
    fn ties_keep_the_theme_order_and_are_flagged() {
        assert_eq!(
            rated([3, 3, 3, 3, 1, 1]).code(),
            Some(("RIA".to_string(), true))
        );
        assert_eq!(
            rated([1, 1, 1, 1, 1, 5]).code(),
            Some(("CRI".to_string(), true))
        );
    }

    #[test]
    fn no_code_until_every_item_is_answered() {
        let mut interests = rated([3; 6]);
        let ids = &mut IdSource::default();
        assert!(interests.apply(InterestsEdit::Rate("r_repair".into(), None), ids));
        assert_eq!(interests.answered(), 29);
        assert_eq!(interests.code(), None);
        assert!(!interests.apply(InterestsEdit::Rate("unknown".into(), Some(3)), ids));
        assert!(interests.apply(InterestsEdit::Rate("r_repair".into(), Some(9)), ids));
        assert_eq!(interests.rating("r_repair"), Some(5));
    }

    #[test]
    fn the_own_words_list_refuses_empty_repeated_and_overflowing_entries() {
        let mut interests = Interests::default();
        let ids = &mut IdSource::starting_at(7);
        assert!(interests.apply(InterestsEdit::AddTopic("  Old maps ".into()), ids));
        assert_eq!(
            interests.topics,
            vec![Topic {
                id: Id(7),
                text: "Old maps".into()
            }]
        );
        assert_eq!(interests.refusal("   "), Some(EMPTY_TOPIC));
        assert_eq!(interests.refusal("OLD MAPS"), Some(Refusal::AlreadyListed));
        assert!(!interests.apply(InterestsEdit::AddTopic("old maps".into()), ids));
        for n in 1..MAX_TOPICS {
            assert!(interests.apply(InterestsEdit::AddTopic(format!("Topic {n}")), ids));
        }
        assert_eq!(interests.refusal("One more"), Some(FULL_TOPICS));
        assert!(!interests.apply(InterestsEdit::AddTopic("One more".into()), ids));
        let long = "y".repeat(MAX_TOPIC_CHARS + 5);
        interests.topics.pop();
        assert!(interests.apply(InterestsEdit::AddTopic(long), ids));
        assert_eq!(
            interests.topics.last().map(|t| t.text.chars().count()),
            Some(MAX_TOPIC_CHARS)
        );
    }
}

//! E4, the values card sort: a shipped deck plus the person's own cards, sorted into five piles; the
//! "always" pile ranked into a top list with a reflection on each; dated snapshots of finished sorts
//! to compare later.

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::base::saved::{saved_choice, saved_record};
use crate::model::base::{
    clip_chars, refusal_to_add, refusal_to_rename, refusal_when_full, set, Direction, Id, IdSource,
    Refusal, MAX_TEXT_CHARS,
};

/// One card of the shipped deck: a stable key (what the saved form stores), a name and one line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DeckCard {
    pub key: &'static str,
    pub name: &'static str,
    pub line: &'static str,
}

const fn card(key: &'static str, name: &'static str, line: &'static str) -> DeckCard {
    DeckCard { key, name, line }
}

/// The deck, in Waypoint's own words. Keys never change once shipped: saved sorts refer to them.
pub const DECK: [DeckCard; 48] = [
    card(
        "achievement",
        "Achievement",
        "Finishing hard things, and knowing I did them well.",
    ),
    card(
        "advancement",
        "Advancement",
        "A clear path upwards: more scope, more responsibility.",
    ),
    card(
        "adventure",
        "Adventure",
        "Work with some risk and excitement in it.",
    ),
    card(
        "autonomy",
        "Autonomy",
        "Deciding for myself what I work on and how.",
    ),
    card(
        "balance",
        "Balance",
        "Time and energy left for life outside work.",
    ),
    card(
        "beauty",
        "Beauty",
        "Making, or being around, things that are beautiful.",
    ),
    card("belonging", "Belonging", "A team that feels like my own."),
    card("challenge", "Challenge", "Problems that stretch me."),
    card(
        "community",
        "Community",
        "Serving the place and people around me.",
    ),
    card(
        "competition",
        "Competition",
        "Measuring myself against others, and winning.",
    ),
    card(
        "creativity",
        "Creativity",
        "Having new ideas and making them real.",
    ),
    card(
        "expertise",
        "Expertise",
        "Being very good at something, and known for it.",
    ),
    card(
        "fairness",
        "Fairness",
        "Working where people are treated justly.",
    ),
    card(
        "family",
        "Family",
        "Work that fits around the people I care for.",
    ),
    card(
        "flexibility",
        "Flexibility",
        "Working from wherever suits the day.",
    ),
    card(
        "friendship",
        "Friendship",
        "Real friends among my colleagues.",
    ),
    card("fun", "Fun", "Laughter and a light atmosphere."),
    card("learning", "Learning", "Learning something new most weeks."),
    card("health", "Health", "Work that keeps my body and mind well."),
    card(
        "helping",
        "Helping others",
        "Making a direct difference to someone's day.",
    ),
    card("honesty", "Honesty", "Saying what is true, and hearing it."),
    card(
        "impact",
        "Impact",
        "Changing something that matters, at scale.",
    ),
    card(
        "working_alone",
        "Working alone",
        "Long stretches of focused work on my own.",
    ),
    card(
        "influence",
        "Influence",
        "Shaping decisions and how others think.",
    ),
    card(
        "innovation",
        "Innovation",
        "Being first with new products or new ways.",
    ),
    card(
        "integrity",
        "Integrity",
        "Never having to act against my conscience.",
    ),
    card(
        "leadership",
        "Leadership",
        "Guiding people and owning the outcome.",
    ),
    card("place", "Place", "Living where I want to live."),
    card(
        "loyalty",
        "Loyalty",
        "An organisation that stands by its people.",
    ),
    card("craft", "Craft", "Doing work with care and precision."),
    card("meaning", "Meaning", "Work that feels worth doing."),
    card("money", "Money", "Earning well."),
    card(
        "nature",
        "Nature",
        "Working outdoors or with the living world.",
    ),
    card("order", "Order", "Clear structure, plans and procedures."),
    card("calm", "Calm", "A steady pace, without constant pressure."),
    card("physical_work", "Physical work", "Using my hands and body."),
    card("detail", "Detail", "Getting the details exactly right."),
    card(
        "recognition",
        "Recognition",
        "Being credited and thanked for what I do.",
    ),
    card(
        "people_contact",
        "People contact",
        "Meeting many different people every day.",
    ),
    card(
        "security",
        "Security",
        "A steady income and a job I can count on.",
    ),
    card(
        "service",
        "Service",
        "Putting a cause or a mission before myself.",
    ),
    card("faith", "Faith", "Work in tune with my beliefs."),
    card("status", "Status", "A position others look up to."),
    card(
        "teamwork",
        "Teamwork",
        "Achieving things together rather than alone.",
    ),
    card("own_hours", "My own hours", "Control over when I work."),
    card("variety", "Variety", "Different tasks, places and people."),
    card(
        "knowledge",
        "Knowledge",
        "Understanding how things really work.",
    ),
    card(
        "sustainability",
        "Sustainability",
        "Looking after the planet in what I do.",
    ),
];

pub const MAX_CUSTOM_CARDS: usize = 40;
pub const MAX_CARD_NAME_CHARS: usize = 60;
pub const MAX_CARD_LINE_CHARS: usize = 200;
/// The top list: five to ten values.
pub const MIN_TOP: usize = 5;
pub const MAX_TOP: usize = 10;
pub const MAX_SNAPSHOTS: usize = 50;

/// The five piles, from most to least valued.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Pile {
    Always,
    Often,
    Sometimes,
    Seldom,
    Never,
}
saved_choice!(Pile);

impl Pile {
    pub const ALL: [Pile; 5] = [
        Pile::Always,
        Pile::Often,
        Pile::Sometimes,
        Pile::Seldom,
        Pile::Never,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Pile::Always => "always",
            Pile::Often => "often",
            Pile::Sometimes => "sometimes",
            Pile::Seldom => "seldom",
            Pile::Never => "never",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Pile::Always => "Always valued",
            Pile::Often => "Often valued",
            Pile::Sometimes => "Sometimes valued",
            Pile::Seldom => "Seldom valued",
            Pile::Never => "Never valued",
        }
    }

    /// 1 for "always" … 5 for "never": the digit that files a card there.
    pub fn number(self) -> u8 {
        self as u8 + 1
    }

    pub fn from_number(n: u8) -> Option<Pile> {
        Pile::ALL.get(usize::from(n.checked_sub(1)?)).copied()
    }

    /// The neighbouring pile, towards "always" (`Up`) or "never" (`Down`).
    pub fn step(self, direction: Direction) -> Option<Pile> {
        match direction {
            Direction::Up => Pile::from_number(self.number().checked_sub(1)?),
            Direction::Down => Pile::from_number(self.number() + 1),
        }
    }
}

/// A value card the person wrote.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct CustomCard {
    pub id: Id,
    pub name: String,
    pub line: String,
}
saved_record!(CustomCard with defaults { id, name, line });

/// Where one card lies.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Placement {
    pub card: String,
    pub pile: Pile,
}
saved_record!(Placement { card, pile });

/// The person's words on one of their top values.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ValueReflection {
    pub card: String,
    pub why: String,
    /// How well current work honours it, 1–10.
    pub honoured: Option<u8>,
    pub aligned_job: String,
}
saved_record!(ValueReflection with defaults { card, why, honoured, aligned_job });

/// A finished sort, as it was on the day: names are kept, so a card removed since still reads.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SortSnapshot {
    pub taken_on: NaiveDate,
    pub cards: Vec<SnapshotCard>,
    /// Card keys of the top list, in rank order.
    pub top: Vec<String>,
}
saved_record!(SortSnapshot {
    taken_on,
    cards,
    top
});

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SnapshotCard {
    pub card: String,
    pub name: String,
    pub pile: Pile,
}
saved_record!(SnapshotCard { card, name, pile });

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ValuesSort {
    pub custom: Vec<CustomCard>,
    pub placements: Vec<Placement>,
    pub top: Vec<String>,
    pub reflections: Vec<ValueReflection>,
    pub history: Vec<SortSnapshot>,
}
saved_record!(ValuesSort with defaults { custom, placements, top, reflections, history });

/// A card as shown: deck or custom alike.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardView {
    pub key: String,
    pub name: String,
    pub line: String,
    pub custom: bool,
}

/// One move of a card, enough to undo it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardMove {
    pub card: String,
    pub from: Option<Pile>,
    pub to: Option<Pile>,
    /// Where the card's placement stood, so that undo restores the order within its pile.
    pub from_index: Option<usize>,
    /// Where the card stood in the top list, when the move took it out.
    pub top_index: Option<usize>,
}

impl CardMove {
    /// The edit that takes this move back.
    pub fn reverse(&self) -> ValuesEdit {
        ValuesEdit::Unmove(self.clone())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReflectionField {
    Why,
    AlignedJob,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ValuesEdit {
    /// Files a card in a pile, or takes it back to the unsorted stack.
    Place {
        card: String,
        pile: Option<Pile>,
    },
    /// Undoes a [`CardMove`], putting the card back in the top list where it was.
    Unmove(CardMove),
    AddCustom {
        name: String,
        line: String,
    },
    EditCustom {
        id: Id,
        name: String,
        line: String,
    },
    AddToTop(String),
    RemoveFromTop(String),
    MoveInTop(String, Direction),
    /// Moves a top value to a place in the list (a drag ends here), clamped to the list.
    MoveInTopTo(String, usize),
    SetReflection(String, ReflectionField, String),
    SetHonoured(String, Option<u8>),
    /// Keeps today's sort as a dated snapshot (one per day: a second finish that day replaces it).
    Finish {
        today: NaiveDate,
    },
    /// Starts a new sort: every card back on the stack; history and reflections stay.
    Resort,
}

/// Which values rose, fell, entered or left the top, between an earlier and a later snapshot.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SnapshotComparison {
    /// (name, from, to), to a more valued pile.
    pub rose: Vec<(String, Pile, Pile)>,
    pub fell: Vec<(String, Pile, Pile)>,
    pub entered_top: Vec<String>,
    pub left_top: Vec<String>,
}

impl CardView {
    fn of_deck(c: &DeckCard) -> Self {
        CardView {
            key: c.key.into(),
            name: c.name.into(),
            line: c.line.into(),
            custom: false,
        }
    }

    fn of_custom(c: &CustomCard) -> Self {
        CardView {
            key: custom_key(c.id),
            name: c.name.clone(),
            line: c.line.clone(),
            custom: true,
        }
    }
}

pub fn custom_key(id: Id) -> String {
    format!("custom-{id}")
}

impl ValuesSort {
    /// Why a new card of your own called `name` would be refused, if it would.
    pub fn custom_refusal(&self, name: &str) -> Option<Refusal> {
        let empty = Refusal::Empty {
            ask: "Give your card a name, for example “Quiet mornings”.",
        };
        let full = Refusal::Full {
            limit: MAX_CUSTOM_CARDS,
            what: "cards of your own",
            make_room: "Delete one you no longer need first.",
        };
        refusal_to_add(name, [], self.custom.len(), empty, full)
    }

    /// Why another top value would be refused, if it would.
    pub fn top_refusal(&self) -> Option<Refusal> {
        let full = Refusal::Full {
            limit: MAX_TOP,
            what: "top values",
            make_room: "Take one out of the list to bring in another.",
        };
        refusal_when_full(self.top.len(), full)
    }

    /// Why renaming a card of one's own to `name` would be refused, if it would.
    pub fn custom_rename_refusal(name: &str) -> Option<Refusal> {
        let empty = Refusal::Empty {
            ask: "A card needs a name. Write a new one; until then the card keeps its old name.",
        };
        refusal_to_rename(name, empty)
    }

    /// Every card: the deck, then the person's own, in the order made.
    pub fn cards(&self) -> Vec<CardView> {
        DECK.iter()
            .map(CardView::of_deck)
            .chain(self.custom.iter().map(CardView::of_custom))
            .collect()
    }

    pub fn card(&self, key: &str) -> Option<CardView> {
        DECK.iter()
            .find(|c| c.key == key)
            .map(CardView::of_deck)
            .or_else(|| {
                self.custom
                    .iter()
                    .find(|c| custom_key(c.id) == key)
                    .map(CardView::of_custom)
            })
    }

    pub fn is_card(&self, key: &str) -> bool {
        DECK.iter().any(|c| c.key == key) || self.custom.iter().any(|c| custom_key(c.id) == key)
    }

    pub fn pile_of(&self, key: &str) -> Option<Pile> {
        self.placements
            .iter()
            .find(|p| p.card == key)
            .map(|p| p.pile)
    }

    /// Cards in a pile, in the order they were filed.
    pub fn in_pile(&self, pile: Pile) -> Vec<String> {
        self.placements
            .iter()
            .filter(|p| p.pile == pile)
            .map(|p| p.card.clone())
            .collect()
    }

    /// Cards not yet in any pile, in deck order.
    pub fn unsorted(&self) -> Vec<String> {
        self.cards()
            .into_iter()
            .map(|c| c.key)
            .filter(|k| self.pile_of(k).is_none())
            .collect()
    }

    /// (sorted, total)
    pub fn progress(&self) -> (usize, usize) {
        let total = DECK.len() + self.custom.len();
        (total - self.unsorted().len(), total)
    }

    pub fn is_complete(&self) -> bool {
        let (sorted, total) = self.progress();
        sorted == total
    }

    pub fn reflection(&self, key: &str) -> Option<&ValueReflection> {
        self.reflections.iter().find(|r| r.card == key)
    }

    fn reflection_mut(&mut self, key: &str) -> &mut ValueReflection {
        let at = match self.reflections.iter().position(|r| r.card == key) {
            Some(at) => at,
            None => {
                self.reflections.push(ValueReflection {
                    card: key.to_string(),
                    ..ValueReflection::default()
                });
                self.reflections.len() - 1
            }
        };
        &mut self.reflections[at]
    }

    /// The move that filing `key` in `pile` would make (enough to undo it), or `None` when it would
    /// change nothing.
    pub fn move_of(&self, key: &str, pile: Option<Pile>) -> Option<CardMove> {
        let from = self.pile_of(key);
        if from == pile || !self.is_card(key) {
            return None;
        }
        let from_index = self.placements.iter().position(|p| p.card == key);
        // Only "always" values can be in the top list.
        let top_index = match pile {
            Some(Pile::Always) => None,
            _ => self.top.iter().position(|k| k == key),
        };
        Some(CardMove {
            card: key.to_string(),
            from,
            to: pile,
            from_index,
            top_index,
        })
    }

    /// Moves a card; returns the move when anything changed.
    pub fn place(&mut self, key: &str, pile: Option<Pile>) -> Option<CardMove> {
        let planned = self.move_of(key, pile)?;
        self.placements.retain(|p| p.card != key);
        if let Some(pile) = pile {
            self.placements.push(Placement {
                card: key.to_string(),
                pile,
            });
        }
        if let Some(at) = planned.top_index {
            self.top.remove(at);
        }
        Some(planned)
    }

    fn unmove(&mut self, m: CardMove) -> bool {
        if self.pile_of(&m.card) != m.to || !self.is_card(&m.card) {
            return false;
        }
        self.placements.retain(|p| p.card != m.card);
        if let Some(pile) = m.from {
            let at = m
                .from_index
                .unwrap_or(usize::MAX)
                .min(self.placements.len());
            self.placements.insert(
                at,
                Placement {
                    card: m.card.clone(),
                    pile,
                },
            );
        }
        if let Some(at) = m.top_index {
            if !self.top.contains(&m.card) && self.top.len() < MAX_TOP {
                self.top.insert(at.min(self.top.len()), m.card);
            }
        }
        true
    }

    /// The two snapshots' differences, `earlier` to `later`.
    pub fn compare(earlier: &SortSnapshot, later: &SortSnapshot) -> SnapshotComparison {
        let mut result = SnapshotComparison::default();
        for after in &later.cards {
            if let Some(before) = earlier.cards.iter().find(|c| c.card == after.card) {
                if after.pile < before.pile {
                    result
                        .rose
                        .push((after.name.clone(), before.pile, after.pile));
                } else if after.pile > before.pile {
                    result
                        .fell
                        .push((after.name.clone(), before.pile, after.pile));
                }
            }
        }
        let name_in = |snapshot: &SortSnapshot, key: &str| {
            snapshot
                .cards
                .iter()
                .find(|c| c.card == key)
                .map_or_else(|| key.to_string(), |c| c.name.clone())
        };
        result.entered_top = later
            .top
            .iter()
            .filter(|k| !earlier.top.contains(k))
            .map(|k| name_in(later, k))
            .collect();
        result.left_top = earlier
            .top
            .iter()
            .filter(|k| !later.top.contains(k))
            .map(|k| name_in(earlier, k))
            .collect();
        result
    }

    pub fn apply(&mut self, edit: ValuesEdit, ids: &mut IdSource) -> bool {
        match edit {
            ValuesEdit::Place { card, pile } => self.place(&card, pile).is_some(),
            ValuesEdit::Unmove(m) => self.unmove(m),
            ValuesEdit::AddCustom { name, line } => {
                let name = clip_chars(name.trim(), MAX_CARD_NAME_CHARS);
                if self.custom_refusal(&name).is_some() {
                    return false;
                }
                let line = clip_chars(line.trim(), MAX_CARD_LINE_CHARS);
                self.custom.push(CustomCard {
                    id: ids.next(),
                    name,
                    line,
                });
                true
            }
            ValuesEdit::EditCustom { id, name, line } => {
                let name = clip_chars(&name, MAX_CARD_NAME_CHARS);
                let line = clip_chars(&line, MAX_CARD_LINE_CHARS);
                match self.custom.iter_mut().find(|c| c.id == id) {
                    Some(c) if Self::custom_rename_refusal(&name).is_none() => {
                        set(&mut c.name, name) | set(&mut c.line, line)
                    }
                    _ => false,
                }
            }
            ValuesEdit::AddToTop(key) => {
                if self.pile_of(&key) != Some(Pile::Always)
                    || self.top.contains(&key)
                    || self.top_refusal().is_some()
                {
                    return false;
                }
                self.top.push(key);
                true
            }
            ValuesEdit::RemoveFromTop(key) => {
                let before = self.top.len();
                self.top.retain(|k| *k != key);
                self.top.len() != before
            }
            ValuesEdit::MoveInTop(key, direction) => {
                let Some(at) = self.top.iter().position(|k| *k == key) else {
                    return false;
                };
                direction.swap_in(&mut self.top, at)
            }
            ValuesEdit::MoveInTopTo(key, to) => {
                let Some(at) = self.top.iter().position(|k| *k == key) else {
                    return false;
                };
                let to = to.min(self.top.len() - 1);
                if at == to {
                    return false;
                }
                let card = self.top.remove(at);
                self.top.insert(to, card);
                true
            }
            ValuesEdit::SetReflection(key, field, text) => {
                if !self.is_card(&key) {
                    return false;
                }
                let text = clip_chars(&text, MAX_TEXT_CHARS);
                let r = self.reflection_mut(&key);
                match field {
                    ReflectionField::Why => set(&mut r.why, text),
                    ReflectionField::AlignedJob => set(&mut r.aligned_job, text),
                }
            }
            ValuesEdit::SetHonoured(key, rating) => {
                if !self.is_card(&key) {
                    return false;
                }
                let rating = rating.map(|r| r.clamp(1, 10));
                set(&mut self.reflection_mut(&key).honoured, rating)
            }
            ValuesEdit::Finish { today } => {
                if !self.is_complete() {
                    return false;
                }
                let cards = self
                    .cards()
                    .into_iter()
                    .filter_map(|c| {
                        self.pile_of(&c.key).map(|pile| SnapshotCard {
                            card: c.key,
                            name: c.name,
                            pile,
                        })
                    })
                    .collect();
                let snapshot = SortSnapshot {
                    taken_on: today,
                    cards,
                    top: self.top.clone(),
                };
                match self.history.last_mut() {
                    Some(last) if last.taken_on == today => set(last, snapshot),
                    _ => {
                        if self.history.len() >= MAX_SNAPSHOTS {
                            self.history.remove(0);
                        }
                        self.history.push(snapshot);
                        true
                    }
                }
            }
            ValuesEdit::Resort => {
                let changed = !self.placements.is_empty() || !self.top.is_empty();
                self.placements.clear();
                self.top.clear();
                changed
            }
        }
    }

    /// Drops placements, top entries and reflections of cards that do not exist, and repeats.
    pub fn normalise(&mut self) {
        let cards: Vec<String> = self.cards().into_iter().map(|c| c.key).collect();
        let mut seen = Vec::new();
        self.placements.retain(|p| {
            let keep = cards.contains(&p.card) && !seen.contains(&p.card);
            seen.push(p.card.clone());
            keep
        });
        let always = self.in_pile(Pile::Always);
        let mut seen = Vec::new();
        self.top.retain(|k| {
            let keep = always.contains(k) && !seen.contains(k);
            seen.push(k.clone());
            keep
        });
        self.top.truncate(MAX_TOP);
        let mut seen = Vec::new();
        self.reflections.retain(|r| {
            let keep = cards.contains(&r.card) && !seen.contains(&r.card);
            seen.push(r.card.clone());
            keep
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    #[test]
    fn the_deck_has_unique_keys_and_a_line_each() {
        assert!((40..=60).contains(&DECK.len()));
        for (i, c) in DECK.iter().enumerate() {
            assert!(
                DECK[i + 1..]
                    .iter()
                    .all(|other| other.key != c.key && other.name != c.name),
                "{}",
                c.key
            );
            assert!(!c.line.is_empty() && c.line.ends_with('.'), "{}", c.key);
            assert!(!c.key.starts_with("custom-"));
        }
    }

    #[test]
    fn pile_numbers_and_steps() {
        for pile in Pile::ALL {
            assert_eq!(Pile::from_number(pile.number()), Some(pile));
        }
        assert_eq!(Pile::from_number(0), None);
        assert_eq!(Pile::from_number(6), None);
        assert_eq!(Pile::Always.step(Direction::Up), None);
        assert_eq!(Pile::Often.step(Direction::Up), Some(Pile::Always));
        assert_eq!(Pile::Seldom.step(Direction::Down), Some(Pile::Never));
        assert_eq!(Pile::Never.step(Direction::Down), None);
    }

    #[test]
    fn moves_are_counted_and_undone() {
        let mut sort = ValuesSort::default();
        let mut ids = IdSource::default();
        assert_eq!(sort.progress(), (0, DECK.len()));
        let m = sort.place("autonomy", Some(Pile::Always)).unwrap();
        assert_eq!(
            m,
            CardMove {
                card: "autonomy".into(),
                from: None,
                to: Some(Pile::Always),
                from_index: None,
                top_index: None
            }
        );
        assert!(
            sort.place("autonomy", Some(Pile::Always)).is_none(),
            "no move, no record"
        );
        assert!(sort.place("no-such-card", Some(Pile::Always)).is_none());
        assert!(sort.apply(ValuesEdit::AddToTop("autonomy".into()), &mut ids));
        let second = sort.place("autonomy", Some(Pile::Seldom)).unwrap();
        assert_eq!(second.top_index, Some(0));
        assert!(sort.top.is_empty(), "leaving 'always' leaves the top list");
        assert_eq!(sort.progress(), (1, DECK.len()));
        assert!(sort.apply(second.reverse(), &mut ids));
        assert_eq!(sort.pile_of("autonomy"), Some(Pile::Always));
        assert_eq!(
            sort.top,
            vec!["autonomy".to_string()],
            "undo restores the top place too"
        );
        assert!(sort.apply(m.reverse(), &mut ids));
        assert_eq!(sort.pile_of("autonomy"), None);
        assert!(
            !sort.apply(m.reverse(), &mut ids),
            "a stale undo does nothing"
        );
    }

    #[test]
    fn the_top_list_holds_only_always_values_up_to_ten() {
        let mut sort = ValuesSort::default();
        let mut ids = IdSource::default();
        assert!(
            !sort.apply(ValuesEdit::AddToTop("fun".into()), &mut ids),
            "not in 'always'"
        );
        for c in &DECK[..12] {
            sort.place(c.key, Some(Pile::Always));
            sort.apply(ValuesEdit::AddToTop(c.key.into()), &mut ids);
        }
        assert_eq!(sort.top.len(), MAX_TOP);
        assert!(sort.apply(
            ValuesEdit::MoveInTop(DECK[1].key.into(), Direction::Up),
            &mut ids
        ));
        assert_eq!(sort.top[0], DECK[1].key);
        assert!(!sort.apply(
            ValuesEdit::MoveInTop(DECK[1].key.into(), Direction::Up),
            &mut ids
        ));
        assert!(sort.apply(ValuesEdit::RemoveFromTop(DECK[0].key.into()), &mut ids));
        assert_eq!(sort.top.len(), MAX_TOP - 1);
        // A drag to a place: the first value dropped third; far past the end means last.
        let first = sort.top[0].clone();
        assert!(sort.apply(ValuesEdit::MoveInTopTo(first.clone(), 2), &mut ids));
        assert_eq!(sort.top[2], first);
        assert!(sort.apply(ValuesEdit::MoveInTopTo(first.clone(), 99), &mut ids));
        assert_eq!(sort.top.last(), Some(&first));
        assert!(!sort.apply(ValuesEdit::MoveInTopTo(first, 99), &mut ids));
    }

    #[test]
    fn custom_cards_join_the_deck() {
        let mut sort = ValuesSort::default();
        let mut ids = IdSource::starting_at(30);
        assert!(!sort.apply(
            ValuesEdit::AddCustom {
                name: "  ".into(),
                line: String::new()
            },
            &mut ids
        ));
        assert!(sort.apply(
            ValuesEdit::AddCustom {
                name: "Quiet mornings".into(),
                line: "No meetings before ten.".into()
            },
            &mut ids
        ));
        assert_eq!(sort.progress(), (0, DECK.len() + 1));
        let key = custom_key(Id(30));
        assert_eq!(sort.card(&key).unwrap().name, "Quiet mornings");
        assert!(sort.place(&key, Some(Pile::Often)).is_some());
        assert!(sort.apply(
            ValuesEdit::EditCustom {
                id: Id(30),
                name: "Slow mornings".into(),
                line: String::new()
            },
            &mut ids
        ));
        assert_eq!(sort.cards().last().unwrap().name, "Slow mornings");
        // A card emptied of its name is refused with the reason the field shows, and keeps its name.
        assert!(ValuesSort::custom_rename_refusal(" ")
            .is_some_and(|r| r.message().contains("keeps its old name")));
        assert!(!sort.apply(
            ValuesEdit::EditCustom {
                id: Id(30),
                name: " ".into(),
                line: "New line".into()
            },
            &mut ids
        ));
        assert_eq!(
            (sort.custom[0].name.as_str(), sort.custom[0].line.as_str()),
            ("Slow mornings", "")
        );
    }

    fn finished(placements: &[(&str, Pile)], top: &[&str], on: NaiveDate) -> SortSnapshot {
        let mut sort = ValuesSort::default();
        let mut ids = IdSource::default();
        for c in DECK {
            sort.place(c.key, Some(Pile::Sometimes));
        }
        for (key, pile) in placements {
            sort.place(key, Some(*pile));
        }
        for key in top {
            assert!(sort.apply(ValuesEdit::AddToTop((*key).into()), &mut ids));
        }
        assert!(sort.apply(ValuesEdit::Finish { today: on }, &mut ids));
        sort.history.pop().unwrap()
    }

    #[test]
    fn finishing_keeps_one_snapshot_a_day() {
        let mut sort = ValuesSort::default();
        let mut ids = IdSource::default();
        assert!(
            !sort.apply(ValuesEdit::Finish { today: day(1) }, &mut ids),
            "an unfinished sort is not kept"
        );
        for c in DECK {
            sort.place(c.key, Some(Pile::Often));
        }
        assert!(sort.apply(ValuesEdit::Finish { today: day(1) }, &mut ids));
        assert!(
            !sort.apply(ValuesEdit::Finish { today: day(1) }, &mut ids),
            "the same sort again changes nothing"
        );
        sort.place("fun", Some(Pile::Never));
        assert!(sort.apply(ValuesEdit::Finish { today: day(1) }, &mut ids));
        assert_eq!(sort.history.len(), 1);
        assert!(sort.apply(ValuesEdit::Finish { today: day(2) }, &mut ids));
        assert_eq!(sort.history.len(), 2);
        assert!(sort.apply(ValuesEdit::Resort, &mut ids));
        assert_eq!(sort.progress().0, 0);
        assert_eq!(sort.history.len(), 2, "history outlives a resort");
    }

    #[test]
    fn comparing_snapshots_names_what_moved() {
        let earlier = finished(
            &[
                ("money", Pile::Always),
                ("balance", Pile::Seldom),
                ("autonomy", Pile::Always),
            ],
            &["money", "autonomy"],
            day(1),
        );
        let later = finished(
            &[
                ("money", Pile::Often),
                ("balance", Pile::Always),
                ("autonomy", Pile::Always),
            ],
            &["balance", "autonomy"],
            day(20),
        );
        let c = ValuesSort::compare(&earlier, &later);
        assert_eq!(
            c.rose,
            vec![("Balance".to_string(), Pile::Seldom, Pile::Always)]
        );
        assert_eq!(
            c.fell,
            vec![("Money".to_string(), Pile::Always, Pile::Often)]
        );
        assert_eq!(c.entered_top, vec!["Balance".to_string()]);
        assert_eq!(c.left_top, vec!["Money".to_string()]);
        assert_eq!(
            ValuesSort::compare(&later, &later),
            SnapshotComparison::default()
        );
    }

    #[test]
    fn normalise_drops_unknown_cards_and_repeats() {
        let mut sort = ValuesSort::default();
        sort.placements.push(Placement {
            card: "fun".into(),
            pile: Pile::Always,
        });
        sort.placements.push(Placement {
            card: "fun".into(),
            pile: Pile::Never,
        });
        sort.placements.push(Placement {
            card: "ghost".into(),
            pile: Pile::Often,
        });
        sort.top = vec!["fun".into(), "fun".into(), "money".into()];
        sort.normalise();
        assert_eq!(
            sort.placements,
            vec![Placement {
                card: "fun".into(),
                pile: Pile::Always
            }]
        );
        assert_eq!(sort.top, vec!["fun".to_string()]);
    }
}

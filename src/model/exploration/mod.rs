//! Stage 1, Exploration: the sections that live beside the vision (E2, kept in `Workbook::vision`
//! since version 1): the current situation (E1), the parking lot of "buts" (E3), the values card sort
//! (E4), strengths (E5), interests (E6), skills (E7), flow and energy (E8), readiness for change (E9)
//! and the coaching goals (E10). Each section reports how complete it is.

pub mod about_you;
pub mod buts;
pub mod flow;
pub mod goals;
pub mod interests;
pub mod readiness;
pub mod removal;
pub mod situation;
pub mod skills;
pub mod strengths;
pub mod values;
pub mod vision;

use serde::Serialize;

use super::base::limits::{count, date, range, scale, text};
use super::base::{Check, Id, IdSource, MAX_TEXT_CHARS};
use crate::model::base::saved::saved_record;
use about_you::{SelfEdit, SelfParts};
use buts::{apply_but_edit, But, ButEdit, MAX_BUTS, MAX_BUT_CHARS, MAX_PAGE_CHARS};
use flow::{Flow, FlowText};
use goals::{apply_goal_edit, smart_check, Goal, GoalEdit, MAX_GOALS, MAX_GOAL_CHARS};
use interests::{Interests, InterestsEdit, ITEMS, MAX_TOPICS, MAX_TOPIC_CHARS};
use readiness::{Readiness, ReadinessEdit, ReadinessText, MAX_AMOUNT};
use situation::{Situation, SituationText, MAX_FEELINGS, MAX_PAST_ROLES, MAX_SHORT};
use skills::{Skill, MAX_SKILLS};
use strengths::{Strength, MAX_STRENGTHS};
use values::{
    ValuesEdit, ValuesSort, DECK, MAX_CARD_LINE_CHARS, MAX_CARD_NAME_CHARS, MAX_CUSTOM_CARDS,
    MAX_SNAPSHOTS, MAX_TOP, MIN_TOP,
};
use vision::{Vision, VisionEdit};

pub use removal::{Removed, Target};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Exploration {
    pub situation: Situation,
    pub buts: Vec<But>,
    pub values: ValuesSort,
    pub strengths: Vec<Strength>,
    pub interests: Interests,
    pub skills: Vec<Skill>,
    pub flow: Flow,
    pub readiness: Readiness,
    pub goals: Vec<Goal>,
}
saved_record!(Exploration with defaults {
    situation, buts, values, strengths, interests, skills, flow, readiness, goals
});

/// The sections of the Exploration page that have a "done" (the parking lot is open-ended).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Situation,
    Vision,
    Values,
    Strengths,
    Interests,
    Skills,
    Flow,
    Readiness,
    Goals,
}

impl Section {
    pub const ALL: [Section; 9] = [
        Section::Situation,
        Section::Vision,
        Section::Values,
        Section::Strengths,
        Section::Interests,
        Section::Skills,
        Section::Flow,
        Section::Readiness,
        Section::Goals,
    ];

    /// The id of the section's heading on the page, for the contents links.
    pub fn anchor(self) -> &'static str {
        match self {
            Section::Situation => "situation",
            Section::Vision => "vision",
            Section::Values => "values-heading",
            Section::Strengths => "strengths",
            Section::Interests => "interests",
            Section::Skills => "skills",
            Section::Flow => "flow",
            Section::Readiness => "readiness",
            Section::Goals => "goals-heading",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Section::Situation => "Where you are now",
            Section::Vision => "Your vision",
            Section::Values => "Your values",
            Section::Strengths => "Your strengths",
            Section::Interests => "Your interests",
            Section::Skills => "Your skills",
            Section::Flow => "Flow and energy",
            Section::Readiness => "Readiness for change",
            Section::Goals => "Your coaching goals",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Completion {
    NotStarted,
    Started,
    Done,
}

impl Completion {
    pub fn label(self) -> &'static str {
        match self {
            Completion::NotStarted => "Not started",
            Completion::Started => "Started",
            Completion::Done => "Done",
        }
    }
}

fn filled(text: &str) -> bool {
    !text.trim().is_empty()
}

fn status(started: bool, done: bool) -> Completion {
    if done {
        Completion::Done
    } else if started {
        Completion::Started
    } else {
        Completion::NotStarted
    }
}

/// An edit of the Exploration stage, by section.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExplorationEdit {
    Vision(VisionEdit),
    But(ButEdit),
    /// E1 (situation), E5 (strengths), E7 (skills), E8 (flow).
    Myself(SelfEdit),
    Interests(InterestsEdit),
    Readiness(ReadinessEdit),
    Values(ValuesEdit),
    Goal(GoalEdit),
}

impl Exploration {
    /// Applies one edit of this stage; `vision` is E2, saved at the top of the workbook.
    pub fn apply(
        &mut self,
        edit: ExplorationEdit,
        vision: &mut Vision,
        ids: &mut IdSource,
    ) -> bool {
        match edit {
            ExplorationEdit::Vision(edit) => vision.apply(edit),
            ExplorationEdit::But(edit) => apply_but_edit(&mut self.buts, edit, ids),
            ExplorationEdit::Myself(edit) => {
                let parts = SelfParts {
                    situation: &mut self.situation,
                    strengths: &mut self.strengths,
                    skills: &mut self.skills,
                    flow: &mut self.flow,
                };
                parts.apply(edit, ids)
            }
            ExplorationEdit::Interests(edit) => self.interests.apply(edit, ids),
            ExplorationEdit::Readiness(edit) => self.readiness.apply(edit),
            ExplorationEdit::Values(edit) => self.values.apply(edit, ids),
            ExplorationEdit::Goal(edit) => apply_goal_edit(&mut self.goals, edit, ids),
        }
    }

    /// Every id this stage holds.
    pub fn ids(&self) -> Vec<Id> {
        let mut ids: Vec<Id> = self.values.custom.iter().map(|c| c.id).collect();
        ids.extend(self.goals.iter().map(|g| g.id));
        ids.extend(self.buts.iter().map(|b| b.id));
        ids.extend(self.situation.past_roles.iter().map(|r| r.id));
        ids.extend(self.situation.feelings.iter().map(|f| f.id));
        ids.extend(self.strengths.iter().map(|s| s.id));
        ids.extend(self.skills.iter().map(|s| s.id));
        ids.extend(self.interests.topics.iter().map(|t| t.id));
        ids
    }

    /// `Ok` when every limit of the saved `exploration` holds; otherwise the first one broken.
    pub fn check_limits(&self) -> Check {
        let values = &self.values;
        count(
            "exploration.values.custom",
            values.custom.len(),
            MAX_CUSTOM_CARDS,
            "cards of your own",
        )?;
        for (i, card) in values.custom.iter().enumerate() {
            text(
                format!("exploration.values.custom[{i}].name"),
                &card.name,
                MAX_CARD_NAME_CHARS,
            )?;
            text(
                format!("exploration.values.custom[{i}].line"),
                &card.line,
                MAX_CARD_LINE_CHARS,
            )?;
        }
        count(
            "exploration.values.top",
            values.top.len(),
            MAX_TOP,
            "top values",
        )?;
        for (i, r) in values.reflections.iter().enumerate() {
            let at = format!("exploration.values.reflections[{i}]");
            text(format!("{at}.why"), &r.why, MAX_TEXT_CHARS)?;
            text(format!("{at}.aligned_job"), &r.aligned_job, MAX_TEXT_CHARS)?;
            if let Some(rating) = r.honoured {
                scale(
                    format!("{at}.honoured"),
                    rating,
                    1,
                    10,
                    "how well work honours a value",
                )?;
            }
        }
        count(
            "exploration.values.history",
            values.history.len(),
            MAX_SNAPSHOTS,
            "finished sorts",
        )?;
        for (i, snapshot) in values.history.iter().enumerate() {
            date(
                format!("exploration.values.history[{i}].taken_on"),
                Some(snapshot.taken_on),
            )?;
            let cards = snapshot.cards.len();
            range(
                format!("exploration.values.history[{i}].cards"),
                cards <= DECK.len() + MAX_CUSTOM_CARDS,
                || {
                    format!(
                        "a sort holds at most {} cards, and this has {cards}",
                        DECK.len() + MAX_CUSTOM_CARDS
                    )
                },
            )?;
            for (j, card) in snapshot.cards.iter().enumerate() {
                text(
                    format!("exploration.values.history[{i}].cards[{j}].name"),
                    &card.name,
                    MAX_CARD_NAME_CHARS,
                )?;
            }
            count(
                &format!("exploration.values.history[{i}].top"),
                snapshot.top.len(),
                MAX_TOP,
                "top values",
            )?;
        }
        count(
            "exploration.buts",
            self.buts.len(),
            MAX_BUTS,
            "parked “buts”",
        )?;
        for (i, but) in self.buts.iter().enumerate() {
            text(
                format!("exploration.buts[{i}].text"),
                &but.text,
                MAX_BUT_CHARS,
            )?;
            text(
                format!("exploration.buts[{i}].parked_from"),
                &but.parked_from,
                MAX_PAGE_CHARS,
            )?;
            text(
                format!("exploration.buts[{i}].note"),
                &but.note,
                MAX_TEXT_CHARS,
            )?;
            date(format!("exploration.buts[{i}].parked_on"), but.parked_on)?;
        }
        let e = self;
        let s = &e.situation;
        for field in SituationText::ALL {
            text(
                format!("exploration.situation.{}", field.key()),
                field.get(s),
                field.limit(),
            )?;
        }
        count(
            "exploration.situation.past_roles",
            s.past_roles.len(),
            MAX_PAST_ROLES,
            "past roles",
        )?;
        for (i, r) in s.past_roles.iter().enumerate() {
            for (key, t) in [
                ("title", &r.title),
                ("organisation", &r.organisation),
                ("years", &r.years),
            ] {
                text(
                    format!("exploration.situation.past_roles[{i}].{key}"),
                    t,
                    MAX_SHORT,
                )?;
            }
        }
        count(
            "exploration.situation.feelings",
            s.feelings.len(),
            MAX_FEELINGS,
            "feelings",
        )?;
        for (i, f) in s.feelings.iter().enumerate() {
            text(
                format!("exploration.situation.feelings[{i}].feeling"),
                &f.feeling,
                MAX_TEXT_CHARS,
            )?;
            text(
                format!("exploration.situation.feelings[{i}].reasons"),
                &f.reasons,
                MAX_TEXT_CHARS,
            )?;
        }
        count(
            "exploration.strengths",
            e.strengths.len(),
            MAX_STRENGTHS,
            "strengths",
        )?;
        for (i, st) in e.strengths.iter().enumerate() {
            text(
                format!("exploration.strengths[{i}].name"),
                &st.name,
                MAX_SHORT,
            )?;
            text(
                format!("exploration.strengths[{i}].evidence"),
                &st.evidence,
                MAX_TEXT_CHARS,
            )?;
            if let Some(energy) = st.energy {
                scale(
                    format!("exploration.strengths[{i}].energy"),
                    energy,
                    1,
                    5,
                    "how energising a strength is",
                )?;
            }
        }
        for (i, r) in e.interests.ratings.iter().enumerate() {
            scale(
                format!("exploration.interests.ratings[{i}].rating"),
                r.rating,
                1,
                5,
                "an interest rating",
            )?;
        }
        count(
            "exploration.interests.topics",
            e.interests.topics.len(),
            MAX_TOPICS,
            "interests in the list",
        )?;
        for (i, t) in e.interests.topics.iter().enumerate() {
            text(
                format!("exploration.interests.topics[{i}].text"),
                &t.text,
                MAX_TOPIC_CHARS,
            )?;
        }
        text(
            "exploration.interests.common_thread",
            &e.interests.common_thread,
            MAX_TEXT_CHARS,
        )?;
        count("exploration.skills", e.skills.len(), MAX_SKILLS, "skills")?;
        for (i, sk) in e.skills.iter().enumerate() {
            text(format!("exploration.skills[{i}].name"), &sk.name, MAX_SHORT)?;
            for (key, rating, what) in [
                ("proficiency", sk.proficiency, "proficiency"),
                ("enjoyment", sk.enjoyment, "enjoyment"),
            ] {
                if let Some(rating) = rating {
                    scale(format!("exploration.skills[{i}].{key}"), rating, 1, 5, what)?;
                }
            }
        }
        for field in FlowText::ALL {
            text(
                format!("exploration.flow.{}", field.key()),
                field.get(&e.flow),
                MAX_TEXT_CHARS,
            )?;
        }
        let r = &e.readiness;
        for (key, value) in [("savings", r.savings), ("monthly_costs", r.monthly_costs)] {
            if let Some(value) = value {
                range(
                    format!("exploration.readiness.{key}"),
                    value <= MAX_AMOUNT,
                    || format!("an amount is at most {MAX_AMOUNT}, and this says {value}"),
                )?;
            }
        }
        if let Some(u) = r.uncertainty {
            scale(
                "exploration.readiness.uncertainty".into(),
                u,
                1,
                10,
                "tolerance for uncertainty",
            )?;
        }
        for field in ReadinessText::ALL {
            text(
                format!("exploration.readiness.{}", field.key()),
                field.get(r),
                MAX_TEXT_CHARS,
            )?;
        }
        count("exploration.goals", self.goals.len(), MAX_GOALS, "goals")?;
        for (i, goal) in self.goals.iter().enumerate() {
            text(
                format!("exploration.goals[{i}].text"),
                &goal.text,
                MAX_GOAL_CHARS,
            )?;
        }
        Ok(())
    }

    /// Drops what can never be shown: placements and ratings of unknown cards and items, repeats.
    pub fn normalise(&mut self) {
        self.values.normalise();
        self.interests.normalise();
        self.readiness.normalise();
    }

    /// How far each section has come. "Done" means enough to work with, not perfect.
    pub fn completion(&self, section: Section, vision: &Vision) -> Completion {
        match section {
            Section::Situation => {
                let s = &self.situation;
                let any = [
                    &s.role,
                    &s.organisation,
                    &s.tenure,
                    &s.education,
                    &s.structure,
                    &s.culture,
                    &s.key_people,
                    &s.likes,
                    &s.dislikes,
                ]
                .iter()
                .any(|t| filled(t))
                    || !s.past_roles.is_empty()
                    || !s.feelings.is_empty();
                status(
                    any,
                    filled(&s.role) && filled(&s.likes) && filled(&s.dislikes),
                )
            }
            Section::Vision => {
                let answered = [
                    &vision.best_of_all_worlds,
                    &vision.one_year,
                    &vision.three_years,
                    &vision.ten_years,
                ]
                .iter()
                .filter(|t| filled(t))
                .count();
                status(
                    answered > 0 || vision.clarity.is_some(),
                    answered >= 2 && vision.clarity.is_some(),
                )
            }
            Section::Values => {
                let (sorted, _) = self.values.progress();
                status(
                    sorted > 0,
                    self.values.is_complete() && self.values.top.len() >= MIN_TOP,
                )
            }
            Section::Strengths => {
                let with_evidence = self
                    .strengths
                    .iter()
                    .filter(|s| filled(&s.name) && filled(&s.evidence))
                    .count();
                status(!self.strengths.is_empty(), with_evidence >= 3)
            }
            Section::Interests => {
                let answered = self.interests.answered();
                let i = &self.interests;
                status(
                    answered > 0 || !i.topics.is_empty() || filled(&i.common_thread),
                    answered == ITEMS.len(),
                )
            }
            Section::Skills => status(!self.skills.is_empty(), self.skills.len() >= 5),
            Section::Flow => {
                let f = &self.flow;
                let parts = [&f.moments, &f.energisers, &f.drainers];
                status(
                    parts.iter().any(|t| filled(t)),
                    parts.iter().all(|t| filled(t)),
                )
            }
            Section::Readiness => {
                let r = &self.readiness;
                let any = !r.sources.is_empty()
                    || r.savings.is_some()
                    || r.monthly_costs.is_some()
                    || r.uncertainty.is_some()
                    || filled(&r.responsibilities)
                    || filled(&r.support);
                status(
                    any,
                    !r.sources.is_empty() && r.uncertainty.is_some() && r.runway().is_some(),
                )
            }
            Section::Goals => {
                let written: Vec<&Goal> = self.goals.iter().filter(|g| filled(&g.text)).collect();
                let smart = written
                    .iter()
                    .any(|g| smart_check(&g.text).iter().all(|c| c.flag.is_none()));
                status(!written.is_empty(), smart)
            }
        }
    }

    /// (sections done, sections in all)
    pub fn progress(&self, vision: &Vision) -> (usize, usize) {
        let done = Section::ALL
            .iter()
            .filter(|s| self.completion(**s, vision) == Completion::Done)
            .count();
        (done, Section::ALL.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_exploration_has_nothing_started() {
        let e = Exploration::default();
        let v = Vision::default();
        assert!(Section::ALL
            .iter()
            .all(|s| e.completion(*s, &v) == Completion::NotStarted));
        assert_eq!(e.progress(&v), (0, 9));
    }

    #[test]
    fn sections_move_from_started_to_done() {
        let mut e = Exploration::default();
        let v = Vision::default();
        e.situation.role = "Nurse".into();
        assert_eq!(e.completion(Section::Situation, &v), Completion::Started);
        e.situation.likes = "The patients".into();
        e.situation.dislikes = "Night shifts".into();
        assert_eq!(e.completion(Section::Situation, &v), Completion::Done);
        e.goals.push(Goal {
            id: Id(1),
            text: "Look into teaching".into(),
        });
        assert_eq!(e.completion(Section::Goals, &v), Completion::Started);
        e.goals.push(Goal {
            id: Id(2),
            text: "I will talk to 3 teachers by March".into(),
        });
        assert_eq!(e.completion(Section::Goals, &v), Completion::Done);
        assert_eq!(e.progress(&v), (2, 9));
    }
}

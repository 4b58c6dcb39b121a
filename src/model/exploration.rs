//! Stage 1, Exploration: the sections that live beside the vision (E2, kept in `Workbook::vision`
//! since version 1): the current situation (E1), the parking lot of "buts" (E3), the values card sort
//! (E4), strengths (E5), interests (E6), skills (E7), flow and energy (E8), readiness for change (E9)
//! and the coaching goals (E10). Each section reports how complete it is.

use serde::{Deserialize, Serialize};

use super::buts::But;
use super::goals::{smart_check, Goal};
use super::interests::{Interests, ITEMS};
use super::readiness::Readiness;
use super::situation::{Flow, Situation, Skill, Strength};
use super::values::{ValuesSort, MIN_TOP};
use super::workbook::Vision;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
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

impl Exploration {
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
                let any = [&s.role, &s.organisation, &s.tenure, &s.education, &s.structure, &s.culture, &s.key_people, &s.likes, &s.dislikes]
                    .iter()
                    .any(|t| filled(t))
                    || !s.past_roles.is_empty()
                    || !s.feelings.is_empty();
                status(any, filled(&s.role) && filled(&s.likes) && filled(&s.dislikes))
            }
            Section::Vision => {
                let answered = [&vision.best_of_all_worlds, &vision.one_year, &vision.three_years, &vision.ten_years]
                    .iter()
                    .filter(|t| filled(t))
                    .count();
                status(answered > 0 || vision.clarity.is_some(), answered >= 2 && vision.clarity.is_some())
            }
            Section::Values => {
                let (sorted, _) = self.values.progress();
                status(sorted > 0, self.values.is_complete() && self.values.top.len() >= MIN_TOP)
            }
            Section::Strengths => {
                let with_evidence = self.strengths.iter().filter(|s| filled(&s.name) && filled(&s.evidence)).count();
                status(!self.strengths.is_empty(), with_evidence >= 3)
            }
            Section::Interests => {
                let answered = self.interests.answered();
                let i = &self.interests;
                status(answered > 0 || !i.topics.is_empty() || filled(&i.common_thread), answered == ITEMS.len())
            }
            Section::Skills => status(!self.skills.is_empty(), self.skills.len() >= 5),
            Section::Flow => {
                let f = &self.flow;
                let parts = [&f.moments, &f.energisers, &f.drainers];
                status(parts.iter().any(|t| filled(t)), parts.iter().all(|t| filled(t)))
            }
            Section::Readiness => {
                let r = &self.readiness;
                let any = !r.sources.is_empty()
                    || r.savings.is_some()
                    || r.monthly_costs.is_some()
                    || r.uncertainty.is_some()
                    || filled(&r.responsibilities)
                    || filled(&r.support);
                status(any, !r.sources.is_empty() && r.uncertainty.is_some() && r.runway().is_some())
            }
            Section::Goals => {
                let written: Vec<&Goal> = self.goals.iter().filter(|g| filled(&g.text)).collect();
                let smart = written.iter().any(|g| smart_check(&g.text).iter().all(|c| c.flag.is_none()));
                status(!written.is_empty(), smart)
            }
        }
    }

    /// (sections done, sections in all)
    pub fn progress(&self, vision: &Vision) -> (usize, usize) {
        let done = Section::ALL.iter().filter(|s| self.completion(**s, vision) == Completion::Done).count();
        (done, Section::ALL.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::goals::Goal;
    use crate::model::id::Id;

    #[test]
    fn an_empty_exploration_has_nothing_started() {
        let e = Exploration::default();
        let v = Vision::default();
        assert!(Section::ALL.iter().all(|s| e.completion(*s, &v) == Completion::NotStarted));
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
        e.goals.push(Goal { id: Id(1), text: "Look into teaching".into() });
        assert_eq!(e.completion(Section::Goals, &v), Completion::Started);
        e.goals.push(Goal { id: Id(2), text: "I will talk to 3 teachers by March".into() });
        assert_eq!(e.completion(Section::Goals, &v), Completion::Done);
        assert_eq!(e.progress(&v), (2, 9));
    }
}

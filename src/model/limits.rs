//! The limits a saved workbook must keep: numbers within their scales, dates within the accepted
//! years, text within its length, lists within their size, ids unique. Edits keep these by
//! construction; this check is for documents that come from outside (files, storage, links).

use std::collections::HashSet;

use super::deeper::{
    MAX_ACTIVE_OPTIONS, MAX_CURRENCY_CHARS, MAX_LEVEL, MAX_OPTIONS, MAX_RISKS_PER_OPTION, MAX_SALARY,
    MAX_SHORT_CHARS, MAX_SKILLS_PER_OPTION, MAX_SKILL_GAPS, MAX_TESTS_PER_OPTION, MAX_TITLE_CHARS, MIN_LEVEL,
};
use super::deeper::OptionText;
use super::matrix::{MAX_CRITERIA, MAX_CRITERION_CHARS, MAX_GUT_NOTE_CHARS, MAX_SCORE, MAX_WEIGHT, MIN_SCORE, MIN_WEIGHT};
use super::buts::{MAX_BUTS, MAX_BUT_CHARS, MAX_PAGE_CHARS};
use super::goals::{MAX_GOALS, MAX_GOAL_CHARS};
use super::interests::{MAX_TOPICS, MAX_TOPIC_CHARS};
use super::readiness::{ReadinessText, MAX_AMOUNT};
use super::situation::{FlowText, SituationText, MAX_FEELINGS, MAX_PAST_ROLES, MAX_SHORT, MAX_SKILLS, MAX_STRENGTHS};
use super::plan::{MAX_STEPS, MAX_STEP_CHARS};
use super::values::{DECK, MAX_CARD_LINE_CHARS, MAX_CARD_NAME_CHARS, MAX_CUSTOM_CARDS, MAX_SNAPSHOTS, MAX_TOP};
use super::workbook::{
    date_in_range, Workbook, EARLIEST_YEAR, LATEST_YEAR, MAX_PROGRAM_WEEKS, MAX_TEXT_CHARS, MIN_PROGRAM_WEEKS,
};
use chrono::NaiveDate;

/// The first limit a workbook breaks, with its place in the saved form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LimitProblem {
    OutOfRange { path: String, detail: String },
    TextTooLong { path: String, chars: usize, limit: usize },
}

type Check = Result<(), LimitProblem>;

fn range(path: impl Into<String>, ok: bool, detail: impl FnOnce() -> String) -> Check {
    if ok {
        Ok(())
    } else {
        Err(LimitProblem::OutOfRange { path: path.into(), detail: detail() })
    }
}

fn text(path: impl Into<String>, text: &str, limit: usize) -> Check {
    let chars = text.chars().count();
    if chars > limit {
        return Err(LimitProblem::TextTooLong { path: path.into(), chars, limit });
    }
    Ok(())
}

fn scale(path: String, value: u8, min: u8, max: u8, what: &str) -> Check {
    range(path, (min..=max).contains(&value), || format!("{what} goes from {min} to {max}, and this says {value}"))
}

fn date(path: String, day: Option<NaiveDate>) -> Check {
    match day {
        Some(day) if !date_in_range(day) => Err(LimitProblem::OutOfRange {
            path,
            detail: format!("dates go from {EARLIEST_YEAR} to {LATEST_YEAR}, and this says {day}"),
        }),
        _ => Ok(()),
    }
}

fn count(path: &str, len: usize, limit: usize, what: &str) -> Check {
    range(path, len <= limit, || format!("Waypoint keeps at most {limit} {what}, and this has {len}"))
}

impl Workbook {
    /// `Ok` when every limit holds; otherwise the first one broken.
    pub fn check_limits(&self) -> Check {
        let weeks = self.profile.program_weeks;
        range("profile.program_weeks", (MIN_PROGRAM_WEEKS..=MAX_PROGRAM_WEEKS).contains(&weeks), || {
            format!("a program lasts {MIN_PROGRAM_WEEKS} to {MAX_PROGRAM_WEEKS} weeks, and this says {weeks}")
        })?;
        if let Some(day) = self.profile.started_on.filter(|day| !date_in_range(*day)) {
            return Err(LimitProblem::OutOfRange {
                path: "profile.started_on".into(),
                detail: format!("a program starts between {EARLIEST_YEAR} and {LATEST_YEAR}, and this says {day}"),
            });
        }
        text("profile.name", &self.profile.name, MAX_TEXT_CHARS)?;
        let v = &self.vision;
        for (key, answer) in [
            ("best_of_all_worlds", &v.best_of_all_worlds),
            ("one_year", &v.one_year),
            ("three_years", &v.three_years),
            ("ten_years", &v.ten_years),
        ] {
            text(format!("vision.{key}"), answer, MAX_TEXT_CHARS)?;
        }
        self.check_exploration()?;
        self.check_deeper()?;
        self.check_plan()?;
        self.check_ids()
    }

    fn check_exploration(&self) -> Check {
        let values = &self.exploration.values;
        count("exploration.values.custom", values.custom.len(), MAX_CUSTOM_CARDS, "cards of your own")?;
        for (i, card) in values.custom.iter().enumerate() {
            text(format!("exploration.values.custom[{i}].name"), &card.name, MAX_CARD_NAME_CHARS)?;
            text(format!("exploration.values.custom[{i}].line"), &card.line, MAX_CARD_LINE_CHARS)?;
        }
        count("exploration.values.top", values.top.len(), MAX_TOP, "top values")?;
        for (i, r) in values.reflections.iter().enumerate() {
            let at = format!("exploration.values.reflections[{i}]");
            text(format!("{at}.why"), &r.why, MAX_TEXT_CHARS)?;
            text(format!("{at}.aligned_job"), &r.aligned_job, MAX_TEXT_CHARS)?;
            if let Some(rating) = r.honoured {
                scale(format!("{at}.honoured"), rating, 1, 10, "how well work honours a value")?;
            }
        }
        count("exploration.values.history", values.history.len(), MAX_SNAPSHOTS, "finished sorts")?;
        for (i, snapshot) in values.history.iter().enumerate() {
            date(format!("exploration.values.history[{i}].taken_on"), Some(snapshot.taken_on))?;
            let cards = snapshot.cards.len();
            range(format!("exploration.values.history[{i}].cards"), cards <= DECK.len() + MAX_CUSTOM_CARDS, || {
                format!("a sort holds at most {} cards, and this has {cards}", DECK.len() + MAX_CUSTOM_CARDS)
            })?;
            for (j, card) in snapshot.cards.iter().enumerate() {
                text(format!("exploration.values.history[{i}].cards[{j}].name"), &card.name, MAX_CARD_NAME_CHARS)?;
            }
            count(&format!("exploration.values.history[{i}].top"), snapshot.top.len(), MAX_TOP, "top values")?;
        }
        count("exploration.buts", self.exploration.buts.len(), MAX_BUTS, "parked “buts”")?;
        for (i, but) in self.exploration.buts.iter().enumerate() {
            text(format!("exploration.buts[{i}].text"), &but.text, MAX_BUT_CHARS)?;
            text(format!("exploration.buts[{i}].parked_from"), &but.parked_from, MAX_PAGE_CHARS)?;
            text(format!("exploration.buts[{i}].note"), &but.note, MAX_TEXT_CHARS)?;
            date(format!("exploration.buts[{i}].parked_on"), but.parked_on)?;
        }
        let e = &self.exploration;
        let s = &e.situation;
        for field in SituationText::ALL {
            text(format!("exploration.situation.{}", field.key()), field.get(s), field.limit())?;
        }
        count("exploration.situation.past_roles", s.past_roles.len(), MAX_PAST_ROLES, "past roles")?;
        for (i, r) in s.past_roles.iter().enumerate() {
            for (key, t) in [("title", &r.title), ("organisation", &r.organisation), ("years", &r.years)] {
                text(format!("exploration.situation.past_roles[{i}].{key}"), t, MAX_SHORT)?;
            }
        }
        count("exploration.situation.feelings", s.feelings.len(), MAX_FEELINGS, "feelings")?;
        for (i, f) in s.feelings.iter().enumerate() {
            text(format!("exploration.situation.feelings[{i}].feeling"), &f.feeling, MAX_TEXT_CHARS)?;
            text(format!("exploration.situation.feelings[{i}].reasons"), &f.reasons, MAX_TEXT_CHARS)?;
        }
        count("exploration.strengths", e.strengths.len(), MAX_STRENGTHS, "strengths")?;
        for (i, st) in e.strengths.iter().enumerate() {
            text(format!("exploration.strengths[{i}].name"), &st.name, MAX_SHORT)?;
            text(format!("exploration.strengths[{i}].evidence"), &st.evidence, MAX_TEXT_CHARS)?;
            if let Some(energy) = st.energy {
                scale(format!("exploration.strengths[{i}].energy"), energy, 1, 5, "how energising a strength is")?;
            }
        }
        for (i, r) in e.interests.ratings.iter().enumerate() {
            scale(format!("exploration.interests.ratings[{i}].rating"), r.rating, 1, 5, "an interest rating")?;
        }
        count("exploration.interests.topics", e.interests.topics.len(), MAX_TOPICS, "interests in the list")?;
        for (i, t) in e.interests.topics.iter().enumerate() {
            text(format!("exploration.interests.topics[{i}].text"), &t.text, MAX_TOPIC_CHARS)?;
        }
        text("exploration.interests.common_thread", &e.interests.common_thread, MAX_TEXT_CHARS)?;
        count("exploration.skills", e.skills.len(), MAX_SKILLS, "skills")?;
        for (i, sk) in e.skills.iter().enumerate() {
            text(format!("exploration.skills[{i}].name"), &sk.name, MAX_SHORT)?;
            scale(format!("exploration.skills[{i}].proficiency"), sk.proficiency, 1, 5, "proficiency")?;
            scale(format!("exploration.skills[{i}].enjoyment"), sk.enjoyment, 1, 5, "enjoyment")?;
        }
        for field in FlowText::ALL {
            text(format!("exploration.flow.{}", field.key()), field.get(&e.flow), MAX_TEXT_CHARS)?;
        }
        let r = &e.readiness;
        for (key, value) in [("savings", r.savings), ("monthly_costs", r.monthly_costs)] {
            if let Some(value) = value {
                range(format!("exploration.readiness.{key}"), value <= MAX_AMOUNT, || {
                    format!("an amount is at most {MAX_AMOUNT}, and this says {value}")
                })?;
            }
        }
        if let Some(u) = r.uncertainty {
            scale("exploration.readiness.uncertainty".into(), u, 1, 10, "tolerance for uncertainty")?;
        }
        for field in ReadinessText::ALL {
            text(format!("exploration.readiness.{}", field.key()), field.get(r), MAX_TEXT_CHARS)?;
        }
        count("exploration.goals", self.exploration.goals.len(), MAX_GOALS, "goals")?;
        for (i, goal) in self.exploration.goals.iter().enumerate() {
            text(format!("exploration.goals[{i}].text"), &goal.text, MAX_GOAL_CHARS)?;
        }
        Ok(())
    }

    fn check_deeper(&self) -> Check {
        let deeper = &self.deeper;
        count("deeper.options", deeper.options.len(), MAX_OPTIONS, "career options")?;
        count("deeper.options", deeper.active_count(), MAX_ACTIVE_OPTIONS, "options that are not archived")?;
        for (i, option) in deeper.options.iter().enumerate() {
            let at = format!("deeper.options[{i}]");
            text(format!("{at}.title"), &option.title, MAX_TITLE_CHARS)?;
            for field in OptionText::DETAILS {
                text(format!("{at}.{}", field.key()), field.get(option), field.limit())?;
            }
            count(&format!("{at}.skills_needed"), option.skills_needed.len(), MAX_SKILLS_PER_OPTION, "skills")?;
            for (j, skill) in option.skills_needed.iter().enumerate() {
                text(format!("{at}.skills_needed[{j}]"), skill, MAX_SHORT_CHARS)?;
            }
            for (key, value) in [("min", option.salary.min), ("max", option.salary.max)] {
                if let Some(value) = value {
                    range(format!("{at}.salary.{key}"), value <= MAX_SALARY, || {
                        format!("a salary is at most {MAX_SALARY}, and this says {value}")
                    })?;
                }
            }
            text(format!("{at}.salary.currency"), &option.salary.currency, MAX_CURRENCY_CHARS)?;
            count(&format!("{at}.reality_tests"), option.reality_tests.len(), MAX_TESTS_PER_OPTION, "reality tests")?;
            for (j, test) in option.reality_tests.iter().enumerate() {
                date(format!("{at}.reality_tests[{j}].date"), test.date)?;
                text(format!("{at}.reality_tests[{j}].learned"), &test.learned, MAX_TEXT_CHARS)?;
            }
            count(&format!("{at}.risks"), option.risks.len(), MAX_RISKS_PER_OPTION, "risks")?;
            for (j, risk) in option.risks.iter().enumerate() {
                text(format!("{at}.risks[{j}].risk"), &risk.risk, MAX_TEXT_CHARS)?;
                text(format!("{at}.risks[{j}].mitigation"), &risk.mitigation, MAX_TEXT_CHARS)?;
            }
        }
        let matrix = &deeper.matrix;
        count("deeper.matrix.criteria", matrix.criteria.len(), MAX_CRITERIA, "criteria")?;
        for (i, criterion) in matrix.criteria.iter().enumerate() {
            text(format!("deeper.matrix.criteria[{i}].name"), &criterion.name, MAX_CRITERION_CHARS)?;
            scale(format!("deeper.matrix.criteria[{i}].weight"), criterion.weight, MIN_WEIGHT, MAX_WEIGHT, "a weight")?;
        }
        for (i, score) in matrix.scores.iter().enumerate() {
            scale(format!("deeper.matrix.scores[{i}].value"), score.value, MIN_SCORE, MAX_SCORE, "a score")?;
        }
        for (i, gut) in matrix.gut.iter().enumerate() {
            if let Some(rating) = gut.rating {
                scale(format!("deeper.matrix.gut[{i}].rating"), rating, MIN_SCORE, MAX_SCORE, "a gut rating")?;
            }
            text(format!("deeper.matrix.gut[{i}].note"), &gut.note, MAX_GUT_NOTE_CHARS)?;
        }
        let d = &deeper.decision;
        for (key, answer) in [("direction", &d.direction), ("why", &d.why), ("change_my_mind", &d.change_my_mind)] {
            text(format!("deeper.decision.{key}"), answer, MAX_TEXT_CHARS)?;
        }
        count("deeper.skill_gaps", deeper.skill_gaps.len(), MAX_SKILL_GAPS, "skill gaps")?;
        for (i, gap) in deeper.skill_gaps.iter().enumerate() {
            let at = format!("deeper.skill_gaps[{i}]");
            text(format!("{at}.skill"), &gap.skill, MAX_SHORT_CHARS)?;
            scale(format!("{at}.current"), gap.current, MIN_LEVEL, MAX_LEVEL, "a skill level")?;
            scale(format!("{at}.target"), gap.target, MIN_LEVEL, MAX_LEVEL, "a skill level")?;
            text(format!("{at}.how"), &gap.how, MAX_TEXT_CHARS)?;
            text(format!("{at}.cost"), &gap.cost, MAX_SHORT_CHARS)?;
            date(format!("{at}.deadline"), gap.deadline)?;
        }
        Ok(())
    }

    fn check_plan(&self) -> Check {
        count("plan.steps", self.plan.steps.len(), MAX_STEPS, "plan steps")?;
        for (i, step) in self.plan.steps.iter().enumerate() {
            text(format!("plan.steps[{i}].title"), &step.title, MAX_STEP_CHARS)?;
            date(format!("plan.steps[{i}].due"), step.due)?;
        }
        Ok(())
    }

    /// Every record's id is above zero and used once: scores, links and undo rely on it.
    fn check_ids(&self) -> Check {
        let mut seen = HashSet::new();
        for id in self.ids() {
            range("id", id.0 > 0, || "an id must be a whole number above 0".into())?;
            range("id", seen.insert(id), || format!("the id {id} is used by two records"))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Id;

    #[test]
    fn a_default_workbook_keeps_every_limit() {
        assert_eq!(Workbook::default().check_limits(), Ok(()));
    }

    #[test]
    fn repeated_ids_are_refused() {
        let mut workbook = Workbook::default();
        workbook.deeper.matrix.criteria[1].id = workbook.deeper.matrix.criteria[0].id;
        assert!(matches!(workbook.check_limits(), Err(LimitProblem::OutOfRange { path, .. }) if path == "id"));
        workbook.deeper.matrix.criteria[1].id = Id(0);
        assert!(workbook.check_limits().is_err());
    }
}

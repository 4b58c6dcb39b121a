//! The score matrix (R3, and later C1): "things" (career options, job offers) scored 1–10 against
//! weighted criteria. The matrix does not own its things; callers pass the ids of the things to compare,
//! so the same data and functions serve any list.
//!
//! Totals are kept as whole "points" (weight × score, summed), so ties are exact. Every thing in one
//! matrix shares the same maximum (10 × the sum of weights), so comparing points compares totals.

use serde::Serialize;

use super::id::{Id, IdSource};
use super::limits::{count, scale, text, Check};
use super::list::Direction;
use super::refusal::{refusal_to_add, Refusal};
use super::saved::saved_record;
use super::text::clip_chars;

pub const MIN_WEIGHT: u8 = 1;
pub const MAX_WEIGHT: u8 = 5;
pub const DEFAULT_WEIGHT: u8 = 3;
pub const MIN_SCORE: u8 = 1;
pub const MAX_SCORE: u8 = 10;
/// Enough to say what matters; more than this and the weights stop meaning much.
pub const MAX_CRITERIA: usize = 20;
pub const MAX_CRITERION_CHARS: usize = 120;
pub const MAX_GUT_NOTE_CHARS: usize = 2_000;
/// The single weight change the sensitivity hint looks for, at most.
pub const SENSITIVITY_REACH: u8 = 2;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Criterion {
    pub id: Id,
    pub name: String,
    pub weight: u8,
}
saved_record!(Criterion { id, name, weight });

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Score {
    pub thing: Id,
    pub criterion: Id,
    pub value: u8,
}
saved_record!(Score {
    thing,
    criterion,
    value
});

/// How a thing feels, apart from the numbers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct GutFeeling {
    pub thing: Id,
    pub rating: Option<u8>,
    pub note: String,
}
saved_record!(GutFeeling with defaults { thing, rating, note });

impl Default for GutFeeling {
    fn default() -> Self {
        Self {
            thing: Id(0),
            rating: None,
            note: String::new(),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ScoreMatrix {
    pub criteria: Vec<Criterion>,
    pub scores: Vec<Score>,
    pub gut: Vec<GutFeeling>,
}
saved_record!(ScoreMatrix with defaults { criteria, scores, gut });

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MatrixEdit {
    AddCriterion(String),
    RenameCriterion(Id, String),
    MoveCriterion(Id, Direction),
    SetWeight(Id, u8),
    /// `None` clears the score.
    SetScore {
        thing: Id,
        criterion: Id,
        score: Option<u8>,
    },
    SetGutRating(Id, Option<u8>),
    SetGutNote(Id, String),
    RemoveCriterion(Id),
    RestoreCriterion(RemovedCriterion),
}

/// What removing a criterion took away, so that undo puts back exactly that.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RemovedCriterion {
    pub index: usize,
    pub criterion: Criterion,
    pub scores: Vec<Score>,
}

/// What removing a thing took away from the matrix.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RemovedThing {
    pub scores: Vec<Score>,
    pub gut: Option<GutFeeling>,
}

/// One thing's weighted total.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Total {
    pub thing: Id,
    /// Σ weight × score over the criteria this thing has a score for.
    pub points: u32,
    /// 10 × Σ weight: the points of a thing scored 10 on every criterion. The same for every thing.
    pub max_points: u32,
    /// How many criteria have a score for this thing.
    pub scored: usize,
    pub criteria: usize,
}

impl Total {
    /// The total on a 0–100 scale; `None` when there are no criteria to score against.
    pub fn percent(&self) -> Option<f64> {
        (self.max_points > 0).then(|| f64::from(self.points) * 100.0 / f64::from(self.max_points))
    }

    pub fn is_complete(&self) -> bool {
        self.scored == self.criteria
    }
}

/// A place in the ranking. Tied things share a rank ("1, 1, 3").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ranked {
    pub total: Total,
    pub rank: usize,
    pub tied: bool,
}

/// How firmly the leader leads, judged by single weight changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Sensitivity {
    /// Fewer than two things, no criteria, or nothing scored yet.
    NothingToCompare,
    /// Two or more things already share the top.
    SharedLead { leaders: Vec<Id> },
    /// The smallest single weight change that would end the leader's lead: afterwards `leaders` share
    /// or hold the top, and the old leader is not alone there.
    Changes {
        leader: Id,
        criterion: Id,
        from: u8,
        to: u8,
        leaders: Vec<Id>,
    },
    /// No single weight change of up to ±[`SENSITIVITY_REACH`] ends the lead.
    Holds { leader: Id },
}

/// The gut favourite and the computed leader, when they are different things.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GutContrast {
    pub gut_favourite: Id,
    pub logic_leader: Id,
}

impl ScoreMatrix {
    /// `Ok` when every limit of a saved matrix at `path` ("deeper.matrix") holds; otherwise the
    /// first one broken.
    pub fn check_limits(&self, path: &str) -> Check {
        count(
            &format!("{path}.criteria"),
            self.criteria.len(),
            MAX_CRITERIA,
            "criteria",
        )?;
        for (i, criterion) in self.criteria.iter().enumerate() {
            text(
                format!("{path}.criteria[{i}].name"),
                &criterion.name,
                MAX_CRITERION_CHARS,
            )?;
            scale(
                format!("{path}.criteria[{i}].weight"),
                criterion.weight,
                MIN_WEIGHT,
                MAX_WEIGHT,
                "a weight",
            )?;
        }
        for (i, score) in self.scores.iter().enumerate() {
            scale(
                format!("{path}.scores[{i}].value"),
                score.value,
                MIN_SCORE,
                MAX_SCORE,
                "a score",
            )?;
        }
        for (i, gut) in self.gut.iter().enumerate() {
            if let Some(rating) = gut.rating {
                scale(
                    format!("{path}.gut[{i}].rating"),
                    rating,
                    MIN_SCORE,
                    MAX_SCORE,
                    "a gut rating",
                )?;
            }
            text(
                format!("{path}.gut[{i}].note"),
                &gut.note,
                MAX_GUT_NOTE_CHARS,
            )?;
        }
        Ok(())
    }

    /// Why a new criterion called `name` would be refused, if it would.
    pub fn criterion_refusal(&self, name: &str) -> Option<Refusal> {
        let empty = Refusal::Empty {
            ask: "Give the criterion a name, for example “Commute”.",
        };
        let full = Refusal::Full {
            limit: MAX_CRITERIA,
            what: "criteria",
            make_room: "Remove one you care less about first.",
        };
        refusal_to_add(name, [], self.criteria.len(), empty, full)
    }

    /// A matrix with the given criteria, each at the default weight.
    pub fn with_criteria(names: &[&str], ids: &mut IdSource) -> Self {
        let criteria = names
            .iter()
            .map(|name| Criterion {
                id: ids.next(),
                name: (*name).to_string(),
                weight: DEFAULT_WEIGHT,
            })
            .collect();
        Self {
            criteria,
            ..Self::default()
        }
    }

    pub fn criterion(&self, id: Id) -> Option<&Criterion> {
        self.criteria.iter().find(|c| c.id == id)
    }

    pub fn score(&self, thing: Id, criterion: Id) -> Option<u8> {
        self.scores
            .iter()
            .find(|s| s.thing == thing && s.criterion == criterion)
            .map(|s| s.value)
    }

    pub fn gut_of(&self, thing: Id) -> Option<&GutFeeling> {
        self.gut.iter().find(|g| g.thing == thing)
    }

    fn max_points_with(&self, change: Option<(Id, u8)>) -> u32 {
        self.criteria
            .iter()
            .map(|c| u32::from(weight_with(c, change)) * u32::from(MAX_SCORE))
            .sum()
    }

    fn points_with(&self, thing: Id, change: Option<(Id, u8)>) -> u32 {
        self.criteria
            .iter()
            .filter_map(|c| {
                self.score(thing, c.id)
                    .map(|s| u32::from(weight_with(c, change)) * u32::from(s))
            })
            .sum()
    }

    fn total_with(&self, thing: Id, change: Option<(Id, u8)>) -> Total {
        Total {
            thing,
            points: self.points_with(thing, change),
            max_points: self.max_points_with(change),
            scored: self
                .criteria
                .iter()
                .filter(|c| self.score(thing, c.id).is_some())
                .count(),
            criteria: self.criteria.len(),
        }
    }

    /// The weighted total of each thing, in the order given.
    pub fn totals(&self, things: &[Id]) -> Vec<Total> {
        things
            .iter()
            .map(|&thing| self.total_with(thing, None))
            .collect()
    }

    /// Things from highest total to lowest; equal totals share a rank and keep their given order.
    pub fn ranking(&self, things: &[Id]) -> Vec<Ranked> {
        rank(self.totals(things))
    }

    /// Each criterion's share of a thing's total, on the same 0–100 scale as [`Total::percent`].
    pub fn breakdown(&self, thing: Id) -> Vec<(Id, f64)> {
        let max = self.max_points_with(None);
        self.criteria
            .iter()
            .map(|c| {
                let points = self
                    .score(thing, c.id)
                    .map_or(0, |s| u32::from(c.weight) * u32::from(s));
                let share = if max == 0 {
                    0.0
                } else {
                    f64::from(points) * 100.0 / f64::from(max)
                };
                (c.id, share)
            })
            .collect()
    }

    /// The smallest single weight change (1, then 2; criteria in their order, raising before lowering)
    /// that would end the current leader's sole lead.
    pub fn sensitivity(&self, things: &[Id]) -> Sensitivity {
        let leaders = |change| leaders_of(things.iter().map(|&t| (t, self.points_with(t, change))));
        let current = leaders(None);
        let top_points = things
            .iter()
            .map(|&t| self.points_with(t, None))
            .max()
            .unwrap_or(0);
        if things.len() < 2 || self.criteria.is_empty() || top_points == 0 {
            return Sensitivity::NothingToCompare;
        }
        let [leader] = current[..] else {
            return Sensitivity::SharedLead { leaders: current };
        };
        for step in 1..=SENSITIVITY_REACH {
            for criterion in &self.criteria {
                let raised = criterion
                    .weight
                    .checked_add(step)
                    .filter(|w| *w <= MAX_WEIGHT);
                let lowered = criterion
                    .weight
                    .checked_sub(step)
                    .filter(|w| *w >= MIN_WEIGHT);
                for to in [raised, lowered].into_iter().flatten() {
                    let after = leaders(Some((criterion.id, to)));
                    if after != [leader] {
                        return Sensitivity::Changes {
                            leader,
                            criterion: criterion.id,
                            from: criterion.weight,
                            to,
                            leaders: after,
                        };
                    }
                }
            }
        }
        Sensitivity::Holds { leader }
    }

    /// The sole highest gut rating and the sole computed leader, when they differ.
    pub fn gut_contrast(&self, things: &[Id]) -> Option<GutContrast> {
        let rated = things.iter().filter_map(|&t| {
            self.gut_of(t)
                .and_then(|g| g.rating)
                .map(|r| (t, u32::from(r)))
        });
        let [gut_favourite] = leaders_of(rated)[..] else {
            return None;
        };
        if self.max_points_with(None) == 0 {
            return None;
        }
        let scored = things
            .iter()
            .map(|&t| (t, self.points_with(t, None)))
            .filter(|(_, p)| *p > 0);
        let [logic_leader] = leaders_of(scored)[..] else {
            return None;
        };
        (gut_favourite != logic_leader).then_some(GutContrast {
            gut_favourite,
            logic_leader,
        })
    }

    /// What removing `criterion` would take away.
    pub fn removal_of_criterion(&self, criterion: Id) -> Option<RemovedCriterion> {
        let index = self.criteria.iter().position(|c| c.id == criterion)?;
        Some(RemovedCriterion {
            index,
            criterion: self.criteria[index].clone(),
            scores: self
                .scores
                .iter()
                .filter(|s| s.criterion == criterion)
                .cloned()
                .collect(),
        })
    }

    /// Takes a thing's scores and gut feeling out (when the thing itself is removed).
    pub fn remove_thing(&mut self, thing: Id) -> RemovedThing {
        let (taken, kept) = std::mem::take(&mut self.scores)
            .into_iter()
            .partition(|s| s.thing == thing);
        self.scores = kept;
        let gut = self
            .gut
            .iter()
            .position(|g| g.thing == thing)
            .map(|at| self.gut.remove(at));
        RemovedThing { scores: taken, gut }
    }

    /// Puts back what [`ScoreMatrix::remove_thing`] took, for criteria that still exist.
    pub fn restore_thing(&mut self, removed: RemovedThing) {
        for score in removed.scores {
            if self.criterion(score.criterion).is_some()
                && self.score(score.thing, score.criterion).is_none()
            {
                self.scores.push(score);
            }
        }
        if let Some(gut) = removed.gut {
            if self.gut_of(gut.thing).is_none() {
                self.gut.push(gut);
            }
        }
        self.tidy();
    }

    /// Drops scores and gut feelings that belong to no listed thing or no criterion, and repeats.
    pub fn keep_only(&mut self, things: &[Id]) {
        let criteria: Vec<Id> = self.criteria.iter().map(|c| c.id).collect();
        let mut seen = Vec::new();
        self.scores.retain(|s| {
            let keep = things.contains(&s.thing)
                && criteria.contains(&s.criterion)
                && !seen.contains(&(s.thing, s.criterion));
            seen.push((s.thing, s.criterion));
            keep
        });
        let mut seen_gut = Vec::new();
        self.gut.retain(|g| {
            let keep = things.contains(&g.thing) && !seen_gut.contains(&g.thing);
            seen_gut.push(g.thing);
            keep
        });
        self.tidy();
    }

    /// Keeps scores and gut feelings in one order (by thing, then criterion), so that the same
    /// matrix always has the same saved form, however its scores were entered or restored.
    pub fn tidy(&mut self) {
        self.scores.sort_by_key(|s| (s.thing, s.criterion));
        self.gut.sort_by_key(|g| g.thing);
    }

    /// Applies one edit for a matrix comparing `things`. Returns whether anything changed.
    pub fn apply(&mut self, edit: MatrixEdit, things: &[Id], ids: &mut IdSource) -> bool {
        let changed = self.apply_untidy(edit, things, ids);
        self.tidy();
        changed
    }

    fn apply_untidy(&mut self, edit: MatrixEdit, things: &[Id], ids: &mut IdSource) -> bool {
        match edit {
            MatrixEdit::AddCriterion(name) => {
                let name = clip_chars(name.trim(), MAX_CRITERION_CHARS);
                if self.criterion_refusal(&name).is_some() {
                    return false;
                }
                self.criteria.push(Criterion {
                    id: ids.next(),
                    name,
                    weight: DEFAULT_WEIGHT,
                });
                true
            }
            MatrixEdit::RenameCriterion(id, name) => {
                let name = clip_chars(&name, MAX_CRITERION_CHARS);
                match self.criteria.iter_mut().find(|c| c.id == id) {
                    Some(c) if c.name != name => {
                        c.name = name;
                        true
                    }
                    _ => false,
                }
            }
            MatrixEdit::MoveCriterion(id, direction) => {
                let Some(at) = self.criteria.iter().position(|c| c.id == id) else {
                    return false;
                };
                direction.swap_in(&mut self.criteria, at)
            }
            MatrixEdit::SetWeight(id, weight) => {
                let weight = weight.clamp(MIN_WEIGHT, MAX_WEIGHT);
                match self.criteria.iter_mut().find(|c| c.id == id) {
                    Some(c) if c.weight != weight => {
                        c.weight = weight;
                        true
                    }
                    _ => false,
                }
            }
            MatrixEdit::SetScore {
                thing,
                criterion,
                score,
            } => {
                if !things.contains(&thing) || self.criterion(criterion).is_none() {
                    return false;
                }
                let existing = self
                    .scores
                    .iter()
                    .position(|s| s.thing == thing && s.criterion == criterion);
                match (existing, score.map(|s| s.clamp(MIN_SCORE, MAX_SCORE))) {
                    (Some(at), None) => {
                        self.scores.remove(at);
                        true
                    }
                    (Some(at), Some(value)) => {
                        let changed = self.scores[at].value != value;
                        self.scores[at].value = value;
                        changed
                    }
                    (None, Some(value)) => {
                        self.scores.push(Score {
                            thing,
                            criterion,
                            value,
                        });
                        true
                    }
                    (None, None) => false,
                }
            }
            MatrixEdit::SetGutRating(thing, rating) => {
                let rating = rating.map(|r| r.clamp(MIN_SCORE, MAX_SCORE));
                self.gut_mut(thing, things)
                    .is_some_and(|g| replace(&mut g.rating, rating))
            }
            MatrixEdit::SetGutNote(thing, note) => {
                let note = clip_chars(&note, MAX_GUT_NOTE_CHARS);
                self.gut_mut(thing, things)
                    .is_some_and(|g| replace(&mut g.note, note))
            }
            MatrixEdit::RemoveCriterion(id) => {
                let before = self.criteria.len();
                self.criteria.retain(|c| c.id != id);
                self.scores.retain(|s| s.criterion != id);
                self.criteria.len() != before
            }
            MatrixEdit::RestoreCriterion(removed) => {
                if self.criterion(removed.criterion.id).is_some()
                    || self.criteria.len() >= MAX_CRITERIA
                {
                    return false;
                }
                let at = removed.index.min(self.criteria.len());
                self.criteria.insert(at, removed.criterion);
                for score in removed.scores {
                    if things.contains(&score.thing)
                        && self.score(score.thing, score.criterion).is_none()
                    {
                        self.scores.push(score);
                    }
                }
                true
            }
        }
    }

    fn gut_mut(&mut self, thing: Id, things: &[Id]) -> Option<&mut GutFeeling> {
        if !things.contains(&thing) {
            return None;
        }
        let at = match self.gut.iter().position(|g| g.thing == thing) {
            Some(at) => at,
            None => {
                self.gut.push(GutFeeling {
                    thing,
                    ..GutFeeling::default()
                });
                self.gut.len() - 1
            }
        };
        self.gut.get_mut(at)
    }
}

fn replace<T: PartialEq>(slot: &mut T, value: T) -> bool {
    let changed = *slot != value;
    *slot = value;
    changed
}

fn weight_with(criterion: &Criterion, change: Option<(Id, u8)>) -> u8 {
    match change {
        Some((id, weight)) if id == criterion.id => weight,
        _ => criterion.weight,
    }
}

/// The ids with the highest value, in their given order.
fn leaders_of(values: impl Iterator<Item = (Id, u32)>) -> Vec<Id> {
    let values: Vec<(Id, u32)> = values.collect();
    let Some(top) = values.iter().map(|(_, v)| *v).max() else {
        return Vec::new();
    };
    values
        .into_iter()
        .filter(|(_, v)| *v == top)
        .map(|(id, _)| id)
        .collect()
}

fn rank(mut totals: Vec<Total>) -> Vec<Ranked> {
    // A stable sort keeps the given order among equal totals.
    totals.sort_by(|a, b| b.points.cmp(&a.points));
    totals
        .iter()
        .map(|total| {
            let ahead = totals
                .iter()
                .filter(|other| other.points > total.points)
                .count();
            let equal = totals
                .iter()
                .filter(|other| other.points == total.points)
                .count();
            Ranked {
                total: *total,
                rank: ahead + 1,
                tied: equal > 1,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: Id = Id(100);
    const B: Id = Id(101);
    const C: Id = Id(102);

    /// A matrix with criteria of the given weights (ids 1, 2, …) and each thing's scores in order.
    fn matrix(weights: &[u8], rows: &[(Id, &[u8])]) -> ScoreMatrix {
        let criteria: Vec<Criterion> = weights
            .iter()
            .enumerate()
            .map(|(i, &weight)| Criterion {
                id: Id(i as u32 + 1),
                name: format!("c{i}"),
                weight,
            })
            .collect();
        let scores = rows
            .iter()
            .flat_map(|(thing, values)| {
                values
                    .iter()
                    .enumerate()
                    .filter(|(_, v)| **v > 0)
                    .map(move |(i, &value)| Score {
                        thing: *thing,
                        criterion: Id(i as u32 + 1),
                        value,
                    })
            })
            .collect();
        ScoreMatrix {
            criteria,
            scores,
            gut: Vec::new(),
        }
    }

    #[test]
    fn weighted_totals_on_a_hundred_point_scale() {
        let m = matrix(&[5, 1], &[(A, &[10, 0]), (B, &[2, 10])]);
        let totals = m.totals(&[A, B]);
        assert_eq!(totals[0].points, 50);
        assert_eq!(totals[0].max_points, 60);
        assert!((totals[0].percent().unwrap() - 83.333).abs() < 0.01);
        assert_eq!(totals[0].scored, 1);
        assert!(!totals[0].is_complete());
        assert_eq!(totals[1].points, 20);
        assert!(totals[1].is_complete());
    }

    #[test]
    fn equal_weights_give_the_plain_average() {
        let m = matrix(&[3, 3, 3, 3], &[(A, &[7, 8, 9, 6])]);
        assert_eq!(m.totals(&[A])[0].percent(), Some(75.0));
    }

    #[test]
    fn no_criteria_means_no_total() {
        let m = ScoreMatrix::default();
        let total = m.totals(&[A])[0];
        assert_eq!(total.percent(), None);
        assert_eq!(total.points, 0);
        assert_eq!(m.sensitivity(&[A, B]), Sensitivity::NothingToCompare);
        assert_eq!(m.breakdown(A), Vec::new());
    }

    #[test]
    fn missing_scores_count_as_nothing_yet() {
        let m = matrix(&[2, 2], &[(A, &[10, 0])]);
        let total = m.totals(&[A, B]);
        assert_eq!(total[0].percent(), Some(50.0));
        assert_eq!(total[1].percent(), Some(0.0));
        assert_eq!(total[1].scored, 0);
    }

    #[test]
    fn ranking_shares_places_between_ties() {
        let m = matrix(&[1], &[(A, &[5]), (B, &[8]), (C, &[5])]);
        let ranking = m.ranking(&[A, B, C]);
        let places: Vec<(Id, usize, bool)> = ranking
            .iter()
            .map(|r| (r.total.thing, r.rank, r.tied))
            .collect();
        assert_eq!(places, vec![(B, 1, false), (A, 2, true), (C, 2, true)]);
        let all_equal = matrix(&[1], &[(A, &[4]), (B, &[4])]);
        assert!(all_equal
            .ranking(&[A, B])
            .iter()
            .all(|r| r.rank == 1 && r.tied));
    }

    #[test]
    fn breakdown_sums_to_the_total() {
        let m = matrix(&[4, 2, 1], &[(A, &[9, 3, 7])]);
        let sum: f64 = m.breakdown(A).iter().map(|(_, share)| share).sum();
        assert!((sum - m.totals(&[A])[0].percent().unwrap()).abs() < 1e-9);
    }

    #[test]
    fn a_weight_change_of_one_can_flip_the_leader() {
        // A leads 3·8 + 3·4 = 36 to B's 3·5 + 3·6 = 33; raising criterion 2 to 4 gives 40 to 39, still A;
        // lowering criterion 1 to 2 gives 28 to 28: a shared top, so the lead ends at a change of 1.
        let m = matrix(&[3, 3], &[(A, &[8, 4]), (B, &[5, 6])]);
        assert_eq!(
            m.sensitivity(&[A, B]),
            Sensitivity::Changes {
                leader: A,
                criterion: Id(1),
                from: 3,
                to: 2,
                leaders: vec![A, B]
            }
        );
        // Here lowering criterion 1 by one puts B strictly ahead: 2·9 + 3·3 = 27 against 2·5 + 3·6 = 28.
        let m = matrix(&[3, 3], &[(A, &[9, 3]), (B, &[5, 6])]);
        assert_eq!(m.ranking(&[A, B])[0].total.thing, A);
        assert_eq!(
            m.sensitivity(&[A, B]),
            Sensitivity::Changes {
                leader: A,
                criterion: Id(1),
                from: 3,
                to: 2,
                leaders: vec![B]
            }
        );
    }

    #[test]
    fn a_clear_leader_holds() {
        let m = matrix(
            &[3, 3, 3],
            &[(A, &[10, 9, 10]), (B, &[2, 3, 1]), (C, &[5, 5, 5])],
        );
        assert_eq!(m.sensitivity(&[A, B, C]), Sensitivity::Holds { leader: A });
    }

    #[test]
    fn a_change_of_two_is_found_when_one_is_not_enough() {
        // A 5·10 + 5·6 + 1·1 = 81 against B 5·9 + 5·6 + 1·3 = 78. Every change of one keeps A ahead
        // (c1→4: 71/69, c2→4: 75/72, c3→2: 82/81); raising c3 to 3 gives 83 against 84.
        let m = matrix(&[5, 5, 1], &[(A, &[10, 6, 1]), (B, &[9, 6, 3])]);
        assert_eq!(
            m.sensitivity(&[A, B]),
            Sensitivity::Changes {
                leader: A,
                criterion: Id(3),
                from: 1,
                to: 3,
                leaders: vec![B]
            }
        );
        // With B at 8 on c1 (74), no change of up to two ends the lead (c3→3 gives 83/82).
        let m = matrix(&[5, 5, 1], &[(A, &[10, 6, 1]), (B, &[8, 6, 4])]);
        assert_eq!(m.sensitivity(&[A, B]), Sensitivity::Holds { leader: A });
    }

    #[test]
    fn shared_leads_and_empty_matrices() {
        let m = matrix(&[2], &[(A, &[6]), (B, &[6]), (C, &[1])]);
        assert_eq!(
            m.sensitivity(&[A, B, C]),
            Sensitivity::SharedLead {
                leaders: vec![A, B]
            }
        );
        let unscored = matrix(&[2, 2], &[]);
        assert_eq!(unscored.sensitivity(&[A, B]), Sensitivity::NothingToCompare);
        let one = matrix(&[2], &[(A, &[6])]);
        assert_eq!(one.sensitivity(&[A]), Sensitivity::NothingToCompare);
    }

    #[test]
    fn gut_and_logic_disagreeing_is_noticed() {
        let mut m = matrix(&[1], &[(A, &[9]), (B, &[4])]);
        let mut ids = IdSource::starting_at(50);
        assert_eq!(m.gut_contrast(&[A, B]), None);
        m.apply(MatrixEdit::SetGutRating(B, Some(9)), &[A, B], &mut ids);
        m.apply(MatrixEdit::SetGutRating(A, Some(6)), &[A, B], &mut ids);
        assert_eq!(
            m.gut_contrast(&[A, B]),
            Some(GutContrast {
                gut_favourite: B,
                logic_leader: A
            })
        );
        m.apply(MatrixEdit::SetGutRating(A, Some(9)), &[A, B], &mut ids);
        assert_eq!(
            m.gut_contrast(&[A, B]),
            None,
            "a shared gut favourite asks nothing"
        );
        m.apply(MatrixEdit::SetGutRating(B, Some(2)), &[A, B], &mut ids);
        assert_eq!(m.gut_contrast(&[A, B]), None, "gut and logic agree");
    }

    #[test]
    fn edits_keep_values_in_range_and_ignore_strangers() {
        let mut m = matrix(&[3], &[]);
        let mut ids = IdSource::starting_at(10);
        let things = [A];
        assert!(m.apply(
            MatrixEdit::SetScore {
                thing: A,
                criterion: Id(1),
                score: Some(14)
            },
            &things,
            &mut ids
        ));
        assert_eq!(m.score(A, Id(1)), Some(MAX_SCORE));
        assert!(!m.apply(
            MatrixEdit::SetScore {
                thing: B,
                criterion: Id(1),
                score: Some(3)
            },
            &things,
            &mut ids
        ));
        assert!(!m.apply(
            MatrixEdit::SetScore {
                thing: A,
                criterion: Id(9),
                score: Some(3)
            },
            &things,
            &mut ids
        ));
        assert!(m.apply(
            MatrixEdit::SetScore {
                thing: A,
                criterion: Id(1),
                score: None
            },
            &things,
            &mut ids
        ));
        assert_eq!(m.score(A, Id(1)), None);
        assert!(m.apply(MatrixEdit::SetWeight(Id(1), 0), &things, &mut ids));
        assert_eq!(m.criteria[0].weight, MIN_WEIGHT);
        assert!(!m.apply(MatrixEdit::AddCriterion("   ".into()), &things, &mut ids));
        assert!(m.apply(
            MatrixEdit::AddCriterion(" Commute ".into()),
            &things,
            &mut ids
        ));
        assert_eq!(m.criteria[1].name, "Commute");
        assert_eq!(m.criteria[1].id, Id(10));
        assert!(m.apply(
            MatrixEdit::MoveCriterion(Id(10), Direction::Up),
            &things,
            &mut ids
        ));
        assert_eq!(m.criteria[0].id, Id(10));
        assert!(!m.apply(
            MatrixEdit::MoveCriterion(Id(10), Direction::Up),
            &things,
            &mut ids
        ));
    }

    #[test]
    fn removing_a_criterion_and_undoing_restores_it_exactly() {
        let mut m = matrix(&[3, 4, 5], &[(A, &[1, 2, 3]), (B, &[4, 5, 6])]);
        let original = m.clone();
        let mut ids = IdSource::starting_at(10);
        let removed = m.removal_of_criterion(Id(2)).unwrap();
        assert!(m.apply(MatrixEdit::RemoveCriterion(Id(2)), &[A, B], &mut ids));
        assert_eq!(m.criteria.len(), 2);
        assert!(m.scores.iter().all(|s| s.criterion != Id(2)));
        assert!(m.apply(
            MatrixEdit::RestoreCriterion(removed.clone()),
            &[A, B],
            &mut ids
        ));
        assert_eq!(m.criteria, original.criteria);
        assert_eq!(m.totals(&[A, B]), original.totals(&[A, B]));
        assert!(
            !m.apply(MatrixEdit::RestoreCriterion(removed), &[A, B], &mut ids),
            "undo twice does nothing"
        );
    }

    #[test]
    fn keep_only_drops_orphans_and_repeats() {
        let mut m = matrix(&[3], &[(A, &[4]), (B, &[5])]);
        m.scores.push(Score {
            thing: A,
            criterion: Id(1),
            value: 9,
        });
        m.scores.push(Score {
            thing: A,
            criterion: Id(7),
            value: 9,
        });
        m.gut.push(GutFeeling {
            thing: B,
            rating: Some(3),
            note: String::new(),
        });
        m.keep_only(&[A]);
        assert_eq!(
            m.scores,
            vec![Score {
                thing: A,
                criterion: Id(1),
                value: 4
            }]
        );
        assert!(m.gut.is_empty());
    }
}

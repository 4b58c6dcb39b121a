//! The stored text of a workbook, built part by part so that a save writes again only what changed.
//!
//! [`SavedText::segments`] lays out exactly the text [`storage_text`] writes (a test holds the two
//! together), as runs of literal text and *pieces*: the text of one large value (a part, or one record
//! of a long list). Each value keeps its text from the last save while it stays equal, so a key press
//! in one option serialises that option, not the other 2 MB; `store::pieces` then stores each piece
//! under a key named by its content and writes only the new ones.
//!
//! [`storage_text`]: super::document::storage_text

use std::sync::Arc;

use serde::Serialize;

use super::document::{value_text, WriteError, FORMAT};
use crate::model::deeper::{CareerOption, Decision, Deeper, SkillGap};
use crate::model::base::matrix::ScoreMatrix;
use crate::model::exploration::buts::But;
use crate::model::exploration::Exploration;
use crate::model::exploration::flow::Flow;
use crate::model::exploration::goals::Goal;
use crate::model::exploration::interests::Interests;
use crate::model::exploration::readiness::Readiness;
use crate::model::exploration::situation::Situation;
use crate::model::exploration::skills::Skill;
use crate::model::exploration::strengths::Strength;
use crate::model::exploration::values::ValuesSort;
use crate::model::plan::Plan;
use crate::model::{Profile, Vision, Workbook};

/// Values whose text is shorter than this stay inline, in the list of pieces itself: a key of their
/// own would cost more than writing them again.
pub const INLINE_BELOW: usize = 2048;

/// The text of one large value, and the hash that names its storage key.
#[derive(Debug, PartialEq, Eq)]
pub struct Piece {
    pub text: String,
    pub hash: u64,
}

impl Piece {
    pub fn new(text: String) -> Self {
        let hash = fnv1a(text.as_bytes());
        Self { text, hash }
    }
}

/// 64-bit FNV-1a: a fast, stable hash of a piece's bytes (not for secrets; a piece's length is kept
/// beside it and checked too).
pub fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3))
}

/// A run of the stored text: literal text, or a piece kept under its own key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment {
    Text(String),
    Piece(Arc<Piece>),
}

/// The whole text the segments spell out.
pub fn joined(segments: &[Segment]) -> String {
    let mut text = String::new();
    for segment in segments {
        text.push_str(match segment {
            Segment::Text(text) => text,
            Segment::Piece(piece) => &piece.text,
        });
    }
    text
}

/// A value and its text as last written.
struct Kept<T> {
    value: T,
    piece: Arc<Piece>,
}

/// One value's text, written again only when the value changed.
struct Slot<T>(Option<Kept<T>>);

impl<T> Default for Slot<T> {
    fn default() -> Self {
        Self(None)
    }
}

impl<T: Serialize + Clone + PartialEq> Slot<T> {
    fn piece(&mut self, value: &T) -> Result<Arc<Piece>, WriteError> {
        if let Some(kept) = &self.0 {
            if kept.value == *value {
                return Ok(kept.piece.clone());
            }
        }
        let piece = Arc::new(Piece::new(value_text(value)?));
        self.0 = Some(Kept { value: value.clone(), piece: piece.clone() });
        Ok(piece)
    }
}

/// A long list whose records are pieces of their own. Records are matched in order, skipping one
/// added or removed record, so an edit of one record writes that record only.
struct Records<T>(Vec<Kept<T>>);

impl<T> Default for Records<T> {
    fn default() -> Self {
        Self(Vec::new())
    }
}

impl<T: Serialize + Clone + PartialEq> Records<T> {
    fn pieces(&mut self, values: &[T]) -> Result<Vec<Arc<Piece>>, WriteError> {
        let mut old: Vec<Option<Kept<T>>> = std::mem::take(&mut self.0).into_iter().map(Some).collect();
        let mut next = Vec::with_capacity(values.len());
        // Where the next value's old self should be; a miss (a changed or added record) stays put.
        let mut at = 0;
        for value in values {
            let hit = (at..old.len().min(at + 2)).find(|&j| old[j].as_ref().is_some_and(|kept| kept.value == *value));
            let kept = match hit.and_then(|j| {
                at = j + 1;
                old[j].take()
            }) {
                Some(kept) => kept,
                None => Kept { value: value.clone(), piece: Arc::new(Piece::new(value_text(value)?)) },
            };
            next.push(kept);
        }
        let pieces = next.iter().map(|kept| kept.piece.clone()).collect();
        self.0 = next;
        Ok(pieces)
    }
}

/// Gathers segments, merging literal runs and keeping short values inline.
#[derive(Default)]
struct Layout(Vec<Segment>);

impl Layout {
    fn text(&mut self, text: &str) {
        match self.0.last_mut() {
            Some(Segment::Text(run)) => run.push_str(text),
            _ => self.0.push(Segment::Text(text.to_string())),
        }
    }

    fn piece(&mut self, piece: Arc<Piece>) {
        if piece.text.len() < INLINE_BELOW {
            self.text(&piece.text);
        } else {
            self.0.push(Segment::Piece(piece));
        }
    }

    /// One field of an object: `"key": value`, after a comma unless it is the first.
    fn field(&mut self, first: bool, key: &str, piece: Arc<Piece>) {
        self.text(if first { "{\n\"" } else { ",\n\"" });
        self.text(key);
        self.text("\": ");
        self.piece(piece);
    }

    fn list(&mut self, first: bool, key: &str, pieces: Vec<Arc<Piece>>) {
        self.text(if first { "{\n\"" } else { ",\n\"" });
        self.text(key);
        self.text("\": ");
        if pieces.is_empty() {
            self.text("[]");
            return;
        }
        for (i, piece) in pieces.into_iter().enumerate() {
            self.text(if i == 0 { "[\n" } else { ",\n" });
            self.piece(piece);
        }
        self.text("\n]");
    }

    fn close(&mut self) {
        self.text("\n}");
    }
}

/// The stored text of one workbook over time: each part's text is kept until the part changes.
/// (The workbook's own fields are listed here in the order serde writes them; the test
/// `saved_text_is_the_storage_text` fails when they drift.)
#[derive(Default)]
pub struct SavedText {
    schema_version: Slot<u32>,
    next_id: Slot<crate::model::IdSource>,
    profile: Slot<Profile>,
    vision: Slot<Vision>,
    situation: Slot<Situation>,
    buts: Slot<Vec<But>>,
    values: Slot<ValuesSort>,
    strengths: Slot<Vec<Strength>>,
    interests: Slot<Interests>,
    skills: Slot<Vec<Skill>>,
    flow: Slot<Flow>,
    readiness: Slot<Readiness>,
    goals: Slot<Vec<Goal>>,
    options: Records<CareerOption>,
    matrix: Slot<ScoreMatrix>,
    decision: Slot<Decision>,
    skill_gaps: Slot<Vec<SkillGap>>,
    plan: Slot<Plan>,
}

impl SavedText {
    /// The storage text of `workbook`, as segments.
    pub fn segments(&mut self, workbook: &Workbook) -> Result<Vec<Segment>, WriteError> {
        let Workbook { schema_version, next_id, profile, vision, exploration, deeper, plan } = workbook;
        let mut layout = Layout::default();
        layout.field(true, "format", Arc::new(Piece::new(value_text(&FORMAT)?)));
        layout.field(false, "schema_version", self.schema_version.piece(schema_version)?);
        layout.field(false, "next_id", self.next_id.piece(next_id)?);
        layout.field(false, "profile", self.profile.piece(profile)?);
        layout.field(false, "vision", self.vision.piece(vision)?);

        let Exploration { situation, buts, values, strengths, interests, skills, flow, readiness, goals } = exploration;
        layout.text(",\n\"exploration\": ");
        layout.field(true, "situation", self.situation.piece(situation)?);
        layout.field(false, "buts", self.buts.piece(buts)?);
        layout.field(false, "values", self.values.piece(values)?);
        layout.field(false, "strengths", self.strengths.piece(strengths)?);
        layout.field(false, "interests", self.interests.piece(interests)?);
        layout.field(false, "skills", self.skills.piece(skills)?);
        layout.field(false, "flow", self.flow.piece(flow)?);
        layout.field(false, "readiness", self.readiness.piece(readiness)?);
        layout.field(false, "goals", self.goals.piece(goals)?);
        layout.close();

        let Deeper { options, matrix, decision, skill_gaps } = deeper;
        layout.text(",\n\"deeper\": ");
        layout.list(true, "options", self.options.pieces(options)?);
        layout.field(false, "matrix", self.matrix.piece(matrix)?);
        layout.field(false, "decision", self.decision.piece(decision)?);
        layout.field(false, "skill_gaps", self.skill_gaps.piece(skill_gaps)?);
        layout.close();

        layout.field(false, "plan", self.plan.piece(plan)?);
        layout.close();
        Ok(layout.0)
    }
}

//! The written form of a workbook: storage and export text, laid out part by part so that a save
//! writes again only what changed.
//!
//! [`SavedText::segments`] lays out the storage text as runs of literal text and *pieces*: the text
//! of one large value (a part, or one career option). Each value keeps its text until an edit changes
//! it ([`Changed`], from the same `Part::touched_by` and `Part::touched_record` the views follow), so
//! a key press in one option serialises that option, not the other 2 MB; `store::pieces` then stores
//! each piece under a key named by its content and writes only the new ones. The export is laid out
//! by the same code, two spaces per level. Tests hold both equal to what serde's derive writes for
//! the whole document ([`serde_text`]).

use std::fmt;
use std::sync::Arc;

use chrono::{DateTime, SecondsFormat, Utc};
use serde::Serialize;

use crate::model::applying::Applying;
use crate::model::closing::Closing;
use crate::model::deeper::Deeper;
use crate::model::exploration::Exploration;
use crate::model::networking::Networking;
use crate::model::plan::Plan;
use crate::model::{Edit, Id, Part, Workbook};

/// The marker that says "this JSON is a Waypoint workbook".
pub const FORMAT: &str = "waypoint-workbook";

/// Writing a workbook as text failed. Plain data cannot fail to serialise today; if it ever does,
/// the caller must keep what it had (the saved workbook, the page) rather than write anything else.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WriteError(String);

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Waypoint could not write your workbook as text ({}). Nothing was changed.",
            self.0
        )
    }
}

/// The text of an exported file: the whole workbook, two spaces per level, with the time of export.
pub fn export_text(workbook: &Workbook, exported_at: DateTime<Utc>) -> Result<String, WriteError> {
    let stamp = exported_at.to_rfc3339_opts(SecondsFormat::Secs, true);
    let mut text = SavedText {
        indent: "  ",
        ..SavedText::default()
    };
    Ok(joined(&text.lay_out(
        workbook,
        &Changed::everything(),
        Some(&stamp),
    )?))
}

/// The text kept in localStorage (put together from its pieces): the same form without an export
/// time, one entry per line and no indentation (nearly as small as compact JSON).
pub fn storage_text(workbook: &Workbook) -> Result<String, WriteError> {
    Ok(joined(
        &SavedText::default().segments(workbook, &Changed::everything())?,
    ))
}

/// The same texts as serde's own derive writes them, field by field from the structs: what the
/// tests hold the laid-out texts to. (The app never calls it, so it costs the wasm nothing.)
pub fn serde_text(
    workbook: &Workbook,
    exported_at: Option<DateTime<Utc>>,
) -> Result<String, WriteError> {
    #[derive(Serialize)]
    struct Envelope<'a> {
        format: &'static str,
        #[serde(skip_serializing_if = "Option::is_none")]
        exported_at: Option<String>,
        #[serde(flatten)]
        workbook: &'a Workbook,
    }
    let exported_at = exported_at.map(|at| at.to_rfc3339_opts(SecondsFormat::Secs, true));
    let indent: &[u8] = if exported_at.is_some() { b"  " } else { b"" };
    write_json(
        &Envelope {
            format: FORMAT,
            exported_at,
            workbook,
        },
        indent,
    )
}

/// One value's text, at the top level, with `indent` per level.
fn value_text(value: &impl Serialize, indent: &str) -> Result<String, WriteError> {
    write_json(value, indent.as_bytes())
}

/// Every value is written through this one serializer type. Each distinct serde serializer
/// compiles its own copy of the workbook's whole serialising code into the wasm; one type keeps one
/// copy. A failure is returned, never papered over: writing anything else would replace the good
/// saved workbook.
fn write_json(value: &impl Serialize, indent: &[u8]) -> Result<String, WriteError> {
    let mut bytes = Vec::new();
    let formatter = serde_json::ser::PrettyFormatter::with_indent(indent);
    let mut serializer = serde_json::Serializer::with_formatter(&mut bytes, formatter);
    value
        .serialize(&mut serializer)
        .map_err(|error| WriteError(error.to_string()))?;
    String::from_utf8(bytes).map_err(|error| WriteError(error.to_string()))
}

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
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
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

/// What changed since the text was last laid out: whole parts, or single records of a part.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Changed {
    everything: bool,
    parts: Vec<Part>,
    records: Vec<(Part, Id)>,
}

impl Changed {
    /// Everything (a new workbook, another tab's, a failed save to try again).
    pub fn everything() -> Self {
        Self {
            everything: true,
            ..Self::default()
        }
    }

    pub fn add(&mut self, edit: &Edit) {
        match Part::touched_record(edit) {
            Some(record) => self.records.push(record),
            None => self.parts.extend_from_slice(Part::touched_by(edit)),
        }
    }

    pub fn merge(&mut self, other: Changed) {
        self.everything |= other.everything;
        self.parts.extend(other.parts);
        self.records.extend(other.records);
    }

    fn part(&self, part: Part) -> bool {
        self.everything || self.parts.contains(&part)
    }

    fn record(&self, part: Part, id: Id) -> bool {
        self.part(part) || self.records.contains(&(part, id))
    }
}

/// One value's text, written again when the value changed.
#[derive(Default)]
struct Slot(Option<Arc<Piece>>);

impl Slot {
    fn piece(
        &mut self,
        changed: bool,
        value: &impl Serialize,
        indent: &str,
    ) -> Result<Arc<Piece>, WriteError> {
        match &self.0 {
            Some(piece) if !changed => Ok(piece.clone()),
            _ => {
                let piece = Arc::new(Piece::new(value_text(value, indent)?));
                self.0 = Some(piece.clone());
                Ok(piece)
            }
        }
    }
}

/// Gathers segments, merging literal runs and keeping short values inline, laid out as serde_json's
/// pretty formatter lays out the whole document with `indent` per level.
struct Layout {
    segments: Vec<Segment>,
    indent: &'static str,
    /// How many objects and lists are open.
    depth: usize,
}

impl Layout {
    fn text(&mut self, text: &str) {
        match self.segments.last_mut() {
            Some(Segment::Text(run)) => run.push_str(text),
            _ => self.segments.push(Segment::Text(text.to_string())),
        }
    }

    fn new_line(&mut self) {
        self.text("\n");
        for _ in 0..self.depth {
            self.text(self.indent);
        }
    }

    /// A value written at the top level, placed at the current depth.
    fn piece(&mut self, piece: Arc<Piece>) {
        if !self.indent.is_empty() {
            let mut deeper = String::from("\n");
            for _ in 0..self.depth {
                deeper.push_str(self.indent);
            }
            // JSON text holds no raw line break but those the formatter wrote.
            self.text(&piece.text.replace('\n', &deeper));
        } else if piece.text.len() < INLINE_BELOW {
            self.text(&piece.text);
        } else {
            self.segments.push(Segment::Piece(piece));
        }
    }

    /// `"key": `, opening the object first or after a comma.
    fn key(&mut self, first: bool, key: &str) {
        if first {
            self.text("{");
            self.depth += 1;
        } else {
            self.text(",");
        }
        self.new_line();
        self.text("\"");
        self.text(key);
        self.text("\": ");
    }

    fn field(&mut self, first: bool, key: &str, piece: Arc<Piece>) {
        self.key(first, key);
        self.piece(piece);
    }

    fn list(&mut self, first: bool, key: &str, pieces: Vec<Arc<Piece>>) {
        self.key(first, key);
        if pieces.is_empty() {
            self.text("[]");
            return;
        }
        self.text("[");
        self.depth += 1;
        for (i, piece) in pieces.into_iter().enumerate() {
            if i > 0 {
                self.text(",");
            }
            self.new_line();
            self.piece(piece);
        }
        self.depth -= 1;
        self.new_line();
        self.text("]");
    }

    fn close(&mut self) {
        self.depth = self.depth.saturating_sub(1);
        self.new_line();
        self.text("}");
    }
}

/// The stored text of one workbook over time: each part's text is kept until the part changes.
/// (The workbook's own fields are listed here in the order serde writes them; the round-trip tests,
/// which compare with [`serde_text`], fail when they drift.)
#[derive(Default)]
pub struct SavedText {
    /// Per level: none in storage, two spaces in an export.
    indent: &'static str,
    profile: Slot,
    vision: Slot,
    situation: Slot,
    buts: Slot,
    values: Slot,
    strengths: Slot,
    interests: Slot,
    skills: Slot,
    flow: Slot,
    readiness: Slot,
    goals: Slot,
    /// Each option's text, by id.
    options: Records,
    matrix: Slot,
    decision: Slot,
    skill_gaps: Slot,
    contacts: Records,
    interactions: Records,
    drafts: Slot,
    own_questions: Slot,
    ladder: Slot,
    networking_goals: Slot,
    materials: Slot,
    applications: Records,
    questions: Slot,
    stories: Records,
    practice: Records,
    setbacks: Records,
    offers: Records,
    offer_matrix: Slot,
    leaving: Slot,
    celebration: Slot,
    steps: Slot,
    if_thens: Slot,
    coach: Slot,
    /// Each check-in's text, by id.
    check_ins: Records,
}

/// The texts of a list's records, by id: a list whose records grow large is a piece per record, so
/// an edit of one record writes that record again, not the list.
#[derive(Default)]
struct Records(Vec<(Id, Arc<Piece>)>);

impl Records {
    fn pieces<T: Serialize>(
        &mut self,
        part: Part,
        records: &[T],
        id: impl Fn(&T) -> Id,
        changed: &Changed,
        indent: &str,
    ) -> Result<Vec<Arc<Piece>>, WriteError> {
        let mut pieces = Vec::with_capacity(records.len());
        for record in records {
            let kept = self
                .0
                .iter()
                .find(|(kept, _)| *kept == id(record))
                .map(|(_, piece)| piece.clone());
            pieces.push(match kept {
                Some(piece) if !changed.record(part, id(record)) => piece,
                _ => Arc::new(Piece::new(value_text(record, indent)?)),
            });
        }
        self.0 = records.iter().map(id).zip(pieces.iter().cloned()).collect();
        Ok(pieces)
    }
}

impl SavedText {
    /// The storage text of `workbook`, as segments, writing again what `changed` names (and
    /// everything the first time).
    pub fn segments(
        &mut self,
        workbook: &Workbook,
        changed: &Changed,
    ) -> Result<Vec<Segment>, WriteError> {
        self.lay_out(workbook, changed, None)
    }

    fn lay_out(
        &mut self,
        workbook: &Workbook,
        changed: &Changed,
        exported_at: Option<&str>,
    ) -> Result<Vec<Segment>, WriteError> {
        let Workbook {
            schema_version,
            next_id,
            profile,
            vision,
            exploration,
            deeper,
            networking,
            applying,
            closing,
            plan,
            coach,
        } = workbook;
        let part = |p| changed.part(p);
        let indent = self.indent;
        let whole = |text: String| Arc::new(Piece::new(text));
        let mut layout = Layout {
            segments: Vec::new(),
            indent,
            depth: 0,
        };
        layout.field(true, "format", whole(value_text(&FORMAT, indent)?));
        if let Some(stamp) = exported_at {
            layout.field(false, "exported_at", whole(value_text(&stamp, indent)?));
        }
        // Small, and changed by edits of any part: written every time.
        layout.field(
            false,
            "schema_version",
            whole(value_text(schema_version, indent)?),
        );
        layout.field(false, "next_id", whole(value_text(next_id, indent)?));
        layout.field(
            false,
            "profile",
            self.profile.piece(part(Part::Profile), profile, indent)?,
        );
        layout.field(
            false,
            "vision",
            self.vision.piece(part(Part::Vision), vision, indent)?,
        );

        let Exploration {
            situation,
            buts,
            values,
            strengths,
            interests,
            skills,
            flow,
            readiness,
            goals,
        } = exploration;
        layout.key(false, "exploration");
        layout.field(
            true,
            "situation",
            self.situation
                .piece(part(Part::Situation), situation, indent)?,
        );
        layout.field(
            false,
            "buts",
            self.buts.piece(part(Part::Buts), buts, indent)?,
        );
        layout.field(
            false,
            "values",
            self.values.piece(part(Part::Values), values, indent)?,
        );
        layout.field(
            false,
            "strengths",
            self.strengths
                .piece(part(Part::Strengths), strengths, indent)?,
        );
        layout.field(
            false,
            "interests",
            self.interests
                .piece(part(Part::Interests), interests, indent)?,
        );
        layout.field(
            false,
            "skills",
            self.skills.piece(part(Part::Skills), skills, indent)?,
        );
        layout.field(
            false,
            "flow",
            self.flow.piece(part(Part::Flow), flow, indent)?,
        );
        layout.field(
            false,
            "readiness",
            self.readiness
                .piece(part(Part::Readiness), readiness, indent)?,
        );
        layout.field(
            false,
            "goals",
            self.goals.piece(part(Part::Goals), goals, indent)?,
        );
        layout.close();

        let Deeper {
            options,
            matrix,
            decision,
            skill_gaps,
        } = deeper;
        layout.key(false, "deeper");
        let pieces = self
            .options
            .pieces(Part::Options, options, |o| o.id, changed, indent)?;
        layout.list(true, "options", pieces);
        layout.field(
            false,
            "matrix",
            self.matrix.piece(part(Part::Matrix), matrix, indent)?,
        );
        layout.field(
            false,
            "decision",
            self.decision
                .piece(part(Part::Decision), decision, indent)?,
        );
        layout.field(
            false,
            "skill_gaps",
            self.skill_gaps
                .piece(part(Part::SkillGaps), skill_gaps, indent)?,
        );
        layout.close();

        let Networking {
            contacts,
            interactions,
            drafts,
            own_questions,
            ladder,
            goals,
        } = networking;
        layout.key(false, "networking");
        layout.list(
            true,
            "contacts",
            self.contacts
                .pieces(Part::Contacts, contacts, |c| c.id, changed, indent)?,
        );
        layout.list(
            false,
            "interactions",
            self.interactions.pieces(
                Part::Conversations,
                interactions,
                |i| i.id,
                changed,
                indent,
            )?,
        );
        layout.field(
            false,
            "drafts",
            self.drafts.piece(part(Part::Outreach), drafts, indent)?,
        );
        layout.field(
            false,
            "own_questions",
            self.own_questions
                .piece(part(Part::Outreach), own_questions, indent)?,
        );
        layout.field(
            false,
            "ladder",
            self.ladder.piece(part(Part::Outreach), ladder, indent)?,
        );
        layout.field(
            false,
            "goals",
            self.networking_goals
                .piece(part(Part::NetworkingGoals), goals, indent)?,
        );
        layout.close();

        let Applying {
            materials,
            applications,
            questions,
            stories,
            practice,
            setbacks,
        } = applying;
        layout.key(false, "applying");
        layout.field(
            true,
            "materials",
            self.materials
                .piece(part(Part::Materials), materials, indent)?,
        );
        layout.list(
            false,
            "applications",
            self.applications.pieces(
                Part::Applications,
                applications,
                |a| a.id,
                changed,
                indent,
            )?,
        );
        layout.field(
            false,
            "questions",
            self.questions
                .piece(part(Part::Practice), questions, indent)?,
        );
        layout.list(
            false,
            "stories",
            self.stories
                .pieces(Part::Stories, stories, |s| s.id, changed, indent)?,
        );
        layout.list(
            false,
            "practice",
            self.practice
                .pieces(Part::Practice, practice, |p| p.id, changed, indent)?,
        );
        layout.list(
            false,
            "setbacks",
            self.setbacks
                .pieces(Part::Setbacks, setbacks, |s| s.id, changed, indent)?,
        );
        layout.close();

        let Closing {
            offers,
            matrix,
            leaving,
            celebration,
        } = closing;
        layout.key(false, "closing");
        layout.list(
            true,
            "offers",
            self.offers
                .pieces(Part::Offers, offers, |o| o.id, changed, indent)?,
        );
        layout.field(
            false,
            "matrix",
            self.offer_matrix
                .piece(part(Part::OfferMatrix), matrix, indent)?,
        );
        layout.field(
            false,
            "leaving",
            self.leaving.piece(part(Part::Leaving), leaving, indent)?,
        );
        layout.field(
            false,
            "celebration",
            self.celebration
                .piece(part(Part::Celebration), celebration, indent)?,
        );
        layout.close();

        let Plan {
            steps,
            if_thens,
            check_ins,
        } = plan;
        layout.key(false, "plan");
        layout.field(
            true,
            "steps",
            self.steps.piece(part(Part::Steps), steps, indent)?,
        );
        layout.field(
            false,
            "if_thens",
            self.if_thens.piece(part(Part::IfThens), if_thens, indent)?,
        );
        layout.list(
            false,
            "check_ins",
            self.check_ins
                .pieces(Part::CheckIns, check_ins, |c| c.id, changed, indent)?,
        );
        layout.close();
        layout.field(
            false,
            "coach",
            self.coach.piece(part(Part::Coach), coach, indent)?,
        );
        layout.close();
        Ok(layout.segments)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_write_is_an_error_not_other_text() {
        // serde_json refuses map keys that are not text: the one way left to make serialising fail.
        let refused: std::collections::BTreeMap<Vec<u8>, u8> = [(vec![1], 1)].into();
        let error = write_json(&refused, b"").unwrap_err();
        assert!(
            error
                .to_string()
                .starts_with("Waypoint could not write your workbook as text ("),
            "{error}"
        );
        assert!(error.to_string().ends_with("Nothing was changed."));
    }
}

//! D4, sharing with a coach: a read-only snapshot of the stages a person chooses, and nothing else.
//! The snapshot is a workbook of its own: the chosen stages as written, the name and the first day of
//! the program (so the coach knows whose it is), and every other stage as a new workbook has it, with
//! the links into those stages dropped (a plan step keeps its words but not the option it named).

use chrono::NaiveDate;

use super::base::matrix::ScoreMatrix;
use super::deeper::{Decision, Deeper};
use super::start::Profile;
use super::workbook::Workbook;

/// What a person can choose to share, in the order of the program.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SharedStage {
    Exploration,
    Deeper,
    Networking,
    Applying,
    Closing,
    Plan,
    /// The program accepted from the coach and the answers to its questions (never one's own draft).
    Coaching,
}

impl SharedStage {
    pub const ALL: [SharedStage; 7] = [
        SharedStage::Exploration,
        SharedStage::Deeper,
        SharedStage::Networking,
        SharedStage::Applying,
        SharedStage::Closing,
        SharedStage::Plan,
        SharedStage::Coaching,
    ];

    /// Its name in the saved form of a snapshot.
    pub fn key(self) -> &'static str {
        match self {
            SharedStage::Exploration => "exploration",
            SharedStage::Deeper => "deeper",
            SharedStage::Networking => "networking",
            SharedStage::Applying => "applying",
            SharedStage::Closing => "closing",
            SharedStage::Plan => "plan",
            SharedStage::Coaching => "coaching",
        }
    }

    pub fn from_key(key: &str) -> Option<SharedStage> {
        SharedStage::ALL
            .into_iter()
            .find(|stage| stage.key() == key)
    }
}

/// A snapshot as the coach reads it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snapshot {
    /// The day it was made; none for a whole workbook's export that never said.
    pub made_on: Option<NaiveDate>,
    /// The stages shared, in the program's order, each once.
    pub stages: Vec<SharedStage>,
    pub workbook: Workbook,
}

impl Snapshot {
    /// The snapshot of `workbook` sharing `stages`, made on `today`.
    pub fn of(workbook: &Workbook, stages: &[SharedStage], today: NaiveDate) -> Snapshot {
        let stages = in_order(stages);
        Snapshot {
            made_on: Some(today),
            workbook: shared(workbook, &stages),
            stages,
        }
    }

    /// A snapshot read from a file or link: only what its stages say is shared is kept, whatever
    /// else the file held (a hand-made file could carry more than it claims to share).
    pub fn read(
        made_on: Option<NaiveDate>,
        stages: &[SharedStage],
        workbook: &Workbook,
    ) -> Snapshot {
        let stages = in_order(stages);
        Snapshot {
            made_on,
            workbook: shared(workbook, &stages),
            stages,
        }
    }

    pub fn shares(&self, stage: SharedStage) -> bool {
        self.stages.contains(&stage)
    }
}

fn in_order(stages: &[SharedStage]) -> Vec<SharedStage> {
    SharedStage::ALL
        .into_iter()
        .filter(|stage| stages.contains(stage))
        .collect()
}

/// `workbook` with only `stages` kept, the name and the program's first day, and nothing else.
pub fn shared(workbook: &Workbook, stages: &[SharedStage]) -> Workbook {
    let keeps = |stage| stages.contains(&stage);
    let mut out = Workbook {
        next_id: workbook.next_id,
        ..Workbook::default()
    };
    // Not a new Diving deeper, whose criteria would take fresh ids: sharing twice changes nothing.
    out.deeper = Deeper {
        options: Vec::new(),
        matrix: ScoreMatrix::default(),
        decision: Decision::default(),
        skill_gaps: Vec::new(),
    };
    out.profile = Profile {
        name: workbook.profile.name.clone(),
        started_on: workbook.profile.started_on,
        ..Profile::default()
    };
    if keeps(SharedStage::Exploration) {
        out.vision = workbook.vision.clone();
        out.exploration = workbook.exploration.clone();
    }
    if keeps(SharedStage::Deeper) {
        out.deeper = workbook.deeper.clone();
    }
    if keeps(SharedStage::Networking) {
        out.networking = workbook.networking.clone();
    }
    if keeps(SharedStage::Applying) {
        out.applying = workbook.applying.clone();
    }
    if keeps(SharedStage::Closing) {
        out.closing = workbook.closing.clone();
    }
    if keeps(SharedStage::Plan) {
        out.plan = workbook.plan.clone();
    }
    if keeps(SharedStage::Coaching) {
        out.coach.received = workbook.coach.received.clone();
    }
    // Links into what is not shared go: the workbook's own rule for a link whose record is gone.
    out.normalise();
    out
}

//! Stable ids for the things a person adds (options, criteria, tests, steps…). An id is never reused
//! within a workbook, so links between parts (a plan step to its skill gap, a score to its option)
//! stay true after deletions and undo.

use serde::Serialize;
use serde_json::Value;

use super::saved::{Read, ReadSaved};

/// `Id(0)` is never handed out; it only stands in while a record is being read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct Id(pub u32);

impl std::fmt::Display for Id {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// The next id to hand out. Saved with the workbook so ids stay unique across visits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct IdSource(u32);

impl IdSource {
    pub fn starting_at(first: u32) -> Self {
        Self(first.max(1))
    }

    pub fn next(&mut self) -> Id {
        let id = Id(self.0);
        self.0 = self.0.saturating_add(1);
        id
    }

    /// Makes sure no id up to `highest` is handed out again.
    pub fn skip_past(&mut self, highest: Id) {
        self.0 = self.0.max(highest.0.saturating_add(1));
    }

    pub fn peek(self) -> u32 {
        self.0
    }
}

/// One record pointing at another by id: a risk at the parked "but" it takes up, a plan step at the
/// skill gap it came from. When the record pointed at is removed, the links to it are cut and kept
/// with the removal, so that undo can tie them again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Link {
    pub from: Id,
    pub to: Id,
}

impl ReadSaved for Id {
    fn read_saved(value: Value) -> Read<Self> {
        u32::read_saved(value).map(Id)
    }
}

impl ReadSaved for IdSource {
    fn read_saved(value: Value) -> Read<Self> {
        u32::read_saved(value).map(IdSource)
    }
}

impl Default for IdSource {
    fn default() -> Self {
        Self(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_handed_out_once() {
        let mut ids = IdSource::default();
        assert_eq!(ids.next(), Id(1));
        assert_eq!(ids.next(), Id(2));
        ids.skip_past(Id(10));
        assert_eq!(ids.next(), Id(11));
        ids.skip_past(Id(3));
        assert_eq!(ids.next(), Id(12));
    }
}

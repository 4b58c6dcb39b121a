//! Round trips and robustness over many generated workbooks: what is exported is what comes back,
//! and no damage to a document makes the validator panic.

use chrono::{NaiveDate, TimeZone, Utc};
use waypoint::model::{
    CheckInRhythm, Edit, Horizon, VisionClarity, Workbook, MAX_PROGRAM_WEEKS, MIN_PROGRAM_WEEKS,
};
use waypoint::store::document::{export_text, storage_text};
use waypoint::store::read_document;

/// A small deterministic generator, so failures reproduce without a property-testing crate.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn text(&mut self) -> String {
        const PIECES: [&str; 12] = [
            "a", "Z", " ", "\n", "\"", "\\", "é", "ß", "🙂", "</script>", "{\"x\":1}", "\u{0}",
        ];
        let len = self.below(40);
        (0..len).map(|_| PIECES[self.below(PIECES.len() as u64) as usize]).collect()
    }
}

fn generated_workbook(rng: &mut Rng) -> Workbook {
    let mut workbook = Workbook::default();
    workbook.apply(Edit::SetName(rng.text()));
    let weeks = MIN_PROGRAM_WEEKS + rng.below(u64::from(MAX_PROGRAM_WEEKS - MIN_PROGRAM_WEEKS + 1)) as u16;
    workbook.apply(Edit::SetProgramWeeks(weeks));
    let rhythm = CheckInRhythm::ALL[rng.below(2) as usize];
    workbook.apply(Edit::SetCheckInRhythm(rhythm));
    let start = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap() + chrono::Duration::days(rng.below(4000) as i64);
    workbook.apply(Edit::SetStartedOn((rng.below(4) > 0).then_some(start)));
    for horizon in Horizon::ALL {
        workbook.apply(Edit::SetVisionAnswer(horizon, rng.text()));
    }
    let clarity = match rng.below(4) {
        3 => None,
        n => Some(VisionClarity::ALL[n as usize]),
    };
    workbook.apply(Edit::SetVisionClarity(clarity));
    workbook
}

#[test]
fn export_then_import_gives_the_same_workbook() {
    let mut rng = Rng(0x5eed_cafe);
    let stamp = Utc.with_ymd_and_hms(2026, 11, 23, 9, 30, 0).unwrap();
    for _ in 0..300 {
        let workbook = generated_workbook(&mut rng);
        let exported = export_text(&workbook, stamp);
        let incoming = read_document(&exported).expect("an export must always read back");
        assert_eq!(incoming.workbook, workbook);
        assert_eq!(incoming.exported_at.map(|at| at.with_timezone(&Utc)), Some(stamp));
        let stored = read_document(&storage_text(&workbook)).expect("a save must always read back");
        assert_eq!(stored.workbook, workbook);
    }
}

#[test]
fn export_is_stable_text() {
    let mut rng = Rng(42);
    let workbook = generated_workbook(&mut rng);
    let stamp = Utc.with_ymd_and_hms(2026, 1, 2, 3, 4, 5).unwrap();
    let once = export_text(&workbook, stamp);
    let again = export_text(&read_document(&once).unwrap().workbook, stamp);
    assert_eq!(once, again);
}

#[test]
fn damaged_documents_never_panic() {
    let mut rng = Rng(7);
    let workbook = generated_workbook(&mut rng);
    let text = export_text(&workbook, Utc::now());
    let bytes = text.as_bytes();
    // Every truncation.
    for cut in 0..bytes.len() {
        let _ = read_document(&String::from_utf8_lossy(&bytes[..cut]));
    }
    // Many random single-byte changes and deletions.
    for _ in 0..3000 {
        let mut damaged = bytes.to_vec();
        let at = rng.below(damaged.len() as u64) as usize;
        if rng.below(2) == 0 {
            damaged[at] = rng.below(128) as u8;
        } else {
            damaged.remove(at);
        }
        let _ = read_document(&String::from_utf8_lossy(&damaged));
    }
}

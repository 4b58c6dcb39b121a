//! The calendar file (P5) read back by an independent iCalendar parser, Python's `icalendar` (which
//! `scripts/setup test` installs): every event's date, summary and UID as written, through folding
//! of long, accented and emoji text and escaping. Run by `scripts/test` with $WAYPOINT_PYTHON set;
//! a bare `cargo test` without the parser says so and checks nothing here.

use std::process::Command;

use chrono::{NaiveDate, TimeZone, Utc};
use waypoint::model::agenda::{agenda, AgendaKind};
use waypoint::model::calendar::{calendar_file, uid, CalendarChoice};
use waypoint::model::plan::PlanEdit;
use waypoint::store::read_document;

const READ_BACK: &str = r#"
import json, sys
from icalendar import Calendar
cal = Calendar.from_ical(open(sys.argv[1], 'rb').read())
events = [{
    "uid": str(e.get("uid")),
    "start": e.decoded("dtstart").isoformat(),
    "end": e.decoded("dtend").isoformat(),
    "summary": str(e.get("summary")),
} for e in cal.walk("VEVENT")]
print(json.dumps({"version": str(cal.get("version")), "events": events}))
"#;

#[test]
fn an_independent_parser_reads_back_every_event() {
    let python = std::env::var("WAYPOINT_PYTHON").ok();
    let runner = python.clone().unwrap_or_else(|| "python3".into());
    let has_parser = Command::new(&runner)
        .args(["-c", "import icalendar"])
        .status()
        .is_ok_and(|s| s.success());
    if !has_parser {
        assert!(
            python.is_none(),
            "$WAYPOINT_PYTHON ({runner}) cannot import icalendar"
        );
        eprintln!("note: Python's icalendar is not installed; scripts/test installs it and runs this check");
        return;
    }
    let mut w = read_document(include_str!("fixtures/v9/full.json"))
        .unwrap()
        .workbook;
    let tricky = [
        "Ask about the evening course, the fees; and the start date \\ times",
        "Écrire à Zoë et à Jürgen pour le stage de ténacité, puis appeler l’école 🙂🙂🙂 avant la fin de la semaine prochaine",
        "Two lines:\nfirst this\nthen that",
    ];
    for title in tricky {
        assert!(w.apply(
            PlanEdit::AddStep {
                title: title.into(),
                goal: None,
                check_in: None
            }
            .into()
        ));
        let id = w.plan.steps.last().unwrap().id;
        assert!(w.apply(PlanEdit::SetDue(id, NaiveDate::from_ymd_opt(2027, 1, 31)).into()));
    }
    let today = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
    let items = agenda(&w, today);
    let chosen: Vec<_> = items
        .iter()
        .filter(|i| CalendarChoice::ALL.takes(i))
        .collect();
    assert!(
        chosen.iter().any(|i| i.kind == AgendaKind::CheckIn)
            && chosen
                .iter()
                .any(|i| matches!(i.kind, AgendaKind::FollowUp(_)))
    );
    let file = calendar_file(
        &items,
        CalendarChoice::ALL,
        Utc.with_ymd_and_hms(2026, 12, 3, 9, 0, 0).unwrap(),
    );
    let path = std::env::temp_dir().join(format!("waypoint-calendar-{}.ics", std::process::id()));
    std::fs::write(&path, &file).unwrap();
    let output = Command::new(&runner)
        .args(["-c", READ_BACK, path.to_str().unwrap()])
        .output()
        .unwrap();
    let _ = std::fs::remove_file(&path);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let read: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(read["version"], "2.0");
    let events = read["events"].as_array().unwrap();
    assert_eq!(events.len(), chosen.len());
    for (event, item) in events.iter().zip(&chosen) {
        assert_eq!(event["uid"], uid(item));
        assert_eq!(event["start"], item.day.to_string());
        assert_eq!(
            event["end"],
            item.day.succ_opt().unwrap().to_string(),
            "an all-day event ends the next day"
        );
        assert_eq!(event["summary"], item.title.as_str(), "{file}");
    }
    for title in tricky {
        assert!(events.iter().any(|e| e["summary"] == title), "{title}");
    }
}

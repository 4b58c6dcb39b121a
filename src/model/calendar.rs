//! P5: the agenda as an iCalendar file (RFC 5545) that calendar apps import. Each open dated thing
//! is an all-day event; its UID comes from what it is (a step's id, a contact's id, a check-in's
//! day), so importing a newer file updates the events instead of doubling them.

use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc};

use super::agenda::{AgendaItem, AgendaKind};

/// Which kinds of dated things go into the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CalendarChoice {
    pub steps: bool,
    pub check_ins: bool,
    pub follow_ups: bool,
    /// The next steps of open applications.
    pub applications: bool,
}

impl CalendarChoice {
    pub const ALL: CalendarChoice = CalendarChoice {
        steps: true,
        check_ins: true,
        follow_ups: true,
        applications: true,
    };

    pub fn takes(self, item: &AgendaItem) -> bool {
        !item.done
            && match item.kind {
                AgendaKind::Step(_) => self.steps,
                AgendaKind::CheckIn | AgendaKind::LookBack => self.check_ins,
                AgendaKind::FollowUp(_) => self.follow_ups,
                AgendaKind::Application(_) => self.applications,
            }
    }
}

/// The longest line, in octets, before it is folded (RFC 5545, 3.1).
const LINE_OCTETS: usize = 75;

/// The calendar file of the `items` that `choice` takes, stamped `now`.
pub fn calendar_file(items: &[AgendaItem], choice: CalendarChoice, now: DateTime<Utc>) -> String {
    let stamp = format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        now.year(),
        now.month(),
        now.day(),
        now.hour(),
        now.minute(),
        now.second()
    );
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Waypoint//Career coaching workbook//EN",
        "CALSCALE:GREGORIAN",
    ] {
        push_line(&mut out, line);
    }
    push_line(&mut out, "X-WR-CALNAME:Waypoint");
    for item in items.iter().filter(|item| choice.takes(item)) {
        let next_day = item.day.succ_opt().unwrap_or(item.day);
        push_line(&mut out, "BEGIN:VEVENT");
        push_line(&mut out, &format!("UID:{}", uid(item)));
        push_line(&mut out, &format!("DTSTAMP:{stamp}"));
        push_line(
            &mut out,
            &format!("DTSTART;VALUE=DATE:{}", ical_date(item.day)),
        );
        push_line(
            &mut out,
            &format!("DTEND;VALUE=DATE:{}", ical_date(next_day)),
        );
        push_line(&mut out, &format!("SUMMARY:{}", escape_text(&item.title)));
        push_line(&mut out, "TRANSP:TRANSPARENT");
        push_line(&mut out, "END:VEVENT");
    }
    push_line(&mut out, "END:VCALENDAR");
    out
}

/// Stable across files: what the event is, never where it sits in a list.
pub fn uid(item: &AgendaItem) -> String {
    match item.kind {
        AgendaKind::Step(id) => format!("step-{id}@waypoint.local"),
        AgendaKind::FollowUp(contact) => format!("follow-up-{contact}@waypoint.local"),
        AgendaKind::Application(app) => format!("application-{app}@waypoint.local"),
        AgendaKind::CheckIn => format!("check-in-{}@waypoint.local", ical_date(item.day)),
        // There is one: a new day moves it.
        AgendaKind::LookBack => "look-back@waypoint.local".to_string(),
    }
}

fn ical_date(day: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", day.year(), day.month(), day.day())
}

/// TEXT as RFC 5545 writes it: backslash, semicolon, comma and line breaks escaped.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `line` folded at 75 octets (a continuation line starts with a space, which counts),
/// never inside a UTF-8 character, each piece ended by CRLF.
pub fn push_line(out: &mut String, line: &str) {
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > LINE_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Id;
    use chrono::TimeZone;

    fn item(kind: AgendaKind, day: NaiveDate, title: &str, done: bool) -> AgendaItem {
        AgendaItem {
            day,
            kind,
            title: title.into(),
            done,
        }
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn lines_fold_at_75_octets_without_splitting_a_character() {
        let mut out = String::new();
        let long = format!("SUMMARY:{}", "é".repeat(60) + &"🙂".repeat(10) + "a");
        push_line(&mut out, &long);
        let pieces: Vec<&str> = out.strip_suffix("\r\n").unwrap().split("\r\n").collect();
        assert!(pieces.len() > 2);
        for (i, piece) in pieces.iter().enumerate() {
            assert!(piece.len() <= 75, "piece {i} is {} octets", piece.len());
            assert_eq!(
                i > 0,
                piece.starts_with(' '),
                "continuations start with a space"
            );
        }
        let unfolded: String = pieces
            .iter()
            .enumerate()
            .map(|(i, p)| if i == 0 { *p } else { &p[1..] })
            .collect();
        assert_eq!(unfolded, long);
        let mut short = String::new();
        push_line(&mut short, &"a".repeat(75));
        assert_eq!(
            short,
            "a".repeat(75) + "\r\n",
            "exactly 75 octets stays one line"
        );
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape_text("a\\b;c,d\ne\r\nf"), "a\\\\b\\;c\\,d\\ne\\nf");
    }

    #[test]
    fn the_file_holds_the_chosen_open_things_as_all_day_events() {
        let items = [
            item(
                AgendaKind::Step(Id(61)),
                day(2026, 12, 31),
                "Email Priya",
                false,
            ),
            item(
                AgendaKind::Step(Id(27)),
                day(2026, 12, 1),
                "Done already",
                true,
            ),
            item(
                AgendaKind::FollowUp(Id(42)),
                day(2027, 2, 28),
                "Follow up with Priya",
                false,
            ),
            item(AgendaKind::CheckIn, day(2028, 2, 29), "Check-in", false),
        ];
        let now = Utc.with_ymd_and_hms(2026, 12, 3, 9, 5, 7).unwrap();
        let file = calendar_file(&items, CalendarChoice::ALL, now);
        assert!(file.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
        assert!(file.ends_with("END:VCALENDAR\r\n"));
        assert!(
            !file.replace("\r\n", "").contains('\n'),
            "every line ends in CRLF"
        );
        assert_eq!(
            file.matches("BEGIN:VEVENT").count(),
            3,
            "the done step is left out"
        );
        assert!(file.contains("UID:step-61@waypoint.local\r\nDTSTAMP:20261203T090507Z\r\nDTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n"));
        assert!(file.contains("DTSTART;VALUE=DATE:20270228\r\nDTEND;VALUE=DATE:20270301\r\n"));
        assert!(file.contains("UID:check-in-20280229@waypoint.local"));
        assert!(file.contains("DTEND;VALUE=DATE:20280301"));
        let only_steps = calendar_file(
            &items,
            CalendarChoice {
                steps: true,
                check_ins: false,
                follow_ups: false,
                applications: false,
            },
            now,
        );
        assert_eq!(only_steps.matches("BEGIN:VEVENT").count(), 1);
    }
}

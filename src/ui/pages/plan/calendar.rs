//! P5, the calendar file: the person picks what goes in (steps, check-ins, follow-ups, the next
//! steps of applications), sees how
//! many dates that is, and downloads an .ics file that Google Calendar, Apple Calendar and Outlook
//! import. Importing a newer file updates the same events rather than doubling them.

use chrono::Utc;
use leptos::prelude::*;

use crate::model::agenda::{agenda, AGENDA_PARTS};
use crate::model::calendar::{calendar_file, CalendarChoice};
use crate::store::files::download_text;
use crate::store::LiveWorkbook;
use crate::ui::format::count;
use crate::ui::widgets::Fields;

use super::Today;

#[component]
pub fn CalendarSection() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let today = expect_context::<Today>().0;
    let choice = RwSignal::new(CalendarChoice::ALL);
    let said = RwSignal::new(None::<String>);
    let items = live.select_in(AGENDA_PARTS, move |w| agenda(w, today));
    let chosen = move || items.with(|items| items.iter().filter(|i| choice.get().takes(i)).count());
    let download = move |_| {
        let text =
            items.with_untracked(|items| calendar_file(items, choice.get_untracked(), Utc::now()));
        let name = format!("waypoint-dates-{}.ics", today);
        said.set(Some(match download_text(&name, &text, "text/calendar") {
            Ok(()) => format!("Saved as {name}. Open it with your calendar app, or import it there; a newer file updates the same events."),
            Err(_) => "Your browser did not let Waypoint save the file. Nothing was changed; try again, or from another browser.".to_string(),
        }));
    };
    let toggle = move |label: &'static str,
                       key: &'static str,
                       get: fn(CalendarChoice) -> bool,
                       set: fn(&mut CalendarChoice, bool)| {
        let id = format!("calendar-{key}");
        view! {
            <div class="choice">
                <input type="checkbox" id=id.clone() prop:checked=move || get(choice.get())
                    on:change=move |ev| choice.update(|c| set(c, event_target_checked(&ev)))/>
                <label for=id>{label}</label>
            </div>
        }
    };
    view! {
        <section aria-labelledby="calendar-heading" class="card">
            <h2 id="calendar-heading">"Your dates in your calendar"</h2>
            <p class="hint">
                "A file of your open dates, each as an all-day event, for the calendar you already use. Nothing \
                 is sent anywhere: the file is saved on this device, and you import it yourself."
            </p>
            <Fields>
                <fieldset class="field">
                    <legend>"What goes in"</legend>
                    {toggle("Steps with a date", "steps", |c| c.steps, |c, on| c.steps = on)}
                    {toggle("Check-ins to come", "check-ins", |c| c.check_ins, |c, on| c.check_ins = on)}
                    {toggle("Follow-ups with contacts", "follow-ups", |c| c.follow_ups, |c, on| c.follow_ups = on)}
                    {toggle("Next steps of your applications", "applications", |c| c.applications, |c, on| c.applications = on)}
                </fieldset>
            </Fields>
            <p class="hint" id="calendar-count" aria-live="polite">{move || match chosen() {
                0 => "Nothing dated to put in yet with these choices.".to_string(),
                n => format!("{} in the file.", count(n, "date", "dates")),
            }}</p>
            <button type="button" id="calendar-download" disabled=move || chosen() == 0 on:click=download>"Download the calendar file"</button>
            <p class="result" id="calendar-said" aria-live="polite">{move || said.get()}</p>
        </section>
    }
}

//! S1 Welcome: what the program is and is not, the privacy promise, and the shape of the program.

use leptos::prelude::*;

use crate::model::Part;
use crate::model::{
    CheckInRhythm, CheckInSchedule, StartEdit, MAX_PROGRAM_WEEKS, MIN_PROGRAM_WEEKS,
};
use crate::store::LiveWorkbook;
use crate::ui::dom::{settled, GREETING_DELAY};
use crate::ui::format::{count, long_date, short_date};
use crate::ui::route::Route;
use crate::ui::widgets::{described_by, Choice, ChoiceGroup, DateField, Field, Fields};

/// What Waypoint is, in a few lines. index.html paints the same words before the app has loaded (a
/// test below keeps the two equal), so the first paint is the real page and not a spinner.
pub const WELCOME: &str =
    "Waypoint is a workbook for the months when you are rethinking your working life. It takes \
     you through the stages a career coach would: looking honestly at where you are and where you \
     would like to be, researching real options, talking to people, applying, and finally \
     closing the deal or leaving well. You answer the questions; you stay the expert on your \
     own life. Waypoint will never tell you which career to choose.";

#[component]
pub fn StartPage() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    // Follows the name once the typing pauses (see `settled`).
    let heading = settled(
        live.select_in(&[Part::Profile], |workbook| {
            match workbook.profile.name.trim() {
                "" => "Welcome to Waypoint".to_string(),
                name => format!("Welcome, {name}"),
            }
        }),
        GREETING_DELAY,
    );

    view! {
        <article class="page">
            <h1 tabindex="-1">{heading}</h1>
            <p class="purpose">{WELCOME}</p>

            <section aria-labelledby="is-not">
                <h2 id="is-not">"What Waypoint is not"</h2>
                <ul class="plain-list">
                    <li>
                        <strong>"Not therapy. "</strong>
                        "If work is wearing you down, or you are finding it hard to cope, please talk to \
                         your doctor or a licensed counsellor or psychologist. If you are in crisis, contact \
                         your local emergency number. Waypoint can sit beside that help; it cannot replace it."
                    </li>
                    <li>
                        <strong>"Not a job placement service. "</strong>
                        "It will not find vacancies for you or send anything to employers."
                    </li>
                    <li>
                        <strong>"Not a quick fix. "</strong>
                        "Most people need two to six months. Small, steady steps carry further than one big push."
                    </li>
                </ul>
            </section>

            <section aria-labelledby="privacy">
                <h2 id="privacy">"Your words stay on this device"</h2>
                <p>
                    "There is no account and no server. Everything you write is kept in this browser on this \
                     device, and Waypoint sends none of it anywhere. To keep a backup or to carry on \
                     elsewhere, export a file from the "
                    <a href=Route::Data.href()>"Data page"</a>
                    ". Clearing this browser's data for the site erases the workbook, so export now and then."
                </p>
            </section>

            <ProgramSettings/>

            <section aria-labelledby="begin">
                <h2 id="begin">"Where to begin"</h2>
                <p>
                    "Start with "<a href=Route::Exploration.href()>"Exploration"</a>
                    ": a picture of the future you would choose if you could. It is fine not to know yet."
                </p>
            </section>
        </article>
    }
}

#[component]
fn ProgramSettings() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let name = live.select_in(&[Part::Profile], |w| w.profile.name.clone());
    let weeks = live.select_in(&[Part::Profile], |w| w.profile.program_weeks.to_string());
    // The weeks box may hold what the person is still typing; only valid numbers reach the workbook.
    let weeks_problem = RwSignal::new(None::<String>);

    let on_weeks = move |ev| {
        let text = event_target_value(&ev);
        match text.trim().parse::<u16>() {
            Ok(weeks) if (MIN_PROGRAM_WEEKS..=MAX_PROGRAM_WEEKS).contains(&weeks) => {
                weeks_problem.set(None);
                live.dispatch(StartEdit::SetProgramWeeks(weeks));
            }
            _ => weeks_problem.set(Some(format!(
                "Choose a whole number of weeks from {MIN_PROGRAM_WEEKS} to {MAX_PROGRAM_WEEKS}."
            ))),
        }
    };

    let schedule_text = live.select_in(&[Part::Profile], |workbook| {
        let schedule = CheckInSchedule::of(&workbook.profile)?;
        let dates = schedule.dates();
        let today = chrono::Local::now().date_naive();
        let next = match schedule.next_after(today) {
            Some(day) => format!("The next one is on {}.", long_date(day)),
            None => "All of them are behind you now.".to_string(),
        };
        Some(format!(
            "Your program runs from {} to {}, with {} {}. {next}",
            short_date(schedule.starts),
            short_date(schedule.ends()),
            count(dates.len(), "check-in", "check-ins"),
            schedule.rhythm.label().to_ascii_lowercase(),
        ))
    });

    view! {
        <section aria-labelledby="program">
            <h2 id="program">"Your program"</h2>
            <Fields>
            <Field id="profile-name" label="What should Waypoint call you?" hint="Optional. A first name or a nickname is plenty.">
                <input
                    id="profile-name"
                    type="text"
                    autocomplete="given-name"
                    maxlength="200"
                    aria-describedby=described_by("profile-name", true, false)
                    prop:value=name
                    on:input=move |ev| live.dispatch(StartEdit::SetName(event_target_value(&ev)))
                />
            </Field>
            <div class="field-row">
                <Field
                    id="program-weeks"
                    label="Program length, in weeks"
                    hint="Most people give it 8 to 26 weeks: two to six months."
                    error=weeks_problem
                >
                    <input
                        id="program-weeks"
                        type="number"
                        inputmode="numeric"
                        min=MIN_PROGRAM_WEEKS
                        max=MAX_PROGRAM_WEEKS
                        aria-describedby=described_by("program-weeks", true, true)
                        aria-invalid=move || weeks_problem.with(|p| p.is_some()).then_some("true")
                        prop:value=weeks
                        on:input=on_weeks
                    />
                </Field>
                <DateField
                    id="program-start"
                    label="Start date"
                    hint="Check-ins are counted from this day."
                    value=live.select_in(&[Part::Profile], move |w| w.profile.started_on)
                    on_change=Callback::new(move |day| live.dispatch(StartEdit::SetStartedOn(day)))
                />
            </div>
            <ChoiceGroup
                id_prefix="rhythm"
                legend="How often would you like to check in with yourself?"
                hint="A check-in is a short pause to look at what moved, what got in the way, and what you will do next."
                choices=CheckInRhythm::ALL
                    .into_iter()
                    .map(|rhythm| Choice { value: rhythm, key: rhythm.key(), label: rhythm.label() })
                    .collect()
                selected=live.select_in(&[Part::Profile], move |w| Some(w.profile.check_in_rhythm))
                on_select=Callback::new(move |rhythm| live.dispatch(StartEdit::SetCheckInRhythm(rhythm)))
            />
            </Fields>
            <p class="schedule" id="check-in-schedule">
                {move || schedule_text.get().unwrap_or_else(|| {
                    "Choose a start date to see when your check-ins fall.".to_string()
                })}
            </p>
            <p class="hint">
                "Each check-in waits for you on the "<a href=Route::Plan.href()>"Plan"</a>" page, where you \
                 record how it went; from there a calendar file puts the dates in your own calendar too."
            </p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::WELCOME;
    use crate::ui::route::Route;

    const INDEX: &str = include_str!("../../../../index.html");

    /// The static shell in index.html is what a person sees until the wasm has loaded: it must say what
    /// the app says, and link where the app links.
    #[test]
    fn the_first_paint_shows_the_apps_own_welcome_and_stages() {
        let shell = &INDEX[INDEX
            .find("<div id=\"shell\">")
            .expect("index.html has the shell")..];
        assert!(
            shell.contains(&format!("<p class=\"purpose\">{WELCOME}</p>")),
            "the shell's welcome is the Start page's"
        );
        let links: Vec<String> = Route::NAV
            .iter()
            .map(|r| format!("<li><a href=\"{}\">{}</a></li>", r.href(), r.title()))
            .collect();
        let nav = &shell[shell.find("<ol>").unwrap()..shell.find("</ol>").unwrap()];
        let shown: Vec<String> = nav
            .lines()
            .map(str::trim)
            .filter(|l| l.starts_with("<li>"))
            .map(str::to_string)
            .collect();
        assert_eq!(shown, links, "the shell lists the app's stages, in order");
    }
}

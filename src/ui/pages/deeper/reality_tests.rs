//! R2: ways of trying an option on before committing to it.

use leptos::prelude::*;

use crate::model::deeper::{DeeperEdit, RealityTestKind, TestField};
use crate::model::Part;
use crate::model::{deeper, Id};
use crate::store::LiveWorkbook;
use crate::ui::widgets::{
    AddButton, DateField, Fields, ListWindow, LongAnswer, ShowMore, Undo, SHORT_PAGE,
};

#[component]
pub fn RealityTests(id: Id) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let undo = expect_context::<Undo>();
    let tests = live.select_record(Part::Options, id, move |w| {
        w.deeper
            .option(id)
            .map(|o| o.reality_tests.iter().map(|t| t.id).collect::<Vec<_>>())
            .unwrap_or_default()
    });
    let refusal = live.select_record(Part::Options, id, move |w| {
        w.deeper.reality_test_refusal(id)
    });
    let kind_id = format!("option-{id}-new-test-kind");
    let new_kind = RwSignal::new(RealityTestKind::default());
    let window = ListWindow::paged(tests, SHORT_PAGE);
    view! {
        <fieldset class="field subsection">
            <legend>"Reality tests"</legend>
            <p class="hint">
                "Try it on before you commit: talk to someone who does the work, shadow them for a day, \
                 volunteer, or take on a small project. An informational interview is a short, relaxed \
                 conversation with someone in the work you are curious about: you ask about their days and \
                 how they got there, not for a job."
            </p>
            <For
                each=move || window.shown()
                key=|t| *t
                children=move |test: Id| {
                    let record = live.select_record(Part::Options, id, move |w| w.deeper.option(id).and_then(|o| o.reality_tests.iter().find(|t| t.id == test).cloned()).unwrap_or_default());
                    let read = move || record.get();
                    let set = move |field: TestField| live.dispatch(DeeperEdit::SetRealityTest(id, test, field));
                    let p = format!("test-{test}");
                    let (kind_id, done_id, learned_id) = (format!("{p}-kind"), format!("{p}-done"), format!("{p}-learned"));
                    // The conversations logged in Networking as this test (N2), so an informational
                    // interview is written once and shows in both places. (The plan spans the stages
                    // and Networking links here; this page only reads those links, never edits them.)
                    let talks = live.select_in(&[Part::Conversations, Part::Contacts], move |w| {
                        let n = &w.networking;
                        n.interactions.iter().filter(|i| i.reality_test == Some(test)).map(|i| {
                            let who = n.contact(i.contact).map(|c| c.name.trim().to_string()).filter(|c| !c.is_empty()).unwrap_or_else(|| "a contact".into());
                            match i.date {
                                Some(on) => format!("Logged in Networking: your conversation with {who}, {}.", crate::ui::format::short_date(on)),
                                None => format!("Logged in Networking: your conversation with {who}."),
                            }
                        }).collect::<Vec<_>>()
                    });
                    view! {
                        <div class="sub-item" on:focusin=move |_| window.pin(test)><Fields>
                            <div class="field-row">
                                <div class="field">
                                    <label for=kind_id.clone()>"Kind"</label>
                                    <select id=kind_id on:change=move |ev| {
                                        if let Some(k) = RealityTestKind::from_key(&event_target_value(&ev)) { set(TestField::Kind(k)) }
                                    }>
                                        {RealityTestKind::ALL.into_iter().map(|k| view! {
                                            <option value=k.key() selected=move || read().kind == k>{k.label()}</option>
                                        }).collect_view()}
                                    </select>
                                </div>
                                <DateField id=format!("{p}-date") label="Date" value=Signal::derive(move || read().date)
                                    on_change=Callback::new(move |day| set(TestField::Date(day)))/>
                                <div class="field check">
                                    <input
                                        type="checkbox"
                                        id=done_id.clone()
                                        prop:checked=move || read().done
                                        on:change=move |ev| set(TestField::Done(event_target_checked(&ev)))
                                    />
                                    <label for=done_id>"Done"</label>
                                </div>
                            </div>
                            <LongAnswer
                                id=learned_id
                                label="What did you learn?"
                                value=Signal::derive(move || read().learned)
                                on_input=Callback::new(move |text| set(TestField::Learned(text)))
                                rows=2
                            />
                            {move || talks.get().into_iter().map(|said| view! {
                                <p class="hint test-talk">{said}" "<a href=crate::ui::route::Route::Networking.href()>"Open Networking"</a></p>
                            }).collect_view()}
                            <button
                                type="button"
                                class="quiet"
                                aria-label=move || format!("Remove this {}", read().kind.label().to_lowercase())
                                on:click=move |_| undo.remove(deeper::Target::RealityTest { option: id, test })
                            >"Remove"</button>
                        </Fields></div>
                    }
                }
            />
            <ShowMore window=window id=format!("option-{id}-tests-shown") noun=("reality test", "reality tests") focus=|test| format!("#test-{test}-kind")/>
            <Fields><div class="add-row">
                <div class="field">
                    <label for=kind_id.clone()>"Plan a reality test"</label>
                    <select id=kind_id on:change=move |ev| {
                        if let Some(k) = RealityTestKind::from_key(&event_target_value(&ev)) { new_kind.set(k) }
                    }>
                        {RealityTestKind::ALL.into_iter().map(|k| view! {
                            <option value=k.key() selected=move || new_kind.get() == k>{k.label()}</option>
                        }).collect_view()}
                    </select>
                </div>
                <AddButton id=format!("option-{id}-add-test") label="Add test" refusal=refusal
                    on_add=Callback::new(move |()| live.dispatch(DeeperEdit::AddRealityTest(id, new_kind.get_untracked())))/>
            </div></Fields>
        </fieldset>
    }
}

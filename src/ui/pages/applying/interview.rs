//! A3, interview practice: the bank of questions and the person's own, each one click from a
//! practice entry; STAR stories tied to strengths and skills; and the log of practice, newest
//! first, with a self-rating and what to do better.

use leptos::prelude::*;

use crate::model::applying::interview::{
    practice_refusal, practised, question_refusal, story_refusal, MAX_IMPROVE_CHARS,
    MAX_QUESTION_CHARS, MAX_SELF_RATING, MAX_STORY_TITLE_CHARS, MIN_SELF_RATING,
};
use crate::model::applying::{ApplyingEdit, QuestionKind, StoryLink, StoryText, BANK};
use crate::model::base::Refusal;
use crate::model::{applying, Id, Part};
use crate::store::LiveWorkbook;
use crate::ui::dom::focus_first;
use crate::ui::widgets::{AddForm, DateField, Fields, ListWindow, NameField, ShowMore, Undo};

use super::{Earlier, Today};

#[component]
pub fn InterviewSection() -> impl IntoView {
    view! {
        <section aria-labelledby="interview-heading" class="card">
            <h2 id="interview-heading">"Interview practice"</h2>
            <p class="hint">
                "Interviews reward practice out loud more than reading. Pick a question, answer it as if in \
                 the room (to a friend, or a phone recording), then rate how it went and note one thing to \
                 change."
            </p>
            <Questions/>
            <Stories/>
            <PracticeLog/>
        </section>
    }
}

/// Logs a practice of `question` today and takes the focus to its rating.
fn practise(live: LiveWorkbook, today: chrono::NaiveDate, question: String) -> Option<String> {
    if let Some(refused) = live.with(|w| practice_refusal(&w.applying.practice, &question)) {
        return Some(refused.message());
    }
    live.dispatch(ApplyingEdit::LogPractice {
        question,
        on: today,
    });
    if let Some(id) = live.with(|w| w.applying.practice.last().map(|p| p.id)) {
        request_animation_frame(move || focus_first(&format!("#practice-{id}-rating")));
    }
    None
}

#[component]
fn Questions() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let undo = expect_context::<Undo>();
    let today = expect_context::<Today>().0;
    let own = live.select_in(&[Part::Practice], |w| {
        w.applying
            .questions
            .iter()
            .map(|q| (q.id, q.kind, q.text.clone()))
            .collect::<Vec<_>>()
    });
    let log = live.select_in(&[Part::Practice], |w| {
        w.applying
            .practice
            .iter()
            .map(|p| (p.question.clone(), p.rating))
            .collect::<Vec<_>>()
    });
    let times = move |question: &str| {
        log.with(|log| {
            let entries: Vec<applying::PracticeEntry> = log
                .iter()
                .map(|(q, r)| applying::PracticeEntry {
                    question: q.clone(),
                    rating: *r,
                    ..Default::default()
                })
                .collect();
            match practised(&entries, question) {
                (0, _) => String::new(),
                (n, Some(avg)) => format!("Practised {n}×, about {avg:.1} of 5"),
                (n, None) => format!("Practised {n}×"),
            }
        })
    };
    let own_of = move |k: QuestionKind| -> Vec<Id> {
        own.with(|own| own.iter().filter(|q| q.1 == k).map(|q| q.0).collect())
    };
    let kind = RwSignal::new(QuestionKind::Role);
    let add = move |text: String| {
        if let Some(refused) = live.with(|w| question_refusal(&w.applying.questions, &text)) {
            return Some(refused.message());
        }
        live.dispatch(ApplyingEdit::AddQuestion {
            kind: kind.get_untracked(),
            text,
        });
        None
    };
    let question_refused = |t: &str| {
        crate::model::base::refusal_to_rename(
            t,
            Refusal::Empty {
                ask: "Write the question, or remove it.",
            },
        )
    };
    view! {
        <h3 id="questions-heading">"Questions to practise"</h3>
        {QuestionKind::ALL.into_iter().map(|k| view! {
            <details class="question-group" id=format!("questions-{}", k.key())>
                <summary>{k.label()}</summary>
                <ul class="question-list">
                    {BANK.iter().enumerate().filter(|(_, (kk, _))| *kk == k).map(|(i, (_, q))| {
                        let q = *q;
                        view! {
                            <li class="question">
                                <span>{q}</span>
                                <span class="muted">{move || times(q)}</span>
                                <button type="button" class="quiet" id=format!("bank-{i}-practise") aria-label=format!("Practise: {q}")
                                    on:click=move |_| { practise(live, today, q.to_string()); }>"Practise"</button>
                            </li>
                        }
                    }).collect_view()}
                    <For each=move || own_of(k) key=|id| *id children=move |id: Id| {
                        let text = move || own.with(|own| own.iter().find(|q| q.0 == id).map(|q| q.2.clone()).unwrap_or_default());
                        view! {
                            <li class="question own">
                                <Fields>
                                    <NameField id=format!("question-{id}-text") label="Your question" label_hidden=true max_chars=MAX_QUESTION_CHARS
                                        value=Signal::derive(text) refusal=question_refused
                                        on_change=Callback::new(move |t| live.dispatch(ApplyingEdit::SetQuestion(id, t)))/>
                                </Fields>
                                <span class="muted">{move || times(&text())}</span>
                                <button type="button" class="quiet" id=format!("question-{id}-practise") aria-label=move || format!("Practise: {}", text())
                                    on:click=move |_| { practise(live, today, text()); }>"Practise"</button>
                                <button type="button" class="quiet" id=format!("question-{id}-remove") aria-label=move || format!("Remove the question {}", text())
                                    on:click=move |_| undo.remove(applying::Target::Question(id))>"Remove"</button>
                            </li>
                        }
                    }/>
                </ul>
            </details>
        }).collect_view()}
        <AddForm id="new-question" label="A question of your own" button="Add question" max_chars=MAX_QUESTION_CHARS on_add=add>
            <div class="field">
                <label for="new-question-kind">"About"</label>
                <select id="new-question-kind" on:change=move |ev| {
                    if let Some(k) = QuestionKind::from_key(&event_target_value(&ev)) {
                        kind.set(k);
                    }
                }>
                    {QuestionKind::ALL.into_iter().map(|k| view! { <option value=k.key() selected=move || kind.get() == k>{k.label()}</option> }).collect_view()}
                </select>
            </div>
        </AddForm>
    }
}

#[component]
fn Stories() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let ids = live.select_in(&[Part::Stories], |w| {
        w.applying.stories.iter().map(|s| s.id).collect::<Vec<_>>()
    });
    let add = move |title: String| {
        if let Some(refused) = live.with(|w| story_refusal(&w.applying.stories, &title)) {
            return Some(refused.message());
        }
        live.dispatch(ApplyingEdit::AddStory(title));
        if let Some(id) = live.with(|w| w.applying.stories.last().map(|s| s.id)) {
            request_animation_frame(move || {
                if let Some(card) = document().get_element_by_id(&format!("story-{id}")) {
                    let _ = card.set_attribute("open", "");
                }
                focus_first(&format!("#story-{id}-situation"));
            });
        }
        None
    };
    view! {
        <h3 id="stories-heading">"Your stories"</h3>
        <p class="hint">
            "A few true stories, told as situation, task, action and result, answer most questions about \
             what you have done. Tie each to the strengths and skills it shows."
        </p>
        {move || ids.with(Vec::is_empty).then(|| view! {
            <p class="empty-state">"No stories yet. Think of a time you were proud of how you handled something at work, or outside it."</p>
        })}
        <div class="option-list">
            <For each=move || ids.get() key=|id| *id children=move |id: Id| view! { <StoryCard id=id/> }/>
        </div>
        <AddForm id="new-story" label="Name a story" button="Add story" max_chars=MAX_STORY_TITLE_CHARS on_add=add/>
    }
}

#[component]
fn StoryCard(id: Id) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let undo = expect_context::<Undo>();
    let earlier = expect_context::<Earlier>();
    let read = live.select_record(Part::Stories, id, move |w| {
        w.applying.story(id).cloned().unwrap_or_default()
    });
    let read = move || read.get();
    let title_refused = |t: &str| {
        crate::model::base::refusal_to_rename(
            t,
            Refusal::Empty {
                ask: "A story keeps a short name.",
            },
        )
    };
    let links = move |link: StoryLink,
                      legend: &'static str,
                      empty: &'static str,
                      names: ReadSignal<Vec<(Id, String)>>| {
        let key = if link == StoryLink::Strength {
            "strength"
        } else {
            "skill"
        };
        view! {
            <fieldset class="field">
                <legend>{legend}</legend>
                {move || names.with(Vec::is_empty).then(|| view! { <p class="hint">{empty}</p> })}
                <For each=move || names.get() key=|n| n.clone() let:named>
                    {
                        let box_id = format!("story-{id}-{key}-{}", named.0);
                        view! {
                            <div class="choice">
                                <input type="checkbox" id=box_id.clone() prop:checked=move || link.list(&read()).contains(&named.0)
                                    on:change=move |ev| live.dispatch(ApplyingEdit::LinkStory { story: id, link, to: named.0, linked: event_target_checked(&ev) })/>
                                <label for=box_id>{named.1.clone()}</label>
                            </div>
                        }
                    }
                </For>
            </fieldset>
        }
    };
    view! {
        <details class="option-card" id=format!("story-{id}")>
            <summary><span class="option-title">{move || read().title}</span></summary>
            <div class="option-body">
                <Fields>
                    <NameField id=format!("story-{id}-title") label="A short name for the story" max_chars=MAX_STORY_TITLE_CHARS
                        value=Signal::derive(move || read().title) refusal=title_refused
                        on_change=Callback::new(move |t| live.dispatch(ApplyingEdit::SetStoryText(id, StoryText::Title, t)))/>
                    {[StoryText::Situation, StoryText::Task, StoryText::Action, StoryText::Result].into_iter().map(|field| {
                        let field_id = format!("story-{id}-{}", field.key());
                        view! {
                            <div class="field">
                                <label for=field_id.clone()>{field.label()}</label>
                                <textarea id=field_id rows="2" maxlength=field.limit() prop:value=move || field.get(&read()).to_string()
                                    on:input=move |ev| live.dispatch(ApplyingEdit::SetStoryText(id, field, event_target_value(&ev)))></textarea>
                            </div>
                        }
                    }).collect_view()}
                </Fields>
                <Fields>
                    {links(StoryLink::Strength, "Strengths it shows", "Strengths you name in Exploration can be ticked here.", earlier.strengths)}
                    {links(StoryLink::Skill, "Skills it shows", "Skills you list in Exploration can be ticked here.", earlier.skills)}
                </Fields>
                <div class="actions">
                    <button type="button" class="quiet" id=format!("story-{id}-remove") on:click=move |_| undo.remove(applying::Target::Story(id))>"Remove story"</button>
                </div>
            </div>
        </details>
    }
}

#[component]
fn PracticeLog() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    // Newest first: the entry just made is at the top, under the questions.
    let ids = live.select_in(&[Part::Practice], |w| {
        w.applying
            .practice
            .iter()
            .rev()
            .map(|p| p.id)
            .collect::<Vec<_>>()
    });
    let window = ListWindow::new(ids);
    view! {
        <h3 id="practice-heading">"Practice log"</h3>
        {move || ids.with(Vec::is_empty).then(|| view! {
            <p class="empty-state">"Nothing practised yet. Press “Practise” beside any question above to start."</p>
        })}
        <ul class="practice-log">
            <For each=move || window.shown() key=|id| *id children=move |id: Id| view! { <PracticeRow id=id window=window/> }/>
        </ul>
        <ShowMore window=window id="practice-shown" noun=("entry", "entries") focus=|id| format!("#practice-{id}-rating")/>
    }
}

#[component]
fn PracticeRow(id: Id, window: ListWindow) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let undo = expect_context::<Undo>();
    let read = live.select_record(Part::Practice, id, move |w| {
        w.applying
            .practice
            .iter()
            .find(|p| p.id == id)
            .cloned()
            .unwrap_or_default()
    });
    let read = move || read.get();
    view! {
        <li class="practice" id=format!("practice-{id}") on:focusin=move |_| window.pin(id)>
            <p class="practice-question">{move || read().question}</p>
            <Fields>
                <div class="field-row">
                    <DateField id=format!("practice-{id}-on") label="Practised on" value=Signal::derive(move || read().on)
                        on_change=Callback::new(move |day| live.dispatch(ApplyingEdit::SetPracticeDate(id, day)))/>
                    <div class="field">
                        <label for=format!("practice-{id}-rating")>"How did it go?"</label>
                        <select id=format!("practice-{id}-rating") on:change=move |ev| {
                            live.dispatch(ApplyingEdit::SetPracticeRating(id, event_target_value(&ev).parse::<u8>().ok()));
                        }>
                            <option value="" selected=move || read().rating.is_none()>"Not rated"</option>
                            {(MIN_SELF_RATING..=MAX_SELF_RATING).map(|r| {
                                let words = match r { 1 => "1: it did not land", 2 => "2: shaky", 3 => "3: all right", 4 => "4: good", _ => "5: ready" };
                                view! { <option value=r.to_string() selected=move || read().rating == Some(r)>{words}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                </div>
                <div class="field">
                    <label for=format!("practice-{id}-improve")>"One thing to do better next time"</label>
                    <textarea id=format!("practice-{id}-improve") class="one-line" rows="1" maxlength=MAX_IMPROVE_CHARS prop:value=move || read().improve
                        on:input=move |ev| live.dispatch(ApplyingEdit::SetPracticeImprove(id, event_target_value(&ev)))></textarea>
                </div>
            </Fields>
            <button type="button" class="quiet" id=format!("practice-{id}-remove") on:click=move |_| undo.remove(applying::Target::Practice(id))>"Remove entry"</button>
        </li>
    }
}

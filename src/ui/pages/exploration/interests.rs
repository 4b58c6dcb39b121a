//! E6: the six-theme interests reflection and the interests in the person's own words.

use leptos::prelude::*;

use crate::model::exploration;
use crate::model::exploration::interests::{
    InterestsEdit, Theme, ITEMS, MAX_TOPIC_CHARS, RATING_LABELS,
};
use crate::model::exploration::Section;
use crate::model::Part;
use crate::store::LiveWorkbook;
use crate::ui::widgets::{AddForm, Bar, BarChart, Fields, LongAnswer, Undo};

use super::overview::SectionStatus;

#[component]
pub fn InterestsSection() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let interests = live.select_in(&[Part::Interests], move |w| w.exploration.interests.clone());
    let interests = move || interests.get();
    let answered = live.select_in(&[Part::Interests], move |w| {
        w.exploration.interests.answered()
    });
    let answered = move || answered.get();
    view! {
        <section aria-labelledby="interests" class="card">
            <h2 id="interests" tabindex="-1">"Your interests" <SectionStatus section=Section::Interests/></h2>
            <p class="hint">
                "How would you feel about spending part of a working day on each of these? The six themes \
                 follow a well-known way of grouping interests. This is a reflection aid, not a validated \
                 test: treat the result as a question, not a verdict."
            </p>
            <p class="progress">{move || format!("{} of {} answered.", answered(), ITEMS.len())}</p>
            <Fields><div class="interest-items">
                {ITEMS.iter().map(|item| {
                    let key = item.key;
                    let rating = live.select_in(&[Part::Interests], move |w| w.exploration.interests.rating(key));
                    let rating = move || rating.get();
                    view! {
                        <fieldset class="interest-item">
                            <legend>{item.text}</legend>
                            <div class="scale">
                                {RATING_LABELS.iter().enumerate().map(|(i, label)| {
                                    let n = i as u8 + 1;
                                    let id = format!("interest-{key}-{n}");
                                    view! {
                                        <span class="scale-choice">
                                            <input type="radio" id=id.clone() name=format!("interest-{key}") value=n.to_string()
                                                prop:checked=move || rating() == Some(n)
                                                on:change=move |_| live.dispatch(InterestsEdit::Rate(key.to_string(), Some(n)))/>
                                            <label for=id>{*label}</label>
                                        </span>
                                    }
                                }).collect_view()}
                            </div>
                        </fieldset>
                    }
                }).collect_view()}
            </div></Fields>
            {move || {
                let i = interests();
                let scores = i.scores();
                let code = i.code();
                let described = scores.iter().map(|s| format!("{}: {} of 25", s.theme.name(), s.points)).collect::<Vec<_>>().join("; ");
                view! {
                    <div class="interest-result" id="interest-result">
                        <p class="code" aria-live="polite">
                            {match &code {
                                Some((code, tie)) => format!(
                                    "Your three strongest themes: {code}. That is {}; each letter is explained below.{}",
                                    spelled_out(code),
                                    if *tie { " The third place is shared, so another letter could stand there too." } else { "" }
                                ),
                                None => "Answer every item to see your three strongest themes.".to_string(),
                            }}
                        </p>
                        <BarChart name="themes" title="Your interest themes, each out of 25" description=described max=25
                            bars=scores.into_iter().enumerate().map(|(row, s)| Bar {
                                label: s.theme.name().to_string(),
                                value: s.points,
                                shown: s.points.to_string(),
                                class: format!("seg seg-{row}"),
                            }).collect()/>
                        <ul class="theme-lines">
                            {Theme::ALL.into_iter().map(|t| view! { <li><strong>{t.letter().to_string()}</strong>" · "{t.name()}": "{t.line()}</li> }).collect_view()}
                        </ul>
                    </div>
                }
            }}
            <OwnWordsInterests/>
        </section>
    }
}

/// The free list of E6: interests in the person's own words, and what ties them together.
#[component]
fn OwnWordsInterests() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let undo = expect_context::<Undo>();
    let topics = live.select_in(&[Part::Interests], move |w| {
        w.exploration.interests.topics.clone()
    });
    let add = move |text: String| match live.with(|w| w.exploration.interests.refusal(&text)) {
        Some(refusal) => Some(refusal.message()),
        None => {
            live.dispatch(InterestsEdit::AddTopic(text));
            None
        }
    };
    view! {
        <h3 id="own-words">"In your own words"</h3>
        <p class="hint">"Topics, hobbies, causes: anything you lose track of time reading about or doing. One per entry."</p>
        <AddForm id="new-topic" label="Something that fascinates you" button="Add to the list" max_chars=MAX_TOPIC_CHARS on_add=add/>
        {move || topics.with(Vec::is_empty).then(|| view! {
            <p class="empty-state" id="topics-empty">"Nothing listed yet. What did you read about last weekend without being asked to?"</p>
        })}
        <ul class="topic-list" aria-labelledby="own-words">
            <For each=move || topics.get() key=|t| (t.id, t.text.clone()) children=move |t| {
                let id = t.id;
                let label = format!("Remove “{}” from your interests", t.text);
                view! {
                    <li class="topic" id=format!("topic-{id}")>
                        <span>{t.text}</span>
                        <button type="button" class="quiet" aria-label=label on:click=move |_| undo.remove(exploration::Target::Topic(id))>"Remove"</button>
                    </li>
                }
            }/>
        </ul>
        <Fields><LongAnswer id="interests-thread" label="What ties these together?"
            hint="Look across your list and your strongest themes: what runs through them? What would a day built around it look like?"
            value=live.select_in(&[Part::Interests], move |w| w.exploration.interests.common_thread.clone())
            on_input=Callback::new(move |t| live.dispatch(InterestsEdit::SetCommonThread(t))) rows=3/></Fields>
    }
}

/// A code like "SAI" in plain words: "helping, creating and thinking".
fn spelled_out(code: &str) -> String {
    let words: Vec<String> = code
        .chars()
        .filter_map(|letter| Theme::ALL.into_iter().find(|t| t.letter() == letter))
        .map(|t| {
            t.name()
                .split(' ')
                .next()
                .unwrap_or_default()
                .to_lowercase()
        })
        .collect();
    match words.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

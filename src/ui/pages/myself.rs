//! Exploration sections about the person: where they are now (E1), strengths (E5), interests (E6),
//! skills and their map (E7), flow and energy (E8), readiness for change (E9); and the overview of
//! how far each Exploration section has come.

use leptos::prelude::*;

use crate::model::exploration::{Completion, Section};
use crate::model::exploration::interests::{InterestsEdit, Theme, ITEMS, MAX_TOPIC_CHARS, RATING_LABELS};
use crate::model::base::Direction;
use crate::model::exploration::readiness::{Dissatisfaction, ReadinessEdit, ReadinessText};
use crate::model::exploration::situation::{
    FlowText, PastRoleField, Quadrant, SelfEdit, SituationText, SkillField, SkillKind, StrengthField, FEELING_QUESTIONS,
    MAX_SHORT, MAX_STRENGTHS,
};
use crate::model::deeper::DeeperEdit;
use crate::model::{exploration, Id};
use crate::store::LiveWorkbook;
use crate::ui::dom::focus_first;
use crate::ui::widgets::{AddForm, AmountField, Bar, BarChart, LongAnswer, Undo};

fn completion_of(live: LiveWorkbook, section: Section) -> Completion {
    live.with(|w| w.exploration.completion(section, &w.vision))
}

/// A small "Done" / "Started" / "Not started" tag after a section's heading.
#[component]
pub fn SectionStatus(section: Section) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let status = move || completion_of(live, section);
    view! {
        <span class="tag section-status" data-status=move || format!("{:?}", status()).to_lowercase()>
            {move || status().label()}
        </span>
    }
}

/// The overview at the top of the page: overall progress, and a link to each section with its state.
#[component]
pub fn ExplorationProgress() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let progress = move || live.with(|w| w.exploration.progress(&w.vision));
    view! {
        <nav class="card contents" aria-labelledby="contents-heading">
            <h2 id="contents-heading">"In this stage"</h2>
            <p class="progress" id="exploration-progress">
                {move || { let (done, all) = progress(); format!("{done} of {all} sections done.") }}
            </p>
            <progress max=move || progress().1 value=move || progress().0 aria-labelledby="exploration-progress"></progress>
            <ol class="contents-list">
                {Section::ALL.into_iter().map(|section| view! {
                    <li>
                        <a href="#" on:click=move |ev| {
                            // The fragment holds the route, so move focus to the section instead.
                            ev.prevent_default();
                            focus_first(&format!("#{}", section.anchor()));
                        }>{section.title()}</a>
                        " "
                        <SectionStatus section=section/>
                    </li>
                }).collect_view()}
            </ol>
        </nav>
    }
}

fn situation_label(field: SituationText) -> &'static str {
    match field {
        SituationText::Role => "Your role",
        SituationText::Organisation => "Organisation",
        SituationText::Tenure => "How long you have been there",
        SituationText::Education => "Your education and training",
        SituationText::Structure => "How the work is structured: hours, team, who decides what",
        SituationText::Culture => "The culture: what is rewarded, what is frowned upon",
        SituationText::KeyPeople => "The key people around you",
        SituationText::Likes => "What do you like about it?",
        SituationText::Dislikes => "What do you dislike about it?",
    }
}

#[component]
pub fn SituationSection() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let undo = expect_context::<Undo>();
    let text = move |field: SituationText| {
        Signal::derive(move || live.with(|w| field.get(&w.exploration.situation).to_string()))
    };
    let set = move |field: SituationText| Callback::new(move |t| live.dispatch(SelfEdit::Situation(field, t)));
    let roles = Memo::new(move |_| live.with(|w| w.exploration.situation.past_roles.iter().map(|r| r.id).collect::<Vec<_>>()));
    let feelings = Memo::new(move |_| live.with(|w| w.exploration.situation.feelings.iter().map(|f| f.id).collect::<Vec<_>>()));
    let short = |field: SituationText| {
        let id = format!("situation-{}", field.key());
        view! {
            <div class="field">
                <label for=id.clone()>{situation_label(field)}</label>
                <input type="text" id=id maxlength=MAX_SHORT prop:value=move || text(field).get()
                    on:input=move |ev| set(field).run(event_target_value(&ev))/>
            </div>
        }
    };
    view! {
        <section aria-labelledby="situation" class="card">
            <h2 id="situation" tabindex="-1">"Where you are now" <SectionStatus section=Section::Situation/></h2>
            <p class="hint">"A clear look at the present, before any plans: the facts first, then how it feels."</p>
            <div class="field-row">
                {short(SituationText::Role)}
                {short(SituationText::Organisation)}
                {short(SituationText::Tenure)}
            </div>
            {[SituationText::Education, SituationText::Structure, SituationText::Culture, SituationText::KeyPeople, SituationText::Likes, SituationText::Dislikes]
                .into_iter()
                .map(|field| view! {
                    <LongAnswer id=format!("situation-{}", field.key()) label=situation_label(field) value=text(field) on_input=set(field) rows=2/>
                })
                .collect_view()}
            <fieldset class="field subsection">
                <legend>"Past roles"</legend>
                <ol class="plain-rows">
                    <For each=move || roles.get() key=|id| *id children=move |id: Id| {
                        let read = move || live.with(|w| w.exploration.situation.past_roles.iter().find(|r| r.id == id).cloned().unwrap_or_default());
                        let position = Memo::new(move |_| roles.with(|r| r.iter().position(|x| *x == id)));
                        let field = move |key: &'static str, label: &'static str, get: fn(&crate::model::exploration::situation::PastRole) -> String, make: fn(String) -> PastRoleField| {
                            let input_id = format!("past-{id}-{key}");
                            view! {
                                <div class="field">
                                    <label for=input_id.clone()>{label}</label>
                                    <input type="text" id=input_id maxlength=MAX_SHORT prop:value=move || get(&read())
                                        on:input=move |ev| live.dispatch(SelfEdit::SetPastRole(id, make(event_target_value(&ev))))/>
                                </div>
                            }
                        };
                        view! {
                            <li class="past-role">
                                <div class="field-row">
                                    {field("title", "Role", |r| r.title.clone(), PastRoleField::Title)}
                                    {field("organisation", "Where", |r| r.organisation.clone(), PastRoleField::Organisation)}
                                    {field("years", "When", |r| r.years.clone(), PastRoleField::Years)}
                                </div>
                                <div class="row-actions">
                                    <button type="button" class="quiet" aria-label=move || format!("Move “{}” up", read().title) disabled=move || position.get() == Some(0)
                                        on:click=move |_| live.dispatch(SelfEdit::MovePastRole(id, Direction::Up))>"↑"</button>
                                    <button type="button" class="quiet" aria-label=move || format!("Move “{}” down", read().title)
                                        disabled=move || position.get().map(|p| p + 1) == Some(roles.with(Vec::len))
                                        on:click=move |_| live.dispatch(SelfEdit::MovePastRole(id, Direction::Down))>"↓"</button>
                                    <button type="button" class="quiet" aria-label=move || format!("Remove the role “{}”", read().title)
                                        on:click=move |_| undo.remove(exploration::Target::PastRole(id))>"Remove"</button>
                                </div>
                            </li>
                        }
                    }/>
                </ol>
                <button type="button" id="add-past-role" on:click=move |_| live.dispatch(SelfEdit::AddPastRole)>"Add a past role"</button>
            </fieldset>
            <fieldset class="field subsection">
                <legend>"From feeling to reasons"</legend>
                <p class="hint">
                    "Start with how it feels, in your own words (“I dread Mondays”). Then let the questions \
                     help you find the reasons underneath."
                </p>
                <ul class="questions">{FEELING_QUESTIONS.iter().map(|q| view! { <li>{*q}</li> }).collect_view()}</ul>
                <For each=move || feelings.get() key=|id| *id children=move |id: Id| {
                    let read = move || live.with(|w| w.exploration.situation.feelings.iter().find(|f| f.id == id).cloned().unwrap_or_default());
                    view! {
                        <div class="sub-item feeling">
                            <LongAnswer id=format!("feeling-{id}-feeling") label="The feeling" value=Signal::derive(move || read().feeling)
                                on_input=Callback::new(move |t| live.dispatch(SelfEdit::SetFeeling { id, feeling: Some(t), reasons: None })) rows=1/>
                            <LongAnswer id=format!("feeling-{id}-reasons") label="The reasons, as you see them now" value=Signal::derive(move || read().reasons)
                                on_input=Callback::new(move |t| live.dispatch(SelfEdit::SetFeeling { id, feeling: None, reasons: Some(t) })) rows=3/>
                            <button type="button" class="quiet" aria-label="Remove this feeling" on:click=move |_| undo.remove(exploration::Target::Feeling(id))>"Remove"</button>
                        </div>
                    }
                }/>
                <button type="button" id="add-feeling" on:click=move |_| live.dispatch(SelfEdit::AddFeeling)>"Add a feeling"</button>
            </fieldset>
        </section>
    }
}

#[component]
pub fn StrengthsSection() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let undo = expect_context::<Undo>();
    let strengths = Memo::new(move |_| live.with(|w| w.exploration.strengths.iter().map(|s| s.id).collect::<Vec<_>>()));
    view! {
        <section aria-labelledby="strengths" class="card">
            <h2 id="strengths" tabindex="-1">"Your strengths" <SectionStatus section=Section::Strengths/></h2>
            <p class="hint">
                {format!("Up to {MAX_STRENGTHS}: what you do well, with a time you did it. Evidence turns a hunch into something you can say in an interview.")}
            </p>
            <For each=move || strengths.get() key=|id| *id children=move |id: Id| {
                let read = move || live.with(|w| w.exploration.strengths.iter().find(|s| s.id == id).cloned().unwrap_or_default());
                let name_id = format!("strength-{id}-name");
                let energy_id = format!("strength-{id}-energy");
                view! {
                    <div class="sub-item strength">
                        <div class="field-row">
                            <div class="field">
                                <label for=name_id.clone()>"Strength"</label>
                                <input type="text" id=name_id maxlength=MAX_SHORT prop:value=move || read().name
                                    on:input=move |ev| live.dispatch(SelfEdit::SetStrength(id, StrengthField::Name(event_target_value(&ev))))/>
                            </div>
                            <div class="field">
                                <label for=energy_id.clone()>"How energising is using it?"</label>
                                <select id=energy_id on:change=move |ev| live.dispatch(SelfEdit::SetStrength(id, StrengthField::Energy(event_target_value(&ev).parse().ok())))>
                                    <option value="" selected=move || read().energy.is_none()>"Not rated"</option>
                                    {[(1u8, "1 · draining"), (2, "2"), (3, "3 · neutral"), (4, "4"), (5, "5 · energising")].into_iter().map(|(n, label)| view! {
                                        <option value=n.to_string() selected=move || read().energy == Some(n)>{label}</option>
                                    }).collect_view()}
                                </select>
                            </div>
                        </div>
                        <LongAnswer id=format!("strength-{id}-evidence") label="A time when you used it" value=Signal::derive(move || read().evidence)
                            on_input=Callback::new(move |t| live.dispatch(SelfEdit::SetStrength(id, StrengthField::Evidence(t)))) rows=2/>
                        <button type="button" class="quiet" aria-label=move || format!("Remove the strength “{}”", read().name)
                            on:click=move |_| undo.remove(exploration::Target::Strength(id))>"Remove"</button>
                    </div>
                }
            }/>
            <button type="button" id="add-strength" disabled=move || strengths.with(|s| s.len() >= MAX_STRENGTHS)
                on:click=move |_| live.dispatch(SelfEdit::AddStrength)>"Add a strength"</button>
        </section>
    }
}

#[component]
pub fn InterestsSection() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let interests = move || live.with(|w| w.exploration.interests.clone());
    let answered = move || live.with(|w| w.exploration.interests.answered());
    view! {
        <section aria-labelledby="interests" class="card">
            <h2 id="interests" tabindex="-1">"Your interests" <SectionStatus section=Section::Interests/></h2>
            <p class="hint">
                "How would you feel about spending part of a working day on each of these? The six themes \
                 follow a well-known way of grouping interests. This is a reflection aid, not a validated \
                 test: treat the result as a question, not a verdict."
            </p>
            <p class="progress">{move || format!("{} of {} answered.", answered(), ITEMS.len())}</p>
            <div class="interest-items">
                {ITEMS.iter().map(|item| {
                    let key = item.key;
                    let rating = move || live.with(|w| w.exploration.interests.rating(key));
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
            </div>
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
                                    "Your three strongest themes: {code}.{}",
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
    let topics = Memo::new(move |_| live.with(|w| w.exploration.interests.topics.clone()));
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
        <LongAnswer id="interests-thread" label="What ties these together?"
            hint="Look across your list and your strongest themes: what runs through them? What would a day built around it look like?"
            value=Signal::derive(move || live.with(|w| w.exploration.interests.common_thread.clone()))
            on_input=Callback::new(move |t| live.dispatch(InterestsEdit::SetCommonThread(t))) rows=3/>
    }
}

fn quadrant_hint(q: Quadrant) -> &'static str {
    match q {
        Quadrant::Motivated => "Build your next role around these.",
        Quadrant::Develop => "You enjoy them: worth growing.",
        Quadrant::BurnoutRisk => "Good at them, but they drain you.",
        Quadrant::LetGo => "Let these go where you can.",
    }
}

#[component]
pub fn SkillsSection() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let undo = expect_context::<Undo>();
    let skills = Memo::new(move |_| live.with(|w| w.exploration.skills.iter().map(|s| s.id).collect::<Vec<_>>()));
    let kind = RwSignal::new(SkillKind::Transferable);
    let add = move |name: String| {
        if name.trim().is_empty() {
            return Some("Name the skill, for example “Planning rotas”.".to_string());
        }
        live.dispatch(SelfEdit::AddSkill { name, kind: kind.get_untracked() });
        None
    };
    let levels = |labels: [&'static str; 5]| labels.into_iter().enumerate().map(|(i, l)| (i as u8 + 1, l)).collect::<Vec<_>>();
    view! {
        <section aria-labelledby="skills" class="card">
            <h2 id="skills" tabindex="-1">"Your skills" <SectionStatus section=Section::Skills/></h2>
            <p class="hint">
                "Transferable skills travel with you (planning, explaining, calming people down); technical \
                 ones belong to a field. Rate each for how good you are and how much you enjoy using it."
            </p>
            <AddForm id="new-skill" label="A skill" button="Add skill" max_chars=MAX_SHORT on_add=add>
                <div class="field">
                    <label for="new-skill-kind">"Kind"</label>
                    <select id="new-skill-kind" on:change=move |ev| kind.set(if event_target_value(&ev) == "technical" { SkillKind::Technical } else { SkillKind::Transferable })>
                        <option value="transferable">"Transferable"</option>
                        <option value="technical">"Technical"</option>
                    </select>
                </div>
            </AddForm>
            <SkillMap/>
            <ul class="skill-list">
                <For each=move || skills.get() key=|id| *id children=move |id: Id| {
                    let read = move || live.with(|w| w.exploration.skills.iter().find(|s| s.id == id).cloned().unwrap_or_default());
                    let (p_id, e_id) = (format!("skill-{id}-proficiency"), format!("skill-{id}-enjoyment"));
                    view! {
                        <li class="skill-row" id=format!("skill-{id}") tabindex="-1">
                            <span class="skill-name">{move || read().name}</span>
                            <span class="tag">{move || read().quadrant().label()}</span>
                            <div class="field">
                                <label for=p_id.clone()>"How good"</label>
                                <select id=p_id on:change=move |ev| if let Ok(v) = event_target_value(&ev).parse() { live.dispatch(SelfEdit::SetSkill(id, SkillField::Proficiency(v))) }>
                                    {levels(["1 · beginner", "2", "3 · capable", "4", "5 · expert"]).into_iter().map(|(n, l)| view! {
                                        <option value=n.to_string() selected=move || read().proficiency == n>{l}</option>
                                    }).collect_view()}
                                </select>
                            </div>
                            <div class="field">
                                <label for=e_id.clone()>"How much you enjoy it"</label>
                                <select id=e_id on:change=move |ev| if let Ok(v) = event_target_value(&ev).parse() { live.dispatch(SelfEdit::SetSkill(id, SkillField::Enjoyment(v))) }>
                                    {levels(["1 · dislike", "2", "3 · fine", "4", "5 · love"]).into_iter().map(|(n, l)| view! {
                                        <option value=n.to_string() selected=move || read().enjoyment == n>{l}</option>
                                    }).collect_view()}
                                </select>
                            </div>
                            {move || {
                                let skill = read();
                                let planned = live.with(|w| w.deeper.skill_gaps.iter().any(|g| g.skill.eq_ignore_ascii_case(&skill.name)));
                                (skill.quadrant() == Quadrant::Develop && !planned).then(|| {
                                    let label = format!("Plan to build “{}” in your skill-gap plan", skill.name);
                                    view! {
                                        <button type="button" class="quiet" aria-label=label on:click=move |_| {
                                            let option = live.with(|w| w.deeper.decision.chosen);
                                            live.dispatch(DeeperEdit::AddSkillGap { option, skill: read().name });
                                        }>"Plan to build it"</button>
                                    }
                                })
                            }}
                            <button type="button" class="quiet" aria-label=move || format!("Remove the skill “{}”", read().name)
                                on:click=move |_| undo.remove(exploration::Target::Skill(id))>"Remove"</button>
                        </li>
                    }
                }/>
            </ul>
        </section>
    }
}

/// The 2×2 map: proficiency across, enjoyment up. Each point is focusable and names its skill; Enter
/// takes the focus to the skill's row to change it.
#[component]
fn SkillMap() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let skills = move || live.with(|w| w.exploration.skills.clone());
    move || {
        let skills = skills();
        if skills.is_empty() {
            return None;
        }
        // 1–5 on each axis, placed so that 1–2 fall in the low half and 3–5 (which count as high) in
        // the high half of a 400 px square.
        let at = |v: u8| [45.0, 135.0, 235.0, 300.0, 362.0][usize::from(v.clamp(1, 5) - 1)];
        // Skills on the same spot fan out a little so each stays visible and reachable.
        let mut seen: Vec<(u8, u8)> = Vec::new();
        let points = skills.into_iter().map(|s| {
            let same = seen.iter().filter(|p| **p == (s.proficiency, s.enjoyment)).count() as f64;
            seen.push((s.proficiency, s.enjoyment));
            let (x, y) = (at(s.proficiency) + same * 9.0, 400.0 - at(s.enjoyment) + same * 9.0);
            let label = format!("{}: proficiency {} of 5, enjoyment {} of 5, {}", s.name, s.proficiency, s.enjoyment, s.quadrant().label().to_lowercase());
            let row = format!("#skill-{}", s.id);
            view! {
                <g class="skill-point" tabindex="0" role="img" aria-label=label
                    on:keydown=move |ev| if ev.key() == "Enter" { focus_first(&row) }>
                    <circle cx=format!("{x:.1}") cy=format!("{y:.1}") r="9" class=format!("seg seg-{}", s.id.0 % 8)></circle>
                    <text x=format!("{:.1}", x + 12.0) y=format!("{:.1}", y + 4.0) class="point-label">{s.name.clone()}</text>
                </g>
            }
        }).collect_view();
        Some(view! {
            <figure class="skill-map">
                <svg viewBox="0 0 400 400" id="skill-map" aria-labelledby="skill-map-title">
                    <title id="skill-map-title">"Your skills by proficiency (across) and enjoyment (up)"</title>
                    <rect x="0" y="0" width="200" height="200" class="quad develop"></rect>
                    <rect x="200" y="0" width="200" height="200" class="quad motivated"></rect>
                    <rect x="0" y="200" width="200" height="200" class="quad let-go"></rect>
                    <rect x="200" y="200" width="200" height="200" class="quad burnout"></rect>
                    <text x="8" y="18" class="quad-label">{Quadrant::Develop.label()}</text>
                    <text x="208" y="18" class="quad-label">{Quadrant::Motivated.label()}</text>
                    <text x="8" y="392" class="quad-label">{Quadrant::LetGo.label()}</text>
                    <text x="208" y="392" class="quad-label">{Quadrant::BurnoutRisk.label()}</text>
                    {points}
                </svg>
                <figcaption>
                    <ul class="quad-hints">
                        {[Quadrant::Motivated, Quadrant::Develop, Quadrant::BurnoutRisk, Quadrant::LetGo].into_iter().map(|q| view! {
                            <li><strong>{q.label()}</strong>": "{quadrant_hint(q)}</li>
                        }).collect_view()}
                    </ul>
                </figcaption>
            </figure>
        })
    }
}

#[component]
pub fn FlowSection() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let text = move |field: FlowText| {
        Signal::derive(move || live.with(|w| field.get(&w.exploration.flow).to_string()))
    };
    let set = move |field: FlowText| Callback::new(move |t| live.dispatch(SelfEdit::Flow(field, t)));
    view! {
        <section aria-labelledby="flow" class="card">
            <h2 id="flow" tabindex="-1">"Flow and energy" <SectionStatus section=Section::Flow/></h2>
            <LongAnswer id="flow-moments" label="When did you last lose track of time while working?" hint="What were you doing, with whom, and what made it absorbing?"
                value=text(FlowText::Moments) on_input=set(FlowText::Moments) rows=3/>
            <LongAnswer id="flow-energisers" label="What gives you energy?" value=text(FlowText::Energisers) on_input=set(FlowText::Energisers) rows=2/>
            <LongAnswer id="flow-drainers" label="What drains you?" value=text(FlowText::Drainers) on_input=set(FlowText::Drainers) rows=2/>
        </section>
    }
}

#[component]
pub fn ReadinessSection() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let readiness = move || live.with(|w| w.exploration.readiness.clone());
    let text = move |field: ReadinessText| {
        Signal::derive(move || live.with(|w| field.get(&w.exploration.readiness).to_string()))
    };
    let set = move |field: ReadinessText| Callback::new(move |t| live.dispatch(ReadinessEdit::SetText(field, t)));
    view! {
        <section aria-labelledby="readiness" class="card">
            <h2 id="readiness" tabindex="-1">"Readiness for change" <SectionStatus section=Section::Readiness/></h2>
            <p class="hint">"Not a test of whether you are ready: a few honest questions, reflected back to you."</p>
            <fieldset class="field">
                <legend>"Where does the dissatisfaction come from? Choose any."</legend>
                {Dissatisfaction::ALL.into_iter().map(|d| {
                    let id = format!("source-{}", d.key());
                    view! {
                        <div class="choice">
                            <input type="checkbox" id=id.clone() prop:checked=move || readiness().sources.contains(&d)
                                on:change=move |ev| live.dispatch(ReadinessEdit::SetSource(d, event_target_checked(&ev)))/>
                            <label for=id>{d.label()}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <div class="field-row">
                <AmountField id="readiness-savings" label="Savings you could draw on" example="12000"
                    value=Signal::derive(move || readiness().savings)
                    on_change=Callback::new(move |v| live.dispatch(ReadinessEdit::SetSavings(v)))/>
                <AmountField id="readiness-costs" label="Your costs each month" example="2000"
                    value=Signal::derive(move || readiness().monthly_costs)
                    on_change=Callback::new(move |v| live.dispatch(ReadinessEdit::SetMonthlyCosts(v)))/>
            </div>
            <p class="runway" id="readiness-runway" aria-live="polite">
                {move || readiness().runway().map(|m| format!("Runway: about {m} months."))}
            </p>
            <div class="field">
                <label for="readiness-uncertainty">"How comfortable are you with not knowing what comes next? (1 to 10)"</label>
                <select id="readiness-uncertainty" on:change=move |ev| live.dispatch(ReadinessEdit::SetUncertainty(event_target_value(&ev).parse().ok()))>
                    <option value="" selected=move || readiness().uncertainty.is_none()>"Not rated"</option>
                    {(1..=10u8).map(|n| view! { <option value=n.to_string() selected=move || readiness().uncertainty == Some(n)>{n}</option> }).collect_view()}
                </select>
            </div>
            <LongAnswer id="readiness-responsibilities" label="What responsibilities do you carry?" hint="People who depend on you, commitments, a mortgage."
                value=text(ReadinessText::Responsibilities) on_input=set(ReadinessText::Responsibilities) rows=2/>
            <LongAnswer id="readiness-support" label="Who supports you?" value=text(ReadinessText::Support) on_input=set(ReadinessText::Support) rows=2/>
            <div class="reflections" aria-live="polite" id="readiness-reflections">
                {move || readiness().reflections().into_iter().map(|q| view! { <p class="next-step">{q}</p> }).collect_view()}
            </div>
        </section>
    }
}

//! E7: the skills inventory and its 2×2 map of proficiency and enjoyment.

use leptos::prelude::*;

use crate::model::deeper::DeeperEdit;
use crate::model::exploration::about_you::SelfEdit;
use crate::model::exploration::situation::MAX_SHORT;
use crate::model::exploration::skills::{skill_refusal, Quadrant, Skill, SkillField, SkillKind};
use crate::model::exploration::Section;
use crate::model::Part;
use crate::model::{exploration, Id};
use crate::store::LiveWorkbook;
use crate::ui::dom::focus_first;
use crate::ui::widgets::{AddForm, Fields, ListWindow, ShowMore, Undo};

use super::overview::SectionStatus;

fn quadrant_hint(q: Quadrant) -> &'static str {
    match q {
        Quadrant::Motivated => {
            "Strong and enjoyed: how much of your next role would you like built on these?"
        }
        Quadrant::Develop => "You enjoy these: which of them, if any, would you like to grow?",
        Quadrant::BurnoutRisk => {
            "Strong, yet they drain you: how much of them do you want to keep doing?"
        }
        Quadrant::LetGo => {
            "Neither strong nor enjoyed: could any of them take a smaller place in your work?"
        }
    }
}

#[component]
pub fn SkillsSection() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let undo = expect_context::<Undo>();
    let skills = live.select_in(&[Part::Skills], move |w| {
        w.exploration
            .skills
            .iter()
            .map(|s| s.id)
            .collect::<Vec<_>>()
    });
    let kind = RwSignal::new(SkillKind::Transferable);
    let window = ListWindow::new(skills);
    let add = move |name: String| match live.with(|w| skill_refusal(&w.exploration.skills, &name)) {
        Some(refusal) => Some(refusal.message()),
        None => {
            live.dispatch(SelfEdit::AddSkill {
                name,
                kind: kind.get_untracked(),
            });
            None
        }
    };
    let levels = |labels: [&'static str; 5]| {
        labels
            .into_iter()
            .enumerate()
            .map(|(i, l)| (i as u8 + 1, l))
            .collect::<Vec<_>>()
    };
    view! {
        <section aria-labelledby="skills" class="card">
            <h2 id="skills" tabindex="-1">"Your skills" <SectionStatus section=Section::Skills/></h2>
            <p class="hint">
                "Transferable skills travel with you (planning, explaining, calming people down); technical \
                 ones belong to a field. Count skills from everywhere, not only paid work: volunteering, \
                 caring for someone, study, hobbies. Rate each for how good you are and how much you enjoy \
                 using it."
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
                <For each=move || window.shown() key=|id| *id children=move |id: Id| {
                    let read = live.select_in(&[Part::Skills], move |w| w.exploration.skills.iter().find(|s| s.id == id).cloned().unwrap_or_default());
                    let read = move || read.get();
                    let planned = live.select_in(&[Part::Skills, Part::SkillGaps], move |w| {
                        let name = w.exploration.skills.iter().find(|s| s.id == id).map(|s| s.name.as_str()).unwrap_or_default();
                        w.deeper.skill_gaps.iter().any(|g| g.skill.eq_ignore_ascii_case(name))
                    });
                    let (p_id, e_id) = (format!("skill-{id}-proficiency"), format!("skill-{id}-enjoyment"));
                    view! {
                        <li class="skill-row" id=format!("skill-{id}") tabindex="-1" on:focusin=move |_| window.pin(id)><Fields>
                            <span class="skill-name">{move || read().name}</span>
                            <span class="tag">{move || read().quadrant().map_or("Not rated yet", Quadrant::label)}</span>
                            <div class="field">
                                <label for=p_id.clone()>"How good"</label>
                                <select id=p_id on:change=move |ev| live.dispatch(SelfEdit::SetSkill(id, SkillField::Proficiency(event_target_value(&ev).parse().ok())))>
                                    <option value="" selected=move || read().proficiency.is_none()>"Not rated"</option>
                                    {levels(["1 · beginner", "2", "3 · capable", "4", "5 · expert"]).into_iter().map(|(n, l)| view! {
                                        <option value=n.to_string() selected=move || read().proficiency == Some(n)>{l}</option>
                                    }).collect_view()}
                                </select>
                            </div>
                            <div class="field">
                                <label for=e_id.clone()>"How much you enjoy it"</label>
                                <select id=e_id on:change=move |ev| live.dispatch(SelfEdit::SetSkill(id, SkillField::Enjoyment(event_target_value(&ev).parse().ok())))>
                                    <option value="" selected=move || read().enjoyment.is_none()>"Not rated"</option>
                                    {levels(["1 · dislike", "2", "3 · fine", "4", "5 · love"]).into_iter().map(|(n, l)| view! {
                                        <option value=n.to_string() selected=move || read().enjoyment == Some(n)>{l}</option>
                                    }).collect_view()}
                                </select>
                            </div>
                            {move || {
                                let skill = read();
                                let planned = planned.get();
                                (skill.quadrant() == Some(Quadrant::Develop) && !planned).then(|| {
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
                        </Fields></li>
                    }
                }/>
            </ul>
            <ShowMore window=window id="skills-shown" noun=("skill", "skills") focus=|id| format!("#skill-{id}-proficiency")/>
        </section>
    }
}

/// The 2×2 map: proficiency across, enjoyment up. Each point is focusable and names its skill; Enter
/// takes the focus to the skill's row to change it.
#[component]
fn SkillMap() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let skills = live.select_in(&[Part::Skills], move |w| w.exploration.skills.clone());
    let skills = move || skills.get();
    move || {
        let all = skills();
        // Only rated skills have a place on the map; the others are counted beneath it.
        let unrated = all.iter().filter(|s| s.quadrant().is_none()).count();
        let skills: Vec<(Skill, u8, u8, Quadrant)> = all
            .into_iter()
            .filter_map(|s| {
                Some((s.proficiency?, s.enjoyment?, s.quadrant()?)).map(|(p, e, q)| (s, p, e, q))
            })
            .collect();
        if skills.is_empty() && unrated == 0 {
            return None;
        }
        // 1–5 on each axis, placed so that 1–2 fall in the low half and 3–5 (which count as high) in
        // the high half of a 400 px square.
        let at = |v: u8| [45.0, 135.0, 235.0, 300.0, 362.0][usize::from(v.clamp(1, 5) - 1)];
        // Skills on the same spot fan out a little so each stays visible and reachable.
        let mut seen: Vec<(u8, u8)> = Vec::new();
        let points = skills.into_iter().map(|(s, proficiency, enjoyment, quadrant)| {
            let same = seen.iter().filter(|p| **p == (proficiency, enjoyment)).count() as f64;
            seen.push((proficiency, enjoyment));
            let (x, y) = (at(proficiency) + same * 9.0, 400.0 - at(enjoyment) + same * 9.0);
            let label = format!("{}: proficiency {proficiency} of 5, enjoyment {enjoyment} of 5, {}", s.name, quadrant.label().to_lowercase());
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
                    {(unrated > 0).then(|| view! {
                        <p class="hint" id="skills-unrated">{format!(
                            "{} not on the map yet: rate how good you are and how much you enjoy it to place it.",
                            if unrated == 1 { "One skill is".to_string() } else { format!("{unrated} skills are") }
                        )}</p>
                    })}
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

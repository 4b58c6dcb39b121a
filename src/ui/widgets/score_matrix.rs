//! The score matrix widget (R3 now, C1 later): criteria with weights, a keyboard grid of 1–10 scores,
//! live totals and ranking, how firm the lead is, gut feelings beside the numbers, and a chart.
//! It knows nothing of career options: the page passes the things to compare and receives edits.

use leptos::prelude::*;

use super::field::Fields;
use crate::model::base::matrix::{
    MatrixEdit, Ranked, ScoreMatrix, Sensitivity, Total, MAX_CRITERION_CHARS, MAX_SCORE,
    MAX_WEIGHT, MIN_SCORE, MIN_WEIGHT,
};
use crate::model::base::Direction;
use crate::model::Id;
use crate::ui::dom::{focus_first, moved_keep_focus};
use crate::ui::widgets::AddForm;

/// How the page names the things compared, in running text.
#[derive(Clone, Copy)]
pub struct MatrixWords {
    /// "option"
    pub thing: &'static str,
    /// "options"
    pub things: &'static str,
    /// "an option"
    pub a_thing: &'static str,
}

/// A total as shown everywhere (grid, ranking, chart): one decimal on a 0–100 scale.
pub fn total_text(total: &Total) -> String {
    total
        .percent()
        .map_or_else(|| "–".to_string(), |p| format!("{p:.1}"))
}

fn weight_label(weight: u8) -> String {
    match weight {
        1 => "1 · a little".into(),
        3 => "3 · matters".into(),
        5 => "5 · essential".into(),
        w => w.to_string(),
    }
}

fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (1, 11) | (2, 12) | (3, 13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

fn join_names(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

#[component]
pub fn ScoreMatrixView(
    /// Prefix of every element id, so two matrices can share a page.
    id_prefix: &'static str,
    words: MatrixWords,
    /// The things compared, with their display names, in the person's order.
    #[prop(into)]
    things: Signal<Vec<(Id, String)>>,
    #[prop(into)] matrix: Signal<ScoreMatrix>,
    #[prop(into)] on_edit: Callback<MatrixEdit>,
    /// Removing a criterion goes through the page, which offers undo.
    #[prop(into)]
    on_remove_criterion: Callback<Id>,
    /// Criteria the page suggests (for options: the top values from the card sort), shown as one-tap
    /// additions when not yet in the list.
    #[prop(into, optional)]
    suggestions: Option<Signal<Vec<String>>>,
    /// What the suggestions are, as a lead-in: "From your top values:".
    #[prop(optional)]
    suggestions_label: &'static str,
) -> impl IntoView {
    let thing_ids =
        Memo::new(move |_| things.with(|t| t.iter().map(|(id, _)| *id).collect::<Vec<_>>()));
    let criterion_ids =
        Memo::new(move |_| matrix.with(|m| m.criteria.iter().map(|c| c.id).collect::<Vec<_>>()));
    let name_of = move |id: Id| {
        things.with(|t| {
            t.iter()
                .find(|(i, _)| *i == id)
                .map(|(_, n)| n.clone())
                .unwrap_or_default()
        })
    };
    let criterion_name = move |id: Id| {
        matrix
            .with(|m| {
                m.criterion(id)
                    .map(|c| c.name.trim().to_string())
                    .filter(|n| !n.is_empty())
            })
            .unwrap_or_else(|| "Unnamed criterion".into())
    };
    let ranking = Memo::new(move |_| matrix.with(|m| m.ranking(&thing_ids.get())));
    let total_of = move |id: Id| ranking.with(|r| r.iter().find(|x| x.total.thing == id).copied());

    // The cell the keyboard and the score buttons act on. Falls back to the first cell.
    let chosen_cell = RwSignal::new(None::<(Id, Id)>);
    let active = Memo::new(move |_| {
        let (criteria, things) = (criterion_ids.get(), thing_ids.get());
        match chosen_cell.get() {
            Some((c, t)) if criteria.contains(&c) && things.contains(&t) => Some((c, t)),
            _ => Some((*criteria.first()?, *things.first()?)),
        }
    });
    let announcement = RwSignal::new(String::new());
    let cell_id = move |c: Id, t: Id| format!("{id_prefix}-cell-{c}-{t}");

    let set_score = move |criterion: Id, thing: Id, score: Option<u8>| {
        on_edit.run(MatrixEdit::SetScore {
            thing,
            criterion,
            score,
        });
        let total = total_of(thing)
            .map(|r| total_text(&r.total))
            .unwrap_or_default();
        let said = match score {
            Some(s) => format!("{s} of 10"),
            None => "no score".into(),
        };
        announcement.set(format!(
            "{} for {}: {said}. Total for {} now {total}.",
            criterion_name(criterion),
            name_of(thing),
            name_of(thing)
        ));
    };

    let on_grid_key = move |ev: leptos::ev::KeyboardEvent| {
        let Some((c, t)) = active.get_untracked() else {
            return;
        };
        let (criteria, things) = (criterion_ids.get_untracked(), thing_ids.get_untracked());
        let (Some(row), Some(col)) = (
            criteria.iter().position(|x| *x == c),
            things.iter().position(|x| *x == t),
        ) else {
            return;
        };
        let current = matrix.with_untracked(|m| m.score(t, c));
        let key = ev.key();
        let moved_to = match key.as_str() {
            "ArrowUp" => Some((row.saturating_sub(1), col)),
            "ArrowDown" => Some(((row + 1).min(criteria.len() - 1), col)),
            "ArrowLeft" => Some((row, col.saturating_sub(1))),
            "ArrowRight" => Some((row, (col + 1).min(things.len() - 1))),
            "Home" if ev.ctrl_key() => Some((0, 0)),
            "End" if ev.ctrl_key() => Some((criteria.len() - 1, things.len() - 1)),
            "Home" => Some((row, 0)),
            "End" => Some((row, things.len() - 1)),
            _ => None,
        };
        if let Some((r, k)) = moved_to {
            ev.prevent_default();
            let (nc, nt) = (criteria[r], things[k]);
            chosen_cell.set(Some((nc, nt)));
            focus_first(&format!("#{}", cell_id(nc, nt)));
            return;
        }
        let score = match key.as_str() {
            digit if digit.len() == 1 && digit.as_bytes()[0].is_ascii_digit() => {
                let n = digit.as_bytes()[0] - b'0';
                Some(Some(if n == 0 { MAX_SCORE } else { n }))
            }
            "Delete" | "Backspace" => Some(None),
            "+" | "=" => Some(Some(current.map_or(MIN_SCORE, |s| (s + 1).min(MAX_SCORE)))),
            "-" | "_" => Some(Some(
                current.map_or(MIN_SCORE, |s| s.saturating_sub(1).max(MIN_SCORE)),
            )),
            _ => None,
        };
        if let Some(score) = score {
            ev.prevent_default();
            set_score(c, t, score);
        }
    };

    let add_criterion = move |name: String| {
        if let Some(refused) = matrix.with_untracked(|m| m.criterion_refusal(&name)) {
            return Some(refused.message());
        }
        on_edit.run(MatrixEdit::AddCriterion(name));
        None
    };

    let sensitivity_text = move || {
        let ids = thing_ids.get();
        let result = matrix.with(|m| m.sensitivity(&ids));
        match result {
            Sensitivity::NothingToCompare => format!(
                "Score at least two {} to see how firm the ranking is.",
                words.things
            ),
            Sensitivity::SharedLead { leaders } => {
                let names: Vec<String> = leaders.into_iter().map(name_of).collect();
                format!(
                    "{} share the lead. Is there a criterion you would weigh differently to tell them \
                     apart, and does that feel true to you?",
                    join_names(&names)
                )
            }
            Sensitivity::Changes {
                leader,
                criterion,
                from,
                to,
                leaders,
            } => {
                let change = format!(
                    "changing the weight of “{}” from {from} to {to}",
                    criterion_name(criterion)
                );
                let others: Vec<String> = leaders
                    .iter()
                    .filter(|id| **id != leader)
                    .map(|id| name_of(*id))
                    .collect();
                if leaders.contains(&leader) {
                    format!(
                        "A close call: {change} would put {} level with {}. How sure are you of that weight?",
                        join_names(&others),
                        name_of(leader)
                    )
                } else {
                    format!(
                        "A close call: {change} would put {} ahead of {}. How sure are you of that weight?",
                        join_names(&others),
                        name_of(leader)
                    )
                }
            }
            Sensitivity::Holds { leader } => format!(
                "{} leads, and the lead holds under any single change of a weight by up to 2.",
                name_of(leader)
            ),
        }
    };

    let gut_question = move || {
        let ids = thing_ids.get();
        matrix.with(|m| m.gut_contrast(&ids)).map(|contrast| {
            format!(
                "Your gut favours {}, while the numbers put {} first. What might the numbers be missing? \
                 Or what is your gut telling you that you have not written down yet?",
                name_of(contrast.gut_favourite),
                name_of(contrast.logic_leader)
            )
        })
    };

    let grid_caption = format!("{id_prefix}-grid-caption");
    let grid_hint = format!("{id_prefix}-grid-hint");

    view! {
        <div class="score-matrix">
            <h3 id=format!("{id_prefix}-criteria-heading")>"What matters in this choice"</h3>
            <p class="hint">
                "Each criterion is phrased so that more is better. Weigh each from 1 (a little) to 5 \
                 (essential). Rename, reorder or remove any of them, and add your own."
            </p>
            <ol class="criteria-list" aria-labelledby=format!("{id_prefix}-criteria-heading")>
                <For
                    each=move || criterion_ids.get()
                    key=|id| *id
                    children=move |id: Id| {
                        let name_id = format!("{id_prefix}-criterion-{id}");
                        let weight_id = format!("{id_prefix}-weight-{id}");
                        let button_id = move |way: &str| format!("{id_prefix}-criterion-{id}-{way}");
                        let moved = move |up| moved_keep_focus((&button_id("up"), &button_id("down")), up);
                        let name = move || matrix.with(|m| m.criterion(id).map(|c| c.name.clone()).unwrap_or_default());
                        let weight = move || matrix.with(|m| m.criterion(id).map_or(0, |c| c.weight));
                        let position = move || criterion_ids.with(|c| c.iter().position(|x| *x == id));
                        let is_first = move || position() == Some(0);
                        let is_last = move || position().map(|p| p + 1) == Some(criterion_ids.with(Vec::len));
                        view! {
                            <li class="criterion-row"><Fields>
                                <div class="criterion-name">
                                    <label class="visually-hidden" for=name_id.clone()>
                                        {move || format!("Criterion {}", position().map_or(0, |p| p + 1))}
                                    </label>
                                    <input
                                        type="text"
                                        id=name_id
                                        maxlength=MAX_CRITERION_CHARS
                                        prop:value=name
                                        on:input=move |ev| on_edit.run(MatrixEdit::RenameCriterion(id, event_target_value(&ev)))
                                    />
                                </div>
                                <div class="criterion-weight">
                                    <label for=weight_id.clone()>"Weight"</label>
                                    <select
                                        id=weight_id
                                        on:change=move |ev| {
                                            if let Ok(w) = event_target_value(&ev).parse::<u8>() {
                                                on_edit.run(MatrixEdit::SetWeight(id, w));
                                            }
                                        }
                                    >
                                        {(MIN_WEIGHT..=MAX_WEIGHT)
                                            .map(|w| view! {
                                                <option value=w.to_string() selected=move || weight() == w>
                                                    {weight_label(w)}
                                                </option>
                                            })
                                            .collect_view()}
                                    </select>
                                </div>
                                <div class="criterion-actions">
                                    <button
                                        type="button"
                                        class="quiet"
                                        id=button_id("up")
                                        aria-label=move || format!("Move “{}” up", criterion_name(id))
                                        disabled=is_first
                                        on:click=move |_| {
                                            on_edit.run(MatrixEdit::MoveCriterion(id, Direction::Up));
                                            moved(true);
                                        }
                                    >"↑"</button>
                                    <button
                                        type="button"
                                        class="quiet"
                                        id=button_id("down")
                                        aria-label=move || format!("Move “{}” down", criterion_name(id))
                                        disabled=is_last
                                        on:click=move |_| {
                                            on_edit.run(MatrixEdit::MoveCriterion(id, Direction::Down));
                                            moved(false);
                                        }
                                    >"↓"</button>
                                    <button
                                        type="button"
                                        class="quiet"
                                        aria-label=move || format!("Remove “{}”", criterion_name(id))
                                        on:click=move |_| on_remove_criterion.run(id)
                                    >"Remove"</button>
                                </div>
                            </Fields></li>
                        }
                    }
                />
            </ol>
            {move || {
                let names: Vec<String> = matrix.with(|m| m.criteria.iter().map(|c| c.name.trim().to_lowercase()).collect());
                let fresh: Vec<String> = suggestions
                    .map(|s| s.get())
                    .unwrap_or_default()
                    .into_iter()
                    .filter(|s| !names.contains(&s.trim().to_lowercase()))
                    .collect();
                (!fresh.is_empty()).then(|| view! {
                    <div class="suggestions" id=format!("{id_prefix}-suggestions")>
                        <p class="hint">{suggestions_label}</p>
                        <ul class="chips">
                            {fresh.into_iter().map(|name| {
                                let label = format!("Add “{name}” as a criterion");
                                let text = format!("+ {name}");
                                view! {
                                    <li>
                                        <button type="button" class="chip-button" aria-label=label
                                            on:click=move |_| on_edit.run(MatrixEdit::AddCriterion(name.clone()))>{text}</button>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </div>
                })
            }}
            <AddForm id=format!("{id_prefix}-new-criterion") label="Add a criterion" button="Add criterion" max_chars=MAX_CRITERION_CHARS on_add=add_criterion/>

            <h3 id=grid_caption.clone()>"Scores"</h3>
            {move || {
                let (criteria, things) = (criterion_ids.with(Vec::len), thing_ids.with(Vec::len));
                (criteria == 0 || things == 0).then(|| view! {
                    <p class="empty-state">
                        {if things == 0 {
                            format!("Add {} above, and its column of scores appears here.", words.a_thing)
                        } else {
                            "Add a criterion to score against.".to_string()
                        }}
                    </p>
                })
            }}
            <div class="matrix-results" hidden=move || criterion_ids.with(Vec::is_empty) || thing_ids.with(Vec::is_empty)>
            <p class="hint" id=grid_hint.clone()>
                "Score each from 1 (poor) to 10 (excellent). With the keyboard: arrow keys move between \
                 cells, 1 to 9 set a score, 0 sets 10, + and − step it, Delete clears it. Or select a cell \
                 and use the buttons below the table."
            </p>
            <div class="grid-scroll">
                <table
                    role="grid"
                    class="score-grid"
                    id=format!("{id_prefix}-grid")
                    aria-labelledby=grid_caption
                    aria-describedby=grid_hint
                    on:keydown=on_grid_key
                >
                    <thead>
                        <tr>
                            <th scope="col">"Criterion (weight)"</th>
                            <For
                                each=move || thing_ids.get()
                                key=|id| *id
                                children=move |t: Id| view! { <th scope="col">{move || name_of(t)}</th> }
                            />
                        </tr>
                    </thead>
                    <tbody>
                        <For
                            each=move || criterion_ids.get()
                            key=|id| *id
                            children=move |c: Id| {
                                let weight = move || matrix.with(|m| m.criterion(c).map_or(0, |x| x.weight));
                                view! {
                                    <tr>
                                        <th scope="row">
                                            {move || criterion_name(c)}
                                            <span class="weight">{move || format!(" ×{}", weight())}</span>
                                        </th>
                                        <For
                                            each=move || thing_ids.get()
                                            key=|id| *id
                                            children=move |t: Id| {
                                                let score = move || matrix.with(|m| m.score(t, c));
                                                let is_active = move || active.get() == Some((c, t));
                                                view! {
                                                    <td
                                                        role="gridcell"
                                                        id=cell_id(c, t)
                                                        class="score-cell"
                                                        class:active=is_active
                                                        tabindex=move || if is_active() { "0" } else { "-1" }
                                                        aria-selected=move || if is_active() { "true" } else { "false" }
                                                        aria-label=move || format!(
                                                            "{}, {}: {}",
                                                            criterion_name(c),
                                                            name_of(t),
                                                            score().map_or_else(|| "not scored".to_string(), |s| format!("{s} of 10"))
                                                        )
                                                        on:focus=move |_| chosen_cell.set(Some((c, t)))
                                                        on:click=move |_| chosen_cell.set(Some((c, t)))
                                                    >
                                                        {move || score().map_or_else(|| "–".to_string(), |s| s.to_string())}
                                                    </td>
                                                }
                                            }
                                        />
                                    </tr>
                                }
                            }
                        />
                    </tbody>
                    <tfoot>
                        <tr>
                            <th scope="row">"Weighted total, of 100"</th>
                            <For
                                each=move || thing_ids.get()
                                key=|id| *id
                                children=move |t: Id| {
                                    let total = move || total_of(t);
                                    view! {
                                        <td class="total-cell" data-thing=t.to_string()>
                                            <strong class="total-value">{move || total().map(|r| total_text(&r.total))}</strong>
                                            {move || total().filter(|r| !r.total.is_complete()).map(|r| view! {
                                                <span class="incomplete">
                                                    {format!("{} of {} scored", r.total.scored, r.total.criteria)}
                                                </span>
                                            })}
                                        </td>
                                    }
                                }
                            />
                        </tr>
                    </tfoot>
                </table>
            </div>
            <div class="score-picker" role="group" aria-labelledby=format!("{id_prefix}-picker-label")>
                <p id=format!("{id_prefix}-picker-label")>
                    {move || match active.get() {
                        Some((c, t)) => format!("Score for {}, {}:", name_of(t), criterion_name(c)),
                        None => "Select a cell to score it:".to_string(),
                    }}
                </p>
                <div class="picker-buttons">
                    {(MIN_SCORE..=MAX_SCORE)
                        .map(|n| view! {
                            <button
                                type="button"
                                class="quiet"
                                aria-pressed=move || {
                                    let pressed = active.get().is_some_and(|(c, t)| matrix.with(|m| m.score(t, c)) == Some(n));
                                    if pressed { "true" } else { "false" }
                                }
                                disabled=move || active.get().is_none()
                                on:click=move |_| if let Some((c, t)) = active.get_untracked() { set_score(c, t, Some(n)) }
                            >{n}</button>
                        })
                        .collect_view()}
                    <button
                        type="button"
                        class="quiet"
                        disabled=move || active.get().is_none()
                        on:click=move |_| if let Some((c, t)) = active.get_untracked() { set_score(c, t, None) }
                    >"Clear"</button>
                </div>
            </div>
            <p class="visually-hidden" aria-live="polite" id=format!("{id_prefix}-announce")>{move || announcement.get()}</p>

            <h3>"Ranking"</h3>
            <ol class="ranking" id=format!("{id_prefix}-ranking")>
                {move || ranking.get().into_iter().map(|r: Ranked| {
                    let place = if r.tied { format!("{}=", r.rank) } else { r.rank.to_string() };
                    let name = name_of(r.total.thing);
                    view! {
                        <li data-thing=r.total.thing.to_string()>
                            <span class="place">{place}</span>
                            <span class="ranked-name">{name}</span>
                            <strong class="ranked-total">{total_text(&r.total)}</strong>
                            {r.tied.then(|| view! { <span class="tag">"tied"</span> })}
                        </li>
                    }
                }).collect_view()}
            </ol>
            <p class="sensitivity" id=format!("{id_prefix}-sensitivity")>{sensitivity_text}</p>

            <MatrixChart id_prefix=id_prefix things=things matrix=matrix ranking=ranking/>

            <h3>"Your gut feeling"</h3>
            <p class="hint">
                "Apart from the numbers: how does each one feel, from 1 (not for me) to 10 (yes, this)? Your \
                 gut knows things a table cannot hold."
            </p>
            <For
                each=move || thing_ids.get()
                key=|id| *id
                children=move |t: Id| {
                    let rating_id = format!("{id_prefix}-gut-{t}");
                    let note_id = format!("{id_prefix}-gut-note-{t}");
                    let rating = move || matrix.with(|m| m.gut_of(t).and_then(|g| g.rating));
                    let note = move || matrix.with(|m| m.gut_of(t).map(|g| g.note.clone()).unwrap_or_default());
                    let computed = move || total_of(t).map(|r| {
                        format!("The numbers place it {}{}.", ordinal(r.rank), if r.tied { ", tied" } else { "" })
                    });
                    view! {
                        <div class="gut-row"><Fields>
                            <p class="gut-name"><strong>{move || name_of(t)}</strong>" "<span class="muted">{computed}</span></p>
                            <div class="field-row">
                                <div class="field gut-rating">
                                    <label for=rating_id.clone()>{move || format!("Gut feeling for {}", name_of(t))}</label>
                                    <select
                                        id=rating_id
                                        on:change=move |ev| {
                                            let rating = event_target_value(&ev).parse::<u8>().ok();
                                            on_edit.run(MatrixEdit::SetGutRating(t, rating));
                                        }
                                    >
                                        <option value="" selected=move || rating().is_none()>"Not yet"</option>
                                        {(MIN_SCORE..=MAX_SCORE)
                                            .map(|n| view! {
                                                <option value=n.to_string() selected=move || rating() == Some(n)>{n}</option>
                                            })
                                            .collect_view()}
                                    </select>
                                </div>
                                <div class="field gut-note">
                                    <label for=note_id.clone()>"What your gut says"</label>
                                    <input
                                        type="text"
                                        id=note_id
                                        maxlength="2000"
                                        prop:value=note
                                        on:input=move |ev| on_edit.run(MatrixEdit::SetGutNote(t, event_target_value(&ev)))
                                    />
                                </div>
                            </div>
                        </Fields></div>
                    }
                }
            />
            <p class="gut-question next-step" id=format!("{id_prefix}-gut-question") aria-live="polite">{gut_question}</p>
            </div>
        </div>
    }
}

/// Horizontal bars, one per thing, each split into what every criterion contributed.
#[component]
fn MatrixChart(
    id_prefix: &'static str,
    things: Signal<Vec<(Id, String)>>,
    matrix: Signal<ScoreMatrix>,
    ranking: Memo<Vec<Ranked>>,
) -> impl IntoView {
    const WIDTH: f64 = 600.0;
    const ROW: f64 = 48.0;
    const BAR: f64 = 18.0;
    const SCALE: f64 = 5.2; // 100 points → 520 px, leaving room for the number.
    let title_id = format!("{id_prefix}-chart-title");
    let desc_id = format!("{id_prefix}-chart-desc");
    let labelled = format!("{title_id} {desc_id}");
    let description = move || {
        let parts: Vec<String> = things.with(|t| {
            t.iter()
                .map(|(id, name)| {
                    let total = ranking.with(|r| {
                        r.iter()
                            .find(|x| x.total.thing == *id)
                            .map(|x| total_text(&x.total))
                    });
                    format!("{name}: {}", total.unwrap_or_default())
                })
                .collect()
        });
        if parts.is_empty() {
            "Nothing to show yet.".to_string()
        } else {
            format!("Weighted totals of 100. {}.", parts.join("; "))
        }
    };
    let height = move || (things.with(Vec::len).max(1) as f64 * ROW + 8.0).to_string();
    view! {
        <figure class="matrix-chart">
            <svg
                viewBox=move || format!("0 0 {WIDTH} {}", height())
                role="img"
                aria-labelledby=labelled
                id=format!("{id_prefix}-chart")
                preserveAspectRatio="xMinYMin meet"
            >
                <title id=title_id>"Weighted totals, with each criterion's part"</title>
                <desc id=desc_id>{description}</desc>
                {move || {
                    let rows = things.get();
                    let m = matrix.get();
                    rows.into_iter().enumerate().map(|(row, (id, name))| {
                        let y = row as f64 * ROW;
                        let mut x = 0.0;
                        let segments = m.breakdown(id).into_iter().enumerate().filter(|(_, (_, share))| *share > 0.0).map(|(i, (criterion, share))| {
                            let width = share * SCALE;
                            let rect_x = x;
                            x += width;
                            let label = format!(
                                "{}: {share:.1}",
                                m.criterion(criterion).map(|c| c.name.clone()).unwrap_or_default()
                            );
                            let position = m.criteria.iter().position(|c| c.id == criterion).unwrap_or(i);
                            view! {
                                <rect
                                    x=format!("{rect_x:.2}")
                                    y=format!("{:.2}", y + 22.0)
                                    width=format!("{width:.2}")
                                    height=BAR
                                    class=format!("seg seg-{}", position % 8)
                                >
                                    <title>{label}</title>
                                </rect>
                            }
                        }).collect_view();
                        let total = m.totals(&[id]).first().map(|t| total_text(t)).unwrap_or_default();
                        view! {
                            <g class="chart-row">
                                <text x="0" y=format!("{:.2}", y + 16.0) class="chart-label">{name}</text>
                                <rect x="0" y=format!("{:.2}", y + 22.0) width=format!("{:.2}", 100.0 * SCALE) height=BAR class="track"></rect>
                                {segments}
                                <text
                                    x=format!("{:.2}", x + 6.0)
                                    y=format!("{:.2}", y + 36.0)
                                    class="chart-total"
                                    data-thing=id.to_string()
                                >{total}</text>
                            </g>
                        }
                    }).collect_view()
                }}
            </svg>
            <figcaption>
                <ul class="legend">
                    {move || matrix.with(|m| m.criteria.iter().enumerate().map(|(i, c)| {
                        let name = c.name.clone();
                        view! {
                            <li><span class=format!("swatch seg-{}", i % 8) aria-hidden="true"></span>{name}</li>
                        }
                    }).collect_view())}
                </ul>
            </figcaption>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals_and_name_lists_read_naturally() {
        assert_eq!(ordinal(1), "1st");
        assert_eq!(ordinal(2), "2nd");
        assert_eq!(ordinal(11), "11th");
        assert_eq!(ordinal(23), "23rd");
        assert_eq!(
            join_names(&["A".into(), "B".into(), "C".into()]),
            "A, B and C"
        );
        assert_eq!(join_names(&["A".into()]), "A");
    }
}

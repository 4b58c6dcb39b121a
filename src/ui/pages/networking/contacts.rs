//! N1: contacts, found by name, organisation or tag and filtered by warmth and option; each in a card
//! drawn when first opened, with its details, links, tags, options, follow-up and conversations.

use leptos::prelude::*;

use crate::model::base::links::{email_link, phone_link, profile_link};
use crate::model::networking::contacts::{
    name_taken, shown_contacts, MAX_NAME_CHARS, MAX_TAG_CHARS,
};
use crate::model::networking::conversations::follow_up_problem;
use crate::model::networking::{Contact, ContactFilter, ContactText, NetworkingEdit, Warmth};
use crate::model::{networking, Id, Part};
use crate::store::LiveWorkbook;
use crate::ui::format::{count, short_date};
use crate::ui::widgets::{AddForm, DateField, Fields, ListWindow, ShowMore, Undo};

use super::conversations::Conversations;
use super::{display_name, Earlier};

#[component]
pub fn ContactsSection() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let earlier = expect_context::<Earlier>();
    let filter = RwSignal::new(ContactFilter::default());
    // What the search and filters look at, and nothing else: typing a note re-reads this but changes
    // nothing in it, so the list is not redrawn.
    let searchable = live.select_in(&[Part::Contacts], |w| {
        w.networking
            .contacts
            .iter()
            .map(|c| Contact {
                id: c.id,
                name: c.name.clone(),
                organisation: c.organisation.clone(),
                tags: c.tags.clone(),
                warmth: c.warmth,
                options: c.options.clone(),
                ..Contact::default()
            })
            .collect::<Vec<_>>()
    });
    let shown = Memo::new(move |_| searchable.with(|all| filter.with(|f| shown_contacts(all, f))));
    let total = move || searchable.with(Vec::len);
    let window = ListWindow::new(shown);
    let added = RwSignal::new(None::<String>);
    let add = move |name: String| match live.with(|w| w.networking.contact_refusal(&name)) {
        Some(refusal) => Some(refusal.message()),
        None => {
            let twice = live.with(|w| name_taken(&w.networking.contacts, &name, None));
            live.dispatch(NetworkingEdit::AddContact(name.clone()));
            added.set(Some(if twice {
                format!("Added. You already had a contact called “{}”; if it is the same person, remove one of them.", name.trim())
            } else {
                format!("Added “{}”. Open their card to add how you know each other.", name.trim())
            }));
            None
        }
    };
    view! {
        <section aria-labelledby="contacts-heading" class="card">
            <h2 id="contacts-heading">"Contacts"</h2>
            <p class="hint">
                "Start with people you already know: former colleagues, friends of friends, people from a \
                 course or a club. Warm ties are the easiest first conversations."
            </p>
            <AddForm id="new-contact" label="Name of someone you could talk to" button="Add contact" max_chars=MAX_NAME_CHARS primary=true on_add=add/>
            <p class="hint" id="new-contact-note" aria-live="polite">{move || added.get()}</p>
            {move || (total() > 0).then(|| view! { <ContactFilters filter=filter options=earlier.options/> })}
            <p class="hint" aria-live="polite">{move || {
                let (shown, total) = (shown.with(Vec::len), total());
                (total > 0 && filter.with(|f| !f.is_empty())).then(|| format!("{} of {} match.", shown, count(total, "contact", "contacts")))
            }}</p>
            {move || (total() == 0).then(|| view! {
                <p class="empty-state">
                    "No contacts yet. Who do you already know who is one step closer to the work you are \
                     curious about? One name is enough to begin."
                </p>
            })}
            <div class="option-list contact-list">
                <For each=move || window.shown() key=|id| *id children=move |id: Id| view! { <ContactCard id=id window=window/> }/>
            </div>
            <ShowMore window=window id="contacts-shown" noun=("contact", "contacts") focus=|id| format!("#contact-{id} > summary")/>
        </section>
    }
}

#[component]
fn ContactFilters(
    filter: RwSignal<ContactFilter>,
    options: ReadSignal<Vec<(Id, String)>>,
) -> impl IntoView {
    view! {
        <form class="field-row filters" role="search" aria-label="Find contacts" on:submit=|ev| ev.prevent_default()>
            <div class="field">
                <label for="contact-search">"Search"</label>
                <input type="search" id="contact-search" aria-describedby="contact-search-hint"
                    prop:value=move || filter.with(|f| f.query.clone())
                    on:input=move |ev| filter.update(|f| f.query = event_target_value(&ev))/>
                <p class="hint" id="contact-search-hint">"By name, organisation or tag."</p>
            </div>
            <div class="field">
                <label for="contact-warmth-filter">"Warmth"</label>
                <select id="contact-warmth-filter" on:change=move |ev| {
                    let key = event_target_value(&ev);
                    filter.update(|f| f.warmth = Warmth::ALL.into_iter().find(|w| w.key() == key));
                }>
                    <option value="" selected=move || filter.with(|f| f.warmth.is_none())>"All"</option>
                    {Warmth::ALL.into_iter().map(|w| view! {
                        <option value=w.key() selected=move || filter.with(|f| f.warmth == Some(w))>{w.short()}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="contact-option-filter">"Career option"</label>
                <select id="contact-option-filter" on:change=move |ev| {
                    let value = event_target_value(&ev);
                    filter.update(|f| f.option = value.parse().ok().map(Id));
                }>
                    <option value="" selected=move || filter.with(|f| f.option.is_none())>"All"</option>
                    <For each=move || options.get() key=|o| o.clone() let:option>
                        <option value=option.0.to_string() selected=move || filter.with(|f| f.option == Some(option.0))>{option.1.clone()}</option>
                    </For>
                </select>
            </div>
        </form>
    }
}

#[component]
fn ContactCard(id: Id, window: ListWindow) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let today = expect_context::<super::Today>().0;
    let summary = live.select_record(Part::Contacts, id, move |w| {
        w.networking
            .contact(id)
            .map(|c| {
                (
                    display_name(c),
                    c.organisation.trim().to_string(),
                    c.warmth,
                    c.follow_up,
                )
            })
            .unwrap_or_default()
    });
    // Drawn the first time it is opened, as an option is in Diving deeper.
    let drawn = RwSignal::new(false);
    view! {
        <details class="option-card contact-card" id=format!("contact-{id}") on:toggle=move |_| drawn.set(true) on:focusin=move |_| window.pin(id)>
            <summary on:click=move |_| drawn.set(true)>
                <span class="option-title">{move || summary.with(|s| s.0.clone())}</span>
                {move || summary.with(|s| (!s.1.is_empty()).then(|| view! { <span class="muted">{format!(", {}", s.1)}</span> }))}
                <span class="tag" data-warmth=move || summary.with(|s| s.2.key())>{move || summary.with(|s| s.2.short())}</span>
                {move || summary.with(|s| s.3).map(|day| {
                    let late = day < today;
                    view! { <span class="tag" class:overdue=late>{format!("{} {}", if late { "Follow up was due" } else { "Follow up" }, short_date(day))}</span> }
                })}
            </summary>
            {move || drawn.get().then(|| view! { <ContactBody id=id/> })}
        </details>
    }
}

fn text_label_hint(field: ContactText) -> Option<&'static str> {
    match field {
        ContactText::HowWeKnow => {
            Some("Where you met, who introduced you, what you have in common.")
        }
        ContactText::Profile => Some("A web address, starting with http or https, becomes a link."),
        _ => None,
    }
}

#[component]
fn ContactBody(id: Id) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let undo = expect_context::<Undo>();
    let earlier = expect_context::<Earlier>();
    let read = live.select_record(Part::Contacts, id, move |w| {
        w.networking.contact(id).cloned().unwrap_or_default()
    });
    let read = move || read.get();
    let name_problem = RwSignal::new(None::<String>);
    let twin = live.select_in(&[Part::Contacts], move |w| {
        w.networking
            .contact(id)
            .is_some_and(|c| name_taken(&w.networking.contacts, &c.name, Some(id)))
    });
    let name_note = move || {
        name_problem.get().or_else(|| {
            twin.get().then(|| {
                "Another contact has this name too. That is fine if they are two people."
                    .to_string()
            })
        })
    };
    let p = format!("contact-{id}");
    let prefix = p.clone();
    let text_field = move |field: ContactText| {
        let field_id = format!("{prefix}-{}", field.key());
        let hint = text_label_hint(field);
        let hint_id = format!("{field_id}-hint");
        let kind = match field {
            ContactText::Email => "email",
            ContactText::Phone => "tel",
            ContactText::Profile => "url",
            _ => "text",
        };
        let value = move || field.get(&read()).to_string();
        let input = move |ev| {
            live.dispatch(NetworkingEdit::SetContactText(
                id,
                field,
                event_target_value(&ev),
            ))
        };
        view! {
            <div class="field">
                <label for=field_id.clone()>{field.label()}</label>
                {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
                {if field == ContactText::HowWeKnow {
                    view! { <textarea id=field_id.clone() rows="2" maxlength=field.limit() aria-describedby=hint.map(|_| hint_id.clone()) prop:value=value on:input=input></textarea> }.into_any()
                } else {
                    view! { <input type=kind id=field_id.clone() maxlength=field.limit() aria-describedby=hint.map(|_| hint_id.clone()) prop:value=value on:input=input/> }.into_any()
                }}
            </div>
        }
    };
    let name_id = format!("{p}-name");
    let remove_id = format!("{p}-remove");
    view! {
        <div class="option-body">
            <Fields>
                <div class="field-row">
                    <div class="field">
                        <label for=name_id.clone()>"Name"</label>
                        <input type="text" id=name_id.clone() maxlength=MAX_NAME_CHARS aria-describedby=format!("{name_id}-error")
                            aria-invalid=move || name_problem.with(Option::is_some).then_some("true")
                            prop:value=move || read().name
                            on:change=move |ev| {
                                let name = event_target_value(&ev);
                                if name.trim().is_empty() {
                                    name_problem.set(Some("A contact keeps a name; write at least a first name.".into()));
                                } else {
                                    name_problem.set(None);
                                    live.dispatch(NetworkingEdit::SetContactText(id, ContactText::Name, name));
                                }
                            }/>
                        <p class="field-error" id=format!("{name_id}-error") aria-live="polite">{name_note}</p>
                    </div>
                    {text_field(ContactText::Organisation)}
                    {text_field(ContactText::Role)}
                </div>
                {text_field(ContactText::HowWeKnow)}
                <div class="field">
                    <label for=format!("{p}-warmth")>"Warmth"</label>
                    <select id=format!("{p}-warmth") on:change=move |ev| {
                        let key = event_target_value(&ev);
                        if let Some(w) = Warmth::ALL.into_iter().find(|w| w.key() == key) {
                            live.dispatch(NetworkingEdit::SetWarmth(id, w));
                        }
                    }>
                        {Warmth::ALL.into_iter().map(|w| view! { <option value=w.key() selected=move || read().warmth == w>{w.label()}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field-row">
                    {text_field(ContactText::Email)}
                    {text_field(ContactText::Phone)}
                    {text_field(ContactText::Profile)}
                </div>
                <ReachLinks id=id/>
                <DateField id=format!("{p}-follow-up") label="Next follow-up"
                    hint="When to get back in touch. It shows at the top of this page when it is due."
                    value=Signal::derive(move || read().follow_up)
                    refusal=Callback::new(move |day: Option<chrono::NaiveDate>| {
                        let day = day?;
                        live.with(|w| follow_up_problem(&w.networking.interactions, id, day)).map(|p| p.message())
                    })
                    on_change=Callback::new(move |day| live.dispatch(NetworkingEdit::SetFollowUp(id, day)))/>
                <fieldset class="field">
                    <legend>"Career options they could tell you about"</legend>
                    {move || earlier.options.with(Vec::is_empty).then(|| view! {
                        <p class="hint">"Options you add in Diving deeper can be linked here."</p>
                    })}
                    <For each=move || earlier.options.get() key=|o| o.clone() let:option>
                        {
                            let box_id = format!("contact-{id}-option-{}", option.0);
                            let linked = move || read().options.contains(&option.0);
                            view! {
                                <div class="choice">
                                    <input type="checkbox" id=box_id.clone() prop:checked=linked
                                        on:change=move |ev| live.dispatch(NetworkingEdit::LinkOption { contact: id, option: option.0, linked: event_target_checked(&ev) })/>
                                    <label for=box_id>{option.1.clone()}</label>
                                </div>
                            }
                        }
                    </For>
                </fieldset>
            </Fields>
            <Tags id=id/>
            <Conversations contact=id/>
            <div class="actions">
                <button type="button" class="quiet" id=remove_id
                    aria-label=move || format!("Remove {}", display_name(&read()))
                    on:click=move |_| undo.remove(networking::Target::Contact(id))>"Remove contact"</button>
            </div>
        </div>
    }
}

/// Email, call and profile as links, only for addresses that are safe to follow; anything else stays
/// text in its field and is never put in an `href`.
#[component]
fn ReachLinks(id: Id) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let links = live.select_record(Part::Contacts, id, move |w| {
        let Some(c) = w.networking.contact(id) else {
            return Vec::new();
        };
        let name = display_name(c);
        [
            email_link(&c.email).map(|href| (href, format!("Email {name}"))),
            phone_link(&c.phone).map(|href| (href, format!("Call {name}"))),
            profile_link(&c.profile).map(|href| (href, format!("Open {name}’s profile"))),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
    });
    let unsafe_profile = live.select_record(Part::Contacts, id, move |w| {
        w.networking
            .contact(id)
            .is_some_and(|c| !c.profile.trim().is_empty() && profile_link(&c.profile).is_none())
    });
    view! {
        <ul class="chips reach-links">
            <For each=move || links.get() key=|l| l.clone() let:link>
                <li><a href=link.0 rel="noopener noreferrer">{link.1}</a></li>
            </For>
        </ul>
        {move || unsafe_profile.get().then(|| view! {
            <p class="hint">"The profile address is kept as you wrote it, but it is not a web address, so it is not a link."</p>
        })}
    }
}

#[component]
fn Tags(id: Id) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let tags = live.select_record(Part::Contacts, id, move |w| {
        w.networking
            .contact(id)
            .map(|c| c.tags.clone())
            .unwrap_or_default()
    });
    let add = move |tag: String| {
        let refused = live.with(|w| {
            w.networking
                .contact(id)
                .and_then(|c| networking::contacts::tag_refusal(c, &tag))
        });
        if let Some(refused) = refused {
            return Some(refused.message());
        }
        live.dispatch(NetworkingEdit::AddTag(id, tag));
        None
    };
    view! {
        <div class="subsection">
            <ul class="chips" aria-label="Tags">
                <For each=move || tags.get() key=|t| t.clone() let:tag>
                    <li class="chip">{tag.clone()}
                        <button type="button" class="chip-remove" aria-label=format!("Remove the tag {tag}")
                            on:click={
                                let tag = tag.clone();
                                move |_| live.dispatch(NetworkingEdit::RemoveTag(id, tag.clone()))
                            }>"×"</button>
                    </li>
                </For>
            </ul>
            <AddForm id=format!("contact-{id}-new-tag") label="Add a tag" button="Add tag" max_chars=MAX_TAG_CHARS on_add=add/>
        </div>
    }
}

//! N1, contacts: the people a person could talk to, how warm the tie is, which options (R1) each
//! could tell them about, and how to reach them. Two contacts may share a name (two Sams happen),
//! so a repeated name is pointed out, never refused.

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::base::saved::{saved_choice, saved_record};
use crate::model::base::text::text_fields;
use crate::model::base::{clip_chars, Id, Refusal};

pub const MAX_CONTACTS: usize = 300;
pub const MAX_NAME_CHARS: usize = 120;
pub const MAX_SHORT_CHARS: usize = 120;
pub const MAX_DETAIL_CHARS: usize = 300;
pub const MAX_HOW_CHARS: usize = 1_000;
pub const MAX_TAGS: usize = 12;
pub const MAX_TAG_CHARS: usize = 40;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Contact {
    pub id: Id,
    pub name: String,
    pub organisation: String,
    pub role: String,
    /// How we know each other: "studied together", "met at the open day".
    pub how_we_know: String,
    pub warmth: Warmth,
    /// The career options (R1) this person could tell about.
    pub options: Vec<Id>,
    pub tags: Vec<String>,
    pub email: String,
    pub phone: String,
    /// A profile or web page; shown as a link only for safe schemes (`links::profile_link`).
    pub profile: String,
    /// When to get back in touch next, if planned.
    pub follow_up: Option<NaiveDate>,
}
saved_record!(Contact with defaults { id, name, organisation, role, how_we_know, warmth, options, tags, email, phone, profile, follow_up });

text_fields! {
    /// A contact's fields written in the person's words.
    pub enum ContactText for Contact {
        Name => name,
        Organisation => organisation,
        Role => role,
        HowWeKnow => how_we_know,
        Email => email,
        Phone => phone,
        Profile => profile,
    }
}

impl ContactText {
    pub fn limit(self) -> usize {
        match self {
            ContactText::Name => MAX_NAME_CHARS,
            ContactText::Organisation | ContactText::Role => MAX_SHORT_CHARS,
            ContactText::HowWeKnow => MAX_HOW_CHARS,
            ContactText::Email | ContactText::Phone | ContactText::Profile => MAX_DETAIL_CHARS,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            ContactText::Name => "Name",
            ContactText::Organisation => "Organisation",
            ContactText::Role => "Role",
            ContactText::HowWeKnow => "How you know each other",
            ContactText::Email => "Email",
            ContactText::Phone => "Phone",
            ContactText::Profile => "Profile link",
        }
    }
}

/// How close the tie is, which decides how bold a first message can be.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum Warmth {
    #[default]
    Cold,
    Warm,
    Close,
}
saved_choice!(Warmth);

impl Warmth {
    pub const ALL: [Warmth; 3] = [Warmth::Cold, Warmth::Warm, Warmth::Close];

    pub fn key(self) -> &'static str {
        match self {
            Warmth::Cold => "cold",
            Warmth::Warm => "warm",
            Warmth::Close => "close",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Warmth::Cold => "Cold: we have not met",
            Warmth::Warm => "Warm: we know each other a little",
            Warmth::Close => "Close: I could call them today",
        }
    }

    pub fn short(self) -> &'static str {
        match self {
            Warmth::Cold => "Cold",
            Warmth::Warm => "Warm",
            Warmth::Close => "Close",
        }
    }
}

impl Contact {
    /// Whether `query` (ignoring case and surrounding spaces) is found in the name, organisation or
    /// a tag. An empty query finds everyone.
    pub fn matches(&self, query: &str) -> bool {
        let query = query.trim().to_lowercase();
        query.is_empty()
            || self.name.to_lowercase().contains(&query)
            || self.organisation.to_lowercase().contains(&query)
            || self.tags.iter().any(|t| t.to_lowercase().contains(&query))
    }

    /// The first word of the name, for a greeting ("Dear Sam").
    pub fn first_name(&self) -> &str {
        self.name.split_whitespace().next().unwrap_or("")
    }
}

/// What the contact list shows: a search and two filters, each empty for "all".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ContactFilter {
    pub query: String,
    pub warmth: Option<Warmth>,
    pub option: Option<Id>,
}

impl ContactFilter {
    pub fn shows(&self, contact: &Contact) -> bool {
        contact.matches(&self.query)
            && self.warmth.is_none_or(|w| contact.warmth == w)
            && self.option.is_none_or(|o| contact.options.contains(&o))
    }

    pub fn is_empty(&self) -> bool {
        self.query.trim().is_empty() && self.warmth.is_none() && self.option.is_none()
    }
}

/// The ids of the contacts `filter` shows, in the person's order.
pub fn shown_contacts(contacts: &[Contact], filter: &ContactFilter) -> Vec<Id> {
    contacts
        .iter()
        .filter(|c| filter.shows(c))
        .map(|c| c.id)
        .collect()
}

/// Whether another contact (not `except`) already has this name, ignoring case and spaces around it:
/// allowed, but the form says so, in case it is the same person twice.
pub fn name_taken(contacts: &[Contact], name: &str, except: Option<Id>) -> bool {
    let name = name.trim().to_lowercase();
    !name.is_empty()
        && contacts
            .iter()
            .any(|c| Some(c.id) != except && c.name.trim().to_lowercase() == name)
}

/// Why a contact called `name` could not be added, if it could not. A repeated name is not refused.
pub fn contact_refusal(contacts: &[Contact], name: &str) -> Option<Refusal> {
    if name.trim().is_empty() {
        Some(Refusal::Empty {
            ask: "Write the person’s name, even just a first name.",
        })
    } else if contacts.len() >= MAX_CONTACTS {
        Some(Refusal::Full {
            limit: MAX_CONTACTS,
            what: "contacts",
            make_room: "Remove one you will not contact first.",
        })
    } else {
        None
    }
}

/// Why `tag` could not be added to `contact`, if it could not: the one rule the edit and the form ask.
pub fn tag_refusal(contact: &Contact, tag: &str) -> Option<Refusal> {
    let empty = Refusal::Empty {
        ask: "Write a tag, for example “teaching”.",
    };
    let full = Refusal::Full {
        limit: MAX_TAGS,
        what: "tags on this contact",
        make_room: "Remove one first.",
    };
    crate::model::base::refusal_to_add(
        tag,
        contact.tags.iter().map(String::as_str),
        contact.tags.len(),
        empty,
        full,
    )
}

/// A tag as kept: trimmed, clipped, and `None` when empty.
pub fn clean_tag(tag: &str) -> Option<String> {
    let tag = clip_chars(tag.trim(), MAX_TAG_CHARS);
    (!tag.is_empty()).then_some(tag)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contact(
        id: u32,
        name: &str,
        organisation: &str,
        tags: &[&str],
        warmth: Warmth,
        options: &[u32],
    ) -> Contact {
        Contact {
            id: Id(id),
            name: name.into(),
            organisation: organisation.into(),
            tags: tags.iter().map(|t| t.to_string()).collect(),
            warmth,
            options: options.iter().map(|o| Id(*o)).collect(),
            ..Contact::default()
        }
    }

    #[test]
    fn search_finds_by_name_organisation_and_tag_and_filters_narrow_it() {
        let people = [
            contact(
                1,
                "Sam Okafor",
                "City Hospital",
                &["nursing"],
                Warmth::Warm,
                &[10],
            ),
            contact(
                2,
                "Ana Lima",
                "Bakehouse",
                &["food", "Small Business"],
                Warmth::Cold,
                &[11],
            ),
            contact(3, "Jo", "", &[], Warmth::Close, &[10, 11]),
        ];
        let ids = |filter: ContactFilter| shown_contacts(&people, &filter);
        assert_eq!(ids(ContactFilter::default()), [Id(1), Id(2), Id(3)]);
        assert_eq!(
            ids(ContactFilter {
                query: " hospital ".into(),
                ..Default::default()
            }),
            [Id(1)]
        );
        assert_eq!(
            ids(ContactFilter {
                query: "small bus".into(),
                ..Default::default()
            }),
            [Id(2)]
        );
        assert_eq!(
            ids(ContactFilter {
                query: "ana".into(),
                ..Default::default()
            }),
            [Id(2)]
        );
        assert_eq!(
            ids(ContactFilter {
                warmth: Some(Warmth::Close),
                ..Default::default()
            }),
            [Id(3)]
        );
        assert_eq!(
            ids(ContactFilter {
                option: Some(Id(10)),
                ..Default::default()
            }),
            [Id(1), Id(3)]
        );
        assert_eq!(
            ids(ContactFilter {
                option: Some(Id(11)),
                warmth: Some(Warmth::Cold),
                ..Default::default()
            }),
            [Id(2)]
        );
        assert!(ids(ContactFilter {
            query: "nobody".into(),
            ..Default::default()
        })
        .is_empty());
    }

    #[test]
    fn a_repeated_name_is_noticed_but_not_refused() {
        let people = [contact(1, "Sam Okafor", "", &[], Warmth::Cold, &[])];
        assert!(name_taken(&people, "  sam okafor ", None));
        assert!(!name_taken(&people, "Sam Okafor", Some(Id(1))));
        assert!(!name_taken(&people, "Sam", None));
        assert_eq!(contact_refusal(&people, "Sam Okafor"), None);
        assert!(matches!(
            contact_refusal(&people, "  "),
            Some(Refusal::Empty { .. })
        ));
        let full: Vec<Contact> = (1..=MAX_CONTACTS as u32)
            .map(|i| contact(i, "x", "", &[], Warmth::Cold, &[]))
            .collect();
        assert!(matches!(
            contact_refusal(&full, "New"),
            Some(Refusal::Full { .. })
        ));
    }

    #[test]
    fn the_first_name_is_the_first_word() {
        assert_eq!(
            contact(1, "  Sam  Okafor", "", &[], Warmth::Cold, &[]).first_name(),
            "Sam"
        );
        assert_eq!(contact(1, "", "", &[], Warmth::Cold, &[]).first_name(), "");
    }
}

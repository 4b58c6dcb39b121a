//! A1, materials: the documents an application is made of (a résumé, a cover letter, a portfolio,
//! an online profile), each in named versions aimed at an option, with a checklist to go over
//! before sending. A new material starts from a checklist that suits its kind; the person edits it.

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::base::saved::{saved_choice, saved_record};
use crate::model::base::text::text_fields;
use crate::model::base::{clip_chars, Id, IdSource, Refusal};

pub const MAX_MATERIALS: usize = 40;
pub const MAX_VERSIONS: usize = 30;
pub const MAX_CHECK_ITEMS: usize = 30;
pub const MAX_MATERIAL_TITLE_CHARS: usize = 120;
pub const MAX_LABEL_CHARS: usize = 80;
pub const MAX_CHECK_ITEM_CHARS: usize = 200;
pub const MAX_VERSION_NOTES_CHARS: usize = 4_000;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Material {
    pub id: Id,
    pub kind: MaterialKind,
    /// The person's name for it: "Résumé", "Portfolio site".
    pub title: String,
    /// What to go over before sending any version of it.
    pub checklist: Vec<CheckItem>,
    pub versions: Vec<MaterialVersion>,
}
saved_record!(Material with defaults { id, kind, title, checklist, versions });

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct MaterialVersion {
    pub id: Id,
    /// "v2 UX-focused".
    pub label: String,
    /// The career option (R1) this version is written for.
    pub option: Option<Id>,
    pub status: VersionStatus,
    pub updated_on: Option<NaiveDate>,
    pub notes: String,
}
saved_record!(MaterialVersion with defaults { id, label, option, status, updated_on, notes });

text_fields! {
    pub enum VersionText for MaterialVersion { Label => label, Notes => notes }
}

impl VersionText {
    pub fn limit(self) -> usize {
        match self {
            VersionText::Label => MAX_LABEL_CHARS,
            VersionText::Notes => MAX_VERSION_NOTES_CHARS,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct CheckItem {
    pub id: Id,
    pub text: String,
    pub done: bool,
}
saved_record!(CheckItem with defaults { id, text, done });

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum MaterialKind {
    #[default]
    Resume,
    CoverLetter,
    Portfolio,
    Profile,
    Other,
}
saved_choice!(MaterialKind);

impl MaterialKind {
    pub const ALL: [MaterialKind; 5] = [
        MaterialKind::Resume,
        MaterialKind::CoverLetter,
        MaterialKind::Portfolio,
        MaterialKind::Profile,
        MaterialKind::Other,
    ];

    pub fn key(self) -> &'static str {
        match self {
            MaterialKind::Resume => "resume",
            MaterialKind::CoverLetter => "cover_letter",
            MaterialKind::Portfolio => "portfolio",
            MaterialKind::Profile => "profile",
            MaterialKind::Other => "other",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }

    pub fn label(self) -> &'static str {
        match self {
            MaterialKind::Resume => "Résumé or CV",
            MaterialKind::CoverLetter => "Cover letter",
            MaterialKind::Portfolio => "Portfolio",
            MaterialKind::Profile => "Online profile",
            MaterialKind::Other => "Something else",
        }
    }

    /// What to go over before sending one of this kind: a starting point, the person's to change.
    pub fn default_checklist(self) -> &'static [&'static str] {
        // Only the form calls this (see `Material::new`).
        match self {
            MaterialKind::Resume => &[
                "The first third says what you want next, in a line or two",
                "Each role shows what changed because you were there",
                "The words of the posting appear where they are true of you",
                "Dates, names and contact details checked",
                "Read aloud once, and by someone else once",
            ],
            MaterialKind::CoverLetter => &[
                "Addressed to a person, where you can find one",
                "Says why this place, not only why this kind of work",
                "One story that shows you can do the job",
                "Fits on one page",
                "Names the company correctly throughout",
            ],
            MaterialKind::Portfolio => &[
                "Three to five pieces that fit the roles you want",
                "Each piece says the problem, your part and the result",
                "Opens quickly on a phone",
                "Your contact details are easy to find",
            ],
            MaterialKind::Profile => &[
                "The headline says what you do and what you are looking for",
                "A recent photo, or a deliberate choice not to have one",
                "The summary matches your résumé's story",
                "Skills listed in the words employers use",
            ],
            MaterialKind::Other => &[
                "Checked for spelling and names",
                "Fits what this application asks for",
            ],
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum VersionStatus {
    #[default]
    Draft,
    Reviewed,
    Final,
}
saved_choice!(VersionStatus);

impl VersionStatus {
    pub const ALL: [VersionStatus; 3] = [
        VersionStatus::Draft,
        VersionStatus::Reviewed,
        VersionStatus::Final,
    ];

    pub fn key(self) -> &'static str {
        match self {
            VersionStatus::Draft => "draft",
            VersionStatus::Reviewed => "reviewed",
            VersionStatus::Final => "final",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }

    pub fn label(self) -> &'static str {
        match self {
            VersionStatus::Draft => "Draft",
            VersionStatus::Reviewed => "Reviewed",
            VersionStatus::Final => "Final",
        }
    }
}

impl Material {
    /// A new material of `kind` with `checklist` (the form passes its kind's default checklist, so
    /// those words are downloaded with the page that shows them) and a first version.
    pub fn new(
        kind: MaterialKind,
        title: String,
        checklist: &[String],
        today: NaiveDate,
        ids: &mut IdSource,
    ) -> Self {
        let id = ids.next();
        let checklist = checklist
            .iter()
            .map(|text| clip_chars(text.trim(), MAX_CHECK_ITEM_CHARS))
            .filter(|text| !text.is_empty())
            .take(MAX_CHECK_ITEMS)
            .map(|text| CheckItem {
                id: ids.next(),
                text,
                done: false,
            })
            .collect();
        let first = MaterialVersion {
            id: ids.next(),
            label: "v1".into(),
            updated_on: Some(today),
            ..MaterialVersion::default()
        };
        Material {
            id,
            kind,
            title,
            checklist,
            versions: vec![first],
        }
    }

    pub fn version(&self, id: Id) -> Option<&MaterialVersion> {
        self.versions.iter().find(|v| v.id == id)
    }

    /// (ticked, items) of the checklist.
    pub fn checked(&self) -> (usize, usize) {
        (
            self.checklist.iter().filter(|c| c.done).count(),
            self.checklist.len(),
        )
    }
}

pub fn material_refusal(materials: &[Material], title: &str) -> Option<Refusal> {
    let empty = Refusal::Empty {
        ask: "Give it a name, for example “Résumé” or “Portfolio site”.",
    };
    let full = Refusal::Full {
        limit: MAX_MATERIALS,
        what: "materials",
        make_room: "Remove one you no longer send first.",
    };
    crate::model::base::refusal_to_add(
        title,
        materials.iter().map(|m| m.title.as_str()),
        materials.len(),
        empty,
        full,
    )
}

pub fn version_refusal(material: &Material, label: &str) -> Option<Refusal> {
    let empty = Refusal::Empty {
        ask: "Name the version, for example “v2 UX-focused”.",
    };
    let full = Refusal::Full {
        limit: MAX_VERSIONS,
        what: "versions of this material",
        make_room: "Remove an old one first.",
    };
    crate::model::base::refusal_to_add(
        label,
        material.versions.iter().map(|v| v.label.as_str()),
        material.versions.len(),
        empty,
        full,
    )
}

pub fn check_item_refusal(material: &Material, text: &str) -> Option<Refusal> {
    let empty = Refusal::Empty {
        ask: "Write what to check, for example “Spelling of the company’s name”.",
    };
    let full = Refusal::Full {
        limit: MAX_CHECK_ITEMS,
        what: "checklist items",
        make_room: "Remove one first.",
    };
    crate::model::base::refusal_to_add(
        text,
        material.checklist.iter().map(|c| c.text.as_str()),
        material.checklist.len(),
        empty,
        full,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_starts_from_a_checklist_of_its_own() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let mut ids = IdSource::starting_at(1);
        let defaults = |kind: MaterialKind| {
            kind.default_checklist()
                .iter()
                .map(|t| t.to_string())
                .collect::<Vec<_>>()
        };
        let resume = Material::new(
            MaterialKind::Resume,
            "Résumé".into(),
            &defaults(MaterialKind::Resume),
            today,
            &mut ids,
        );
        assert_eq!(
            resume.checklist.len(),
            MaterialKind::Resume.default_checklist().len()
        );
        assert!(resume
            .checklist
            .iter()
            .all(|c| !c.done && !c.text.is_empty()));
        assert_eq!(resume.versions.len(), 1);
        assert_eq!(
            (
                resume.versions[0].label.as_str(),
                resume.versions[0].updated_on
            ),
            ("v1", Some(today))
        );
        let letter = Material::new(
            MaterialKind::CoverLetter,
            "Letter".into(),
            &defaults(MaterialKind::CoverLetter),
            today,
            &mut ids,
        );
        assert_ne!(letter.checklist[0].text, resume.checklist[0].text);
        for kind in MaterialKind::ALL {
            let list = kind.default_checklist();
            assert!(
                !list.is_empty() && list.len() <= MAX_CHECK_ITEMS,
                "{kind:?}"
            );
            assert!(list
                .iter()
                .all(|t| t.chars().count() <= MAX_CHECK_ITEM_CHARS));
        }
        let mut all: Vec<Id> = [&resume, &letter]
            .iter()
            .flat_map(|m| {
                std::iter::once(m.id)
                    .chain(m.checklist.iter().map(|c| c.id))
                    .chain(m.versions.iter().map(|v| v.id))
            })
            .collect();
        let count = all.len();
        all.dedup();
        assert_eq!(all.len(), count, "every item has its own id");
        assert_eq!(resume.checked(), (0, 5));
    }
}

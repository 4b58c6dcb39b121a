//! What can be deleted in Applying, and exact undo for each. A material goes with its versions and
//! checklist; an application with its history and preparation (its setbacks stay, unlinked, as they
//! are the person's reflection). Links into this stage (a plan step to an application) are cut and
//! tied again by the workbook.

use crate::model::base::{found, named, reinsert, Id};

use super::applications::MAX_APPLICATIONS;
use super::interview::{MAX_OWN_QUESTIONS, MAX_PRACTICE, MAX_STORIES};
use super::materials::{MAX_CHECK_ITEMS, MAX_MATERIALS, MAX_VERSIONS};
use super::setbacks::MAX_SETBACKS;
use super::{
    Application, Applying, CheckItem, InterviewQuestion, Material, MaterialVersion, PracticeEntry,
    Setback, StarStory,
};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Material(Id),
    Version(Id),
    CheckItem(Id),
    Application(Id),
    Question(Id),
    Story(Id),
    Practice(Id),
    Setback(Id),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Removed {
    Material {
        index: usize,
        material: Material,
    },
    Version {
        material: Id,
        index: usize,
        version: MaterialVersion,
    },
    CheckItem {
        material: Id,
        index: usize,
        item: CheckItem,
    },
    Application {
        index: usize,
        application: Application,
    },
    Question {
        index: usize,
        question: InterviewQuestion,
    },
    Story {
        index: usize,
        story: StarStory,
    },
    Practice {
        index: usize,
        entry: PracticeEntry,
    },
    Setback {
        index: usize,
        setback: Setback,
    },
}

impl Removed {
    pub fn name(&self) -> String {
        match self {
            Removed::Material { material, .. } => named(&material.title, "the material"),
            Removed::Version { version, .. } => named(&version.label, "the version"),
            Removed::CheckItem { item, .. } => named(&item.text, "the checklist item"),
            Removed::Application { application, .. } => format!("“{}”", application.name()),
            Removed::Question { question, .. } => named(&question.text, "the question"),
            Removed::Story { story, .. } => named(&story.title, "the story"),
            Removed::Practice { .. } => "the practice entry".into(),
            Removed::Setback { .. } => "the setback".into(),
        }
    }

    pub fn ids(&self) -> Vec<Id> {
        match self {
            Removed::Material { material, .. } => std::iter::once(material.id)
                .chain(material.checklist.iter().map(|c| c.id))
                .chain(material.versions.iter().map(|v| v.id))
                .collect(),
            Removed::Version { version, .. } => vec![version.id],
            Removed::CheckItem { item, .. } => vec![item.id],
            Removed::Application { application, .. } => vec![application.id],
            Removed::Question { question, .. } => vec![question.id],
            Removed::Story { story, .. } => vec![story.id],
            Removed::Practice { entry, .. } => vec![entry.id],
            Removed::Setback { setback, .. } => vec![setback.id],
        }
    }
}

impl Applying {
    pub fn removal_of(&self, target: Target) -> Option<Removed> {
        Some(match target {
            Target::Material(id) => found(&self.materials, id, |m| m.id)
                .map(|(index, material)| Removed::Material { index, material })?,
            Target::Version(id) => {
                let m = self.materials.iter().find(|m| m.version(id).is_some())?;
                let (index, version) = found(&m.versions, id, |v| v.id)?;
                Removed::Version {
                    material: m.id,
                    index,
                    version,
                }
            }
            Target::CheckItem(id) => {
                let m = self
                    .materials
                    .iter()
                    .find(|m| m.checklist.iter().any(|c| c.id == id))?;
                let (index, item) = found(&m.checklist, id, |c| c.id)?;
                Removed::CheckItem {
                    material: m.id,
                    index,
                    item,
                }
            }
            Target::Application(id) => found(&self.applications, id, |a| a.id)
                .map(|(index, application)| Removed::Application { index, application })?,
            Target::Question(id) => found(&self.questions, id, |q| q.id)
                .map(|(index, question)| Removed::Question { index, question })?,
            Target::Story(id) => found(&self.stories, id, |s| s.id)
                .map(|(index, story)| Removed::Story { index, story })?,
            Target::Practice(id) => found(&self.practice, id, |p| p.id)
                .map(|(index, entry)| Removed::Practice { index, entry })?,
            Target::Setback(id) => found(&self.setbacks, id, |s| s.id)
                .map(|(index, setback)| Removed::Setback { index, setback })?,
        })
    }

    pub fn take_away(&mut self, removed: &Removed) {
        let gone = removed.ids();
        match removed {
            Removed::Material { .. } => self.materials.retain(|m| !gone.contains(&m.id)),
            Removed::Version { .. } => self
                .materials
                .iter_mut()
                .for_each(|m| m.versions.retain(|v| !gone.contains(&v.id))),
            Removed::CheckItem { .. } => self
                .materials
                .iter_mut()
                .for_each(|m| m.checklist.retain(|c| !gone.contains(&c.id))),
            Removed::Application { .. } => self.applications.retain(|a| !gone.contains(&a.id)),
            Removed::Question { .. } => self.questions.retain(|q| !gone.contains(&q.id)),
            Removed::Story { .. } => self.stories.retain(|s| !gone.contains(&s.id)),
            Removed::Practice { .. } => self.practice.retain(|p| !gone.contains(&p.id)),
            Removed::Setback { .. } => self.setbacks.retain(|s| !gone.contains(&s.id)),
        }
    }

    /// Puts `removed` back where it was; never past a list's limit, and a version or checklist item
    /// only into its material while that is there.
    pub fn put_back(&mut self, removed: Removed) -> bool {
        match removed {
            Removed::Material { index, material } => {
                self.materials.len() < MAX_MATERIALS
                    && reinsert(&mut self.materials, index, material, |m| m.id)
            }
            Removed::Version {
                material,
                index,
                version,
            } => self.material_mut(material).is_some_and(|m| {
                m.versions.len() < MAX_VERSIONS
                    && reinsert(&mut m.versions, index, version, |v| v.id)
            }),
            Removed::CheckItem {
                material,
                index,
                item,
            } => self.material_mut(material).is_some_and(|m| {
                m.checklist.len() < MAX_CHECK_ITEMS
                    && reinsert(&mut m.checklist, index, item, |c| c.id)
            }),
            Removed::Application { index, application } => {
                self.applications.len() < MAX_APPLICATIONS
                    && reinsert(&mut self.applications, index, application, |a| a.id)
            }
            Removed::Question { index, question } => {
                self.questions.len() < MAX_OWN_QUESTIONS
                    && reinsert(&mut self.questions, index, question, |q| q.id)
            }
            Removed::Story { index, story } => {
                self.stories.len() < MAX_STORIES
                    && reinsert(&mut self.stories, index, story, |s| s.id)
            }
            Removed::Practice { index, entry } => {
                self.practice.len() < MAX_PRACTICE
                    && reinsert(&mut self.practice, index, entry, |p| p.id)
            }
            Removed::Setback { index, setback } => {
                self.setbacks.len() < MAX_SETBACKS
                    && reinsert(&mut self.setbacks, index, setback, |s| s.id)
            }
        }
    }
}

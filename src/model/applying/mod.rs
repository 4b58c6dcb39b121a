//! Stage 4, Applying (A1–A4): materials in versions, the applications (one list, shown as a board and
//! as a table), interview practice and setbacks. It reads Exploration for the strengths and skills a
//! story shows, Diving deeper for the options, and Networking for the contacts an application names.

pub mod applications;
pub mod interview;
pub mod materials;
pub mod removal;
pub mod setbacks;

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::base::limits::{count, date, range, scale, text};
use crate::model::base::saved::saved_record;
use crate::model::base::{
    clip_chars, date_in_range, dedup, set, toggle, Check, Id, IdSource, Link,
};
use crate::model::deeper::Deeper;
use crate::model::exploration::Exploration;
use crate::model::networking::Networking;

pub use applications::{
    application_refusal, dates_problem, identity_refusal, AppFilter, AppSort, AppStatus,
    Application, ApplicationText, DatesProblem, StatusChange, Stood, MAX_APPLICATIONS,
};
pub use interview::{
    InterviewQuestion, PracticeEntry, QuestionKind, StarStory, StoryLink, StoryText, BANK,
};
pub use materials::{
    CheckItem, Material, MaterialKind, MaterialVersion, VersionStatus, VersionText,
};
pub use removal::{Removed, Target};
pub use setbacks::{Mood, Setback, SetbackText};

use applications::{MAX_HISTORY, MAX_NAME_CHARS, MAX_VERSIONS_USED};
use interview::{
    MAX_IMPROVE_CHARS, MAX_OWN_QUESTIONS, MAX_PRACTICE, MAX_QUESTION_CHARS, MAX_SELF_RATING,
    MAX_STORIES, MAX_STORY_LINKS, MIN_SELF_RATING,
};
use materials::{
    MAX_CHECK_ITEMS, MAX_CHECK_ITEM_CHARS, MAX_MATERIALS, MAX_MATERIAL_TITLE_CHARS, MAX_VERSIONS,
};
use setbacks::{MAX_SETBACKS, MAX_SETBACK_CHARS};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Applying {
    pub materials: Vec<Material>,
    /// In the order they were added: the board's columns and the list's first order keep it.
    pub applications: Vec<Application>,
    /// Interview questions of the person's own, beside the bank.
    pub questions: Vec<InterviewQuestion>,
    pub stories: Vec<StarStory>,
    pub practice: Vec<PracticeEntry>,
    pub setbacks: Vec<Setback>,
}
saved_record!(Applying with defaults { materials, applications, questions, stories, practice, setbacks });

/// The stages Applying reads: what its links may point to.
#[derive(Clone, Copy)]
pub struct Earlier<'a> {
    pub exploration: &'a Exploration,
    pub deeper: &'a Deeper,
    pub networking: &'a Networking,
}

impl Earlier<'_> {
    fn has(&self, link: StoryLink, id: Id) -> bool {
        match link {
            StoryLink::Strength => self.exploration.strengths.iter().any(|s| s.id == id),
            StoryLink::Skill => self.exploration.skills.iter().any(|s| s.id == id),
        }
    }

    fn has_option(&self, id: Id) -> bool {
        self.deeper.option(id).is_some()
    }

    fn has_contact(&self, id: Id) -> bool {
        self.networking.contact(id).is_some()
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ApplyingEdit {
    /// A material with a checklist (the form sends its kind's default one) and a first version,
    /// "v1", dated `today`.
    AddMaterial {
        kind: MaterialKind,
        title: String,
        checklist: Vec<String>,
        today: NaiveDate,
    },
    SetMaterialTitle(Id, String),
    AddVersion {
        material: Id,
        label: String,
        today: NaiveDate,
    },
    SetVersionText(Id, VersionText, String),
    /// A new status dates the version `today`.
    SetVersionStatus {
        version: Id,
        status: VersionStatus,
        today: NaiveDate,
    },
    SetVersionOption(Id, Option<Id>),
    SetVersionUpdated(Id, Option<NaiveDate>),
    AddCheckItem {
        material: Id,
        text: String,
    },
    SetCheckItem(Id, String),
    TickCheckItem(Id, bool),
    /// Interested, found `today`.
    AddApplication {
        company: String,
        role: String,
        today: NaiveDate,
    },
    SetApplicationText(Id, ApplicationText, String),
    SetFoundOn(Id, Option<NaiveDate>),
    SetAppliedOn(Id, Option<NaiveDate>),
    SetNextOn(Id, Option<NaiveDate>),
    SetThankYou(Id, Option<NaiveDate>),
    /// A move on the board or in the list, dated `today` in its history.
    Move {
        app: Id,
        to: AppStatus,
        today: NaiveDate,
    },
    /// Puts an application back as it stood before a move.
    UndoMove(Stood),
    UseVersion {
        app: Id,
        version: Id,
        used: bool,
    },
    SetAppContact(Id, Option<Id>),
    SetAppOption(Id, Option<Id>),
    AddQuestion {
        kind: QuestionKind,
        text: String,
    },
    SetQuestion(Id, String),
    AddStory(String),
    SetStoryText(Id, StoryText, String),
    LinkStory {
        story: Id,
        link: StoryLink,
        to: Id,
        linked: bool,
    },
    LogPractice {
        question: String,
        on: NaiveDate,
    },
    SetPracticeImprove(Id, String),
    SetPracticeRating(Id, Option<u8>),
    SetPracticeDate(Id, Option<NaiveDate>),
    /// A setback dated `today`, about `application` when it is about one.
    AddSetback {
        application: Option<Id>,
        today: NaiveDate,
    },
    SetSetbackText(Id, SetbackText, String),
    SetMood(Id, Option<Mood>),
    SetSetbackDate(Id, Option<NaiveDate>),
}

impl Applying {
    pub fn application(&self, id: Id) -> Option<&Application> {
        self.applications.iter().find(|a| a.id == id)
    }

    fn application_mut(&mut self, id: Id) -> Option<&mut Application> {
        self.applications.iter_mut().find(|a| a.id == id)
    }

    pub fn material(&self, id: Id) -> Option<&Material> {
        self.materials.iter().find(|m| m.id == id)
    }

    fn material_mut(&mut self, id: Id) -> Option<&mut Material> {
        self.materials.iter_mut().find(|m| m.id == id)
    }

    /// A version of any material, with the material it belongs to.
    pub fn version(&self, id: Id) -> Option<(&Material, &MaterialVersion)> {
        self.materials
            .iter()
            .find_map(|m| m.version(id).map(|v| (m, v)))
    }

    fn version_mut(&mut self, id: Id) -> Option<&mut MaterialVersion> {
        self.materials
            .iter_mut()
            .find_map(|m| m.versions.iter_mut().find(|v| v.id == id))
    }

    fn check_item_mut(&mut self, id: Id) -> Option<&mut CheckItem> {
        self.materials
            .iter_mut()
            .find_map(|m| m.checklist.iter_mut().find(|c| c.id == id))
    }

    pub fn story(&self, id: Id) -> Option<&StarStory> {
        self.stories.iter().find(|s| s.id == id)
    }

    fn story_mut(&mut self, id: Id) -> Option<&mut StarStory> {
        self.stories.iter_mut().find(|s| s.id == id)
    }

    fn practice_mut(&mut self, id: Id) -> Option<&mut PracticeEntry> {
        self.practice.iter_mut().find(|p| p.id == id)
    }

    fn setback_mut(&mut self, id: Id) -> Option<&mut Setback> {
        self.setbacks.iter_mut().find(|s| s.id == id)
    }

    /// The setbacks written about `app`.
    pub fn setbacks_of(&self, app: Id) -> impl Iterator<Item = &Setback> {
        self.setbacks
            .iter()
            .filter(move |s| s.application == Some(app))
    }

    /// The stories that show a strength or skill, for that strength's "told in" line.
    pub fn stories_showing(&self, id: Id) -> impl Iterator<Item = &StarStory> {
        self.stories
            .iter()
            .filter(move |s| s.strengths.contains(&id) || s.skills.contains(&id))
    }

    pub fn apply(&mut self, edit: ApplyingEdit, earlier: Earlier, ids: &mut IdSource) -> bool {
        use ApplyingEdit as E;
        match edit {
            E::AddMaterial {
                kind,
                title,
                checklist,
                today,
            } => {
                let title = clip_chars(title.trim(), MAX_MATERIAL_TITLE_CHARS);
                if !date_in_range(today)
                    || materials::material_refusal(&self.materials, &title).is_some()
                {
                    return false;
                }
                self.materials
                    .push(Material::new(kind, title, &checklist, today, ids));
                true
            }
            E::SetMaterialTitle(id, title) => {
                let title = clip_chars(&title, MAX_MATERIAL_TITLE_CHARS);
                !title.trim().is_empty()
                    && self
                        .material_mut(id)
                        .is_some_and(|m| set(&mut m.title, title))
            }
            E::AddVersion {
                material,
                label,
                today,
            } => {
                let label = clip_chars(label.trim(), materials::MAX_LABEL_CHARS);
                let Some(m) = self.material_mut(material) else {
                    return false;
                };
                if !date_in_range(today) || materials::version_refusal(m, &label).is_some() {
                    return false;
                }
                // A new version starts from the last one's aim, as it usually reworks it.
                let option = m.versions.last().and_then(|v| v.option);
                m.versions.push(MaterialVersion {
                    id: ids.next(),
                    label,
                    option,
                    updated_on: Some(today),
                    ..MaterialVersion::default()
                });
                true
            }
            E::SetVersionText(id, field, value) => {
                let value = clip_chars(&value, field.limit());
                if field == VersionText::Label && value.trim().is_empty() {
                    return false;
                }
                self.version_mut(id)
                    .is_some_and(|v| set(field.get_mut(v), value))
            }
            E::SetVersionStatus {
                version,
                status,
                today,
            } => {
                let Some(v) = self.version_mut(version) else {
                    return false;
                };
                if v.status == status || !date_in_range(today) {
                    return false;
                }
                v.status = status;
                v.updated_on = Some(today);
                true
            }
            E::SetVersionOption(_, Some(option)) if !earlier.has_option(option) => false,
            E::SetVersionOption(id, option) => self
                .version_mut(id)
                .is_some_and(|v| set(&mut v.option, option)),
            E::SetVersionUpdated(_, Some(day)) if !date_in_range(day) => false,
            E::SetVersionUpdated(id, day) => self
                .version_mut(id)
                .is_some_and(|v| set(&mut v.updated_on, day)),
            E::AddCheckItem { material, text } => {
                let text = clip_chars(text.trim(), MAX_CHECK_ITEM_CHARS);
                let Some(m) = self.material_mut(material) else {
                    return false;
                };
                if materials::check_item_refusal(m, &text).is_some() {
                    return false;
                }
                m.checklist.push(CheckItem {
                    id: ids.next(),
                    text,
                    done: false,
                });
                true
            }
            E::SetCheckItem(id, text) => {
                let text = clip_chars(&text, MAX_CHECK_ITEM_CHARS);
                !text.trim().is_empty()
                    && self
                        .check_item_mut(id)
                        .is_some_and(|c| set(&mut c.text, text))
            }
            E::TickCheckItem(id, done) => self
                .check_item_mut(id)
                .is_some_and(|c| set(&mut c.done, done)),
            E::AddApplication {
                company,
                role,
                today,
            } => {
                let company = clip_chars(company.trim(), MAX_NAME_CHARS);
                let role = clip_chars(role.trim(), MAX_NAME_CHARS);
                if !date_in_range(today)
                    || application_refusal(self.applications.len(), &company, &role).is_some()
                {
                    return false;
                }
                let history = vec![StatusChange {
                    on: today,
                    status: AppStatus::Interested,
                }];
                self.applications.push(Application {
                    id: ids.next(),
                    company,
                    role,
                    found_on: Some(today),
                    history,
                    ..Application::default()
                });
                true
            }
            E::SetApplicationText(id, field, value) => {
                let value = clip_chars(&value, field.limit());
                let Some(app) = self.application_mut(id) else {
                    return false;
                };
                // The company or the role may be emptied, not both.
                let emptied = match field {
                    ApplicationText::Company => identity_refusal(&value, &app.role).is_some(),
                    ApplicationText::Role => identity_refusal(&app.company, &value).is_some(),
                    _ => false,
                };
                !emptied && set(field.get_mut(app), value)
            }
            E::SetFoundOn(_, Some(day))
            | E::SetAppliedOn(_, Some(day))
            | E::SetNextOn(_, Some(day))
            | E::SetThankYou(_, Some(day))
                if !date_in_range(day) =>
            {
                false
            }
            E::SetFoundOn(id, day) => self.application_mut(id).is_some_and(|a| {
                dates_problem(day, a.applied_on).is_none() && set(&mut a.found_on, day)
            }),
            E::SetAppliedOn(id, day) => self.application_mut(id).is_some_and(|a| {
                dates_problem(a.found_on, day).is_none() && set(&mut a.applied_on, day)
            }),
            E::SetNextOn(id, day) => self
                .application_mut(id)
                .is_some_and(|a| set(&mut a.next_on, day)),
            E::SetThankYou(id, day) => self
                .application_mut(id)
                .is_some_and(|a| set(&mut a.thank_you_on, day)),
            E::Move { app, to, today } => {
                date_in_range(today)
                    && self
                        .application_mut(app)
                        .is_some_and(|a| a.move_to(to, today))
            }
            E::UndoMove(stood) => {
                let Some(a) = self.application_mut(stood.app) else {
                    return false;
                };
                let fits = stood.history.len() <= MAX_HISTORY
                    && stood.history.iter().all(|c| date_in_range(c.on))
                    && stood.applied_on.is_none_or(date_in_range)
                    && dates_problem(a.found_on, stood.applied_on).is_none();
                if !fits || a.status == stood.status {
                    return false;
                }
                a.status = stood.status;
                a.applied_on = stood.applied_on;
                a.history = stood.history;
                true
            }
            E::UseVersion { app, version, used } => {
                if used && self.version(version).is_none() {
                    return false;
                }
                let Some(a) = self.application_mut(app) else {
                    return false;
                };
                let full = a.versions.len() >= MAX_VERSIONS_USED && !a.versions.contains(&version);
                !(used && full) && toggle(&mut a.versions, version, used)
            }
            E::SetAppContact(_, Some(contact)) if !earlier.has_contact(contact) => false,
            E::SetAppContact(id, contact) => self
                .application_mut(id)
                .is_some_and(|a| set(&mut a.contact, contact)),
            E::SetAppOption(_, Some(option)) if !earlier.has_option(option) => false,
            E::SetAppOption(id, option) => self
                .application_mut(id)
                .is_some_and(|a| set(&mut a.option, option)),
            E::AddQuestion { kind, text } => {
                let text = clip_chars(text.trim(), MAX_QUESTION_CHARS);
                if interview::question_refusal(&self.questions, &text).is_some() {
                    return false;
                }
                self.questions.push(InterviewQuestion {
                    id: ids.next(),
                    kind,
                    text,
                });
                true
            }
            E::SetQuestion(id, text) => {
                let text = clip_chars(&text, MAX_QUESTION_CHARS);
                !text.trim().is_empty()
                    && self
                        .questions
                        .iter_mut()
                        .find(|q| q.id == id)
                        .is_some_and(|q| set(&mut q.text, text))
            }
            E::AddStory(title) => {
                let title = clip_chars(title.trim(), interview::MAX_STORY_TITLE_CHARS);
                if interview::story_refusal(&self.stories, &title).is_some() {
                    return false;
                }
                self.stories.push(StarStory {
                    id: ids.next(),
                    title,
                    ..StarStory::default()
                });
                true
            }
            E::SetStoryText(id, field, value) => {
                let value = clip_chars(&value, field.limit());
                if field == StoryText::Title && value.trim().is_empty() {
                    return false;
                }
                self.story_mut(id)
                    .is_some_and(|s| set(field.get_mut(s), value))
            }
            E::LinkStory {
                story,
                link,
                to,
                linked,
            } => {
                if linked && !earlier.has(link, to) {
                    return false;
                }
                let Some(s) = self.story_mut(story) else {
                    return false;
                };
                let list = link.list_mut(s);
                let full = list.len() >= MAX_STORY_LINKS && !list.contains(&to);
                !(linked && full) && toggle(list, to, linked)
            }
            E::LogPractice { question, on } => {
                let question = clip_chars(question.trim(), MAX_QUESTION_CHARS);
                if !date_in_range(on)
                    || interview::practice_refusal(&self.practice, &question).is_some()
                {
                    return false;
                }
                self.practice.push(PracticeEntry {
                    id: ids.next(),
                    question,
                    on: Some(on),
                    ..PracticeEntry::default()
                });
                true
            }
            E::SetPracticeImprove(id, text) => {
                let text = clip_chars(&text, MAX_IMPROVE_CHARS);
                self.practice_mut(id)
                    .is_some_and(|p| set(&mut p.improve, text))
            }
            E::SetPracticeRating(_, Some(r))
                if !(MIN_SELF_RATING..=MAX_SELF_RATING).contains(&r) =>
            {
                false
            }
            E::SetPracticeRating(id, rating) => self
                .practice_mut(id)
                .is_some_and(|p| set(&mut p.rating, rating)),
            E::SetPracticeDate(_, Some(day)) | E::SetSetbackDate(_, Some(day))
                if !date_in_range(day) =>
            {
                false
            }
            E::SetPracticeDate(id, day) => {
                self.practice_mut(id).is_some_and(|p| set(&mut p.on, day))
            }
            E::AddSetback { application, today } => {
                if !date_in_range(today)
                    || setbacks::setback_refusal(self.setbacks.len()).is_some()
                    || application.is_some_and(|a| self.application(a).is_none())
                {
                    return false;
                }
                self.setbacks.push(Setback {
                    id: ids.next(),
                    on: Some(today),
                    application,
                    ..Setback::default()
                });
                true
            }
            E::SetSetbackText(id, field, value) => {
                let value = clip_chars(&value, MAX_SETBACK_CHARS);
                self.setback_mut(id)
                    .is_some_and(|s| set(field.get_mut(s), value))
            }
            E::SetMood(id, mood) => self.setback_mut(id).is_some_and(|s| set(&mut s.mood, mood)),
            E::SetSetbackDate(id, day) => self.setback_mut(id).is_some_and(|s| set(&mut s.on, day)),
        }
    }

    pub fn ids(&self) -> Vec<Id> {
        let mut ids = Vec::new();
        for m in &self.materials {
            ids.push(m.id);
            ids.extend(m.checklist.iter().map(|c| c.id));
            ids.extend(m.versions.iter().map(|v| v.id));
        }
        ids.extend(self.applications.iter().map(|a| a.id));
        ids.extend(self.questions.iter().map(|q| q.id));
        ids.extend(self.stories.iter().map(|s| s.id));
        ids.extend(self.practice.iter().map(|p| p.id));
        ids.extend(self.setbacks.iter().map(|s| s.id));
        ids
    }

    /// `Ok` when every limit of the saved `applying` holds; otherwise the first one broken.
    pub fn check_limits(&self) -> Check {
        fn at(list: &str, i: usize, field: &str) -> String {
            format!("applying.{list}[{i}].{field}")
        }
        count(
            "applying.materials",
            self.materials.len(),
            MAX_MATERIALS,
            "materials",
        )?;
        for (i, m) in self.materials.iter().enumerate() {
            text(
                at("materials", i, "title"),
                &m.title,
                MAX_MATERIAL_TITLE_CHARS,
            )?;
            count(
                &at("materials", i, "checklist"),
                m.checklist.len(),
                MAX_CHECK_ITEMS,
                "checklist items",
            )?;
            for (j, item) in m.checklist.iter().enumerate() {
                text(
                    format!("applying.materials[{i}].checklist[{j}].text"),
                    &item.text,
                    MAX_CHECK_ITEM_CHARS,
                )?;
            }
            count(
                &at("materials", i, "versions"),
                m.versions.len(),
                MAX_VERSIONS,
                "versions",
            )?;
            for (j, v) in m.versions.iter().enumerate() {
                for field in VersionText::ALL {
                    text(
                        format!("applying.materials[{i}].versions[{j}].{}", field.key()),
                        field.get(v),
                        field.limit(),
                    )?;
                }
                date(
                    format!("applying.materials[{i}].versions[{j}].updated_on"),
                    v.updated_on,
                )?;
            }
        }
        count(
            "applying.applications",
            self.applications.len(),
            MAX_APPLICATIONS,
            "applications",
        )?;
        for (i, a) in self.applications.iter().enumerate() {
            range(
                at("applications", i, "company"),
                identity_refusal(&a.company, &a.role).is_none(),
                || "an application needs a company or a role, and this has neither".into(),
            )?;
            for field in ApplicationText::ALL {
                text(
                    at("applications", i, field.key()),
                    field.get(a),
                    field.limit(),
                )?;
            }
            for (field, day) in [
                ("found_on", a.found_on),
                ("applied_on", a.applied_on),
                ("next_on", a.next_on),
                ("thank_you_on", a.thank_you_on),
            ] {
                date(at("applications", i, field), day)?;
            }
            if let Some(problem) = dates_problem(a.found_on, a.applied_on) {
                range(
                    at("applications", i, "applied_on"),
                    false,
                    || match problem {
                        DatesProblem::AppliedBeforeFound { found, applied } => {
                            format!("it says applied on {applied}, before it was found on {found}")
                        }
                    },
                )?;
            }
            count(
                &at("applications", i, "versions"),
                a.versions.len(),
                MAX_VERSIONS_USED,
                "materials sent with one application",
            )?;
            count(
                &at("applications", i, "history"),
                a.history.len(),
                MAX_HISTORY,
                "status changes",
            )?;
            for (j, change) in a.history.iter().enumerate() {
                date(
                    format!("applying.applications[{i}].history[{j}].on"),
                    Some(change.on),
                )?;
            }
        }
        count(
            "applying.questions",
            self.questions.len(),
            MAX_OWN_QUESTIONS,
            "questions of your own",
        )?;
        for (i, q) in self.questions.iter().enumerate() {
            text(at("questions", i, "text"), &q.text, MAX_QUESTION_CHARS)?;
        }
        count(
            "applying.stories",
            self.stories.len(),
            MAX_STORIES,
            "stories",
        )?;
        for (i, s) in self.stories.iter().enumerate() {
            for field in StoryText::ALL {
                text(at("stories", i, field.key()), field.get(s), field.limit())?;
            }
            count(
                &at("stories", i, "strengths"),
                s.strengths.len(),
                MAX_STORY_LINKS,
                "linked strengths",
            )?;
            count(
                &at("stories", i, "skills"),
                s.skills.len(),
                MAX_STORY_LINKS,
                "linked skills",
            )?;
        }
        count(
            "applying.practice",
            self.practice.len(),
            MAX_PRACTICE,
            "practice entries",
        )?;
        for (i, p) in self.practice.iter().enumerate() {
            text(
                at("practice", i, "question"),
                &p.question,
                MAX_QUESTION_CHARS,
            )?;
            text(at("practice", i, "improve"), &p.improve, MAX_IMPROVE_CHARS)?;
            date(at("practice", i, "on"), p.on)?;
            if let Some(r) = p.rating {
                scale(
                    at("practice", i, "rating"),
                    r,
                    MIN_SELF_RATING,
                    MAX_SELF_RATING,
                    "a self-rating",
                )?;
            }
        }
        count(
            "applying.setbacks",
            self.setbacks.len(),
            MAX_SETBACKS,
            "setbacks",
        )?;
        for (i, s) in self.setbacks.iter().enumerate() {
            date(at("setbacks", i, "on"), s.on)?;
            for field in SetbackText::ALL {
                text(
                    at("setbacks", i, field.key()),
                    field.get(s),
                    MAX_SETBACK_CHARS,
                )?;
            }
        }
        Ok(())
    }

    /// Clears links to records that do not exist (here or in `earlier`) and keeps each link once.
    pub fn normalise(&mut self, earlier: Earlier) {
        let versions: Vec<Id> = self
            .materials
            .iter()
            .flat_map(|m| m.versions.iter().map(|v| v.id))
            .collect();
        for m in &mut self.materials {
            for v in &mut m.versions {
                if v.option.is_some_and(|o| !earlier.has_option(o)) {
                    v.option = None;
                }
            }
        }
        for a in &mut self.applications {
            a.versions.retain(|v| versions.contains(v));
            dedup(&mut a.versions);
            if a.contact.is_some_and(|c| !earlier.has_contact(c)) {
                a.contact = None;
            }
            if a.option.is_some_and(|o| !earlier.has_option(o)) {
                a.option = None;
            }
        }
        for s in &mut self.stories {
            for link in [StoryLink::Strength, StoryLink::Skill] {
                let list = link.list_mut(s);
                list.retain(|id| earlier.has(link, *id));
                dedup(list);
            }
        }
        let apps: Vec<Id> = self.applications.iter().map(|a| a.id).collect();
        for s in &mut self.setbacks {
            if s.application.is_some_and(|a| !apps.contains(&a)) {
                s.application = None;
            }
        }
    }

    /// The links this stage holds to any of `gone`.
    pub fn links_to(&self, gone: &[Id]) -> Vec<Link> {
        let mut links = Vec::new();
        let mut add = |from: Id, to: Id| {
            if gone.contains(&to) {
                links.push(Link { from, to });
            }
        };
        for m in &self.materials {
            for v in &m.versions {
                v.option.into_iter().for_each(|to| add(v.id, to));
            }
        }
        for a in &self.applications {
            a.versions
                .iter()
                .chain(&a.contact)
                .chain(&a.option)
                .for_each(|to| add(a.id, *to));
        }
        for s in &self.stories {
            s.strengths
                .iter()
                .chain(&s.skills)
                .for_each(|to| add(s.id, *to));
        }
        for s in &self.setbacks {
            s.application.into_iter().for_each(|to| add(s.id, to));
        }
        links
    }

    pub fn unlink(&mut self, gone: &[Id]) {
        let cut = |slot: &mut Option<Id>| {
            if slot.is_some_and(|to| gone.contains(&to)) {
                *slot = None;
            }
        };
        for m in &mut self.materials {
            m.versions.iter_mut().for_each(|v| cut(&mut v.option));
        }
        for a in &mut self.applications {
            a.versions.retain(|v| !gone.contains(v));
            cut(&mut a.contact);
            cut(&mut a.option);
        }
        for s in &mut self.stories {
            s.strengths.retain(|x| !gone.contains(x));
            s.skills.retain(|x| !gone.contains(x));
        }
        self.setbacks
            .iter_mut()
            .for_each(|s| cut(&mut s.application));
    }

    /// Ties `links` again where both ends exist and the slot is free. Ids are unique across the
    /// workbook, so where a link's target lives says which slot it was.
    pub fn relink(&mut self, links: &[Link], earlier: Earlier) {
        let versions: Vec<Id> = self
            .materials
            .iter()
            .flat_map(|m| m.versions.iter().map(|v| v.id))
            .collect();
        let apps: Vec<Id> = self.applications.iter().map(|a| a.id).collect();
        let fill = |slot: &mut Option<Id>, to: Id| {
            if slot.is_none() {
                *slot = Some(to);
            }
        };
        for link in links {
            let (from, to) = (link.from, link.to);
            if let Some(a) = self.applications.iter_mut().find(|a| a.id == from) {
                if versions.contains(&to)
                    && !a.versions.contains(&to)
                    && a.versions.len() < MAX_VERSIONS_USED
                {
                    a.versions.push(to);
                } else if earlier.has_contact(to) {
                    fill(&mut a.contact, to);
                } else if earlier.has_option(to) {
                    fill(&mut a.option, to);
                }
            } else if let Some(v) = self.version_mut(from) {
                if earlier.has_option(to) {
                    fill(&mut v.option, to);
                }
            } else if let Some(s) = self.story_mut(from) {
                for kind in [StoryLink::Strength, StoryLink::Skill] {
                    let list = kind.list_mut(s);
                    if earlier.has(kind, to) && !list.contains(&to) && list.len() < MAX_STORY_LINKS
                    {
                        list.push(to);
                    }
                }
            } else if let Some(s) = self.setback_mut(from) {
                if apps.contains(&to) {
                    fill(&mut s.application, to);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests;

//! E1, the current situation, with "from feeling to reasons"; E5 strengths; E7 the skills inventory
//! and its 2×2 map; E8 flow and energy. Plain records and their edits.

use serde::{Deserialize, Serialize};

use crate::model::base::text::text_fields;
use crate::model::base::{Direction, Id, IdSource, Refusal, MAX_TEXT_CHARS, clip_chars, refusal_to_add, refusal_to_rename, set};

pub const MAX_SHORT: usize = 200;
pub const MAX_PAST_ROLES: usize = 30;
pub const MAX_FEELINGS: usize = 30;
/// "Top five strengths".
pub const MAX_STRENGTHS: usize = 5;
pub const MAX_SKILLS: usize = 60;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Situation {
    pub role: String,
    pub organisation: String,
    pub tenure: String,
    pub education: String,
    pub past_roles: Vec<PastRole>,
    pub structure: String,
    pub culture: String,
    pub key_people: String,
    pub likes: String,
    pub dislikes: String,
    pub feelings: Vec<FeelingToReasons>,
}

text_fields! {
    /// The free-text parts of where the person stands now.
    pub enum SituationText for Situation {
        Role => role,
        Organisation => organisation,
        Tenure => tenure,
        Education => education,
        Structure => structure,
        Culture => culture,
        KeyPeople => key_people,
        Likes => likes,
        Dislikes => dislikes,
    }
}

impl SituationText {
    /// Short answers are one line; the rest are reflections.
    pub fn limit(self) -> usize {
        match self {
            SituationText::Role | SituationText::Organisation | SituationText::Tenure => MAX_SHORT,
            _ => MAX_TEXT_CHARS,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PastRole {
    pub id: Id,
    pub title: String,
    pub organisation: String,
    pub years: String,
}

/// A feeling ("I dread Mondays") and the reasons it turns into, once looked at.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct FeelingToReasons {
    pub id: Id,
    pub feeling: String,
    pub reasons: String,
}

/// The guiding questions between a feeling and its reasons.
pub const FEELING_QUESTIONS: [&str; 4] = [
    "What exactly happens when you feel this way? Where are you, who is there?",
    "Since when have you felt it? What changed around then?",
    "Which of your values does it touch?",
    "If a friend said this to you, what would you ask them?",
];

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Strength {
    pub id: Id,
    pub name: String,
    /// "A time when…"
    pub evidence: String,
    /// How energising using it feels, 1 (draining) to 5 (energising).
    pub energy: Option<u8>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SkillKind {
    #[default]
    Transferable,
    Technical,
}

/// A skill starts unrated, so that it lands on the map only when the person has placed it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Skill {
    pub id: Id,
    pub name: String,
    pub kind: SkillKind,
    /// 1 (beginner) to 5 (expert); `None` until rated.
    pub proficiency: Option<u8>,
    /// 1 (dislike using it) to 5 (love using it); `None` until rated.
    pub enjoyment: Option<u8>,
}

/// Where a skill falls on the 2×2 map of proficiency and enjoyment (3 and above counts as high).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quadrant {
    /// Good at it and enjoy it: build the next role around these.
    Motivated,
    /// Enjoy it, not yet good at it: worth developing.
    Develop,
    /// Good at it, do not enjoy it: a risk of burnout if it fills the days.
    BurnoutRisk,
    /// Neither: let it go where possible.
    LetGo,
}

impl Quadrant {
    pub fn label(self) -> &'static str {
        match self {
            Quadrant::Motivated => "Motivated skills",
            Quadrant::Develop => "Worth developing",
            Quadrant::BurnoutRisk => "Burnout risk",
            Quadrant::LetGo => "Let go",
        }
    }
}

impl Skill {
    /// Where the skill falls on the map, once both ratings are given.
    pub fn quadrant(&self) -> Option<Quadrant> {
        Some(match (self.proficiency? >= 3, self.enjoyment? >= 3) {
            (true, true) => Quadrant::Motivated,
            (false, true) => Quadrant::Develop,
            (true, false) => Quadrant::BurnoutRisk,
            (false, false) => Quadrant::LetGo,
        })
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Flow {
    pub moments: String,
    pub energisers: String,
    pub drainers: String,
}

text_fields! {
    /// The three questions of E8.
    pub enum FlowText for Flow {
        Moments => moments,
        Energisers => energisers,
        Drainers => drainers,
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PastRoleField {
    Title(String),
    Organisation(String),
    Years(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StrengthField {
    Name(String),
    Evidence(String),
    Energy(Option<u8>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SkillField {
    Name(String),
    Kind(SkillKind),
    Proficiency(Option<u8>),
    Enjoyment(Option<u8>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SelfEdit {
    Situation(SituationText, String),
    AddPastRole,
    SetPastRole(Id, PastRoleField),
    MovePastRole(Id, Direction),
    AddFeeling,
    SetFeeling { id: Id, feeling: Option<String>, reasons: Option<String> },
    AddStrength,
    SetStrength(Id, StrengthField),
    AddSkill { name: String, kind: SkillKind },
    SetSkill(Id, SkillField),
    Flow(FlowText, String),
}

/// Why a new skill called `name` would be refused, if it would.
pub fn skill_refusal(skills: &[Skill], name: &str) -> Option<Refusal> {
    let empty = Refusal::Empty { ask: "Name the skill, for example “Planning rotas”." };
    let full = Refusal::Full { limit: MAX_SKILLS, what: "skills in your inventory", make_room: "Remove one that matters less first." };
    refusal_to_add(name, [], skills.len(), empty, full)
}

/// Why renaming a skill to `name` would be refused, if it would.
pub fn skill_rename_refusal(name: &str) -> Option<Refusal> {
    refusal_to_rename(name, Refusal::Empty { ask: "A skill needs a name. Write a new one; until then it keeps its old name." })
}

/// The records E1, E5, E7 and E8 edit, borrowed together.
pub struct SelfParts<'a> {
    pub situation: &'a mut Situation,
    pub strengths: &'a mut Vec<Strength>,
    pub skills: &'a mut Vec<Skill>,
    pub flow: &'a mut Flow,
}

impl SelfParts<'_> {
    pub fn apply(self, edit: SelfEdit, ids: &mut IdSource) -> bool {
        let short = |t: String| clip_chars(&t, MAX_SHORT);
        match edit {
            SelfEdit::Situation(field, text) => set(field.get_mut(self.situation), clip_chars(&text, field.limit())),
            SelfEdit::AddPastRole if self.situation.past_roles.len() < MAX_PAST_ROLES => {
                self.situation.past_roles.push(PastRole { id: ids.next(), ..PastRole::default() });
                true
            }
            SelfEdit::SetPastRole(id, field) => {
                self.situation.past_roles.iter_mut().find(|r| r.id == id).is_some_and(|r| match field {
                    PastRoleField::Title(t) => set(&mut r.title, short(t)),
                    PastRoleField::Organisation(t) => set(&mut r.organisation, short(t)),
                    PastRoleField::Years(t) => set(&mut r.years, short(t)),
                })
            }
            SelfEdit::MovePastRole(id, direction) => {
                let roles = &mut self.situation.past_roles;
                let Some(at) = roles.iter().position(|r| r.id == id) else { return false };
                direction.swap_in(roles, at)
            }
            SelfEdit::AddFeeling if self.situation.feelings.len() < MAX_FEELINGS => {
                self.situation.feelings.push(FeelingToReasons { id: ids.next(), ..FeelingToReasons::default() });
                true
            }
            SelfEdit::SetFeeling { id, feeling, reasons } => {
                self.situation.feelings.iter_mut().find(|f| f.id == id).is_some_and(|f| {
                    let a = feeling.is_some_and(|t| set(&mut f.feeling, clip_chars(&t, MAX_TEXT_CHARS)));
                    let b = reasons.is_some_and(|t| set(&mut f.reasons, clip_chars(&t, MAX_TEXT_CHARS)));
                    a || b
                })
            }
            SelfEdit::AddStrength if self.strengths.len() < MAX_STRENGTHS => {
                self.strengths.push(Strength { id: ids.next(), ..Strength::default() });
                true
            }
            SelfEdit::SetStrength(id, field) => self.strengths.iter_mut().find(|s| s.id == id).is_some_and(|s| match field {
                StrengthField::Name(t) => set(&mut s.name, short(t)),
                StrengthField::Evidence(t) => set(&mut s.evidence, clip_chars(&t, MAX_TEXT_CHARS)),
                StrengthField::Energy(e) => set(&mut s.energy, e.map(|e| e.clamp(1, 5))),
            }),
            SelfEdit::AddSkill { name, kind } => {
                let name = clip_chars(name.trim(), MAX_SHORT);
                if skill_refusal(self.skills, &name).is_some() {
                    return false;
                }
                self.skills.push(Skill { id: ids.next(), name, kind, ..Skill::default() });
                true
            }
            SelfEdit::SetSkill(id, field) => self.skills.iter_mut().find(|s| s.id == id).is_some_and(|s| match field {
                SkillField::Name(t) => {
                    let t = short(t);
                    skill_rename_refusal(&t).is_none() && set(&mut s.name, t)
                }
                SkillField::Kind(k) => set(&mut s.kind, k),
                SkillField::Proficiency(p) => set(&mut s.proficiency, p.map(|p| p.clamp(1, 5))),
                SkillField::Enjoyment(e) => set(&mut s.enjoyment, e.map(|e| e.clamp(1, 5))),
            }),
            SelfEdit::Flow(field, text) => set(field.get_mut(self.flow), clip_chars(&text, MAX_TEXT_CHARS)),
            SelfEdit::AddPastRole | SelfEdit::AddFeeling | SelfEdit::AddStrength => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skills_fall_into_their_quadrant() {
        let skill = |p: u8, e: u8| Skill { proficiency: Some(p), enjoyment: Some(e), ..Skill::default() };
        assert_eq!(skill(5, 5).quadrant(), Some(Quadrant::Motivated));
        assert_eq!(skill(3, 3).quadrant(), Some(Quadrant::Motivated));
        assert_eq!(skill(1, 4).quadrant(), Some(Quadrant::Develop));
        assert_eq!(skill(4, 2).quadrant(), Some(Quadrant::BurnoutRisk));
        assert_eq!(skill(2, 2).quadrant(), Some(Quadrant::LetGo));
        // A new skill is unrated and on no quadrant until both ratings are given.
        assert_eq!(Skill::default().quadrant(), None);
        assert_eq!(Skill { proficiency: Some(4), ..Skill::default() }.quadrant(), None);
    }

    #[derive(Default)]
    struct Parts {
        situation: Situation,
        strengths: Vec<Strength>,
        skills: Vec<Skill>,
        flow: Flow,
        ids: IdSource,
    }

    impl Parts {
        fn edit(&mut self, edit: SelfEdit) -> bool {
            let parts = SelfParts {
                situation: &mut self.situation,
                strengths: &mut self.strengths,
                skills: &mut self.skills,
                flow: &mut self.flow,
            };
            parts.apply(edit, &mut self.ids)
        }
    }

    #[test]
    fn at_most_five_strengths_and_values_clamped() {
        let mut p = Parts { ids: IdSource::starting_at(5), ..Parts::default() };
        for _ in 0..5 {
            assert!(p.edit(SelfEdit::AddStrength));
        }
        assert!(!p.edit(SelfEdit::AddStrength));
        assert!(p.edit(SelfEdit::SetStrength(Id(5), StrengthField::Energy(Some(9)))));
        assert!(p.edit(SelfEdit::AddSkill { name: "Python".into(), kind: SkillKind::Technical }));
        assert!(!p.edit(SelfEdit::AddSkill { name: " ".into(), kind: SkillKind::Technical }));
        assert_eq!(p.skills[0].quadrant(), None, "a new skill starts unrated");
        assert!(p.edit(SelfEdit::SetSkill(Id(10), SkillField::Proficiency(Some(0)))));
        assert!(p.edit(SelfEdit::SetSkill(Id(10), SkillField::Enjoyment(Some(3)))));
        assert_eq!(p.strengths[0].energy, Some(5));
        assert_eq!(p.skills[0].proficiency, Some(1));
        assert_eq!(p.skills[0].quadrant(), Some(Quadrant::Develop));
        assert!(p.edit(SelfEdit::Flow(FlowText::Drainers, "Meetings".into())));
        assert_eq!(p.flow.drainers, "Meetings");
    }

    #[test]
    fn past_roles_are_reordered() {
        let mut p = Parts::default();
        p.edit(SelfEdit::AddPastRole);
        p.edit(SelfEdit::AddPastRole);
        assert!(p.edit(SelfEdit::MovePastRole(Id(2), Direction::Up)));
        assert!(!p.edit(SelfEdit::MovePastRole(Id(2), Direction::Up)));
        assert_eq!(p.situation.past_roles[0].id, Id(2));
    }
}

//! The one edit of the sections about the person (E1 situation, E5 strengths, E7 skills, E8 flow),
//! applied to their records borrowed together.

use crate::model::base::{clip_chars, set, Direction, Id, IdSource, MAX_TEXT_CHARS};

use super::flow::{Flow, FlowText};
use super::situation::{
    feeling_refusal, past_role_refusal, FeelingToReasons, PastRole, PastRoleField, Situation,
    SituationText, MAX_SHORT,
};
use super::skills::{skill_refusal, skill_rename_refusal, Skill, SkillField, SkillKind};
use super::strengths::{strength_refusal, Strength, StrengthField};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SelfEdit {
    Situation(SituationText, String),
    AddPastRole,
    SetPastRole(Id, PastRoleField),
    MovePastRole(Id, Direction),
    AddFeeling,
    SetFeeling {
        id: Id,
        feeling: Option<String>,
        reasons: Option<String>,
    },
    AddStrength,
    SetStrength(Id, StrengthField),
    AddSkill {
        name: String,
        kind: SkillKind,
    },
    SetSkill(Id, SkillField),
    Flow(FlowText, String),
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
            SelfEdit::Situation(field, text) => set(
                field.get_mut(self.situation),
                clip_chars(&text, field.limit()),
            ),
            SelfEdit::AddPastRole if past_role_refusal(self.situation).is_none() => {
                self.situation.past_roles.push(PastRole {
                    id: ids.next(),
                    ..PastRole::default()
                });
                true
            }
            SelfEdit::SetPastRole(id, field) => self
                .situation
                .past_roles
                .iter_mut()
                .find(|r| r.id == id)
                .is_some_and(|r| match field {
                    PastRoleField::Title(t) => set(&mut r.title, short(t)),
                    PastRoleField::Organisation(t) => set(&mut r.organisation, short(t)),
                    PastRoleField::Years(t) => set(&mut r.years, short(t)),
                }),
            SelfEdit::MovePastRole(id, direction) => {
                let roles = &mut self.situation.past_roles;
                let Some(at) = roles.iter().position(|r| r.id == id) else {
                    return false;
                };
                direction.swap_in(roles, at)
            }
            SelfEdit::AddFeeling if feeling_refusal(self.situation).is_none() => {
                self.situation.feelings.push(FeelingToReasons {
                    id: ids.next(),
                    ..FeelingToReasons::default()
                });
                true
            }
            SelfEdit::SetFeeling {
                id,
                feeling,
                reasons,
            } => self
                .situation
                .feelings
                .iter_mut()
                .find(|f| f.id == id)
                .is_some_and(|f| {
                    let a = feeling
                        .is_some_and(|t| set(&mut f.feeling, clip_chars(&t, MAX_TEXT_CHARS)));
                    let b = reasons
                        .is_some_and(|t| set(&mut f.reasons, clip_chars(&t, MAX_TEXT_CHARS)));
                    a || b
                }),
            SelfEdit::AddStrength if strength_refusal(self.strengths).is_none() => {
                self.strengths.push(Strength {
                    id: ids.next(),
                    ..Strength::default()
                });
                true
            }
            SelfEdit::SetStrength(id, field) => self
                .strengths
                .iter_mut()
                .find(|s| s.id == id)
                .is_some_and(|s| match field {
                    StrengthField::Name(t) => set(&mut s.name, short(t)),
                    StrengthField::Evidence(t) => {
                        set(&mut s.evidence, clip_chars(&t, MAX_TEXT_CHARS))
                    }
                    StrengthField::Energy(e) => set(&mut s.energy, e.map(|e| e.clamp(1, 5))),
                }),
            SelfEdit::AddSkill { name, kind } => {
                let name = clip_chars(name.trim(), MAX_SHORT);
                if skill_refusal(self.skills, &name).is_some() {
                    return false;
                }
                self.skills.push(Skill {
                    id: ids.next(),
                    name,
                    kind,
                    ..Skill::default()
                });
                true
            }
            SelfEdit::SetSkill(id, field) => self
                .skills
                .iter_mut()
                .find(|s| s.id == id)
                .is_some_and(|s| match field {
                    SkillField::Name(t) => {
                        let t = short(t);
                        skill_rename_refusal(&t).is_none() && set(&mut s.name, t)
                    }
                    SkillField::Kind(k) => set(&mut s.kind, k),
                    SkillField::Proficiency(p) => set(&mut s.proficiency, p.map(|p| p.clamp(1, 5))),
                    SkillField::Enjoyment(e) => set(&mut s.enjoyment, e.map(|e| e.clamp(1, 5))),
                }),
            SelfEdit::Flow(field, text) => {
                set(field.get_mut(self.flow), clip_chars(&text, MAX_TEXT_CHARS))
            }
            SelfEdit::AddPastRole | SelfEdit::AddFeeling | SelfEdit::AddStrength => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::exploration::skills::Quadrant;

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
        let mut p = Parts {
            ids: IdSource::starting_at(5),
            ..Parts::default()
        };
        for _ in 0..5 {
            assert!(p.edit(SelfEdit::AddStrength));
        }
        assert!(!p.edit(SelfEdit::AddStrength));
        assert!(p.edit(SelfEdit::SetStrength(Id(5), StrengthField::Energy(Some(9)))));
        assert!(p.edit(SelfEdit::AddSkill {
            name: "Python".into(),
            kind: SkillKind::Technical
        }));
        assert!(!p.edit(SelfEdit::AddSkill {
            name: " ".into(),
            kind: SkillKind::Technical
        }));
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

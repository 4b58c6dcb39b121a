//! E7, the skills inventory and its 2×2 map of proficiency and enjoyment.

use serde::Serialize;

use crate::model::base::saved::{saved_choice, saved_record};
use crate::model::base::{refusal_to_add, refusal_to_rename, Id, Refusal};

pub const MAX_SKILLS: usize = 60;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SkillKind {
    #[default]
    Transferable,
    Technical,
}
saved_choice!(SkillKind);

impl SkillKind {
    pub const ALL: [SkillKind; 2] = [SkillKind::Transferable, SkillKind::Technical];

    /// The stable name used in the saved form.
    pub fn key(self) -> &'static str {
        match self {
            SkillKind::Transferable => "transferable",
            SkillKind::Technical => "technical",
        }
    }
}

/// A skill starts unrated, so that it lands on the map only when the person has placed it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Skill {
    pub id: Id,
    pub name: String,
    pub kind: SkillKind,
    /// 1 (beginner) to 5 (expert); `None` until rated.
    pub proficiency: Option<u8>,
    /// 1 (dislike using it) to 5 (love using it); `None` until rated.
    pub enjoyment: Option<u8>,
}
saved_record!(Skill with defaults { id, name, kind, proficiency, enjoyment });

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

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SkillField {
    Name(String),
    Kind(SkillKind),
    Proficiency(Option<u8>),
    Enjoyment(Option<u8>),
}

/// Why a new skill called `name` would be refused, if it would.
pub fn skill_refusal(skills: &[Skill], name: &str) -> Option<Refusal> {
    let empty = Refusal::Empty {
        ask: "Name the skill, for example “Planning rotas”.",
    };
    let full = Refusal::Full {
        limit: MAX_SKILLS,
        what: "skills in your inventory",
        make_room: "Remove one that matters less first.",
    };
    refusal_to_add(name, [], skills.len(), empty, full)
}

/// Why renaming a skill to `name` would be refused, if it would.
pub fn skill_rename_refusal(name: &str) -> Option<Refusal> {
    refusal_to_rename(
        name,
        Refusal::Empty {
            ask: "A skill needs a name. Write a new one; until then it keeps its old name.",
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skills_fall_into_their_quadrant() {
        let skill = |p: u8, e: u8| Skill {
            proficiency: Some(p),
            enjoyment: Some(e),
            ..Skill::default()
        };
        assert_eq!(skill(5, 5).quadrant(), Some(Quadrant::Motivated));
        assert_eq!(skill(3, 3).quadrant(), Some(Quadrant::Motivated));
        assert_eq!(skill(1, 4).quadrant(), Some(Quadrant::Develop));
        assert_eq!(skill(4, 2).quadrant(), Some(Quadrant::BurnoutRisk));
        assert_eq!(skill(2, 2).quadrant(), Some(Quadrant::LetGo));
        // A new skill is unrated and on no quadrant until both ratings are given.
        assert_eq!(Skill::default().quadrant(), None);
        assert_eq!(
            Skill {
                proficiency: Some(4),
                ..Skill::default()
            }
            .quadrant(),
            None
        );
    }
}

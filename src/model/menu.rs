//! Which stages the menu lists. A coach's program may name the stages it covers (D3); the others
//! are tucked away in the client's menu, one press from view, unless the person has written in them.
//! A composer: it reads the program (coaching) and every stage it may tuck away.

use super::base::matrix::DEFAULT_WEIGHT;
use super::coach::ProgramStage;
use super::deeper::DEFAULT_CRITERIA;
use super::workbook::Workbook;

/// Which stages the menu lists, in [`ProgramStage::ALL`]'s order. A coach's program may name
/// the stages it covers; the others are tucked away (still there, one press away, and open by
/// address), except one the person has written in or the program asks a question in: nobody's own
/// words are ever hidden from them. With no program, or one covering every stage, all are listed.
pub fn stages_in_view(w: &Workbook) -> [bool; 5] {
    match &w.coach.received {
        Some(received) if !received.program.stages.is_empty() => {
            let program = &received.program;
            ProgramStage::ALL.map(|stage| {
                program.covers(stage)
                    || program.questions_for(stage).next().is_some()
                    || written_in(w, stage)
            })
        }
        _ => [true; 5],
    }
}

/// Whether anything of `stage` differs from a new workbook's. Cards a coach added to the deck count
/// as Exploration's: they are there to be sorted. Field by field rather than `!= Default::default()`:
/// the nav reads this on the first load, and field-by-field keeps every stage's deep comparison code
/// out of it (a test keeps it whole: each field of a full workbook's stage, alone, counts as written in).
fn written_in(w: &Workbook, stage: ProgramStage) -> bool {
    fn any(texts: &[&str]) -> bool {
        texts.iter().any(|t| !t.is_empty())
    }
    match stage {
        ProgramStage::Exploration => {
            let (v, e) = (&w.vision, &w.exploration);
            let s = &e.situation;
            let (values, r) = (&e.values, &e.readiness);
            any(&[
                &v.best_of_all_worlds,
                &v.one_year,
                &v.three_years,
                &v.ten_years,
            ]) || v.clarity.is_some()
                || any(&[
                    &s.role,
                    &s.organisation,
                    &s.tenure,
                    &s.education,
                    &s.structure,
                    &s.culture,
                    &s.key_people,
                    &s.likes,
                    &s.dislikes,
                ])
                || !(s.past_roles.is_empty() && s.feelings.is_empty())
                || !(e.buts.is_empty()
                    && e.strengths.is_empty()
                    && e.skills.is_empty()
                    && e.goals.is_empty())
                || !(values.custom.is_empty()
                    && values.placements.is_empty()
                    && values.top.is_empty()
                    && values.reflections.is_empty()
                    && values.history.is_empty())
                || !(e.interests.ratings.is_empty() && e.interests.topics.is_empty())
                || any(&[
                    &e.interests.common_thread,
                    &e.flow.moments,
                    &e.flow.energisers,
                    &e.flow.drainers,
                    &r.responsibilities,
                    &r.support,
                ])
                || !r.sources.is_empty()
                || r.savings.is_some()
                || r.monthly_costs.is_some()
                || r.uncertainty.is_some()
        }
        ProgramStage::Deeper => {
            let d = &w.deeper;
            let criteria_as_new = d
                .matrix
                .criteria
                .iter()
                .map(|c| (c.name.as_str(), c.weight))
                .eq(DEFAULT_CRITERIA.iter().map(|name| (*name, DEFAULT_WEIGHT)));
            !(d.options.is_empty()
                && d.skill_gaps.is_empty()
                && d.matrix.gut.is_empty()
                && d.matrix.scores.is_empty()
                && criteria_as_new)
                || d.decision.chosen.is_some()
                || any(&[
                    &d.decision.direction,
                    &d.decision.why,
                    &d.decision.change_my_mind,
                ])
        }
        ProgramStage::Networking => {
            let n = &w.networking;
            !(n.contacts.is_empty()
                && n.interactions.is_empty()
                && n.drafts.is_empty()
                && n.own_questions.is_empty()
                && n.ladder.is_empty()
                && n.goals.is_empty())
        }
        ProgramStage::Applying => {
            let a = &w.applying;
            !(a.materials.is_empty()
                && a.applications.is_empty()
                && a.questions.is_empty()
                && a.stories.is_empty()
                && a.practice.is_empty()
                && a.setbacks.is_empty())
        }
        ProgramStage::Closing => {
            let (c, m) = (&w.closing, &w.closing.matrix);
            let l = &c.celebration;
            !(c.offers.is_empty()
                && c.leaving.is_empty()
                && m.criteria.is_empty()
                && m.scores.is_empty()
                && m.gut.is_empty())
                || any(&[&l.proud_of, &l.learned, &l.thanks, &l.tools])
                || l.next_check_in.is_some()
        }
    }
}

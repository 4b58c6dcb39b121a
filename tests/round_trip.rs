//! Round trips and robustness over many generated workbooks: what is exported is what comes back,
//! and no damage to a document makes the validator panic.

use chrono::{NaiveDate, TimeZone, Utc};
use waypoint::model::applying::Target as AT;
use waypoint::model::applying::{
    AppStatus, ApplicationText, ApplyingEdit, MaterialKind, Mood, QuestionKind, SetbackText,
    StoryLink, StoryText, VersionStatus, VersionText,
};
use waypoint::model::base::matrix::MatrixEdit;
use waypoint::model::base::Direction;
use waypoint::model::closing::Target as CT;
use waypoint::model::closing::{
    leaving_checklist, offer_criteria, CelebrationText, ClosingEdit, NegotiationText, OfferNumber,
    OfferText,
};
use waypoint::model::deeper::Target as DT;
use waypoint::model::deeper::{
    DecisionText, DeeperEdit, GapField, GapMethod, OptionStatus, OptionText, RealityTestKind,
    RiskField, SalaryField, TestField,
};
use waypoint::model::exploration::about_you::SelfEdit;
use waypoint::model::exploration::buts::ButEdit;
use waypoint::model::exploration::flow::FlowText;
use waypoint::model::exploration::goals::GoalEdit;
use waypoint::model::exploration::interests::{InterestsEdit, ITEMS};
use waypoint::model::exploration::readiness::{Dissatisfaction, ReadinessEdit};
use waypoint::model::exploration::situation::SituationText;
use waypoint::model::exploration::skills::{SkillField, SkillKind};
use waypoint::model::exploration::values::{Pile, ReflectionField, ValuesEdit};
use waypoint::model::exploration::vision::VisionEdit;
use waypoint::model::exploration::Target as ET;
use waypoint::model::networking::outreach::QUESTIONS;
use waypoint::model::networking::Target as NT;
use waypoint::model::networking::{
    Channel, ContactText, InteractionText, LadderStep, NetworkingEdit, NewConversation, Period,
    Warmth,
};
use waypoint::model::plan::Target as PT;
use waypoint::model::plan::{CheckInText, IfThenText, PlanEdit, Rating, StepLink, StepStatus};
use waypoint::model::StartEdit;
use waypoint::model::{
    CheckInRhythm, Edit, Horizon, Id, Part, Target, VisionClarity, Workbook, MAX_PROGRAM_WEEKS,
    MIN_PROGRAM_WEEKS,
};
use waypoint::store::document::{export_text, storage_text};
use waypoint::store::read_document;
use waypoint::store::saved_text::{joined, serde_text, Changed, SavedText};

#[path = "support/xorshift.rs"]
mod xorshift;

#[path = "support/schema.rs"]
mod published;

/// The shared generator, with texts of its own.
struct Rng(xorshift::Xorshift);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0.next()
    }
    fn below(&mut self, n: u64) -> u64 {
        self.0.below(n)
    }
    fn text(&mut self) -> String {
        const PIECES: [&str; 12] = [
            "a",
            "Z",
            " ",
            "\n",
            "\"",
            "\\",
            "é",
            "ß",
            "🙂",
            "</script>",
            "{\"x\":1}",
            "\u{0}",
        ];
        // In the ten thousand of the property test, the rest of the world's writing too, and now and
        // then a text longer than any field takes (the edit clips it to the field's most).
        const MORE: [&str; 10] = [
            "مرحبا بالعالم",
            "שלום",
            "\u{202e}lvl",
            "e\u{301}\u{308}",
            "👩🏽‍💻",
            "🇫🇷",
            "\u{200d}",
            "\t",
            "\u{feff}",
            "\u{fffd}",
        ];
        if WIDE_TEXT.with(|wide| wide.get()) {
            if self.below(60) == 0 {
                return "Ünïcödé ✨ אבג ".repeat(2_000);
            }
            let len = self.below(40);
            return (0..len)
                .map(|_| match self.below(22) {
                    n @ 0..12 => PIECES[n as usize],
                    n => MORE[(n - 12) as usize],
                })
                .collect();
        }
        let len = self.below(40);
        (0..len)
            .map(|_| PIECES[self.below(PIECES.len() as u64) as usize])
            .collect()
    }
}

fn generated_workbook(rng: &mut Rng) -> Workbook {
    let mut workbook = Workbook::default();
    apply_checked(&mut workbook, Edit::from(StartEdit::SetName(rng.text())));
    let weeks =
        MIN_PROGRAM_WEEKS + rng.below(u64::from(MAX_PROGRAM_WEEKS - MIN_PROGRAM_WEEKS + 1)) as u16;
    apply_checked(&mut workbook, Edit::from(StartEdit::SetProgramWeeks(weeks)));
    let rhythm = CheckInRhythm::ALL[rng.below(2) as usize];
    apply_checked(
        &mut workbook,
        Edit::from(StartEdit::SetCheckInRhythm(rhythm)),
    );
    let start = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap()
        + chrono::Duration::days(rng.below(4000) as i64);
    apply_checked(
        &mut workbook,
        Edit::from(StartEdit::SetStartedOn((rng.below(4) > 0).then_some(start))),
    );
    for horizon in Horizon::ALL {
        apply_checked(
            &mut workbook,
            Edit::from(VisionEdit::SetAnswer(horizon, rng.text())),
        );
    }
    let clarity = match rng.below(4) {
        3 => None,
        n => Some(VisionClarity::ALL[n as usize]),
    };
    apply_checked(&mut workbook, Edit::from(VisionEdit::SetClarity(clarity)));
    explore(rng, &mut workbook);
    research(rng, &mut workbook);
    network(rng, &mut workbook);
    apply_for_jobs(rng, &mut workbook);
    close(rng, &mut workbook);
    plan(rng, &mut workbook);
    coach(rng, &mut workbook);
    workbook
}

/// Coaching: a program written (items added, changed, removed and put back, stages turned off and
/// on), then accepted, sometimes twice, with answers to its questions.
fn coach(rng: &mut Rng, w: &mut Workbook) {
    use waypoint::model::coach::{CoachEdit, ProgramEdit, ProgramStage};
    for _ in 0..rng.below(30) {
        let keys: Vec<u32> = {
            let d = &w.coach.draft;
            d.cards
                .iter()
                .map(|c| c.key)
                .chain(d.questions.iter().map(|q| q.key))
                .chain(d.homework.iter().map(|h| h.key))
                .collect()
        };
        let key = pick(rng, &keys).unwrap_or(1);
        let stage = ProgramStage::ALL[rng.below(5) as usize];
        let days = rng.below(400) as u16;
        let edit = match rng.below(12) {
            0 => ProgramEdit::SetCoach(rng.text()),
            1 => ProgramEdit::SetWelcome(rng.text()),
            2 => ProgramEdit::AddCard {
                name: format!("{} {}", rng.text(), rng.next()),
                line: rng.text(),
            },
            3 => ProgramEdit::SetCard {
                key,
                name: rng.text(),
                line: rng.text(),
            },
            4 | 5 => ProgramEdit::AddQuestion {
                stage,
                text: format!("{} {}", rng.text(), rng.next()),
            },
            6 => ProgramEdit::SetQuestion {
                key,
                text: rng.text(),
            },
            7 => ProgramEdit::AddHomework {
                title: format!("{} {}", rng.text(), rng.next()),
                due_in_days: days,
            },
            8 => ProgramEdit::SetHomework {
                key,
                title: rng.text(),
                due_in_days: days,
            },
            9 => ProgramEdit::SetStage(stage, rng.below(2) == 0),
            _ => {
                let target = Target::Coach(waypoint::model::coach::Target::DraftItem(key));
                if let Some(edit) = remove_then_maybe_undo(rng, w, target) {
                    apply_checked(w, edit);
                }
                continue;
            }
        };
        apply_checked(w, Edit::Coach(CoachEdit::Draft(edit)));
    }
    for _ in 0..rng.below(3) {
        let today = day(rng).unwrap_or_default();
        apply_checked(
            w,
            Edit::Coach(CoachEdit::Accept {
                program: w.coach.draft.clone(),
                today,
            }),
        );
        let questions: Vec<u32> = w
            .coach
            .received
            .iter()
            .flat_map(|r| r.program.questions.iter().map(|q| q.key))
            .collect();
        for _ in 0..rng.below(4) {
            let question = pick(rng, &questions).unwrap_or(1);
            apply_checked(
                w,
                Edit::Coach(CoachEdit::SetAnswer {
                    question,
                    text: rng.text(),
                }),
            );
        }
    }
}

/// Applying: materials and versions, applications moved about the board (and moves undone),
/// stories linked to strengths and skills, practice, setbacks, and removals on every side of a link.
fn apply_for_jobs(rng: &mut Rng, w: &mut Workbook) {
    for _ in 0..rng.below(80) {
        let a = &w.applying;
        let apps: Vec<Id> = a.applications.iter().map(|x| x.id).collect();
        let materials: Vec<Id> = a.materials.iter().map(|m| m.id).collect();
        let versions: Vec<Id> = a
            .materials
            .iter()
            .flat_map(|m| m.versions.iter().map(|v| v.id))
            .collect();
        let items: Vec<Id> = a
            .materials
            .iter()
            .flat_map(|m| m.checklist.iter().map(|c| c.id))
            .collect();
        let stories: Vec<Id> = a.stories.iter().map(|x| x.id).collect();
        let practice: Vec<Id> = a.practice.iter().map(|x| x.id).collect();
        let setbacks: Vec<Id> = a.setbacks.iter().map(|x| x.id).collect();
        let questions: Vec<Id> = a.questions.iter().map(|x| x.id).collect();
        let everything = w.ids();
        let anything = pick(rng, &everything);
        let (app, material, version, item) = (
            pick(rng, &apps),
            pick(rng, &materials),
            pick(rng, &versions),
            pick(rng, &items),
        );
        let (story, entry, setback, question) = (
            pick(rng, &stories),
            pick(rng, &practice),
            pick(rng, &setbacks),
            pick(rng, &questions),
        );
        let today = day(rng).unwrap_or_default();
        let fallback = ApplyingEdit::AddApplication {
            company: rng.text(),
            role: rng.text(),
            today,
        };
        let edit = match rng.below(26) {
            0..=2 => fallback,
            24 => match (app, version) {
                (Some(x), Some(v)) => ApplyingEdit::UseVersion {
                    app: x,
                    version: v,
                    used: true,
                },
                _ => ApplyingEdit::AddMaterial {
                    kind: MaterialKind::ALL[rng.below(5) as usize],
                    title: rng.text(),
                    checklist: (0..rng.below(4)).map(|_| rng.text()).collect(),
                    today,
                },
            },
            25 => match (setback, app) {
                (Some(s), _) => ApplyingEdit::SetMood(s, Some(Mood::ALL[rng.below(3) as usize])),
                (None, x) => ApplyingEdit::AddSetback {
                    application: x,
                    today,
                },
            },
            3 => ApplyingEdit::AddMaterial {
                kind: MaterialKind::ALL[rng.below(5) as usize],
                title: rng.text(),
                checklist: (0..rng.below(4)).map(|_| rng.text()).collect(),
                today,
            },
            4 => match (material, version) {
                (Some(m), _) if rng.below(2) == 0 => ApplyingEdit::AddVersion {
                    material: m,
                    label: rng.text(),
                    today,
                },
                (_, Some(v)) => match rng.below(4) {
                    0 => ApplyingEdit::SetVersionText(
                        v,
                        VersionText::ALL[rng.below(2) as usize],
                        rng.text(),
                    ),
                    1 => ApplyingEdit::SetVersionStatus {
                        version: v,
                        status: VersionStatus::ALL[rng.below(3) as usize],
                        today,
                    },
                    2 => ApplyingEdit::SetVersionOption(v, anything),
                    _ => ApplyingEdit::SetVersionUpdated(v, day(rng)),
                },
                _ => fallback,
            },
            5 => match (material, item) {
                (Some(m), _) if rng.below(2) == 0 => ApplyingEdit::AddCheckItem {
                    material: m,
                    text: rng.text(),
                },
                (_, Some(i)) if rng.below(2) == 0 => {
                    ApplyingEdit::TickCheckItem(i, rng.below(2) == 0)
                }
                (_, Some(i)) => ApplyingEdit::SetCheckItem(i, rng.text()),
                _ => fallback,
            },
            6..=8 => match app {
                Some(x) => ApplyingEdit::Move {
                    app: x,
                    to: AppStatus::ALL[rng.below(8) as usize],
                    today,
                },
                None => fallback,
            },
            9 => match app {
                Some(x) => {
                    let stood = w.applying.application(x).unwrap().stood();
                    apply_checked(
                        w,
                        Edit::from(ApplyingEdit::Move {
                            app: x,
                            to: AppStatus::ALL[rng.below(8) as usize],
                            today,
                        }),
                    );
                    ApplyingEdit::UndoMove(stood)
                }
                None => fallback,
            },
            10 | 11 => match app {
                Some(x) => match rng.below(9) {
                    0 => ApplyingEdit::SetApplicationText(
                        x,
                        ApplicationText::ALL[rng.below(8) as usize],
                        rng.text(),
                    ),
                    1 => ApplyingEdit::SetFoundOn(x, day(rng)),
                    2 => ApplyingEdit::SetAppliedOn(x, day(rng)),
                    3 => ApplyingEdit::SetNextOn(x, day(rng)),
                    4 => ApplyingEdit::SetThankYou(x, day(rng)),
                    5 => ApplyingEdit::UseVersion {
                        app: x,
                        version: version.unwrap_or_default(),
                        used: rng.below(3) > 0,
                    },
                    6 => ApplyingEdit::SetAppContact(
                        x,
                        pick(
                            rng,
                            &w.networking
                                .contacts
                                .iter()
                                .map(|c| c.id)
                                .collect::<Vec<_>>(),
                        )
                        .or(anything),
                    ),
                    7 => ApplyingEdit::SetAppOption(
                        x,
                        pick(
                            rng,
                            &w.deeper.options.iter().map(|o| o.id).collect::<Vec<_>>(),
                        )
                        .or(anything),
                    ),
                    _ => ApplyingEdit::AddSetback {
                        application: Some(x),
                        today,
                    },
                },
                None => fallback,
            },
            12 => ApplyingEdit::AddStory(rng.text()),
            13 => match story {
                Some(s) if rng.below(2) == 0 => {
                    ApplyingEdit::SetStoryText(s, StoryText::ALL[rng.below(5) as usize], rng.text())
                }
                Some(s) => {
                    let link = if rng.below(2) == 0 {
                        StoryLink::Strength
                    } else {
                        StoryLink::Skill
                    };
                    ApplyingEdit::LinkStory {
                        story: s,
                        link,
                        to: anything.unwrap_or_default(),
                        linked: rng.below(3) > 0,
                    }
                }
                None => ApplyingEdit::AddStory(rng.text()),
            },
            14 => match question {
                Some(q) if rng.below(2) == 0 => ApplyingEdit::SetQuestion(q, rng.text()),
                _ => ApplyingEdit::AddQuestion {
                    kind: QuestionKind::ALL[rng.below(3) as usize],
                    text: rng.text(),
                },
            },
            15 => match entry {
                Some(p) => match rng.below(3) {
                    0 => ApplyingEdit::SetPracticeImprove(p, rng.text()),
                    1 => ApplyingEdit::SetPracticeRating(
                        p,
                        (rng.below(4) > 0).then(|| rng.below(7) as u8),
                    ),
                    _ => ApplyingEdit::SetPracticeDate(p, day(rng)),
                },
                None => ApplyingEdit::LogPractice {
                    question: rng.text(),
                    on: today,
                },
            },
            16 => ApplyingEdit::LogPractice {
                question: rng.text(),
                on: today,
            },
            17 => match setback {
                Some(s) => match rng.below(3) {
                    0 => ApplyingEdit::SetSetbackText(
                        s,
                        SetbackText::ALL[rng.below(4) as usize],
                        rng.text(),
                    ),
                    1 => ApplyingEdit::SetMood(
                        s,
                        (rng.below(4) > 0).then(|| Mood::ALL[rng.below(3) as usize]),
                    ),
                    _ => ApplyingEdit::SetSetbackDate(s, day(rng)),
                },
                None => ApplyingEdit::AddSetback {
                    application: None,
                    today,
                },
            },
            18 => match (
                pick(
                    rng,
                    &w.exploration
                        .strengths
                        .iter()
                        .map(|s| s.id)
                        .collect::<Vec<_>>(),
                ),
                story,
            ) {
                (Some(strength), Some(s)) => ApplyingEdit::LinkStory {
                    story: s,
                    link: StoryLink::Strength,
                    to: strength,
                    linked: true,
                },
                _ => {
                    apply_checked(w, Edit::from(SelfEdit::AddStrength));
                    continue;
                }
            },
            _ => {
                let targets: Vec<Target> = [
                    app.map(|x| Target::from(AT::Application(x))),
                    material.map(|x| AT::Material(x).into()),
                    version.map(|x| AT::Version(x).into()),
                    item.map(|x| AT::CheckItem(x).into()),
                    story.map(|x| AT::Story(x).into()),
                    entry.map(|x| AT::Practice(x).into()),
                    setback.map(|x| AT::Setback(x).into()),
                    question.map(|x| AT::Question(x).into()),
                    pick(
                        rng,
                        &w.exploration
                            .strengths
                            .iter()
                            .map(|s| s.id)
                            .collect::<Vec<_>>(),
                    )
                    .map(|x| ET::Strength(x).into()),
                    // Now and then: contacts also carry the conversations the networking above reached.
                    pick(
                        rng,
                        &w.networking
                            .contacts
                            .iter()
                            .map(|c| c.id)
                            .collect::<Vec<_>>(),
                    )
                    .filter(|_| rng.below(4) == 0)
                    .map(|x| NT::Contact(x).into()),
                    // Now and then: options also carry the scores the research above reached.
                    pick(
                        rng,
                        &w.deeper.options.iter().map(|o| o.id).collect::<Vec<_>>(),
                    )
                    .filter(|_| rng.below(6) == 0)
                    .map(|x| DT::Option(x).into()),
                ]
                .into_iter()
                .flatten()
                .collect();
                let Some(target) = pick(rng, &targets) else {
                    continue;
                };
                match remove_then_maybe_undo(rng, w, target) {
                    Some(undo) => {
                        apply_checked(w, undo);
                        assert_edits_keep_the_workbook_whole(w);
                    }
                    None => {}
                }
                continue;
            }
        };
        apply_checked(w, Edit::from(edit));
        assert_edits_keep_the_workbook_whole(w);
    }
}

/// Closing: offers (staying among them) with every number, in range or not, scored; a leaving-well
/// checklist ticked and dated into plan steps; the celebration; removals of offers, criteria, items
/// and the applications offers came from.
fn close(rng: &mut Rng, w: &mut Workbook) {
    for _ in 0..rng.below(60) {
        let c = &w.closing;
        let offers: Vec<Id> = c.offers.iter().map(|o| o.id).collect();
        let criteria: Vec<Id> = c.matrix.criteria.iter().map(|x| x.id).collect();
        let items: Vec<Id> = c.leaving.iter().map(|i| i.id).collect();
        let (offer, criterion, item) =
            (pick(rng, &offers), pick(rng, &criteria), pick(rng, &items));
        let apps: Vec<Id> = w.applying.applications.iter().map(|a| a.id).collect();
        let today = day(rng).unwrap_or_default();
        let fallback = ClosingEdit::AddOffer {
            name: rng.text(),
            stay: rng.below(4) == 0,
            criteria: offer_criteria(),
        };
        let edit: Edit = match rng.below(16) {
            0 | 1 => fallback.into(),
            2..=4 => match offer {
                Some(o) => {
                    let field = OfferNumber::ALL[rng.below(13) as usize];
                    let (min, max) = field.range();
                    let value = match rng.below(5) {
                        0 => None,
                        1 => Some(max + rng.below(3)),
                        _ => Some(min + rng.below(max.min(100_000) - min + 1)),
                    };
                    ClosingEdit::SetNumber(o, field, value).into()
                }
                None => fallback.into(),
            },
            5 => match offer {
                Some(o) => match rng.below(6) {
                    0 => ClosingEdit::SetOfferText(
                        o,
                        OfferText::ALL[rng.below(4) as usize],
                        rng.text(),
                    )
                    .into(),
                    1 => ClosingEdit::SetNegotiationText(
                        o,
                        NegotiationText::ALL[rng.below(8) as usize],
                        rng.text(),
                    )
                    .into(),
                    2 => ClosingEdit::SetCurrency(o, rng.text()).into(),
                    3 => ClosingEdit::SetStartOn(o, day(rng)).into(),
                    4 => ClosingEdit::SetOfferApplication(o, pick(rng, &apps)).into(),
                    _ => ClosingEdit::SetOfferName(o, rng.text()).into(),
                },
                None => fallback.into(),
            },
            6 | 7 => match (offer, criterion) {
                (Some(o), Some(x)) => ClosingEdit::OfferMatrix(MatrixEdit::SetScore {
                    thing: o,
                    criterion: x,
                    score: (rng.below(5) > 0).then(|| 1 + rng.below(10) as u8),
                })
                .into(),
                _ => fallback.into(),
            },
            8 => match (offer, criterion) {
                (Some(o), _) if rng.below(2) == 0 => ClosingEdit::OfferMatrix(
                    MatrixEdit::SetGutRating(o, Some(1 + rng.below(10) as u8)),
                )
                .into(),
                (_, Some(x)) => {
                    ClosingEdit::OfferMatrix(MatrixEdit::SetWeight(x, 1 + rng.below(5) as u8))
                        .into()
                }
                _ => ClosingEdit::OfferMatrix(MatrixEdit::AddCriterion(rng.text())).into(),
            },
            9 => match item {
                None => ClosingEdit::StartLeaving(leaving_checklist()).into(),
                Some(_) if rng.below(3) == 0 => ClosingEdit::AddLeavingItem(rng.text()).into(),
                Some(i) if rng.below(2) == 0 => ClosingEdit::SetLeavingNote(i, rng.text()).into(),
                Some(i) => ClosingEdit::SetLeavingTitle(i, rng.text()).into(),
            },
            10 | 11 => match item {
                Some(i) if rng.below(2) == 0 => ClosingEdit::TickLeaving {
                    item: i,
                    done: rng.below(3) > 0,
                    today,
                }
                .into(),
                Some(i) => PlanEdit::LeavingStep {
                    item: i,
                    due: day(rng),
                    today,
                }
                .into(),
                None => ClosingEdit::StartLeaving(leaving_checklist()).into(),
            },
            12 => match rng.below(2) {
                0 => ClosingEdit::SetCelebrationText(
                    CelebrationText::ALL[rng.below(4) as usize],
                    rng.text(),
                )
                .into(),
                _ => ClosingEdit::SetNextCheckIn(day(rng)).into(),
            },
            _ => {
                let targets: Vec<Target> = [
                    offer.map(|x| Target::from(CT::Offer(x))),
                    criterion.map(|x| CT::Criterion(x).into()),
                    item.map(|x| CT::LeavingItem(x).into()),
                    pick(rng, &apps)
                        .filter(|_| rng.below(4) == 0)
                        .map(|x| AT::Application(x).into()),
                ]
                .into_iter()
                .flatten()
                .collect();
                let Some(target) = pick(rng, &targets) else {
                    continue;
                };
                match remove_then_maybe_undo(rng, w, target) {
                    Some(undo) => undo,
                    None => continue,
                }
            }
        };
        apply_checked(w, edit);
        assert_edits_keep_the_workbook_whole(w);
    }
}

/// The plan, across the stages: steps with links, moves and splits, if–then plans (some from buts),
/// check-ins, and removals of what they point at.
fn plan(rng: &mut Rng, w: &mut Workbook) {
    for _ in 0..rng.below(80) {
        let ids = |list: Vec<Id>| list;
        let goals = ids(w.exploration.goals.iter().map(|g| g.id).collect());
        let steps = ids(w.plan.steps.iter().map(|s| s.id).collect());
        let if_thens = ids(w.plan.if_thens.iter().map(|p| p.id).collect());
        let check_ins = ids(w.plan.check_ins.iter().map(|c| c.id).collect());
        let buts = ids(w.exploration.buts.iter().map(|b| b.id).collect());
        let everything = w.ids();
        let (goal, step, if_then, check_in, but) = (
            pick(rng, &goals),
            pick(rng, &steps),
            pick(rng, &if_thens),
            pick(rng, &check_ins),
            pick(rng, &buts),
        );
        let anything = pick(rng, &everything);
        let today = day(rng).unwrap_or_default();
        let edit = match (rng.below(16), step) {
            (0 | 1, _) | (_, None) => Edit::from(PlanEdit::AddStep {
                title: rng.text(),
                goal: goal.filter(|_| rng.below(2) == 0),
                check_in: check_in.filter(|_| rng.below(3) == 0),
            }),
            (2, Some(s)) => Edit::from(PlanEdit::SetTitle(s, rng.text())),
            (3, Some(s)) => Edit::from(PlanEdit::SetDue(s, day(rng))),
            (4, Some(s)) => Edit::from(PlanEdit::SetStatus {
                step: s,
                status: StepStatus::ALL[rng.below(4) as usize],
                today,
            }),
            (5, Some(s)) => Edit::from(PlanEdit::SetLink {
                step: s,
                link: StepLink::ALL[rng.below(StepLink::ALL.len() as u64) as usize],
                to: anything.filter(|_| rng.below(4) > 0),
            }),
            (6, Some(s)) => match pick(rng, &steps) {
                Some(to) if rng.below(2) == 0 => Edit::from(PlanEdit::MoveStepTo(s, to)),
                _ => Edit::from(PlanEdit::MoveStep(
                    s,
                    if rng.below(2) == 0 {
                        Direction::Up
                    } else {
                        Direction::Down
                    },
                )),
            },
            (7, Some(s)) => Edit::from(PlanEdit::SplitStep {
                step: s,
                into: (0..rng.below(5)).map(|_| rng.text()).collect(),
            }),
            (8, _) => Edit::from(match but {
                Some(b) if rng.below(2) == 0 => PlanEdit::IfThenFromBut { but: b, goal },
                _ => PlanEdit::AddIfThen { goal },
            }),
            (9, _) => match if_then {
                Some(p) if rng.below(3) == 0 => Edit::from(PlanEdit::SetIfThenGoal(p, goal)),
                Some(p) => Edit::from(PlanEdit::SetIfThenText(
                    p,
                    IfThenText::ALL[rng.below(2) as usize],
                    rng.text(),
                )),
                None => Edit::from(ButEdit::Park {
                    text: rng.text(),
                    parked_from: "Plan".into(),
                    today,
                }),
            },
            // Mostly a day up to two months back, sometimes any day (the future is refused).
            (10, _) => {
                let back = today - chrono::Duration::days(rng.below(60) as i64);
                Edit::from(PlanEdit::AddCheckIn {
                    on: if rng.below(4) > 0 {
                        back
                    } else {
                        day(rng).unwrap_or_default()
                    },
                    today,
                })
            }
            (11, _) => match check_in {
                Some(c) if rng.below(3) == 0 => Edit::from(PlanEdit::SetCheckInDate {
                    id: c,
                    on: day(rng).unwrap_or_default(),
                    today,
                }),
                Some(c) => Edit::from(PlanEdit::SetCheckInText(
                    c,
                    CheckInText::ALL[rng.below(4) as usize],
                    rng.text(),
                )),
                None => Edit::from(GoalEdit::Add),
            },
            (12, _) => match (check_in, goal) {
                (Some(c), Some(g)) if rng.below(2) == 0 => Edit::from(PlanEdit::SetProgress {
                    check_in: c,
                    goal: g,
                    percent: (rng.below(4) > 0).then(|| rng.below(110) as u8),
                }),
                (Some(c), _) => Edit::from(PlanEdit::SetRating(
                    c,
                    Rating::ALL[rng.below(2) as usize],
                    (rng.below(4) > 0).then(|| rng.below(12) as u8),
                )),
                (None, _) => Edit::from(GoalEdit::Add),
            },
            (13, _) => Edit::from(GoalEdit::Add),
            (_, Some(s)) => {
                let target = match rng.below(6) {
                    0 => Target::from(PT::Step(s)),
                    1 => if_then.map_or(Target::from(PT::Step(s)), |p| PT::IfThen(p).into()),
                    2 => check_in.map_or(Target::from(PT::Step(s)), |c| PT::CheckIn(c).into()),
                    3 => goal.map_or(Target::from(PT::Step(s)), |g| ET::Goal(g).into()),
                    4 => but.map_or(Target::from(PT::Step(s)), |b| ET::But(b).into()),
                    _ => pick(
                        rng,
                        &w.networking
                            .contacts
                            .iter()
                            .map(|c| c.id)
                            .collect::<Vec<_>>(),
                    )
                    .map_or(Target::from(PT::Step(s)), |c| NT::Contact(c).into()),
                };
                match remove_then_maybe_undo(rng, w, target) {
                    Some(undo) => undo,
                    None => continue,
                }
            }
        };
        apply_checked(w, edit);
        assert_edits_keep_the_workbook_whole(w);
    }
}

/// The values sort and goals, by a random sequence of the edits a person can make.
fn explore(rng: &mut Rng, w: &mut Workbook) {
    for _ in 0..rng.below(80) {
        let cards: Vec<String> = w
            .exploration
            .values
            .cards()
            .into_iter()
            .map(|c| c.key)
            .collect();
        let card = cards[rng.below(cards.len() as u64) as usize].clone();
        let pile = Pile::from_number(rng.below(6) as u8);
        let edit = match rng.below(16) {
            12 => Edit::from(match rng.below(6) {
                0 => SelfEdit::Situation(SituationText::ALL[rng.below(9) as usize], rng.text()),
                1 => SelfEdit::AddPastRole,
                2 => SelfEdit::AddFeeling,
                3 => SelfEdit::AddStrength,
                4 => SelfEdit::AddSkill {
                    name: rng.text(),
                    kind: SkillKind::Technical,
                },
                _ => match w.exploration.skills.first() {
                    Some(s) => SelfEdit::SetSkill(
                        s.id,
                        SkillField::Enjoyment((rng.below(4) > 0).then(|| rng.below(8) as u8)),
                    ),
                    None => SelfEdit::Flow(FlowText::Moments, rng.text()),
                },
            }),
            13 => Edit::from(match rng.below(4) {
                0 => InterestsEdit::AddTopic(rng.text()),
                1 => InterestsEdit::SetCommonThread(rng.text()),
                _ => InterestsEdit::Rate(
                    ITEMS[rng.below(30) as usize].key.into(),
                    (rng.below(5) > 0).then(|| rng.below(7) as u8),
                ),
            }),
            14 => Edit::from(match rng.below(3) {
                0 => ReadinessEdit::SetSource(
                    Dissatisfaction::ALL[rng.below(6) as usize],
                    rng.below(2) == 0,
                ),
                1 => ReadinessEdit::SetSavings(Some(rng.next())),
                _ => ReadinessEdit::SetUncertainty(Some(rng.below(12) as u8)),
            }),
            15 => {
                let targets: Vec<Target> = w
                    .exploration
                    .situation
                    .past_roles
                    .iter()
                    .map(|r| Target::from(ET::PastRole(r.id)))
                    .chain(
                        w.exploration
                            .strengths
                            .iter()
                            .map(|s| Target::from(ET::Strength(s.id))),
                    )
                    .chain(
                        w.exploration
                            .skills
                            .iter()
                            .map(|s| Target::from(ET::Skill(s.id))),
                    )
                    .chain(
                        w.exploration
                            .interests
                            .topics
                            .iter()
                            .map(|t| Target::from(ET::Topic(t.id))),
                    )
                    .collect();
                let Some(target) = pick(rng, &targets) else {
                    continue;
                };
                match remove_then_maybe_undo(rng, w, target) {
                    Some(undo) => undo,
                    None => continue,
                }
            }
            0..=4 => Edit::from(ValuesEdit::Place { card, pile }),
            5 => Edit::from(ValuesEdit::AddToTop(card)),
            6 => Edit::from(ValuesEdit::AddCustom {
                name: rng.text(),
                line: rng.text(),
            }),
            7 => Edit::from(ValuesEdit::SetReflection(
                card,
                ReflectionField::Why,
                rng.text(),
            )),
            8 => Edit::from(ValuesEdit::SetHonoured(card, Some(rng.below(12) as u8))),
            9 => {
                for key in cards {
                    apply_checked(
                        w,
                        Edit::from(ValuesEdit::Place {
                            card: key,
                            pile: Some(Pile::Often),
                        }),
                    );
                }
                Edit::from(ValuesEdit::Finish {
                    today: day(rng).unwrap_or_default(),
                })
            }
            11 if rng.below(2) == 0 => Edit::from(ButEdit::Park {
                text: rng.text(),
                parked_from: "Plan".into(),
                today: day(rng).unwrap_or_default(),
            }),
            10 => match w.exploration.goals.first().map(|g| g.id) {
                Some(goal) if rng.below(2) == 0 => Edit::from(GoalEdit::SetText(goal, rng.text())),
                _ => Edit::from(GoalEdit::Add),
            },
            _ => {
                let target = match (
                    w.exploration.values.custom.first(),
                    w.exploration.goals.first(),
                    w.exploration.buts.first(),
                ) {
                    (_, _, Some(b)) if rng.below(3) == 0 => Target::from(ET::But(b.id)),
                    (Some(c), _, _) if rng.below(2) == 0 => Target::from(ET::CustomValue(c.id)),
                    (_, Some(g), _) => Target::from(ET::Goal(g.id)),
                    _ => continue,
                };
                match remove_then_maybe_undo(rng, w, target) {
                    Some(undo) => undo,
                    None => continue,
                }
            }
        };
        apply_checked(w, edit);
        assert_edits_keep_the_workbook_whole(w);
    }
}

/// Removes `target` as a person would; half the time returns the undo to apply next.
fn remove_then_maybe_undo(rng: &mut Rng, w: &mut Workbook, target: Target) -> Option<Edit> {
    let removed = w.removal_of(target);
    apply_checked(w, Edit::Remove(target));
    removed.filter(|_| rng.below(2) == 0).map(Edit::Restore)
}

/// A tab's stored text as it is kept across saves: the text, what changed since it was last laid
/// out, and the workbook as the last edit left it (any other workbook is new to it: everything changed).
#[derive(Default)]
struct Saving {
    text: SavedText,
    changed: Changed,
    last: Option<Workbook>,
    edits: u64,
}

thread_local! {
    /// One per test thread, kept across all its edits.
    static SAVING: std::cell::RefCell<Saving> = Default::default();
    /// Set by the property test: edits are applied without the per-edit checks (ten thousand
    /// workbooks would take the checks most of an hour), and texts come from the wider alphabet.
    static WIDE_TEXT: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Applies `edit`, and checks that it changed nothing outside the parts it says it touches (the UI
/// re-reads only those), and that the stored text written piece by piece, reusing the text of what
/// did not change, is still exactly the whole workbook's; returns what `apply` returned.
fn apply_checked(w: &mut Workbook, edit: Edit) -> bool {
    if WIDE_TEXT.with(|wide| wide.get()) {
        return w.apply(edit);
    }
    let before = w.clone();
    let touched = Part::touched_by(&edit);
    let changed = w.apply(edit.clone());
    for part in Part::ALL {
        assert!(
            touched.contains(&part) || part.same(&before, w),
            "{edit:?} changed {part:?}, which it does not name"
        );
    }
    if let Some((part, id)) = Part::touched_record(&edit) {
        assert_eq!(touched, &[part], "{edit:?} names one record, so one part");
        assert!(
            part.same_apart_from(id, &before, w),
            "{edit:?} changed a record of {part:?} other than {id:?}"
        );
    }
    SAVING.with(|saving| {
        let saving = &mut *saving.borrow_mut();
        if saving.last.as_ref() != Some(&before) {
            saving.changed = Changed::everything();
        }
        saving.changed.add(&edit);
        saving.last = Some(w.clone());
        saving.edits += 1;
        // Every removal and undo, and every fifth other edit (each check writes the whole text twice).
        if matches!(edit, Edit::Remove(_) | Edit::Restore(_)) || saving.edits % 5 == 0 {
            let pieces = saving
                .text
                .segments(w, &std::mem::take(&mut saving.changed))
                .unwrap();
            assert_eq!(
                joined(&pieces),
                serde_text(w, None).unwrap(),
                "after {edit:?}"
            );
        }
    });
    changed
}

/// After every edit: every limit holds, and there is nothing for `normalise` to repair.
fn assert_edits_keep_the_workbook_whole(w: &Workbook) {
    assert_eq!(w.check_limits(), Ok(()), "edits keep every limit");
    let mut normalised = w.clone();
    normalised.normalise();
    assert_eq!(
        &normalised, w,
        "edits leave nothing for normalise to repair"
    );
}

fn pick<T: Copy>(rng: &mut Rng, items: &[T]) -> Option<T> {
    (!items.is_empty()).then(|| items[rng.below(items.len() as u64) as usize])
}

fn day(rng: &mut Rng) -> Option<NaiveDate> {
    (rng.below(3) > 0).then(|| {
        NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + chrono::Duration::days(rng.below(900) as i64)
    })
}

/// Diving deeper, filled in by a random sequence of the edits a person can make, removals included.
fn research(rng: &mut Rng, w: &mut Workbook) {
    for _ in 0..rng.below(60) {
        let options = w.deeper.all_ids();
        let criteria: Vec<Id> = w.deeper.matrix.criteria.iter().map(|c| c.id).collect();
        let option = pick(rng, &options);
        let edit = match (rng.below(16), option) {
            (0, _) | (_, None) => Edit::from(DeeperEdit::AddOption(rng.text())),
            (1, Some(o)) => {
                let field = OptionText::DETAILS[rng.below(9) as usize];
                Edit::from(DeeperEdit::SetOptionText(o, field, rng.text()))
            }
            (2, Some(o)) => Edit::from(DeeperEdit::AddSkillNeeded(o, rng.text())),
            (3, Some(o)) => {
                Edit::from(DeeperEdit::SetSalary(o, SalaryField::Min(Some(rng.next()))))
            }
            (4, Some(o)) => Edit::from(DeeperEdit::SetStatus(
                o,
                OptionStatus::ALL[rng.below(4) as usize],
            )),
            (5, Some(o)) => Edit::from(DeeperEdit::SetArchived(o, rng.below(2) == 0)),
            (6, Some(o)) => Edit::from(DeeperEdit::AddRealityTest(
                o,
                RealityTestKind::ALL[rng.below(4) as usize],
            )),
            (7, Some(o)) => match pick(
                rng,
                &w.deeper
                    .option(o)
                    .unwrap()
                    .reality_tests
                    .iter()
                    .map(|t| t.id)
                    .collect::<Vec<_>>(),
            ) {
                Some(t) => Edit::from(DeeperEdit::SetRealityTest(
                    o,
                    t,
                    match rng.below(3) {
                        0 => TestField::Done(true),
                        1 => TestField::Date(day(rng)),
                        _ => TestField::Learned(rng.text()),
                    },
                )),
                None => Edit::from(DeeperEdit::AddRisk(o)),
            },
            (8, Some(o)) => match pick(
                rng,
                &w.deeper
                    .option(o)
                    .unwrap()
                    .risks
                    .iter()
                    .map(|r| r.id)
                    .collect::<Vec<_>>(),
            ) {
                Some(r) if rng.below(2) == 0 => {
                    let but = pick(
                        rng,
                        &w.exploration.buts.iter().map(|b| b.id).collect::<Vec<_>>(),
                    );
                    Edit::from(DeeperEdit::SetRisk(o, r, RiskField::But(but)))
                }
                Some(r) => Edit::from(DeeperEdit::SetRisk(o, r, RiskField::Mitigation(rng.text()))),
                None => Edit::from(DeeperEdit::AddRisk(o)),
            },
            (9, Some(o)) => match pick(rng, &criteria) {
                Some(c) => {
                    let score = (rng.below(6) > 0).then(|| rng.below(12) as u8);
                    Edit::from(DeeperEdit::OptionMatrix(MatrixEdit::SetScore {
                        thing: o,
                        criterion: c,
                        score,
                    }))
                }
                None => Edit::from(DeeperEdit::OptionMatrix(MatrixEdit::AddCriterion(
                    rng.text(),
                ))),
            },
            (10, Some(o)) => Edit::from(DeeperEdit::OptionMatrix(match rng.below(4) {
                0 => MatrixEdit::SetGutRating(o, Some(rng.below(12) as u8)),
                1 => MatrixEdit::SetGutNote(o, rng.text()),
                2 => MatrixEdit::AddCriterion(rng.text()),
                _ => match pick(rng, &criteria) {
                    Some(c) if rng.below(2) == 0 => MatrixEdit::SetWeight(c, rng.below(7) as u8),
                    Some(c) => MatrixEdit::MoveCriterion(c, Direction::Up),
                    None => MatrixEdit::AddCriterion(rng.text()),
                },
            })),
            (11, Some(o)) => Edit::from(DeeperEdit::Choose(Some(o))),
            (12, _) => Edit::from(DeeperEdit::SetDecisionText(
                DecisionText::ALL[rng.below(3) as usize],
                rng.text(),
            )),
            (13, Some(o)) => match pick(
                rng,
                &w.deeper.skill_gaps.iter().map(|g| g.id).collect::<Vec<_>>(),
            ) {
                Some(g) if rng.below(3) == 0 => Edit::from(PlanEdit::StepsFromGap {
                    gap: g,
                    today: day(rng).unwrap_or_default(),
                }),
                Some(g) => Edit::from(DeeperEdit::SetSkillGap(
                    g,
                    match rng.below(4) {
                        0 => GapField::Current(rng.below(7) as u8),
                        1 => GapField::Method(GapMethod::ALL[rng.below(5) as usize]),
                        2 => GapField::Deadline(day(rng)),
                        _ => GapField::Cost(rng.text()),
                    },
                )),
                None => Edit::from(DeeperEdit::AddSkillGap {
                    option: Some(o),
                    skill: rng.text(),
                }),
            },
            (14, Some(o)) => {
                match pick(rng, &w.plan.steps.iter().map(|s| s.id).collect::<Vec<_>>()) {
                    Some(s) => Edit::from(PlanEdit::SetStatus {
                        step: s,
                        status: StepStatus::Done,
                        today: day(rng).unwrap_or_default(),
                    }),
                    None => Edit::from(DeeperEdit::AddSkillGap {
                        option: Some(o),
                        skill: rng.text(),
                    }),
                }
            }
            (_, Some(o)) => {
                let target = match rng.below(4) {
                    0 => Target::from(DT::Option(o)),
                    1 => pick(rng, &criteria)
                        .map_or(Target::from(DT::Option(o)), |c| DT::Criterion(c).into()),
                    2 => pick(
                        rng,
                        &w.deeper.skill_gaps.iter().map(|g| g.id).collect::<Vec<_>>(),
                    )
                    .map_or(Target::from(DT::Option(o)), |g| DT::SkillGap(g).into()),
                    _ => pick(rng, &w.plan.steps.iter().map(|s| s.id).collect::<Vec<_>>())
                        .map_or(Target::from(DT::Option(o)), |s| PT::Step(s).into()),
                };
                match remove_then_maybe_undo(rng, w, target) {
                    Some(undo) => undo,
                    None => continue,
                }
            }
        };
        apply_checked(w, edit);
        assert_edits_keep_the_workbook_whole(w);
    }
}

/// Networking, filled in by a random sequence of the edits a person can make, removals of its
/// records and of the options and reality tests it links to included.
fn network(rng: &mut Rng, w: &mut Workbook) {
    use waypoint::model::deeper::Target as DT;
    for _ in 0..rng.below(100) {
        let n = &w.networking;
        let contact = pick(rng, &n.contacts.iter().map(|c| c.id).collect::<Vec<_>>());
        let talk = pick(
            rng,
            &n.interactions.iter().map(|i| i.id).collect::<Vec<_>>(),
        );
        let option = pick(rng, &w.deeper.all_ids());
        let tests: Vec<Id> = w
            .deeper
            .options
            .iter()
            .flat_map(|o| o.reality_tests.iter().map(|t| t.id))
            .collect();
        let test = pick(rng, &tests);
        let own = pick(
            rng,
            &n.own_questions.iter().map(|q| q.id).collect::<Vec<_>>(),
        );
        let edit = match (rng.below(14), contact, talk) {
            (0, _, _) | (_, None, _) => Edit::from(NetworkingEdit::AddContact(rng.text())),
            (1, Some(c), _) => Edit::from(NetworkingEdit::SetContactText(
                c,
                ContactText::ALL[rng.below(7) as usize],
                rng.text(),
            )),
            (2, Some(c), _) => Edit::from(match (rng.below(4), option) {
                (0, Some(o)) => NetworkingEdit::LinkOption {
                    contact: c,
                    option: o,
                    linked: rng.below(3) > 0,
                },
                (1, _) => NetworkingEdit::AddTag(c, rng.text()),
                (2, _) => NetworkingEdit::SetWarmth(c, Warmth::ALL[rng.below(3) as usize]),
                _ => NetworkingEdit::SetFollowUp(c, day(rng)),
            }),
            (3 | 4, Some(c), _) => Edit::from(NetworkingEdit::LogConversation(NewConversation {
                contact: c,
                date: day(rng),
                channel: Channel::ALL[rng.below(5) as usize],
                notes: rng.text(),
                outcome: rng.text(),
                reality_test: test.filter(|_| rng.below(2) == 0),
                follow_up: day(rng),
            })),
            (5, Some(c), _) => Edit::from(NetworkingEdit::FollowUpDone {
                contact: c,
                today: day(rng).unwrap_or_default(),
            }),
            (6 | 9, _, Some(t)) => Edit::from(match rng.below(5) {
                0 => NetworkingEdit::SetInteractionText(
                    t,
                    InteractionText::ALL[rng.below(2) as usize],
                    rng.text(),
                ),
                1 => NetworkingEdit::SetInteractionDate(t, day(rng)),
                2 => NetworkingEdit::SetRealityTest(t, test),
                3 => {
                    let key = QUESTIONS[rng.below(QUESTIONS.len() as u64) as usize]
                        .0
                        .into();
                    NetworkingEdit::PinBankQuestion {
                        interaction: t,
                        key,
                        pinned: rng.below(3) > 0,
                    }
                }
                _ => match own {
                    Some(q) => NetworkingEdit::PinOwnQuestion {
                        interaction: t,
                        question: q,
                        pinned: rng.below(3) > 0,
                    },
                    None => NetworkingEdit::AddOwnQuestion(rng.text()),
                },
            }),
            (7, _, _) => Edit::from(match rng.below(4) {
                0 => NetworkingEdit::AddDraft(rng.text()),
                1 => NetworkingEdit::AddOwnQuestion(rng.text()),
                2 => NetworkingEdit::TickRung {
                    step: LadderStep::ALL[rng.below(8) as usize],
                    done: rng.below(4) > 0,
                    today: day(rng).unwrap_or_default(),
                },
                _ => NetworkingEdit::SetReflection(
                    LadderStep::ALL[rng.below(8) as usize],
                    rng.text(),
                ),
            }),
            (8, _, _) => Edit::from(NetworkingEdit::AddGoal {
                count: rng.below(60) as u8,
                period: Period::ALL[rng.below(2) as usize],
                channel: None,
            }),
            (_, Some(c), _) => {
                let target = match rng.below(6) {
                    0 => Target::from(NT::Contact(c)),
                    1 => talk.map_or(Target::from(NT::Contact(c)), |t| NT::Interaction(t).into()),
                    2 => own.map_or(Target::from(NT::Contact(c)), |q| NT::OwnQuestion(q).into()),
                    3 => match (option, test) {
                        (Some(o), _) if rng.below(2) == 0 => DT::Option(o).into(),
                        (_, Some(t)) => {
                            let o = w
                                .deeper
                                .options
                                .iter()
                                .find(|o| o.reality_tests.iter().any(|x| x.id == t))
                                .unwrap()
                                .id;
                            DT::RealityTest { option: o, test: t }.into()
                        }
                        _ => Target::from(NT::Contact(c)),
                    },
                    4 => pick(
                        rng,
                        &w.networking.drafts.iter().map(|d| d.id).collect::<Vec<_>>(),
                    )
                    .map_or(Target::from(NT::Contact(c)), |d| NT::Draft(d).into()),
                    _ => pick(
                        rng,
                        &w.networking.goals.iter().map(|g| g.id).collect::<Vec<_>>(),
                    )
                    .map_or(Target::from(NT::Contact(c)), |g| NT::Goal(g).into()),
                };
                match remove_then_maybe_undo(rng, w, target) {
                    Some(undo) => undo,
                    None => continue,
                }
            }
        };
        apply_checked(w, edit);
        assert_edits_keep_the_workbook_whole(w);
    }
}

#[test]
fn export_then_import_gives_the_same_workbook() {
    let mut rng = Rng(xorshift::Xorshift(0x5eed_cafe));
    let stamp = Utc.with_ymd_and_hms(2026, 11, 23, 9, 30, 0).unwrap();
    let (mut with_scores, mut with_steps, mut with_decision, mut with_history) = (0, 0, 0, 0);
    let (mut with_talks, mut with_links, mut with_pins, mut with_outreach) = (0, 0, 0, 0);
    let (mut with_bank, mut with_own) = (0, 0);
    let (mut with_if_thens, mut with_check_ins, mut with_step_links) = (0, 0, 0);
    let (mut with_moves, mut with_app_links, mut with_story_links, mut with_setbacks) =
        (0, 0, 0, 0);
    let (mut with_offers, mut with_offer_scores, mut with_leaving_steps, mut with_celebration) =
        (0, 0, 0, 0);
    for _ in 0..300 {
        let workbook = generated_workbook(&mut rng);
        with_scores += usize::from(!workbook.deeper.matrix.scores.is_empty());
        with_steps += usize::from(!workbook.plan.steps.is_empty());
        with_if_thens += usize::from(workbook.plan.if_thens.iter().any(|p| p.but.is_some()));
        with_check_ins += usize::from(
            workbook
                .plan
                .check_ins
                .iter()
                .any(|c| !c.progress.is_empty()),
        ) + usize::from(
            workbook
                .plan
                .check_ins
                .iter()
                .any(|c| c.confidence.is_some() || c.energy.is_some()),
        );
        with_step_links += usize::from(
            workbook
                .plan
                .steps
                .iter()
                .any(|s| s.goal.is_some() && s.status != StepStatus::ToDo),
        );
        with_decision += usize::from(workbook.deeper.decision.chosen.is_some());
        with_history += usize::from(!workbook.exploration.values.history.is_empty());
        let a = &workbook.applying;
        with_moves += usize::from(a.applications.iter().any(|x| x.history.len() > 2));
        with_app_links += usize::from(a.applications.iter().any(|x| !x.versions.is_empty()))
            + usize::from(
                a.applications
                    .iter()
                    .any(|x| x.contact.is_some() && x.option.is_some()),
            );
        with_story_links += usize::from(a.stories.iter().any(|s| !s.strengths.is_empty()));
        with_setbacks += usize::from(
            a.setbacks
                .iter()
                .any(|s| s.application.is_some() && s.mood.is_some()),
        );
        let c = &workbook.closing;
        with_offers += usize::from(
            c.offers.iter().any(|o| o.stay) && c.offers.iter().any(|o| o.base_pay.is_some()),
        ) + usize::from(c.offers.iter().any(|o| o.application.is_some()));
        with_offer_scores += usize::from(
            c.matrix.scores.len() > 2 && c.matrix.gut.iter().any(|g| g.rating.is_some()),
        );
        with_leaving_steps += usize::from(
            workbook
                .plan
                .steps
                .iter()
                .any(|s| s.leaving.is_some() && s.status == StepStatus::Done),
        );
        with_celebration +=
            usize::from(c.celebration.next_check_in.is_some() && c.leaving.iter().any(|i| i.done));
        let n = &workbook.networking;
        with_talks += usize::from(n.interactions.iter().any(|i| i.reality_test.is_some()));
        with_links += usize::from(n.contacts.iter().any(|c| !c.options.is_empty()));
        with_pins += usize::from(n.interactions.iter().any(|i| !i.own_questions.is_empty()));
        with_bank += usize::from(n.interactions.iter().any(|i| !i.bank_questions.is_empty()));
        with_own += usize::from(!n.own_questions.is_empty());
        with_outreach +=
            usize::from(!n.drafts.is_empty() && !n.ladder.is_empty() && !n.goals.is_empty());
        let exported = export_text(&workbook, stamp).unwrap();
        // Laid out by hand, part by part, exactly as serde writes the whole.
        assert_eq!(exported, serde_text(&workbook, Some(stamp)).unwrap());
        assert_eq!(
            storage_text(&workbook).unwrap(),
            serde_text(&workbook, None).unwrap()
        );
        let incoming = read_document(&exported).expect("an export must always read back");
        assert_eq!(incoming.workbook, workbook);
        assert_eq!(
            incoming.exported_at.map(|at| at.with_timezone(&Utc)),
            Some(stamp)
        );
        let stored =
            read_document(&storage_text(&workbook).unwrap()).expect("a save must always read back");
        assert_eq!(stored.workbook, workbook);
    }
    // The generator reaches the interesting parts, not only empty stages.
    assert!(
        with_scores > 100 && with_steps > 20 && with_decision > 50,
        "{with_scores} {with_steps} {with_decision}"
    );
    assert!(
        with_if_thens > 20 && with_check_ins > 40 && with_step_links > 20,
        "{with_if_thens} {with_check_ins} {with_step_links}"
    );
    assert!(with_history > 50, "{with_history}");
    let applying = [with_moves, with_app_links, with_story_links, with_setbacks];
    let closing = [
        with_offers,
        with_offer_scores,
        with_leaving_steps,
        with_celebration,
    ];
    assert!(closing.iter().all(|n| *n > 15), "{closing:?}");

    assert!(applying.iter().all(|n| *n > 15), "{applying:?}");
    let networking = [
        with_talks,
        with_links,
        with_pins,
        with_bank,
        with_own,
        with_outreach,
    ];
    assert!(networking.iter().all(|n| *n > 15), "{networking:?}");
}

/// Fills lists to their caps, as far as each edit lets it.
fn fill_to_caps(rng: &mut Rng, w: &mut Workbook) {
    use waypoint::model::coach::{CoachEdit, ProgramEdit, ProgramStage};
    let today = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
    let adds: Vec<(usize, Box<dyn Fn(&mut Rng) -> Edit>)> = vec![
        (100, Box::new(|_| GoalEdit::Add.into())),
        (
            100,
            Box::new(|rng| NetworkingEdit::AddDraft(rng.text()).into()),
        ),
        (
            100,
            Box::new(|rng| {
                NetworkingEdit::AddOwnQuestion(format!("{} {}", rng.text(), rng.next())).into()
            }),
        ),
        (
            50,
            Box::new(|_| {
                NetworkingEdit::AddGoal {
                    count: 3,
                    period: Period::Week,
                    channel: None,
                }
                .into()
            }),
        ),
        (
            400,
            Box::new(|rng| {
                NetworkingEdit::AddContact(format!("{} {}", rng.text(), rng.next())).into()
            }),
        ),
        (
            100,
            Box::new(|rng| ApplyingEdit::AddStory(format!("{} {}", rng.text(), rng.next())).into()),
        ),
        (
            300,
            Box::new(|_| {
                ApplyingEdit::AddSetback {
                    application: None,
                    today,
                }
                .into()
            }),
        ),
        (200, Box::new(|_| PlanEdit::AddIfThen { goal: None }.into())),
        (
            40,
            Box::new(|rng| {
                Edit::Coach(CoachEdit::Draft(ProgramEdit::AddQuestion {
                    stage: ProgramStage::Deeper,
                    text: format!("{} {}", rng.text(), rng.next()),
                }))
            }),
        ),
        (
            40,
            Box::new(|rng| {
                Edit::Coach(CoachEdit::Draft(ProgramEdit::AddCard {
                    name: format!("{} {}", rng.text(), rng.next()),
                    line: rng.text(),
                }))
            }),
        ),
        (
            40,
            Box::new(|rng| {
                Edit::Coach(CoachEdit::Draft(ProgramEdit::AddHomework {
                    title: format!("{} {}", rng.text(), rng.next()),
                    due_in_days: 3,
                }))
            }),
        ),
    ];
    for (most, add) in adds {
        for _ in 0..most {
            let edit = add(rng);
            if !w.apply(edit) {
                break;
            }
        }
    }
    // The full program accepted, every question answered.
    w.apply(Edit::Coach(CoachEdit::Accept {
        program: w.coach.draft.clone(),
        today,
    }));
    let questions: Vec<u32> = w
        .coach
        .received
        .iter()
        .flat_map(|r| r.program.questions.iter().map(|q| q.key))
        .collect();
    for question in questions {
        w.apply(Edit::Coach(CoachEdit::SetAnswer {
            question,
            text: rng.text(),
        }));
    }
}

/// Ten thousand generated workbooks — every script in the text generator, emoji with joiners, text
/// written right to left, combining marks, NUL, empty and clipped-to-the-most fields, and one in a
/// hundred with its lists filled to their caps — each through the export's text and the validator
/// (with its migration step), and through the store's pieces in storage and back; each comes back
/// equal. Prints how many went round.
#[test]
fn ten_thousand_workbooks_round_trip_through_export_validation_and_the_store() {
    // In four runs of 2 500 on threads of their own, each from its own seed.
    let runs: Vec<[usize; 5]> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..4u64)
            .map(|run| scope.spawn(move || round_trip_run(run, 2_500)))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("a run of the property test"))
            .collect()
    });
    let [round_trips, at_caps, empty, _, schema_checked] =
        [0, 1, 2, 3, 4].map(|i| runs.iter().map(|r| r[i]).sum::<usize>());
    let longest = runs.iter().map(|r| r[3]).max().unwrap_or(0);
    assert_eq!(round_trips, 10_000);
    assert!(at_caps == 100 && empty > 100, "{at_caps} {empty}");
    assert_eq!(schema_checked, 1_000);
    println!("{round_trips} workbooks round-tripped through export, validation and the store ({at_caps} with lists at their caps, {empty} empty; the longest export {longest} bytes); {schema_checked} of the exports, every one at its caps among them, passed the published schema");
}

/// `count` workbooks of the property test from the seed of `run`: how many went round, how many
/// had lists at their caps, how many were empty, the longest export's bytes, and how many exports
/// (one in ten, and every one at its caps) the published schema was asked about.
fn round_trip_run(run: u64, count: usize) -> [usize; 5] {
    use waypoint::store::memory::MemoryStore;
    use waypoint::store::pieces::{KeyValue, Pieces, SavedRead};
    WIDE_TEXT.with(|wide| wide.set(true));
    let mut rng = Rng(xorshift::Xorshift(0x1000_0000_5eed + run * 0x9e37_79b9));
    let stamp = Utc.with_ymd_and_hms(2026, 12, 3, 22, 0, 0).unwrap();
    let (mut round_trips, mut at_caps, mut longest, mut empty, mut schema_checked) =
        (0, 0, 0, 0, 0);
    let schema = published::schema(waypoint::model::SCHEMA_VERSION);
    for n in 0..count {
        let mut workbook = if rng.below(25) == 0 {
            Workbook::default()
        } else {
            generated_workbook(&mut rng)
        };
        if n % 100 == 0 {
            fill_to_caps(&mut rng, &mut workbook);
            at_caps += 1;
        }
        empty += usize::from(workbook == Workbook::default());
        let exported = export_text(&workbook, stamp).unwrap();
        longest = longest.max(exported.len());
        let incoming =
            read_document(&exported).unwrap_or_else(|e| panic!("run {run}, workbook {n}: {e}"));
        assert!(
            incoming.workbook == workbook,
            "run {run}, workbook {n} came back different from its export"
        );
        if n % 10 == 0 {
            let document: serde_json::Value = serde_json::from_str(&exported).unwrap();
            if let Some(refusal) = published::refusal(&schema, &document) {
                panic!("run {run}, workbook {n}: the published schema refuses what Waypoint wrote: {refusal}");
            }
            schema_checked += 1;
        }

        let store = MemoryStore::default();
        Pieces::default()
            .save(&store, "p", "p.workbook", &workbook, &Changed::everything())
            .unwrap();
        let root = store.read("p.workbook").unwrap().unwrap();
        let SavedRead::Text(text) = Pieces::default().read(&store, "p", root).unwrap() else {
            panic!("run {run}, workbook {n}: pieces missing")
        };
        let stored = read_document(&text)
            .unwrap_or_else(|e| panic!("run {run}, workbook {n} from storage: {e}"));
        assert!(
            stored.workbook == workbook,
            "run {run}, workbook {n} came back different from storage"
        );
        round_trips += 1;
    }
    [round_trips, at_caps, empty, longest, schema_checked]
}

#[test]
fn export_is_stable_text() {
    let mut rng = Rng(xorshift::Xorshift(42));
    let workbook = generated_workbook(&mut rng);
    let stamp = Utc.with_ymd_and_hms(2026, 1, 2, 3, 4, 5).unwrap();
    let once = export_text(&workbook, stamp).unwrap();
    let again = export_text(&read_document(&once).unwrap().workbook, stamp).unwrap();
    assert_eq!(once, again);
}

#[test]
fn damaged_documents_never_panic() {
    let mut rng = Rng(xorshift::Xorshift(7));
    let workbook = generated_workbook(&mut rng);
    let text = export_text(&workbook, Utc::now()).unwrap();
    let bytes = text.as_bytes();
    // Truncations at two thousand points spread over the whole text (every one, for a short text).
    let stride = (bytes.len() / 2000).max(1);
    for cut in (0..bytes.len()).step_by(stride) {
        assert_whole_if_read(&String::from_utf8_lossy(&bytes[..cut]));
    }
    // Many random single-byte changes and deletions.
    for _ in 0..3000 {
        let mut damaged = bytes.to_vec();
        let at = rng.below(damaged.len() as u64) as usize;
        if rng.below(2) == 0 {
            damaged[at] = rng.below(128) as u8;
        } else {
            damaged.remove(at);
        }
        assert_whole_if_read(&String::from_utf8_lossy(&damaged));
    }
}

/// A damaged document either is refused or reads as a workbook that keeps every limit and that
/// `normalise` has nothing left to repair in: what the validator lets in is as whole as an edit leaves it.
fn assert_whole_if_read(text: &str) {
    if let Ok(document) = read_document(text) {
        assert_edits_keep_the_workbook_whole(&document.workbook);
    }
}

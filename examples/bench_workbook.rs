//! Writes a generated workbook for the timing bench (`scripts/bench`), made only through the edits a
//! person can make, so it is as valid as anything the app itself saves.
//!
//! Usage: `cargo run --release --example bench_workbook -- <share> <bytes> > workbook.json`
//! - `share`: how full every list is, from 0 to 1 (1 = every list at its cap);
//! - `bytes`: the size to reach, by lengthening the texts (a list's texts stop at their own limits).
//!
//! It prints the storage form (what `waypoint.workbook` holds) and checks it reads back whole.

use chrono::NaiveDate;
use waypoint::model::applying::applications::MAX_PREP_CHARS;
use waypoint::model::applying::interview::{
    MAX_IMPROVE_CHARS, MAX_OWN_QUESTIONS as MAX_INTERVIEW_QUESTIONS, MAX_PRACTICE, MAX_STORIES,
    MAX_STORY_CHARS,
};
use waypoint::model::applying::materials::{MAX_MATERIALS, MAX_VERSIONS, MAX_VERSION_NOTES_CHARS};
use waypoint::model::applying::setbacks::{MAX_SETBACKS, MAX_SETBACK_CHARS};
use waypoint::model::applying::{
    AppStatus, ApplicationText, ApplyingEdit, MaterialKind, QuestionKind, SetbackText, StoryLink,
    StoryText, VersionText, BANK,
};
use waypoint::model::base::matrix::{MatrixEdit, MAX_CRITERIA};
use waypoint::model::base::MAX_TEXT_CHARS;
use waypoint::model::closing::{
    CelebrationText, ClosingEdit, NegotiationText, OfferNumber, OfferText, DEFAULT_LEAVING,
    MAX_CELEBRATION_CHARS, MAX_LEAVING_ITEMS, MAX_LEAVING_NOTE_CHARS, MAX_OFFERS,
    MAX_OFFER_TEXT_CHARS, OFFER_CRITERIA,
};
use waypoint::model::coach::{
    CoachEdit, ProgramEdit, ProgramStage, MAX_CARD_LINE_CHARS, MAX_HOMEWORK, MAX_HOMEWORK_CHARS,
    MAX_PROGRAM_CARDS, MAX_PROGRAM_QUESTIONS, MAX_QUESTION_CHARS, MAX_WELCOME_CHARS,
};
use waypoint::model::deeper::{
    DecisionText, DeeperEdit, GapField, OptionStatus, OptionText, RealityTestKind, RiskField,
    SalaryField, TestField, MAX_ACTIVE_OPTIONS, MAX_OPTIONS, MAX_RISKS_PER_OPTION,
    MAX_SKILLS_PER_OPTION, MAX_SKILL_GAPS, MAX_TESTS_PER_OPTION,
};
use waypoint::model::exploration::about_you::SelfEdit;
use waypoint::model::exploration::buts::{ButEdit, MAX_BUTS};
use waypoint::model::exploration::flow::FlowText;
use waypoint::model::exploration::goals::{GoalEdit, MAX_GOALS};
use waypoint::model::exploration::interests::{InterestsEdit, ITEMS, MAX_TOPICS};
use waypoint::model::exploration::readiness::{Dissatisfaction, ReadinessEdit, ReadinessText};
use waypoint::model::exploration::situation::{
    PastRoleField, SituationText, MAX_FEELINGS, MAX_PAST_ROLES,
};
use waypoint::model::exploration::skills::{SkillField, SkillKind, MAX_SKILLS};
use waypoint::model::exploration::strengths::{StrengthField, MAX_STRENGTHS};
use waypoint::model::exploration::values::{
    Pile, ReflectionField, ValuesEdit, MAX_CUSTOM_CARDS, MAX_SNAPSHOTS, MAX_TOP,
};
use waypoint::model::exploration::vision::VisionEdit;
use waypoint::model::networking::contacts::{MAX_CONTACTS, MAX_TAGS};
use waypoint::model::networking::conversations::MAX_INTERACTIONS;
use waypoint::model::networking::goals::MAX_GOALS as MAX_NETWORKING_GOALS;
use waypoint::model::networking::outreach::{MAX_DRAFTS, MAX_OWN_QUESTIONS, QUESTIONS};
use waypoint::model::networking::{
    Channel, ContactText, DraftText, LadderStep, NetworkingEdit, NewConversation, Period, Warmth,
};
use waypoint::model::plan::{
    CheckInText, IfThenText, PlanEdit, Rating, MAX_CHECK_INS, MAX_CHECK_IN_CHARS, MAX_IF_THENS,
    MAX_IF_THEN_CHARS, MAX_STEPS, MAX_STEP_CHARS,
};
use waypoint::model::{Edit, Horizon, StartEdit, VisionClarity, Workbook};
use waypoint::store::document::storage_text;
use waypoint::store::read_document;

const WORDS: [&str; 16] = [
    "talked", "with", "Priya", "about", "what", "a", "good", "week", "looks", "like", "in", "the",
    "new", "role,", "and", "why.",
];

/// `chars` characters of plain prose, different for each `seed`.
fn prose(seed: usize, chars: usize) -> String {
    let mut text = String::with_capacity(chars + 8);
    let mut i = seed;
    while text.len() < chars {
        text.push_str(WORDS[i % WORDS.len()]);
        text.push(' ');
        i = i.wrapping_mul(7).wrapping_add(3);
    }
    text.truncate(chars);
    text
}

fn day(n: usize) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + chrono::Duration::days(n as i64)
}

/// How many of a list of `cap` to make.
fn part(cap: usize, share: f64) -> usize {
    ((cap as f64 * share).round() as usize).clamp(1, cap)
}

fn apply(w: &mut Workbook, edit: impl Into<Edit>) {
    w.apply(edit.into());
}

fn generate(share: f64, chars: usize) -> Workbook {
    let mut w = Workbook::new_started(day(0));
    let mut seed = 0;
    let mut text = |n: usize| {
        seed += 1;
        prose(seed, n)
    };
    apply(&mut w, StartEdit::SetName("Sam".into()));
    for horizon in Horizon::ALL {
        apply(&mut w, VisionEdit::SetAnswer(horizon, text(chars)));
    }
    apply(&mut w, VisionEdit::SetClarity(Some(VisionClarity::ALL[1])));

    // Where you are now, strengths, skills, flow.
    for field in SituationText::ALL {
        apply(&mut w, SelfEdit::Situation(field, text(chars)));
    }
    for _ in 0..part(MAX_PAST_ROLES, share) {
        apply(&mut w, SelfEdit::AddPastRole);
        let id = w.exploration.situation.past_roles.last().unwrap().id;
        apply(
            &mut w,
            SelfEdit::SetPastRole(id, PastRoleField::Title(text(chars))),
        );
        apply(
            &mut w,
            SelfEdit::SetPastRole(id, PastRoleField::Organisation(text(chars))),
        );
        apply(
            &mut w,
            SelfEdit::SetPastRole(id, PastRoleField::Years("2019–2022".into())),
        );
    }
    for _ in 0..part(MAX_FEELINGS, share) {
        apply(&mut w, SelfEdit::AddFeeling);
        let id = w.exploration.situation.feelings.last().unwrap().id;
        apply(
            &mut w,
            SelfEdit::SetFeeling {
                id,
                feeling: Some(text(chars)),
                reasons: Some(text(chars)),
            },
        );
    }
    for _ in 0..part(MAX_STRENGTHS, share) {
        apply(&mut w, SelfEdit::AddStrength);
        let id = w.exploration.strengths.last().unwrap().id;
        apply(
            &mut w,
            SelfEdit::SetStrength(id, StrengthField::Name(text(40))),
        );
        apply(
            &mut w,
            SelfEdit::SetStrength(id, StrengthField::Evidence(text(chars))),
        );
        apply(
            &mut w,
            SelfEdit::SetStrength(id, StrengthField::Energy(Some(4))),
        );
    }
    for i in 0..part(MAX_SKILLS, share) {
        apply(
            &mut w,
            SelfEdit::AddSkill {
                name: format!("Skill {i} {}", text(30)),
                kind: SkillKind::Technical,
            },
        );
        let id = w.exploration.skills.last().unwrap().id;
        apply(
            &mut w,
            SelfEdit::SetSkill(id, SkillField::Proficiency(Some(1 + (i % 5) as u8))),
        );
        apply(
            &mut w,
            SelfEdit::SetSkill(id, SkillField::Enjoyment(Some(1 + (i * 3 % 5) as u8))),
        );
    }
    for field in FlowText::ALL {
        apply(&mut w, SelfEdit::Flow(field, text(chars)));
    }

    // Interests, readiness, goals, buts.
    for (i, item) in ITEMS.iter().enumerate() {
        apply(
            &mut w,
            InterestsEdit::Rate(item.key.into(), Some(1 + (i % 5) as u8)),
        );
    }
    for i in 0..part(MAX_TOPICS, share) {
        apply(
            &mut w,
            InterestsEdit::AddTopic(format!("Topic {i} {}", text(80))),
        );
    }
    apply(&mut w, InterestsEdit::SetCommonThread(text(chars)));
    for source in Dissatisfaction::ALL {
        apply(&mut w, ReadinessEdit::SetSource(source, true));
    }
    apply(&mut w, ReadinessEdit::SetSavings(Some(24_000)));
    apply(&mut w, ReadinessEdit::SetMonthlyCosts(Some(2_000)));
    apply(&mut w, ReadinessEdit::SetUncertainty(Some(6)));
    for field in ReadinessText::ALL {
        apply(&mut w, ReadinessEdit::SetText(field, text(chars)));
    }
    for _ in 0..part(MAX_GOALS, share) {
        apply(&mut w, GoalEdit::Add);
        let id = w.exploration.goals.last().unwrap().id;
        apply(&mut w, GoalEdit::SetText(id, text(chars)));
    }
    for i in 0..part(MAX_BUTS, share) {
        apply(
            &mut w,
            ButEdit::Park {
                text: text(chars),
                parked_from: "Exploration".into(),
                today: day(i),
            },
        );
        let id = w.exploration.buts.last().unwrap().id;
        apply(&mut w, ButEdit::SetNote(id, text(chars)));
    }

    // The values sort: own cards, every card placed, a full top list with reflections, dated snapshots.
    for i in 0..part(MAX_CUSTOM_CARDS, share) {
        apply(
            &mut w,
            ValuesEdit::AddCustom {
                name: format!("Own value {i}"),
                line: text(180),
            },
        );
    }
    for snapshot in 0..part(MAX_SNAPSHOTS, share) {
        let cards: Vec<String> = w
            .exploration
            .values
            .cards()
            .into_iter()
            .map(|c| c.key)
            .collect();
        for (i, card) in cards.into_iter().enumerate() {
            let pile = Pile::from_number(1 + ((i + snapshot) % 5) as u8);
            apply(&mut w, ValuesEdit::Place { card, pile });
        }
        apply(
            &mut w,
            ValuesEdit::Finish {
                today: day(snapshot),
            },
        );
    }
    let cards: Vec<String> = w
        .exploration
        .values
        .cards()
        .into_iter()
        .map(|c| c.key)
        .collect();
    for card in cards.iter().take(part(MAX_TOP, share).max(5)) {
        apply(
            &mut w,
            ValuesEdit::Place {
                card: card.clone(),
                pile: Pile::from_number(5),
            },
        );
        apply(&mut w, ValuesEdit::AddToTop(card.clone()));
        apply(
            &mut w,
            ValuesEdit::SetReflection(card.clone(), ReflectionField::Why, text(chars)),
        );
        apply(
            &mut w,
            ValuesEdit::SetReflection(card.clone(), ReflectionField::AlignedJob, text(chars)),
        );
        apply(&mut w, ValuesEdit::SetHonoured(card.clone(), Some(6)));
    }

    // Diving deeper: options with every detail, tests, risks and skills, the matrix full, skill gaps.
    let buts: Vec<_> = w.exploration.buts.iter().map(|b| b.id).collect();
    for i in 0..part(MAX_OPTIONS, share).max(MAX_ACTIVE_OPTIONS) {
        // Five may be active at once: the oldest active one steps aside for each new one.
        if w.deeper.active_ids().len() == MAX_ACTIVE_OPTIONS {
            let oldest = w.deeper.active_ids()[0];
            apply(&mut w, DeeperEdit::SetArchived(oldest, true));
        }
        apply(
            &mut w,
            DeeperEdit::AddOption(format!("Option {i}: {}", text(60))),
        );
        let id = *w.deeper.all_ids().last().unwrap();
        for field in OptionText::DETAILS {
            apply(&mut w, DeeperEdit::SetOptionText(id, field, text(chars)));
        }
        apply(
            &mut w,
            DeeperEdit::SetSalary(id, SalaryField::Min(Some(40_000))),
        );
        apply(
            &mut w,
            DeeperEdit::SetSalary(id, SalaryField::Max(Some(60_000))),
        );
        apply(
            &mut w,
            DeeperEdit::SetSalary(id, SalaryField::Currency("EUR".into())),
        );
        apply(&mut w, DeeperEdit::SetStatus(id, OptionStatus::ALL[i % 2]));
        for s in 0..part(MAX_SKILLS_PER_OPTION, share) {
            apply(
                &mut w,
                DeeperEdit::AddSkillNeeded(id, format!("Needed {s} {}", text(20))),
            );
        }
        for t in 0..part(MAX_TESTS_PER_OPTION, share) {
            apply(
                &mut w,
                DeeperEdit::AddRealityTest(
                    id,
                    RealityTestKind::ALL[t % RealityTestKind::ALL.len()],
                ),
            );
            let test = w
                .deeper
                .option(id)
                .unwrap()
                .reality_tests
                .last()
                .unwrap()
                .id;
            apply(
                &mut w,
                DeeperEdit::SetRealityTest(id, test, TestField::Date(Some(day(t)))),
            );
            apply(
                &mut w,
                DeeperEdit::SetRealityTest(id, test, TestField::Learned(text(chars))),
            );
        }
        for r in 0..part(MAX_RISKS_PER_OPTION, share) {
            apply(&mut w, DeeperEdit::AddRisk(id));
            let risk = w.deeper.option(id).unwrap().risks.last().unwrap().id;
            apply(
                &mut w,
                DeeperEdit::SetRisk(id, risk, RiskField::Risk(text(chars))),
            );
            apply(
                &mut w,
                DeeperEdit::SetRisk(id, risk, RiskField::Mitigation(text(chars))),
            );
            apply(
                &mut w,
                DeeperEdit::SetRisk(id, risk, RiskField::But(buts.get(r).copied())),
            );
        }
    }
    while w.deeper.matrix.criteria.len() < part(MAX_CRITERIA, share) {
        let n = w.deeper.matrix.criteria.len();
        apply(
            &mut w,
            DeeperEdit::OptionMatrix(MatrixEdit::AddCriterion(format!(
                "Criterion {n} {}",
                text(40)
            ))),
        );
    }
    let criteria: Vec<_> = w.deeper.matrix.criteria.iter().map(|c| c.id).collect();
    for (o, option) in w.deeper.all_ids().into_iter().enumerate() {
        for (c, criterion) in criteria.iter().enumerate() {
            let score = Some(1 + ((o * 7 + c * 3) % 10) as u8);
            apply(
                &mut w,
                DeeperEdit::OptionMatrix(MatrixEdit::SetScore {
                    thing: option,
                    criterion: *criterion,
                    score,
                }),
            );
        }
        apply(
            &mut w,
            DeeperEdit::OptionMatrix(MatrixEdit::SetGutRating(option, Some(7))),
        );
        apply(
            &mut w,
            DeeperEdit::OptionMatrix(MatrixEdit::SetGutNote(option, text(chars))),
        );
    }
    let first = w.deeper.active_ids()[0];
    apply(&mut w, DeeperEdit::Choose(Some(first)));
    for field in DecisionText::ALL {
        apply(&mut w, DeeperEdit::SetDecisionText(field, text(chars)));
    }
    for g in 0..part(MAX_SKILL_GAPS, share) {
        apply(
            &mut w,
            DeeperEdit::AddSkillGap {
                option: Some(first),
                skill: format!("Gap {g} {}", text(30)),
            },
        );
        let gap = w.deeper.skill_gaps.last().unwrap().id;
        apply(
            &mut w,
            DeeperEdit::SetSkillGap(gap, GapField::How(text(chars))),
        );
        apply(
            &mut w,
            DeeperEdit::SetSkillGap(gap, GapField::Cost(text(40))),
        );
        apply(
            &mut w,
            DeeperEdit::SetSkillGap(gap, GapField::Deadline(Some(day(200 + g)))),
        );
    }

    // The plan: the steps each gap turns into, then steps under the goals, up to the share of their
    // cap; if–then plans (some from the buts) and check-ins with every answer, progress and ratings.
    let gaps: Vec<_> = w.deeper.skill_gaps.iter().map(|g| g.id).collect();
    let steps = part(MAX_STEPS, share);
    for gap in &gaps {
        apply(
            &mut w,
            PlanEdit::StepsFromGap {
                gap: *gap,
                today: day(0),
            },
        );
    }
    w.plan.steps.truncate(steps);
    let goals: Vec<_> = w.exploration.goals.iter().map(|g| g.id).collect();
    for s in w.plan.steps.len()..steps {
        let goal = (!goals.is_empty()).then(|| goals[s % goals.len()]);
        apply(
            &mut w,
            PlanEdit::AddStep {
                title: format!("Step {s}"),
                goal,
                check_in: None,
            },
        );
    }
    let ids: Vec<_> = w.plan.steps.iter().map(|s| s.id).collect();
    for (n, id) in ids.into_iter().enumerate() {
        apply(
            &mut w,
            PlanEdit::SetTitle(id, text(chars.min(MAX_STEP_CHARS))),
        );
        apply(&mut w, PlanEdit::SetDue(id, Some(day(n))));
    }
    let buts: Vec<_> = w.exploration.buts.iter().map(|b| b.id).collect();
    for i in 0..part(MAX_IF_THENS, share) {
        let goal = (!goals.is_empty()).then(|| goals[i % goals.len()]);
        match buts.get(i) {
            Some(but) => apply(&mut w, PlanEdit::IfThenFromBut { but: *but, goal }),
            None => apply(&mut w, PlanEdit::AddIfThen { goal }),
        }
        let id = w.plan.if_thens.last().unwrap().id;
        apply(
            &mut w,
            PlanEdit::SetIfThenText(id, IfThenText::Response, text(chars.min(MAX_IF_THEN_CHARS))),
        );
    }
    for c in 0..part(MAX_CHECK_INS, share) {
        apply(
            &mut w,
            PlanEdit::AddCheckIn {
                on: day(c),
                today: day(c),
            },
        );
        let id = w.plan.check_ins.last().unwrap().id;
        for field in CheckInText::ALL {
            apply(
                &mut w,
                PlanEdit::SetCheckInText(id, field, text(chars.min(MAX_CHECK_IN_CHARS))),
            );
        }
        for goal in &goals {
            apply(
                &mut w,
                PlanEdit::SetProgress {
                    check_in: id,
                    goal: *goal,
                    percent: Some((c % 101) as u8),
                },
            );
        }
        apply(
            &mut w,
            PlanEdit::SetRating(id, Rating::Confidence, Some(1 + (c % 10) as u8)),
        );
        apply(
            &mut w,
            PlanEdit::SetRating(id, Rating::Energy, Some(10 - (c % 10) as u8)),
        );
    }

    // Networking: contacts with every detail, linked to options, with follow-ups; conversations
    // spread over them, each a reality test where there is one, with questions pinned; drafts, own
    // questions, the whole ladder and goals.
    let options: Vec<_> = w.deeper.options.iter().map(|o| o.id).collect();
    let tests: Vec<_> = w
        .deeper
        .options
        .iter()
        .flat_map(|o| o.reality_tests.iter().map(|t| t.id))
        .collect();
    for c in 0..part(MAX_CONTACTS, share) {
        apply(
            &mut w,
            NetworkingEdit::AddContact(format!("Contact {c} {}", text(20))),
        );
        let id = w.networking.contacts.last().unwrap().id;
        for field in [
            ContactText::Organisation,
            ContactText::Role,
            ContactText::HowWeKnow,
        ] {
            let n = if field == ContactText::HowWeKnow {
                chars
            } else {
                60
            };
            apply(&mut w, NetworkingEdit::SetContactText(id, field, text(n)));
        }
        apply(
            &mut w,
            NetworkingEdit::SetContactText(
                id,
                ContactText::Email,
                format!("contact{c}@example.org"),
            ),
        );
        apply(
            &mut w,
            NetworkingEdit::SetContactText(id, ContactText::Phone, format!("+44 20 7946 {c:04}")),
        );
        apply(
            &mut w,
            NetworkingEdit::SetContactText(
                id,
                ContactText::Profile,
                format!("https://example.org/in/contact-{c}"),
            ),
        );
        apply(&mut w, NetworkingEdit::SetWarmth(id, Warmth::ALL[c % 3]));
        for t in 0..part(MAX_TAGS, share) {
            apply(&mut w, NetworkingEdit::AddTag(id, format!("tag {t}")));
        }
        if let Some(option) = options.get(c % options.len().max(1)) {
            apply(
                &mut w,
                NetworkingEdit::LinkOption {
                    contact: id,
                    option: *option,
                    linked: true,
                },
            );
        }
        apply(&mut w, NetworkingEdit::SetFollowUp(id, Some(day(300 + c))));
    }
    let contacts: Vec<_> = w.networking.contacts.iter().map(|c| c.id).collect();
    for i in 0..part(MAX_INTERACTIONS, share) {
        let new = NewConversation {
            contact: contacts[i % contacts.len()],
            date: Some(day(i % 300)),
            channel: Channel::ALL[i % Channel::ALL.len()],
            notes: text(chars),
            outcome: text(chars.min(1_000)),
            reality_test: tests.get(i).copied(),
            follow_up: None,
        };
        apply(&mut w, NetworkingEdit::LogConversation(new));
        let id = w.networking.interactions.last().unwrap().id;
        for (key, _) in QUESTIONS.iter().take(3) {
            apply(
                &mut w,
                NetworkingEdit::PinBankQuestion {
                    interaction: id,
                    key: key.to_string(),
                    pinned: true,
                },
            );
        }
    }
    for d in 0..part(MAX_DRAFTS, share) {
        apply(&mut w, NetworkingEdit::AddDraft(format!("Draft {d}")));
        let id = w.networking.drafts.last().unwrap().id;
        apply(
            &mut w,
            NetworkingEdit::SetDraftText(
                id,
                DraftText::Body,
                format!("Hi {{first name}}, {}", text(chars.min(4_000))),
            ),
        );
    }
    for q in 0..part(MAX_OWN_QUESTIONS, share) {
        apply(
            &mut w,
            NetworkingEdit::AddOwnQuestion(format!("Question {q}: {}?", text(100))),
        );
    }
    for (r, step) in LadderStep::ALL.into_iter().enumerate() {
        apply(
            &mut w,
            NetworkingEdit::TickRung {
                step,
                done: true,
                today: day(r),
            },
        );
        apply(&mut w, NetworkingEdit::SetReflection(step, text(chars)));
    }
    for g in 0..part(MAX_NETWORKING_GOALS, share) {
        apply(
            &mut w,
            NetworkingEdit::AddGoal {
                count: 1 + g as u8,
                period: Period::ALL[g % 2],
                channel: None,
            },
        );
    }

    // Applying: materials with their checklists and versions; applications (300 at a full share, the
    // figure the board is held to; the cap is far above what storage holds) spread over every status,
    // each with its notes, preparation, links and a next step; stories, practice and setbacks.
    for m in 0..part(MAX_MATERIALS, share) {
        let kind = MaterialKind::ALL[m % MaterialKind::ALL.len()];
        let checklist = kind
            .default_checklist()
            .iter()
            .map(|t| t.to_string())
            .collect();
        apply(
            &mut w,
            ApplyingEdit::AddMaterial {
                kind,
                title: format!("Material {m}"),
                checklist,
                today: day(m),
            },
        );
        let id = w.applying.materials.last().unwrap().id;
        for v in 1..part(MAX_VERSIONS, share).min(4) {
            apply(
                &mut w,
                ApplyingEdit::AddVersion {
                    material: id,
                    label: format!("v{} {}", v + 1, text(20)),
                    today: day(m + v),
                },
            );
        }
        let versions: Vec<_> = w
            .applying
            .materials
            .last()
            .unwrap()
            .versions
            .iter()
            .map(|v| v.id)
            .collect();
        for v in versions {
            apply(
                &mut w,
                ApplyingEdit::SetVersionText(
                    v,
                    VersionText::Notes,
                    text(chars.min(MAX_VERSION_NOTES_CHARS)),
                ),
            );
        }
    }
    let versions: Vec<_> = w
        .applying
        .materials
        .iter()
        .flat_map(|m| m.versions.iter().map(|v| v.id))
        .collect();
    for a in 0..part(300, share) {
        apply(
            &mut w,
            ApplyingEdit::AddApplication {
                company: format!("Company {a}"),
                role: text(40),
                today: day(a % 200),
            },
        );
        let id = w.applying.applications.last().unwrap().id;
        for field in [
            ApplicationText::Notes,
            ApplicationText::Research,
            ApplicationText::ToAsk,
            ApplicationText::NextStep,
        ] {
            let n = if field == ApplicationText::NextStep {
                80
            } else {
                chars.min(MAX_PREP_CHARS)
            };
            apply(&mut w, ApplyingEdit::SetApplicationText(id, field, text(n)));
        }
        apply(
            &mut w,
            ApplyingEdit::SetApplicationText(
                id,
                ApplicationText::Link,
                format!("https://example.org/jobs/{a}"),
            ),
        );
        apply(&mut w, ApplyingEdit::SetNextOn(id, Some(day(300 + a))));
        if let Some(option) = options.get(a % options.len().max(1)) {
            apply(&mut w, ApplyingEdit::SetAppOption(id, Some(*option)));
        }
        apply(
            &mut w,
            ApplyingEdit::SetAppContact(id, contacts.get(a % contacts.len().max(1)).copied()),
        );
        for v in versions.iter().skip(a % 3).take(2) {
            apply(
                &mut w,
                ApplyingEdit::UseVersion {
                    app: id,
                    version: *v,
                    used: true,
                },
            );
        }
        for (n, status) in AppStatus::ALL
            .into_iter()
            .take(1 + a % AppStatus::ALL.len())
            .enumerate()
            .skip(1)
        {
            apply(
                &mut w,
                ApplyingEdit::Move {
                    app: id,
                    to: status,
                    today: day(a % 200 + n),
                },
            );
        }
    }
    let strengths: Vec<_> = w.exploration.strengths.iter().map(|s| s.id).collect();
    for s in 0..part(MAX_STORIES, share) {
        apply(&mut w, ApplyingEdit::AddStory(format!("Story {s}")));
        let id = w.applying.stories.last().unwrap().id;
        for field in [
            StoryText::Situation,
            StoryText::Task,
            StoryText::Action,
            StoryText::Result,
        ] {
            apply(
                &mut w,
                ApplyingEdit::SetStoryText(id, field, text(chars.min(MAX_STORY_CHARS))),
            );
        }
        if let Some(strength) = strengths.get(s % strengths.len().max(1)) {
            apply(
                &mut w,
                ApplyingEdit::LinkStory {
                    story: id,
                    link: StoryLink::Strength,
                    to: *strength,
                    linked: true,
                },
            );
        }
    }
    for q in 0..part(MAX_INTERVIEW_QUESTIONS, share) {
        apply(
            &mut w,
            ApplyingEdit::AddQuestion {
                kind: QuestionKind::ALL[q % 3],
                text: format!("Question {q}: {}?", text(100)),
            },
        );
    }
    for q in 0..part(MAX_PRACTICE, share) {
        apply(
            &mut w,
            ApplyingEdit::LogPractice {
                question: BANK[q % BANK.len()].1.to_string(),
                on: day(q % 300),
            },
        );
        let id = w.applying.practice.last().unwrap().id;
        apply(
            &mut w,
            ApplyingEdit::SetPracticeRating(id, Some(1 + (q % 5) as u8)),
        );
        apply(
            &mut w,
            ApplyingEdit::SetPracticeImprove(id, text(chars.min(MAX_IMPROVE_CHARS))),
        );
    }
    let apps: Vec<_> = w.applying.applications.iter().map(|a| a.id).collect();
    for b in 0..part(MAX_SETBACKS, share) {
        apply(
            &mut w,
            ApplyingEdit::AddSetback {
                application: apps.get(b).copied(),
                today: day(b % 300),
            },
        );
        let id = w.applying.setbacks.last().unwrap().id;
        for field in SetbackText::ALL {
            apply(
                &mut w,
                ApplyingEdit::SetSetbackText(id, field, text(chars.min(MAX_SETBACK_CHARS))),
            );
        }
    }

    // Closing: offers at their cap (one of them staying), every number and text, a negotiation plan,
    // scored on every criterion; the leaving-well list at its cap with notes; the look back.
    let stay_at = part(MAX_OFFERS, share) - 1;
    for o in 0..part(MAX_OFFERS, share) {
        let criteria = OFFER_CRITERIA.iter().map(|c| c.to_string()).collect();
        apply(
            &mut w,
            ClosingEdit::AddOffer {
                name: format!("Offer {o} {}", text(40)),
                stay: o == stay_at,
                criteria,
            },
        );
        let id = w.closing.offers.last().unwrap().id;
        apply(&mut w, ClosingEdit::SetCurrency(id, "EUR".into()));
        for (n, number) in OfferNumber::ALL.into_iter().enumerate() {
            apply(
                &mut w,
                ClosingEdit::SetNumber(id, number, Some(10 + (o * 13 + n) as u64 % 50)),
            );
        }
        for field in OfferText::ALL {
            apply(
                &mut w,
                ClosingEdit::SetOfferText(id, field, text(chars.min(MAX_OFFER_TEXT_CHARS))),
            );
        }
        for field in NegotiationText::ALL {
            apply(
                &mut w,
                ClosingEdit::SetNegotiationText(id, field, text(chars.min(MAX_OFFER_TEXT_CHARS))),
            );
        }
        apply(&mut w, ClosingEdit::SetStartOn(id, Some(day(320 + o))));
        apply(
            &mut w,
            ClosingEdit::SetOfferApplication(id, apps.get(o).copied()),
        );
    }
    let criteria: Vec<_> = w.closing.matrix.criteria.iter().map(|c| c.id).collect();
    for (o, offer) in w.closing.offer_ids().into_iter().enumerate() {
        for (n, criterion) in criteria.iter().enumerate() {
            let score = Some(1 + ((o + n) % 10) as u8);
            apply(
                &mut w,
                ClosingEdit::OfferMatrix(MatrixEdit::SetScore {
                    thing: offer,
                    criterion: *criterion,
                    score,
                }),
            );
        }
        apply(
            &mut w,
            ClosingEdit::OfferMatrix(MatrixEdit::SetGutNote(offer, text(chars.min(2_000)))),
        );
    }
    apply(
        &mut w,
        ClosingEdit::StartLeaving(DEFAULT_LEAVING.iter().map(|t| t.to_string()).collect()),
    );
    for l in w.closing.leaving.len()..part(MAX_LEAVING_ITEMS, share) {
        apply(
            &mut w,
            ClosingEdit::AddLeavingItem(format!("Leaving {l} {}", text(40))),
        );
    }
    for id in w.closing.leaving.iter().map(|i| i.id).collect::<Vec<_>>() {
        apply(
            &mut w,
            ClosingEdit::SetLeavingNote(id, text(chars.min(MAX_LEAVING_NOTE_CHARS))),
        );
    }
    for field in CelebrationText::ALL {
        apply(
            &mut w,
            ClosingEdit::SetCelebrationText(field, text(chars.min(MAX_CELEBRATION_CHARS))),
        );
    }

    // Coaching: a program of one's own at every cap, and the same accepted with every question
    // answered (its cards and homework join the deck and the plan where there is room).
    apply(
        &mut w,
        CoachEdit::Draft(ProgramEdit::SetCoach("A coach".into())),
    );
    apply(
        &mut w,
        CoachEdit::Draft(ProgramEdit::SetWelcome(text(chars.min(MAX_WELCOME_CHARS)))),
    );
    for c in 0..part(MAX_PROGRAM_CARDS, share) {
        apply(
            &mut w,
            CoachEdit::Draft(ProgramEdit::AddCard {
                name: format!("Coach card {c}"),
                line: text(chars.min(MAX_CARD_LINE_CHARS)),
            }),
        );
    }
    for q in 0..part(MAX_PROGRAM_QUESTIONS, share) {
        let stage = ProgramStage::ALL[q % ProgramStage::ALL.len()];
        apply(
            &mut w,
            CoachEdit::Draft(ProgramEdit::AddQuestion {
                stage,
                text: format!(
                    "Question {q}: {}?",
                    text(chars.min(MAX_QUESTION_CHARS).saturating_sub(20))
                ),
            }),
        );
    }
    for h in 0..part(MAX_HOMEWORK, share) {
        apply(
            &mut w,
            CoachEdit::Draft(ProgramEdit::AddHomework {
                title: format!(
                    "Homework {h}: {}",
                    text(chars.min(MAX_HOMEWORK_CHARS).saturating_sub(20))
                ),
                due_in_days: (h * 7) as u16,
            }),
        );
    }
    let program = w.coach.draft.clone();
    apply(
        &mut w,
        CoachEdit::Accept {
            program,
            today: day(10),
        },
    );
    for key in w
        .coach
        .draft
        .questions
        .iter()
        .map(|q| q.key)
        .collect::<Vec<_>>()
    {
        apply(
            &mut w,
            CoachEdit::SetAnswer {
                question: key,
                text: text(chars.min(MAX_TEXT_CHARS)),
            },
        );
    }
    w
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(share), Some(bytes)) = (
        args.get(1).and_then(|a| a.parse::<f64>().ok()),
        args.get(2).and_then(|a| a.parse::<usize>().ok()),
    ) else {
        eprintln!("usage: bench_workbook <share 0..1> <bytes>");
        std::process::exit(2);
    };
    let share = share.clamp(0.0, 1.0);
    let size = |chars: usize| storage_text(&generate(share, chars)).unwrap().len();
    // The longest texts that keep the document within `bytes`, found by halving.
    let (mut low, mut high) = (1, 20_000);
    while low < high {
        let mid = (low + high + 1) / 2;
        if size(mid) <= bytes {
            low = mid
        } else {
            high = mid - 1
        }
    }
    let text = storage_text(&generate(share, low)).unwrap();
    let read = read_document(&text).expect("a generated workbook reads back");
    assert!(
        read.migrated_from.is_none(),
        "a generated workbook is of the current version"
    );
    assert_eq!(
        read.workbook,
        generate(share, low),
        "a generated workbook reads back whole"
    );
    eprintln!(
        "bench_workbook: {} bytes, lists at {:.0} % of their caps, texts up to {low} characters",
        text.len(),
        share * 100.0
    );
    print!("{text}");
}

use chrono::NaiveDate;

use super::*;
use crate::model::base::Link;
use crate::model::deeper::{DeeperEdit, RealityTestKind};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A Diving deeper stage with one option (id 100) holding one reality test, and ids from 200.
fn earlier() -> (Deeper, IdSource, Id, Id) {
    let mut ids = IdSource::starting_at(100);
    let mut deeper = Deeper::default();
    assert!(deeper.apply(
        DeeperEdit::AddOption("Nursing".into()),
        &Default::default(),
        &mut ids
    ));
    let option = deeper.options[0].id;
    assert!(deeper.apply(
        DeeperEdit::AddRealityTest(option, RealityTestKind::InformationalInterview),
        &Default::default(),
        &mut ids
    ));
    let test = deeper.options[0].reality_tests[0].id;
    (deeper, IdSource::starting_at(200), option, test)
}

#[test]
fn contacts_are_added_named_linked_and_tagged() {
    let (deeper, mut ids, option, _) = earlier();
    let mut n = Networking::default();
    assert!(!n.apply(NetworkingEdit::AddContact("   ".into()), &deeper, &mut ids));
    assert!(n.apply(
        NetworkingEdit::AddContact(" Sam Okafor ".into()),
        &deeper,
        &mut ids
    ));
    let sam = n.contacts[0].id;
    assert_eq!(n.contacts[0].name, "Sam Okafor");
    // A second Sam is allowed.
    assert!(n.apply(
        NetworkingEdit::AddContact("Sam Okafor".into()),
        &deeper,
        &mut ids
    ));
    assert!(
        !n.apply(
            NetworkingEdit::SetContactText(sam, ContactText::Name, " ".into()),
            &deeper,
            &mut ids
        ),
        "a contact keeps a name"
    );
    assert!(
        n.apply(
            NetworkingEdit::SetContactText(sam, ContactText::Profile, "javascript:alert(1)".into()),
            &deeper,
            &mut ids
        ),
        "kept, as text"
    );
    assert!(n.apply(
        NetworkingEdit::LinkOption {
            contact: sam,
            option,
            linked: true
        },
        &deeper,
        &mut ids
    ));
    assert!(!n.apply(
        NetworkingEdit::LinkOption {
            contact: sam,
            option,
            linked: true
        },
        &deeper,
        &mut ids
    ));
    assert!(
        !n.apply(
            NetworkingEdit::LinkOption {
                contact: sam,
                option: Id(999),
                linked: true
            },
            &deeper,
            &mut ids
        ),
        "no such option"
    );
    assert!(n.apply(
        NetworkingEdit::AddTag(sam, " nursing ".into()),
        &deeper,
        &mut ids
    ));
    assert!(
        !n.apply(
            NetworkingEdit::AddTag(sam, "Nursing".into()),
            &deeper,
            &mut ids
        ),
        "a tag once"
    );
    assert!(n.apply(
        NetworkingEdit::RemoveTag(sam, "nursing".into()),
        &deeper,
        &mut ids
    ));
    assert!(n.apply(
        NetworkingEdit::SetWarmth(sam, Warmth::Close),
        &deeper,
        &mut ids
    ));
    assert_eq!(n.check_limits(), Ok(()));
}

#[test]
fn a_conversation_sets_the_follow_up_which_may_not_come_before_it() {
    let (deeper, mut ids, _, test) = earlier();
    let mut n = Networking::default();
    assert!(n.apply(NetworkingEdit::AddContact("Sam".into()), &deeper, &mut ids));
    let sam = n.contacts[0].id;
    let talk = |date, follow_up| {
        NetworkingEdit::LogConversation(NewConversation {
            contact: sam,
            date,
            follow_up,
            reality_test: Some(test),
            notes: "<img src=x onerror=alert(1)>".into(),
            ..Default::default()
        })
    };
    assert!(
        !n.apply(
            talk(Some(day(2026, 12, 1)), Some(day(2026, 11, 30))),
            &deeper,
            &mut ids
        ),
        "a follow-up before the conversation"
    );
    assert!(n.interactions.is_empty());
    assert!(n.apply(
        talk(Some(day(2026, 12, 1)), Some(day(2026, 12, 8))),
        &deeper,
        &mut ids
    ));
    assert_eq!(n.contacts[0].follow_up, Some(day(2026, 12, 8)));
    assert_eq!(n.interactions[0].reality_test, Some(test));
    assert_eq!(
        n.interactions[0].notes, "<img src=x onerror=alert(1)>",
        "kept as written; the page shows it as text"
    );
    assert!(!n.apply(
        NetworkingEdit::SetFollowUp(sam, Some(day(2026, 11, 1))),
        &deeper,
        &mut ids
    ));
    assert!(n.apply(
        NetworkingEdit::SetFollowUp(sam, Some(day(2026, 12, 15))),
        &deeper,
        &mut ids
    ));
    // Done: a conversation logged today, the follow-up cleared.
    assert!(n.apply(
        NetworkingEdit::FollowUpDone {
            contact: sam,
            today: day(2026, 12, 15)
        },
        &deeper,
        &mut ids
    ));
    assert_eq!(n.contacts[0].follow_up, None);
    assert_eq!(n.interactions.len(), 2);
    assert_eq!(n.interactions[1].date, Some(day(2026, 12, 15)));
    assert!(
        !n.apply(
            NetworkingEdit::FollowUpDone {
                contact: sam,
                today: day(2026, 12, 15)
            },
            &deeper,
            &mut ids
        ),
        "nothing due"
    );
    // A conversation with a missing contact or reality test is refused.
    let stray = NetworkingEdit::LogConversation(NewConversation {
        contact: Id(999),
        ..Default::default()
    });
    assert!(!n.apply(stray, &deeper, &mut ids));
    let bad_test = NetworkingEdit::LogConversation(NewConversation {
        contact: sam,
        reality_test: Some(Id(998)),
        ..Default::default()
    });
    assert!(!n.apply(bad_test, &deeper, &mut ids));
}

#[test]
fn a_note_is_clipped_to_its_limit_and_a_longer_saved_one_is_refused() {
    let (deeper, mut ids, _, _) = earlier();
    let mut n = Networking::default();
    assert!(n.apply(NetworkingEdit::AddContact("Sam".into()), &deeper, &mut ids));
    let sam = n.contacts[0].id;
    let long = "x".repeat(crate::model::base::MAX_TEXT_CHARS + 1);
    assert!(n.apply(
        NetworkingEdit::LogConversation(NewConversation {
            contact: sam,
            notes: long.clone(),
            ..Default::default()
        }),
        &deeper,
        &mut ids
    ));
    assert_eq!(
        n.interactions[0].notes.chars().count(),
        crate::model::base::MAX_TEXT_CHARS
    );
    n.interactions[0].notes = long;
    assert!(
        matches!(n.check_limits(), Err(crate::model::base::LimitProblem::TextTooLong { path, .. }) if path == "networking.interactions[0].notes")
    );
}

#[test]
fn questions_are_pinned_to_a_conversation_and_the_ladder_is_climbed() {
    let (deeper, mut ids, _, _) = earlier();
    let mut n = Networking::default();
    assert!(n.apply(NetworkingEdit::AddContact("Sam".into()), &deeper, &mut ids));
    let sam = n.contacts[0].id;
    assert!(n.apply(
        NetworkingEdit::LogConversation(NewConversation {
            contact: sam,
            ..Default::default()
        }),
        &deeper,
        &mut ids
    ));
    let talk = n.interactions[0].id;
    assert!(n.apply(
        NetworkingEdit::PinBankQuestion {
            interaction: talk,
            key: "way-in".into(),
            pinned: true
        },
        &deeper,
        &mut ids
    ));
    assert!(!n.apply(
        NetworkingEdit::PinBankQuestion {
            interaction: talk,
            key: "made-up".into(),
            pinned: true
        },
        &deeper,
        &mut ids
    ));
    assert!(n.apply(
        NetworkingEdit::AddOwnQuestion("What would you read first?".into()),
        &deeper,
        &mut ids
    ));
    assert!(
        !n.apply(
            NetworkingEdit::AddOwnQuestion(" what would you read FIRST? ".into()),
            &deeper,
            &mut ids
        ),
        "asked already"
    );
    let own = n.own_questions[0].id;
    assert!(n.apply(
        NetworkingEdit::PinOwnQuestion {
            interaction: talk,
            question: own,
            pinned: true
        },
        &deeper,
        &mut ids
    ));
    assert!(n.apply(
        NetworkingEdit::TickRung {
            step: LadderStep::Event,
            done: true,
            today: day(2026, 12, 3)
        },
        &deeper,
        &mut ids
    ));
    assert!(n.apply(
        NetworkingEdit::TickRung {
            step: LadderStep::ThreePeople,
            done: true,
            today: day(2026, 12, 3)
        },
        &deeper,
        &mut ids
    ));
    assert!(!n.apply(
        NetworkingEdit::TickRung {
            step: LadderStep::Event,
            done: true,
            today: day(2026, 12, 4)
        },
        &deeper,
        &mut ids
    ));
    assert_eq!(
        n.ladder.iter().map(|r| r.step).collect::<Vec<_>>(),
        [LadderStep::ThreePeople, LadderStep::Event],
        "in the ladder's order"
    );
    assert!(n.apply(
        NetworkingEdit::SetReflection(LadderStep::Event, "Less scary than I thought".into()),
        &deeper,
        &mut ids
    ));
    assert!(
        !n.apply(
            NetworkingEdit::SetReflection(LadderStep::Interview, "Not yet".into()),
            &deeper,
            &mut ids
        ),
        "not ticked"
    );
    // Unticking keeps a reflection; a rung with nothing written goes.
    assert!(n.apply(
        NetworkingEdit::TickRung {
            step: LadderStep::Event,
            done: false,
            today: day(2026, 12, 5)
        },
        &deeper,
        &mut ids
    ));
    assert_eq!(
        n.rung(LadderStep::Event)
            .map(|r| (r.done_on, r.reflection.as_str())),
        Some((None, "Less scary than I thought"))
    );
    assert!(n.apply(
        NetworkingEdit::TickRung {
            step: LadderStep::ThreePeople,
            done: false,
            today: day(2026, 12, 5)
        },
        &deeper,
        &mut ids
    ));
    assert!(n.rung(LadderStep::ThreePeople).is_none());
    assert_eq!(n.rungs_climbed(), 0);
    assert!(n.apply(
        NetworkingEdit::TickRung {
            step: LadderStep::Event,
            done: true,
            today: day(2026, 12, 6)
        },
        &deeper,
        &mut ids
    ));
    assert_eq!(
        n.rung(LadderStep::Event).map(|r| r.reflection.as_str()),
        Some("Less scary than I thought")
    );

    // Removing the question takes its pin away; undo puts both back.
    let removed = n.removal_of(Target::OwnQuestion(own)).unwrap();
    let links = n.links_to(&removed.ids());
    assert_eq!(
        links,
        [Link {
            from: talk,
            to: own
        }]
    );
    n.take_away(&removed);
    n.unlink(&removed.ids());
    assert!(n.interactions[0].own_questions.is_empty());
    assert!(n.put_back(removed));
    n.relink(&links);
    assert_eq!(n.interactions[0].own_questions, [own]);
    assert_eq!(n.interactions[0].bank_questions, ["way-in"]);
}

#[test]
fn removing_a_contact_takes_their_conversations_and_undo_brings_all_back() {
    let (deeper, mut ids, option, test) = earlier();
    let mut n = Networking::default();
    for name in ["Sam", "Ana"] {
        assert!(n.apply(NetworkingEdit::AddContact(name.into()), &deeper, &mut ids));
    }
    let (sam, ana) = (n.contacts[0].id, n.contacts[1].id);
    for (who, test) in [(sam, Some(test)), (ana, None), (sam, None)] {
        assert!(n.apply(
            NetworkingEdit::LogConversation(NewConversation {
                contact: who,
                reality_test: test,
                ..Default::default()
            }),
            &deeper,
            &mut ids
        ));
    }
    assert!(n.apply(
        NetworkingEdit::LinkOption {
            contact: sam,
            option,
            linked: true
        },
        &deeper,
        &mut ids
    ));
    let before = n.clone();
    let removed = n.removal_of(Target::Contact(sam)).unwrap();
    assert_eq!(removed.name(), "“Sam” and 2 conversations");
    n.take_away(&removed);
    assert_eq!(n.contacts.len(), 1);
    assert_eq!(n.interactions.len(), 1);
    assert!(n.put_back(removed.clone()));
    assert_eq!(n, before, "back exactly where it was");
    assert!(!n.put_back(removed), "not twice");

    // Removing the option (in Diving deeper) cuts the contact's link and the conversation's reality
    // test; undo ties both again.
    let gone = [option, test];
    let links = n.links_to(&gone);
    assert_eq!(links.len(), 2);
    n.unlink(&gone);
    assert!(n.contacts[0].options.is_empty() && n.interactions[0].reality_test.is_none());
    n.relink(&links);
    assert_eq!(n, before);
}

#[test]
fn normalise_drops_what_can_never_be_shown_and_cuts_missing_links() {
    let (deeper, _, option, test) = earlier();
    let mut n = Networking {
        contacts: vec![Contact {
            id: Id(1),
            name: "Sam".into(),
            options: vec![option, Id(77), option],
            tags: vec!["a".into(), "a".into()],
            ..Contact::default()
        }],
        interactions: vec![
            Interaction {
                id: Id(2),
                contact: Id(1),
                reality_test: Some(Id(78)),
                bank_questions: vec!["way-in".into(), "nope".into()],
                own_questions: vec![Id(79)],
                ..Interaction::default()
            },
            Interaction {
                id: Id(3),
                contact: Id(9),
                reality_test: Some(test),
                ..Interaction::default()
            },
        ],
        ladder: vec![
            Rung {
                step: LadderStep::Event,
                ..Rung::default()
            },
            Rung {
                step: LadderStep::ThreePeople,
                ..Rung::default()
            },
        ],
        ..Networking::default()
    };
    n.normalise(&deeper);
    assert_eq!(n.contacts[0].options, [option]);
    assert_eq!(n.contacts[0].tags, ["a"]);
    assert_eq!(
        n.interactions.len(),
        1,
        "a conversation with nobody is dropped"
    );
    assert_eq!(n.interactions[0].reality_test, None);
    assert_eq!(n.interactions[0].bank_questions, ["way-in"]);
    assert!(n.interactions[0].own_questions.is_empty());
    assert_eq!(
        n.ladder.iter().map(|r| r.step).collect::<Vec<_>>(),
        [LadderStep::ThreePeople, LadderStep::Event]
    );
}

#[test]
fn goals_keep_their_count_within_range() {
    let (deeper, mut ids, _, _) = earlier();
    let mut n = Networking::default();
    assert!(!n.apply(
        NetworkingEdit::AddGoal {
            count: 0,
            period: Period::Week,
            channel: None
        },
        &deeper,
        &mut ids
    ));
    assert!(n.apply(
        NetworkingEdit::AddGoal {
            count: 2,
            period: Period::Week,
            channel: None
        },
        &deeper,
        &mut ids
    ));
    let goal = n.goals[0].id;
    assert!(!n.apply(
        NetworkingEdit::SetGoal {
            id: goal,
            count: 51,
            period: Period::Week,
            channel: None
        },
        &deeper,
        &mut ids
    ));
    assert!(n.apply(
        NetworkingEdit::SetGoal {
            id: goal,
            count: 3,
            period: Period::Month,
            channel: Some(Channel::Call)
        },
        &deeper,
        &mut ids
    ));
    assert_eq!(n.goals[0].describe(), "3 calls a month");
    n.goals[0].count = 0;
    assert!(n.check_limits().is_err());
}

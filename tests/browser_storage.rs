//! The storage adapter in a real browser (headless Chromium, through wasm-bindgen-test-runner).
//! Each test uses its own namespace of keys, so the tests cannot disturb each other or a real workbook.
#![cfg(target_arch = "wasm32")]

use chrono::{NaiveDate, Utc};
use wasm_bindgen_test::*;
use waypoint::model::exploration::vision::VisionEdit;
use waypoint::model::StartEdit;
use waypoint::model::{Horizon, VisionClarity, Workbook};
use waypoint::store::local::{Loaded, LocalStore};
use waypoint::store::DocumentError;

wasm_bindgen_test_configure!(run_in_browser);

/// Every key of the namespace `test-{name}`.
fn keys_of(name: &str) -> Vec<String> {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let prefix = format!("test-{name}.");
    let mut keys: Vec<String> = (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .filter(|key| key.starts_with(&prefix))
        .collect();
    keys.sort();
    keys
}

fn fresh_store(name: &str) -> LocalStore {
    let store = LocalStore::new(&format!("test-{name}"));
    for key in keys_of(name) {
        store.remove(&key).unwrap();
    }
    store
}

fn sample() -> Workbook {
    let mut workbook = Workbook::new_started(NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
    workbook.apply(StartEdit::SetName("Noor ✨".into()).into());
    workbook.apply(
        VisionEdit::SetAnswer(
            Horizon::BestOfAllWorlds,
            "Work with \"meaning\"\nand time".into(),
        )
        .into(),
    );
    workbook.apply(VisionEdit::SetClarity(Some(VisionClarity::Clear)).into());
    workbook
}

#[wasm_bindgen_test]
fn storage_is_available_in_the_browser() {
    assert!(LocalStore::available());
}

#[wasm_bindgen_test]
fn nothing_saved_loads_as_fresh() {
    let store = fresh_store("fresh");
    assert_eq!(store.load().unwrap(), Loaded::Fresh);
}

#[wasm_bindgen_test]
fn a_saved_workbook_loads_back_equal() {
    let store = fresh_store("round-trip");
    let workbook = sample();
    store.save(&workbook).unwrap();
    match store.load().unwrap() {
        Loaded::Found(document) => assert_eq!(document.workbook, workbook),
        other => panic!("expected the saved workbook, got {other:?}"),
    }
}

#[wasm_bindgen_test]
fn unreadable_text_is_reported_and_can_be_kept_aside_unchanged() {
    let store = fresh_store("unreadable");
    let broken = "{\"format\":\"waypoint-workbook\",\"schema_version\":1,\"profile\":";
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .set_item(&store.workbook_key(), broken)
        .unwrap();
    let Loaded::Unreadable { text, error } = store.load().unwrap() else {
        panic!("expected Unreadable")
    };
    assert_eq!(text, broken);
    assert!(matches!(error, DocumentError::NotJson { .. }));
    let key = store.keep_aside(&text, Utc::now()).unwrap();
    assert_eq!(store.read_raw(&key).unwrap().as_deref(), Some(broken));
    assert_eq!(store.kept_aside_keys(), vec![key.clone()]);
    assert!(store.kept_aside_stamp(&key).is_some());
}

#[wasm_bindgen_test]
fn backing_up_copies_the_saved_text_exactly() {
    use waypoint::store::backups::BackupReason;
    let store = fresh_store("backup");
    assert_eq!(
        store
            .back_up_saved(BackupReason::Import, Utc::now())
            .unwrap(),
        None,
        "nothing saved, nothing to back up"
    );
    let workbook = sample();
    store.save(&workbook).unwrap();
    let made = store
        .back_up_saved(BackupReason::Import, Utc::now())
        .unwrap()
        .expect("a backup");
    assert_eq!(store.backups(), vec![made.backup.clone()]);
    assert_eq!(
        Some(store.backup_text(&made.backup).unwrap()),
        store.saved_text().unwrap()
    );
    assert_eq!(store.read_backup(&made.backup).unwrap().workbook, workbook);
}

#[wasm_bindgen_test]
fn the_one_backup_of_earlier_versions_joins_the_list() {
    let store = fresh_store("legacy-backup");
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let old = r#"{"format":"waypoint-workbook","schema_version":1,"profile":{"name":"Before"}}"#;
    storage.set_item(&store.legacy_backup_key(), old).unwrap();
    assert!(store.adopt_legacy_backup(Utc::now()));
    assert_eq!(store.read_raw(&store.legacy_backup_key()).unwrap(), None);
    let backups = store.backups();
    assert_eq!(backups.len(), 1);
    assert_eq!(store.backup_text(&backups[0]).unwrap(), old);
    assert!(
        backups[0].summary.starts_with("Before"),
        "{}",
        backups[0].summary
    );
}

#[wasm_bindgen_test]
fn a_full_storage_refuses_the_save_and_keeps_what_was_saved() {
    use waypoint::store::local::SaveError;
    let store = fresh_store("quota");
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let saved = sample();
    store.save(&saved).unwrap();
    let before = store.saved_text().unwrap();
    let keys_before = keys_of("quota");

    // Fill the rest of the quota with ever smaller blocks.
    let mut fillers = Vec::new();
    let mut block = 1 << 20;
    while block >= 256 {
        let key = format!("test-quota.filler.{}", fillers.len());
        if storage.set_item(&key, &"x".repeat(block)).is_ok() {
            fillers.push(key);
        } else {
            block /= 2;
        }
        assert!(
            fillers.len() < 200,
            "the browser's quota should be reached long before this"
        );
    }

    let mut bigger = saved.clone();
    bigger.apply(VisionEdit::SetAnswer(Horizon::TenYears, "y".repeat(10_000)).into());
    let result = store.save(&bigger);
    for key in &fillers {
        storage.remove_item(key).unwrap();
    }
    assert_eq!(result, Err(SaveError::QuotaExceeded));
    assert_eq!(
        store.saved_text().unwrap(),
        before,
        "the saved text must be untouched"
    );
    assert_eq!(
        keys_of("quota"),
        keys_before,
        "no piece of the refused save is left behind"
    );
}

#[wasm_bindgen_test]
fn a_large_workbook_is_saved_in_pieces_and_a_whole_document_becomes_pieces() {
    let store = fresh_store("pieces");
    let mut workbook = sample();
    let whole = waypoint::store::document::storage_text(&workbook).unwrap();
    // A workbook saved whole (by an earlier Waypoint) is read as it is.
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .set_item(&store.workbook_key(), &whole)
        .unwrap();
    assert!(
        matches!(store.load().unwrap(), Loaded::Found(document) if document.workbook == workbook)
    );

    workbook.apply(VisionEdit::SetAnswer(Horizon::TenYears, "a long view ".repeat(400)).into());
    store.save(&workbook).unwrap();
    let root = store.read_raw(&store.workbook_key()).unwrap().unwrap();
    // The root holds the small parts inline (coaching's empty program among them), the rest as pieces.
    assert!(
        root.starts_with("waypoint-pieces 1\n") && root.len() < 2_400,
        "{} {root}",
        root.len()
    );
    assert_eq!(
        keys_of("pieces")
            .iter()
            .filter(|key| key.starts_with("test-pieces.piece."))
            .count(),
        1
    );
    assert_eq!(
        store.saved_text().unwrap().unwrap(),
        waypoint::store::document::storage_text(&workbook).unwrap()
    );
    assert!(
        matches!(LocalStore::new("test-pieces").load().unwrap(), Loaded::Found(document) if document.workbook == workbook)
    );

    // A missing piece is reported, never read as a workbook.
    let piece = keys_of("pieces")
        .into_iter()
        .find(|key| key.contains(".piece."))
        .unwrap();
    store.remove(&piece).unwrap();
    assert!(matches!(
        LocalStore::new("test-pieces").load().unwrap(),
        Loaded::Unreadable {
            error: DocumentError::MissingPieces {
                missing: 1,
                pieces: 1
            },
            ..
        }
    ));
}

/// Waits `ms` milliseconds in the browser's event loop.
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

mod live_workbook {
    use super::*;

    /// The workbook in storage, which must be there and readable.
    fn saved_workbook(store: &LocalStore) -> Workbook {
        match store.load().unwrap() {
            Loaded::Found(document) => document.workbook,
            other => panic!("expected a saved workbook, found {other:?}"),
        }
    }
    use waypoint::store::backups::BackupReason;
    use waypoint::store::local::SaveError;
    use waypoint::store::{LiveWorkbook, SaveStatus, StartupNotice};

    #[wasm_bindgen_test]
    async fn an_edit_is_saved_once_the_delay_has_passed() {
        let store = fresh_store("live-delay");
        let live = LiveWorkbook::start(store.clone());
        assert_eq!(live.status(), SaveStatus::Saved);
        live.dispatch(StartEdit::SetName("Iris".into()));
        assert_eq!(live.status(), SaveStatus::Pending);
        assert_eq!(
            store.read_raw(&store.workbook_key()).unwrap(),
            None,
            "not written at once"
        );
        sleep(450).await;
        assert_eq!(live.status(), SaveStatus::Saved);
        assert_eq!(saved_workbook(&store).profile.name, "Iris");
    }

    #[wasm_bindgen_test]
    fn flush_writes_a_waiting_edit_at_once_and_an_unchanged_edit_writes_nothing() {
        let store = fresh_store("live-flush");
        let live = LiveWorkbook::start(store.clone());
        live.dispatch(StartEdit::SetName(String::new()));
        assert_eq!(
            live.status(),
            SaveStatus::Saved,
            "an edit that changes nothing is not saved"
        );
        live.dispatch(VisionEdit::SetAnswer(
            Horizon::OneYear,
            "Less commuting".into(),
        ));
        live.flush();
        assert_eq!(live.status(), SaveStatus::Saved);
        assert_eq!(saved_workbook(&store).vision.one_year, "Less commuting");
    }

    #[wasm_bindgen_test]
    fn replace_backs_up_the_saved_workbook_first() {
        let store = fresh_store("live-replace");
        let live = LiveWorkbook::start(store.clone());
        live.dispatch(StartEdit::SetName("Old".into()));
        live.flush();
        let mut incoming = Workbook::default();
        incoming.profile.name = "New".into();
        let made = live
            .replace(incoming.clone(), BackupReason::Import)
            .unwrap()
            .expect("a saved workbook to back up");
        assert_eq!(live.with(|w| w.profile.name.clone()), "New");
        assert_eq!(made.backup.reason, BackupReason::Import);
        assert_eq!(
            store
                .read_backup(&store.backups()[0])
                .unwrap()
                .workbook
                .profile
                .name,
            "Old"
        );
        assert_eq!(saved_workbook(&store), incoming);
    }

    /// Two tabs are two `LiveWorkbook`s on the same keys, each with its own idea of what it has seen.
    /// (A page does not hear its own storage events, so neither hears the other: the check before
    /// each write is what keeps both versions.)
    #[wasm_bindgen_test]
    fn a_tab_never_saves_over_another_tabs_save_without_keeping_it() {
        let store_a = fresh_store("two-tabs");
        let store_b = LocalStore::new("test-two-tabs");
        let a = LiveWorkbook::start(store_a.clone());
        let b = LiveWorkbook::start(store_b.clone());
        a.dispatch(StartEdit::SetName("Typed in A".into()));
        a.flush();
        assert!(store_a.backups().is_empty(), "nothing unseen: no backup");
        b.dispatch(VisionEdit::SetAnswer(Horizon::OneYear, "Typed in B".into()));
        b.flush();
        assert_eq!(b.status(), SaveStatus::Saved);
        assert!(
            b.notices().contains(&StartupNotice::OtherTabKept),
            "{:?}",
            b.notices()
        );
        let backups = store_b.backups();
        assert_eq!(backups.len(), 1);
        assert_eq!(backups[0].reason, BackupReason::OtherTab);
        assert_eq!(
            store_b
                .read_backup(&backups[0])
                .unwrap()
                .workbook
                .profile
                .name,
            "Typed in A"
        );
        assert_eq!(saved_workbook(&store_b).vision.one_year, "Typed in B");

        // B saving again has seen its own save: no second backup.
        b.dispatch(VisionEdit::SetAnswer(
            Horizon::OneYear,
            "Typed in B again".into(),
        ));
        b.flush();
        assert_eq!(store_b.backups().len(), 1);
    }

    /// A newer Waypoint in another tab saved: this tab keeps it whole and stops saving.
    #[wasm_bindgen_test]
    fn a_tab_never_saves_over_a_newer_waypoints_save() {
        let store = fresh_store("newer-tab");
        let live = LiveWorkbook::start(store.clone());
        let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
        let newer = r#"{"format":"waypoint-workbook","schema_version":42}"#;
        storage.set_item(&store.workbook_key(), newer).unwrap();
        live.dispatch(StartEdit::SetName("Older tab".into()));
        live.flush();
        assert_eq!(
            live.status(),
            SaveStatus::Off(SaveError::SavedByNewerVersion { version: 42 })
        );
        assert_eq!(
            store.read_raw(&store.workbook_key()).unwrap().as_deref(),
            Some(newer)
        );
    }

    #[wasm_bindgen_test]
    fn a_migrated_workbook_is_backed_up_as_it_was_and_saved_in_the_new_form() {
        let store = fresh_store("live-migrated");
        let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
        let old =
            r#"{"format":"waypoint-workbook","schema_version":1,"profile":{"name":"Old form"}}"#;
        storage.set_item(&store.workbook_key(), old).unwrap();
        let live = LiveWorkbook::start(store.clone());
        assert!(matches!(
            live.notices().as_slice(),
            [StartupNotice::Migrated { from: 1 }]
        ));
        let backups = store.backups();
        assert_eq!(backups.len(), 1);
        assert_eq!(backups[0].reason, BackupReason::Migration);
        assert_eq!(store.backup_text(&backups[0]).unwrap(), old);
        match store.load().unwrap() {
            Loaded::Found(document) => assert_eq!(
                (
                    document.migrated_from,
                    document.workbook.profile.name.as_str()
                ),
                (None, "Old form")
            ),
            other => panic!("{other:?}"),
        }
        // The next start finds nothing to migrate and makes no second backup.
        let _again = LiveWorkbook::start(LocalStore::new("test-live-migrated"));
        assert_eq!(store.backups().len(), 1);
    }

    #[wasm_bindgen_test]
    fn unreadable_storage_offers_the_newest_backup_that_reads() {
        let store = fresh_store("live-offer");
        let good = r#"{"format":"waypoint-workbook","schema_version":1,"profile":{"name":"Good"}}"#;
        store
            .back_up(good, BackupReason::Import, Utc::now())
            .unwrap();
        store
            .back_up("{ broken", BackupReason::Restore, Utc::now())
            .unwrap();
        let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
        storage
            .set_item(&store.workbook_key(), "not a workbook")
            .unwrap();
        let live = LiveWorkbook::start(store.clone());
        let notices = live.notices();
        let [StartupNotice::KeptAside {
            backup: Some(offered),
            ..
        }] = notices.as_slice()
        else {
            panic!("{:?}", live.notices())
        };
        assert_eq!(
            store.read_backup(offered).unwrap().workbook.profile.name,
            "Good"
        );
    }

    #[wasm_bindgen_test]
    fn unreadable_text_is_kept_aside_at_start() {
        let store = fresh_store("live-unreadable");
        let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
        storage
            .set_item(&store.workbook_key(), "not a workbook")
            .unwrap();
        let live = LiveWorkbook::start(store.clone());
        assert!(matches!(
            live.notices().as_slice(),
            [StartupNotice::KeptAside { .. }]
        ));
        let kept = store.kept_aside_keys();
        assert_eq!(kept.len(), 1);
        assert_eq!(
            store.read_raw(&kept[0]).unwrap().as_deref(),
            Some("not a workbook")
        );
    }

    #[wasm_bindgen_test]
    fn a_newer_workbook_switches_saving_off_and_stays_untouched() {
        let store = fresh_store("live-newer");
        let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
        let newer = r#"{"format":"waypoint-workbook","schema_version":42}"#;
        storage.set_item(&store.workbook_key(), newer).unwrap();
        let live = LiveWorkbook::start(store.clone());
        assert_eq!(
            live.status(),
            SaveStatus::Off(SaveError::SavedByNewerVersion { version: 42 })
        );
        live.dispatch(StartEdit::SetName("Mine".into()));
        live.flush();
        assert!(live
            .replace(Workbook::default(), BackupReason::Import)
            .is_err());
        assert_eq!(
            store.read_raw(&store.workbook_key()).unwrap().as_deref(),
            Some(newer)
        );
        assert!(store.kept_aside_keys().is_empty());
    }
}

/// `settled` (ui::dom): the greeting that follows the name waits for a pause in the typing.
mod settled_words {
    use super::sleep;
    use leptos::prelude::*;
    use std::time::Duration;
    use wasm_bindgen_test::*;
    use waypoint::ui::dom::settled;

    #[wasm_bindgen_test]
    async fn a_settled_copy_follows_its_source_only_after_a_pause() {
        let _ = any_spawner::Executor::init_wasm_bindgen();
        let owner = Owner::new();
        owner.set();
        let (name, set_name) = signal("A".to_string());
        let shown = settled(name, Duration::from_millis(120));
        sleep(20).await;
        assert_eq!(shown.get_untracked(), "A", "it starts equal to its source");
        for typed in ["Ab", "Abe", "Abel"] {
            set_name.set(typed.to_string());
            sleep(50).await;
            assert_eq!(
                shown.get_untracked(),
                "A",
                "it does not follow while the source keeps changing"
            );
        }
        sleep(200).await;
        assert_eq!(
            shown.get_untracked(),
            "Abel",
            "after a pause it shows the latest value"
        );
        set_name.set("Abel".to_string());
        sleep(200).await;
        assert_eq!(shown.get_untracked(), "Abel");
        drop(owner);
    }
}

/// The link format with the browser's own Compression Streams: a program goes round; a link cut
/// short or altered is refused; a deflate bomb stops at the cap instead of filling memory.
mod coach_links {
    use wasm_bindgen_test::*;
    use waypoint::model::coach::{Program, ProgramEdit, ProgramStage};
    use waypoint::store::link::{compress, fragment_for, fragment_of, program_in, LinkError};

    fn program() -> Program {
        let mut p = Program::default();
        p.apply(ProgramEdit::SetCoach("Maya Lindqvist".into()));
        p.apply(ProgramEdit::SetWelcome(
            "Welcome. One stage at a time.".into(),
        ));
        p.apply(ProgramEdit::AddCard {
            name: "Slow mornings".into(),
            line: "Time to think.".into(),
        });
        p.apply(ProgramEdit::AddQuestion {
            stage: ProgramStage::Networking,
            text: "Who would enjoy being asked?".into(),
        });
        p.apply(ProgramEdit::AddHomework {
            title: "Ask two people about their work".into(),
            due_in_days: 14,
        });
        p
    }

    #[wasm_bindgen_test]
    async fn a_program_goes_round_through_a_real_link() {
        let fragment = fragment_of(&program()).await.unwrap();
        assert!(
            fragment.starts_with("#/program/1/") && fragment.len() < 1_000,
            "{fragment}"
        );
        assert_eq!(program_in(&fragment).await, Ok(program()));
    }

    #[wasm_bindgen_test]
    async fn a_cut_or_altered_link_is_refused() {
        let fragment = fragment_of(&program()).await.unwrap();
        let cut = &fragment[..fragment.len() - 8];
        assert!(
            matches!(
                program_in(cut).await,
                Err(LinkError::NotCompressed | LinkError::Damaged)
            ),
            "{:?}",
            program_in(cut).await
        );
        let mut altered = fragment.clone().into_bytes();
        let at = altered.len() / 2;
        altered[at] = if altered[at] == b'A' { b'B' } else { b'A' };
        let altered = String::from_utf8(altered).unwrap();
        assert!(
            matches!(
                program_in(&altered).await,
                Err(LinkError::Damaged | LinkError::NotCompressed)
            ),
            "an altered link is never read as another program"
        );
    }

    #[wasm_bindgen_test]
    async fn a_deflate_bomb_stops_at_the_cap() {
        // Five megabytes of spaces compress to a link of a few thousand characters.
        let bomb = compress(&vec![b' '; 5_000_000]).await.unwrap();
        let fragment = fragment_for(&vec![b' '; 5_000_000], &bomb).unwrap();
        assert!(fragment.len() < 16_000, "{}", fragment.len());
        assert_eq!(
            program_in(&fragment).await,
            Err(LinkError::TooLargeUnpacked)
        );
    }
}

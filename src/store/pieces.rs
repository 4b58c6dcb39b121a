//! How a saved workbook lies in storage: its large pieces each under a key named by their content,
//! and under the workbook's own key a short list (the *manifest*) that spells out the whole text.
//!
//! Writing 2 MB to localStorage holds the page for 15–30 ms, longer than a frame. A save writes only
//! the pieces that are new (the record typed into), then the manifest, whose one write is the moment
//! the new workbook replaces the old: a failure before it leaves the old one whole. Pieces the old
//! manifest needed and the new one does not are then deleted.
//!
//! Another tab may save too. A tab skips writing a piece, or deletes an old one, only while the stored
//! manifest is the one it last read or wrote; otherwise it checks each piece and deletes nothing.
//! (Before that, `LiveWorkbook` keeps another tab's unseen save as a backup: ARCHITECTURE.md, "Two tabs".)
//!
//! The workbook's key may also hold a whole document (saved by an earlier Waypoint, or put there by a
//! test); it is read as it is, and the next save writes it as pieces.

use std::collections::BTreeSet;

use super::local::SaveError;
use super::saved_text::{fnv1a, Changed, Segment};

/// Keys and texts, as localStorage holds them (and an in-memory map in tests).
pub trait KeyValue {
    fn read(&self, key: &str) -> Result<Option<String>, SaveError>;
    fn write(&self, key: &str, text: &str) -> Result<(), SaveError>;
    fn delete(&self, key: &str) -> Result<(), SaveError>;
}

/// The first line of a manifest. A whole document begins with `{`, so the two never mix.
pub const MANIFEST_HEADER: &str = "waypoint-pieces 1\n";

pub fn piece_key(namespace: &str, hash: u64) -> String {
    format!("{namespace}.piece.{hash:016x}")
}

/// The manifest of `segments`: after the header, `t <bytes>` and the text on the next line, or
/// `p <hash> <bytes>` for a piece under its own key.
pub fn manifest(segments: &[Segment]) -> String {
    let mut out = String::from(MANIFEST_HEADER);
    for segment in segments {
        match segment {
            Segment::Text(text) => {
                out.push_str(&format!("t {}\n", text.len()));
                out.push_str(text);
                out.push('\n');
            }
            Segment::Piece(piece) => {
                out.push_str(&format!("p {:016x} {}\n", piece.hash, piece.text.len()))
            }
        }
    }
    out
}

#[derive(Debug, PartialEq, Eq)]
enum Entry<'a> {
    Text(&'a str),
    Piece { hash: u64, bytes: usize },
}

/// The entries of a manifest, or `None` when `text` is not a well-formed one.
fn entries(text: &str) -> Option<Vec<Entry<'_>>> {
    let mut rest = text.strip_prefix(MANIFEST_HEADER)?;
    let mut out = Vec::new();
    while !rest.is_empty() {
        let (line, after) = rest.split_once('\n')?;
        let mut words = line.split(' ');
        match (words.next()?, words.next(), words.next(), words.next()) {
            ("t", Some(bytes), None, None) => {
                let bytes: usize = bytes.parse().ok()?;
                // `get` refuses a length that ends inside a character, rather than panicking.
                let text = after.get(..bytes)?;
                rest = after.get(bytes..)?.strip_prefix('\n')?;
                out.push(Entry::Text(text));
            }
            ("p", Some(hash), Some(bytes), None) => {
                out.push(Entry::Piece {
                    hash: u64::from_str_radix(hash, 16).ok()?,
                    bytes: bytes.parse().ok()?,
                });
                rest = after;
            }
            _ => return None,
        }
    }
    Some(out)
}

/// What the workbook's key led to.
#[derive(Debug, PartialEq, Eq)]
pub enum SavedRead {
    /// A whole document, or a manifest with every piece found: the text to validate.
    Text(String),
    /// A manifest that is not well formed, or whose pieces are not all there: what could be read,
    /// to keep aside.
    Broken {
        text: String,
        missing: usize,
        pieces: usize,
    },
}

/// The manifest this tab last read or wrote: while storage still holds it, its pieces are known to be
/// there (and are this tab's to delete when no longer needed).
#[derive(Debug, Default)]
struct Known {
    manifest: String,
    hashes: BTreeSet<u64>,
}

/// A tab's view of its saved pieces: the text cache and what it knows is stored.
#[derive(Default)]
pub struct Pieces {
    text: super::saved_text::SavedText,
    known: Option<Known>,
}

impl Pieces {
    /// Reads what `root_text` (the workbook key's text) stands for. A manifest read whole becomes
    /// the known one.
    pub fn read(
        &mut self,
        store: &impl KeyValue,
        namespace: &str,
        root_text: String,
    ) -> Result<SavedRead, SaveError> {
        if !root_text.starts_with(MANIFEST_HEADER) {
            return Ok(SavedRead::Text(root_text));
        }
        let Some(list) = entries(&root_text) else {
            return Ok(SavedRead::Broken {
                text: root_text,
                missing: 0,
                pieces: 0,
            });
        };
        let (mut text, mut missing, mut pieces, mut hashes) =
            (String::new(), 0, 0, BTreeSet::new());
        for entry in list {
            match entry {
                Entry::Text(run) => text.push_str(run),
                Entry::Piece { hash, bytes } => {
                    pieces += 1;
                    match store.read(&piece_key(namespace, hash))? {
                        Some(piece) if piece.len() == bytes && fnv1a(piece.as_bytes()) == hash => {
                            text.push_str(&piece);
                            hashes.insert(hash);
                        }
                        _ => missing += 1,
                    }
                }
            }
        }
        if missing > 0 {
            return Ok(SavedRead::Broken {
                text,
                missing,
                pieces,
            });
        }
        self.known = Some(Known {
            manifest: root_text,
            hashes,
        });
        Ok(SavedRead::Text(text))
    }

    /// The manifest this tab last read whole or wrote.
    pub fn known_manifest(&self) -> Option<&str> {
        self.known.as_ref().map(|known| known.manifest.as_str())
    }

    /// Forgets the known manifest (its workbook was not taken up): the next save checks every piece
    /// and deletes none.
    pub fn forget(&mut self) {
        self.known = None;
    }

    /// Saves `workbook` under `root_key`, writing again the text of what `changed` names: new
    /// pieces first, then the manifest, then the pieces only the old manifest needed. On any
    /// failure the stored workbook is as it was.
    pub fn save(
        &mut self,
        store: &impl KeyValue,
        namespace: &str,
        root_key: &str,
        workbook: &crate::model::Workbook,
        changed: &Changed,
    ) -> Result<(), SaveError> {
        let segments = self
            .text
            .segments(workbook, changed)
            .map_err(|error| SaveError::Failed(error.to_string()))?;
        let stored_manifest = store.read(root_key)?;
        let trusted = self
            .known
            .as_ref()
            .filter(|known| stored_manifest.as_deref() == Some(known.manifest.as_str()));

        let mut hashes = BTreeSet::new();
        let mut written = Vec::new();
        let mut result = Ok(());
        for segment in &segments {
            let Segment::Piece(piece) = segment else {
                continue;
            };
            if !hashes.insert(piece.hash) {
                continue;
            }
            let key = piece_key(namespace, piece.hash);
            let present = match trusted {
                Some(known) => known.hashes.contains(&piece.hash),
                None => match store.read(&key) {
                    Ok(found) => found.is_some_and(|text| text == piece.text),
                    Err(error) => {
                        result = Err(error);
                        break;
                    }
                },
            };
            if present {
                continue;
            }
            if let Err(error) = store.write(&key, &piece.text) {
                result = Err(error);
                break;
            }
            written.push(key);
        }
        let new_manifest = manifest(&segments);
        let result = result.and_then(|()| store.write(root_key, &new_manifest));
        if let Err(error) = result {
            // Nothing stored needs what this save wrote (a trusted piece it skipped is not among them).
            for key in written {
                let _ = store.delete(&key);
            }
            return Err(error);
        }
        if let Some(known) = trusted {
            for hash in known.hashes.difference(&hashes) {
                let _ = store.delete(&piece_key(namespace, *hash));
            }
        }
        self.known = Some(Known {
            manifest: new_manifest,
            hashes,
        });
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::deeper::{DeeperEdit, OptionText};
    use crate::model::{Edit, StartEdit, Workbook};
    use crate::store::saved_text::serde_text;
    use crate::store::saved_text::{joined, SavedText};

    type Memory = crate::store::memory::MemoryStore;

    const NS: &str = "t";
    const ROOT: &str = "t.workbook";

    fn long(seed: &str) -> String {
        seed.repeat(4000 / seed.len())
    }

    /// A workbook with three options long enough to be pieces of their own.
    fn workbook() -> Workbook {
        let mut workbook = Workbook::default();
        workbook.apply(StartEdit::SetName("Ana".into()).into());
        for title in ["Nursing", "Teaching", "Carpentry"] {
            workbook.apply(DeeperEdit::AddOption(title.into()).into());
        }
        for (i, option) in workbook.deeper.options.clone().iter().enumerate() {
            workbook.apply(
                DeeperEdit::SetOptionText(
                    option.id,
                    OptionText::DayInTheLife,
                    long(&format!("note {i} ")),
                )
                .into(),
            );
        }
        workbook
    }

    fn read_back(store: &Memory) -> String {
        let root = store.read(ROOT).unwrap().unwrap();
        match Pieces::default().read(store, NS, root).unwrap() {
            SavedRead::Text(text) => text,
            broken => panic!("{broken:?}"),
        }
    }

    fn piece_keys(store: &Memory) -> Vec<String> {
        store
            .map
            .borrow()
            .keys()
            .filter(|k| k.starts_with("t.piece."))
            .cloned()
            .collect()
    }

    #[test]
    fn the_segments_spell_the_storage_text_and_a_manifest_reads_back_to_it() {
        let workbook = workbook();
        let segments = SavedText::default()
            .segments(&workbook, &Changed::everything())
            .unwrap();
        assert_eq!(joined(&segments), serde_text(&workbook, None).unwrap());
        assert_eq!(
            segments
                .iter()
                .filter(|s| matches!(s, Segment::Piece(_)))
                .count(),
            3,
            "{segments:#?}"
        );
        let store = Memory::default();
        Pieces::default()
            .save(&store, NS, ROOT, &workbook, &Changed::everything())
            .unwrap();
        assert_eq!(read_back(&store), serde_text(&workbook, None).unwrap());
        assert_eq!(piece_keys(&store).len(), 3);
    }

    #[test]
    fn a_save_writes_only_the_record_that_changed_and_deletes_what_it_replaced() {
        let mut workbook = workbook();
        let store = Memory::default();
        let mut pieces = Pieces::default();
        pieces
            .save(&store, NS, ROOT, &workbook, &Changed::everything())
            .unwrap();
        store.writes.borrow_mut().clear();

        let second = workbook.deeper.options[1].id;
        let edit = Edit::from(DeeperEdit::SetOptionText(
            second,
            OptionText::DayInTheLife,
            long("changed "),
        ));
        let mut changed = Changed::default();
        changed.add(&edit);
        workbook.apply(edit);
        pieces.save(&store, NS, ROOT, &workbook, &changed).unwrap();
        let writes = store.writes.borrow().clone();
        assert_eq!(writes.len(), 2, "one piece and the manifest: {writes:?}");
        assert!(writes[0].0.starts_with("t.piece.") && writes[1].0 == ROOT);
        assert_eq!(
            piece_keys(&store).len(),
            3,
            "the old text of the option is deleted"
        );
        assert_eq!(read_back(&store), serde_text(&workbook, None).unwrap());
    }

    #[test]
    fn a_full_storage_leaves_the_saved_workbook_and_no_stray_pieces() {
        let mut workbook = workbook();
        let mut store = Memory::default();
        let mut pieces = Pieces::default();
        pieces
            .save(&store, NS, ROOT, &workbook, &Changed::everything())
            .unwrap();
        let before = store.map.borrow().clone();
        let used: usize = before.iter().map(|(k, v)| k.len() + v.len()).sum();
        store.quota = Some(used + 100);

        for option in workbook.deeper.options.clone() {
            workbook.apply(
                DeeperEdit::SetOptionText(
                    option.id,
                    OptionText::DayInTheLife,
                    long("much longer now "),
                )
                .into(),
            );
        }
        assert_eq!(
            pieces.save(&store, NS, ROOT, &workbook, &Changed::everything()),
            Err(SaveError::QuotaExceeded)
        );
        assert_eq!(
            *store.map.borrow(),
            before,
            "storage is byte for byte as before"
        );

        store.quota = None;
        pieces
            .save(&store, NS, ROOT, &workbook, &Changed::everything())
            .unwrap();
        assert_eq!(read_back(&store), serde_text(&workbook, None).unwrap());
        assert_eq!(piece_keys(&store).len(), 3);
    }

    #[test]
    fn after_another_tab_saved_every_piece_is_checked_and_none_deleted() {
        let mut workbook = workbook();
        let store = Memory::default();
        let (mut here, mut there) = (Pieces::default(), Pieces::default());
        here.save(&store, NS, ROOT, &workbook, &Changed::everything())
            .unwrap();

        // The other tab saves its own change; this tab, not having seen it, saves another.
        let mut theirs = workbook.clone();
        let first = theirs.deeper.options[0].id;
        theirs.apply(
            DeeperEdit::SetOptionText(first, OptionText::DayInTheLife, long("theirs ")).into(),
        );
        there
            .save(&store, NS, ROOT, &theirs, &Changed::everything())
            .unwrap();
        let third = workbook.deeper.options[2].id;
        workbook.apply(
            DeeperEdit::SetOptionText(third, OptionText::DayInTheLife, long("mine ")).into(),
        );
        here.save(&store, NS, ROOT, &workbook, &Changed::everything())
            .unwrap();

        // The last writer's workbook reads back whole, and the other tab's pieces were left alone.
        assert_eq!(read_back(&store), serde_text(&workbook, None).unwrap());
        assert_eq!(
            piece_keys(&store).len(),
            5,
            "nothing deleted without knowing the stored manifest"
        );
    }

    #[test]
    fn a_missing_or_damaged_piece_is_reported_with_what_could_be_read() {
        let workbook = workbook();
        let store = Memory::default();
        Pieces::default()
            .save(&store, NS, ROOT, &workbook, &Changed::everything())
            .unwrap();
        let keys = piece_keys(&store);
        store.delete(&keys[0]).unwrap();
        store.write(&keys[1], "tampered").unwrap();
        let root = store.read(ROOT).unwrap().unwrap();
        match Pieces::default().read(&store, NS, root).unwrap() {
            SavedRead::Broken {
                missing,
                pieces,
                text,
            } => {
                assert_eq!((missing, pieces), (2, 3));
                assert!(text.contains("\"format\": \"waypoint-workbook\""));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn malformed_manifests_are_broken_never_a_panic() {
        let store = Memory::default();
        for text in [
            "waypoint-pieces 1\nt 99\nshort\n",
            "waypoint-pieces 1\nt 1\né\n",
            "waypoint-pieces 1\np zz 3\n",
            "waypoint-pieces 1\nq 1\n",
            "waypoint-pieces 1\nt 2\nab",
            "waypoint-pieces 1\np 12",
        ] {
            let read = Pieces::default()
                .read(&store, NS, text.to_string())
                .unwrap();
            assert!(
                matches!(read, SavedRead::Broken { .. }),
                "{text:?} gave {read:?}"
            );
        }
        let whole = "{\"format\": \"waypoint-workbook\"}".to_string();
        assert_eq!(
            Pieces::default().read(&store, NS, whole.clone()).unwrap(),
            SavedRead::Text(whole)
        );
    }
}

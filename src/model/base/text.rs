//! Text helpers shared by every stage: clipping to a limit, the general limit, setting a field
//! while telling whether it changed, and the macro for a record's named text fields.

/// The longest text one answer may hold, in characters. Generous for a reflection, small enough that a
/// whole workbook stays far below the browser's storage quota.
pub const MAX_TEXT_CHARS: usize = 20_000;

/// Cuts `text` to at most `max` characters, never inside a character.
pub fn clip_chars(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((byte, _)) => text[..byte].to_string(),
        None => text.to_string(),
    }
}

/// Sets `slot` to `value` and says whether that changed anything, so an edit that changes nothing
/// causes no save.
pub fn set<T: PartialEq>(slot: &mut T, value: T) -> bool {
    let changed = *slot != value;
    *slot = value;
    changed
}

/// The name of a removed record for the undo message: its own words in quotes, or `fallback` when
/// it has none.
pub fn named(text: &str, fallback: &str) -> String {
    let text = text.trim();
    if text.is_empty() {
        fallback.to_string()
    } else {
        format!("“{}”", clip_chars(text, 60))
    }
}

/// Names the free-text fields of a record: an enum with `ALL`, the field's `key` in the saved form,
/// and `get`/`get_mut` on the record. Every list of a record's text fields (edits, limits, the UI)
/// reads through it, so a field added here is checked and shown everywhere.
///
/// ```ignore
/// text_fields! {
///     /// The parts of a decision written in the person's own words.
///     pub enum DecisionText for Decision { Direction => direction, Why => why }
/// }
/// ```
macro_rules! text_fields {
    ($(#[$meta:meta])* pub enum $name:ident for $record:ty { $($variant:ident => $field:ident),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $name {
            $($variant),+
        }

        impl $name {
            pub const ALL: [$name; [$(stringify!($variant)),+].len()] = [$($name::$variant),+];

            /// The field's name in the saved form.
            pub fn key(self) -> &'static str {
                match self {
                    $($name::$variant => stringify!($field)),+
                }
            }

            pub fn get(self, record: &$record) -> &str {
                match self {
                    $($name::$variant => &record.$field),+
                }
            }

            pub fn get_mut(self, record: &mut $record) -> &mut String {
                match self {
                    $($name::$variant => &mut record.$field),+
                }
            }
        }
    };
}
pub(crate) use text_fields;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clips_on_character_boundaries() {
        assert_eq!(clip_chars("héllo", 2), "hé");
        assert_eq!(clip_chars("ab", 5), "ab");
        assert_eq!(clip_chars("🙂🙂🙂", 1), "🙂");
        assert_eq!(clip_chars("", 0), "");
    }

    #[test]
    fn set_says_whether_anything_changed() {
        let mut slot = 1;
        assert!(set(&mut slot, 2));
        assert!(!set(&mut slot, 2));
        assert_eq!(slot, 2);
    }

    pub struct Note {
        pub title: String,
        pub body: String,
    }

    text_fields! {
        /// A test record's fields.
        pub enum NoteText for Note { Title => title, Body => body }
    }

    #[test]
    fn text_fields_name_each_field_once() {
        let mut note = Note {
            title: "T".into(),
            body: "B".into(),
        };
        assert_eq!(NoteText::ALL, [NoteText::Title, NoteText::Body]);
        assert_eq!(NoteText::ALL.map(NoteText::key), ["title", "body"]);
        assert_eq!(NoteText::Body.get(&note), "B");
        *NoteText::Title.get_mut(&mut note) = "U".into();
        assert_eq!(note.title, "U");
    }
}

//! Why the model refused an add or a rename. The form that asked keeps the typed text and shows the
//! message beside it; the edit itself checks the same function, so the two never disagree.

/// A refusal to add one named thing to a list, or to rename it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Nothing but spaces was written.
    Empty { ask: &'static str },
    /// The same name is on the list already.
    AlreadyListed,
    /// The list is at its limit; `make_room` says how to free a place.
    Full {
        limit: usize,
        what: &'static str,
        make_room: &'static str,
    },
    /// A rule of the section stands in the way; `why` says which, and what to do instead.
    Rule { why: &'static str },
}

impl Refusal {
    pub fn message(self) -> String {
        match self {
            Refusal::Empty { ask } => ask.to_string(),
            Refusal::AlreadyListed => "That one is on your list already.".into(),
            Refusal::Full {
                limit,
                what,
                make_room,
            } => format!("You have {limit} {what}, as many as Waypoint keeps. {make_room}"),
            Refusal::Rule { why } => why.to_string(),
        }
    }
}

/// The refusal for adding `text` to a list of `len` names at most `limit` long, if any: empty first,
/// then a repeat (ignoring the case of A to Z and the spaces around it), then a full list. Only
/// A to Z: Unicode's case tables would be a few KB of the first download for this one comparison,
/// and "Résumé" and "résumé" still match.
pub fn refusal_to_add<'a>(
    text: &str,
    existing: impl IntoIterator<Item = &'a str>,
    len: usize,
    empty: Refusal,
    full: Refusal,
) -> Option<Refusal> {
    let text = text.trim();
    if text.is_empty() {
        Some(empty)
    } else if existing
        .into_iter()
        .any(|name| name.trim().eq_ignore_ascii_case(text))
    {
        Some(Refusal::AlreadyListed)
    } else if matches!(full, Refusal::Full { limit, .. } if len >= limit) {
        Some(full)
    } else {
        None
    }
}

/// The refusal for adding one more to a list of `len` things, when `full`'s limit is reached.
pub fn refusal_when_full(len: usize, full: Refusal) -> Option<Refusal> {
    matches!(full, Refusal::Full { limit, .. } if len >= limit).then_some(full)
}

/// The refusal for renaming something to `text`, if any: a name of nothing but spaces is refused
/// with `empty`, and the old name stays.
pub fn refusal_to_rename(text: &str, empty: Refusal) -> Option<Refusal> {
    text.trim().is_empty().then_some(empty)
}

#[cfg(test)]
mod tests {
    use super::*;

    const EMPTY: Refusal = Refusal::Empty {
        ask: "Name it first.",
    };
    const FULL: Refusal = Refusal::Full {
        limit: 2,
        what: "things",
        make_room: "Remove one first.",
    };

    #[test]
    fn empty_then_repeated_then_full() {
        assert_eq!(refusal_to_add("  ", ["a"], 2, EMPTY, FULL), Some(EMPTY));
        assert_eq!(
            refusal_to_add(" A ", ["a"], 2, EMPTY, FULL),
            Some(Refusal::AlreadyListed)
        );
        assert_eq!(refusal_to_add("b", ["a", "c"], 2, EMPTY, FULL), Some(FULL));
        assert_eq!(refusal_to_add("b", ["a"], 1, EMPTY, FULL), None);
        assert_eq!(refusal_when_full(2, FULL), Some(FULL));
        assert_eq!(refusal_when_full(1, FULL), None);
        assert_eq!(
            FULL.message(),
            "You have 2 things, as many as Waypoint keeps. Remove one first."
        );
    }

    #[test]
    fn a_rename_to_nothing_is_refused() {
        assert_eq!(refusal_to_rename(" \t", EMPTY), Some(EMPTY));
        assert_eq!(refusal_to_rename(" b ", EMPTY), None);
    }
}

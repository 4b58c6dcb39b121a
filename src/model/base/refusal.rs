//! Why the model refused to add something. The form that asked keeps the typed text and shows the
//! message beside it; the edit itself checks the same function, so the two never disagree.

/// A refusal to add one named thing to a list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AddRefusal {
    /// Nothing but spaces was written.
    Empty { ask: &'static str },
    /// The same name is on the list already.
    AlreadyListed,
    /// The list is at its limit; `make_room` says how to free a place.
    Full { limit: usize, what: &'static str, make_room: &'static str },
}

impl AddRefusal {
    pub fn message(self) -> String {
        match self {
            AddRefusal::Empty { ask } => ask.to_string(),
            AddRefusal::AlreadyListed => "That one is on your list already.".into(),
            AddRefusal::Full { limit, what, make_room } => format!("You have {limit} {what}, as many as Waypoint keeps. {make_room}"),
        }
    }
}

/// The refusal for adding `text` to a list of `len` names at most `limit` long, if any: empty first,
/// then a repeat (ignoring case and the spaces around it), then a full list.
pub fn refusal_to_add<'a>(
    text: &str,
    existing: impl IntoIterator<Item = &'a str>,
    len: usize,
    empty: AddRefusal,
    full: AddRefusal,
) -> Option<AddRefusal> {
    let text = text.trim();
    if text.is_empty() {
        Some(empty)
    } else if existing.into_iter().any(|name| name.trim().to_lowercase() == text.to_lowercase()) {
        Some(AddRefusal::AlreadyListed)
    } else if matches!(full, AddRefusal::Full { limit, .. } if len >= limit) {
        Some(full)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EMPTY: AddRefusal = AddRefusal::Empty { ask: "Name it first." };
    const FULL: AddRefusal = AddRefusal::Full { limit: 2, what: "things", make_room: "Remove one first." };

    #[test]
    fn empty_then_repeated_then_full() {
        assert_eq!(refusal_to_add("  ", ["a"], 2, EMPTY, FULL), Some(EMPTY));
        assert_eq!(refusal_to_add(" A ", ["a"], 2, EMPTY, FULL), Some(AddRefusal::AlreadyListed));
        assert_eq!(refusal_to_add("b", ["a", "c"], 2, EMPTY, FULL), Some(FULL));
        assert_eq!(refusal_to_add("b", ["a"], 1, EMPTY, FULL), None);
        assert_eq!(FULL.message(), "You have 2 things, as many as Waypoint keeps. Remove one first.");
    }
}

//! Moves within the person's ordered lists, and putting a removed record back.

use super::id::Id;

/// Which way a record moves in its list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
}

impl Direction {
    /// Swaps the item at `at` with its neighbour in this direction; false when there is none.
    pub fn swap_in<T>(self, list: &mut [T], at: usize) -> bool {
        let to = match self {
            Direction::Up => at.checked_sub(1),
            Direction::Down => Some(at + 1).filter(|to| *to < list.len()),
        };
        to.map(|to| list.swap(at, to)).is_some()
    }
}

/// Puts `item` back at `index` (or at the end, if the list has since shrunk) unless a record with
/// its id is already there, as after an undo pressed twice. Returns whether it went back.
pub fn reinsert<T>(list: &mut Vec<T>, index: usize, item: T, id: impl Fn(&T) -> Id) -> bool {
    if list.iter().any(|x| id(x) == id(&item)) {
        return false;
    }
    list.insert(index.min(list.len()), item);
    true
}

/// The index of the record with `id` in `list`, and a copy of it: what a removal keeps for undo.
pub fn found<T: Clone>(list: &[T], id: Id, id_of: impl Fn(&T) -> Id) -> Option<(usize, T)> {
    let index = list.iter().position(|x| id_of(x) == id)?;
    Some((index, list[index].clone()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_stop_at_the_ends() {
        let mut list = [1, 2, 3];
        assert!(!Direction::Up.swap_in(&mut list, 0));
        assert!(Direction::Down.swap_in(&mut list, 1));
        assert_eq!(list, [1, 3, 2]);
        assert!(!Direction::Down.swap_in(&mut list, 2));
    }

    #[test]
    fn a_record_goes_back_once() {
        let mut list = vec![Id(1), Id(3)];
        assert!(reinsert(&mut list, 1, Id(2), |x| *x));
        assert!(!reinsert(&mut list, 1, Id(2), |x| *x));
        assert!(reinsert(&mut list, 10, Id(4), |x| *x));
        assert_eq!(list, [Id(1), Id(2), Id(3), Id(4)]);
    }
}

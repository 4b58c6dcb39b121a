//! Moves within the person's ordered lists, putting a removed record back, and links kept once.

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

/// Adds `item` to `list` or takes it out; says whether that changed anything.
pub fn toggle<T: PartialEq>(list: &mut Vec<T>, item: T, on: bool) -> bool {
    match (on, list.contains(&item)) {
        (true, false) => {
            list.push(item);
            true
        }
        (false, true) => {
            list.retain(|x| *x != item);
            true
        }
        _ => false,
    }
}

/// Keeps the first of each repeated item, in order.
pub fn dedup<T: PartialEq + Clone>(list: &mut Vec<T>) {
    let mut seen: Vec<T> = Vec::with_capacity(list.len());
    list.retain(|x| {
        let new = !seen.contains(x);
        if new {
            seen.push(x.clone());
        }
        new
    });
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

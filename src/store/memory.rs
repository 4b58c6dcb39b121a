//! Storage in memory, as localStorage behaves (a quota counted over keys and texts, a refused write
//! that changes nothing), for native tests of what the store writes.

use std::cell::RefCell;
use std::collections::BTreeMap;

use super::local::SaveError;
use super::pieces::KeyValue;

#[derive(Default)]
pub struct MemoryStore {
    pub map: RefCell<BTreeMap<String, String>>,
    /// Bytes of keys and texts together that writes may not go beyond.
    pub quota: Option<usize>,
    /// Every write that was taken: its key and its text's length.
    pub writes: RefCell<Vec<(String, usize)>>,
}

impl MemoryStore {
    /// What is stored, in bytes of keys and texts.
    pub fn used(&self) -> usize {
        self.map
            .borrow()
            .iter()
            .map(|(k, v)| k.len() + v.len())
            .sum()
    }

    pub fn keys(&self) -> Vec<String> {
        self.map.borrow().keys().cloned().collect()
    }
}

impl KeyValue for MemoryStore {
    fn read(&self, key: &str) -> Result<Option<String>, SaveError> {
        Ok(self.map.borrow().get(key).cloned())
    }
    fn write(&self, key: &str, text: &str) -> Result<(), SaveError> {
        let mut map = self.map.borrow_mut();
        let used: usize = map
            .iter()
            .filter(|(k, _)| *k != key)
            .map(|(k, v)| k.len() + v.len())
            .sum();
        if self
            .quota
            .is_some_and(|quota| used + key.len() + text.len() > quota)
        {
            return Err(SaveError::QuotaExceeded);
        }
        map.insert(key.to_string(), text.to_string());
        self.writes.borrow_mut().push((key.to_string(), text.len()));
        Ok(())
    }
    fn delete(&self, key: &str) -> Result<(), SaveError> {
        self.map.borrow_mut().remove(key);
        Ok(())
    }
}

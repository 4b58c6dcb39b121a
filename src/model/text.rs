//! Small text helpers shared by edits and validation.

/// Cuts `text` to at most `max` characters, never inside a character.
pub fn clip_chars(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((byte, _)) => text[..byte].to_string(),
        None => text.to_string(),
    }
}

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
}

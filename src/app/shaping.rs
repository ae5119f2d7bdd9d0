//! Words shaped once are kept for the next texts that use them.
//!
//! A language switch gives nearly every text of the window new words, and iced shapes each changed
//! text again while laying out the frame (cosmic-text, harfrust): 2.5–4 ms of the switch on a
//! 2-core office machine with the list view of 300 slots on screen. Most of those words were shaped
//! before: at the previous switch, in another row of the list, on another screen. cosmic-text can
//! keep a word's shaping under its text and attributes (its `shape-run-cache` feature, turned on
//! in Cargo.toml with the window), in iced's font system, which every text of the window shares.
//! iced never empties that cache: [`WordMemory`] forgets the words no text has shaped for a while,
//! so an afternoon of names, notes and times typed does not grow it without end.

use iced::advanced::graphics::text::cosmic_text::ShapeRunCache;
use iced::advanced::graphics::text::font_system;

/// Messages handled between two looks at the cache.
const MESSAGES_PER_LOOK: u32 = 256;

/// A word no text shaped over this many looks (about 4,000 messages: minutes of dragging or
/// typing, hours of reading) is forgotten; one shaped since is kept.
const LOOKS_KEPT: u64 = 16;

/// Counts the window's messages and, now and then, forgets the words not shaped for a while.
#[derive(Debug, Default)]
pub(crate) struct WordMemory {
    messages: u32,
}

impl WordMemory {
    /// After each message the window handled.
    pub(crate) fn message_handled(&mut self) {
        if self.counted() {
            // The font system is only locked by the window's own thread while it lays out or
            // draws; a poisoned lock (a panic there) leaves the cache as it is.
            if let Ok(mut fonts) = font_system().write() {
                forget_unused(&mut fonts.raw().shape_run_cache);
            }
        }
    }

    /// Counts one message; true when it is time to look at the cache.
    fn counted(&mut self) -> bool {
        self.messages = (self.messages + 1) % MESSAGES_PER_LOOK;
        self.messages == 0
    }
}

fn forget_unused(cache: &mut ShapeRunCache) {
    cache.trim(LOOKS_KEPT);
}

#[cfg(test)]
mod tests {
    use super::*;
    use iced::advanced::graphics::text::cosmic_text::{Attrs, AttrsOwned, ShapeRunKey};

    fn key(word: &str) -> ShapeRunKey {
        ShapeRunKey {
            text: word.into(),
            default_attrs: AttrsOwned::new(&Attrs::new()),
            attrs_spans: Vec::new(),
        }
    }

    /// Runs `messages` messages through `memory`, trimming `cache` as the window's does.
    fn handle(memory: &mut WordMemory, cache: &mut ShapeRunCache, messages: u32) {
        for _ in 0..messages {
            if memory.counted() {
                forget_unused(cache);
            }
        }
    }

    #[test]
    fn the_cache_is_looked_at_once_every_256_messages() {
        let mut memory = WordMemory::default();
        let looks = (0..MESSAGES_PER_LOOK * 3).filter(|_| memory.counted()).count();
        assert_eq!(looks, 3);
    }

    #[test]
    fn a_word_shaped_again_within_the_horizon_is_kept() {
        let (mut memory, mut cache) = (WordMemory::default(), ShapeRunCache::default());
        cache.insert(key("Vrijdag"), Vec::new());
        // Used again (a switch back to Dutch) just before it would be forgotten.
        handle(&mut memory, &mut cache, MESSAGES_PER_LOOK * LOOKS_KEPT as u32);
        assert!(cache.get(&key("Vrijdag")).is_some());
        handle(&mut memory, &mut cache, MESSAGES_PER_LOOK * LOOKS_KEPT as u32);
        assert!(cache.get(&key("Vrijdag")).is_some(), "kept, as it was shaped again");
    }

    #[test]
    fn a_word_not_shaped_again_for_about_4000_messages_is_forgotten() {
        let (mut memory, mut cache) = (WordMemory::default(), ShapeRunCache::default());
        cache.insert(key("Peeters"), Vec::new());
        cache.insert(key("Maandag"), Vec::new());
        handle(&mut memory, &mut cache, MESSAGES_PER_LOOK * LOOKS_KEPT as u32 / 2);
        assert!(cache.get(&key("Maandag")).is_some());
        handle(&mut memory, &mut cache, MESSAGES_PER_LOOK * (LOOKS_KEPT as u32 + 1));
        assert!(
            cache.get(&key("Peeters")).is_none(),
            "a name typed long ago is forgotten"
        );
        assert!(cache.get(&key("Maandag")).is_some(), "a word shaped since is kept");
    }
}

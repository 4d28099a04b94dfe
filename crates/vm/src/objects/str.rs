//! `str`: text as UTF-8 with its length in code points and a cached hash.
//!
//! Indexing by code point is a byte index when the string is ASCII (the common case) and a
//! scan otherwise. Lone surrogates are stored as stand-in characters (`unicode::surrogates`).

use std::cell::Cell;

use crate::object::Trace;

pub struct StrData {
    text: Box<str>,
    /// Length in code points.
    chars: usize,
    /// `hash(s)` once computed; -1 before.
    hash: Cell<i64>,
}

impl Trace for StrData {}

impl StrData {
    pub fn new(text: impl Into<Box<str>>) -> StrData {
        let text = text.into();
        let chars = if text.is_ascii() {
            text.len()
        } else {
            text.chars().count()
        };
        StrData {
            text,
            chars,
            hash: Cell::new(-1),
        }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Length in code points (`len(s)`).
    #[inline]
    pub fn char_len(&self) -> usize {
        self.chars
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.chars == self.text.len()
    }

    /// Python's `hash(s)` (with `PYTHONHASHSEED=0`'s key, see bytecode::set_order).
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = crate::unicode::surrogates::hash_text(&self.text);
        self.hash.set(h);
        h
    }

    /// The byte offset of code point `i` (`i <= char_len`).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i
        } else {
            self.text
                .char_indices()
                .nth(i)
                .map(|(b, _)| b)
                .unwrap_or(self.text.len())
        }
    }

    /// Code point `i`, which must be in range.
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.text.as_bytes()[i] as char
        } else {
            self.text.chars().nth(i).unwrap_or('\0')
        }
    }

    /// The substring of code points `[start, end)`.
    pub fn substring(&self, start: usize, end: usize) -> &str {
        if start >= end {
            return "";
        }
        let a = self.byte_offset(start);
        let b = if self.is_ascii() {
            end
        } else {
            a + self.text[a..]
                .char_indices()
                .nth(end - start)
                .map(|(b, _)| b)
                .unwrap_or(self.text.len() - a)
        };
        &self.text[a..b]
    }
}

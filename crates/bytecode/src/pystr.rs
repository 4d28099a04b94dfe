//! Python `str` values as plain data.
//!
//! A Python string is a sequence of code points, and unlike Rust's `str` it may contain lone
//! surrogates (U+D800..U+DFFF): marshal decodes strings with the `surrogatepass` error handler, so
//! a `.pyc` can legitimately hold them. `PyStr` therefore stores "generalized UTF-8": ordinary
//! UTF-8 in which a surrogate is encoded as its own three-byte sequence, exactly the bytes marshal
//! writes. Surrogate pairs are *not* merged: `'\ud800\udc00'` stays two code points, as in CPython.
//!
//! Almost every string is valid UTF-8, so the kind is recorded once at construction and
//! `as_str` is free for those.

use std::fmt;
use std::rc::Rc;

/// Which representation the bytes are known to satisfy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StrKind {
    /// Every byte is below 0x80.
    Ascii,
    /// Valid UTF-8 with at least one non-ASCII code point.
    Utf8,
    /// Contains at least one surrogate code point encoded as a three-byte sequence.
    Surrogates,
}

#[derive(Clone)]
pub struct PyStr {
    bytes: Rc<[u8]>,
    kind: StrKind,
    /// Whether the producer asked for the string to be interned (marshal's `*_INTERNED` codes).
    /// Interning changes identity, never value, so equality ignores it.
    interned: bool,
}

/// The input was not generalized UTF-8; `offset` is where decoding failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InvalidUtf8 {
    pub offset: usize,
}

impl PyStr {
    pub fn new(text: &str) -> PyStr {
        let kind = if text.is_ascii() {
            StrKind::Ascii
        } else {
            StrKind::Utf8
        };
        PyStr {
            bytes: Rc::from(text.as_bytes()),
            kind,
            interned: false,
        }
    }

    /// Decodes `bytes` as UTF-8 with surrogates allowed (CPython's `surrogatepass`).
    pub fn from_utf8_surrogatepass(bytes: &[u8], interned: bool) -> Result<PyStr, InvalidUtf8> {
        let kind = if bytes.is_ascii() {
            StrKind::Ascii
        } else if std::str::from_utf8(bytes).is_ok() {
            StrKind::Utf8
        } else {
            validate_surrogatepass(bytes)?;
            StrKind::Surrogates
        };
        Ok(PyStr {
            bytes: Rc::from(bytes),
            kind,
            interned,
        })
    }

    /// Decodes `bytes` as Latin-1, which is how marshal reads its ASCII type codes: a byte
    /// above 0x7f in an "ASCII" string becomes the code point of the same number.
    pub fn from_latin1(bytes: &[u8], interned: bool) -> PyStr {
        if bytes.is_ascii() {
            return PyStr {
                bytes: Rc::from(bytes),
                kind: StrKind::Ascii,
                interned,
            };
        }
        let text: String = bytes.iter().map(|&b| char::from(b)).collect();
        PyStr {
            bytes: Rc::from(text.as_bytes()),
            kind: StrKind::Utf8,
            interned,
        }
    }

    /// Builds a string from code points, surrogates included. Returns `None` for values above
    /// U+10FFFF.
    pub fn from_code_points(points: &[u32]) -> Option<PyStr> {
        let mut bytes = Vec::with_capacity(points.len());
        let mut has_surrogate = false;
        for &cp in points {
            if (0xD800..0xE000).contains(&cp) {
                has_surrogate = true;
                bytes.extend_from_slice(&[
                    0xE0 | (cp >> 12) as u8,
                    0x80 | ((cp >> 6) & 0x3F) as u8,
                    0x80 | (cp & 0x3F) as u8,
                ]);
            } else {
                let c = char::from_u32(cp)?;
                let mut buf = [0u8; 4];
                bytes.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
        }
        let kind = if has_surrogate {
            StrKind::Surrogates
        } else if bytes.is_ascii() {
            StrKind::Ascii
        } else {
            StrKind::Utf8
        };
        Some(PyStr {
            bytes: Rc::from(bytes),
            kind,
            interned: false,
        })
    }

    /// The generalized UTF-8 bytes (what marshal writes for a non-ASCII string).
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    pub fn kind(&self) -> StrKind {
        self.kind
    }

    pub fn is_ascii(&self) -> bool {
        self.kind == StrKind::Ascii
    }

    pub fn is_interned(&self) -> bool {
        self.interned
    }

    /// The text, when it contains no surrogates.
    pub fn as_str(&self) -> Option<&str> {
        match self.kind {
            StrKind::Surrogates => None,
            // Checked at construction; re-checking here keeps this module free of `unsafe`
            // and costs little next to whatever the caller does with the text.
            StrKind::Ascii | StrKind::Utf8 => std::str::from_utf8(&self.bytes).ok(),
        }
    }

    /// The text with each surrogate replaced by U+FFFD, for messages.
    pub fn to_string_lossy(&self) -> String {
        match self.as_str() {
            Some(s) => s.to_owned(),
            None => self
                .code_points()
                .map(|cp| char::from_u32(cp).unwrap_or('\u{FFFD}'))
                .collect(),
        }
    }

    /// The text with each surrogate written as `\udXXX`, as Python's `backslashreplace` error
    /// handler writes it when encoding to UTF-8 (what `dis` output shows for such names).
    pub fn to_string_backslashreplace(&self) -> String {
        match self.as_str() {
            Some(s) => s.to_owned(),
            None => {
                let mut out = String::with_capacity(self.bytes.len());
                for cp in self.code_points() {
                    match char::from_u32(cp) {
                        Some(c) => out.push(c),
                        None => out.push_str(&format!("\\u{cp:04x}")),
                    }
                }
                out
            }
        }
    }

    /// Iterates over the code points, surrogates included.
    pub fn code_points(&self) -> CodePoints<'_> {
        CodePoints {
            bytes: &self.bytes,
            pos: 0,
        }
    }

    /// Length in code points, as Python's `len`.
    pub fn char_len(&self) -> usize {
        match self.kind {
            StrKind::Ascii => self.bytes.len(),
            // Every code point has exactly one lead byte.
            _ => self.bytes.iter().filter(|&&b| (b & 0xC0) != 0x80).count(),
        }
    }

    /// The largest code point, which decides CPython's internal storage width (and so the bytes
    /// its string hash runs over).
    pub fn max_code_point(&self) -> u32 {
        match self.kind {
            StrKind::Ascii => self.bytes.iter().copied().max().map_or(0, u32::from),
            _ => self.code_points().max().unwrap_or(0),
        }
    }
}

/// Accepts UTF-8 in which code points U+D800..U+DFFF may appear as three-byte sequences.
fn validate_surrogatepass(bytes: &[u8]) -> Result<(), InvalidUtf8> {
    let mut i = 0;
    while i < bytes.len() {
        let b0 = bytes[i];
        let (len, min) = match b0 {
            0x00..=0x7F => {
                i += 1;
                continue;
            }
            0xC2..=0xDF => (2, 0x80),
            0xE0..=0xEF => (3, 0x800),
            0xF0..=0xF4 => (4, 0x10000),
            _ => return Err(InvalidUtf8 { offset: i }),
        };
        let Some(seq) = bytes.get(i..i + len) else {
            return Err(InvalidUtf8 { offset: i });
        };
        let mut cp = u32::from(b0) & (0x7F >> len);
        for &b in &seq[1..] {
            if b & 0xC0 != 0x80 {
                return Err(InvalidUtf8 { offset: i });
            }
            cp = (cp << 6) | u32::from(b & 0x3F);
        }
        if cp < min || cp > 0x10FFFF {
            return Err(InvalidUtf8 { offset: i });
        }
        i += len;
    }
    Ok(())
}

pub struct CodePoints<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Iterator for CodePoints<'_> {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        let b0 = *self.bytes.get(self.pos)?;
        let len = match b0 {
            0x00..=0x7F => 1,
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            _ => 4,
        };
        let mut cp = if len == 1 {
            u32::from(b0)
        } else {
            u32::from(b0) & (0x7F >> len)
        };
        for k in 1..len {
            // Construction validated the bytes; a short tail can only come from a bug, and
            // yields what was decoded so far rather than panicking.
            let b = self.bytes.get(self.pos + k).copied().unwrap_or(0x80);
            cp = (cp << 6) | u32::from(b & 0x3F);
        }
        self.pos += len;
        Some(cp)
    }
}

impl PartialEq for PyStr {
    fn eq(&self, other: &PyStr) -> bool {
        self.bytes == other.bytes
    }
}

impl Eq for PyStr {}

impl std::hash::Hash for PyStr {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.bytes.hash(state);
    }
}

impl fmt::Debug for PyStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.to_string_lossy())
    }
}

impl fmt::Display for PyStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_string_lossy())
    }
}

impl From<&str> for PyStr {
    fn from(text: &str) -> PyStr {
        PyStr::new(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surrogates_survive_as_separate_code_points() {
        let s = PyStr::from_code_points(&[0x61, 0xD800, 0xDC00]).unwrap();
        assert_eq!(s.kind(), StrKind::Surrogates);
        assert_eq!(
            s.code_points().collect::<Vec<_>>(),
            vec![0x61, 0xD800, 0xDC00]
        );
        let again = PyStr::from_utf8_surrogatepass(s.as_bytes(), false).unwrap();
        assert_eq!(again, s);
        assert_eq!(again.char_len(), 3);
    }

    #[test]
    fn invalid_utf8_is_rejected_with_offset() {
        assert_eq!(
            PyStr::from_utf8_surrogatepass(b"ab\xff", false).unwrap_err(),
            InvalidUtf8 { offset: 2 }
        );
        assert!(PyStr::from_utf8_surrogatepass(b"\xe0\x80\x80", false).is_err());
        assert!(PyStr::from_utf8_surrogatepass(b"\xf4\x90\x80\x80", false).is_err());
    }

    #[test]
    fn latin1_maps_bytes_to_code_points() {
        let s = PyStr::from_latin1(b"caf\xe9", false);
        assert_eq!(s.as_str(), Some("café"));
    }
}

//! The 3.11 exception table (`co_exceptiontable`).
//!
//! Each entry is four varints: start, length and target in code units, then
//! `depth << 1 | lasti`. These varints are big-endian groups of six bits with bit 6 as "more
//! follows"; bit 7 marks the first byte of an entry. Decoding never reads past the table.

/// One handler range: instructions in `[start, end)` (byte offsets) jump to `target` with the
/// value stack cut to `depth`, pushing the offset of the raising instruction first if `lasti`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionTableEntry {
    pub start: u64,
    pub end: u64,
    pub target: u64,
    pub depth: u64,
    pub lasti: bool,
}

#[derive(Clone, Copy, Debug)]
pub struct ExceptionTable<'a> {
    table: &'a [u8],
}

/// The result of decoding a whole table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodedExceptionTable {
    pub entries: Vec<ExceptionTableEntry>,
    /// True when the table ended inside an entry (the partial entry is dropped, as `dis` does).
    pub truncated: bool,
}

impl<'a> ExceptionTable<'a> {
    pub fn new(table: &'a [u8]) -> ExceptionTable<'a> {
        ExceptionTable { table }
    }

    pub fn decode(&self) -> DecodedExceptionTable {
        let mut bytes = self.table.iter().copied();
        let mut entries = Vec::new();
        let mut varint = || -> Option<u64> {
            let mut b = bytes.next()?;
            let mut value = u64::from(b & 63);
            while b & 64 != 0 {
                b = bytes.next()?;
                // Saturate rather than overflow: no real table comes near, and a hostile one
                // must not panic.
                value = value.checked_shl(6).unwrap_or(u64::MAX) | u64::from(b & 63);
            }
            Some(value)
        };
        loop {
            let Some(start) = varint() else {
                return DecodedExceptionTable {
                    entries,
                    truncated: false,
                };
            };
            let rest = (|| Some((varint()?, varint()?, varint()?)))();
            let Some((length, target, depth_lasti)) = rest else {
                return DecodedExceptionTable {
                    entries,
                    truncated: true,
                };
            };
            let start = start.saturating_mul(2);
            entries.push(ExceptionTableEntry {
                start,
                end: start.saturating_add(length.saturating_mul(2)),
                target: target.saturating_mul(2),
                depth: depth_lasti >> 1,
                lasti: depth_lasti & 1 != 0,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_entries_and_multibyte_varints() {
        // start 2, length 8, target 70 (= 1*64 + 6), depth 1 with lasti.
        let table = [0x80 | 2, 8, 64 | 1, 6, 3];
        let decoded = ExceptionTable::new(&table).decode();
        assert!(!decoded.truncated);
        assert_eq!(
            decoded.entries,
            vec![ExceptionTableEntry {
                start: 4,
                end: 20,
                target: 140,
                depth: 1,
                lasti: true
            }]
        );
    }

    #[test]
    fn truncated_entry_is_reported() {
        let decoded = ExceptionTable::new(&[0x82, 8]).decode();
        assert!(decoded.truncated);
        assert!(decoded.entries.is_empty());
    }
}

//! The 3.11 location table (`co_linetable`, PEP 626 and PEP 657).
//!
//! The table is a sequence of entries. Each starts with a byte whose top bit is set; bits 3..6
//! hold the entry's form and bits 0..2 the number of code units it covers, minus one. The forms:
//!
//! | code  | form        | payload                                                       |
//! |-------|-------------|---------------------------------------------------------------|
//! | 0..=9 | short       | one byte: column `code*8 + hi3`, end column `column + lo4`    |
//! | 10..12| one line    | line delta `code - 10`, then column and end column bytes      |
//! | 13    | no columns  | signed varint line delta                                      |
//! | 14    | long        | signed line delta, end-line delta, column+1, end column+1     |
//! | 15    | none        | the instructions have no location                             |
//!
//! Varints here are little-endian groups of six bits with bit 6 as "more follows"; a signed
//! varint keeps the sign in its lowest bit.
//!
//! CPython walks the table two ways, which agree on every table it writes but not on damaged
//! ones, and we reproduce both: `co_lines()` (and so `dis`) reads each entry's first byte and
//! line delta, then skips to the next byte with the top bit set; `co_positions()` reads every
//! payload byte in sequence. Neither ever reads past the table here: an entry cut short ends
//! the iteration (CPython would read beyond the buffer).

/// The source span of an instruction. Columns are 0-based UTF-8 byte offsets, as in CPython.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Location {
    pub line: Option<i32>,
    pub end_line: Option<i32>,
    pub column: Option<i32>,
    pub end_column: Option<i32>,
}

/// One entry of the table: code units `[start, end)` in bytes and their location.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocationEntry {
    pub start: usize,
    pub end: usize,
    pub location: Location,
}

/// A range of code with one line number, as `code.co_lines()` yields it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineRange {
    pub start: usize,
    pub end: usize,
    pub line: Option<i32>,
}

#[derive(Clone, Copy, Debug)]
pub struct LocationTable<'a> {
    table: &'a [u8],
    firstlineno: i32,
}

impl<'a> LocationTable<'a> {
    pub fn new(table: &'a [u8], firstlineno: i32) -> LocationTable<'a> {
        LocationTable { table, firstlineno }
    }

    pub fn entries(&self) -> LocationEntries<'a> {
        LocationEntries {
            table: self.table,
            pos: 0,
            line: self.firstlineno,
            address: 0,
            malformed: false,
        }
    }

    /// `co_lines()`: one range per table entry, `None` for entries without a line.
    pub fn lines(&self) -> LineRanges<'a> {
        LineRanges {
            table: self.table,
            pos: 0,
            line: self.firstlineno,
            address: 0,
        }
    }

    /// `dis.findlinestarts`: the offsets where the line number changes, with the new line.
    pub fn line_starts(&self) -> Vec<(usize, i32)> {
        let mut starts = Vec::new();
        let mut last = None;
        for range in self.lines() {
            if let Some(line) = range.line {
                if last != Some(line) {
                    last = Some(line);
                    starts.push((range.start, line));
                }
            }
        }
        starts
    }

    /// `co_positions()`: one location per code unit the table covers, in order. Like
    /// CPython's iterator this follows the table, not the code: a damaged table may cover
    /// fewer or more units than `co_code` has.
    pub fn positions(&self) -> Vec<Location> {
        let mut out = Vec::new();
        for entry in self.entries() {
            let units = (entry.end - entry.start) / 2;
            out.extend(std::iter::repeat_n(entry.location, units));
        }
        out
    }
}

pub struct LocationEntries<'a> {
    table: &'a [u8],
    pos: usize,
    line: i32,
    address: usize,
    /// Set when the table ended in the middle of an entry.
    pub malformed: bool,
}

impl LocationEntries<'_> {
    fn byte(&mut self) -> u8 {
        // Payload is read in sequence, whatever its top bit says, as `co_positions()` does.
        // Past the end CPython reads the bytes object's terminating NUL (and then whatever
        // follows it in memory); we read zeros and note the table was cut short.
        let b = match self.table.get(self.pos) {
            Some(&b) => b,
            None => {
                self.malformed = true;
                0
            }
        };
        self.pos += 1;
        b
    }

    /// `read_varint` of CPython's positions iterator. A shift past 31 bits is undefined in C;
    /// x86 (where the reference runs) masks the count to five bits, as `wrapping_shl` does.
    fn varint(&mut self) -> u32 {
        let mut b = self.byte();
        let mut value = u32::from(b & 63);
        let mut shift = 0u32;
        while b & 64 != 0 {
            b = self.byte();
            shift += 6;
            value |= u32::from(b & 63).wrapping_shl(shift);
        }
        value
    }

    fn signed_varint(&mut self) -> i32 {
        let raw = self.varint();
        let magnitude = (raw >> 1) as i32;
        if raw & 1 != 0 {
            -magnitude
        } else {
            magnitude
        }
    }

    fn decode(&mut self, code: u8) -> Location {
        let raw = self.decode_raw(code);
        // `co_positions()` reports -1, and only -1, as None.
        let known = |v: Option<i32>| v.filter(|&v| v != -1);
        Location {
            line: known(raw.line),
            end_line: known(raw.end_line),
            column: known(raw.column),
            end_column: known(raw.end_column),
        }
    }

    fn decode_raw(&mut self, code: u8) -> Location {
        let line = self.line;
        match code {
            0..=9 => {
                let b = self.byte();
                // CPython ORs in all four high bits; a valid table's payload never has the top
                // one set, but a damaged one may.
                let column = (i32::from(code) << 3) | i32::from(b >> 4);
                Location {
                    line: Some(line),
                    end_line: Some(line),
                    column: Some(column),
                    end_column: Some(column + i32::from(b & 15)),
                }
            }
            10..=12 => {
                self.line = self.line.wrapping_add(i32::from(code - 10));
                let column = i32::from(self.byte());
                let end_column = i32::from(self.byte());
                Location {
                    line: Some(self.line),
                    end_line: Some(self.line),
                    column: Some(column),
                    end_column: Some(end_column),
                }
            }
            13 => {
                self.line = self.line.wrapping_add(self.signed_varint());
                Location {
                    line: Some(self.line),
                    end_line: Some(self.line),
                    column: None,
                    end_column: None,
                }
            }
            14 => {
                self.line = self.line.wrapping_add(self.signed_varint());
                let end_line = self.line.wrapping_add(self.varint() as i32);
                let column = (self.varint() as i32).wrapping_sub(1);
                let end_column = (self.varint() as i32).wrapping_sub(1);
                Location {
                    line: Some(self.line),
                    end_line: Some(end_line),
                    column: Some(column),
                    end_column: Some(end_column),
                }
            }
            _ => Location {
                line: None,
                end_line: None,
                column: None,
                end_column: None,
            },
        }
    }
}

impl Iterator for LocationEntries<'_> {
    type Item = LocationEntry;

    fn next(&mut self) -> Option<LocationEntry> {
        let first = *self.table.get(self.pos)?;
        self.pos += 1;
        let code = (first >> 3) & 15;
        let units = usize::from(first & 7) + 1;
        let location = self.decode(code);
        let start = self.address;
        self.address += units * 2;
        Some(LocationEntry {
            start,
            end: self.address,
            location,
        })
    }
}

/// `co_lines()`, as CPython's `lineiter` computes it.
pub struct LineRanges<'a> {
    table: &'a [u8],
    pos: usize,
    line: i32,
    address: usize,
}

impl LineRanges<'_> {
    /// `scan_signed_varint` at `pos`; bytes past the end read as zero.
    fn signed_varint_at(&self, mut pos: usize) -> i32 {
        let mut read = self.table.get(pos).copied().unwrap_or(0);
        let mut value = u32::from(read & 63);
        let mut shift = 0u32;
        while read & 64 != 0 {
            pos += 1;
            read = self.table.get(pos).copied().unwrap_or(0);
            shift += 6;
            value |= u32::from(read & 63).wrapping_shl(shift);
        }
        let magnitude = (value >> 1) as i32;
        if value & 1 != 0 {
            -magnitude
        } else {
            magnitude
        }
    }
}

impl Iterator for LineRanges<'_> {
    type Item = LineRange;

    fn next(&mut self) -> Option<LineRange> {
        let first = *self.table.get(self.pos)?;
        let code = (first >> 3) & 15;
        let delta = match code {
            13 | 14 => self.signed_varint_at(self.pos + 1),
            10..=12 => i32::from(code - 10),
            _ => 0,
        };
        self.line = self.line.wrapping_add(delta);
        let start = self.address;
        self.address += (usize::from(first & 7) + 1) * 2;
        // The next entry starts at the next byte with the top bit set.
        self.pos += 1;
        while self.table.get(self.pos).is_some_and(|b| b & 0x80 == 0) {
            self.pos += 1;
        }
        Some(LineRange {
            start,
            end: self.address,
            // `co_lines()` reports any negative line as None.
            line: (code != 15 && self.line >= 0).then_some(self.line),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_each_form() {
        // RESUME with no columns on line 0 (delta -1 from firstlineno 1), then a short form,
        // a one-line form, a long form and a none entry.
        let table = [
            0x80 | (13 << 3),
            0x03, // no columns, line delta -1
            0x80 | (1 << 3) | 1,
            0x23, // short: 2 units, col 8+2=10, end 13
            0x80 | (11 << 3),
            4,
            9, // one line, +1: cols 4..9
            0x80 | (14 << 3),
            0x04,
            0x02,
            0x01,
            0x06,                 // long: +2, end +2, col 0, end col 5
            0x80 | (15 << 3) | 2, // none, 3 units
        ];
        let t = LocationTable::new(&table, 1);
        let entries: Vec<_> = t.entries().collect();
        assert_eq!(entries.len(), 5);
        assert_eq!(entries[0].location.line, Some(0));
        assert_eq!(entries[0].location.column, None);
        assert_eq!((entries[1].start, entries[1].end), (2, 6));
        assert_eq!(entries[1].location.column, Some(10));
        assert_eq!(entries[1].location.end_column, Some(13));
        assert_eq!(entries[2].location.line, Some(1));
        assert_eq!(entries[3].location.line, Some(3));
        assert_eq!(entries[3].location.end_line, Some(5));
        assert_eq!(entries[3].location.column, Some(0));
        assert_eq!(entries[3].location.end_column, Some(5));
        assert_eq!(entries[4].location.line, None);
        assert_eq!(entries[4].end, 16);
        assert_eq!(t.line_starts(), vec![(0, 0), (6, 1), (8, 3)]);
    }

    #[test]
    fn co_lines_skips_to_the_next_entry_start_like_cpython() {
        // A one-line entry whose column byte has its top bit set: co_lines treats that byte as
        // the next entry's start (a short form on the same line), co_positions as a column.
        let table = [0x80 | (11 << 3), 0x85, 0x06, 0x80 | (15 << 3)];
        let t = LocationTable::new(&table, 1);
        let lines: Vec<_> = t.lines().map(|r| (r.start, r.line)).collect();
        assert_eq!(lines, vec![(0, Some(2)), (2, Some(2)), (14, None)]);
        let positions: Vec<_> = t.entries().map(|e| e.location.column).collect();
        assert_eq!(positions, vec![Some(0x85), None]);
    }

    #[test]
    fn truncated_table_reads_zeros_past_the_end() {
        // A long-form entry cut after a continued varint: the missing bytes read as the zero
        // terminator CPython's bytes objects carry, and the table is flagged as malformed.
        let table = [0x80 | (14 << 3), 0x44];
        let t = LocationTable::new(&table, 1);
        let mut it = t.entries();
        let entry = it.next().unwrap();
        assert_eq!(entry.location.line, Some(3));
        assert_eq!(entry.location.column, None);
        assert_eq!(it.next(), None);
        assert!(it.malformed);
    }
}

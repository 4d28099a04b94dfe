//! The 16-byte `.pyc` header (PEP 552) in front of a marshalled module code object.
//!
//! | bytes | meaning                                                                 |
//! |-------|-------------------------------------------------------------------------|
//! | 0..4  | magic: 3495 as little-endian u16, then `\r\n`                            |
//! | 4..8  | flags: bit 0 hash-based, bit 1 check the source (only when hash-based)   |
//! | 8..16 | source mtime and size (u32 each), or the SipHash-1-3 of the source       |

use std::rc::Rc;

use bytecode::CodeObject;

use crate::error::{ErrorKind, MarshalError};

/// CPython 3.11's bytecode magic number.
pub const MAGIC_NUMBER: u16 = 3495;
pub const MAGIC: [u8; 4] = [
    (MAGIC_NUMBER & 0xFF) as u8,
    (MAGIC_NUMBER >> 8) as u8,
    b'\r',
    b'\n',
];
pub const HEADER_LEN: usize = 16;

const FLAG_HASH_BASED: u32 = 1;
const FLAG_CHECK_SOURCE: u32 = 2;

/// How the importer decides whether the `.pyc` is stale.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Invalidation {
    /// Compare the source file's modification time and size (truncated to 32 bits).
    Timestamp { mtime: u32, source_size: u32 },
    /// Compare a hash of the source; `check_source` false means the importer never checks.
    Hash {
        source_hash: [u8; 8],
        check_source: bool,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PycHeader {
    pub invalidation: Invalidation,
}

impl PycHeader {
    pub fn parse(data: &[u8]) -> Result<PycHeader, MarshalError> {
        let Some(header) = data.get(..HEADER_LEN) else {
            return Err(MarshalError {
                offset: data.len(),
                kind: ErrorKind::Truncated {
                    what: "the 16-byte .pyc header",
                    needed: HEADER_LEN - data.len(),
                },
            });
        };
        let word =
            |i: usize| u32::from_le_bytes([header[i], header[i + 1], header[i + 2], header[i + 3]]);
        if header[..4] != MAGIC {
            return Err(MarshalError {
                offset: 0,
                kind: ErrorKind::BadMagic(word(0)),
            });
        }
        let flags = word(4);
        let invalidation = match flags {
            0 => Invalidation::Timestamp {
                mtime: word(8),
                source_size: word(12),
            },
            FLAG_HASH_BASED | 3 => {
                let mut source_hash = [0u8; 8];
                source_hash.copy_from_slice(&header[8..16]);
                Invalidation::Hash {
                    source_hash,
                    check_source: flags & FLAG_CHECK_SOURCE != 0,
                }
            }
            other => {
                return Err(MarshalError {
                    offset: 4,
                    kind: ErrorKind::BadPycFlags(other),
                })
            }
        };
        Ok(PycHeader { invalidation })
    }

    pub fn to_bytes(&self) -> [u8; HEADER_LEN] {
        let mut out = [0u8; HEADER_LEN];
        out[..4].copy_from_slice(&MAGIC);
        match self.invalidation {
            Invalidation::Timestamp { mtime, source_size } => {
                out[8..12].copy_from_slice(&mtime.to_le_bytes());
                out[12..16].copy_from_slice(&source_size.to_le_bytes());
            }
            Invalidation::Hash {
                source_hash,
                check_source,
            } => {
                let flags = FLAG_HASH_BASED | if check_source { FLAG_CHECK_SOURCE } else { 0 };
                out[4..8].copy_from_slice(&flags.to_le_bytes());
                out[8..16].copy_from_slice(&source_hash);
            }
        }
        out
    }
}

/// A whole `.pyc`: header and module code object.
#[derive(Clone, Debug)]
pub struct Pyc {
    pub header: PycHeader,
    pub code: Rc<CodeObject>,
}

impl Pyc {
    pub fn parse(data: &[u8]) -> Result<Pyc, MarshalError> {
        let header = PycHeader::parse(data)?;
        let body = data.get(HEADER_LEN..).unwrap_or(&[]);
        let code = crate::read::loads_code_at(body, HEADER_LEN)?;
        Ok(Pyc { header, code })
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = self.header.to_bytes().to_vec();
        out.extend_from_slice(&crate::write::dumps_code(&self.code));
        out
    }
}

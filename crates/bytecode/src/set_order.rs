//! The iteration order of a `frozenset` constant as CPython 3.11 builds it, and the Python
//! `hash()` values that order depends on.
//!
//! `dis` prints a frozenset constant with `repr()`, which lists the elements in the order of the
//! set's hash table. Marshal builds that table by starting from an empty frozenset and adding the
//! elements one by one in stream order, so the printed order follows from the elements' hashes
//! and the table algorithm of `Objects/setobject.c`. Both are reproduced here for a 64-bit build
//! run with `PYTHONHASHSEED=0`, where string and bytes hashes are SipHash-1-3 with an all-zero key.
//!
//! `None`, `Ellipsis` and the `StopIteration` class hash by address in 3.11. They are static
//! objects of `libpython3.11.so`, which address-space randomization moves in whole 64 KiB-aligned
//! steps, so the low 16 bits of their addresses (and the low 12 bits of their hashes, which pick
//! the slot in any table of up to 4,096 entries) are fixed for a given build. We use the
//! addresses seen in the reference build (CPython 3.11.7 on this project's machines); see
//! `docs/compatibility.md`. Code objects and NaN floats hash by the address of a heap object,
//! which nothing fixes, and lists, dicts and sets are unhashable: anything containing such a
//! value makes the functions here return `None`.

use std::hash::Hasher as _;

use dashu_int::{IBig, Sign};
use siphasher::sip::SipHasher13;

use crate::constant::Constant;
use crate::pystr::PyStr;

/// `_PyHASH_BITS` on a 64-bit build.
const HASH_BITS: u32 = 61;
/// `_PyHASH_MODULUS`: the Mersenne prime 2**61 - 1.
const MODULUS: u64 = (1 << HASH_BITS) - 1;
/// `_PyHASH_INF`.
const HASH_INF: i64 = 314_159;
/// `_PyHASH_IMAG`.
const HASH_IMAG: u64 = 1_000_003;

/// Addresses of `_Py_NoneStruct`, `_Py_EllipsisObject` and `PyExc_StopIteration`'s type
/// object in one run of the reference build; only their low bits are stable across runs.
const NONE_ADDRESS: u64 = 0x7fb6_4965_bbe0;
const ELLIPSIS_ADDRESS: u64 = 0x7fb6_4965_de60;
const STOP_ITERATION_ADDRESS: u64 = 0x7fb6_4965_2940;

/// `_Py_HashPointer`: the address rotated right by four bits.
pub fn hash_pointer(address: u64) -> i64 {
    fix_minus_one(address.rotate_right(4) as i64)
}

/// `PySet_MINSIZE`.
const SET_MIN_SIZE: usize = 8;
/// `LINEAR_PROBES` in setobject.c.
const LINEAR_PROBES: usize = 9;
/// `PERTURB_SHIFT` in setobject.c.
const PERTURB_SHIFT: u32 = 5;

/// Nesting deeper than this is treated as unreproducible rather than risking the stack.
const MAX_DEPTH: usize = 256;
/// Work budget (values visited) for one public call, so a forged file whose constants share
/// sub-tuples through marshal references cannot make hashing take exponential time.
const FUEL: u64 = 4_000_000;

/// Python's `hash(c)` under CPython 3.11 on 64-bit Linux with `PYTHONHASHSEED=0`, or `None` when
/// the value is unhashable or hashes by address (so no fixed answer exists).
pub fn python_hash(c: &Constant) -> Option<i64> {
    Ctx { fuel: FUEL }.hash(c, 0)
}

/// The order in which CPython 3.11 iterates a frozenset built by adding `items` one at a time,
/// as marshal does when it loads a `.pyc`: the result lists indices into `items`. Later elements
/// equal (by Python's `==`) to an earlier one are dropped, as a set drops them, so `1`, `1.0` and
/// `True` keep only the first. Returns `None` when some element has no reproducible hash.
pub fn frozenset_iteration_order(items: &[Constant]) -> Option<Vec<usize>> {
    let mut ctx = Ctx { fuel: FUEL };
    let table = ctx.build_set(items, 0)?;
    Some(table.iter().map(|&(_, index)| index).collect())
}

/// Hashing and equality share a work budget.
struct Ctx {
    fuel: u64,
}

/// The occupied slots of a simulated set table, in slot order: (hash, index into the items).
type SlotOrder = Vec<(i64, usize)>;

impl Ctx {
    fn spend(&mut self) -> Option<()> {
        self.fuel = self.fuel.checked_sub(1)?;
        Some(())
    }

    fn hash(&mut self, c: &Constant, depth: usize) -> Option<i64> {
        self.spend()?;
        if depth > MAX_DEPTH {
            return None;
        }
        match c {
            Constant::None => Some(hash_pointer(NONE_ADDRESS)),
            Constant::Ellipsis => Some(hash_pointer(ELLIPSIS_ADDRESS)),
            Constant::StopIteration => Some(hash_pointer(STOP_ITERATION_ADDRESS)),
            Constant::Code(_) | Constant::List(_) | Constant::Dict(_) | Constant::Set(_) => None,
            Constant::Bool(b) => Some(i64::from(*b)),
            Constant::Int(v) => Some(hash_i64(*v)),
            Constant::BigInt(v) => Some(hash_ibig(v)),
            Constant::Float(v) => hash_float(*v),
            Constant::Complex { re, im } => {
                let re = hash_float(*re)? as u64;
                let im = hash_float(*im)? as u64;
                Some(fix_minus_one(
                    re.wrapping_add(HASH_IMAG.wrapping_mul(im)) as i64
                ))
            }
            Constant::Str(s) => Some(hash_str(s)),
            Constant::Bytes(b) => Some(hash_bytes(b)),
            Constant::Tuple(items) => {
                let mut hashes = Vec::with_capacity(items.len());
                for item in items.iter() {
                    hashes.push(self.hash(item, depth + 1)?);
                }
                Some(hash_tuple(&hashes))
            }
            Constant::FrozenSet(items) => {
                let table = self.build_set(items, depth + 1)?;
                Some(hash_frozenset(table.iter().map(|&(h, _)| h), table.len()))
            }
        }
    }

    /// Simulates `PySet_Add` of every item into an empty set and returns the occupied slots in
    /// table order.
    fn build_set(&mut self, items: &[Constant], depth: usize) -> Option<SlotOrder> {
        let mut table = SetTable::new();
        for (index, item) in items.iter().enumerate() {
            let hash = self.hash(item, depth)?;
            table.add(self, items, index, hash, depth)?;
        }
        Some(table.slots.into_iter().flatten().collect())
    }

    /// Python's `a == b` for two hashable constants. `None` when the work budget runs out or a
    /// comparison would involve a value without a reproducible hash.
    fn eq(&mut self, a: &Constant, b: &Constant, depth: usize) -> Option<bool> {
        self.spend()?;
        if depth > MAX_DEPTH {
            return None;
        }
        if let (Some(x), Some(y)) = (Number::of(a), Number::of(b)) {
            return Some(x.equals(&y));
        }
        match (a, b) {
            (Constant::Str(x), Constant::Str(y)) => Some(x == y),
            (Constant::Bytes(x), Constant::Bytes(y)) => Some(x == y),
            (Constant::Tuple(x), Constant::Tuple(y)) => {
                if x.len() != y.len() {
                    return Some(false);
                }
                for (p, q) in x.iter().zip(y.iter()) {
                    if !self.eq(p, q, depth + 1)? {
                        return Some(false);
                    }
                }
                Some(true)
            }
            (Constant::FrozenSet(x), Constant::FrozenSet(y)) => {
                let xs = self.build_set(x, depth + 1)?;
                let ys = self.build_set(y, depth + 1)?;
                if xs.len() != ys.len() {
                    return Some(false);
                }
                // Every element of one must be in the other; equal elements have equal hashes.
                for &(hx, ix) in &xs {
                    let mut found = false;
                    for &(hy, iy) in &ys {
                        if hx == hy && self.eq(x.get(ix)?, y.get(iy)?, depth + 1)? {
                            found = true;
                            break;
                        }
                    }
                    if !found {
                        return Some(false);
                    }
                }
                Some(true)
            }
            // The singletons are equal only to themselves.
            (Constant::None, Constant::None)
            | (Constant::Ellipsis, Constant::Ellipsis)
            | (Constant::StopIteration, Constant::StopIteration) => Some(true),
            (Constant::None | Constant::Ellipsis | Constant::StopIteration, _)
            | (_, Constant::None | Constant::Ellipsis | Constant::StopIteration) => Some(false),
            // Values that hash by address or not at all never get this far; everything else
            // compares unequal across types.
            (Constant::Code(_) | Constant::List(_) | Constant::Dict(_) | Constant::Set(_), _)
            | (_, Constant::Code(_) | Constant::List(_) | Constant::Dict(_) | Constant::Set(_)) => {
                None
            }
            _ => Some(false),
        }
    }
}

/// The hash table of a `set`, holding indices into the list of items being added.
struct SetTable {
    /// `None` is an unused slot; there are never dummies because nothing is removed.
    slots: Vec<Option<(i64, usize)>>,
    /// Occupied slots (`fill` and `used` coincide without deletions).
    used: usize,
}

impl SetTable {
    fn new() -> SetTable {
        SetTable {
            slots: vec![None; SET_MIN_SIZE],
            used: 0,
        }
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// The slots `set_add_entry` and `set_insert_clean` visit for `hash`, in order. The sequence
    /// is endless; callers stop at the first free or matching slot, which always exists because
    /// the table is never full.
    fn probe(mask: usize, hash: i64) -> impl Iterator<Item = usize> {
        // `size_t` arithmetic on a 64-bit build.
        let mask64 = mask as u64;
        let mut perturb = hash as u64;
        let mut start = (hash as u64) & mask64;
        let mut offset = 0u64;
        std::iter::from_fn(move || {
            let limit = if start + LINEAR_PROBES as u64 <= mask64 {
                LINEAR_PROBES as u64
            } else {
                0
            };
            if offset > limit {
                perturb >>= PERTURB_SHIFT;
                start = start.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb) & mask64;
                offset = 0;
            }
            let slot = start + offset;
            offset += 1;
            Some(slot as usize)
        })
    }

    /// `set_add_entry`: adds `items[index]` unless an equal element is present, then grows the
    /// table if it became too full.
    fn add(
        &mut self,
        ctx: &mut Ctx,
        items: &[Constant],
        index: usize,
        hash: i64,
        depth: usize,
    ) -> Option<()> {
        let key = items.get(index)?;
        let mask = self.mask();
        let mut free = None;
        for slot in SetTable::probe(mask, hash) {
            match *self.slots.get(slot)? {
                None => {
                    free = Some(slot);
                    break;
                }
                Some((h, other)) => {
                    if h == hash && ctx.eq(items.get(other)?, key, depth)? {
                        return Some(());
                    }
                }
            }
        }
        *self.slots.get_mut(free?)? = Some((hash, index));
        self.used += 1;
        if self.used * 5 < mask * 3 {
            return Some(());
        }
        let min_used = if self.used > 50_000 {
            self.used * 2
        } else {
            self.used * 4
        };
        self.resize(min_used)
    }

    /// `set_table_resize`: the smallest power of two above `min_used` (at least the minimum
    /// size), refilled by `set_insert_clean` in old slot order.
    fn resize(&mut self, min_used: usize) -> Option<()> {
        let mut size = SET_MIN_SIZE;
        while size <= min_used {
            size = size.checked_mul(2)?;
        }
        let old = std::mem::replace(&mut self.slots, vec![None; size]);
        let mask = self.mask();
        for (hash, index) in old.into_iter().flatten() {
            for slot in SetTable::probe(mask, hash) {
                let entry = self.slots.get_mut(slot)?;
                if entry.is_none() {
                    *entry = Some((hash, index));
                    break;
                }
            }
        }
        Some(())
    }
}

/// CPython reserves -1 as the error return of hash functions.
pub fn fix_minus_one(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Applies the sign to a reduced magnitude, as `long_hash` does.
fn signed_hash(negative: bool, magnitude: u64) -> i64 {
    // magnitude < 2**61, so the conversion is exact.
    let m = magnitude as i64;
    fix_minus_one(if negative { -m } else { m })
}

pub fn hash_i64(v: i64) -> i64 {
    signed_hash(v < 0, v.unsigned_abs() % MODULUS)
}

pub fn hash_ibig(v: &IBig) -> i64 {
    let (sign, words) = v.as_sign_words();
    let mut acc: u128 = 0;
    for &word in words.iter().rev() {
        acc = ((acc << dashu_int::Word::BITS) | u128::from(word)) % u128::from(MODULUS);
    }
    signed_hash(sign == Sign::Negative, acc as u64)
}

/// A finite float as `mantissa * 2**exponent` with an integer mantissa, plus its sign.
fn float_parts(v: f64) -> (bool, u64, i32) {
    let bits = v.to_bits();
    let negative = bits >> 63 == 1;
    let biased = ((bits >> 52) & 0x7FF) as i32;
    let fraction = bits & ((1 << 52) - 1);
    if biased == 0 {
        (negative, fraction, -1074)
    } else {
        (negative, fraction | (1 << 52), biased - 1075)
    }
}

/// `_Py_HashDouble`: the hash of the exact rational value modulo 2**61 - 1, so equal ints and
/// floats hash alike. NaN hashes by object address in 3.11.
pub fn hash_float(v: f64) -> Option<i64> {
    if v.is_nan() {
        return None;
    }
    if v.is_infinite() {
        return Some(if v > 0.0 { HASH_INF } else { -HASH_INF });
    }
    let (negative, mantissa, exponent) = float_parts(v);
    // mantissa < 2**53 is already reduced; multiplying by 2**e modulo 2**61 - 1 is a 61-bit
    // rotation by e mod 61, since 2**61 is 1 there.
    let e = exponent.rem_euclid(HASH_BITS as i32) as u32;
    let rotated = ((mantissa << e) & MODULUS) | (mantissa >> (HASH_BITS - e));
    Some(signed_hash(negative, rotated))
}

/// `_Py_HashBytes` with `Py_HASH_CUTOFF` 0 and the SipHash-1-3 key all zero.
pub fn hash_bytes(data: &[u8]) -> i64 {
    if data.is_empty() {
        return 0;
    }
    let mut hasher = SipHasher13::new_with_keys(0, 0);
    hasher.write(data);
    fix_minus_one(hasher.finish() as i64)
}

/// A `str` hashes the bytes of its internal representation: one, two or four bytes per code
/// point (little-endian) depending on the largest code point.
pub fn hash_str(s: &PyStr) -> i64 {
    if s.is_ascii() {
        return hash_bytes(s.as_bytes());
    }
    let width = match s.max_code_point() {
        0..=0xFF => 1,
        0x100..=0xFFFF => 2,
        _ => 4,
    };
    let mut buf = Vec::with_capacity(s.as_bytes().len() * width);
    for cp in s.code_points() {
        buf.extend_from_slice(&cp.to_le_bytes()[..width]);
    }
    hash_bytes(&buf)
}

/// `hash(s)` of a `str` given as Rust text (no lone surrogates), the VM's common case.
pub fn hash_str_text(s: &str) -> i64 {
    if s.is_ascii() {
        return hash_bytes(s.as_bytes());
    }
    let max = s.chars().map(u32::from).max().unwrap_or(0);
    let width = match max {
        0..=0xFF => 1,
        0x100..=0xFFFF => 2,
        _ => 4,
    };
    let mut buf = Vec::with_capacity(s.len() * width);
    for c in s.chars() {
        buf.extend_from_slice(&u32::from(c).to_le_bytes()[..width]);
    }
    hash_bytes(&buf)
}

/// `tuplehash`: the xxHash-derived combination of 3.8 and later.
pub fn hash_tuple(hashes: &[i64]) -> i64 {
    const PRIME_1: u64 = 11_400_714_785_074_694_791;
    const PRIME_2: u64 = 14_029_467_366_897_019_727;
    const PRIME_5: u64 = 2_870_177_450_012_600_261;
    let mut acc = PRIME_5;
    for &h in hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(PRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(PRIME_1);
    }
    acc = acc.wrapping_add((hashes.len() as u64) ^ (PRIME_5 ^ 3_527_539));
    if acc == u64::MAX {
        1_546_275_796
    } else {
        acc as i64
    }
}

/// `frozenset_hash`: order-independent, from the hashes of the distinct elements.
pub fn hash_frozenset(hashes: impl Iterator<Item = i64>, len: usize) -> i64 {
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
    }
    // CPython xors in every slot, empty ones included, then cancels the empty slots out again;
    // the net effect is the xor over the occupied slots.
    let mut hash = hashes.fold(0u64, |acc, h| acc ^ shuffle(h as u64));
    hash ^= (len as u64).wrapping_add(1).wrapping_mul(1_927_868_237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
    if hash == u64::MAX {
        590_923_713
    } else {
        hash as i64
    }
}

/// The numeric constants, which compare equal across types by value.
enum Number<'a> {
    Small(i64),
    Big(&'a IBig),
    Float(f64),
    Complex(f64, f64),
}

impl<'a> Number<'a> {
    fn of(c: &'a Constant) -> Option<Number<'a>> {
        match c {
            Constant::Bool(b) => Some(Number::Small(i64::from(*b))),
            Constant::Int(v) => Some(Number::Small(*v)),
            Constant::BigInt(v) => Some(Number::Big(v)),
            Constant::Float(v) => Some(Number::Float(*v)),
            Constant::Complex { re, im } => Some(Number::Complex(*re, *im)),
            _ => None,
        }
    }

    fn equals(&self, other: &Number<'_>) -> bool {
        use Number::*;
        match (self, other) {
            (Complex(ar, ai), Complex(br, bi)) => ar == br && ai == bi,
            (Complex(re, im), x) | (x, Complex(re, im)) => *im == 0.0 && Float(*re).equals(x),
            (Float(a), Float(b)) => a == b,
            (Float(f), x) | (x, Float(f)) => match (float_to_int(*f), x) {
                (Some(i), Small(v)) => i == IBig::from(*v),
                (Some(i), Big(v)) => i == **v,
                _ => false,
            },
            (Small(a), Small(b)) => a == b,
            (Small(a), Big(b)) | (Big(b), Small(a)) => IBig::from(*a) == **b,
            (Big(a), Big(b)) => a == b,
        }
    }
}

/// The exact integer value of a finite, integral float.
fn float_to_int(v: f64) -> Option<IBig> {
    if !v.is_finite() || v.fract() != 0.0 {
        return None;
    }
    let (negative, mantissa, exponent) = float_parts(v);
    let magnitude = if exponent >= 0 {
        IBig::from(mantissa) << (exponent as usize)
    } else {
        // Integral, so the shifted-out bits are zero.
        IBig::from(mantissa >> exponent.unsigned_abs().min(63))
    };
    Some(if negative { -magnitude } else { magnitude })
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use super::*;

    /// Parses one value of the case file's prefix notation (see the generator script).
    fn parse_value<'a>(tokens: &mut impl Iterator<Item = &'a str>) -> Constant {
        let token = tokens.next().expect("missing value");
        let (tag, rest) = token.split_at(1);
        match tag {
            "i" => Constant::int(rest.parse::<IBig>().expect("bad int")),
            "T" => Constant::Bool(true),
            "F" => Constant::Bool(false),
            "f" => Constant::Float(f64::from_bits(
                u64::from_str_radix(rest, 16).expect("bad float"),
            )),
            "c" => {
                let (re, im) = rest.split_once(',').expect("bad complex");
                Constant::Complex {
                    re: f64::from_bits(u64::from_str_radix(re, 16).expect("bad re")),
                    im: f64::from_bits(u64::from_str_radix(im, 16).expect("bad im")),
                }
            }
            "s" => Constant::Str(parse_str(rest)),
            "b" => Constant::Bytes(Rc::from(parse_hex(rest))),
            "t" | "z" => {
                let n: usize = rest.parse().expect("bad count");
                let items: Vec<Constant> = (0..n).map(|_| parse_value(tokens)).collect();
                if tag == "t" {
                    Constant::Tuple(Rc::from(items))
                } else {
                    Constant::FrozenSet(Rc::from(items))
                }
            }
            _ => panic!("unknown tag in {token:?}"),
        }
    }

    /// Characters `[0-9A-Za-z_]` stand for themselves; anything else is `~hex;`.
    fn parse_str(text: &str) -> PyStr {
        let mut points = Vec::new();
        let mut chars = text.chars();
        while let Some(c) = chars.next() {
            if c == '~' {
                let hex: String = chars.by_ref().take_while(|&c| c != ';').collect();
                points.push(u32::from_str_radix(&hex, 16).expect("bad escape"));
            } else {
                points.push(u32::from(c));
            }
        }
        PyStr::from_code_points(&points).expect("bad code point")
    }

    fn parse_hex(text: &str) -> Vec<u8> {
        (0..text.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&text[i..i + 2], 16).expect("bad hex"))
            .collect()
    }

    fn parse_values(text: &str) -> Vec<Constant> {
        let mut tokens = text.split_whitespace().peekable();
        let mut values = Vec::new();
        while tokens.peek().is_some() {
            values.push(parse_value(&mut tokens));
        }
        values
    }

    #[test]
    fn matches_cpython_cases() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/set_order_cases.txt"
        );
        let text = std::fs::read_to_string(path).expect("read case file");
        let (mut hashes, mut orders) = (0, 0);
        for (number, line) in text.lines().enumerate() {
            let line_no = number + 1;
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (kind, rest) = line.split_once(' ').expect("bad line");
            match kind {
                "H" => {
                    let (expected, value) = rest.split_once(' ').expect("bad hash line");
                    let expected: i64 = expected.parse().expect("bad hash");
                    let values = parse_values(value);
                    assert_eq!(values.len(), 1, "line {line_no}");
                    assert_eq!(
                        python_hash(&values[0]),
                        Some(expected),
                        "line {line_no}: {value}"
                    );
                    hashes += 1;
                }
                "O" => {
                    let (expected, value) = rest.split_once(" : ").expect("bad order line");
                    let expected: Vec<usize> = expected
                        .split(',')
                        .map(|i| i.parse().expect("bad index"))
                        .collect();
                    let values = parse_values(value);
                    assert_eq!(
                        frozenset_iteration_order(&values),
                        Some(expected),
                        "line {line_no}"
                    );
                    orders += 1;
                }
                _ => panic!("line {line_no}: unknown kind {kind:?}"),
            }
        }
        assert!(
            hashes > 100 && orders > 100,
            "too few cases: {hashes} hashes, {orders} orders"
        );
    }

    #[test]
    fn unreproducible_values_have_no_hash() {
        let nan = Constant::Float(f64::NAN);
        assert_eq!(python_hash(&nan), None);
        // Only the low twelve bits of these are stable between runs of CPython.
        assert_eq!(python_hash(&Constant::None).map(|h| h & 0xFFF), Some(0xbbe));
        assert_eq!(
            python_hash(&Constant::Ellipsis).map(|h| h & 0xFFF),
            Some(0xde6)
        );
        assert_eq!(python_hash(&Constant::List(Rc::from(vec![]))), None);
        assert_eq!(python_hash(&Constant::Set(Rc::from(vec![]))), None);
        assert_eq!(python_hash(&Constant::Dict(Rc::from(vec![]))), None);
        assert_eq!(
            python_hash(&Constant::Complex {
                re: 1.0,
                im: f64::NAN
            }),
            None
        );
        let tuple = Constant::Tuple(Rc::from(vec![Constant::Int(1), Constant::Float(f64::NAN)]));
        assert_eq!(python_hash(&tuple), None);
        assert_eq!(frozenset_iteration_order(&[Constant::Int(1), nan]), None);
    }

    #[test]
    fn duplicates_keep_the_first() {
        let items = [
            Constant::Float(1.0),
            Constant::Int(1),
            Constant::Bool(true),
            Constant::Complex { re: 1.0, im: 0.0 },
            Constant::Float(-0.0),
            Constant::Bool(false),
            Constant::Int(0),
        ];
        assert_eq!(frozenset_iteration_order(&items), Some(vec![4, 0]));
        assert_eq!(frozenset_iteration_order(&[]), Some(vec![]));
    }

    #[test]
    fn shared_subtrees_do_not_take_exponential_time() {
        let mut value = Constant::Int(1);
        for _ in 0..64 {
            value = Constant::Tuple(Rc::from(vec![value.clone(), value]));
        }
        assert_eq!(python_hash(&value), None);
    }
}

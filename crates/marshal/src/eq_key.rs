//! A hashable key with Python's `==` between marshal values, for deduplicating set elements
//! and dict keys in linear time (a forged file with a million elements must not take a
//! quadratic scan).

use std::collections::BTreeSet;

use bytecode::Constant;
use dashu_int::IBig;

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EqKey {
    None,
    StopIteration,
    Ellipsis,
    /// Every integral number: int, bool, and floats with an integral value (`1 == 1.0 == True`).
    Int(IBig),
    /// A non-integral or infinite float, or a complex with a zero imaginary part equal to it.
    Float(u64),
    /// NaN equals nothing, itself included (set construction relies on identity, and every
    /// marshalled NaN is a new object), so each one gets a unique key.
    NaN(usize),
    Complex(u64, u64),
    Str(Vec<u8>),
    Bytes(Vec<u8>),
    Tuple(Vec<EqKey>),
    FrozenSet(BTreeSet<EqKey>),
    /// Code objects: compared by identity here, which only matters for forged input.
    Code(usize),
    /// Lists, dicts and sets: never hashable, never used as a key.
    Unhashable,
}

/// Builds the key. `nan_counter` hands out the unique NaN keys.
pub fn eq_key(c: &Constant, nan_counter: &mut usize) -> EqKey {
    match c {
        Constant::None => EqKey::None,
        Constant::StopIteration => EqKey::StopIteration,
        Constant::Ellipsis => EqKey::Ellipsis,
        Constant::Bool(b) => EqKey::Int(IBig::from(u8::from(*b))),
        Constant::Int(v) => EqKey::Int(IBig::from(*v)),
        Constant::BigInt(v) => EqKey::Int((**v).clone()),
        Constant::Float(f) => float_key(*f, nan_counter),
        Constant::Complex { re, im } if *im == 0.0 => float_key(*re, nan_counter),
        Constant::Complex { re, im } if re.is_nan() || im.is_nan() => {
            *nan_counter += 1;
            EqKey::NaN(*nan_counter)
        }
        Constant::Complex { re, im } => EqKey::Complex(zero_normalized(*re), zero_normalized(*im)),
        Constant::Str(s) => EqKey::Str(s.as_bytes().to_vec()),
        Constant::Bytes(b) => EqKey::Bytes(b.to_vec()),
        Constant::Tuple(items) => {
            EqKey::Tuple(items.iter().map(|i| eq_key(i, nan_counter)).collect())
        }
        Constant::FrozenSet(items) => {
            EqKey::FrozenSet(items.iter().map(|i| eq_key(i, nan_counter)).collect())
        }
        Constant::Code(code) => EqKey::Code(std::rc::Rc::as_ptr(code) as usize),
        Constant::List(_) | Constant::Dict(_) | Constant::Set(_) => EqKey::Unhashable,
    }
}

fn zero_normalized(f: f64) -> u64 {
    if f == 0.0 {
        0
    } else {
        f.to_bits()
    }
}

fn float_key(f: f64, nan_counter: &mut usize) -> EqKey {
    if f.is_nan() {
        *nan_counter += 1;
        return EqKey::NaN(*nan_counter);
    }
    if f.is_finite() && f.fract() == 0.0 {
        return EqKey::Int(integral_float_to_ibig(f));
    }
    EqKey::Float(f.to_bits())
}

/// The exact integer value of a finite float with no fractional part.
fn integral_float_to_ibig(f: f64) -> IBig {
    let bits = f.to_bits();
    let negative = bits >> 63 != 0;
    let exponent = ((bits >> 52) & 0x7FF) as i32;
    let fraction = bits & ((1u64 << 52) - 1);
    if exponent == 0 {
        // Zero or subnormal; a subnormal is never integral except zero.
        return IBig::ZERO;
    }
    let mantissa = IBig::from(fraction | (1u64 << 52));
    let shift = exponent - 1075;
    let magnitude = if shift >= 0 {
        mantissa << shift as usize
    } else {
        mantissa >> (-shift) as usize
    };
    if negative {
        -magnitude
    } else {
        magnitude
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_equal_across_types() {
        let mut n = 0;
        assert_eq!(
            eq_key(&Constant::Bool(true), &mut n),
            eq_key(&Constant::Float(1.0), &mut n)
        );
        assert_eq!(
            eq_key(&Constant::Int(0), &mut n),
            eq_key(&Constant::Float(-0.0), &mut n)
        );
        assert_eq!(
            eq_key(&Constant::Float(1e20), &mut n),
            EqKey::Int("100000000000000000000".parse().unwrap())
        );
        assert_ne!(
            eq_key(&Constant::Float(f64::NAN), &mut n),
            eq_key(&Constant::Float(f64::NAN), &mut n)
        );
        assert_eq!(
            eq_key(&Constant::Complex { re: 2.5, im: 0.0 }, &mut n),
            eq_key(&Constant::Float(2.5), &mut n)
        );
    }
}

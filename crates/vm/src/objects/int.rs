//! `int` beyond the inline range. Values in `[SMALL_INT_MIN, SMALL_INT_MAX]` are never boxed
//! (exact `int` only; subclasses of int always are), so equal small ints are identical words.

use dashu_int::IBig;

use crate::object::Trace;

pub struct IntData(pub IBig);

impl Trace for IntData {}

/// An int operand, borrowed: inline or boxed.
#[derive(Clone, Copy, Debug)]
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a IBig),
}

impl IntRef<'_> {
    pub fn to_ibig(self) -> IBig {
        match self {
            IntRef::Small(i) => IBig::from(i),
            IntRef::Big(b) => b.clone(),
        }
    }

    pub fn to_i64(self) -> Option<i64> {
        match self {
            IntRef::Small(i) => Some(i),
            IntRef::Big(b) => i64::try_from(b).ok(),
        }
    }

    pub fn is_negative(self) -> bool {
        match self {
            IntRef::Small(i) => i < 0,
            IntRef::Big(b) => b.signum() == IBig::from(-1),
        }
    }

    pub fn is_zero(self) -> bool {
        match self {
            IntRef::Small(i) => i == 0,
            IntRef::Big(_) => false,
        }
    }
}

/// An int value, owned: inline or big.
#[derive(Clone, Debug)]
pub enum IntVal {
    Small(i64),
    Big(IBig),
}

impl IntVal {
    pub fn from_ibig(b: IBig) -> IntVal {
        match i64::try_from(&b) {
            Ok(i) => IntVal::Small(i),
            Err(_) => IntVal::Big(b),
        }
    }
    pub fn to_ibig(&self) -> IBig {
        match self {
            IntVal::Small(i) => IBig::from(*i),
            IntVal::Big(b) => b.clone(),
        }
    }
    pub fn to_i64(&self) -> Option<i64> {
        match self {
            IntVal::Small(i) => Some(*i),
            IntVal::Big(b) => i64::try_from(b).ok(),
        }
    }
    pub fn is_negative(&self) -> bool {
        match self {
            IntVal::Small(i) => *i < 0,
            IntVal::Big(b) => *b < IBig::ZERO,
        }
    }
}

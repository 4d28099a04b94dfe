//! `int`: arithmetic with Python's semantics (floor division, modulo sign, two's-complement
//! bit operations on negatives, pow with modulus), conversions and methods. Small values stay
//! inline; results are normalised back to inline form whenever they fit.

#[allow(unused_imports)]
use dashu_int::ops::{Abs, BitTest, UnsignedAbs};
use dashu_int::{IBig, UBig};

use crate::object::{alloc, TypeRef};
use crate::objects::bytes::{ByteArrayData, BytesData};
use crate::objects::float::FloatData;
use crate::objects::int::{IntData, IntRef, IntVal};
use crate::objects::native::Args;
use crate::objects::str::StrData;
use crate::slots::{BinOp, CompareOp, UnaryOp};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let t = vm.types.int.clone();
    let s = &t.slots;
    s.repr.set(Some(int_repr));
    s.hash.set(Some(int_hash));
    s.richcompare.set(Some(int_richcompare));
    s.bool.set(Some(|_, v| {
        Ok(!as_int(v).is_some_and(|i| i.is_zero())
            && !matches!(as_int(v), Some(IntRef::Big(b)) if *b == IBig::ZERO))
    }));
    s.new.set(Some(int_new));
    for (i, op) in [
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::FloorDiv,
        BinOp::Mod,
        BinOp::Pow,
        BinOp::TrueDiv,
        BinOp::Lshift,
        BinOp::Rshift,
        BinOp::And,
        BinOp::Or,
        BinOp::Xor,
    ]
    .into_iter()
    .enumerate()
    {
        let _ = i;
        s.nb[op as usize].set(Some(NB[op as usize]));
    }
    s.pow3.set(Some(int_pow3));
    s.divmod.set(Some(int_divmod));
    s.unary[UnaryOp::Neg as usize].set(Some(int_neg));
    s.unary[UnaryOp::Pos as usize].set(Some(int_pos));
    s.unary[UnaryOp::Invert as usize].set(Some(int_invert));
    s.unary[UnaryOp::Abs as usize].set(Some(int_abs));
    s.unary[UnaryOp::Int as usize].set(Some(int_pos));
    s.unary[UnaryOp::Index as usize].set(Some(int_pos));
    s.unary[UnaryOp::Float as usize].set(Some(int_float));
    super::object::add_new_wrapper(vm, &t);
    super::add_method(vm, &t, "bit_length", int_bit_length);
    super::add_method(vm, &t, "bit_count", int_bit_count);
    super::add_method(vm, &t, "to_bytes", int_to_bytes);
    super::add_classmethod(vm, &t, "from_bytes", int_from_bytes);
    super::add_method(vm, &t, "as_integer_ratio", int_as_integer_ratio);
    super::add_method(vm, &t, "conjugate", |vm, a| int_pos(vm, &a.values[0]));
    super::add_method(vm, &t, "__trunc__", |vm, a| int_pos(vm, &a.values[0]));
    super::add_method(vm, &t, "__floor__", |vm, a| int_pos(vm, &a.values[0]));
    super::add_method(vm, &t, "__ceil__", |vm, a| int_pos(vm, &a.values[0]));
    super::add_method(vm, &t, "__round__", int_round);
    super::add_method(vm, &t, "__format__", int_format);
    super::add_method(vm, &t, "__getnewargs__", |vm, a| {
        let v = int_pos(vm, &a.values[0])?;
        Ok(vm.new_tuple([v]))
    });
    super::add_method(vm, &t, "__sizeof__", |vm, a| {
        let bits = as_int(&a.values[0])
            .map(|i| i.to_ibig().bit_len())
            .unwrap_or(0);
        Ok(vm.new_int(24 + 4 * bits.div_ceil(30).max(1) as i64))
    });
    super::add_getset(vm, &t, "real", Some(int_pos), None);
    super::add_getset(
        vm,
        &t,
        "imag",
        Some(|_, _| Ok(Value::small_int_unchecked(0))),
        None,
    );
    super::add_getset(vm, &t, "numerator", Some(int_pos), None);
    super::add_getset(
        vm,
        &t,
        "denominator",
        Some(|_, _| Ok(Value::small_int_unchecked(1))),
        None,
    );
}

/// The int value of an int or bool (or int subclass) object.
#[inline]
pub fn as_int(v: &Value) -> Option<IntRef<'_>> {
    if let Some(i) = v.as_small_int() {
        return Some(IntRef::Small(i));
    }
    if v.is_bool() {
        return Some(IntRef::Small(i64::from(v.is_true_singleton())));
    }
    v.downcast::<IntData>().map(|d| match i64::try_from(&d.0) {
        Ok(i) => IntRef::Small(i),
        Err(_) => IntRef::Big(&d.0),
    })
}

/// `operator.index(v)`: ints as they are, otherwise `__index__`. `Ok(None)` if neither.
pub fn index_value(vm: &mut Vm, v: &Value) -> PyResult<Option<IntVal>> {
    if let Some(i) = as_int(v) {
        return Ok(Some(match i {
            IntRef::Small(s) => IntVal::Small(s),
            IntRef::Big(b) => IntVal::Big(b.clone()),
        }));
    }
    let f = vm.type_data_of(v).slots.unary[UnaryOp::Index as usize].get();
    match f {
        Some(f) => {
            let r = f(vm, v)?;
            match as_int(&r) {
                Some(i) => Ok(Some(match i {
                    IntRef::Small(s) => IntVal::Small(s),
                    IntRef::Big(b) => IntVal::Big(b.clone()),
                })),
                None => Err(vm.type_error(format!(
                    "__index__ returned non-int (type {})",
                    vm.type_name(&r)
                ))),
            }
        }
        None => Ok(None),
    }
}

/// `operator.index` with CPython's error for non-integers.
pub fn index(vm: &mut Vm, v: &Value) -> PyResult<IntVal> {
    match index_value(vm, v)? {
        Some(i) => Ok(i),
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))),
    }
}

/// An index as a machine integer (`PyNumber_AsSsize_t` with OverflowError).
pub fn index_isize(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match index(vm, v)?.to_i64() {
        Some(i) => Ok(i),
        None => Err(vm.new_exception(
            &vm.exc.IndexError.clone(),
            format!(
                "cannot fit '{}' into an index-sized integer",
                vm.type_name(v)
            ),
        )),
    }
}

pub fn new_int_val(vm: &Vm, v: IntVal) -> Value {
    match v {
        IntVal::Small(i) => vm.new_int(i),
        IntVal::Big(b) => vm.new_bigint(b),
    }
}

fn int_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let Some(i) = as_int(v) else {
        return Err(vm.type_error("int expected"));
    };
    match i {
        IntRef::Small(s) => Ok(vm.new_str(s.to_string())),
        IntRef::Big(b) => {
            let limit = vm.int_max_str_digits;
            match pyformat::int_to_string(b, 10, limit) {
                Ok(s) => Ok(vm.new_str(s)),
                Err(e) => Err(super::str::format_error(vm, e)),
            }
        }
    }
}

fn int_hash(_vm: &mut Vm, v: &Value) -> PyResult<i64> {
    Ok(match as_int(v) {
        Some(IntRef::Small(i)) => bytecode::set_order::hash_i64(i),
        Some(IntRef::Big(b)) => bytecode::set_order::hash_ibig(b),
        None => 0,
    })
}

fn cmp_ints(a: IntRef, b: IntRef) -> std::cmp::Ordering {
    match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => x.cmp(&y),
        _ => a.to_ibig().cmp(&b.to_ibig()),
    }
}

fn int_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (as_int(a), as_int(b)) else {
        return Ok(vm.not_implemented.clone());
    };
    let o = cmp_ints(x, y);
    Ok(Value::from_bool(compare_result(o, op)))
}

pub fn compare_result(o: std::cmp::Ordering, op: CompareOp) -> bool {
    use std::cmp::Ordering::*;
    match op {
        CompareOp::Lt => o == Less,
        CompareOp::Le => o != Greater,
        CompareOp::Eq => o == Equal,
        CompareOp::Ne => o != Equal,
        CompareOp::Gt => o == Greater,
        CompareOp::Ge => o != Less,
    }
}

const NB: [crate::slots::BinFn; 13] = [
    |vm, a, b| int_binop(vm, a, b, BinOp::Add),
    |vm, a, b| int_binop(vm, a, b, BinOp::And),
    |vm, a, b| int_binop(vm, a, b, BinOp::FloorDiv),
    |vm, a, b| int_binop(vm, a, b, BinOp::Lshift),
    |vm, a, b| int_binop(vm, a, b, BinOp::MatMul),
    |vm, a, b| int_binop(vm, a, b, BinOp::Mul),
    |vm, a, b| int_binop(vm, a, b, BinOp::Mod),
    |vm, a, b| int_binop(vm, a, b, BinOp::Or),
    |vm, a, b| int_binop(vm, a, b, BinOp::Pow),
    |vm, a, b| int_binop(vm, a, b, BinOp::Rshift),
    |vm, a, b| int_binop(vm, a, b, BinOp::Sub),
    |vm, a, b| int_binop(vm, a, b, BinOp::TrueDiv),
    |vm, a, b| int_binop(vm, a, b, BinOp::Xor),
];

/// `p op q` for machine ints when the result is a machine int; `None` when it is not, or the
/// operation raises (a zero divisor, a negative shift count) or is not one of these. What
/// `int_binop` and the interpreter's specialized `BINARY_OP_INT` both compute.
#[inline(always)]
pub fn small_int_op(p: i64, q: i64, op: BinOp) -> Option<i64> {
    match op {
        BinOp::Add => p.checked_add(q),
        BinOp::Sub => p.checked_sub(q),
        BinOp::Mul => p.checked_mul(q),
        BinOp::And => Some(p & q),
        BinOp::Or => Some(p | q),
        BinOp::Xor => Some(p ^ q),
        BinOp::FloorDiv if q != 0 => floor_divmod_i64(p, q).map(|r| r.0),
        BinOp::Mod if q != 0 => floor_divmod_i64(p, q).map(|r| r.1),
        // An arithmetic shift rounds toward minus infinity, as Python's does; past 63 bits
        // only the sign is left.
        BinOp::Rshift if q >= 0 => Some(p >> q.min(63)),
        // A left shift must not lose bits.
        BinOp::Lshift if (0..63).contains(&q) && (p << q) >> q == p => Some(p << q),
        _ => None,
    }
}

#[inline(always)]
fn floor_divmod_i64(a: i64, b: i64) -> Option<(i64, i64)> {
    let q = a.checked_div(b)?;
    let r = a % b;
    if r != 0 && ((r < 0) != (b < 0)) {
        Some((q - 1, r + b))
    } else {
        Some((q, r))
    }
}

fn floor_divmod_big(a: &IBig, b: &IBig) -> (IBig, IBig) {
    let q = a / b;
    let r = a - &q * b;
    if r != IBig::ZERO && ((r < IBig::ZERO) != (*b < IBig::ZERO)) {
        (q - IBig::ONE, r + b)
    } else {
        (q, r)
    }
}

/// Correctly rounded `a / b` for ints.
pub fn int_true_divide(vm: &Vm, a: IntRef, b: IntRef) -> PyResult<f64> {
    if b.is_zero() || matches!(b, IntRef::Big(x) if *x == IBig::ZERO) {
        return Err(vm.zero_division_error("division by zero"));
    }
    const EXACT: i64 = 1 << 53;
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        if x.abs() <= EXACT && y.abs() <= EXACT {
            return Ok(x as f64 / y as f64);
        }
    }
    let (x, y) = (a.to_ibig(), b.to_ibig());
    let negative = (x < IBig::ZERO) != (y < IBig::ZERO);
    let xa = UBig::try_from(if x < IBig::ZERO { -x } else { x }).unwrap_or_default();
    let ya = UBig::try_from(if y < IBig::ZERO { -y } else { y }).unwrap_or_default();
    if xa == UBig::ZERO {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    // Scale so the quotient has 55 significant bits, then round half to even with a sticky bit.
    let shift = ya.bit_len() as i64 - xa.bit_len() as i64 + 55;
    let (num, den) = if shift >= 0 {
        (xa << shift as usize, ya)
    } else {
        (xa, ya << (-shift) as usize)
    };
    let q = &num / &den;
    let r = &num % &den;
    let mut q: u128 = u128::try_from(&q).unwrap_or(u128::MAX);
    if r != UBig::ZERO {
        q |= 1;
    }
    // q has 55 or 56 bits; the exponent of the result is (bits(q) - 1) - shift.
    let bits = 128 - q.leading_zeros() as i64;
    let exp = bits - 1 - shift;
    if exp > 1023 {
        return Err(vm.overflow_error("integer division result too large for a float"));
    }
    // Keep 53 bits (fewer for subnormals), round half to even using the bits below.
    let keep = if exp < -1022 {
        (53 - (-1022 - exp)).max(0)
    } else {
        53
    };
    let drop = bits - keep;
    let mut m = if drop > 0 { q >> drop } else { q << (-drop) };
    if drop > 0 {
        let half = 1u128 << (drop - 1);
        let rest = q & ((1u128 << drop) - 1);
        if rest > half || (rest == half && m & 1 == 1) {
            m += 1;
        }
    }
    let value = (m as f64) * 2f64.powi((exp - keep + 1) as i32);
    if value.is_infinite() {
        return Err(vm.overflow_error("integer division result too large for a float"));
    }
    Ok(if negative { -value } else { value })
}

pub fn int_to_f64(vm: &Vm, i: IntRef) -> PyResult<f64> {
    match i {
        IntRef::Small(s) => Ok(s as f64),
        IntRef::Big(b) => pyformat::float::int_to_float(b)
            .map_err(|_| vm.overflow_error("int too large to convert to float")),
    }
}

pub fn int_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (as_int(a), as_int(b)) else {
        return Ok(vm.not_implemented.clone());
    };
    if let (IntRef::Small(p), IntRef::Small(q)) = (x, y) {
        match op {
            BinOp::FloorDiv if q == 0 => {
                return Err(vm.zero_division_error("integer division or modulo by zero"))
            }
            BinOp::Mod if q == 0 => return Err(vm.zero_division_error("integer modulo by zero")),
            BinOp::Lshift | BinOp::Rshift if q < 0 => {
                return Err(vm.value_error("negative shift count"))
            }
            _ => {}
        }
        if let Some(r) = small_int_op(p, q, op) {
            return Ok(vm.new_int(r));
        }
    }
    if op == BinOp::TrueDiv {
        let f = int_true_divide(vm, x, y)?;
        return Ok(vm.new_float(f));
    }
    if op == BinOp::Pow {
        return int_pow(vm, x, y);
    }
    if op == BinOp::MatMul {
        return Ok(vm.not_implemented.clone());
    }
    let (p, q) = (x.to_ibig(), y.to_ibig());
    let r = match op {
        BinOp::Add => p + q,
        BinOp::Sub => p - q,
        BinOp::Mul => p * q,
        BinOp::And => p & q,
        BinOp::Or => p | q,
        BinOp::Xor => p ^ q,
        BinOp::FloorDiv => {
            if q == IBig::ZERO {
                return Err(vm.zero_division_error("integer division or modulo by zero"));
            }
            floor_divmod_big(&p, &q).0
        }
        BinOp::Mod => {
            if q == IBig::ZERO {
                return Err(vm.zero_division_error("integer modulo by zero"));
            }
            floor_divmod_big(&p, &q).1
        }
        BinOp::Lshift | BinOp::Rshift => {
            if q < IBig::ZERO {
                return Err(vm.value_error("negative shift count"));
            }
            let Ok(n) = usize::try_from(&q) else {
                if op == BinOp::Rshift {
                    return Ok(vm.new_int(if p < IBig::ZERO { -1 } else { 0 }));
                }
                if p == IBig::ZERO {
                    return Ok(vm.new_int(0));
                }
                return Err(vm.overflow_error("too many digits in integer"));
            };
            if op == BinOp::Lshift {
                if p == IBig::ZERO {
                    IBig::ZERO
                } else {
                    if n > (1 << 40) {
                        return Err(vm.memory_error());
                    }
                    p << n
                }
            } else {
                // Arithmetic shift: floor division by 2**n.
                if p < IBig::ZERO {
                    let one = IBig::ONE;
                    -((-p - &one) >> n) - one
                } else {
                    p >> n
                }
            }
        }
        _ => return Ok(vm.not_implemented.clone()),
    };
    Ok(vm.new_bigint(r))
}

fn int_pow(vm: &mut Vm, x: IntRef, y: IntRef) -> PyResult<Value> {
    if y.is_negative() {
        let base = int_to_f64(vm, x)?;
        let e = int_to_f64(vm, y)?;
        if base == 0.0 {
            return Err(vm.zero_division_error("0.0 cannot be raised to a negative power"));
        }
        return super::float::float_pow_values(vm, base, e);
    }
    let Some(e) = y.to_i64() else {
        // Only 0, 1 and -1 survive huge exponents.
        let b = x.to_ibig();
        if b == IBig::ZERO || b == IBig::ONE {
            return Ok(vm.new_bigint(b));
        }
        if b == -IBig::ONE {
            let odd = y.to_ibig() % IBig::from(2) != IBig::ZERO;
            return Ok(vm.new_int(if odd { -1 } else { 1 }));
        }
        return Err(vm.memory_error());
    };
    if let IntRef::Small(b) = x {
        if let Ok(e32) = u32::try_from(e) {
            if let Some(r) = b.checked_pow(e32) {
                return Ok(vm.new_int(r));
            }
        }
    }
    let b = x.to_ibig();
    let bits = b.bit_len() as u128 * e as u128;
    if bits > 1 << 36 {
        return Err(vm.memory_error());
    }
    Ok(vm.new_bigint(b.pow(e as usize)))
}

fn int_pow3(vm: &mut Vm, a: &Value, b: &Value, m: &Value) -> PyResult<Value> {
    if m.is_none() {
        return int_binop(vm, a, b, BinOp::Pow);
    }
    let (Some(x), Some(y), Some(z)) = (as_int(a), as_int(b), as_int(m)) else {
        return Ok(vm.not_implemented.clone());
    };
    let (x, y, mut z) = (x.to_ibig(), y.to_ibig(), z.to_ibig());
    if z == IBig::ZERO {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let negative_mod = z < IBig::ZERO;
    if negative_mod {
        z = -z;
    }
    let mut base = floor_divmod_big(&x, &z).1;
    let mut exp = y;
    if exp < IBig::ZERO {
        base = match mod_inverse(&base, &z) {
            Some(inv) => inv,
            None => return Err(vm.value_error("base is not invertible for the given modulus")),
        };
        exp = -exp;
    }
    let mut result = IBig::ONE % &z;
    let mut e = UBig::try_from(exp).unwrap_or_default();
    while e != UBig::ZERO {
        if e.bit(0) {
            result = (&result * &base) % &z;
        }
        base = (&base * &base) % &z;
        e >>= 1;
    }
    if negative_mod && result != IBig::ZERO {
        result -= &z;
    }
    Ok(vm.new_bigint(result))
}

fn mod_inverse(a: &IBig, m: &IBig) -> Option<IBig> {
    let (mut old_r, mut r) = (a.clone(), m.clone());
    let (mut old_s, mut s) = (IBig::ONE, IBig::ZERO);
    while r != IBig::ZERO {
        let q = &old_r / &r;
        let nr = &old_r - &q * &r;
        old_r = std::mem::replace(&mut r, nr);
        let ns = &old_s - &q * &s;
        old_s = std::mem::replace(&mut s, ns);
    }
    if old_r != IBig::ONE && old_r != -IBig::ONE {
        return None;
    }
    if old_r == -IBig::ONE {
        old_s = -old_s;
    }
    Some(floor_divmod_big(&old_s, m).1)
}

fn int_divmod(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (Some(x), Some(y)) = (as_int(a), as_int(b)) else {
        return Ok(vm.not_implemented.clone());
    };
    if let (IntRef::Small(p), IntRef::Small(q)) = (x, y) {
        if q == 0 {
            return Err(vm.zero_division_error("integer division or modulo by zero"));
        }
        if let Some((d, m)) = floor_divmod_i64(p, q) {
            let t = vec![vm.new_int(d), vm.new_int(m)];
            return Ok(vm.new_tuple(t));
        }
    }
    let (p, q) = (x.to_ibig(), y.to_ibig());
    if q == IBig::ZERO {
        return Err(vm.zero_division_error("integer division or modulo by zero"));
    }
    let (d, m) = floor_divmod_big(&p, &q);
    let t = vec![vm.new_bigint(d), vm.new_bigint(m)];
    Ok(vm.new_tuple(t))
}

fn int_neg(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match as_int(v) {
        Some(IntRef::Small(i)) => Ok(match i.checked_neg() {
            Some(n) => vm.new_int(n),
            None => vm.new_bigint(-IBig::from(i)),
        }),
        Some(IntRef::Big(b)) => Ok(vm.new_bigint(-b.clone())),
        None => Ok(vm.not_implemented.clone()),
    }
}

/// `+x`, `int(x)` and friends: the exact int value (dropping any subclass).
fn int_pos(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match as_int(v) {
        Some(IntRef::Small(i)) => Ok(vm.new_int(i)),
        Some(IntRef::Big(b)) => Ok(vm.new_bigint(b.clone())),
        None => Err(vm.type_error("int expected")),
    }
}

fn int_invert(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match as_int(v) {
        Some(IntRef::Small(i)) => Ok(vm.new_int(!i)),
        Some(IntRef::Big(b)) => Ok(vm.new_bigint(-b.clone() - IBig::ONE)),
        None => Ok(vm.not_implemented.clone()),
    }
}

fn int_abs(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match as_int(v) {
        Some(IntRef::Small(i)) => Ok(match i.checked_abs() {
            Some(n) => vm.new_int(n),
            None => vm.new_bigint(IBig::from(i).unsigned_abs().into()),
        }),
        Some(IntRef::Big(b)) => Ok(vm.new_bigint(IBig::from(b.unsigned_abs()))),
        None => Ok(vm.not_implemented.clone()),
    }
}

fn int_float(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let i = as_int(v).ok_or_else(|| vm.type_error("int expected"))?;
    let f = int_to_f64(vm, i)?;
    Ok(vm.new_float(f))
}

/// Makes an int of type `ty` (boxed when `ty` is a subclass).
pub fn int_of_type(vm: &Vm, ty: &TypeRef, v: IntVal) -> Value {
    if ty.is(&vm.types.int) {
        return new_int_val(vm, v);
    }
    alloc(ty, IntData(v.to_ibig())).into_value()
}

fn int_new(vm: &mut Vm, ty: &TypeRef, args: Args<'_>) -> PyResult<Value> {
    let a = args.parse_with(vm, "int", &["", "base"], 0, 1)?;
    let v = match (&a[0], &a[1]) {
        (None, None) => IntVal::Small(0),
        (None, Some(_)) => return Err(vm.type_error("int() missing string argument")),
        (Some(x), base) => {
            if let Some(b) = base {
                let base = index_isize(vm, b)?;
                let text = string_for_int(vm, x)?;
                match text {
                    Some(t) => parse(vm, &t, base)?,
                    None => {
                        return Err(
                            vm.type_error("int() can't convert non-string with explicit base")
                        )
                    }
                }
            } else {
                to_int(vm, x)?
            }
        }
    };
    Ok(int_of_type(vm, ty, v))
}

fn string_for_int(vm: &mut Vm, x: &Value) -> PyResult<Option<String>> {
    if let Some(s) = x.downcast::<StrData>() {
        return Ok(Some(s.as_str().to_string()));
    }
    if let Some(b) = x.downcast::<BytesData>() {
        return Ok(Some(String::from_utf8_lossy(&b.bytes).into_owned()));
    }
    if let Some(b) = x.downcast::<ByteArrayData>() {
        return Ok(Some(
            String::from_utf8_lossy(&b.bytes.borrow()).into_owned(),
        ));
    }
    let _ = vm;
    Ok(None)
}

fn parse(vm: &mut Vm, text: &str, base: i64) -> PyResult<IntVal> {
    let limit = vm.int_max_str_digits;
    match pyformat::parse_int(text, base, limit) {
        Ok(v) => Ok(IntVal::from_ibig(v)),
        Err(e) => Err(super::str::format_error(vm, e)),
    }
}

/// `int(x)` for one argument.
pub fn to_int(vm: &mut Vm, x: &Value) -> PyResult<IntVal> {
    // Exact ints and floats convert directly; a subclass may override `__int__`, which
    // int() then calls as CPython's PyNumber_Long does.
    let exact = {
        let t = vm.type_of(x);
        t.is(&vm.types.int) || t.is(&vm.types.bool_) || t.is(&vm.types.float)
    };
    if exact {
        if let Some(i) = as_int(x) {
            return Ok(match i {
                IntRef::Small(s) => IntVal::Small(s),
                IntRef::Big(b) => IntVal::Big(b.clone()),
            });
        }
        if let Some(f) = x.downcast::<FloatData>() {
            return float_to_intval(vm, f.0);
        }
    }
    let td = vm.type_data_of(x);
    if let Some(f) = td.slots.unary[UnaryOp::Int as usize].get() {
        let r = f(vm, x)?;
        return match as_int(&r) {
            Some(i) => Ok(match i {
                IntRef::Small(s) => IntVal::Small(s),
                IntRef::Big(b) => IntVal::Big(b.clone()),
            }),
            None => Err(vm.type_error(format!(
                "__int__ returned non-int (type {})",
                vm.type_name(&r)
            ))),
        };
    }
    if td.slots.unary[UnaryOp::Index as usize].get().is_some() {
        return index(vm, x);
    }
    let trunc = vm.names.__trunc__.clone();
    if let Some(t) = vm.call_special(x, &trunc, &[])? {
        crate::modules::warnings::warn(
            vm,
            "DeprecationWarning",
            "The delegation of int() to __trunc__ is deprecated.",
        )?;
        return match as_int(&t) {
            Some(_) => to_int(vm, &t),
            None => match index_value(vm, &t)? {
                Some(i) => Ok(i),
                None => Err(vm.type_error(format!(
                    "__trunc__ returned non-Integral (type {})",
                    vm.type_name(&t)
                ))),
            },
        };
    }
    if let Some(i) = as_int(x) {
        return Ok(match i {
            IntRef::Small(s) => IntVal::Small(s),
            IntRef::Big(b) => IntVal::Big(b.clone()),
        });
    }
    if let Some(f) = x.downcast::<FloatData>() {
        return float_to_intval(vm, f.0);
    }
    if let Some(t) = string_for_int(vm, x)? {
        return parse(vm, &t, 10);
    }
    Err(vm.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        vm.type_name(x)
    )))
}

pub fn float_to_intval(vm: &Vm, f: f64) -> PyResult<IntVal> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return Ok(IntVal::Small(t as i64));
    }
    pyformat::float::float_to_int(t)
        .map(IntVal::from_ibig)
        .map_err(|_| vm.overflow_error("cannot convert float infinity to integer"))
}

fn this_int(v: &Value) -> IBig {
    as_int(v).map(|i| i.to_ibig()).unwrap_or_default()
}

fn int_bit_length(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.skip_self().none(vm, "int.bit_length")?;
    let n = this_int(&args.values[0]);
    Ok(vm.new_int(n.unsigned_abs().bit_len() as i64))
}

fn int_bit_count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.skip_self().none(vm, "int.bit_count")?;
    let n = this_int(&args.values[0]).unsigned_abs();
    let ones: usize = n
        .to_le_bytes()
        .iter()
        .map(|b| b.count_ones() as usize)
        .sum();
    Ok(vm.new_int(ones as i64))
}

/// `signed` is keyword-only: a third positional argument is Clinic's error (a fourth is
/// `parse`'s "at most 3 arguments").
fn two_positional(vm: &Vm, rest: &Args<'_>, name: &str) -> PyResult<()> {
    if rest.pos().len() == 3 && rest.kwnames.is_empty() {
        return Err(vm.type_error(format!(
            "{name}() takes at most 2 positional arguments (3 given)"
        )));
    }
    Ok(())
}

fn byteorder_arg(vm: &mut Vm, v: Option<&Value>, name: &str) -> PyResult<bool> {
    match v {
        None => Ok(true),
        Some(b) => match b.downcast::<StrData>().map(|s| s.as_str().to_string()) {
            Some(s) if s == "big" => Ok(true),
            Some(s) if s == "little" => Ok(false),
            Some(_) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
            None => Err(vm.type_error(format!(
                "{name}() argument 'byteorder' must be str, not {}",
                crate::args::bad_arg_name(vm, b)
            ))),
        },
    }
}

fn int_to_bytes(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let rest = args.skip_self();
    two_positional(vm, &rest, "to_bytes")?;
    let a = rest.parse(vm, "to_bytes", &["length", "byteorder", "signed"], 0)?;
    let length = match &a[0] {
        Some(l) => index_isize(vm, l)?,
        None => 1,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let big = byteorder_arg(vm, a[1].as_ref(), "to_bytes")?;
    let signed = match &a[2] {
        Some(s) => vm.is_true(s)?,
        None => false,
    };
    let n = this_int(&args.values[0]);
    if n < IBig::ZERO && !signed {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let length = length as usize;
    // Two's complement in `length` bytes.
    let modulus = IBig::ONE << (8 * length);
    let v = if n < IBig::ZERO {
        &modulus + &n
    } else {
        n.clone()
    };
    let fits = if signed {
        let half = IBig::ONE << (8 * length).saturating_sub(1);
        length > 0 && n >= -half.clone() && n < half || (length == 0 && n == IBig::ZERO)
    } else {
        v < modulus
    };
    if !fits {
        return Err(vm.overflow_error("int too big to convert"));
    }
    let mut bytes = UBig::try_from(v).unwrap_or_default().to_le_bytes().to_vec();
    bytes.resize(length, 0);
    if big {
        bytes.reverse();
    }
    Ok(alloc(&vm.types.bytes, BytesData::new(bytes)).into_value())
}

fn int_from_bytes(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = args.values[0].clone();
    let rest = args.skip_self();
    two_positional(vm, &rest, "from_bytes")?;
    let a = rest.parse(vm, "from_bytes", &["bytes", "byteorder", "signed"], 1)?;
    // The byte order is checked before the bytes are converted, as in CPython.
    let big = byteorder_arg(vm, a[1].as_ref(), "from_bytes")?;
    let data = super::bytes::object_bytes(vm, a[0].as_ref().expect("required"))?;
    let signed = match &a[2] {
        Some(s) => vm.is_true(s)?,
        None => false,
    };
    let mut le = data.clone();
    if big {
        le.reverse();
    }
    let mut n = IBig::from(UBig::from_le_bytes(&le));
    if signed && !le.is_empty() && le[le.len() - 1] & 0x80 != 0 {
        n -= IBig::ONE << (8 * le.len());
    }
    let v = vm.new_bigint(n);
    if cls.is(vm.types.int.as_value()) {
        return Ok(v);
    }
    vm.call1(&cls, v)
}

fn int_as_integer_ratio(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = int_pos(vm, &args.values[0])?;
    Ok(vm.new_tuple([v, Value::small_int_unchecked(1)]))
}

fn int_round(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.skip_self().unpack(vm, "__round__", 0, 1)?;
    let n = this_int(&args.values[0]);
    match a.first().filter(|x| !x.is_none()) {
        None => Ok(vm.new_bigint(n)),
        Some(nd) => {
            let nd = index(vm, nd)?;
            let Some(nd) = nd.to_i64() else {
                return Ok(if nd.is_negative() {
                    vm.new_int(0)
                } else {
                    vm.new_bigint(n)
                });
            };
            Ok(vm.new_bigint(pyformat::float::round_int(&n, nd)))
        }
    }
}

fn int_format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let spec = args.skip_self().exactly_one(vm, "__format__")?;
    let Some(spec) = spec.downcast::<StrData>() else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(spec)
        )));
    };
    let n = this_int(&args.values[0]);
    if spec.as_str().is_empty() {
        return vm.str(&args.values[0]).map(|s| s.into_value());
    }
    let tn = vm.type_name(&args.values[0]);
    let limit = vm.int_max_str_digits;
    let r = pyformat::parse_format_spec(spec.as_str(), &tn)
        .and_then(|s| pyformat::format_int(&n, &s, &tn, limit));
    match r {
        Ok(s) => Ok(vm.new_str(s)),
        Err(e) => Err(super::str::format_error(vm, e)),
    }
}

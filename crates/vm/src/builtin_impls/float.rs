//! `float`: IEEE doubles with Python's operators, comparisons exact against ints, and
//! CPython's repr and formatting (from `pyformat`).

#[allow(unused_imports)]
use dashu_int::ops::{Abs, BitTest, UnsignedAbs};
use dashu_int::IBig;

use crate::object::{alloc, TypeRef};
use crate::objects::complex::ComplexData;
use crate::objects::float::FloatData;
use crate::objects::int::IntRef;
use crate::objects::native::Args;
use crate::objects::str::StrData;
use crate::slots::{BinOp, CompareOp, UnaryOp};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

use super::int::{as_int, int_to_f64};

pub fn init(vm: &mut Vm) {
    let t = vm.types.float.clone();
    let s = &t.slots;
    s.repr.set(Some(float_repr));
    s.hash.set(Some(float_hash));
    s.richcompare.set(Some(float_richcompare));
    s.bool.set(Some(|_, v| {
        Ok(v.downcast::<FloatData>().is_some_and(|f| f.0 != 0.0))
    }));
    s.new.set(Some(float_new));
    for op in [
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::TrueDiv,
        BinOp::FloorDiv,
        BinOp::Mod,
        BinOp::Pow,
    ] {
        s.nb[op as usize].set(Some(NB[op as usize]));
    }
    s.pow3.set(Some(|vm, a, b, m| {
        if !m.is_none() {
            return Err(
                vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
            );
        }
        float_binop(vm, a, b, BinOp::Pow)
    }));
    s.divmod.set(Some(float_divmod));
    s.unary[UnaryOp::Neg as usize].set(Some(|vm, v| Ok(vm.new_float(-f(v)))));
    s.unary[UnaryOp::Pos as usize].set(Some(|vm, v| Ok(vm.new_float(f(v)))));
    s.unary[UnaryOp::Abs as usize].set(Some(|vm, v| Ok(vm.new_float(f(v).abs()))));
    s.unary[UnaryOp::Float as usize].set(Some(|vm, v| Ok(vm.new_float(f(v)))));
    s.unary[UnaryOp::Int as usize].set(Some(float_int));
    super::object::add_new_wrapper(vm, &t);
    super::add_method(vm, &t, "is_integer", |vm, a| {
        a.skip_self().none(vm, "float.is_integer")?;
        let x = f(&a.values[0]);
        Ok(Value::from_bool(x.is_finite() && x.fract() == 0.0))
    });
    super::add_method(vm, &t, "as_integer_ratio", float_as_integer_ratio);
    super::add_method(vm, &t, "hex", |vm, a| {
        Ok(vm.new_str(pyformat::float_hex(f(&a.values[0]))))
    });
    super::add_classmethod(vm, &t, "fromhex", float_fromhex);
    super::add_classmethod(vm, &t, "__getformat__", |vm, a| {
        let x = a.skip_self().exactly_one(vm, "float.__getformat__")?;
        let Some(s) = x.downcast::<StrData>() else {
            return Err(vm.type_error(format!(
                "__getformat__() argument must be str, not {}",
                vm.type_name(x)
            )));
        };
        match s.as_str() {
            "double" | "float" => Ok(vm.new_str(if cfg!(target_endian = "little") {
                "IEEE, little-endian"
            } else {
                "IEEE, big-endian"
            })),
            _ => Err(vm.value_error("__getformat__() argument 1 must be 'double' or 'float'")),
        }
    });
    super::add_method(vm, &t, "conjugate", |vm, a| {
        Ok(vm.new_float(f(&a.values[0])))
    });
    super::add_method(vm, &t, "__trunc__", |vm, a| float_int(vm, &a.values[0]));
    super::add_method(vm, &t, "__floor__", |vm, a| {
        let v = super::int::float_to_intval(vm, f(&a.values[0]).floor())?;
        Ok(super::int::new_int_val(vm, v))
    });
    super::add_method(vm, &t, "__ceil__", |vm, a| {
        let v = super::int::float_to_intval(vm, f(&a.values[0]).ceil())?;
        Ok(super::int::new_int_val(vm, v))
    });
    super::add_method(vm, &t, "__round__", float_round);
    super::add_method(vm, &t, "__format__", float_format);
    super::add_method(vm, &t, "__getnewargs__", |vm, a| {
        let v = vm.new_float(f(&a.values[0]));
        Ok(vm.new_tuple([v]))
    });
    super::add_getset(vm, &t, "real", Some(|vm, v| Ok(vm.new_float(f(v)))), None);
    super::add_getset(vm, &t, "imag", Some(|vm, _| Ok(vm.new_float(0.0))), None);
}

#[inline]
fn f(v: &Value) -> f64 {
    v.downcast::<FloatData>().map(|x| x.0).unwrap_or(0.0)
}

/// A float operand: floats, and ints converted (OverflowError if too big).
pub fn to_f64(vm: &Vm, v: &Value) -> Option<PyResult<f64>> {
    if let Some(x) = v.downcast::<FloatData>() {
        return Some(Ok(x.0));
    }
    as_int(v).map(|i| int_to_f64(vm, i))
}

fn float_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_str(pyformat::float_repr(f(v))))
}

pub fn hash_f64(x: f64, v: &Value) -> i64 {
    bytecode::set_order::hash_float(x).unwrap_or_else(|| bytecode::set_order::hash_pointer(v.raw()))
}

fn float_hash(_vm: &mut Vm, v: &Value) -> PyResult<i64> {
    Ok(hash_f64(f(v), v))
}

/// Exact comparison of a float with an int.
fn cmp_float_int(x: f64, i: IntRef) -> Option<std::cmp::Ordering> {
    if x.is_nan() {
        return None;
    }
    if let IntRef::Small(s) = i {
        if s.unsigned_abs() < (1u64 << 53) {
            return x.partial_cmp(&(s as f64));
        }
    }
    if x.is_infinite() {
        return Some(if x > 0.0 {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Less
        });
    }
    let t = x.trunc();
    let ti = pyformat::float::float_to_int(t).unwrap_or_default();
    let n = i.to_ibig();
    match ti.cmp(&n) {
        std::cmp::Ordering::Equal => {
            let frac = x - t;
            Some(if frac > 0.0 {
                std::cmp::Ordering::Greater
            } else if frac < 0.0 {
                std::cmp::Ordering::Less
            } else {
                std::cmp::Ordering::Equal
            })
        }
        o => Some(o),
    }
}

fn float_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let x = f(a);
    let o = if let Some(y) = b.downcast::<FloatData>() {
        x.partial_cmp(&y.0)
    } else if let Some(i) = as_int(b) {
        cmp_float_int(x, i)
    } else {
        return Ok(vm.not_implemented.clone());
    };
    Ok(Value::from_bool(match o {
        Some(o) => super::int::compare_result(o, op),
        None => op == CompareOp::Ne,
    }))
}

const NB: [crate::slots::BinFn; 13] = [
    |vm, a, b| float_binop(vm, a, b, BinOp::Add),
    |vm, a, b| float_binop(vm, a, b, BinOp::And),
    |vm, a, b| float_binop(vm, a, b, BinOp::FloorDiv),
    |vm, a, b| float_binop(vm, a, b, BinOp::Lshift),
    |vm, a, b| float_binop(vm, a, b, BinOp::MatMul),
    |vm, a, b| float_binop(vm, a, b, BinOp::Mul),
    |vm, a, b| float_binop(vm, a, b, BinOp::Mod),
    |vm, a, b| float_binop(vm, a, b, BinOp::Or),
    |vm, a, b| float_binop(vm, a, b, BinOp::Pow),
    |vm, a, b| float_binop(vm, a, b, BinOp::Rshift),
    |vm, a, b| float_binop(vm, a, b, BinOp::Sub),
    |vm, a, b| float_binop(vm, a, b, BinOp::TrueDiv),
    |vm, a, b| float_binop(vm, a, b, BinOp::Xor),
];

/// Python's float `divmod`: (floor quotient, remainder with the divisor's sign).
pub fn float_divmod_values(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut fd = div.floor();
        if div - fd > 0.5 {
            fd += 1.0;
        }
        fd
    } else {
        0f64.copysign(x / y)
    };
    (floordiv, m)
}

pub fn float_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (to_f64(vm, a), to_f64(vm, b)) else {
        return Ok(vm.not_implemented.clone());
    };
    let (x, y) = (x?, y?);
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return Err(vm.zero_division_error("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(vm.zero_division_error("float floor division by zero"));
            }
            float_divmod_values(x, y).0
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(vm.zero_division_error("float modulo"));
            }
            float_divmod_values(x, y).1
        }
        BinOp::Pow => return float_pow_values(vm, x, y),
        _ => return Ok(vm.not_implemented.clone()),
    };
    Ok(vm.new_float(r))
}

/// `x ** y` for floats, with CPython's special cases and errors.
pub fn float_pow_values(vm: &mut Vm, x: f64, y: f64) -> PyResult<Value> {
    if y == 0.0 {
        return Ok(vm.new_float(1.0));
    }
    if x.is_nan() {
        return Ok(vm.new_float(if y == 0.0 { 1.0 } else { x }));
    }
    if y.is_nan() {
        return Ok(vm.new_float(if x == 1.0 { 1.0 } else { y }));
    }
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(vm.zero_division_error("0.0 cannot be raised to a negative power"));
    }
    if x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0 {
        // A negative base with a fractional exponent gives a complex result.
        return super::complex::complex_pow(vm, (x, 0.0), (y, 0.0));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        let e = vm.new_exception_args(
            &vm.exc.OverflowError.clone(),
            vec![vm.new_int(34), vm.new_str("Numerical result out of range")],
        );
        return Err(e);
    }
    Ok(vm.new_float(r))
}

fn float_divmod(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (Some(x), Some(y)) = (to_f64(vm, a), to_f64(vm, b)) else {
        return Ok(vm.not_implemented.clone());
    };
    let (x, y) = (x?, y?);
    if y == 0.0 {
        return Err(vm.zero_division_error("float divmod()"));
    }
    let (d, m) = float_divmod_values(x, y);
    let t = vec![vm.new_float(d), vm.new_float(m)];
    Ok(vm.new_tuple(t))
}

fn float_int(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let i = super::int::float_to_intval(vm, f(v))?;
    Ok(super::int::new_int_val(vm, i))
}

pub fn float_of_type(vm: &Vm, ty: &TypeRef, x: f64) -> Value {
    if ty.is(&vm.types.float) {
        return vm.new_float(x);
    }
    alloc(ty, FloatData(x)).into_value()
}

/// `float(x)`.
pub fn to_float(vm: &mut Vm, x: &Value) -> PyResult<f64> {
    if let Some(v) = x.downcast::<FloatData>() {
        return Ok(v.0);
    }
    if let Some(i) = as_int(x) {
        return int_to_f64(vm, i);
    }
    if let Some(s) = x.downcast::<StrData>() {
        return pyformat::parse_float_or_error(s.as_str())
            .map_err(|e| super::str::format_error(vm, e));
    }
    if let Some(b) = x.downcast::<crate::objects::bytes::BytesData>() {
        let text = String::from_utf8_lossy(&b.bytes).into_owned();
        return match pyformat::parse_float(&text) {
            Some(v) => Ok(v),
            None => {
                let r = vm.repr_string(x)?;
                Err(vm.value_error(format!("could not convert string to float: {r}")))
            }
        };
    }
    let td = vm.type_data_of(x);
    if let Some(fl) = td.slots.unary[UnaryOp::Float as usize].get() {
        let r = fl(vm, x)?;
        return match r.downcast::<FloatData>() {
            Some(v) => Ok(v.0),
            None => Err(vm.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                vm.type_name(x),
                vm.type_name(&r)
            ))),
        };
    }
    if td.slots.unary[UnaryOp::Index as usize].get().is_some() {
        let i = super::int::index(vm, x)?;
        return match i.to_i64() {
            Some(s) => Ok(s as f64),
            None => pyformat::int_to_float(&i.to_ibig())
                .map_err(|_| vm.overflow_error("int too large to convert to float")),
        };
    }
    Err(vm.type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        vm.type_name(x)
    )))
}

fn float_new(vm: &mut Vm, ty: &TypeRef, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs(vm, "float")?;
    let a = args.unpack(vm, "float", 0, 1)?;
    let x = match a.first() {
        Some(x) => to_float(vm, x)?,
        None => 0.0,
    };
    Ok(float_of_type(vm, ty, x))
}

fn float_as_integer_ratio(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let x = f(&args.values[0]);
    if x.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    if x.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    let bits = x.to_bits();
    let negative = bits >> 63 == 1;
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    let (mut m, mut e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), exp - 1075)
    };
    if m == 0 {
        return Ok(vm.new_tuple([Value::small_int_unchecked(0), Value::small_int_unchecked(1)]));
    }
    while m & 1 == 0 && e < 0 {
        m >>= 1;
        e += 1;
    }
    let mut num = IBig::from(m);
    let mut den = IBig::ONE;
    if e > 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    if negative {
        num = -num;
    }
    let t = vec![vm.new_bigint(num), vm.new_bigint(den)];
    Ok(vm.new_tuple(t))
}

fn float_fromhex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = args.values[0].clone();
    let s = args.skip_self().exactly_one(vm, "fromhex")?;
    let Some(text) = s.downcast::<StrData>() else {
        // CPython reads the argument with PyUnicode_AsUTF8AndSize, whose failure is this.
        return Err(vm.type_error("bad argument type for built-in operation"));
    };
    let x = pyformat::float_fromhex(text.as_str()).map_err(|e| super::str::format_error(vm, e))?;
    let v = vm.new_float(x);
    if cls.is(vm.types.float.as_value()) {
        return Ok(v);
    }
    vm.call1(&cls, v)
}

fn float_round(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.skip_self().unpack(vm, "__round__", 0, 1)?;
    let x = f(&args.values[0]);
    match a.first().filter(|v| !v.is_none()) {
        None => {
            let r = pyformat::round_float_to_int(x).map_err(|e| super::str::format_error(vm, e))?;
            Ok(vm.new_bigint(r))
        }
        Some(nd) => {
            let nd = super::int::index(vm, nd)?;
            let nd = nd.to_i64().unwrap_or(if nd.is_negative() {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            });
            let r = pyformat::round_float(x, nd).map_err(|e| super::str::format_error(vm, e))?;
            Ok(vm.new_float(r))
        }
    }
}

fn float_format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let spec = args.skip_self().exactly_one(vm, "__format__")?;
    let Some(spec) = spec.downcast::<StrData>() else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(spec)
        )));
    };
    let x = f(&args.values[0]);
    if spec.as_str().is_empty() {
        return vm.str(&args.values[0]).map(|s| s.into_value());
    }
    let tn = vm.type_name(&args.values[0]);
    let r = pyformat::parse_format_spec(spec.as_str(), &tn)
        .and_then(|s| pyformat::format_float(x, &s, &tn));
    match r {
        Ok(s) => Ok(vm.new_str(s)),
        Err(e) => Err(super::str::format_error(vm, e)),
    }
}

pub fn _unused(_: &ComplexData) {}

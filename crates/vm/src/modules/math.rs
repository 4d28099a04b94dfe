//! `math`.

#[allow(unused_imports)]
use dashu_int::ops::{Abs, BitTest, UnsignedAbs};
use dashu_int::IBig;

use crate::object::PyRef;
use crate::objects::module::ModuleData;
use crate::objects::native::Args;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) -> PyResult<PyRef<ModuleData>> {
    let m = vm.new_module("math");
    let v = vm.new_float(std::f64::consts::PI);
    super::set(vm, &m, "pi", v);
    let v = vm.new_float(std::f64::consts::E);
    super::set(vm, &m, "e", v);
    let v = vm.new_float(std::f64::consts::TAU);
    super::set(vm, &m, "tau", v);
    let v = vm.new_float(f64::INFINITY);
    super::set(vm, &m, "inf", v);
    let v = vm.new_float(f64::NAN);
    super::set(vm, &m, "nan", v);
    macro_rules! f1 {
        ($name:literal, $f:expr) => {
            ($name, |vm: &mut Vm, a: Args<'_>| -> PyResult<Value> {
                let x = arg_f64(vm, a.exactly_one(vm, concat!("math.", $name))?)?;
                let f: fn(f64) -> Option<f64> = $f;
                match f(x) {
                    Some(r) if r.is_finite() || !x.is_finite() => Ok(vm.new_float(r)),
                    Some(_) => Err(vm.overflow_error("math range error")),
                    None => Err(vm.value_error("math domain error")),
                }
            } as crate::objects::native::NativeFn)
        };
    }
    let funcs: Vec<(&'static str, crate::objects::native::NativeFn)> = vec![
        f1!("sqrt", |x| if x < 0.0 { None } else { Some(x.sqrt()) }),
        f1!("exp", |x| Some(x.exp())),
        f1!("sin", |x| if x.is_infinite() {
            None
        } else {
            Some(x.sin())
        }),
        f1!("cos", |x| if x.is_infinite() {
            None
        } else {
            Some(x.cos())
        }),
        f1!("tan", |x| if x.is_infinite() {
            None
        } else {
            Some(x.tan())
        }),
        f1!("asin", |x| if !(-1.0..=1.0).contains(&x) {
            None
        } else {
            Some(x.asin())
        }),
        f1!("acos", |x| if !(-1.0..=1.0).contains(&x) {
            None
        } else {
            Some(x.acos())
        }),
        f1!("atan", |x| Some(x.atan())),
        f1!("sinh", |x| Some(x.sinh())),
        f1!("cosh", |x| Some(x.cosh())),
        f1!("tanh", |x| Some(x.tanh())),
        f1!("fabs", |x| Some(x.abs())),
        f1!("degrees", |x| Some(x.to_degrees())),
        f1!("radians", |x| Some(x.to_radians())),
        f1!("log2", |x| if x <= 0.0 { None } else { Some(x.log2()) }),
        f1!("log10", |x| if x <= 0.0 { None } else { Some(x.log10()) }),
        f1!("log1p", |x| if x <= -1.0 { None } else { Some(x.ln_1p()) }),
        f1!("expm1", |x| Some(x.exp_m1())),
        ("floor", |vm, a| {
            round_fn(vm, a, "floor", "__floor__", f64::floor)
        }),
        ("ceil", |vm, a| {
            round_fn(vm, a, "ceil", "__ceil__", f64::ceil)
        }),
        ("trunc", |vm, a| {
            let x = a.exactly_one(vm, "trunc")?.clone();
            let n = vm.names.__trunc__.clone();
            match vm.call_special(&x, &n, &[])? {
                Some(v) => Ok(v),
                None => Err(vm.type_error(format!(
                    "type {} doesn't define __trunc__ method",
                    vm.type_name(&x)
                ))),
            }
        }),
        ("log", |vm, a| {
            let r = a.unpack(vm, "log", 1, 2)?;
            let ln = |vm: &mut Vm, v: &Value| -> PyResult<f64> {
                if let Some(i) = crate::builtin_impls::int::as_int(v) {
                    let b = i.to_ibig();
                    if b <= IBig::ZERO {
                        return Err(vm.value_error("math domain error"));
                    }
                    if let Ok(f) = pyformat::int_to_float(&b) {
                        return Ok(f.ln());
                    }
                    let bits = b.bit_len();
                    let shifted = pyformat::int_to_float(&(b >> (bits - 60))).unwrap_or(1.0);
                    return Ok(shifted.ln() + ((bits - 60) as f64) * std::f64::consts::LN_2);
                }
                let x = arg_f64(vm, v)?;
                if x <= 0.0 {
                    return Err(vm.value_error("math domain error"));
                }
                Ok(x.ln())
            };
            let num = ln(vm, &r[0])?;
            match r.get(1) {
                Some(b) => {
                    let den = ln(vm, b)?;
                    if den == 0.0 {
                        return Err(vm.zero_division_error("float division by zero"));
                    }
                    Ok(vm.new_float(num / den))
                }
                None => Ok(vm.new_float(num)),
            }
        }),
        ("pow", |vm, a| {
            let r = a.unpack(vm, "pow", 2, 2)?;
            let (x, y) = (arg_f64(vm, &r[0])?, arg_f64(vm, &r[1])?);
            if x == 0.0 && y < 0.0 {
                return Err(vm.value_error("math domain error"));
            }
            if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
                return Err(vm.value_error("math domain error"));
            }
            let p = x.powf(y);
            if p.is_infinite() && x.is_finite() && y.is_finite() {
                return Err(vm.overflow_error("math range error"));
            }
            Ok(vm.new_float(p))
        }),
        ("atan2", |vm, a| {
            let r = a.unpack(vm, "atan2", 2, 2)?;
            let (y, x) = (arg_f64(vm, &r[0])?, arg_f64(vm, &r[1])?);
            Ok(vm.new_float(y.atan2(x)))
        }),
        ("hypot", |vm, a| {
            let mut acc = 0f64;
            for x in a.pos() {
                let v = arg_f64(vm, x)?;
                acc = acc.hypot(v);
            }
            Ok(vm.new_float(acc))
        }),
        ("copysign", |vm, a| {
            let r = a.unpack(vm, "copysign", 2, 2)?;
            let (x, y) = (arg_f64(vm, &r[0])?, arg_f64(vm, &r[1])?);
            Ok(vm.new_float(x.copysign(y)))
        }),
        ("fmod", |vm, a| {
            let r = a.unpack(vm, "fmod", 2, 2)?;
            let (x, y) = (arg_f64(vm, &r[0])?, arg_f64(vm, &r[1])?);
            if y == 0.0 || x.is_infinite() {
                return Err(vm.value_error("math domain error"));
            }
            Ok(vm.new_float(x % y))
        }),
        ("isnan", |vm, a| {
            Ok(Value::from_bool(
                arg_f64(vm, a.exactly_one(vm, "isnan")?)?.is_nan(),
            ))
        }),
        ("isinf", |vm, a| {
            Ok(Value::from_bool(
                arg_f64(vm, a.exactly_one(vm, "isinf")?)?.is_infinite(),
            ))
        }),
        ("isfinite", |vm, a| {
            Ok(Value::from_bool(
                arg_f64(vm, a.exactly_one(vm, "isfinite")?)?.is_finite(),
            ))
        }),
        ("isclose", |vm, a| {
            let r = a.parse(vm, "isclose", &["a", "b", "rel_tol", "abs_tol"], 2)?;
            let x = arg_f64(vm, r[0].as_ref().expect("a"))?;
            let y = arg_f64(vm, r[1].as_ref().expect("b"))?;
            let rel = match &r[2] {
                Some(v) => arg_f64(vm, v)?,
                None => 1e-9,
            };
            let abs = match &r[3] {
                Some(v) => arg_f64(vm, v)?,
                None => 0.0,
            };
            if rel < 0.0 || abs < 0.0 {
                return Err(vm.value_error("tolerances must be non-negative"));
            }
            if x == y {
                return Ok(Value::TRUE);
            }
            if x.is_infinite() || y.is_infinite() {
                return Ok(Value::FALSE);
            }
            let d = (x - y).abs();
            Ok(Value::from_bool(
                d <= (rel * y).abs() || d <= (rel * x).abs() || d <= abs,
            ))
        }),
        ("gcd", |vm, a| {
            let mut g = IBig::ZERO;
            for x in a.pos().to_vec() {
                let v = crate::builtin_impls::int::index(vm, &x)?.to_ibig();
                g = gcd(g, v);
            }
            Ok(vm.new_bigint(g))
        }),
        ("lcm", |vm, a| {
            let mut l = IBig::ONE;
            for x in a.pos().to_vec() {
                let v = crate::builtin_impls::int::index(vm, &x)?.to_ibig();
                if v == IBig::ZERO {
                    return Ok(vm.new_int(0));
                }
                let g = gcd(l.clone(), v.clone());
                l = (&l * &v / g).abs();
            }
            Ok(vm.new_bigint(l))
        }),
        ("factorial", |vm, a| {
            let x = a.exactly_one(vm, "factorial")?.clone();
            if x.downcast::<crate::objects::float::FloatData>().is_some() {
                return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
            }
            let n = crate::builtin_impls::int::index(vm, &x)?;
            let n = n.to_i64().ok_or_else(|| {
                vm.overflow_error("factorial() argument should not exceed 9223372036854775807")
            })?;
            if n < 0 {
                return Err(vm.value_error("factorial() not defined for negative values"));
            }
            let mut acc = IBig::ONE;
            for i in 2..=n {
                acc *= IBig::from(i);
            }
            Ok(vm.new_bigint(acc))
        }),
        ("comb", |vm, a| {
            let r = a.unpack(vm, "comb", 2, 2)?;
            let n = crate::builtin_impls::int::index(vm, &r[0])?.to_ibig();
            let k = crate::builtin_impls::int::index(vm, &r[1])?.to_ibig();
            if n < IBig::ZERO {
                return Err(vm.value_error("n must be a non-negative integer"));
            }
            if k < IBig::ZERO {
                return Err(vm.value_error("k must be a non-negative integer"));
            }
            if k > n {
                return Ok(vm.new_int(0));
            }
            let k = i64::try_from(&k)
                .unwrap_or(0)
                .min(i64::try_from(&(&n - &k)).unwrap_or(i64::MAX));
            let mut acc = IBig::ONE;
            for i in 0..k {
                acc = acc * (&n - IBig::from(i)) / IBig::from(i + 1);
            }
            Ok(vm.new_bigint(acc))
        }),
        ("perm", |vm, a| {
            let r = a.unpack(vm, "perm", 1, 2)?;
            let n = crate::builtin_impls::int::index(vm, &r[0])?.to_ibig();
            let k = match r.get(1).filter(|v| !v.is_none()) {
                Some(k) => crate::builtin_impls::int::index(vm, k)?.to_ibig(),
                None => n.clone(),
            };
            if n < IBig::ZERO {
                return Err(vm.value_error("n must be a non-negative integer"));
            }
            if k < IBig::ZERO {
                return Err(vm.value_error("k must be a non-negative integer"));
            }
            if k > n {
                return Ok(vm.new_int(0));
            }
            let k = i64::try_from(&k).unwrap_or(0);
            let mut acc = IBig::ONE;
            for i in 0..k {
                acc *= &n - IBig::from(i);
            }
            Ok(vm.new_bigint(acc))
        }),
        ("isqrt", |vm, a| {
            let x = a.exactly_one(vm, "isqrt")?.clone();
            let n = crate::builtin_impls::int::index(vm, &x)?.to_ibig();
            if n < IBig::ZERO {
                return Err(vm.value_error("isqrt() argument must be nonnegative"));
            }
            Ok(vm.new_bigint(isqrt(&n)))
        }),
        ("prod", |vm, a| {
            let r = a.parse_with(vm, "prod", &["iterable", "start"], 1, 1)?;
            let mut acc = r[1].clone().unwrap_or(Value::small_int_unchecked(1));
            let it = vm.iter(r[0].as_ref().expect("required"))?;
            while let Some(x) = vm.next(&it)? {
                acc = vm.binary_op(&acc, &x, crate::slots::BinOp::Mul)?;
            }
            Ok(acc)
        }),
        ("fsum", |vm, a| {
            let x = a.exactly_one(vm, "fsum")?.clone();
            let items = vm.collect(&x)?;
            let mut partials: Vec<f64> = Vec::new();
            for it in items {
                let mut v = arg_f64(vm, &it)?;
                let mut i = 0;
                for j in 0..partials.len() {
                    let mut y = partials[j];
                    if v.abs() < y.abs() {
                        std::mem::swap(&mut v, &mut y);
                    }
                    let hi = v + y;
                    let lo = y - (hi - v);
                    if lo != 0.0 {
                        partials[i] = lo;
                        i += 1;
                    }
                    v = hi;
                }
                partials.truncate(i);
                partials.push(v);
            }
            Ok(vm.new_float(partials.iter().sum()))
        }),
        ("modf", |vm, a| {
            let x = arg_f64(vm, a.exactly_one(vm, "modf")?)?;
            let (f, i) = if x.is_infinite() {
                (0f64.copysign(x), x)
            } else {
                (x.fract(), x.trunc())
            };
            Ok(vm.new_tuple(vec![vm.new_float(f), vm.new_float(i)]))
        }),
        ("frexp", |vm, a| {
            let x = arg_f64(vm, a.exactly_one(vm, "frexp")?)?;
            if x == 0.0 || !x.is_finite() {
                return Ok(vm.new_tuple(vec![vm.new_float(x), vm.new_int(0)]));
            }
            let mut e = x.abs().log2().floor() as i32 + 1;
            let mut m = x / 2f64.powi(e);
            if m.abs() >= 1.0 {
                m /= 2.0;
                e += 1;
            } else if m.abs() < 0.5 {
                m *= 2.0;
                e -= 1;
            }
            Ok(vm.new_tuple(vec![vm.new_float(m), vm.new_int(e as i64)]))
        }),
        ("ldexp", |vm, a| {
            let r = a.unpack(vm, "ldexp", 2, 2)?;
            let x = arg_f64(vm, &r[0])?;
            let e = crate::builtin_impls::int::index_isize(vm, &r[1])?;
            let v = x * 2f64.powi(e.clamp(-2000, 2000) as i32);
            if v.is_infinite() && x.is_finite() {
                return Err(vm.overflow_error("math range error"));
            }
            Ok(vm.new_float(v))
        }),
    ];
    super::add_functions(vm, &m, &funcs);
    Ok(m)
}

fn gcd(mut a: IBig, mut b: IBig) -> IBig {
    a = a.abs();
    b = b.abs();
    while b != IBig::ZERO {
        let t = &a % &b;
        a = std::mem::replace(&mut b, t);
    }
    a
}

fn isqrt(n: &IBig) -> IBig {
    if *n < IBig::from(2) {
        return n.clone();
    }
    let mut x = IBig::ONE << (n.bit_len() / 2 + 1);
    loop {
        let y = (&x + n / &x) >> 1;
        if y >= x {
            return x;
        }
        x = y;
    }
}

pub fn arg_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(r) = crate::builtin_impls::float::to_f64(vm, v) {
        return r;
    }
    let n = vm.names.__float__.clone();
    if let Some(f) = vm.call_special(v, &n, &[])? {
        if let Some(x) = f.downcast::<crate::objects::float::FloatData>() {
            return Ok(x.0);
        }
    }
    let n = vm.names.__index__.clone();
    if vm.type_of(v).lookup(&n).is_some() {
        let i = crate::builtin_impls::int::index(vm, v)?;
        return Ok(i.to_i64().map(|x| x as f64).unwrap_or(f64::INFINITY));
    }
    Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v))))
}

fn round_fn(
    vm: &mut Vm,
    a: Args<'_>,
    name: &str,
    dunder: &str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    let x = a.exactly_one(vm, name)?.clone();
    if crate::builtin_impls::int::as_int(&x).is_some() {
        let i = crate::builtin_impls::int::to_int(vm, &x)?;
        return Ok(crate::builtin_impls::int::new_int_val(vm, i));
    }
    if x.downcast::<crate::objects::float::FloatData>().is_none() {
        let n = vm.intern(dunder);
        if let Some(r) = vm.call_special(&x, &n, &[])? {
            return Ok(r);
        }
    }
    let v = arg_f64(vm, &x)?;
    let i = crate::builtin_impls::int::float_to_intval(vm, f(v))?;
    Ok(crate::builtin_impls::int::new_int_val(vm, i))
}

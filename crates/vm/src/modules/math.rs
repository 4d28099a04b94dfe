//! `math`: CPython 3.11's module. Special values and errors follow its rules: a NaN result
//! from a non-NaN argument is "math domain error" (ValueError), an infinite result from a
//! finite argument is "math range error" (OverflowError) for the functions that can overflow
//! and a domain error for the others. Functions whose exact bits matter and that CPython
//! computes itself (`gamma`, `lgamma`, `hypot`/`dist`, `fsum`) are reimplemented after its
//! algorithms; the rest call the C library as CPython does.

#[allow(unused_imports)]
use dashu_int::ops::{Abs, BitTest, UnsignedAbs};
use dashu_int::IBig;

use crate::builtin_impls::int::{as_int, index};
use crate::object::PyRef;
use crate::objects::float::FloatData;
use crate::objects::module::ModuleData;
use crate::objects::native::{Args, NativeFn};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

mod libm {
    extern "C" {
        pub fn erf(x: f64) -> f64;
        pub fn dlsym(
            handle: *mut std::ffi::c_void,
            name: *const std::ffi::c_char,
        ) -> *mut std::ffi::c_void;
        pub fn erfc(x: f64) -> f64;
        pub fn asinh(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
        pub fn nextafter(x: f64, y: f64) -> f64;
        pub fn remainder(x: f64, y: f64) -> f64;
        pub fn ldexp(x: f64, e: i32) -> f64;
        pub fn fmod(x: f64, y: f64) -> f64;
    }
}

fn erf(x: f64) -> f64 {
    // SAFETY: a pure libm function.
    unsafe { libm::erf(x) }
}
/// The C library's `cbrt`, looked up at run time: Rust's `compiler_builtins` links its own
/// (musl's) `cbrt` into the binary, whose last bit differs from glibc's for some arguments.
fn cbrt(x: f64) -> f64 {
    static F: std::sync::OnceLock<Option<extern "C" fn(f64) -> f64>> = std::sync::OnceLock::new();
    let f = F.get_or_init(|| {
        // SAFETY: RTLD_DEFAULT (null) lookup of a C function with this signature.
        let p = unsafe { libm::dlsym(std::ptr::null_mut(), c"cbrt".as_ptr()) };
        // SAFETY: `cbrt` is `double cbrt(double)`.
        (!p.is_null()).then(|| unsafe {
            std::mem::transmute::<*mut std::ffi::c_void, extern "C" fn(f64) -> f64>(p)
        })
    });
    match f {
        Some(f) => f(x),
        None => x.cbrt(),
    }
}
fn erfc(x: f64) -> f64 {
    // SAFETY: a pure libm function.
    unsafe { libm::erfc(x) }
}
fn asinh(x: f64) -> f64 {
    // SAFETY: a pure libm function.
    unsafe { libm::asinh(x) }
}
fn acosh(x: f64) -> f64 {
    // SAFETY: a pure libm function.
    unsafe { libm::acosh(x) }
}
fn atanh(x: f64) -> f64 {
    // SAFETY: a pure libm function.
    unsafe { libm::atanh(x) }
}
pub fn nextafter(x: f64, y: f64) -> f64 {
    // SAFETY: a pure libm function.
    unsafe { libm::nextafter(x, y) }
}
fn c_remainder(x: f64, y: f64) -> f64 {
    // SAFETY: a pure libm function.
    unsafe { libm::remainder(x, y) }
}
fn c_ldexp(x: f64, e: i32) -> f64 {
    // SAFETY: a pure libm function.
    unsafe { libm::ldexp(x, e) }
}
fn c_fmod(x: f64, y: f64) -> f64 {
    // SAFETY: a pure libm function.
    unsafe { libm::fmod(x, y) }
}

/// How a one-argument function reports an infinite result from a finite argument.
#[derive(Clone, Copy, PartialEq)]
enum Inf {
    Domain,
    Range,
}

/// An error reported through C's errno in CPython (`is_error`).
#[derive(Clone, Copy, PartialEq)]
enum Errno {
    Ok,
    Dom,
    Range,
}

fn domain(vm: &Vm) -> crate::vm::Exc {
    vm.value_error("math domain error")
}

fn range(vm: &Vm) -> crate::vm::Exc {
    vm.overflow_error("math range error")
}

/// CPython's `is_error` after errno was set: underflows (|r| < 1.5) are not errors.
fn check_errno(vm: &Vm, r: f64, e: Errno) -> PyResult<f64> {
    match e {
        Errno::Ok => Ok(r),
        Errno::Dom => Err(domain(vm)),
        Errno::Range if r.abs() < 1.5 => Ok(r),
        Errno::Range => Err(range(vm)),
    }
}

fn math_1(vm: &mut Vm, a: Args<'_>, name: &str, f: fn(f64) -> f64, inf: Inf) -> PyResult<Value> {
    let x = arg_f64(vm, a.exactly_one(vm, name)?)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if inf == Inf::Range {
            range(vm)
        } else {
            domain(vm)
        });
    }
    Ok(vm.new_float(r))
}

/// `math_1a`: the function sets its own errno.
fn math_1a(vm: &mut Vm, a: Args<'_>, name: &str, f: fn(f64) -> (f64, Errno)) -> PyResult<Value> {
    let x = arg_f64(vm, a.exactly_one(vm, name)?)?;
    let (r, e) = f(x);
    let r = check_errno(vm, r, e)?;
    Ok(vm.new_float(r))
}

fn two_f64(vm: &mut Vm, a: Args<'_>, name: &str) -> PyResult<(f64, f64)> {
    let r = a.unpack(vm, name, 2, 2)?;
    let x = arg_f64(vm, &r[0])?;
    let y = arg_f64(vm, &r[1])?;
    Ok((x, y))
}

macro_rules! f1 {
    ($name:literal, $f:expr, $inf:expr) => {
        ($name, |vm: &mut Vm, a: Args<'_>| -> PyResult<Value> {
            math_1(vm, a, concat!("math.", $name), $f, $inf)
        } as NativeFn)
    };
}

macro_rules! f1a {
    ($name:literal, $f:expr) => {
        ($name, |vm: &mut Vm, a: Args<'_>| -> PyResult<Value> {
            math_1a(vm, a, concat!("math.", $name), $f)
        } as NativeFn)
    };
}

pub fn init(vm: &mut Vm) -> PyResult<PyRef<ModuleData>> {
    let m = vm.new_module("math");
    for (name, x) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        let v = vm.new_float(x);
        super::set(vm, &m, name, v);
    }
    use Inf::{Domain, Range};
    let funcs: Vec<(&'static str, NativeFn)> = vec![
        f1!("acos", f64::acos, Domain),
        f1!("acosh", acosh, Domain),
        f1!("asin", f64::asin, Domain),
        f1!("asinh", asinh, Domain),
        f1!("atan", f64::atan, Domain),
        f1!("atanh", atanh, Domain),
        f1!("cbrt", cbrt, Domain),
        f1!("cos", f64::cos, Domain),
        f1!("cosh", f64::cosh, Range),
        f1a!("erf", |x| (erf(x), Errno::Ok)),
        f1a!("erfc", |x| (erfc(x), Errno::Ok)),
        f1!("exp", f64::exp, Range),
        f1!("exp2", f64::exp2, Range),
        f1!("expm1", f64::exp_m1, Range),
        f1!("fabs", f64::abs, Domain),
        f1a!("gamma", tgamma),
        f1a!("lgamma", lgamma),
        f1!("sin", f64::sin, Domain),
        f1!("sinh", f64::sinh, Range),
        f1!("sqrt", f64::sqrt, Domain),
        f1!("tan", f64::tan, Domain),
        f1!("tanh", f64::tanh, Domain),
        ("degrees", |vm, a| {
            let x = arg_f64(vm, a.exactly_one(vm, "math.degrees")?)?;
            Ok(vm.new_float(x * (180.0 / std::f64::consts::PI)))
        }),
        ("radians", |vm, a| {
            let x = arg_f64(vm, a.exactly_one(vm, "math.radians")?)?;
            Ok(vm.new_float(x * (std::f64::consts::PI / 180.0)))
        }),
        ("log", |vm, a| {
            if a.has_kwargs() {
                return Err(vm.type_error("log() takes no keyword arguments"));
            }
            let p = a.pos();
            if p.is_empty() || p.len() > 2 {
                return Err(vm.type_error("math.log requires 1 to 2 arguments"));
            }
            let num = loghelper(vm, &p[0], f64::ln)?;
            if let Some(b) = p.get(1) {
                let den = loghelper(vm, b, f64::ln)?;
                if den == 0.0 {
                    return Err(vm.zero_division_error("float division by zero"));
                }
                return Ok(vm.new_float(num / den));
            }
            Ok(vm.new_float(num))
        }),
        ("log2", |vm, a| {
            let x = a.exactly_one(vm, "math.log2")?;
            let r = loghelper(vm, x, f64::log2)?;
            Ok(vm.new_float(r))
        }),
        ("log10", |vm, a| {
            let x = a.exactly_one(vm, "math.log10")?;
            let r = loghelper(vm, x, f64::log10)?;
            Ok(vm.new_float(r))
        }),
        f1!("log1p", |x| if x == 0.0 { x } else { x.ln_1p() }, Domain),
        ("floor", |vm, a| {
            round_fn(vm, a, "math.floor", "__floor__", f64::floor)
        }),
        ("ceil", |vm, a| {
            round_fn(vm, a, "math.ceil", "__ceil__", f64::ceil)
        }),
        ("trunc", |vm, a| {
            let x = a.exactly_one(vm, "math.trunc")?.clone();
            if let Some(f) = exact_float(vm, &x) {
                let i = crate::builtin_impls::int::float_to_intval(vm, f.trunc())?;
                return Ok(crate::builtin_impls::int::new_int_val(vm, i));
            }
            let n = vm.names.__trunc__.clone();
            match vm.call_special(&x, &n, &[])? {
                Some(v) => Ok(v),
                None => Err(vm.type_error(format!(
                    "type {} doesn't define __trunc__ method",
                    vm.type_name(&x)
                ))),
            }
        }),
        ("pow", |vm, a| {
            let (x, y) = two_f64(vm, a, "pow")?;
            let (r, e) = pow(x, y);
            let r = check_errno(vm, r, e)?;
            Ok(vm.new_float(r))
        }),
        ("atan2", |vm, a| {
            let (y, x) = two_f64(vm, a, "atan2")?;
            let r = y.atan2(x);
            if r.is_nan() && !x.is_nan() && !y.is_nan() {
                return Err(domain(vm));
            }
            Ok(vm.new_float(r))
        }),
        ("hypot", |vm, a| {
            if a.has_kwargs() {
                return Err(vm.type_error("hypot() takes no keyword arguments"));
            }
            let mut v = Vec::with_capacity(a.pos().len());
            for x in a.pos() {
                v.push(arg_f64(vm, x)?.abs());
            }
            Ok(vm.new_float(vector_norm(v)))
        }),
        ("dist", |vm, a| {
            let r = a.unpack(vm, "dist", 2, 2)?;
            let p = as_tuple_items(vm, &r[0])?;
            let q = as_tuple_items(vm, &r[1])?;
            if p.len() != q.len() {
                return Err(vm.value_error("both points must have the same number of dimensions"));
            }
            let mut v = Vec::with_capacity(p.len());
            for (x, y) in p.iter().zip(q.iter()) {
                let x = arg_f64(vm, x)?;
                let y = arg_f64(vm, y)?;
                v.push((x - y).abs());
            }
            Ok(vm.new_float(vector_norm(v)))
        }),
        ("copysign", |vm, a| {
            let (x, y) = two_f64(vm, a, "copysign")?;
            Ok(vm.new_float(x.copysign(y)))
        }),
        ("fmod", |vm, a| {
            let (x, y) = two_f64(vm, a, "fmod")?;
            if y.is_infinite() && x.is_finite() {
                return Ok(vm.new_float(x));
            }
            let r = c_fmod(x, y);
            if r.is_nan() && !x.is_nan() && !y.is_nan() {
                return Err(domain(vm));
            }
            Ok(vm.new_float(r))
        }),
        ("remainder", |vm, a| {
            let (x, y) = two_f64(vm, a, "remainder")?;
            let r = if x.is_nan() {
                x
            } else if y.is_nan() {
                y
            } else if x.is_infinite() || y == 0.0 {
                return Err(domain(vm));
            } else if y.is_infinite() {
                x
            } else {
                c_remainder(x, y)
            };
            Ok(vm.new_float(r))
        }),
        ("nextafter", |vm, a| {
            let (x, y) = two_f64(vm, a, "nextafter")?;
            Ok(vm.new_float(nextafter(x, y)))
        }),
        ("ulp", |vm, a| {
            let x = arg_f64(vm, a.exactly_one(vm, "math.ulp")?)?;
            Ok(vm.new_float(ulp(x)))
        }),
        ("isnan", |vm, a| {
            let x = arg_f64(vm, a.exactly_one(vm, "math.isnan")?)?;
            Ok(Value::from_bool(x.is_nan()))
        }),
        ("isinf", |vm, a| {
            let x = arg_f64(vm, a.exactly_one(vm, "math.isinf")?)?;
            Ok(Value::from_bool(x.is_infinite()))
        }),
        ("isfinite", |vm, a| {
            let x = arg_f64(vm, a.exactly_one(vm, "math.isfinite")?)?;
            Ok(Value::from_bool(x.is_finite()))
        }),
        ("isclose", |vm, a| {
            if a.pos().len() > 2 {
                return Err(vm.type_error(format!(
                    "isclose() takes exactly 2 positional arguments ({} given)",
                    a.pos().len()
                )));
            }
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
            let d = (y - x).abs();
            Ok(Value::from_bool(
                d <= (rel * y).abs() || d <= (rel * x).abs() || d <= abs,
            ))
        }),
        ("gcd", |vm, a| {
            if a.has_kwargs() {
                return Err(vm.type_error("gcd() takes no keyword arguments"));
            }
            let mut g = IBig::ZERO;
            for x in a.pos().to_vec() {
                let v = index(vm, &x)?.to_ibig();
                g = gcd(g, v);
            }
            Ok(vm.new_bigint(g))
        }),
        ("lcm", |vm, a| {
            if a.has_kwargs() {
                return Err(vm.type_error("lcm() takes no keyword arguments"));
            }
            let mut l = IBig::ONE;
            let mut zero = false;
            for x in a.pos().to_vec() {
                let v = index(vm, &x)?.to_ibig();
                if zero {
                    continue;
                }
                if v == IBig::ZERO {
                    zero = true;
                    continue;
                }
                let g = gcd(l.clone(), v.clone());
                l = (&l / g * &v).abs();
            }
            if zero {
                return Ok(vm.new_int(0));
            }
            Ok(vm.new_bigint(l))
        }),
        ("factorial", |vm, a| {
            let x = a.exactly_one(vm, "math.factorial")?.clone();
            let n = index(vm, &x)?;
            let Some(n) = n.to_i64() else {
                if n.to_ibig() < IBig::ZERO {
                    return Err(vm.value_error("factorial() not defined for negative values"));
                }
                return Err(
                    vm.overflow_error("factorial() argument should not exceed 9223372036854775807")
                );
            };
            if n < 0 {
                return Err(vm.value_error("factorial() not defined for negative values"));
            }
            Ok(vm.new_bigint(range_product(1, n as u64)))
        }),
        ("comb", |vm, a| {
            let r = a.unpack(vm, "comb", 2, 2)?;
            let n = index(vm, &r[0])?.to_ibig();
            let k = index(vm, &r[1])?.to_ibig();
            if n < IBig::ZERO {
                return Err(vm.value_error("n must be a non-negative integer"));
            }
            if k < IBig::ZERO {
                return Err(vm.value_error("k must be a non-negative integer"));
            }
            if k > n {
                return Ok(vm.new_int(0));
            }
            let k = std::cmp::min(k.clone(), &n - &k);
            let Ok(k) = i64::try_from(&k) else {
                return Err(vm.overflow_error("min(n - k, k) must not exceed 9223372036854775807"));
            };
            let mut acc = IBig::ONE;
            for i in 0..k {
                acc = acc * (&n - IBig::from(i)) / IBig::from(i + 1);
            }
            Ok(vm.new_bigint(acc))
        }),
        ("perm", |vm, a| {
            let r = a.unpack(vm, "perm", 1, 2)?;
            let n = index(vm, &r[0])?.to_ibig();
            let k = match r.get(1).filter(|v| !v.is_none()) {
                Some(k) => Some(index(vm, k)?.to_ibig()),
                None => None,
            };
            let k = match k {
                Some(k) => k,
                None => {
                    if n < IBig::ZERO {
                        return Err(vm.value_error("factorial() not defined for negative values"));
                    }
                    let Ok(n) = u64::try_from(&n) else {
                        return Err(vm.overflow_error(
                            "factorial() argument should not exceed 9223372036854775807",
                        ));
                    };
                    return Ok(vm.new_bigint(range_product(1, n)));
                }
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
            let Ok(k) = i64::try_from(&k) else {
                return Err(vm.overflow_error("k must not exceed 9223372036854775807"));
            };
            let mut acc = IBig::ONE;
            for i in 0..k {
                acc *= &n - IBig::from(i);
            }
            Ok(vm.new_bigint(acc))
        }),
        ("isqrt", |vm, a| {
            let x = a.exactly_one(vm, "math.isqrt")?.clone();
            let n = index(vm, &x)?.to_ibig();
            if n < IBig::ZERO {
                return Err(vm.value_error("isqrt() argument must be nonnegative"));
            }
            Ok(vm.new_bigint(isqrt(&n)))
        }),
        ("prod", |vm, a| {
            if a.pos().len() != 1 {
                return Err(vm.type_error(format!(
                    "prod() takes exactly 1 positional argument ({} given)",
                    a.pos().len()
                )));
            }
            let r = a.parse_with(vm, "prod", &["iterable", "start"], 1, 1)?;
            let mut acc = r[1].clone().unwrap_or(Value::small_int_unchecked(1));
            let it = vm.iter(r[0].as_ref().expect("required"))?;
            while let Some(x) = vm.next(&it)? {
                acc = vm.binary_op(&acc, &x, crate::slots::BinOp::Mul)?;
            }
            Ok(acc)
        }),
        ("fsum", |vm, a| {
            let x = a.exactly_one(vm, "math.fsum")?.clone();
            let it = vm.iter(&x)?;
            let mut sum = Fsum::default();
            while let Some(v) = vm.next(&it)? {
                let f = arg_f64(vm, &v)?;
                if !sum.add(f) {
                    return Err(vm.overflow_error("intermediate overflow in fsum"));
                }
            }
            match sum.result() {
                Some(r) => Ok(vm.new_float(r)),
                None => Err(vm.value_error("-inf + inf in fsum")),
            }
        }),
        ("modf", |vm, a| {
            let x = arg_f64(vm, a.exactly_one(vm, "math.modf")?)?;
            let (f, i) = if x.is_infinite() {
                (0f64.copysign(x), x)
            } else {
                ((x - x.trunc()).copysign(x), x.trunc())
            };
            Ok(vm.new_tuple([vm.new_float(f), vm.new_float(i)]))
        }),
        ("frexp", |vm, a| {
            let x = arg_f64(vm, a.exactly_one(vm, "math.frexp")?)?;
            let (m, e) = frexp(x);
            Ok(vm.new_tuple([vm.new_float(m), vm.new_int(e as i64)]))
        }),
        ("ldexp", |vm, a| {
            let r = a.unpack(vm, "ldexp", 2, 2)?;
            let x = arg_f64(vm, &r[0])?;
            let Some(e) = as_int(&r[1]) else {
                return Err(vm.type_error("Expected an int as second argument to ldexp."));
            };
            let e = e.to_i64().unwrap_or(if e.to_ibig() < IBig::ZERO {
                i64::MIN
            } else {
                i64::MAX
            });
            let v = if x == 0.0 || !x.is_finite() {
                x
            } else if e > i32::MAX as i64 {
                return Err(range(vm));
            } else if e < i32::MIN as i64 {
                0f64.copysign(x)
            } else {
                let r = c_ldexp(x, e as i32);
                if r.is_infinite() {
                    return Err(range(vm));
                }
                r
            };
            Ok(vm.new_float(v))
        }),
    ];
    super::add_functions(vm, &m, &funcs);
    Ok(m)
}

fn as_tuple_items(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    if let Some(t) = v.downcast::<crate::objects::tuple::TupleData>() {
        return Ok(t.items().to_vec());
    }
    vm.collect(v)
}

/// `loghelper`: ints of any size (a log of the mantissa plus the exponent's share).
fn loghelper(vm: &mut Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(i) = as_int(v) {
        let b = i.to_ibig();
        if b <= IBig::ZERO {
            return Err(domain(vm));
        }
        if let Ok(x) = pyformat::int_to_float(&b) {
            return Ok(f(x));
        }
        let bits = b.bit_len();
        let shift = bits - 55;
        let top = &b >> shift;
        let sticky = (&top << shift) != b;
        let m = u64::try_from(&top).unwrap_or(0) | u64::from(sticky);
        let x = m as f64 / (1u64 << 55) as f64;
        return Ok(f(x) + f(2.0) * bits as f64);
    }
    let x = arg_f64(vm, v)?;
    let r = f(x);
    if (r.is_nan() && !x.is_nan()) || (r.is_infinite() && x.is_finite()) {
        return Err(domain(vm));
    }
    Ok(r)
}

fn pow(x: f64, y: f64) -> (f64, Errno) {
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && c_fmod(y.abs(), 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if y > 0.0 && x.abs() > 1.0 {
            y
        } else if y < 0.0 && x.abs() < 1.0 {
            -y
        } else {
            0.0
        };
        return (r, Errno::Ok);
    }
    let r = x.powf(y);
    let e = if r.is_nan() {
        Errno::Dom
    } else if r.is_infinite() {
        if x == 0.0 {
            Errno::Dom
        } else {
            Errno::Range
        }
    } else {
        Errno::Ok
    };
    (r, e)
}

fn ulp(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let x = x.abs();
    if x.is_infinite() {
        return x;
    }
    let x2 = nextafter(x, f64::INFINITY);
    if x2.is_infinite() {
        return x - nextafter(x, f64::NEG_INFINITY);
    }
    x2 - x
}

pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (x, adj) = if x.abs() < f64::MIN_POSITIVE {
        (x * 2f64.powi(54), -54)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022 + adj)
}

/// `vector_norm`: the accurately rounded Euclidean norm of non-negative values.
fn vector_norm(mut v: Vec<f64>) -> f64 {
    let mut max = 0.0f64;
    let mut found_nan = false;
    for &x in &v {
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
    }
    norm_scaled(&mut v, max, found_nan)
}

fn norm_scaled(v: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || v.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    if max_e < -1023 {
        for x in v.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * norm_scaled(v, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = c_ldexp(1.0, -max_e);
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    // Exact products and sums (hi + lo) as in Dekker's and Neumaier's algorithms.
    let mul = |a: f64, b: f64| {
        let z = a * b;
        (z, a.mul_add(b, -z))
    };
    let fast_sum = |a: f64, b: f64| {
        let x = a + b;
        (x, (a - x) + b)
    };
    for &x in v.iter() {
        let x = x * scale;
        let (hi, lo) = mul(x, x);
        let (s, slo) = fast_sum(csum, hi);
        csum = s;
        frac1 += lo;
        frac2 += slo;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (hi, lo) = mul(-h, h);
    let (s, slo) = fast_sum(csum, hi);
    csum = s;
    frac1 += lo;
    frac2 += slo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

/// Shewchuk's exact summation with CPython's handling of infinities and its final
/// correction of the rounding (half-even on the exact sum).
#[derive(Default)]
struct Fsum {
    partials: Vec<f64>,
    special: f64,
    inf: f64,
}

impl Fsum {
    /// False on an intermediate overflow.
    fn add(&mut self, mut x: f64) -> bool {
        let xsave = x;
        let mut i = 0;
        for j in 0..self.partials.len() {
            let mut y = self.partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let yr = hi - x;
            let lo = y - yr;
            if lo != 0.0 {
                self.partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        self.partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return false;
                }
                if xsave.is_infinite() {
                    self.inf += xsave;
                }
                self.special += xsave;
                self.partials.clear();
            } else {
                self.partials.push(x);
            }
        }
        true
    }

    /// None for `-inf + inf`.
    fn result(&self) -> Option<f64> {
        if self.special != 0.0 {
            if self.inf.is_nan() {
                return None;
            }
            return Some(self.special);
        }
        let p = &self.partials;
        let mut n = p.len();
        let mut hi = 0.0f64;
        if n > 0 {
            n -= 1;
            hi = p[n];
            let mut lo = 0.0f64;
            while n > 0 {
                let x = hi;
                n -= 1;
                let y = p[n];
                hi = x + y;
                let yr = hi - x;
                lo = y - yr;
                if lo != 0.0 {
                    break;
                }
            }
            if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
                let y = lo * 2.0;
                let x = hi + y;
                let yr = x - hi;
                if y == yr {
                    hi = x;
                }
            }
        }
        Some(hi)
    }
}

/// The product lo * (lo + 1) * ... * hi, split in halves so the big multiplications balance.
fn range_product(lo: u64, hi: u64) -> IBig {
    if lo > hi {
        return IBig::ONE;
    }
    if hi - lo < 16 {
        let mut acc = IBig::ONE;
        let mut small: u64 = 1;
        for i in lo..=hi {
            match small.checked_mul(i) {
                Some(s) => small = s,
                None => {
                    acc *= IBig::from(small);
                    small = i;
                }
            }
        }
        return acc * IBig::from(small);
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid + 1, hi)
}

// The Lanczos coefficients are written with all their published digits.
#[allow(clippy::excessive_precision)]
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];

/// Lanczos' sum as a rational function, evaluated in 1/x for large x.
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0f64, 0.0f64);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi * x), exact at integers and half-integers.
fn sinpi(x: f64) -> f64 {
    use std::f64::consts::PI;
    let y = c_fmod(x.abs(), 2.0);
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1f64.copysign(x) * r
}

fn tgamma(x: f64) -> (f64, Errno) {
    use std::f64::consts::PI;
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return (x, Errno::Ok);
        }
        return (f64::NAN, Errno::Dom);
    }
    if x == 0.0 {
        return (f64::INFINITY.copysign(x), Errno::Dom);
    }
    if x == x.floor() {
        if x < 0.0 {
            return (f64::NAN, Errno::Dom);
        }
        if x <= 23.0 {
            return (range_product(1, x as u64 - 1).to_f64().value(), Errno::Ok);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return (
            r,
            if r.is_infinite() {
                Errno::Range
            } else {
                Errno::Ok
            },
        );
    }
    if absx > 200.0 {
        if x < 0.0 {
            return (0.0 / sinpi(x), Errno::Ok);
        }
        return (f64::INFINITY, Errno::Range);
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    (
        r,
        if r.is_infinite() {
            Errno::Range
        } else {
            Errno::Ok
        },
    )
}

fn lgamma(x: f64) -> (f64, Errno) {
    #[allow(clippy::excessive_precision)]
    const LOGPI: f64 = 1.144_729_885_849_400_174_143_427_351_353_058_711_647;
    if !x.is_finite() {
        if x.is_nan() {
            return (x, Errno::Ok);
        }
        return (f64::INFINITY, Errno::Ok);
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return (f64::INFINITY, Errno::Dom);
        }
        return (0.0, Errno::Ok);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return (-absx.ln(), Errno::Ok);
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = LOGPI - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    (
        r,
        if r.is_infinite() {
            Errno::Range
        } else {
            Errno::Ok
        },
    )
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

/// `PyFloat_AsDouble`: a float, `__float__`, or `__index__`.
pub fn arg_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(r) = crate::builtin_impls::float::to_f64(vm, v) {
        return r;
    }
    let n = vm.names.__float__.clone();
    if let Some(f) = vm.call_special(v, &n, &[])? {
        if let Some(x) = f.downcast::<FloatData>() {
            return Ok(x.0);
        }
        return Err(vm.type_error(format!(
            "{}.__float__ returned non-float (type {})",
            vm.type_name(v),
            vm.type_name(&f)
        )));
    }
    let n = vm.names.__index__.clone();
    if vm.type_of(v).lookup(&n).is_some() {
        let i = index(vm, v)?;
        let b = i.to_ibig();
        return pyformat::int_to_float(&b)
            .map_err(|_| vm.overflow_error("int too large to convert to float"));
    }
    Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v))))
}

fn exact_float(vm: &Vm, v: &Value) -> Option<f64> {
    let f = v.downcast::<FloatData>()?;
    vm.type_of(v).is(&vm.types.float).then_some(f.0)
}

fn round_fn(
    vm: &mut Vm,
    a: Args<'_>,
    name: &str,
    dunder: &str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    let x = a.exactly_one(vm, name)?.clone();
    if let Some(fl) = exact_float(vm, &x) {
        let i = crate::builtin_impls::int::float_to_intval(vm, f(fl))?;
        return Ok(crate::builtin_impls::int::new_int_val(vm, i));
    }
    let n = vm.intern(dunder);
    if let Some(r) = vm.call_special(&x, &n, &[])? {
        return Ok(r);
    }
    let v = arg_f64(vm, &x)?;
    let i = crate::builtin_impls::int::float_to_intval(vm, f(v))?;
    Ok(crate::builtin_impls::int::new_int_val(vm, i))
}

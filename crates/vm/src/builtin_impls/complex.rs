//! `complex`.

use crate::object::{alloc, TypeRef};
use crate::objects::complex::ComplexData;
use crate::objects::float::FloatData;
use crate::objects::native::Args;
use crate::objects::str::StrData;
use crate::slots::{BinOp, CompareOp, UnaryOp};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let t = vm.types.complex.clone();
    let s = &t.slots;
    s.repr.set(Some(complex_repr));
    s.hash.set(Some(complex_hash));
    s.richcompare.set(Some(complex_richcompare));
    s.bool.set(Some(|_, v| Ok(c(v) != (0.0, 0.0))));
    s.new.set(Some(complex_new));
    for op in [
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::TrueDiv,
        BinOp::Pow,
    ] {
        s.nb[op as usize].set(Some(NB[op as usize]));
    }
    s.pow3.set(Some(|vm, a, b, m| {
        if m.is_none() {
            return complex_binop(vm, a, b, BinOp::Pow);
        }
        match (operand(vm, a), operand(vm, b)) {
            (Some(x), Some(y)) => {
                x?;
                y?;
                Err(vm.value_error("complex modulo"))
            }
            _ => Ok(vm.not_implemented.clone()),
        }
    }));
    s.unary[UnaryOp::Neg as usize].set(Some(|vm, v| {
        let (a, b) = c(v);
        Ok(new_complex(vm, -a, -b))
    }));
    s.unary[UnaryOp::Pos as usize].set(Some(|vm, v| {
        let (a, b) = c(v);
        Ok(new_complex(vm, a, b))
    }));
    s.unary[UnaryOp::Abs as usize].set(Some(|vm, v| {
        let (a, b) = c(v);
        let r = a.hypot(b);
        if r.is_infinite() && a.is_finite() && b.is_finite() {
            return Err(vm.overflow_error("absolute value too large"));
        }
        Ok(vm.new_float(r))
    }));
    super::object::add_new_wrapper(vm, &t);
    super::add_method(vm, &t, "conjugate", |vm, a| {
        let (x, y) = c(&a.values[0]);
        Ok(new_complex(vm, x, -y))
    });
    super::add_method(vm, &t, "__getnewargs__", |vm, a| {
        let (x, y) = c(&a.values[0]);
        Ok(vm.new_tuple([vm.new_float(x), vm.new_float(y)]))
    });
    super::add_method(vm, &t, "__complex__", |vm, a| {
        let (x, y) = c(&a.values[0]);
        Ok(new_complex(vm, x, y))
    });
    super::add_getset(vm, &t, "real", Some(|vm, v| Ok(vm.new_float(c(v).0))), None);
    super::add_getset(vm, &t, "imag", Some(|vm, v| Ok(vm.new_float(c(v).1))), None);
    super::add_method(vm, &t, "__format__", |vm, a| {
        let spec = a.skip_self().exactly_one(vm, "__format__")?;
        let spec = spec
            .downcast::<StrData>()
            .map(|s| s.as_str().to_string())
            .unwrap_or_default();
        if spec.is_empty() {
            return vm.str(&a.values[0]).map(|s| s.into_value());
        }
        let (x, y) = c(&a.values[0]);
        let r = pyformat::parse_format_spec(&spec, "complex")
            .and_then(|s| pyformat::format_complex(x, y, &s, "complex"));
        r.map(|s| vm.new_str(s))
            .map_err(|e| super::str::format_error(vm, e))
    });
}

pub fn c(v: &Value) -> (f64, f64) {
    v.downcast::<ComplexData>()
        .map(|d| (d.re, d.im))
        .unwrap_or((0.0, 0.0))
}

pub fn new_complex(vm: &Vm, re: f64, im: f64) -> Value {
    alloc(&vm.types.complex, ComplexData { re, im }).into_value()
}

fn operand(vm: &Vm, v: &Value) -> Option<PyResult<(f64, f64)>> {
    if let Some(d) = v.downcast::<ComplexData>() {
        return Some(Ok((d.re, d.im)));
    }
    super::float::to_f64(vm, v).map(|r| r.map(|x| (x, 0.0)))
}

fn complex_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let (a, b) = c(v);
    let mut s = String::new();
    bytecode::pyrepr::repr_complex(a, b, &mut s);
    Ok(vm.new_str(s))
}

fn complex_hash(_vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let (a, b) = c(v);
    let ha = super::float::hash_f64(a, v) as u64;
    let hb = super::float::hash_f64(b, v) as u64;
    Ok(bytecode::set_order::fix_minus_one(
        ha.wrapping_add(1_000_003u64.wrapping_mul(hb)) as i64,
    ))
}

fn complex_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(vm.not_implemented.clone());
    }
    let x = c(a);
    let eq = if let Some(d) = b.downcast::<ComplexData>() {
        x == (d.re, d.im)
    } else if b.downcast::<FloatData>().is_some() || super::int::as_int(b).is_some() {
        if x.1 != 0.0 {
            false
        } else {
            let r = vm.rich_compare(&vm.new_float(x.0), b, CompareOp::Eq)?;
            r.is_true_singleton()
        }
    } else {
        return Ok(vm.not_implemented.clone());
    };
    Ok(Value::from_bool(if op == CompareOp::Eq { eq } else { !eq }))
}

const NB: [crate::slots::BinFn; 13] = [
    |vm, a, b| complex_binop(vm, a, b, BinOp::Add),
    |vm, a, b| complex_binop(vm, a, b, BinOp::And),
    |vm, a, b| complex_binop(vm, a, b, BinOp::FloorDiv),
    |vm, a, b| complex_binop(vm, a, b, BinOp::Lshift),
    |vm, a, b| complex_binop(vm, a, b, BinOp::MatMul),
    |vm, a, b| complex_binop(vm, a, b, BinOp::Mul),
    |vm, a, b| complex_binop(vm, a, b, BinOp::Mod),
    |vm, a, b| complex_binop(vm, a, b, BinOp::Or),
    |vm, a, b| complex_binop(vm, a, b, BinOp::Pow),
    |vm, a, b| complex_binop(vm, a, b, BinOp::Rshift),
    |vm, a, b| complex_binop(vm, a, b, BinOp::Sub),
    |vm, a, b| complex_binop(vm, a, b, BinOp::TrueDiv),
    |vm, a, b| complex_binop(vm, a, b, BinOp::Xor),
];

fn complex_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (operand(vm, a), operand(vm, b)) else {
        return Ok(vm.not_implemented.clone());
    };
    let ((a, b), (p, q)) = (x?, y?);
    let r = match op {
        BinOp::Add => (a + p, b + q),
        BinOp::Sub => (a - p, b - q),
        BinOp::Mul => (a * p - b * q, a * q + b * p),
        BinOp::TrueDiv => {
            if p == 0.0 && q == 0.0 {
                return Err(vm.zero_division_error("complex division by zero"));
            }
            complex_div((a, b), (p, q))
        }
        BinOp::Pow => return complex_pow(vm, (a, b), (p, q)),
        _ => return Ok(vm.not_implemented.clone()),
    };
    Ok(new_complex(vm, r.0, r.1))
}

/// Smith's algorithm, as CPython's `_Py_c_quot`.
fn complex_div(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    let (ar, ai) = a;
    let (br, bi) = b;
    let abs_br = br.abs();
    let abs_bi = bi.abs();
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return (f64::NAN, f64::NAN);
        }
        let ratio = bi / br;
        let denom = br + bi * ratio;
        ((ar + ai * ratio) / denom, (ai - ar * ratio) / denom)
    } else if abs_bi >= abs_br {
        let ratio = br / bi;
        let denom = br * ratio + bi;
        ((ar * ratio + ai) / denom, (ai * ratio - ar) / denom)
    } else {
        (f64::NAN, f64::NAN)
    }
}

pub fn complex_pow(vm: &mut Vm, a: (f64, f64), b: (f64, f64)) -> PyResult<Value> {
    let r = if b == (0.0, 0.0) {
        (1.0, 0.0)
    } else if a == (0.0, 0.0) {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(vm.zero_division_error("0.0 to a negative or complex power"));
        }
        (0.0, 0.0)
    } else if b.1 == 0.0 && b.0 == b.0.trunc() && b.0.abs() <= 100.0 {
        // Integer exponents by repeated multiplication (CPython's c_powi).
        let n = b.0 as i64;
        let mut result = (1.0, 0.0);
        let mut base = a;
        let mut e = n.unsigned_abs();
        while e > 0 {
            if e & 1 == 1 {
                result = (
                    result.0 * base.0 - result.1 * base.1,
                    result.0 * base.1 + result.1 * base.0,
                );
            }
            base = (base.0 * base.0 - base.1 * base.1, 2.0 * base.0 * base.1);
            e >>= 1;
        }
        if n < 0 {
            complex_div((1.0, 0.0), result)
        } else {
            result
        }
    } else {
        let vabs = a.0.hypot(a.1);
        let mut len = vabs.powf(b.0);
        let at = a.1.atan2(a.0);
        let mut phase = at * b.0;
        if b.1 != 0.0 {
            len /= (at * b.1).exp();
            phase += b.1 * vabs.ln();
        }
        (len * phase.cos(), len * phase.sin())
    };
    if (r.0.is_infinite() || r.1.is_infinite()) && a.0.is_finite() && a.1.is_finite() {
        return Err(vm.overflow_error("complex exponentiation"));
    }
    Ok(new_complex(vm, r.0, r.1))
}

fn complex_new(vm: &mut Vm, ty: &TypeRef, args: Args<'_>) -> PyResult<Value> {
    let a = args.parse(vm, "complex", &["real", "imag"], 0)?;
    let (re, im) = match (&a[0], &a[1]) {
        (None, None) => (0.0, 0.0),
        (Some(r), None)
            if r.downcast::<ComplexData>().is_none()
                && vm.type_of(r).lookup_str("__complex__").is_some() =>
        {
            let n = vm.names.__complex__.clone();
            let c = vm.call_special(r, &n, &[])?.unwrap_or(Value::NONE);
            match c.downcast::<ComplexData>() {
                Some(d) => (d.re, d.im),
                None => {
                    return Err(vm.type_error(format!(
                        "__complex__ returned non-complex (type {})",
                        vm.type_name(&c)
                    )))
                }
            }
        }
        (Some(r), None) => {
            if let Some(s) = r.downcast::<StrData>() {
                parse_complex(vm, s.as_str())?
            } else {
                match operand(vm, r) {
                    Some(x) => x?,
                    None => {
                        let f = super::float::to_float(vm, r).map_err(|_| {
                            vm.type_error(format!(
                                "complex() first argument must be a string or a number, not '{}'",
                                vm.type_name(r)
                            ))
                        })?;
                        (f, 0.0)
                    }
                }
            }
        }
        (r, Some(i)) => {
            if r.as_ref()
                .is_some_and(|r| r.downcast::<StrData>().is_some())
            {
                return Err(vm.type_error("complex() can't take second arg if first is a string"));
            }
            if i.downcast::<StrData>().is_some() {
                return Err(vm.type_error("complex() second arg can't be a string"));
            }
            let (rr, ri) = match r {
                Some(r) => operand(vm, r).ok_or_else(|| {
                    vm.type_error(format!(
                        "complex() first argument must be a string or a number, not '{}'",
                        vm.type_name(r)
                    ))
                })??,
                None => (0.0, 0.0),
            };
            let (ir, ii) = operand(vm, i).ok_or_else(|| {
                vm.type_error(format!(
                    "complex() second argument must be a number, not '{}'",
                    vm.type_name(i)
                ))
            })??;
            // Only a complex part contributes its imaginary half: adding a zero would turn
            // complex(0.0, -0.0)'s imaginary -0.0 into 0.0.
            let r_is_complex = r
                .as_ref()
                .is_some_and(|r| r.downcast::<ComplexData>().is_some());
            let i_is_complex = i.downcast::<ComplexData>().is_some();
            (
                if i_is_complex { rr - ii } else { rr },
                if r_is_complex { ri + ir } else { ir },
            )
        }
    };
    if ty.is(&vm.types.complex) {
        return Ok(new_complex(vm, re, im));
    }
    Ok(alloc(ty, ComplexData { re, im }).into_value())
}

fn parse_complex(vm: &Vm, text: &str) -> PyResult<(f64, f64)> {
    let err = || vm.value_error("complex() arg is a malformed string");
    let mut s = text.trim();
    if s.starts_with('(') && s.ends_with(')') {
        s = s[1..s.len() - 1].trim();
    }
    if s.is_empty() {
        return Err(err());
    }
    if let Some(body) = s.strip_suffix(['j', 'J']) {
        // Find the split between real and imaginary parts: the last +/- not after an 'e'.
        let bytes = body.as_bytes();
        let mut split = None;
        for i in (1..bytes.len()).rev() {
            if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
                split = Some(i);
                break;
            }
        }
        let (re, im) = match split {
            Some(i) => (&body[..i], &body[i..]),
            None => ("", body),
        };
        let im = match im {
            "" | "+" => 1.0,
            "-" => -1.0,
            x => pyformat::parse_float(x).ok_or_else(err)?,
        };
        let re = if re.is_empty() {
            0.0
        } else {
            pyformat::parse_float(re).ok_or_else(err)?
        };
        return Ok((re, im));
    }
    Ok((pyformat::parse_float(s).ok_or_else(err)?, 0.0))
}

//! `memoryview`: one-dimensional views of one-byte items (formats 'B', 'b', 'c') over a
//! `bytes` (read-only) or a `bytearray` (writable). Slicing makes a strided view of the same
//! base; item and slice assignment write through; `release` and the context manager let go of
//! the base, after which every operation is ValueError as in CPython.
//!
//! Out of scope, each a NotImplementedError: multi-byte formats (`cast('i')` and the
//! like), multi-dimensional shapes, and exporters other than bytes, bytearray and
//! memoryview (the VM has no `array` or `mmap`).

use crate::object::{alloc, TypeRef};
use crate::objects::bytes::{ByteArrayData, BytesData, MemoryViewData};
use crate::objects::iter::{IterData, IterState};
use crate::objects::native::{Args, NativeFn};
use crate::objects::slice::SliceData;
use crate::objects::str::StrData;
use crate::slots::CompareOp;
use crate::value::Value;
use crate::vm::{Exc, PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let t = vm.types.memoryview.clone();
    let s = &t.slots;
    s.new.set(Some(memoryview_new));
    s.repr.set(Some(|vm, v| {
        let state = if live(v).is_some() { "" } else { "released " };
        let id = super::object::id_of(v);
        Ok(vm.new_str(format!("<{state}memory at {id:#x}>")))
    }));
    s.len.set(Some(|vm, v| Ok(checked(vm, v)?.len)));
    s.getitem.set(Some(memoryview_getitem));
    s.setitem.set(Some(memoryview_setitem));
    s.hash.set(Some(memoryview_hash));
    s.richcompare.set(Some(memoryview_richcompare));
    s.iter.set(Some(|vm, v| {
        checked(vm, v)?;
        Ok(alloc(
            &vm.types.memory_iterator.clone(),
            IterData::new(IterState::GetItem {
                obj: v.clone(),
                index: 0,
            }),
        )
        .into_value())
    }));
    super::object::add_new_wrapper(vm, &t);
    add_attributes(vm, &t);
    let methods: [(&'static str, NativeFn); 8] = [
        ("tobytes", |vm, a| {
            let r = a.skip_self().parse(vm, "tobytes", &["order"], 0)?;
            if let Some(o) = r[0].as_ref().filter(|o| !o.is_none()) {
                let Some(o) = o.downcast::<StrData>() else {
                    return Err(vm.type_error(format!(
                        "tobytes() argument 'order' must be str or None, not {}",
                        vm.type_name(o)
                    )));
                };
                if !matches!(o.as_str(), "C" | "F" | "A") {
                    return Err(vm.value_error("order must be 'C', 'F' or 'A'"));
                }
            }
            let data = bytes_of(vm, &a.values[0])?;
            Ok(super::bytes::new_bytes(vm, data))
        }),
        ("tolist", |vm, a| {
            a.skip_self().none(vm, "memoryview.tolist")?;
            let items = tolist_items(vm, &a.values[0])?;
            Ok(vm.new_list(items))
        }),
        ("hex", |vm, a| {
            let r = a
                .skip_self()
                .parse(vm, "hex", &["sep", "bytes_per_sep"], 0)?;
            let data = bytes_of(vm, &a.values[0])?;
            let s = super::bytes_hex::hex_with_sep(vm, &data, r[0].as_ref(), r[1].as_ref())?;
            Ok(vm.new_str(s))
        }),
        ("release", |vm, a| {
            a.skip_self().none(vm, "memoryview.release")?;
            mv(&a.values[0]).release_base();
            Ok(Value::NONE)
        }),
        ("toreadonly", |vm, a| {
            a.skip_self().none(vm, "memoryview.toreadonly")?;
            let m = checked(vm, &a.values[0])?;
            Ok(view_of(vm, m, m.start, m.len, m.step, m.format, true))
        }),
        ("cast", memoryview_cast),
        ("__enter__", |vm, a| {
            a.skip_self().none(vm, "memoryview.__enter__")?;
            checked(vm, &a.values[0])?;
            Ok(a.values[0].clone())
        }),
        ("__exit__", |_, a| {
            mv(&a.values[0]).release_base();
            Ok(Value::NONE)
        }),
    ];
    for (name, f) in methods {
        super::add_method(vm, &t, name, f);
    }
}

#[inline]
fn mv(v: &Value) -> &MemoryViewData {
    v.downcast::<MemoryViewData>().expect("memoryview")
}

/// The view when it has not been released.
fn live(v: &Value) -> Option<&MemoryViewData> {
    let m = mv(v);
    m.obj.borrow().is_some().then_some(m)
}

/// ValueError "operation forbidden on released memoryview object".
pub fn released_error(vm: &Vm) -> Exc {
    vm.value_error("operation forbidden on released memoryview object")
}

fn checked<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a MemoryViewData> {
    live(v).ok_or_else(|| released_error(vm))
}

/// Runs `f` over the whole base buffer.
fn with_base<R>(m: &MemoryViewData, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
    let base = m.obj.borrow();
    let base = base.as_ref()?;
    if let Some(b) = base.downcast::<BytesData>() {
        return Some(f(&b.bytes));
    }
    let b = base.downcast::<ByteArrayData>()?;
    let r = f(&b.bytes.borrow());
    Some(r)
}

/// The byte offsets of the view's items in its base.
fn offsets(m: &MemoryViewData) -> impl Iterator<Item = usize> + '_ {
    (0..m.len).map(move |i| (m.start as isize + i as isize * m.step) as usize)
}

/// The viewed bytes, in item order (`None` once released).
pub fn view_bytes(m: &MemoryViewData) -> Option<Vec<u8>> {
    with_base(m, |b| offsets(m).map(|o| b[o]).collect())
}

fn bytes_of(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    view_bytes(mv(v)).ok_or_else(|| released_error(vm))
}

/// The item kind of a format: its last character (`b'B'`, `b'b'` or `b'c'`).
fn kind(format: &str) -> u8 {
    format.as_bytes().last().copied().unwrap_or(b'B')
}

/// One item as Python sees it for the view's format.
fn item_value(vm: &Vm, format: &str, b: u8) -> Value {
    match kind(format) {
        b'b' => vm.new_int(i64::from(b as i8)),
        b'c' => super::bytes::new_bytes(vm, vec![b]),
        _ => vm.new_int(i64::from(b)),
    }
}

fn tolist_items(vm: &Vm, v: &Value) -> PyResult<Vec<Value>> {
    let m = checked(vm, v)?;
    let data = bytes_of(vm, v)?;
    Ok(data.iter().map(|&b| item_value(vm, m.format, b)).collect())
}

/// A new view of `m`'s base (a bytearray base counts it among its exports).
fn view_of(
    vm: &Vm,
    m: &MemoryViewData,
    start: usize,
    len: usize,
    step: isize,
    format: &'static str,
    readonly: bool,
) -> Value {
    let base = m.obj.borrow().clone();
    new_view(vm, base, start, len, step, format, readonly)
}

fn new_view(
    vm: &Vm,
    base: Option<Value>,
    start: usize,
    len: usize,
    step: isize,
    format: &'static str,
    readonly: bool,
) -> Value {
    if let Some(ba) = base.as_ref().and_then(|b| b.downcast::<ByteArrayData>()) {
        ba.exports.set(ba.exports.get() + 1);
    }
    alloc(
        &vm.types.memoryview,
        MemoryViewData {
            obj: std::cell::RefCell::new(base),
            start,
            len,
            step,
            format,
            readonly,
            hash: std::cell::Cell::new(-1),
        },
    )
    .into_value()
}

fn memoryview_new(vm: &mut Vm, ty: &TypeRef, args: Args<'_>) -> PyResult<Value> {
    let _ = ty;
    // Clinic's keyword parser says "at most" even for a required argument.
    let n = args.pos().len() + args.kwnames.len();
    if n > 1 {
        return Err(vm.type_error(format!("memoryview() takes at most 1 argument ({n} given)")));
    }
    let a = args.parse(vm, "memoryview", &["object"], 1)?;
    let obj = a[0].clone().expect("required");
    if let Some(b) = obj.downcast::<BytesData>() {
        let n = b.bytes.len();
        return Ok(new_view(vm, Some(obj.clone()), 0, n, 1, "B", true));
    }
    if let Some(b) = obj.downcast::<ByteArrayData>() {
        let n = b.bytes.borrow().len();
        return Ok(new_view(vm, Some(obj.clone()), 0, n, 1, "B", false));
    }
    if obj.downcast::<MemoryViewData>().is_some() {
        let m = checked(vm, &obj)?;
        return Ok(view_of(vm, m, m.start, m.len, m.step, m.format, m.readonly));
    }
    Err(vm.type_error(format!(
        "memoryview: a bytes-like object is required, not '{}'",
        vm.type_name(&obj)
    )))
}

/// An item index: IndexError "index out of bounds on dimension 1".
fn item_index(vm: &mut Vm, m: &MemoryViewData, k: &Value) -> PyResult<usize> {
    let i = super::int::index_isize(vm, k)?;
    let n = m.len as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("index out of bounds on dimension 1"));
    }
    Ok(j as usize)
}

/// A one-dimensional view's reading of a tuple key: `m[(i,)]` is `m[i]`; other tuples are
/// CPython's errors (`assign` picks the wording of assignment).
fn tuple_key(vm: &mut Vm, k: &Value, assign: bool) -> PyResult<Option<Value>> {
    let Some(t) = k.downcast::<crate::objects::tuple::TupleData>() else {
        return Ok(None);
    };
    let items = t.items().to_vec();
    if items.is_empty() {
        return Err(vm.not_implemented_error("sub-views are not implemented"));
    }
    let mut all_index = true;
    for it in &items {
        if super::int::index_value(vm, it)?.is_none() {
            all_index = false;
        }
    }
    if !all_index {
        let all_slices = items.iter().all(|i| i.downcast::<SliceData>().is_some());
        if !all_slices {
            return Err(vm.type_error("memoryview: invalid slice key"));
        }
        return Err(vm.not_implemented_error(if assign {
            "memoryview slice assignments are currently restricted to ndim = 1"
        } else {
            "multi-dimensional slicing is not implemented"
        }));
    }
    if items.len() > 1 {
        return Err(vm.type_error(format!(
            "cannot index 1-dimension view with {}-element tuple",
            items.len()
        )));
    }
    Ok(Some(items[0].clone()))
}

fn memoryview_getitem(vm: &mut Vm, v: &Value, k: &Value) -> PyResult<Value> {
    let m = checked(vm, v)?;
    let key = tuple_key(vm, k, false)?;
    let k = key.as_ref().unwrap_or(k);
    if let Some(sl) = k.downcast::<SliceData>() {
        let (a, b, c) = super::slice::indices(vm, sl, m.len)?;
        let len = super::slice::slice_len(a, b, c);
        let start = (m.start as isize + a as isize * m.step).max(0) as usize;
        return Ok(view_of(
            vm,
            m,
            start,
            len,
            m.step * c as isize,
            m.format,
            m.readonly,
        ));
    }
    if super::int::index_value(vm, k)?.is_none() {
        return Err(vm.type_error("memoryview: invalid slice key"));
    }
    let i = item_index(vm, m, k)?;
    let off = (m.start as isize + i as isize * m.step) as usize;
    let b = with_base(m, |d| d[off]).ok_or_else(|| released_error(vm))?;
    Ok(item_value(vm, m.format, b))
}

/// The byte an item assignment stores, checked against the view's format.
fn item_byte(vm: &mut Vm, format: &str, x: &Value) -> PyResult<u8> {
    let name = format.trim_start_matches('@');
    let format = kind(format);
    let invalid_type =
        |vm: &Vm| vm.type_error(format!("memoryview: invalid type for format '{name}'"));
    let invalid_value =
        |vm: &Vm| vm.value_error(format!("memoryview: invalid value for format '{name}'"));
    if format == b'c' {
        return match x.downcast::<BytesData>() {
            Some(b) if b.bytes.len() == 1 => Ok(b.bytes[0]),
            Some(_) => Err(invalid_value(vm)),
            None => Err(invalid_type(vm)),
        };
    }
    let Some(i) = super::int::as_int(x).map(|i| i.to_i64()) else {
        return Err(invalid_type(vm));
    };
    let range = if format == b'b' { -128..128 } else { 0..256 };
    match i {
        Some(i) if range.contains(&i) => Ok(i as u8),
        _ => Err(invalid_value(vm)),
    }
}

fn memoryview_setitem(vm: &mut Vm, v: &Value, k: &Value, x: Option<Value>) -> PyResult<()> {
    let m = checked(vm, v)?;
    if m.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    let Some(x) = x else {
        return Err(vm.type_error("cannot delete memory"));
    };
    let key = tuple_key(vm, k, true)?;
    let k = key.as_ref().unwrap_or(k);
    let writes: Vec<(usize, u8)> = if let Some(sl) = k.downcast::<SliceData>() {
        let (a, b, c) = super::slice::indices(vm, sl, m.len)?;
        let positions: Vec<usize> = super::slice::slice_positions(a, b, c).collect();
        let src = match x.downcast::<MemoryViewData>() {
            Some(_) => bytes_of(vm, &x)?,
            None => super::bytes::bytes_like(vm, &x)?,
        };
        if src.len() != positions.len() {
            return Err(vm.value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        let offs: Vec<usize> = offsets(m).collect();
        positions.into_iter().map(|p| offs[p]).zip(src).collect()
    } else if super::int::index_value(vm, k)?.is_some() {
        let i = item_index(vm, m, k)?;
        let b = item_byte(vm, m.format, &x)?;
        vec![((m.start as isize + i as isize * m.step) as usize, b)]
    } else {
        return Err(vm.type_error("memoryview: invalid slice key"));
    };
    let base = m.obj.borrow().clone().ok_or_else(|| released_error(vm))?;
    let mut data = super::bytes::ba(&base).bytes.borrow_mut();
    for (o, b) in writes {
        data[o] = b;
    }
    Ok(())
}

fn memoryview_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let m = checked(vm, v)?;
    if !m.readonly {
        return Err(vm.value_error("cannot hash writable memoryview object"));
    }
    if m.hash.get() == -1 {
        // Equal to the hash of the bytes it views, as CPython promises.
        let data = bytes_of(vm, v)?;
        m.hash.set(bytecode::set_order::hash_bytes(&data));
    }
    Ok(m.hash.get())
}

/// An item for comparison: 'c' items are bytes, the others numbers; items of the two
/// kinds are never equal (CPython compares the unpacked values).
fn cmp_items(v: &Value) -> Option<Vec<(bool, i64)>> {
    if let Some(m) = v.downcast::<MemoryViewData>() {
        let data = view_bytes(m)?;
        return Some(
            data.iter()
                .map(|&b| match kind(m.format) {
                    b'c' => (true, i64::from(b)),
                    b'b' => (false, i64::from(b as i8)),
                    _ => (false, i64::from(b)),
                })
                .collect(),
        );
    }
    let data = super::bytes::buffer_of(v)?;
    Some(data.iter().map(|&b| (false, i64::from(b))).collect())
}

fn memoryview_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(vm.not_implemented.clone());
    }
    let equal = if a.is(b) {
        true
    } else {
        let released = |v: &Value| {
            v.downcast::<MemoryViewData>()
                .is_some_and(|m| m.obj.borrow().is_none())
        };
        if released(a) || released(b) {
            false
        } else {
            match (cmp_items(a), cmp_items(b)) {
                (Some(x), Some(y)) => x == y,
                _ => return Ok(vm.not_implemented.clone()),
            }
        }
    };
    Ok(Value::from_bool(equal == (op == CompareOp::Eq)))
}

fn memoryview_cast(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = a.skip_self().parse(vm, "cast", &["format", "shape"], 1)?;
    let m = checked(vm, &a.values[0])?;
    let f = r[0].as_ref().expect("required");
    let f = super::str_methods::clinic_str_arg(vm, f, "cast() argument 'format' must be str")?;
    // CPython's order of checks: contiguity, empty views, the shape's type, the format.
    if m.step != 1 && m.len > 1 {
        return Err(vm.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    let shape = r[1].as_ref();
    if shape.is_some() && m.len == 0 {
        return Err(vm.type_error("memoryview: cannot cast view with zeros in shape or strides"));
    }
    let dims = match shape {
        Some(sh) => {
            let items = if let Some(t) = sh.downcast::<crate::objects::tuple::TupleData>() {
                t.items().to_vec()
            } else if let Some(l) = sh.downcast::<crate::objects::list::ListData>() {
                l.snapshot()
            } else {
                return Err(vm.type_error("shape must be a list or a tuple"));
            };
            Some(items)
        }
        None => None,
    };
    let name = f.as_str().strip_prefix('@').unwrap_or(f.as_str());
    let format = match f.as_str() {
        "B" => "B",
        "b" => "b",
        "c" => "c",
        "@B" => "@B",
        "@b" => "@b",
        "@c" => "@c",
        "h" | "H" | "i" | "I" | "l" | "L" | "q" | "Q" | "n" | "N" | "f" | "d" | "e" | "?" | "P" => {
            let size = match name {
                "?" => 1,
                "h" | "H" | "e" => 2,
                "i" | "I" | "f" => 4,
                _ => 8,
            };
            if m.len % size != 0 {
                return Err(vm.type_error("memoryview: length is not a multiple of itemsize"));
            }
            return Err(vm.not_implemented_error(format!(
                "memoryview.cast to format '{name}' is not supported yet (only 'B', 'b' and 'c' are)"
            )));
        }
        _ => {
            return Err(vm.value_error(
                "memoryview: destination format must be a native single character format \
                 prefixed with an optional '@'",
            ))
        }
    };
    if let Some(dims) = dims {
        let mut product: Option<i64> = Some(1);
        for d in &dims {
            let n = super::int::as_int(d).and_then(|i| i.to_i64());
            product = product.zip(n).and_then(|(p, n)| p.checked_mul(n));
        }
        if product != Some(m.len as i64) {
            return Err(vm.type_error("memoryview: product(shape) * itemsize != buffer size"));
        }
        if dims.len() != 1 {
            return Err(vm.not_implemented_error(
                "memoryview.cast with a multi-dimensional shape is not supported yet",
            ));
        }
    }
    Ok(view_of(vm, m, m.start, m.len, 1, format, m.readonly))
}

fn add_attributes(vm: &mut Vm, t: &TypeRef) {
    let getters: [(&'static str, crate::objects::descr::GetterFn); 12] = [
        ("obj", |vm, v| {
            checked(vm, v)?;
            Ok(mv(v).obj.borrow().clone().unwrap_or(Value::NONE))
        }),
        ("nbytes", |vm, v| Ok(vm.new_int(checked(vm, v)?.len as i64))),
        ("readonly", |vm, v| {
            Ok(Value::from_bool(checked(vm, v)?.readonly))
        }),
        ("itemsize", |vm, v| {
            checked(vm, v)?;
            Ok(vm.new_int(1))
        }),
        ("format", |vm, v| {
            let f = checked(vm, v)?.format;
            Ok(vm.new_str(f))
        }),
        ("ndim", |vm, v| {
            checked(vm, v)?;
            Ok(vm.new_int(1))
        }),
        ("shape", |vm, v| {
            let n = vm.new_int(checked(vm, v)?.len as i64);
            Ok(vm.new_tuple([n]))
        }),
        ("strides", |vm, v| {
            let n = vm.new_int(checked(vm, v)?.step as i64);
            Ok(vm.new_tuple([n]))
        }),
        ("suboffsets", |vm, v| {
            checked(vm, v)?;
            Ok(vm.new_tuple(Vec::new()))
        }),
        ("c_contiguous", |vm, v| {
            Ok(Value::from_bool(contiguous(checked(vm, v)?)))
        }),
        ("f_contiguous", |vm, v| {
            Ok(Value::from_bool(contiguous(checked(vm, v)?)))
        }),
        ("contiguous", |vm, v| {
            Ok(Value::from_bool(contiguous(checked(vm, v)?)))
        }),
    ];
    for (name, get) in getters {
        super::add_getset(vm, t, name, Some(get), None);
    }
}

/// One-dimensional views are contiguous when consecutive items are adjacent.
fn contiguous(m: &MemoryViewData) -> bool {
    m.step == 1 || m.len <= 1
}

//! `dict`, its views and `mappingproxy`.

use crate::object::{alloc, PyRef, TypeRef};
use crate::objects::dict::{DictData, DictViewData, DictViewKind, MappingProxyData};
use crate::objects::iter::{IterData, IterState};
use crate::objects::native::Args;
use crate::slots::{BinOp, CompareOp, INPLACE};
use crate::types::TypeData;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let t = vm.types.dict.clone();
    let s = &t.slots;
    s.repr.set(Some(dict_repr));
    s.richcompare.set(Some(dict_richcompare));
    s.new.set(Some(|_vm, ty, _| {
        Ok(alloc(ty, DictData::new()).into_value())
    }));
    s.init.set(Some(dict_init));
    s.len.set(Some(|_, v| Ok(d(v).len())));
    s.getitem.set(Some(dict_getitem));
    s.setitem.set(Some(dict_setitem));
    s.contains.set(Some(|vm, v, k| d(v).contains(vm, k)));
    s.iter.set(Some(|vm, v| Ok(dict_iter(vm, v, 0))));
    s.nb[BinOp::Or as usize].set(Some(dict_or));
    s.nb[INPLACE + BinOp::Or as usize].set(Some(dict_ior));
    super::object::add_new_wrapper(vm, &t);
    super::add_method(vm, &t, "keys", |vm, a| {
        a.skip_self().none(vm, "dict.keys")?;
        view(vm, &a.values[0], DictViewKind::Keys)
    });
    super::add_method(vm, &t, "values", |vm, a| {
        a.skip_self().none(vm, "dict.values")?;
        view(vm, &a.values[0], DictViewKind::Values)
    });
    super::add_method(vm, &t, "items", |vm, a| {
        a.skip_self().none(vm, "dict.items")?;
        view(vm, &a.values[0], DictViewKind::Items)
    });
    super::add_method(vm, &t, "get", |vm, a| {
        let r = a.skip_self().unpack(vm, "get", 1, 2)?;
        Ok(d(&a.values[0])
            .get(vm, &r[0])?
            .unwrap_or_else(|| r.get(1).cloned().unwrap_or(Value::NONE)))
    });
    super::add_method(vm, &t, "setdefault", |vm, a| {
        let r = a.skip_self().unpack(vm, "setdefault", 1, 2)?;
        let dd = d(&a.values[0]);
        if let Some(v) = dd.get(vm, &r[0])? {
            return Ok(v);
        }
        let v = r.get(1).cloned().unwrap_or(Value::NONE);
        dd.set(vm, r[0].clone(), v.clone())?;
        Ok(v)
    });
    super::add_method(vm, &t, "pop", |vm, a| {
        let r = a.skip_self().unpack(vm, "pop", 1, 2)?;
        // An empty dict answers before hashing the key, as CPython's does.
        let removed = if d(&a.values[0]).is_empty() {
            None
        } else {
            d(&a.values[0]).remove(vm, &r[0])?
        };
        match removed {
            Some(v) => Ok(v),
            None => match r.get(1) {
                Some(x) => Ok(x.clone()),
                None => Err(vm.key_error(r[0].clone())),
            },
        }
    });
    super::add_method(vm, &t, "popitem", |vm, a| {
        a.skip_self().none(vm, "dict.popitem")?;
        match d(&a.values[0]).pop_last() {
            Some((k, v)) => Ok(vm.new_tuple([k, v])),
            None => Err(vm.key_error(vm.new_str("popitem(): dictionary is empty"))),
        }
    });
    super::add_method(vm, &t, "update", |vm, a| {
        let r = a.skip_self();
        let pos = r.pos();
        if pos.len() > 1 {
            return Err(vm.type_error(format!(
                "update expected at most 1 argument, got {}",
                pos.len()
            )));
        }
        let dd: PyRef<DictData> = PyRef::from_value_unchecked(a.values[0].clone());
        if let Some(x) = pos.first() {
            update_from(vm, &dd, x)?;
        }
        for (k, v) in r.kwargs() {
            let kv = vm.new_str(k);
            dd.set(vm, kv, v)?;
        }
        Ok(Value::NONE)
    });
    super::add_method(vm, &t, "clear", |vm, a| {
        a.skip_self().none(vm, "dict.clear")?;
        d(&a.values[0]).clear();
        Ok(Value::NONE)
    });
    super::add_method(vm, &t, "copy", |vm, a| {
        a.skip_self().none(vm, "dict.copy")?;
        Ok(copy(vm, d(&a.values[0])).into_value())
    });
    super::add_classmethod(vm, &t, "fromkeys", |vm, a| {
        let cls = a.values[0].clone();
        let r = a.skip_self().unpack(vm, "fromkeys", 1, 2)?;
        let value = r.get(1).cloned().unwrap_or(Value::NONE);
        let keys = vm.collect(&r[0])?;
        let obj = vm.call0(&cls)?;
        for k in keys {
            vm.setitem(&obj, &k, value.clone())?;
        }
        Ok(obj)
    });
    super::add_method(vm, &t, "__reversed__", |vm, a| {
        let keys = d(&a.values[0]).keys();
        let l = vm.new_list(keys.into_iter().rev().collect());
        let it = vm.iter(&l)?;
        Ok(it)
    });

    for (ty, kind) in [
        (vm.types.dict_keys.clone(), DictViewKind::Keys),
        (vm.types.dict_values.clone(), DictViewKind::Values),
        (vm.types.dict_items.clone(), DictViewKind::Items),
    ] {
        ty.slots.len.set(Some(|_, v| Ok(d(&dv(v).dict).len())));
        ty.slots.iter.set(Some(|vm, v| {
            let k = match dv(v).kind {
                DictViewKind::Keys => 0,
                DictViewKind::Values => 1,
                DictViewKind::Items => 2,
            };
            let dict = dv(v).dict.clone();
            Ok(dict_iter(vm, &dict, k))
        }));
        ty.slots.repr.set(Some(view_repr));
        if kind != DictViewKind::Values {
            ty.slots.contains.set(Some(view_contains));
            ty.slots
                .richcompare
                .set(Some(super::set::setlike_richcompare));
            ty.slots.nb[BinOp::And as usize].set(Some(view_and));
            ty.slots.nb[BinOp::Or as usize].set(Some(|vm, a, b| view_setop(vm, a, b, BinOp::Or)));
            ty.slots.nb[BinOp::Sub as usize].set(Some(|vm, a, b| view_setop(vm, a, b, BinOp::Sub)));
            ty.slots.nb[BinOp::Xor as usize].set(Some(|vm, a, b| view_setop(vm, a, b, BinOp::Xor)));
            super::add_method(vm, &ty, "isdisjoint", super::set::setlike_isdisjoint);
        }
        super::add_method(vm, &ty, "__reversed__", |vm, a| {
            let view = dv(&a.values[0]);
            let dict = view.dict.clone();
            let items: Vec<Value> = match view.kind {
                DictViewKind::Keys => d(&dict).keys(),
                DictViewKind::Values => d(&dict).values(),
                DictViewKind::Items => d(&dict)
                    .items()
                    .into_iter()
                    .map(|(k, x)| vm.new_tuple([k, x]))
                    .collect(),
            };
            let l = vm.new_list(items.into_iter().rev().collect());
            // Keys get CPython's type name; values and items iterate the same way.
            let ty = match view.kind {
                DictViewKind::Keys => vm.types.dict_reversekeyiterator.clone(),
                _ => return vm.iter(&l),
            };
            Ok(alloc(
                &ty,
                crate::objects::iter::IterData::new(crate::objects::iter::IterState::Seq {
                    seq: l,
                    index: 0,
                }),
            )
            .into_value())
        });
        super::add_getset(
            vm,
            &ty,
            "mapping",
            Some(|vm, v| {
                Ok(alloc(
                    &vm.types.mappingproxy,
                    MappingProxyData {
                        mapping: dv(v).dict.clone(),
                    },
                )
                .into_value())
            }),
            None,
        );
    }

    let t = vm.types.mappingproxy.clone();
    t.slots.getitem.set(Some(|vm, v, k| {
        let m = mp_mapping(v);
        if let Some(td) = m.downcast::<TypeData>() {
            return match k
                .downcast::<crate::objects::str::StrData>()
                .and_then(|s| td.dict.get_str(s))
            {
                Some(x) => Ok(x),
                None => Err(vm.key_error(k.clone())),
            };
        }
        vm.getitem(&m, k)
    }));
    t.slots.len.set(Some(|vm, v| {
        let m = mp_mapping(v);
        if let Some(td) = m.downcast::<TypeData>() {
            return Ok(td.dict.len());
        }
        vm.len(&m)
    }));
    t.slots.iter.set(Some(|vm, v| {
        let keys = mp_items(vm, v)?.into_iter().map(|(k, _)| k).collect();
        let l = vm.new_list(keys);
        vm.iter(&l)
    }));
    t.slots.contains.set(Some(|vm, v, k| {
        let m = mp_mapping(v);
        if let Some(td) = m.downcast::<TypeData>() {
            return Ok(k
                .downcast::<crate::objects::str::StrData>()
                .and_then(|s| td.dict.get_str(s))
                .is_some());
        }
        vm.contains(&m, k)
    }));
    t.slots.str.set(Some(|vm, v| {
        let m = mp_concrete(vm, v)?;
        Ok(vm.str(&m)?.into_value())
    }));
    t.slots.repr.set(Some(|vm, v| {
        let m = mp_mapping(v);
        let inner = if m.downcast::<TypeData>().is_some() {
            let dd = vm.new_dict();
            for (k, x) in mp_items(vm, v)? {
                dd.set(vm, k, x)?;
            }
            vm.repr_string(dd.as_value())?
        } else {
            vm.repr_string(&m)?
        };
        Ok(vm.new_str(format!("mappingproxy({inner})")))
    }));
    t.slots.richcompare.set(Some(|vm, v, other, op| {
        let m = mp_concrete(vm, v)?;
        vm.rich_compare(&m, other, op)
    }));
    super::add_method(vm, &t, "keys", |vm, a| {
        let m = mp_concrete(vm, &a.values[0])?;
        vm.call_method(&m, "keys", &[])
    });
    super::add_method(vm, &t, "values", |vm, a| {
        let m = mp_concrete(vm, &a.values[0])?;
        vm.call_method(&m, "values", &[])
    });
    super::add_method(vm, &t, "items", |vm, a| {
        let m = mp_concrete(vm, &a.values[0])?;
        vm.call_method(&m, "items", &[])
    });
    super::add_method(vm, &t, "get", |vm, a| {
        let r = a.skip_self().unpack(vm, "get", 1, 2)?;
        let m = mp_mapping(&a.values[0]);
        if let Some(td) = m.downcast::<TypeData>() {
            let found = r[0]
                .downcast::<crate::objects::str::StrData>()
                .and_then(|s| td.dict.get_str(s));
            return Ok(found.unwrap_or_else(|| r.get(1).cloned().unwrap_or(Value::NONE)));
        }
        vm.call_method(&m, "get", r)
    });
    super::add_method(vm, &t, "copy", |vm, a| {
        let dd = vm.new_dict();
        for (k, x) in mp_items(vm, &a.values[0])? {
            dd.set(vm, k, x)?;
        }
        Ok(dd.into_value())
    });
}

pub fn d(v: &Value) -> &DictData {
    v.downcast::<DictData>().expect("dict")
}

fn dv(v: &Value) -> &DictViewData {
    v.downcast::<DictViewData>().expect("dict view")
}

fn mp_mapping(v: &Value) -> Value {
    v.downcast::<MappingProxyData>()
        .expect("mappingproxy")
        .mapping
        .clone()
}

/// The mapping a proxy stands for, as a Python object: a class namespace is not stored as a
/// dict, so a snapshot of it is made (its views then do not follow later changes).
fn mp_concrete(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let m = mp_mapping(v);
    if m.downcast::<TypeData>().is_none() {
        return Ok(m);
    }
    let dd = vm.new_dict();
    for (k, x) in mp_items(vm, v)? {
        dd.set(vm, k, x)?;
    }
    Ok(dd.into_value())
}

fn mp_items(vm: &mut Vm, v: &Value) -> PyResult<Vec<(Value, Value)>> {
    let m = mp_mapping(v);
    if let Some(td) = m.downcast::<TypeData>() {
        return Ok(td.dict.items());
    }
    mapping_items(vm, &m)
}

pub fn copy(vm: &Vm, src: &DictData) -> PyRef<DictData> {
    let nd = vm.new_dict();
    for (h, k, v) in src.hashed_items() {
        nd.insert_unique(h, k, v);
    }
    nd
}

fn view(vm: &mut Vm, dict: &Value, kind: DictViewKind) -> PyResult<Value> {
    let ty = match kind {
        DictViewKind::Keys => vm.types.dict_keys.clone(),
        DictViewKind::Values => vm.types.dict_values.clone(),
        DictViewKind::Items => vm.types.dict_items.clone(),
    };
    Ok(alloc(
        &ty,
        DictViewData {
            dict: dict.clone(),
            kind,
        },
    )
    .into_value())
}

pub fn dict_iter(vm: &mut Vm, dict: &Value, kind: u8) -> Value {
    let ty = match kind {
        0 => vm.types.dict_keyiterator.clone(),
        1 => vm.types.dict_valueiterator.clone(),
        _ => vm.types.dict_itemiterator.clone(),
    };
    let len = d(dict).len();
    alloc(
        &ty,
        IterData::new(IterState::Dict {
            dict: dict.clone(),
            pos: 0,
            len,
            kind,
            seen: 0,
        }),
    )
    .into_value()
}

fn dict_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let id = v.raw() as usize;
    if vm.repr_stack.contains(&id) {
        return Ok(vm.new_str("{...}"));
    }
    vm.repr_stack.push(id);
    let r = (|| {
        let mut out = String::from("{");
        let mut pos = 0;
        let mut first = true;
        while let Some((i, k, x)) = d(v).entry_from(pos) {
            if !first {
                out.push_str(", ");
            }
            first = false;
            out.push_str(vm.repr(&k)?.as_str());
            out.push_str(": ");
            out.push_str(vm.repr(&x)?.as_str());
            pos = i + 1;
        }
        out.push('}');
        Ok(out)
    })();
    vm.repr_stack.pop();
    Ok(vm.new_str(r?))
}

fn view_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let view = dv(v);
    let dict = view.dict.clone();
    let items: Vec<Value> = match view.kind {
        DictViewKind::Keys => d(&dict).keys(),
        DictViewKind::Values => d(&dict).values(),
        DictViewKind::Items => d(&dict)
            .items()
            .into_iter()
            .map(|(k, x)| vm.new_tuple([k, x]))
            .collect(),
    };
    let name = vm.type_name(v);
    let inner = super::tuple::seq_repr(vm, v, "[", "]", items, false)?;
    let inner = vm.str_string(&inner)?;
    Ok(vm.new_str(format!("{name}({inner})")))
}

fn view_contains(vm: &mut Vm, v: &Value, k: &Value) -> PyResult<bool> {
    let view = dv(v);
    let dict = view.dict.clone();
    match view.kind {
        DictViewKind::Keys => d(&dict).contains(vm, k),
        DictViewKind::Items => {
            let Some(t) = k.downcast::<crate::objects::tuple::TupleData>() else {
                return Ok(false);
            };
            if t.len() != 2 {
                return Ok(false);
            }
            match d(&dict).get(vm, &t.items()[0])? {
                Some(x) => vm.eq_bool(&x, &t.items()[1]),
                None => Ok(false),
            }
        }
        DictViewKind::Values => Ok(false),
    }
}

fn dict_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    if b.downcast::<DictData>().is_none() || !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(vm.not_implemented.clone());
    }
    let eq = vm.guard_stack(|vm| {
        if d(a).len() != d(b).len() {
            return Ok(false);
        }
        for (k, x) in d(a).items() {
            match d(b).get(vm, &k)? {
                Some(y) => {
                    if !vm.eq_bool(&x, &y)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    })?;
    Ok(Value::from_bool(if op == CompareOp::Eq { eq } else { !eq }))
}

fn dict_getitem(vm: &mut Vm, v: &Value, k: &Value) -> PyResult<Value> {
    if let Some(x) = d(v).get(vm, k)? {
        return Ok(x);
    }
    if !crate::objects::str_ops::is_exact(vm, v, &vm.types.dict.clone()) {
        let missing = vm.names.__missing__.clone();
        if let Some(r) = vm.call_special(v, &missing, std::slice::from_ref(k))? {
            return Ok(r);
        }
    }
    Err(vm.key_error(k.clone()))
}

fn dict_setitem(vm: &mut Vm, v: &Value, k: &Value, x: Option<Value>) -> PyResult<()> {
    match x {
        Some(x) => d(v).set(vm, k.clone(), x),
        None => match d(v).remove(vm, k)? {
            Some(_) => Ok(()),
            None => Err(vm.key_error(k.clone())),
        },
    }
}

fn dict_init(vm: &mut Vm, v: &Value, args: Args<'_>) -> PyResult<()> {
    let pos = args.pos();
    if pos.len() > 1 {
        return Err(vm.type_error(format!(
            "dict expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    let dd: PyRef<DictData> = PyRef::from_value_unchecked(v.clone());
    if let Some(x) = pos.first() {
        update_from(vm, &dd, x)?;
    }
    for (k, x) in args.kwargs() {
        let kv = vm.new_str(k);
        dd.set(vm, kv, x)?;
    }
    Ok(())
}

/// `dict.update(other)`: a mapping (has `keys`) or an iterable of pairs.
pub fn update_from(vm: &mut Vm, dd: &PyRef<DictData>, other: &Value) -> PyResult<()> {
    if let Some(src) = other.downcast::<DictData>() {
        for (k, v) in src.items() {
            dd.set(vm, k, v)?;
        }
        return Ok(());
    }
    let keys_name = vm.names.keys.clone();
    if vm.type_of(other).lookup(&keys_name).is_some() {
        for (k, v) in mapping_items(vm, other)? {
            dd.set(vm, k, v)?;
        }
        return Ok(());
    }
    let it = vm.iter(other).map_err(|e| {
        if vm.exc_matches(&e, &vm.exc.TypeError.clone()) {
            vm.type_error(format!("'{}' object is not iterable", vm.type_name(other)))
        } else {
            e
        }
    })?;
    let mut i = 0;
    while let Some(item) = vm.next(&it)? {
        let pair = match vm.collect(&item) {
            Ok(p) => p,
            Err(_) => {
                return Err(vm.type_error(format!(
                    "cannot convert dictionary update sequence element #{i} to a sequence"
                )))
            }
        };
        if pair.len() != 2 {
            return Err(vm.value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            )));
        }
        let mut p = pair.into_iter();
        let (k, v) = (p.next().expect("two"), p.next().expect("two"));
        dd.set(vm, k, v)?;
        i += 1;
    }
    Ok(())
}

/// The (key, value) pairs of any mapping: dicts directly, others through `keys()` and `[]`.
pub fn mapping_items(vm: &mut Vm, m: &Value) -> PyResult<Vec<(Value, Value)>> {
    if let Some(dd) = m.downcast::<DictData>() {
        if crate::objects::str_ops::is_exact(vm, m, &vm.types.dict.clone()) {
            return Ok(dd.items());
        }
    }
    let keys = vm.call_method(m, "keys", &[])?;
    let keys = vm.collect(&keys)?;
    let mut out = Vec::with_capacity(keys.len());
    for k in keys {
        let v = vm.getitem(m, &k)?;
        out.push((k, v));
    }
    Ok(out)
}

fn dict_or(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if a.downcast::<DictData>().is_none() || b.downcast::<DictData>().is_none() {
        return Ok(vm.not_implemented.clone());
    }
    let nd = copy(vm, d(a));
    update_from(vm, &nd, b)?;
    Ok(nd.into_value())
}

fn dict_ior(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let dd: PyRef<DictData> = PyRef::from_value_unchecked(a.clone());
    update_from(vm, &dd, b)?;
    Ok(a.clone())
}

pub fn _unused(_: &TypeRef) {}

/// The elements of `v` as a new set: a view's keys or items, or any iterable.
fn view_to_set(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Some(view) = v.downcast::<DictViewData>() {
        if view.kind == DictViewKind::Keys {
            let dict = view.dict.clone();
            return Ok(super::set::to_set(vm, &dict)?.into_value());
        }
    }
    Ok(super::set::to_set(vm, v)?.into_value())
}

/// `keys | x`, `keys - x`, `keys ^ x` (either side a view): a set of the left operand's
/// elements updated with the right one, whatever its type (CPython's `dictviews_or`...).
fn view_setop(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    let result = view_to_set(vm, a)?;
    let method = match op {
        BinOp::Or => "update",
        BinOp::Sub => "difference_update",
        _ => "symmetric_difference_update",
    };
    vm.call_method(&result, method, std::slice::from_ref(b))?;
    Ok(result)
}

/// Whether a keys or items view contains `x` (`dictitems_contains` wants a 2-tuple).
fn view_has(vm: &mut Vm, view: &DictViewData, x: &Value) -> PyResult<bool> {
    let dict = d(&view.dict);
    if view.kind == DictViewKind::Keys {
        return Ok(dict.get(vm, x)?.is_some());
    }
    let Some(pair) = x.downcast::<crate::objects::tuple::TupleData>() else {
        return Ok(false);
    };
    if pair.len() != 2 {
        return Ok(false);
    }
    let (k, v) = (pair.items()[0].clone(), pair.items()[1].clone());
    match dict.get(vm, &k)? {
        Some(found) => vm.eq_bool(&found, &v),
        None => Ok(false),
    }
}

/// `keys & x` (CPython's `_PyDictView_Intersect`): the elements of the other operand that the
/// view contains.
fn view_and(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (this, other) = if a.downcast::<DictViewData>().is_some() {
        (a.clone(), b.clone())
    } else {
        (b.clone(), a.clone())
    };
    let view = this.downcast::<DictViewData>().expect("a view operand");
    if crate::objects::str_ops::is_exact(vm, &other, &vm.types.set.clone()) {
        let n = d(&view.dict).len();
        if n <= vm.len(&other)? {
            // CPython reuses set intersection here (so an items view with an unhashable
            // value fails).
            return vm.call_method(&other, "intersection", std::slice::from_ref(&this));
        }
    }
    let result = alloc(&vm.types.set.clone(), crate::objects::set::SetData::new());
    let it = vm.iter(&other)?;
    while let Some(x) = vm.next(&it)? {
        if view_has(vm, view, &x)? {
            result.add(vm, x)?;
        }
    }
    Ok(result.into_value())
}

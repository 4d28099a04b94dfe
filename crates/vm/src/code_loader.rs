//! From plain code objects (`bytecode::CodeObject`) to VM code objects: constants become
//! values, names are interned, the instructions are translated, and every code object passes
//! the verifier first.

use std::rc::Rc;

use bytecode::code::local_kind;
use bytecode::{CodeObject, Constant, ExceptionTable};

use crate::interp::instr::quicken;
use crate::object::{alloc, PyRef};
use crate::objects::bytes::BytesData;
use crate::objects::code::CodeData;
use crate::objects::complex::ComplexData;
use crate::objects::set::SetData;
use crate::objects::str::StrData;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn load_code(vm: &mut Vm, code: &Rc<CodeObject>) -> PyResult<PyRef<CodeData>> {
    if let Err(e) = code.validate() {
        return Err(vm.system_error(format!(
            "invalid code object '{}' in {}: {e}",
            code.name.to_string_lossy(),
            code.filename.to_string_lossy()
        )));
    }
    let verified = match bytecode::verify::verify(code) {
        Ok(v) => v,
        Err(e) => {
            return Err(vm.system_error(format!(
                "bad bytecode in code object '{}' ({}): {e}",
                code.name.to_string_lossy(),
                code.filename.to_string_lossy()
            )))
        }
    };
    let mut consts = Vec::with_capacity(code.consts.len());
    for c in code.consts.iter() {
        consts.push(constant(vm, c)?);
    }
    let names: Vec<PyRef<StrData>> = code
        .names
        .iter()
        .map(|n| intern_pystr(vm, n))
        .collect::<PyResult<_>>()?;
    let lp: Vec<PyRef<StrData>> = code
        .localsplusnames
        .iter()
        .map(|n| intern_pystr(vm, n))
        .collect::<PyResult<_>>()?;
    let kinds: Box<[u8]> = code.localspluskinds.iter().copied().collect();
    let ncells = kinds.iter().filter(|k| *k & local_kind::CELL != 0).count();
    let nfrees = kinds.iter().filter(|k| *k & local_kind::FREE != 0).count();
    let table = ExceptionTable::new(&code.exceptiontable).decode();
    let filename = intern_pystr(vm, &code.filename)?;
    let name = intern_pystr(vm, &code.name)?;
    let qualname = intern_pystr(vm, &code.qualname)?;
    let data = CodeData {
        raw: code.clone(),
        consts: consts.into_boxed_slice(),
        names: names.into_boxed_slice(),
        nlocalsplus: lp.len(),
        localsplusnames: lp.into_boxed_slice(),
        kinds,
        filename,
        name,
        qualname,
        instrs: quicken(&code.code, vm.specialize.initial_counter()),
        exception_table: table.entries.into_boxed_slice(),
        nlocals: code.nlocals(),
        ncells,
        nfrees,
        stacksize: (verified.max_stack_depth as usize).max(code.stacksize.max(0) as usize),
        flags: code.flags,
        argcount: code.argcount.max(0) as usize,
        posonlyargcount: code.posonlyargcount.max(0) as usize,
        kwonlyargcount: code.kwonlyargcount.max(0) as usize,
        calls: std::cell::Cell::new(0),
        entry_pc: usize::from(code.code.first() == Some(&(bytecode::opcode::Opcode::RESUME as u8))),
        positional_only_params: code.flags
            & (bytecode::code::flags::VARARGS | bytecode::code::flags::VARKEYWORDS)
            == 0
            && code.kwonlyargcount == 0,
    };
    Ok(alloc(&vm.types.code, data))
}

fn intern_pystr(vm: &mut Vm, s: &bytecode::PyStr) -> PyResult<PyRef<StrData>> {
    match s.as_str() {
        Some(t) if !crate::unicode::surrogates::has_standins(t) => Ok(vm.intern(t)),
        _ => match crate::unicode::surrogates::text_from_pystr(s) {
            Ok(t) => Ok(vm.intern(&t)),
            Err(cp) => Err(crate::unicode::surrogates::unrepresentable(vm, cp)),
        },
    }
}

fn is_identifier_like(s: &str) -> bool {
    !s.is_empty() && s.len() <= 40 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

pub fn constant(vm: &mut Vm, c: &Constant) -> PyResult<Value> {
    Ok(match c {
        Constant::None => Value::NONE,
        Constant::StopIteration => vm.exc.StopIteration.as_value().clone(),
        Constant::Ellipsis => vm.ellipsis.clone(),
        Constant::Bool(b) => Value::from_bool(*b),
        Constant::Int(i) => vm.new_int(*i),
        Constant::BigInt(b) => vm.new_bigint((**b).clone()),
        Constant::Float(f) => vm.new_float(*f),
        Constant::Complex { re, im } => {
            alloc(&vm.types.complex, ComplexData { re: *re, im: *im }).into_value()
        }
        Constant::Str(s) => match s.as_str() {
            Some(t) if crate::unicode::surrogates::has_standins(t) => {
                return Err(crate::unicode::surrogates::unrepresentable(vm, 0x10E000))
            }
            Some(t) if s.is_interned() || is_identifier_like(t) => vm.intern(t).into_value(),
            Some(t) => vm.new_str(t),
            None => match crate::unicode::surrogates::text_from_pystr(s) {
                Ok(t) => vm.new_str(t),
                Err(cp) => return Err(crate::unicode::surrogates::unrepresentable(vm, cp)),
            },
        },
        Constant::Bytes(b) => alloc(&vm.types.bytes, BytesData::new(b.to_vec())).into_value(),
        Constant::Tuple(items) => {
            let mut v = Vec::with_capacity(items.len());
            for i in items.iter() {
                v.push(constant(vm, i)?);
            }
            vm.new_tuple(v)
        }
        Constant::List(items) => {
            let mut v = Vec::with_capacity(items.len());
            for i in items.iter() {
                v.push(constant(vm, i)?);
            }
            vm.new_list(v)
        }
        Constant::Dict(items) => {
            let d = vm.new_dict();
            for (k, v) in items.iter() {
                let k = constant(vm, k)?;
                let v = constant(vm, v)?;
                d.set(vm, k, v)?;
            }
            d.into_value()
        }
        Constant::Set(items) | Constant::FrozenSet(items) => {
            let ty = if matches!(c, Constant::Set(_)) {
                vm.types.set.clone()
            } else {
                vm.types.frozenset.clone()
            };
            let s = alloc(&ty, SetData::new());
            for i in items.iter() {
                let v = constant(vm, i)?;
                s.add(vm, v)?;
            }
            s.into_value()
        }
        Constant::Code(code) => load_code(vm, code)?.into_value(),
    })
}

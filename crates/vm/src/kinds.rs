//! Every native object layout, declared once.
//!
//! `Kind` numbers the layouts (stored in each object's header, so a downcast is one byte
//! compare); the same list generates the `Payload` implementations and the type-erased drop,
//! traverse and clear functions the heap and the cycle collector call.

use crate::object::{Header, Obj, Payload, Trace};
use crate::objects::*;
use crate::types::TypeData;
use crate::value::Value;

macro_rules! declare_kinds {
    ($($kind:ident => $payload:ty,)*) => {
        #[repr(u8)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Kind {
            $($kind,)*
        }

        $(
            // SAFETY: each payload type appears once in this list.
            unsafe impl Payload for $payload {
                const KIND: Kind = Kind::$kind;
            }
        )*

        /// Drops the payload of a dead object in place.
        ///
        /// # Safety
        /// `h` is a dead object whose payload has not been dropped yet.
        pub unsafe fn drop_payload(h: *const Header) {
            match (*h).kind() {
                $(Kind::$kind => std::ptr::drop_in_place(
                    std::ptr::addr_of_mut!((*(h as *mut Obj<$payload>)).data)),)*
            }
        }

        pub fn traverse(h: &Header, visit: &mut dyn FnMut(&Value)) {
            let p = h as *const Header;
            // SAFETY: the header's kind names the payload's type.
            unsafe {
                match h.kind() {
                    $(Kind::$kind => (*(p as *const Obj<$payload>)).data.traverse(visit),)*
                }
            }
        }

        pub fn clear(h: &Header) {
            let p = h as *const Header;
            // SAFETY: as in `traverse`.
            unsafe {
                match h.kind() {
                    $(Kind::$kind => (*(p as *const Obj<$payload>)).data.clear(),)*
                }
            }
        }

        /// Size of `Obj<payload>` for a layout, rounded up to 8 bytes.
        pub fn payload_size(kind: Kind) -> usize {
            match kind {
                $(Kind::$kind => crate::object::extension_offset::<$payload>(),)*
            }
        }
    };
}

declare_kinds! {
    Object => object::ObjectData,
    Type => TypeData,
    Int => int::IntData,
    Float => float::FloatData,
    Complex => complex::ComplexData,
    Str => str::StrData,
    Bytes => bytes::BytesData,
    ByteArray => bytes::ByteArrayData,
    MemoryView => bytes::MemoryViewData,
    Tuple => tuple::TupleData,
    List => list::ListData,
    Dict => dict::DictData,
    Set => set::SetData,
    Function => function::FunctionData,
    NativeFunction => native::NativeFunctionData,
    Method => function::MethodData,
    MethodDescr => native::MethodDescrData,
    SlotWrapper => native::SlotWrapperData,
    Code => code::CodeData,
    Module => module::ModuleData,
    Cell => function::CellData,
    Exception => exception::ExceptionData,
    Range => range::RangeData,
    Slice => slice::SliceData,
    Iter => iter::IterData,
    Generator => generator::GeneratorData,
    Property => descr::PropertyData,
    ClassMethod => descr::ClassMethodData,
    StaticMethod => descr::StaticMethodData,
    Super => descr::SuperData,
    Member => descr::MemberData,
    GetSet => descr::GetSetData,
    MappingProxy => dict::MappingProxyData,
    DictView => dict::DictViewData,
    Frame => frame_object::FrameData,
    Traceback => frame_object::TracebackData,
    WeakRef => weakref::WeakRefData,
    CoroWrapper => generator::CoroWrapperData,
    AsyncGenASend => generator::AsendData,
    AsyncGenAThrow => generator::AthrowData,
    AsyncGenWrapped => generator::AsyncGenWrappedData,
    AnextAwaitable => generator::AnextAwaitableData,
    File => file::FileData,
    GenericAlias => generic_alias::GenericAliasData,
}

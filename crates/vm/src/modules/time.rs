//! `time`: clocks through `clock_gettime`, broken-down time through the C library's
//! `gmtime_r`/`localtime_r`/`mktime`/`strftime` as CPython does, and `struct_time` as a struct
//! sequence of 9 visible fields plus `tm_zone`/`tm_gmtoff`.

use std::cell::RefCell;
use std::collections::HashMap;
use std::ffi::{c_char, c_int, c_long, CStr};

use dashu_int::IBig;

use crate::object::{PyRef, TypeRef};
use crate::objects::float::FloatData;
use crate::objects::module::ModuleData;
use crate::objects::native::Args;
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[repr(C)]
#[derive(Clone, Copy)]
struct Tm {
    tm_sec: c_int,
    tm_min: c_int,
    tm_hour: c_int,
    tm_mday: c_int,
    tm_mon: c_int,
    tm_year: c_int,
    tm_wday: c_int,
    tm_yday: c_int,
    tm_isdst: c_int,
    tm_gmtoff: c_long,
    tm_zone: *const c_char,
}

impl Tm {
    fn zeroed() -> Tm {
        Tm {
            tm_sec: 0,
            tm_min: 0,
            tm_hour: 0,
            tm_mday: 0,
            tm_mon: 0,
            tm_year: 0,
            tm_wday: 0,
            tm_yday: 0,
            tm_isdst: 0,
            tm_gmtoff: 0,
            tm_zone: std::ptr::null(),
        }
    }
}

#[repr(C)]
struct Timespec {
    tv_sec: i64,
    tv_nsec: c_long,
}

extern "C" {
    fn gmtime_r(t: *const i64, out: *mut Tm) -> *mut Tm;
    fn localtime_r(t: *const i64, out: *mut Tm) -> *mut Tm;
    fn mktime(tm: *mut Tm) -> i64;
    fn strftime(s: *mut c_char, max: usize, format: *const c_char, tm: *const Tm) -> usize;
    fn tzset();
    fn clock_gettime(clock: c_int, ts: *mut Timespec) -> c_int;
    fn clock_getres(clock: c_int, ts: *mut Timespec) -> c_int;
}

const CLOCK_REALTIME: c_int = 0;
const CLOCK_MONOTONIC: c_int = 1;
const CLOCK_PROCESS_CPUTIME_ID: c_int = 2;
const CLOCK_THREAD_CPUTIME_ID: c_int = 3;

fn clock_ns(clock: c_int) -> i128 {
    let mut ts = Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid out pointer.
    unsafe { clock_gettime(clock, &mut ts) };
    ts.tv_sec as i128 * 1_000_000_000 + ts.tv_nsec as i128
}

/// A struct_time's `tm_zone` and `tm_gmtoff`.
type Hidden = (Option<String>, Option<i64>);

thread_local! {
    static STRUCT_TIME: RefCell<Option<TypeRef>> = const { RefCell::new(None) };
    /// `tm_zone` and `tm_gmtoff` of each live `struct_time`, by address: the visible tuple
    /// holds only the 9 sequence fields. Every constructor overwrites its entry.
    static HIDDEN: RefCell<HashMap<usize, Hidden>> =
        RefCell::new(HashMap::new());
}

fn struct_time_type(vm: &mut Vm) -> TypeRef {
    if let Some(t) = STRUCT_TIME.with(|t| t.borrow().clone()) {
        return t;
    }
    let t = crate::builtin_impls::structseq::new_type(
        vm,
        "time.struct_time",
        &[
            "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
            "tm_isdst",
        ],
    );
    crate::builtin_impls::set_attr(vm, &t, "n_fields", vm.new_int(11));
    crate::builtin_impls::set_attr(vm, &t, "n_unnamed_fields", vm.new_int(0));
    t.slots.getattro.set(Some(struct_time_getattro));
    t.slots.new.set(Some(struct_time_new));
    STRUCT_TIME.with(|s| *s.borrow_mut() = Some(t.clone()));
    t
}

fn new_struct_time(
    vm: &mut Vm,
    items: Vec<Value>,
    zone: Option<String>,
    off: Option<i64>,
) -> Value {
    let t = struct_time_type(vm);
    let v = crate::builtin_impls::structseq::new_value(vm, &t, items);
    HIDDEN.with(|h| h.borrow_mut().insert(v.raw() as usize, (zone, off)));
    v
}

fn hidden(v: &Value) -> Hidden {
    HIDDEN
        .with(|h| h.borrow().get(&(v.raw() as usize)).cloned())
        .unwrap_or((None, None))
}

fn struct_time_getattro(vm: &mut Vm, v: &Value, name: &PyRef<StrData>) -> PyResult<Value> {
    match name.as_str() {
        "tm_zone" => {
            return Ok(match hidden(v).0 {
                Some(z) => vm.new_str(z),
                None => Value::NONE,
            })
        }
        "tm_gmtoff" => {
            return Ok(match hidden(v).1 {
                Some(o) => vm.new_int(o),
                None => Value::NONE,
            })
        }
        _ => {}
    }
    crate::builtin_impls::structseq::getattro(vm, v, name)
}

fn struct_time_new(vm: &mut Vm, _ty: &TypeRef, a: Args<'_>) -> PyResult<Value> {
    let r = a.parse(vm, "struct_time", &["sequence", "dict"], 1)?;
    let items = vm.collect(r[0].as_ref().expect("required"))?;
    let n = items.len();
    if n < 9 {
        return Err(vm.type_error(format!(
            "time.struct_time() takes an at least 9-sequence ({n}-sequence given)"
        )));
    }
    if n > 11 {
        return Err(vm.type_error(format!(
            "time.struct_time() takes an at most 11-sequence ({n}-sequence given)"
        )));
    }
    let zone = items
        .get(9)
        .and_then(|z| z.downcast::<StrData>().map(|s| s.as_str().to_string()));
    let off = items
        .get(10)
        .and_then(|o| crate::builtin_impls::int::as_int(o).and_then(|i| i.to_i64()));
    Ok(new_struct_time(vm, items[..9].to_vec(), zone, off))
}

fn tm_to_value(vm: &mut Vm, tm: &Tm) -> Value {
    let items = vec![
        vm.new_int(tm.tm_year as i64 + 1900),
        vm.new_int(tm.tm_mon as i64 + 1),
        vm.new_int(tm.tm_mday as i64),
        vm.new_int(tm.tm_hour as i64),
        vm.new_int(tm.tm_min as i64),
        vm.new_int(tm.tm_sec as i64),
        vm.new_int((tm.tm_wday as i64 + 6) % 7),
        vm.new_int(tm.tm_yday as i64 + 1),
        vm.new_int(tm.tm_isdst as i64),
    ];
    let zone = (!tm.tm_zone.is_null()).then(|| {
        // SAFETY: the C library's zone name, a NUL-terminated static string.
        unsafe { CStr::from_ptr(tm.tm_zone) }
            .to_string_lossy()
            .into_owned()
    });
    new_struct_time(vm, items, zone, Some(tm.tm_gmtoff))
}

/// `_PyTime_ObjectToTime_t` rounding towards minus infinity; None means "now".
fn seconds_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<i64> {
    let v = match v {
        Some(v) if !v.is_none() => v,
        _ => return Ok((clock_ns(CLOCK_REALTIME).div_euclid(1_000_000_000)) as i64),
    };
    if let Some(f) = v.downcast::<FloatData>() {
        let x = f.0;
        if x.is_nan() {
            return Err(vm.value_error("Invalid value NaN (not a number)"));
        }
        let x = x.floor();
        if !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&x) {
            return Err(vm.overflow_error("timestamp out of range for platform time_t"));
        }
        return Ok(x as i64);
    }
    let i = crate::builtin_impls::int::index(vm, v)?;
    i.to_i64()
        .ok_or_else(|| vm.overflow_error("timestamp out of range for platform time_t"))
}

fn overflow_os_error(vm: &mut Vm) -> crate::vm::Exc {
    let ty = vm.exc.OSError.as_value().clone();
    let args = [
        vm.new_int(75),
        vm.new_str("Value too large for defined data type"),
    ];
    match vm.call(&ty, Args::positional(&args)) {
        Ok(e) => crate::vm::Exc(e),
        Err(e) => e,
    }
}

fn broken_down(vm: &mut Vm, a: Args<'_>, name: &str, local: bool) -> PyResult<Value> {
    let r = a.unpack(vm, name, 0, 1)?;
    let t = seconds_arg(vm, r.first())?;
    let mut tm = Tm::zeroed();
    // SAFETY: valid pointers to a time_t and a struct tm.
    let ok = unsafe {
        if local {
            !localtime_r(&t, &mut tm).is_null()
        } else {
            !gmtime_r(&t, &mut tm).is_null()
        }
    };
    if !ok {
        return Err(overflow_os_error(vm));
    }
    Ok(tm_to_value(vm, &tm))
}

/// `gettmarg`: a 9-tuple or struct_time as a `struct tm` (not yet range-checked).
fn gettmarg(vm: &mut Vm, v: &Value, func: &str) -> PyResult<(Tm, Option<std::ffi::CString>)> {
    let Some(t) = v.downcast::<TupleData>() else {
        return Err(vm.type_error("Tuple or struct_time argument required"));
    };
    let items = t.items().to_vec();
    if items.len() != 9 {
        return Err(vm.type_error(format!("{func}(): illegal time tuple argument")));
    }
    let mut f = [0i64; 9];
    for (i, x) in items.iter().enumerate() {
        if x.downcast::<FloatData>().is_some() {
            return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
        }
        let n = crate::builtin_impls::int::index(vm, x)?;
        f[i] = match n.to_i64().filter(|n| i32::try_from(*n).is_ok()) {
            Some(n) => n,
            None => {
                let big = n.to_ibig() > IBig::ZERO;
                return Err(vm.overflow_error(if big {
                    "signed integer is greater than maximum"
                } else {
                    "signed integer is less than minimum"
                }));
            }
        };
    }
    let mut tm = Tm::zeroed();
    if f[0] < i32::MIN as i64 + 1900 {
        return Err(vm.overflow_error("year out of range"));
    }
    tm.tm_year = (f[0] - 1900) as c_int;
    tm.tm_mon = (f[1] - 1) as c_int;
    tm.tm_mday = f[2] as c_int;
    tm.tm_hour = f[3] as c_int;
    tm.tm_min = f[4] as c_int;
    tm.tm_sec = f[5] as c_int;
    tm.tm_wday = ((f[6] + 1) % 7) as c_int;
    tm.tm_yday = (f[7] - 1) as c_int;
    tm.tm_isdst = f[8] as c_int;
    let mut zone = None;
    let is_struct_time =
        STRUCT_TIME.with(|s| s.borrow().as_ref().is_some_and(|st| vm.type_of(v).is(st)));
    if is_struct_time {
        let (z, off) = hidden(v);
        if let Some(z) = z {
            zone = std::ffi::CString::new(z).ok();
        }
        tm.tm_gmtoff = off.unwrap_or(0) as c_long;
        if let Some(z) = &zone {
            tm.tm_zone = z.as_ptr();
        }
    }
    Ok((tm, zone))
}

/// CPython's `checktm` with `strftime`'s and `asctime`'s normalization of zero fields.
fn checktm(vm: &Vm, tm: &mut Tm) -> PyResult<()> {
    if tm.tm_mon == -1 {
        tm.tm_mon = 0;
    } else if !(0..=11).contains(&tm.tm_mon) {
        return Err(vm.value_error("month out of range"));
    }
    if tm.tm_mday == 0 {
        tm.tm_mday = 1;
    } else if !(0..=31).contains(&tm.tm_mday) {
        return Err(vm.value_error("day of month out of range"));
    }
    if !(0..=23).contains(&tm.tm_hour) {
        return Err(vm.value_error("hour out of range"));
    }
    if !(0..=59).contains(&tm.tm_min) {
        return Err(vm.value_error("minute out of range"));
    }
    if !(0..=61).contains(&tm.tm_sec) {
        return Err(vm.value_error("seconds out of range"));
    }
    if tm.tm_wday < 0 {
        return Err(vm.value_error("day of week out of range"));
    }
    if tm.tm_yday == -1 {
        tm.tm_yday = 0;
    } else if !(0..=365).contains(&tm.tm_yday) {
        return Err(vm.value_error("day of year out of range"));
    }
    Ok(())
}

/// The struct tm of an optional time-tuple argument, or local time now.
fn tm_arg(vm: &mut Vm, v: Option<&Value>, func: &str) -> PyResult<(Tm, Option<std::ffi::CString>)> {
    match v {
        Some(v) => gettmarg(vm, v, func),
        None => {
            let t = seconds_arg(vm, None)?;
            let mut tm = Tm::zeroed();
            // SAFETY: valid pointers.
            unsafe { localtime_r(&t, &mut tm) };
            Ok((tm, None))
        }
    }
}

fn asctime_of(tm: &Tm) -> String {
    const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    format!(
        "{} {}{:3} {:02}:{:02}:{:02} {}",
        DAYS[tm.tm_wday.rem_euclid(7) as usize],
        MONTHS[tm.tm_mon.clamp(0, 11) as usize],
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        1900 + tm.tm_year as i64
    )
}

fn time_strftime(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = a.unpack(vm, "strftime", 1, 2)?;
    let Some(fmt) = r[0].downcast::<StrData>() else {
        return Err(vm.type_error(format!(
            "strftime() argument 1 must be str, not {}",
            vm.type_name(&r[0])
        )));
    };
    let fmt = fmt.as_str().to_string();
    let (mut tm, _zone) = tm_arg(vm, r.get(1), "strftime")?;
    checktm(vm, &mut tm)?;
    tm.tm_isdst = tm.tm_isdst.clamp(-1, 1);
    let Ok(cfmt) = std::ffi::CString::new(fmt.clone()) else {
        return Err(vm.value_error("embedded null character"));
    };
    if fmt.is_empty() {
        return Ok(vm.new_str(""));
    }
    let mut size = 1024usize;
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: `buf` has `size` bytes; the format and tm are valid.
        let n = unsafe { strftime(buf.as_mut_ptr() as *mut c_char, size, cfmt.as_ptr(), &tm) };
        if n > 0 || size >= 256 * fmt.len().max(4) {
            buf.truncate(n);
            return Ok(vm.new_str(String::from_utf8_lossy(&buf).into_owned()));
        }
        size *= 2;
    }
}

/// Zone names and offsets as CPython's `init_timezone` computes them (January and July).
fn zone_info() -> (i64, i64, bool, String, String) {
    // SAFETY: tzset reads the environment.
    unsafe { tzset() };
    let now = (clock_ns(CLOCK_REALTIME) / 1_000_000_000) as i64;
    let year_start = {
        let mut tm = Tm::zeroed();
        // SAFETY: valid pointers.
        unsafe { gmtime_r(&now, &mut tm) };
        now - tm.tm_yday as i64 * 86400
            - tm.tm_hour as i64 * 3600
            - tm.tm_min as i64 * 60
            - tm.tm_sec as i64
    };
    let at = |t: i64| {
        let mut tm = Tm::zeroed();
        // SAFETY: valid pointers.
        unsafe { localtime_r(&t, &mut tm) };
        let name = if tm.tm_zone.is_null() {
            String::new()
        } else {
            // SAFETY: the C library's zone name.
            unsafe { CStr::from_ptr(tm.tm_zone) }
                .to_string_lossy()
                .into_owned()
        };
        (tm.tm_gmtoff, name)
    };
    let (jan, janname) = at(year_start);
    let (jul, julname) = at(year_start + (31 + 28 + 31 + 30 + 31 + 30) * 86400);
    if jan < jul {
        (-jan, -jul, jan != jul, janname, julname)
    } else {
        (-jul, -jan, jan != jul, julname, janname)
    }
}

fn sleep_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(f) = v.downcast::<FloatData>() {
        let x = f.0;
        if x.is_nan() {
            return Err(vm.value_error("Invalid value NaN (not a number)"));
        }
        let ns = (x * 1e9).round();
        if !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&ns) {
            return Err(vm.overflow_error("timestamp out of range for platform time_t"));
        }
        return Ok(x);
    }
    let i = crate::builtin_impls::int::index(vm, v)?;
    match i.to_i64().and_then(|s| s.checked_mul(1_000_000_000)) {
        Some(_) => Ok(i.to_i64().unwrap_or(0) as f64),
        None => Err(vm.overflow_error("timestamp too large to convert to C _PyTime_t")),
    }
}

fn ns_value(vm: &Vm, ns: i128) -> Value {
    vm.new_bigint(IBig::from(ns))
}

pub fn init(vm: &mut Vm) -> PyResult<PyRef<ModuleData>> {
    let m = vm.new_module("time");
    let st = struct_time_type(vm);
    super::set(vm, &m, "struct_time", st.as_value().clone());
    super::add_functions(
        vm,
        &m,
        &[
            ("time", |vm, a| {
                a.none(vm, "time")?;
                Ok(vm.new_float(clock_ns(CLOCK_REALTIME) as f64 * 1e-9))
            }),
            ("time_ns", |vm, _| {
                Ok(ns_value(vm, clock_ns(CLOCK_REALTIME)))
            }),
            ("perf_counter", |vm, _| {
                Ok(vm.new_float(clock_ns(CLOCK_MONOTONIC) as f64 * 1e-9))
            }),
            ("perf_counter_ns", |vm, _| {
                Ok(ns_value(vm, clock_ns(CLOCK_MONOTONIC)))
            }),
            ("monotonic", |vm, _| {
                Ok(vm.new_float(clock_ns(CLOCK_MONOTONIC) as f64 * 1e-9))
            }),
            ("monotonic_ns", |vm, _| {
                Ok(ns_value(vm, clock_ns(CLOCK_MONOTONIC)))
            }),
            ("process_time", |vm, _| {
                Ok(vm.new_float(clock_ns(CLOCK_PROCESS_CPUTIME_ID) as f64 * 1e-9))
            }),
            ("process_time_ns", |vm, _| {
                Ok(ns_value(vm, clock_ns(CLOCK_PROCESS_CPUTIME_ID)))
            }),
            ("thread_time", |vm, _| {
                Ok(vm.new_float(clock_ns(CLOCK_THREAD_CPUTIME_ID) as f64 * 1e-9))
            }),
            ("thread_time_ns", |vm, _| {
                Ok(ns_value(vm, clock_ns(CLOCK_THREAD_CPUTIME_ID)))
            }),
            ("sleep", |vm, a| {
                let x = a.exactly_one(vm, "time.sleep")?.clone();
                let s = sleep_arg(vm, &x)?;
                if s < 0.0 {
                    return Err(vm.value_error("sleep length must be non-negative"));
                }
                std::thread::sleep(std::time::Duration::from_secs_f64(s));
                Ok(Value::NONE)
            }),
            ("gmtime", |vm, a| broken_down(vm, a, "gmtime", false)),
            ("localtime", |vm, a| broken_down(vm, a, "localtime", true)),
            ("mktime", |vm, a| {
                let x = a.exactly_one(vm, "time.mktime")?.clone();
                let (mut tm, _zone) = gettmarg(vm, &x, "mktime")?;
                tm.tm_wday = -1;
                // SAFETY: a valid struct tm.
                let t = unsafe { mktime(&mut tm) };
                if t == -1 && tm.tm_wday == -1 {
                    return Err(vm.overflow_error("mktime argument out of range"));
                }
                Ok(vm.new_float(t as f64))
            }),
            ("strftime", time_strftime),
            ("asctime", |vm, a| {
                let r = a.unpack(vm, "asctime", 0, 1)?;
                let (mut tm, _zone) = tm_arg(vm, r.first(), "asctime")?;
                checktm(vm, &mut tm)?;
                Ok(vm.new_str(asctime_of(&tm)))
            }),
            ("ctime", |vm, a| {
                let r = a.unpack(vm, "ctime", 0, 1)?;
                let t = seconds_arg(vm, r.first())?;
                let mut tm = Tm::zeroed();
                // SAFETY: valid pointers.
                if unsafe { localtime_r(&t, &mut tm) }.is_null() {
                    return Err(overflow_os_error(vm));
                }
                Ok(vm.new_str(asctime_of(&tm)))
            }),
            ("get_clock_info", |vm, a| {
                let x = a.exactly_one(vm, "time.get_clock_info")?.clone();
                let name = x
                    .downcast::<StrData>()
                    .map(|s| s.as_str().to_string())
                    .unwrap_or_default();
                let (imp, clock, mono, adj) = match name.as_str() {
                    "time" => ("clock_gettime(CLOCK_REALTIME)", CLOCK_REALTIME, false, true),
                    "monotonic" | "perf_counter" => (
                        "clock_gettime(CLOCK_MONOTONIC)",
                        CLOCK_MONOTONIC,
                        true,
                        false,
                    ),
                    "process_time" => (
                        "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)",
                        CLOCK_PROCESS_CPUTIME_ID,
                        true,
                        false,
                    ),
                    "thread_time" => (
                        "clock_gettime(CLOCK_THREAD_CPUTIME_ID)",
                        CLOCK_THREAD_CPUTIME_ID,
                        true,
                        false,
                    ),
                    _ => return Err(vm.value_error("unknown clock")),
                };
                let mut ts = Timespec {
                    tv_sec: 0,
                    tv_nsec: 0,
                };
                // SAFETY: a valid out pointer.
                unsafe { clock_getres(clock, &mut ts) };
                let res = ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9;
                // Attributes as CPython's SimpleNamespace has them (there is no such type yet).
                let ns = vm.new_module("namespace");
                super::set(vm, &ns, "implementation", vm.new_str(imp));
                super::set(vm, &ns, "monotonic", Value::from_bool(mono));
                super::set(vm, &ns, "adjustable", Value::from_bool(adj));
                super::set(vm, &ns, "resolution", vm.new_float(res));
                let ns = ns.into_value();
                Ok(ns)
            }),
        ],
    );
    let (timezone, altzone, daylight, std_name, dst_name) = zone_info();
    super::set(vm, &m, "timezone", vm.new_int(timezone));
    super::set(vm, &m, "altzone", vm.new_int(altzone));
    super::set(vm, &m, "daylight", vm.new_int(daylight as i64));
    let names = vm.new_tuple([vm.new_str(std_name), vm.new_str(dst_name)]);
    super::set(vm, &m, "tzname", names);
    for (name, v) in [
        ("CLOCK_REALTIME", CLOCK_REALTIME),
        ("CLOCK_MONOTONIC", CLOCK_MONOTONIC),
        ("CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID),
        ("CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID),
    ] {
        super::set(vm, &m, name, vm.new_int(v as i64));
    }
    Ok(m)
}

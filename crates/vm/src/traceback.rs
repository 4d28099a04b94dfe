//! Traceback entries and CPython 3.11's printed format for uncaught exceptions.

use bytecode::LocationTable;

use crate::interp::frame::Frame;
use crate::object::{alloc, PyRef};
use crate::objects::code::CodeData;
use crate::objects::exception::ExceptionData;
use crate::objects::frame_object::{FrameData, TracebackData};
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use crate::value::Value;
use crate::vm::{Exc, Vm};

/// The frame object of the innermost frame, made on first request.
pub fn frame_object(vm: &mut Vm) -> Value {
    let top = vm.frames.len() - 1;
    frame_object_at(vm, top)
}

/// The frame object of `vm.frames[index]`, made on first request. Its `f_back` is found
/// lazily while the frame runs (see `frame_back`), so tracebacks do not materialize the
/// whole stack.
pub fn frame_object_at(vm: &mut Vm, index: usize) -> Value {
    let ty = vm.types.frame.clone();
    frame_object_of(&ty, vm.frames.get_mut(index).expect("a live frame index"))
}

/// The frame object of `f` (of type `frame_type`), made on first request.
pub fn frame_object_of(frame_type: &crate::object::TypeRef, f: &mut Frame) -> Value {
    if let Some(fo) = &f.frame_obj {
        if let Some(d) = fo.downcast::<FrameData>() {
            d.lasti.set(f.lasti);
        }
        return fo.clone();
    }
    let data = FrameData {
        code: f.code.clone(),
        globals: f.globals.as_value().clone(),
        builtins: f.builtins.as_value().clone(),
        locals: std::cell::RefCell::new(f.locals.clone()),
        fast_locals: std::cell::RefCell::new(None),
        lasti: std::cell::Cell::new(f.lasti),
        back: std::cell::RefCell::new(None),
        finished: std::cell::Cell::new(false),
    };
    let fo = alloc(frame_type, data).into_value();
    f.frame_obj = Some(fo.clone());
    fo
}

/// `frame.f_back`: the caller's frame object while the frame is live, the one recorded when
/// it finished otherwise.
pub fn frame_back(vm: &mut Vm, fo: &Value) -> Option<Value> {
    let d = fo.downcast::<FrameData>()?;
    if let Some(b) = d.back.borrow().clone() {
        return Some(b);
    }
    if d.finished.get() {
        return None;
    }
    let index = vm
        .frames
        .iter()
        .position(|f| f.frame_obj.as_ref().is_some_and(|o| o.is(fo)))?;
    let back = frame_object_at(vm, index.checked_sub(1)?);
    Some(back)
}

/// `PyTraceBack_Here`: records the innermost frame's position in the exception's traceback.
pub fn add_traceback_entry(vm: &mut Vm, exc: &Exc) {
    let lasti = vm.frames.last().map(|f| f.lasti).unwrap_or(0);
    let code = vm.frames.last().expect("a frame").code.clone();
    let fo = frame_object(vm);
    let d = exc.data();
    let next = d.traceback.borrow_mut().take();
    let tb = alloc(
        &vm.types.traceback,
        TracebackData {
            next: std::cell::RefCell::new(next),
            frame: fo,
            lasti,
            lineno: line_of(&code, lasti),
        },
    );
    *d.traceback.borrow_mut() = Some(tb.into_value());
}

pub fn line_of(code: &CodeData, unit: usize) -> Option<i32> {
    let table = LocationTable::new(&code.raw.linetable, code.raw.firstlineno);
    let off = unit * 2;
    table
        .entries()
        .find(|e| e.start <= off && off < e.end)
        .and_then(|e| e.location.line)
}

fn position_of(code: &CodeData, unit: usize) -> Option<bytecode::Location> {
    let table = LocationTable::new(&code.raw.linetable, code.raw.firstlineno);
    let off = unit * 2;
    table
        .entries()
        .find(|e| e.start <= off && off < e.end)
        .map(|e| e.location)
}

/// Source line `n` (1-based) of `path`, if readable.
fn source_line(path: &str, n: i32) -> Option<String> {
    if n < 1 {
        return None;
    }
    let text = std::fs::read(path).ok()?;
    let text = String::from_utf8_lossy(&text);
    text.split_inclusive('\n')
        .nth(n as usize - 1)
        .map(|l| l.trim_end_matches(['\n', '\r']).to_string())
}

fn char_offset(line: &str, byte: usize) -> usize {
    line.char_indices().take_while(|(b, _)| *b < byte).count()
}

struct Entry {
    filename: String,
    lineno: Option<i32>,
    name: String,
    code: PyRef<CodeData>,
    lasti: usize,
}

fn entries(tb: Option<Value>) -> Vec<Entry> {
    let mut out = Vec::new();
    let mut cur = tb;
    while let Some(t) = cur {
        let Some(td) = t.downcast::<TracebackData>() else {
            break;
        };
        if let Some(fd) = td.frame.downcast::<FrameData>() {
            out.push(Entry {
                filename: fd.code.filename.as_str().to_string(),
                lineno: td.lineno,
                name: fd.code.name.as_str().to_string(),
                code: fd.code.clone(),
                lasti: td.lasti,
            });
        }
        cur = td.next.borrow().clone();
    }
    out
}

fn format_entry(e: &Entry, out: &mut String) {
    let line = match e.lineno {
        Some(l) => l.to_string(),
        None => "None".to_string(),
    };
    out.push_str(&format!(
        "  File \"{}\", line {}, in {}\n",
        e.filename, line, e.name
    ));
    let Some(lineno) = e.lineno else {
        return;
    };
    let Some(src) = source_line(&e.filename, lineno) else {
        return;
    };
    let stripped = src.trim();
    if stripped.is_empty() {
        return;
    }
    out.push_str(&format!("    {stripped}\n"));
    let Some(pos) = position_of(&e.code, e.lasti) else {
        return;
    };
    let (Some(col), Some(end_col), Some(end_line)) = (pos.column, pos.end_column, pos.end_line)
    else {
        return;
    };
    let start = char_offset(&src, col as usize);
    let mut end = char_offset(&src, end_col as usize);
    let segment: String = src
        .chars()
        .skip(start)
        .take(end.saturating_sub(start))
        .collect();
    let anchors = if end_line == lineno {
        crate::caret_anchors::anchors(&segment)
    } else {
        end = src.trim_end().chars().count();
        None
    };
    let stripped_chars = src.chars().count() - src.trim_start().chars().count();
    let stripped_len = stripped.chars().count();
    let show = end.saturating_sub(start) < stripped_len
        || anchors.is_some_and(|a| a.right_start > a.left_end);
    if !show || start < stripped_chars {
        return;
    }
    // Columns, not characters: wide characters take two, and the carets follow them.
    use crate::unicode::display_width;
    let (start, end) = (display_width(&src, start), display_width(&src, end));
    out.push_str("    ");
    out.push_str(&" ".repeat(start.saturating_sub(stripped_chars)));
    match anchors {
        Some(a) => {
            let left_end = display_width(&segment, a.left_end);
            let right_start = display_width(&segment, a.right_start);
            out.push_str(&"~".repeat(left_end));
            out.push_str(&"^".repeat(right_start.saturating_sub(left_end)));
            out.push_str(&"~".repeat((end - start).saturating_sub(right_start)));
        }
        None => out.push_str(&"^".repeat(end - start)),
    }
    out.push('\n');
}

/// Formats a traceback chain with CPython's repetition folding.
pub fn format_tb(tb: Option<Value>, out: &mut String) {
    let list = entries(tb);
    let mut last: Option<(String, Option<i32>, String)> = None;
    let mut count = 0usize;
    for e in &list {
        let key = (e.filename.clone(), e.lineno, e.name.clone());
        if last.as_ref() == Some(&key) {
            count += 1;
        } else {
            if count > 3 {
                let n = count - 3;
                out.push_str(&format!(
                    "  [Previous line repeated {} more time{}]\n",
                    n,
                    if n > 1 { "s" } else { "" }
                ));
            }
            last = Some(key);
            count = 1;
        }
        if count <= 3 {
            format_entry(e, out);
        }
    }
    if count > 3 {
        let n = count - 3;
        out.push_str(&format!(
            "  [Previous line repeated {} more time{}]\n",
            n,
            if n > 1 { "s" } else { "" }
        ));
    }
}

/// The last line: `module.Qualname: message`.
pub fn format_exception_only(vm: &mut Vm, exc: &Value, out: &mut String) {
    let ty = vm.type_of(exc);
    let qual = ty.qualname.borrow().clone();
    let module = ty
        .dict
        .get_rust_str("__module__")
        .and_then(|m| m.downcast::<StrData>().map(|s| s.as_str().to_string()));
    let name = match module.as_deref() {
        Some("builtins") | Some("__main__") | None => qual,
        Some(m) => format!("{m}.{qual}"),
    };
    if vm.is_instance_of(exc, &vm.exc.SyntaxError.clone())
        && format_syntax_error(vm, exc, &name, out)
    {
        return;
    }
    let mut msg = match vm.str(exc) {
        Ok(s) => s.as_str().to_string(),
        Err(_) => "<exception str() failed>".to_string(),
    };
    if let Some(s) = crate::suggestions::offer(vm, exc) {
        msg.push_str(&s);
    }
    if msg.is_empty() {
        out.push_str(&name);
    } else {
        out.push_str(&format!("{name}: {msg}"));
    }
    out.push('\n');
    // PEP 678 notes.
    if let Some(d) = crate::attr::dict_slot(exc).and_then(|s| s.get()) {
        if let Some(notes) = d
            .downcast::<crate::objects::dict::DictData>()
            .and_then(|d| d.get_rust_str("__notes__"))
        {
            let items = notes
                .downcast::<crate::objects::list::ListData>()
                .map(|l| l.snapshot())
                .or_else(|| notes.downcast::<TupleData>().map(|t| t.items().to_vec()));
            match items {
                Some(items) => {
                    for n in items {
                        let s = match n.downcast::<StrData>() {
                            Some(s) => s.as_str().to_string(),
                            None => vm
                                .str_string(&n)
                                .unwrap_or_else(|_| "<note str() failed>".into()),
                        };
                        out.push_str(&s);
                        out.push('\n');
                    }
                }
                None => {
                    let s = vm
                        .repr_string(&notes)
                        .unwrap_or_else(|_| "<__notes__ repr() failed>".into());
                    out.push_str(&s);
                    out.push('\n');
                }
            }
        }
    }
}

fn format_syntax_error(vm: &mut Vm, exc: &Value, name: &str, out: &mut String) -> bool {
    let Some(d) = exc.downcast::<ExceptionData>() else {
        return false;
    };
    let get_str = |i: usize| {
        d.field(i)
            .and_then(|v| v.downcast::<StrData>().map(|s| s.as_str().to_string()))
    };
    let get_int = |i: usize| d.field(i).and_then(|v| v.as_small_int());
    let msg = get_str(0).unwrap_or_else(|| vm.str_string(exc).unwrap_or_default());
    let filename = get_str(1).unwrap_or_else(|| "<string>".to_string());
    if let Some(lineno) = get_int(2) {
        out.push_str(&format!("  File \"{filename}\", line {lineno}\n"));
    }
    if let Some(text) = get_str(4) {
        let offset = get_int(3);
        let end_offset = get_int(6);
        let line = text.trim_end_matches(['\n', '\r']);
        let lstripped = line.trim_start_matches([' ', '\t', '\x0c']);
        let removed = line.chars().count() - lstripped.chars().count();
        out.push_str(&format!("    {}\n", lstripped.trim_end()));
        if let Some(off) = offset {
            let start = (off - 1 - removed as i64).max(0) as usize;
            let end = match end_offset {
                Some(e) if get_int(5) == get_int(2) && e > off => {
                    (e - 1 - removed as i64).max(start as i64 + 1) as usize
                }
                _ => start + 1,
            };
            out.push_str("    ");
            out.push_str(&" ".repeat(start));
            out.push_str(&"^".repeat(end - start));
            out.push('\n');
        }
    }
    out.push_str(&format!("{name}: {msg}\n"));
    true
}

/// Where the report of an exception inside an exception group goes: its nesting depth
/// sets the indent and the `| ` margin of every line.
struct PrintContext {
    group_depth: usize,
    need_close: bool,
}

const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

impl PrintContext {
    fn indent(&self) -> String {
        " ".repeat(2 * self.group_depth)
    }

    /// Appends `text` with every line prefixed by the indent and margin (`margin` replaces
    /// the `|` on the first report line of a top-level group).
    fn emit(&self, text: &str, margin: char, out: &mut String) {
        let mut prefix = self.indent();
        if self.group_depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}

/// The whole report for an uncaught exception, chained causes and contexts first, exception
/// groups as trees (CPython 3.11's layout, `traceback.TracebackException.format`).
pub fn format_exception(vm: &mut Vm, exc: &Value, out: &mut String, seen: &mut Vec<Value>) {
    let mut ctx = PrintContext {
        group_depth: 0,
        need_close: false,
    };
    format_with(vm, exc, out, seen, &mut ctx);
}

fn format_with(
    vm: &mut Vm,
    exc: &Value,
    out: &mut String,
    seen: &mut Vec<Value>,
    ctx: &mut PrintContext,
) {
    // The chain, innermost cause first; an exception already reported is not followed.
    let mut chain: Vec<(Option<&'static str>, Value)> = Vec::new();
    let mut cur = Some(exc.clone());
    while let Some(e) = cur.take() {
        seen.push(e.clone());
        let mut next = None;
        let mut next_msg = None;
        if let Some(d) = e.downcast::<ExceptionData>() {
            let cause = d.cause.borrow().clone();
            let context = d.context.borrow().clone();
            if let Some(c) = cause {
                next_msg = Some(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
                next = Some(c);
            } else if let Some(c) = context.filter(|_| !d.suppress_context.get()) {
                next_msg = Some(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
                next = Some(c);
            }
        }
        // The message goes between an exception and the cause printed before it.
        match next {
            Some(n) if !seen.iter().any(|s| s.is(&n)) => {
                chain.push((next_msg, e));
                cur = Some(n);
            }
            _ => chain.push((None, e)),
        }
    }
    let group_type = vm.exc.BaseExceptionGroup.clone();
    for (msg, e) in chain.into_iter().rev() {
        if let Some(m) = msg {
            ctx.emit(m, '|', out);
        }
        let tb = e
            .downcast::<ExceptionData>()
            .and_then(|d| d.traceback.borrow().clone());
        let mut text = String::new();
        if !vm.is_instance_of(&e, &group_type) {
            if tb.is_some() {
                text.push_str("Traceback (most recent call last):\n");
                format_tb(tb, &mut text);
            }
            format_exception_only(vm, &e, &mut text);
            ctx.emit(&text, '|', out);
            continue;
        }
        if ctx.group_depth > MAX_GROUP_DEPTH {
            ctx.emit(
                &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"),
                '|',
                out,
            );
            continue;
        }
        let toplevel = ctx.group_depth == 0;
        if toplevel {
            ctx.group_depth += 1;
        }
        if tb.is_some() {
            let margin = if toplevel { '+' } else { '|' };
            ctx.emit(
                "Exception Group Traceback (most recent call last):\n",
                margin,
                out,
            );
            let mut t = String::new();
            format_tb(tb, &mut t);
            ctx.emit(&t, '|', out);
        }
        format_exception_only(vm, &e, &mut text);
        ctx.emit(&text, '|', out);
        let members = crate::builtin_impls::exceptions::group_members(&e);
        let n = members.len().min(MAX_GROUP_WIDTH + 1);
        ctx.need_close = false;
        for i in 0..n {
            let last = i == n - 1;
            if last {
                // A nested group's own closing line may stand in for this one.
                ctx.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated {
                "...".to_string()
            } else {
                (i + 1).to_string()
            };
            out.push_str(&ctx.indent());
            out.push_str(if i == 0 { "+-" } else { "  " });
            out.push_str(&format!("+---------------- {title} ----------------\n"));
            ctx.group_depth += 1;
            if truncated {
                let remaining = members.len() - MAX_GROUP_WIDTH;
                let plural = if remaining > 1 { "s" } else { "" };
                ctx.emit(
                    &format!("and {remaining} more exception{plural}\n"),
                    '|',
                    out,
                );
            } else {
                format_with(vm, &members[i], out, seen, ctx);
            }
            if last && ctx.need_close {
                out.push_str(&ctx.indent());
                out.push_str("+------------------------------------\n");
                ctx.need_close = false;
            }
            ctx.group_depth -= 1;
        }
        if toplevel {
            ctx.group_depth = 0;
        }
    }
}

pub fn _unused(_: &TupleData) {}

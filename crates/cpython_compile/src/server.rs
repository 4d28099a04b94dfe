//! The compile server: a short Python program run by CPython 3.11 as `python -I -S -c SCRIPT`.
//!
//! Framing, both directions: `u32` little-endian payload length, then the payload. Replies put a
//! kind byte between the length and the payload.
//!
//! - Hello (server → us, once, kind 0): marshal of `("basilisk-compile-server", PROTOCOL,
//!   (major, minor, micro), sys.version, magic, sys.executable)`. A server that is not 3.11 exits
//!   right after it.
//! - Request: `u8` mode (0 exec, 1 eval, 2 single), `i32` flags, `i32` optimize, `u32` filename
//!   length, filename (bytes, `os.fsdecode`d), then the source bytes (the rest).
//! - Reply kind 0: marshal of `(code, ((category, message, filename, lineno, formatted), ...),
//!   (frozenset items in source order or None, ...))`, the frozensets of `co_consts` taken depth
//!   first.
//! - Reply kind 1 (SyntaxError and subclasses): marshal of `(class, msg, filename, lineno,
//!   offset, text, end_lineno, end_offset, len(args[1]) or 0)`.
//! - Reply kind 2 (any other exception): marshal of `(class, str(exc))`.
//!
//! Marshal carries the replies because `marshal` already reads everything in them, code objects
//! included, so the protocol needs no second encoding.

/// Bumped whenever the script and the Rust side change what they exchange.
pub(crate) const PROTOCOL: i64 = 2;

pub(crate) const HELLO_TAG: &str = "basilisk-compile-server";

pub(crate) const REPLY_OK: u8 = 0;
pub(crate) const REPLY_SYNTAX_ERROR: u8 = 1;
pub(crate) const REPLY_OTHER_ERROR: u8 = 2;

// Written so that any Python 3 can run far enough to say which version it is: no syntax newer
// than 3.6 before the version check.
pub(crate) const SCRIPT: &str = r#"
import sys, os, marshal

PROTOCOL = 2
MODES = ("exec", "eval", "single")

def main():
    inp = sys.stdin.buffer
    out = os.fdopen(os.dup(1), "wb")
    # Anything printed by accident must not land inside a reply.
    os.dup2(2, 1)

    def send(kind, payload):
        out.write(len(payload).to_bytes(4, "little") + bytes((kind,)) + payload)
        out.flush()

    try:
        import _frozen_importlib_external
        magic = int.from_bytes(_frozen_importlib_external.MAGIC_NUMBER[:2], "little")
    except Exception:
        magic = -1
    send(0, marshal.dumps(("basilisk-compile-server", PROTOCOL, tuple(sys.version_info[:3]),
                           sys.version, magic, sys.executable or "")))
    if sys.version_info[:2] != (3, 11):
        return

    import warnings
    code_type = type(main.__code__)

    def plain(value):
        if value is None or type(value) is int or type(value) is str:
            return value
        return text_of(value)

    def text_of(value):
        try:
            return str(value)
        except BaseException:
            return "<unprintable %s>" % type(value).__name__

    def handle(req):
        mode = MODES[req[0]]
        flags = int.from_bytes(req[1:5], "little", signed=True)
        optimize = int.from_bytes(req[5:9], "little", signed=True)
        name_end = 13 + int.from_bytes(req[9:13], "little")
        filename = os.fsdecode(req[13:name_end])
        source = req[name_end:]
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                code = compile(source, filename, mode, flags, True, optimize)
        except SyntaxError as e:
            args = e.args
            details = len(args[1]) if len(args) == 2 and type(args[1]) is tuple else 0
            return 1, marshal.dumps((type(e).__name__, plain(e.msg), plain(e.filename),
                                     plain(e.lineno), plain(e.offset), plain(e.text),
                                     plain(e.end_lineno), plain(e.end_offset), details))
        except BaseException as e:
            return 2, marshal.dumps((type(e).__name__, text_of(e)))
        if type(code) is not code_type:
            return 2, marshal.dumps(("TypeError", "compile() returned %s, not a code object"
                                     % type(code).__name__))
        found = []
        if caught:
            # The source line comes from the file on disk, as when CPython shows the warning;
            # the file may have changed since the last request.
            import linecache
            linecache.clearcache()
            for w in caught:
                text = warnings.formatwarning(w.message, w.category, w.filename, w.lineno)
                found.append((w.category.__name__, text_of(w.message), plain(w.filename),
                              plain(w.lineno), text))
        return 0, marshal.dumps((code, tuple(found), insertion_orders(code, source, flags)))

    # marshal writes a frozenset's items sorted by their marshalled form, so a set display
    # loaded from it would iterate in another order than under CPython, which builds the set
    # from the items in source order. That order goes along, found by matching each frozenset
    # constant with a set display of the source (None where none matches).
    def insertion_orders(code, source, flags):
        consts = []
        def walk(c):
            for k in c.co_consts:
                if type(k) is frozenset:
                    consts.append(k)
                elif type(k) is code_type:
                    walk(k)
        walk(code)
        if not consts:
            return ()
        import ast
        displays = []
        try:
            tree = compile(source, "<orders>", "exec", flags | ast.PyCF_ONLY_AST, True)
            for node in ast.walk(tree):
                if isinstance(node, ast.Set):
                    items = []
                    for elt in node.elts:
                        items.append(ast.literal_eval(elt))
                    displays.append(items)
        except Exception:
            pass
        used = [False] * len(displays)
        orders = []
        for fs in consts:
            order = None
            for i, items in enumerate(displays):
                if used[i]:
                    continue
                try:
                    if frozenset(items) != fs:
                        continue
                except Exception:
                    continue
                seen = set()
                first = []
                for x in items:
                    if x not in seen:
                        seen.add(x)
                        first.append(x)
                if len(first) == len(fs):
                    used[i] = True
                    order = tuple(first)
                    break
            orders.append(order)
        return tuple(orders)

    while True:
        head = inp.read(4)
        if len(head) != 4:
            return
        size = int.from_bytes(head, "little")
        req = inp.read(size)
        if len(req) != size:
            return
        try:
            kind, payload = handle(req)
        except BaseException as e:
            kind, payload = 2, marshal.dumps((type(e).__name__,
                                              "compile server: " + text_of(e)))
        req = None
        send(kind, payload)

main()
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_and_rust_agree_on_the_protocol_version() {
        assert!(SCRIPT.contains(&format!("PROTOCOL = {PROTOCOL}\n")));
        assert!(SCRIPT.contains(&format!("\"{HELLO_TAG}\"")));
    }
}

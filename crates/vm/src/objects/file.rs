//! File objects: the standard streams and files from `open()` (text mode).

use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::io::Write;

use crate::object::Trace;

pub enum Stream {
    Stdout,
    Stderr,
    Stdin,
    File(std::fs::File),
}

pub struct FileData {
    pub stream: RefCell<Stream>,
    pub name: String,
    pub mode: String,
    pub closed: Cell<bool>,
    /// Pending output; flushed on newline when `line_buffered`, when full, and at exit.
    pub out: RefCell<Vec<u8>>,
    /// Input read ahead but not yet consumed.
    pub input: RefCell<Vec<u8>>,
    pub input_pos: Cell<usize>,
    pub eof: Cell<bool>,
    pub line_buffered: bool,
    pub readable: bool,
    pub writable: bool,
    /// The binary layer under a text stream (`sys.stdout.buffer`): a `BufferedWriter`
    /// whose own `out` is the buffered writer's pending bytes. The text layer's pending
    /// output moves there when it is flushed, so bytes written to the buffer directly come
    /// out before unflushed text, as in CPython.
    pub buffer: RefCell<Option<Value>>,
}

impl Trace for FileData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(b) = self.buffer.try_borrow() {
            if let Some(v) = &*b {
                visit(v);
            }
        }
    }
}

impl FileData {
    /// The text layer's error handler: CPython's for the standard streams under a UTF-8
    /// locale (`surrogateescape`, `backslashreplace` for stderr), `strict` for files.
    pub fn errors(&self) -> &'static str {
        match &*self.stream.borrow() {
            Stream::Stdout | Stream::Stdin => "surrogateescape",
            Stream::Stderr => "backslashreplace",
            Stream::File(_) => "strict",
        }
    }

    pub fn new(
        stream: Stream,
        name: &str,
        mode: &str,
        line_buffered: bool,
        readable: bool,
        writable: bool,
    ) -> FileData {
        FileData {
            stream: RefCell::new(stream),
            name: name.to_string(),
            mode: mode.to_string(),
            closed: Cell::new(false),
            out: RefCell::new(Vec::new()),
            input: RefCell::new(Vec::new()),
            input_pos: Cell::new(0),
            eof: Cell::new(false),
            line_buffered,
            readable,
            writable,
            buffer: RefCell::new(None),
        }
    }

    pub fn flush(&self) -> std::io::Result<()> {
        let data = std::mem::take(&mut *self.out.borrow_mut());
        let buffer = self.buffer.borrow().clone();
        if let Some(b) = buffer.as_ref().and_then(|b| b.downcast::<FileData>()) {
            b.out.borrow_mut().extend_from_slice(&data);
            return b.flush();
        }
        if data.is_empty() {
            return Ok(());
        }
        match &mut *self.stream.borrow_mut() {
            Stream::Stdout => {
                let mut o = std::io::stdout().lock();
                o.write_all(&data)?;
                o.flush()
            }
            Stream::Stderr => {
                let mut o = std::io::stderr().lock();
                o.write_all(&data)?;
                o.flush()
            }
            Stream::File(f) => f.write_all(&data),
            Stream::Stdin => Ok(()),
        }
    }

    /// A binary write (`BufferedWriter.write`).
    pub fn write_bytes(&self, data: &[u8]) -> std::io::Result<()> {
        self.out.borrow_mut().extend_from_slice(data);
        if self.out.borrow().len() >= 8192 {
            self.flush()?;
        }
        Ok(())
    }

    pub fn write(&self, text: &str) -> std::io::Result<()> {
        self.out.borrow_mut().extend_from_slice(text.as_bytes());
        let need = self.line_buffered && text.contains('\n') || self.out.borrow().len() >= 8192;
        if need {
            self.flush()?;
        }
        Ok(())
    }

    /// Reads more input into the buffer; false at end of file.
    fn fill(&self) -> std::io::Result<bool> {
        use std::io::Read;
        if self.eof.get() {
            return Ok(false);
        }
        let mut chunk = vec![0u8; 65536];
        let n = match &mut *self.stream.borrow_mut() {
            Stream::Stdin => std::io::stdin().lock().read(&mut chunk)?,
            Stream::File(f) => f.read(&mut chunk)?,
            _ => 0,
        };
        if n == 0 {
            self.eof.set(true);
            return Ok(false);
        }
        let mut input = self.input.borrow_mut();
        let pos = self.input_pos.get();
        input.drain(..pos);
        self.input_pos.set(0);
        input.extend_from_slice(&chunk[..n]);
        Ok(true)
    }

    /// One line including its newline, or empty at end of file.
    pub fn readline(&self) -> std::io::Result<Vec<u8>> {
        loop {
            {
                let input = self.input.borrow();
                let pos = self.input_pos.get();
                if let Some(i) = input[pos..].iter().position(|&b| b == b'\n') {
                    let line = input[pos..pos + i + 1].to_vec();
                    self.input_pos.set(pos + i + 1);
                    return Ok(line);
                }
            }
            if !self.fill()? {
                let input = self.input.borrow();
                let pos = self.input_pos.get();
                let line = input[pos..].to_vec();
                self.input_pos.set(input.len());
                return Ok(line);
            }
        }
    }

    pub fn read_all(&self) -> std::io::Result<Vec<u8>> {
        while self.fill()? {}
        let input = self.input.borrow();
        let pos = self.input_pos.get();
        let rest = input[pos..].to_vec();
        self.input_pos.set(input.len());
        Ok(rest)
    }
}

impl Drop for FileData {
    fn drop(&mut self) {
        // Closing a file flushes it; errors at this point have nowhere to go.
        let _ = self.flush();
    }
}

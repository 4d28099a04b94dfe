//! The `python3` command line: argv and the environment, read exactly as CPython 3.11 reads them
//! (`Python/getopt.c`, `Python/preconfig.c`, `Python/initconfig.c`), into a plain [`Options`].
//!
//! [`parse`] only reads; it never prints or exits. When CPython would end the run while reading
//! its configuration (`-h`, `-V`, a usage error, a fatal configuration error), it returns an
//! [`Exit`] holding the exact bytes for stdout and stderr and the status.
//!
//! CPython reads the command line twice, and the order of its complaints follows from that:
//!
//! 1. A silent pre-pass (pre-configuration) that only looks at `-E`, `-I` and `-X`, skips over
//!    anything it does not understand, and stops at `-c`/`-m`. It validates `-X utf8` /
//!    `PYTHONUTF8` and `PYTHONMALLOC`, so those fatal errors win over usage errors and even over
//!    `-h`: `python3 -z -X utf8=2` is a fatal error, not "Unknown option".
//! 2. The real pass, which stops at the first bad option with a usage error (status 2), answers
//!    `-h`/`--help-*` at once, and `-V` only once the options are all read.
//! 3. The rest of the configuration, in CPython's order: `PYTHONHASHSEED`, then
//!    `PYTHONTRACEMALLOC`/`-X tracemalloc`, then `PYTHONINTMAXSTRDIGITS`/`-X int_max_str_digits`,
//!    then `-X frozen_modules`; each bad value is a fatal error with status 1. (CPython finds
//!    some problems later still, while starting the interpreter, such as `-X tracemalloc=N` for
//!    N above 65535; those are not configuration errors and are left to the caller.)
//!
//! CPython works on `wchar_t` strings decoded from the locale encoding with `surrogateescape`;
//! this module assumes a UTF-8 locale (what CPython itself uses under the C locale, through
//! locale coercion), so an undecodable byte becomes a lone surrogate U+DC80..U+DCFF. That shows in
//! the messages: `Unknown option: -%c` prints the low byte of the code point, and glibc's `printf`
//! abandons the rest of a message at a `%ls` argument holding such a surrogate. Numbers in `-X`
//! values are read by `wcstol`, which skips Unicode spaces (as glibc's UTF-8 locales define them);
//! numbers in environment variables are read by `strtol`/`strtoul`, which skip ASCII spaces only.
//!
//! Accepted and validated, but nothing in Basilisk acts on them yet: `-d` (CPython ignores it
//! too outside debug builds), `-t` (ignored by CPython as well), `-R`, `-x`, `-q`,
//! `--check-hash-based-pycs`, `-X faulthandler`, `-X showrefcount`, `-X tracemalloc`,
//! `-X importtime`, `-X dev` (beyond its warning filter, which is in [`Options::warnings`]),
//! `-X utf8`, `-X pycache_prefix`, `-X warn_default_encoding`, `-X no_debug_ranges`,
//! `-X frozen_modules`, and the environment variables `PYTHONMALLOC`, `PYTHONCOERCECLOCALE`,
//! `PYTHONFAULTHANDLER`, `PYTHONPROFILEIMPORTTIME`, `PYTHONTRACEMALLOC`, `PYTHONNODEBUGRANGES`
//! and `PYTHONPYCACHEPREFIX`. Those read at run time rather than at start-up (`PYTHONSTARTUP`,
//! `PYTHONIOENCODING`, `PYTHONHOME`, `PYTHONBREAKPOINT`, ...) are left to the caller, through
//! [`Options::get_env`]. Windows-only behaviour (`/?`, `PYTHONLEGACYWINDOWS*`) is not reproduced.

use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};

/// The Python version Basilisk implements, as `python3 -V` prints it.
pub const PYTHON_VERSION: &str = "3.11.7";

/// What the run executes.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum RunTarget {
    /// `-c cmd`, as given: CPython appends a newline before compiling it.
    Command(OsString),
    /// `-m mod`.
    Module(OsString),
    /// A script path, as given: CPython makes it absolute for its own use (see
    /// [`absolute_run_filename`]) while `sys.argv[0]` keeps it as given.
    File(PathBuf),
    /// An explicit `-`, or no target at all. Whether that is a REPL (stdin is a terminal, or
    /// [`Options::interactive`]) is for the caller to decide.
    #[default]
    Stdin,
}

/// `PYTHONHASHSEED`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum HashSeed {
    /// Unset, empty, `random`, `-E`/`-I`, or `-R`.
    #[default]
    Random,
    /// A fixed seed; 0 turns hash randomization off.
    Fixed(u32),
}

/// `--check-hash-based-pycs`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CheckHashPycs {
    #[default]
    Default,
    Always,
    Never,
}

/// The configuration CPython derives from argv and the environment (the parts of `PyConfig`
/// and `PyPreConfig` that come from them). Counters are counts, as in `sys.flags`. The default
/// is `python3` with no arguments and an empty environment.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Options {
    pub run: RunTarget,
    /// The initial `sys.argv`: `['-c', ...]`, `['-m', ...]` (runpy later puts the module's path
    /// in place of `-m`), `[script, ...]`, `['-', ...]`, or `['']`.
    pub argv: Vec<OsString>,
    /// `-I`. Implies `ignore_environment`, `no_user_site` and `safe_path`, which are set too.
    pub isolated: bool,
    /// `-E` or `-I`.
    pub ignore_environment: bool,
    /// `-s`, `PYTHONNOUSERSITE`, or `-I`.
    pub no_user_site: bool,
    /// `-S`.
    pub no_site: bool,
    /// `-P`, `PYTHONSAFEPATH` (any non-empty value), or `-I`.
    pub safe_path: bool,
    /// `-B` or `PYTHONDONTWRITEBYTECODE`.
    pub dont_write_bytecode: bool,
    /// `-u` or `PYTHONUNBUFFERED`.
    pub unbuffered: bool,
    /// Count of `-O`, or `PYTHONOPTIMIZE` if that is larger.
    pub optimize: u32,
    /// Count of `-v`, or `PYTHONVERBOSE` if larger.
    pub verbose: u32,
    /// Count of `-q`.
    pub quiet: u32,
    /// Count of `-i`, or `PYTHONINSPECT` if larger: go interactive after the program.
    /// (`sys.flags.inspect` keeps this value, but CPython clears its working copy before it
    /// runs an interactive stdin, so that `SystemExit` there does exit.)
    pub inspect: u32,
    /// Count of `-i` alone: show prompts even when stdin is not a terminal.
    pub interactive: u32,
    /// Count of `-b`.
    pub bytes_warning: u32,
    /// Count of `-d`, or `PYTHONDEBUG` if larger.
    pub parser_debug: u32,
    /// `-x`: skip the first line of the source.
    pub skip_first_line: bool,
    /// The final `sys.warnoptions`: `default` for dev mode, then `PYTHONWARNINGS` (split on
    /// commas, empty items dropped), then each `-W`, then the `-b`/`-bb` filter, each option
    /// kept only the first time it appears. Bytes that are not UTF-8 become U+FFFD.
    pub warnings: Vec<String>,
    /// Each `-X name[=value]` in order (a later one wins in `sys._xoptions`; CPython's own
    /// options use the first). Bytes that are not UTF-8 become U+FFFD.
    pub x_options: Vec<(String, Option<String>)>,
    pub hash_seed: HashSeed,
    /// `PYTHONPATH` split on `:`, entries as given (empty ones included): CPython makes each
    /// absolute (an empty one is the current directory) ahead of the standard library in
    /// `sys.path`, and `site` drops duplicates.
    pub python_path: Vec<OsString>,
    pub check_hash_based_pycs: CheckHashPycs,
    /// `-X dev` (whatever its value) or `PYTHONDEVMODE`.
    pub dev_mode: bool,
    /// `-X utf8[=0|1]` or `PYTHONUTF8=0|1`; `None` leaves it to the locale (CPython turns it on
    /// when the LC_CTYPE locale is "C" or "POSIX").
    pub utf8_mode: Option<bool>,
    /// `-X warn_default_encoding` or `PYTHONWARNDEFAULTENCODING`.
    pub warn_default_encoding: bool,
    /// `-X int_max_str_digits=N` (the first one), else `PYTHONINTMAXSTRDIGITS`: 0 (no limit) or
    /// at least 640. `None` means CPython's default, 4300.
    pub int_max_str_digits: Option<u32>,
    /// `-X faulthandler`, `PYTHONFAULTHANDLER`, or dev mode.
    pub faulthandler: bool,
    /// `-X importtime` or `PYTHONPROFILEIMPORTTIME`.
    pub import_time: bool,
    /// `-X no_debug_ranges` or `PYTHONNODEBUGRANGES`.
    pub no_debug_ranges: bool,
    /// Frames for `tracemalloc` to keep; 0 is off. `-X tracemalloc` alone means 1.
    pub tracemalloc: u32,
    /// `-X pycache_prefix=PATH`, else `PYTHONPYCACHEPREFIX` (an empty `-X` value hides it).
    pub pycache_prefix: Option<PathBuf>,
    /// `-X frozen_modules=on|off` (an empty value means on); `None` keeps the default.
    pub frozen_modules: Option<bool>,
    /// What CPython writes to stderr while reading options without ending the run (only
    /// "expected long option" for a cluster ending in `-`, like `-B-`). Write it first.
    pub early_stderr: Vec<u8>,
}

/// The end of the run while reading the command line: write `stdout` and `stderr`, exit with
/// `status`. Bytes, because CPython echoes arguments that need not be UTF-8.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exit {
    pub status: u8,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

/// Reads `args` (argv including argv[0]) and the environment as CPython 3.11 does. `env`
/// returns a variable's value, or `None` when it is unset.
pub fn parse(args: &[OsString], env: &dyn Fn(&str) -> Option<OsString>) -> Result<Options, Exit> {
    let args: Vec<Wide> = args.iter().map(|a| Wide::new(a)).collect();
    let pre = pre_configure(&args, env)?;
    let mut options = Options {
        isolated: pre.isolated,
        ignore_environment: !pre.env.enabled,
        dev_mode: pre.dev_mode,
        warn_default_encoding: pre.warn_default_encoding,
        utf8_mode: pre.utf8_mode,
        ..Options::default()
    };
    let command_line = read_command_line(&args, &mut options)?;
    configure(&mut options, &command_line, &pre.env)?;
    Ok(options)
}

/// The environment as `_Py_GetEnv` sees it: hidden by `-E`/`-I`; empty means unset.
struct Env<'a> {
    lookup: &'a dyn Fn(&str) -> Option<OsString>,
    enabled: bool,
}

impl Env<'_> {
    fn get(&self, name: &str) -> Option<Vec<u8>> {
        if !self.enabled {
            return None;
        }
        (self.lookup)(name)
            .map(|v| os_bytes(&v))
            .filter(|v| !v.is_empty())
    }
}

struct PreConfig<'a> {
    env: Env<'a>,
    isolated: bool,
    dev_mode: bool,
    warn_default_encoding: bool,
    utf8_mode: Option<bool>,
}

/// The pre-configuration pass: see the module comment for why it comes first and is silent.
fn pre_configure<'a>(
    args: &[Wide],
    lookup: &'a dyn Fn(&str) -> Option<OsString>,
) -> Result<PreConfig<'a>, Exit> {
    let mut getopt = GetOpt::new(args, false);
    let (mut ignore_environment, mut isolated) = (false, false);
    let mut xoptions: Vec<&[u32]> = Vec::new();
    loop {
        match getopt.next(&mut Vec::new()) {
            Got::End => break,
            Got::Short(c, arg) => match char_of(c) {
                'c' | 'm' => break,
                'E' => ignore_environment = true,
                'I' => isolated = true,
                'X' => xoptions.extend(arg.map(|a| args[a.arg].from(a.from))),
                _ => {}
            },
            Got::Long(..) | Got::Bad => {}
        }
    }
    let env = Env {
        lookup,
        enabled: !(ignore_environment || isolated),
    };
    let dev_mode = xoption(&xoptions, "dev").is_some() || env.get("PYTHONDEVMODE").is_some();
    let warn_default_encoding = xoption(&xoptions, "warn_default_encoding").is_some()
        || env.get("PYTHONWARNDEFAULTENCODING").is_some();
    let utf8_error = |message| {
        fatal(
            Vec::new(),
            Some("preconfig_init_utf8_mode"),
            message,
            PREINITIALIZING,
        )
    };
    let utf8_mode = if let Some(opt) = xoption(&xoptions, "utf8") {
        match xoption_value(opt) {
            None => Some(true),
            Some(v) if eq(v, "1") => Some(true),
            Some(v) if eq(v, "0") => Some(false),
            Some(_) => return Err(utf8_error("invalid -X utf8 option value")),
        }
    } else {
        match env.get("PYTHONUTF8").as_deref() {
            None => None,
            Some(b"1") => Some(true),
            Some(b"0") => Some(false),
            Some(_) => return Err(utf8_error("invalid PYTHONUTF8 environment variable value")),
        }
    };
    if let Some(v) = env.get("PYTHONMALLOC") {
        let known: [&[u8]; 6] = [
            b"default",
            b"debug",
            b"pymalloc",
            b"pymalloc_debug",
            b"malloc",
            b"malloc_debug",
        ];
        if !known.contains(&v.as_slice()) {
            return Err(fatal(
                Vec::new(),
                Some("preconfig_init_allocator"),
                "PYTHONMALLOC: unknown allocator",
                PREINITIALIZING,
            ));
        }
    }
    Ok(PreConfig {
        env,
        isolated,
        dev_mode,
        warn_default_encoding,
        utf8_mode,
    })
}

/// What the command line says that the environment may still change.
struct CommandLine<'a> {
    warnings: Vec<&'a [u32]>,
    xoptions: Vec<&'a [u32]>,
    random_hash: bool,
}

/// The real pass (`config_parse_cmdline`), filling in what the command line decides.
fn read_command_line<'a>(args: &'a [Wide], o: &mut Options) -> Result<CommandLine<'a>, Exit> {
    let program = args.first();
    let mut getopt = GetOpt::new(args, true);
    let mut command_line = CommandLine {
        warnings: Vec::new(),
        xoptions: Vec::new(),
        random_hash: false,
    };
    let mut run = None;
    let mut print_version = 0;
    let stderr = &mut o.early_stderr;
    loop {
        let (c, arg) = match getopt.next(stderr) {
            Got::End => break,
            Got::Bad => return Err(usage_error(program, std::mem::take(stderr))),
            Got::Long(Long::CheckHashBasedPycs, arg) => {
                let value = arg.map_or(&[][..], |a| args[a.arg].from(a.from));
                o.check_hash_based_pycs = if eq(value, "always") {
                    CheckHashPycs::Always
                } else if eq(value, "never") {
                    CheckHashPycs::Never
                } else if eq(value, "default") {
                    CheckHashPycs::Default
                } else {
                    stderr.extend_from_slice(
                        b"--check-hash-based-pycs must be one of 'default', 'always', or 'never'\n",
                    );
                    return Err(usage_error(program, std::mem::take(stderr)));
                };
                continue;
            }
            Got::Long(Long::HelpAll, _) => {
                let mut stdout = Vec::new();
                usage_line(&mut stdout, program);
                for text in [HELP, "\n\n", HELP_ENV, "\n\n", HELP_XOPTIONS] {
                    stdout.extend_from_slice(text.as_bytes());
                }
                return Err(success(stdout, std::mem::take(stderr)));
            }
            Got::Long(Long::HelpEnv, _) => {
                return Err(success(HELP_ENV.into(), std::mem::take(stderr)))
            }
            Got::Long(Long::HelpXoptions, _) => {
                return Err(success(HELP_XOPTIONS.into(), std::mem::take(stderr)))
            }
            Got::Short(c, arg) => (c, arg),
        };
        let wide_arg = || arg.map_or(&[][..], |a| args[a.arg].from(a.from));
        let os_arg = || arg.map_or_else(OsString::new, |a| args[a.arg].os_from(a.from));
        match char_of(c) {
            'c' => {
                run = Some(RunTarget::Command(os_arg()));
                break;
            }
            'm' => {
                run = Some(RunTarget::Module(os_arg()));
                break;
            }
            'b' => o.bytes_warning = o.bytes_warning.saturating_add(1),
            'd' => o.parser_debug = o.parser_debug.saturating_add(1),
            'i' => {
                o.inspect = o.inspect.saturating_add(1);
                o.interactive = o.interactive.saturating_add(1);
            }
            'O' => o.optimize = o.optimize.saturating_add(1),
            'v' => o.verbose = o.verbose.saturating_add(1),
            'q' => o.quiet = o.quiet.saturating_add(1),
            'V' => print_version += 1,
            'P' => o.safe_path = true,
            'B' => o.dont_write_bytecode = true,
            's' => o.no_user_site = true,
            'S' => o.no_site = true,
            'u' => o.unbuffered = true,
            'x' => o.skip_first_line = true,
            'R' => command_line.random_hash = true,
            // -E and -I took effect in the pre-pass; -t is ignored for backwards compatibility.
            'E' | 'I' | 't' => {}
            'W' => command_line.warnings.push(wide_arg()),
            'X' => command_line.xoptions.push(wide_arg()),
            'h' | '?' => {
                let mut stdout = Vec::new();
                usage_line(&mut stdout, program);
                stdout.extend_from_slice(HELP.as_bytes());
                return Err(success(stdout, std::mem::take(stderr)));
            }
            // Only ':' gets here: getopt finds it in its option string, with no message.
            _ => return Err(usage_error(program, std::mem::take(stderr))),
        }
    }
    if print_version > 0 {
        let line = if print_version >= 2 {
            format!(
                "Python {PYTHON_VERSION} (Basilisk {})\n",
                env!("CARGO_PKG_VERSION")
            )
        } else {
            format!("Python {PYTHON_VERSION}\n")
        };
        return Err(success(line.into_bytes(), std::mem::take(stderr)));
    }

    // `config_update_argv`: sys.argv starts at the target; -c and -m leave their option's
    // place to hold "-c" or "-m".
    let optind = getopt.optind;
    let (run, first) = match run {
        Some(run) => (run, optind - 1),
        None => match args.get(optind) {
            Some(arg) if !eq(&arg.chars, "-") => (RunTarget::File(arg.os_from(0).into()), optind),
            _ => (RunTarget::Stdin, optind),
        },
    };
    o.argv = args.iter().skip(first).map(|a| a.os_from(0)).collect();
    if o.argv.is_empty() {
        o.argv.push(OsString::new());
    }
    match run {
        RunTarget::Command(_) => o.argv[0] = "-c".into(),
        RunTarget::Module(_) => o.argv[0] = "-m".into(),
        RunTarget::File(_) | RunTarget::Stdin => {}
    }
    o.run = run;
    o.x_options = command_line
        .xoptions
        .iter()
        .map(|x| match x.iter().position(|&c| c == u32::from('=')) {
            Some(eq) => (wide_to_string(&x[..eq]), Some(wide_to_string(&x[eq + 1..]))),
            None => (wide_to_string(x), None),
        })
        .collect();
    Ok(command_line)
}

/// The rest of `PyConfig_Read`, in CPython's order, which decides which fatal error wins.
fn configure(o: &mut Options, command_line: &CommandLine, env: &Env) -> Result<(), Exit> {
    if o.isolated {
        o.safe_path = true;
        o.no_user_site = true;
    }

    let env_warnings: Vec<Wide> = env
        .get("PYTHONWARNINGS")
        .map(|v| {
            v.split(|&b| b == b',')
                .filter(|w| !w.is_empty())
                .map(|w| Wide::new(&os_from_bytes(w)))
                .collect()
        })
        .unwrap_or_default();
    let mut warnings: Vec<Vec<u32>> = Vec::new();
    let mut add_warning = |w: &[u32]| {
        if !warnings.iter().any(|known| known == w) {
            warnings.push(w.to_vec());
        }
    };
    if o.dev_mode {
        add_warning(&wide_of("default"));
    }
    for w in &env_warnings {
        add_warning(&w.chars);
    }
    for w in &command_line.warnings {
        add_warning(w);
    }
    match o.bytes_warning {
        0 => {}
        1 => add_warning(&wide_of("default::BytesWarning")),
        _ => add_warning(&wide_of("error::BytesWarning")),
    }
    o.warnings = warnings.iter().map(|w| wide_to_string(w)).collect();

    // `_Py_get_env_flag`: a number raises the flag to it, anything else (or a negative number)
    // counts as 1.
    let env_flag = |name: &str, flag: &mut u32| {
        if let Some(v) = env.get(name) {
            let value = str_to_int(&narrow(&v), is_c_space)
                .filter(|&n| n >= 0)
                .unwrap_or(1) as u32;
            *flag = (*flag).max(value);
        }
    };
    env_flag("PYTHONDEBUG", &mut o.parser_debug);
    env_flag("PYTHONVERBOSE", &mut o.verbose);
    env_flag("PYTHONOPTIMIZE", &mut o.optimize);
    env_flag("PYTHONINSPECT", &mut o.inspect);
    for (name, flag) in [
        ("PYTHONDONTWRITEBYTECODE", &mut o.dont_write_bytecode),
        ("PYTHONNOUSERSITE", &mut o.no_user_site),
        ("PYTHONUNBUFFERED", &mut o.unbuffered),
    ] {
        let mut level = 0;
        env_flag(name, &mut level);
        *flag |= level > 0;
    }
    o.python_path = env
        .get("PYTHONPATH")
        .map(|v| v.split(|&b| b == b':').map(os_from_bytes).collect())
        .unwrap_or_default();
    let fail = |o: &mut Options, func, message| {
        fatal(
            std::mem::take(&mut o.early_stderr),
            func,
            message,
            PREINITIALIZED,
        )
    };
    if let Some(v) = env.get("PYTHONHASHSEED") {
        if !command_line.random_hash && v != b"random" {
            match strtoul_seed(&v) {
                Some(seed) => o.hash_seed = HashSeed::Fixed(seed),
                None => {
                    return Err(fail(
                        o,
                        Some("config_init_hash_seed"),
                        "PYTHONHASHSEED must be \"random\" or an integer in range [0; 4294967295]",
                    ))
                }
            }
        }
    }
    o.safe_path |= env.get("PYTHONSAFEPATH").is_some();

    let xoptions = &command_line.xoptions;
    o.faulthandler = o.dev_mode
        || env.get("PYTHONFAULTHANDLER").is_some()
        || xoption(xoptions, "faulthandler").is_some();
    o.import_time =
        env.get("PYTHONPROFILEIMPORTTIME").is_some() || xoption(xoptions, "importtime").is_some();
    o.no_debug_ranges =
        env.get("PYTHONNODEBUGRANGES").is_some() || xoption(xoptions, "no_debug_ranges").is_some();

    if let Some(v) = env.get("PYTHONTRACEMALLOC") {
        match str_to_int(&narrow(&v), is_c_space).filter(|&n| n >= 0) {
            Some(n) => o.tracemalloc = n as u32,
            None => {
                return Err(fail(
                    o,
                    Some("config_init_tracemalloc"),
                    "PYTHONTRACEMALLOC: invalid number of frames",
                ))
            }
        }
    }
    if let Some(opt) = xoption(xoptions, "tracemalloc") {
        o.tracemalloc = match xoption_value(opt) {
            None => 1,
            Some(v) => match str_to_int(v, is_wide_space).filter(|&n| n >= 0) {
                Some(n) => n as u32,
                None => {
                    return Err(fail(
                        o,
                        Some("config_init_tracemalloc"),
                        "-X tracemalloc=NFRAME: invalid number of frames",
                    ))
                }
            },
        };
    }

    let valid_limit = |n: &i32| *n == 0 || *n >= 640;
    if let Some(v) = env.get("PYTHONINTMAXSTRDIGITS") {
        match str_to_int(&narrow(&v), is_c_space).filter(valid_limit) {
            Some(n) => o.int_max_str_digits = Some(n as u32),
            None => {
                return Err(fail(
                    o,
                    Some("config_init_int_max_str_digits"),
                    "PYTHONINTMAXSTRDIGITS: invalid limit; must be >= 640 or 0 for unlimited.",
                ))
            }
        }
    }
    if let Some(opt) = xoption(xoptions, "int_max_str_digits") {
        match xoption_value(opt)
            .and_then(|v| str_to_int(v, is_wide_space))
            .filter(valid_limit)
        {
            Some(n) => o.int_max_str_digits = Some(n as u32),
            None => {
                return Err(fail(
                    o,
                    Some("config_init_int_max_str_digits"),
                    "-X int_max_str_digits: invalid limit; must be >= 640 or 0 for unlimited.",
                ))
            }
        }
    }

    o.pycache_prefix = match xoption(xoptions, "pycache_prefix") {
        Some(opt) => match xoption_value(opt) {
            Some(v) if !v.is_empty() => Some(wide_to_os(v).into()),
            _ => None,
        },
        None => env
            .get("PYTHONPYCACHEPREFIX")
            .map(|v| os_from_bytes(&v).into()),
    };

    o.frozen_modules = match xoption(xoptions, "frozen_modules").map(xoption_value) {
        None => None,
        Some(None) => Some(true),
        Some(Some(v)) if v.is_empty() || eq(v, "on") => Some(true),
        Some(Some(v)) if eq(v, "off") => Some(false),
        Some(Some(_)) => {
            // CPython raises this one through the public `PyStatus_Error`, without a function
            // name.
            return Err(fail(
                o,
                None,
                "bad value for option -X frozen_modules (expected \"on\" or \"off\")",
            ));
        }
    };
    Ok(())
}

impl Options {
    /// An environment variable as CPython's `_Py_GetEnv` reads it: hidden by `-E`/`-I`, and an
    /// empty value counts as unset.
    #[allow(dead_code)] // the rule spelled out; the binary reads variables through `main.rs`
    pub fn get_env(&self, env: &dyn Fn(&str) -> Option<OsString>, name: &str) -> Option<OsString> {
        if self.ignore_environment {
            return None;
        }
        env(name).filter(|v| !v.is_empty())
    }
}

/// The script path as CPython holds it in `config.run_filename` (and shows it in "can't open
/// file"): `cwd` joined to a relative path without normalizing it; `""` and `"."` are `cwd`.
pub fn absolute_run_filename(path: &Path, cwd: &Path) -> PathBuf {
    if path.as_os_str().is_empty() || path.as_os_str() == "." {
        return cwd.to_path_buf();
    }
    if path.is_absolute() {
        return path.to_path_buf();
    }
    let mut joined = cwd.as_os_str().to_os_string();
    joined.push("/");
    joined.push(path.as_os_str());
    joined.into()
}

const PREINITIALIZING: &str = "preinitializing";
const PREINITIALIZED: &str = "preinitialized";

fn success(stdout: Vec<u8>, stderr: Vec<u8>) -> Exit {
    Exit {
        status: 0,
        stdout,
        stderr,
    }
}

/// `Py_ExitStatusException` for an error status: CPython's fatal-error report, status 1.
fn fatal(mut stderr: Vec<u8>, func: Option<&str>, message: &str, state: &str) -> Exit {
    stderr.extend_from_slice(b"Fatal Python error: ");
    if let Some(func) = func {
        stderr.extend_from_slice(func.as_bytes());
        stderr.extend_from_slice(b": ");
    }
    stderr.extend_from_slice(message.as_bytes());
    stderr.extend_from_slice(b"\nPython runtime state: ");
    stderr.extend_from_slice(state.as_bytes());
    stderr.extend_from_slice(b"\n\n");
    Exit {
        status: 1,
        stdout: Vec::new(),
        stderr,
    }
}

fn usage_line(out: &mut Vec<u8>, program: Option<&Wide>) {
    printf(
        out,
        &[
            Part::Text("usage: "),
            Part::Wide(program),
            Part::Text(" [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"),
        ],
    );
}

/// `config_usage(1, program)` and status 2. The hint names `python` whatever argv[0] was.
fn usage_error(program: Option<&Wide>, mut stderr: Vec<u8>) -> Exit {
    usage_line(&mut stderr, program);
    stderr.extend_from_slice(b"Try `python -h' for more information.\n");
    Exit {
        status: 2,
        stdout: Vec::new(),
        stderr,
    }
}

enum Part<'a> {
    Text(&'a str),
    /// `%ls`; `None` is a null pointer, which glibc prints as "(null)".
    Wide(Option<&'a Wide>),
    /// `%c` of `(char)option`: the low byte of the code point.
    Char(u32),
}

/// One C `fprintf` call. glibc gives up on the whole call at a `%ls` argument it cannot encode
/// (a lone surrogate from an undecodable byte), keeping what it wrote before it.
fn printf(out: &mut Vec<u8>, parts: &[Part]) {
    for part in parts {
        match part {
            Part::Text(text) => out.extend_from_slice(text.as_bytes()),
            Part::Wide(None) => out.extend_from_slice(b"(null)"),
            Part::Wide(Some(wide)) => {
                if wide.chars.iter().any(|&c| is_escaped_byte(c)) {
                    return;
                }
                out.extend_from_slice(&wide.bytes);
            }
            Part::Char(c) => out.push(*c as u8),
        }
    }
}

/// An argument as CPython sees it: `wchar_t`s decoded as UTF-8 with `surrogateescape`, with
/// the byte offset of each so option arguments can be cut from the original bytes.
struct Wide {
    bytes: Vec<u8>,
    chars: Vec<u32>,
    starts: Vec<usize>,
}

impl Wide {
    fn new(os: &OsStr) -> Wide {
        let bytes = os_bytes(os);
        let (mut chars, mut starts) = (Vec::new(), Vec::new());
        let mut at = 0;
        for chunk in bytes.utf8_chunks() {
            for c in chunk.valid().chars() {
                chars.push(u32::from(c));
                starts.push(at);
                at += c.len_utf8();
            }
            for &b in chunk.invalid() {
                chars.push(0xDC00 + u32::from(b));
                starts.push(at);
                at += 1;
            }
        }
        Wide {
            bytes,
            chars,
            starts,
        }
    }

    fn from(&self, index: usize) -> &[u32] {
        &self.chars[index..]
    }

    fn os_from(&self, index: usize) -> OsString {
        let start = self.starts.get(index).copied().unwrap_or(self.bytes.len());
        os_from_bytes(&self.bytes[start..])
    }
}

fn is_escaped_byte(c: u32) -> bool {
    (0xDC80..=0xDCFF).contains(&c)
}

fn eq(wide: &[u32], text: &str) -> bool {
    wide.iter().copied().eq(text.chars().map(u32::from))
}

fn wide_of(text: &str) -> Vec<u32> {
    text.chars().map(u32::from).collect()
}

fn char_of(c: u32) -> char {
    char::from_u32(c).unwrap_or(char::REPLACEMENT_CHARACTER)
}

fn wide_to_string(wide: &[u32]) -> String {
    wide.iter().map(|&c| char_of(c)).collect()
}

fn wide_to_os(wide: &[u32]) -> OsString {
    let mut bytes = Vec::new();
    for &c in wide {
        if is_escaped_byte(c) {
            bytes.push((c - 0xDC00) as u8);
        } else {
            let mut buf = [0; 4];
            bytes.extend_from_slice(char_of(c).encode_utf8(&mut buf).as_bytes());
        }
    }
    os_from_bytes(&bytes)
}

fn narrow(bytes: &[u8]) -> Vec<u32> {
    bytes.iter().map(|&b| u32::from(b)).collect()
}

#[cfg(unix)]
fn os_bytes(os: &OsStr) -> Vec<u8> {
    use std::os::unix::ffi::OsStrExt;
    os.as_bytes().to_vec()
}

#[cfg(unix)]
fn os_from_bytes(bytes: &[u8]) -> OsString {
    use std::os::unix::ffi::OsStrExt;
    OsStr::from_bytes(bytes).to_os_string()
}

// Elsewhere there are no raw bytes to keep, and CPython's Windows behaviour is not reproduced.
#[cfg(not(unix))]
fn os_bytes(os: &OsStr) -> Vec<u8> {
    os.to_string_lossy().into_owned().into_bytes()
}

#[cfg(not(unix))]
fn os_from_bytes(bytes: &[u8]) -> OsString {
    String::from_utf8_lossy(bytes).into_owned().into()
}

/// `_Py_get_xoption`: the first `-X` whose name (the part before `=`) is `name`.
fn xoption<'a>(xoptions: &[&'a [u32]], name: &str) -> Option<&'a [u32]> {
    xoptions.iter().copied().find(|x| {
        let len = x
            .iter()
            .position(|&c| c == u32::from('='))
            .unwrap_or(x.len());
        eq(&x[..len], name)
    })
}

fn xoption_value(xoption: &[u32]) -> Option<&[u32]> {
    let eq = xoption.iter().position(|&c| c == u32::from('='))?;
    Some(&xoption[eq + 1..])
}

/// `isspace` for a byte in a UTF-8 locale.
fn is_c_space(c: u32) -> bool {
    matches!(c, 0x09..=0x0D | 0x20)
}

/// `iswspace` in glibc's UTF-8 locales: ASCII spaces, and Unicode's separators except the
/// no-break ones (U+00A0, U+2007, U+202F).
fn is_wide_space(c: u32) -> bool {
    is_c_space(c)
        || matches!(
            c,
            0x1680 | 0x2000..=0x2006 | 0x2008..=0x200A | 0x2028 | 0x2029 | 0x205F | 0x3000
        )
}

/// Base-10 `strtol`/`strtoul` up to the first non-digit: (negative, magnitude capped above
/// `u64::MAX`, whether any digit was read, whether the whole string was used).
fn c_digits(s: &[u32], space: fn(u32) -> bool) -> (bool, u128, bool, bool) {
    let mut i = s.iter().take_while(|&&c| space(c)).count();
    let negative = s.get(i) == Some(&u32::from('-'));
    if negative || s.get(i) == Some(&u32::from('+')) {
        i += 1;
    }
    let digits = s[i..]
        .iter()
        .take_while(|&&c| (u32::from('0')..=u32::from('9')).contains(&c))
        .count();
    let magnitude = s[i..i + digits].iter().fold(0u128, |acc, &c| {
        (acc * 10 + u128::from(c - u32::from('0'))).min(u128::from(u64::MAX) + 1)
    });
    (negative, magnitude, digits > 0, i + digits == s.len())
}

/// CPython's `_Py_str_to_int` and `config_wstr_to_int`: `strtol` must use the whole string
/// without overflowing a C `long`, and the value must fit an `int`. When there are no digits,
/// `strtol` reports the very start as the end, so only the empty string passes (as 0).
fn str_to_int(s: &[u32], space: fn(u32) -> bool) -> Option<i32> {
    let (negative, magnitude, any, whole) = c_digits(s, space);
    if !any {
        return s.is_empty().then_some(0);
    }
    if !whole {
        return None;
    }
    let value = if negative {
        -(magnitude as i128)
    } else {
        magnitude as i128
    };
    i64::try_from(value).ok()?;
    i32::try_from(value).ok()
}

/// `config_init_hash_seed`'s `strtoul`, where a minus sign negates modulo 2**64 and anything
/// past `ULONG_MAX` saturates to it; the result must not exceed 4294967295.
fn strtoul_seed(s: &[u8]) -> Option<u32> {
    let (negative, magnitude, any, whole) = c_digits(&narrow(s), is_c_space);
    if !any || !whole {
        return None;
    }
    let magnitude = u64::try_from(magnitude).ok()?;
    let value = if negative {
        magnitude.wrapping_neg()
    } else {
        magnitude
    };
    u32::try_from(value).ok()
}

#[derive(Clone, Copy)]
struct OptArg {
    arg: usize,
    from: usize,
}

#[derive(Clone, Copy)]
enum Long {
    CheckHashBasedPycs,
    HelpAll,
    HelpEnv,
    HelpXoptions,
}

/// (name, takes an argument, option) in `Python/getopt.c`'s order.
const LONG_OPTIONS: [(&str, bool, Long); 4] = [
    ("check-hash-based-pycs", true, Long::CheckHashBasedPycs),
    ("help-all", false, Long::HelpAll),
    ("help-env", false, Long::HelpEnv),
    ("help-xoptions", false, Long::HelpXoptions),
];

/// A `:` after a letter means it takes an argument. `:` itself is found in the string too, so
/// `-:` is an option with no argument that the caller then rejects without a message.
const SHORT_OPTIONS: &str = "bBc:dEhiIJm:OPqRsStuvVW:xX:?";

enum Got {
    End,
    Short(u32, Option<OptArg>),
    Long(Long, Option<OptArg>),
    /// A bad option; its message (if reported) is already written.
    Bad,
}

/// `_PyOS_GetOpt`, including its quirks: an unknown long option leaves the scan inside it, so
/// the pre-pass (which goes on after errors) reads the rest as short options (`--Xutf8=2` is
/// `-X utf8=2` there), and a cluster ending in `-` ends option processing.
struct GetOpt<'a> {
    args: &'a [Wide],
    optind: usize,
    /// The argument and character being scanned inside a cluster like `-Bu`.
    cursor: Option<(usize, usize)>,
    report: bool,
}

impl<'a> GetOpt<'a> {
    fn new(args: &'a [Wide], report: bool) -> GetOpt<'a> {
        GetOpt {
            args,
            optind: 1,
            cursor: None,
            report,
        }
    }

    fn next(&mut self, err: &mut Vec<u8>) -> Got {
        let (ai, ci) = match self.cursor {
            Some((ai, ci)) if ci < self.args[ai].chars.len() => (ai, ci),
            _ => {
                let Some(arg) = self.args.get(self.optind) else {
                    return Got::End;
                };
                let chars = &arg.chars;
                if chars.first() != Some(&u32::from('-')) || chars.len() == 1 {
                    return Got::End;
                }
                if eq(chars, "--") {
                    self.optind += 1;
                    return Got::End;
                }
                if eq(chars, "--help") {
                    self.optind += 1;
                    return Got::Short(u32::from('h'), None);
                }
                if eq(chars, "--version") {
                    self.optind += 1;
                    return Got::Short(u32::from('V'), None);
                }
                self.optind += 1;
                (self.optind - 1, 1)
            }
        };
        let arg = &self.args[ai];
        let option = arg.chars[ci];
        self.cursor = Some((ai, ci + 1));

        if option == u32::from('-') {
            let name = arg.from(ci + 1);
            if name.is_empty() {
                self.report(err, &[Part::Text("expected long option\n")]);
                return Got::End;
            }
            let Some(&(_, takes_arg, long)) = LONG_OPTIONS.iter().find(|(n, ..)| eq(name, n))
            else {
                self.report(
                    err,
                    &[
                        Part::Text("unknown option "),
                        Part::Wide(Some(arg)),
                        Part::Text("\n"),
                    ],
                );
                return Got::Bad;
            };
            self.cursor = None;
            if !takes_arg {
                return Got::Long(long, None);
            }
            if self.optind >= self.args.len() {
                self.report(
                    err,
                    &[
                        Part::Text("Argument expected for the "),
                        Part::Wide(Some(arg)),
                        Part::Text(" options\n"),
                    ],
                );
                return Got::Bad;
            }
            self.optind += 1;
            let value = OptArg {
                arg: self.optind - 1,
                from: 0,
            };
            return Got::Long(long, Some(value));
        }

        if option == u32::from('J') {
            self.report(err, &[Part::Text("-J is reserved for Jython\n")]);
            return Got::Bad;
        }
        let Some(at) = SHORT_OPTIONS.chars().position(|c| u32::from(c) == option) else {
            self.report(
                err,
                &[
                    Part::Text("Unknown option: -"),
                    Part::Char(option),
                    Part::Text("\n"),
                ],
            );
            return Got::Bad;
        };
        if SHORT_OPTIONS.as_bytes().get(at + 1) != Some(&b':') {
            return Got::Short(option, None);
        }
        if ci + 1 < arg.chars.len() {
            self.cursor = None;
            return Got::Short(
                option,
                Some(OptArg {
                    arg: ai,
                    from: ci + 1,
                }),
            );
        }
        if self.optind >= self.args.len() {
            self.report(
                err,
                &[
                    Part::Text("Argument expected for the -"),
                    Part::Char(option),
                    Part::Text(" option\n"),
                ],
            );
            return Got::Bad;
        }
        self.optind += 1;
        let value = OptArg {
            arg: self.optind - 1,
            from: 0,
        };
        Got::Short(option, Some(value))
    }

    fn report(&self, err: &mut Vec<u8>, parts: &[Part]) {
        if self.report {
            printf(err, parts);
        }
    }
}

// CPython 3.11.7's texts, byte for byte (some lines end in a space).
const HELP: &str = r#"Options (and corresponding environment variables):
-b     : issue warnings about str(bytes_instance), str(bytearray_instance)
         and comparing bytes/bytearray with str. (-bb: issue errors)
-B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x
-c cmd : program passed in as string (terminates option list)
-d     : turn on parser debugging output (for experts only, only works on
         debug builds); also PYTHONDEBUG=x
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal; also PYTHONINSPECT=x
-I     : isolate Python from the user's environment (implies -E and -s)
-m mod : run library module as a script (terminates option list)
-O     : remove assert and __debug__-dependent statements; add .opt-1 before
         .pyc extension; also PYTHONOPTIMIZE=x
-OO    : do -O changes and also discard docstrings; add .opt-2 before
         .pyc extension
-P     : don't prepend a potentially unsafe path to sys.path; also PYTHONSAFEPATH
-q     : don't print version and copyright messages on interactive startup
-s     : don't add user site directory to sys.path; also PYTHONNOUSERSITE
-S     : don't imply 'import site' on initialization
-u     : force the stdout and stderr streams to be unbuffered;
         this option has no effect on stdin; also PYTHONUNBUFFERED=x
-v     : verbose (trace import statements); also PYTHONVERBOSE=x
         can be supplied multiple times to increase verbosity
-V     : print the Python version number and exit (also --version)
         when given twice, print more information about the build
-W arg : warning control; arg is action:message:category:module:lineno
         also PYTHONWARNINGS=arg
-x     : skip first line of source, allowing use of non-Unix forms of #!cmd
-X opt : set implementation-specific option
--check-hash-based-pycs always|default|never:
         control how Python invalidates hash-based .pyc files
--help-env      : print help about Python environment variables and exit
--help-xoptions : print help about implementation-specific -X options and exit
--help-all      : print complete help information and exit
Arguments:
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
"#;

const HELP_ENV: &str = r#"Environment variables that change behavior:
PYTHONSTARTUP: file executed on interactive startup (no default)
PYTHONPATH   : ':'-separated list of directories prefixed to the
               default module search path.  The result is sys.path.
PYTHONHOME   : alternate <prefix> directory (or <prefix>:<exec_prefix>).
               The default module search path uses <prefix>/lib/pythonX.X.
PYTHONPLATLIBDIR : override sys.platlibdir.
PYTHONCASEOK : ignore case in 'import' statements (Windows).
PYTHONUTF8: if set to 1, enable the UTF-8 mode.
PYTHONIOENCODING: Encoding[:errors] used for stdin/stdout/stderr.
PYTHONFAULTHANDLER: dump the Python traceback on fatal errors.
PYTHONHASHSEED: if this variable is set to 'random', a random value is used
   to seed the hashes of str and bytes objects.  It can also be set to an
   integer in the range [0,4294967295] to get hash values with a
   predictable seed.
PYTHONINTMAXSTRDIGITS: limits the maximum digit characters in an int value
   when converting from a string and when converting an int back to a str.
   A value of 0 disables the limit.  Conversions to or from bases 2, 4, 8,
   16, and 32 are never limited.
PYTHONMALLOC: set the Python memory allocators and/or install debug hooks
   on Python memory allocators. Use PYTHONMALLOC=debug to install debug
   hooks.
PYTHONCOERCECLOCALE: if this variable is set to 0, it disables the locale
   coercion behavior. Use PYTHONCOERCECLOCALE=warn to request display of
   locale coercion and locale compatibility warnings on stderr.
PYTHONBREAKPOINT: if this variable is set to 0, it disables the default
   debugger. It can be set to the callable of your debugger of choice.
PYTHONDEVMODE: enable the development mode.
PYTHONPYCACHEPREFIX: root directory for bytecode cache (pyc) files.
PYTHONWARNDEFAULTENCODING: enable opt-in EncodingWarning for 'encoding=None'.
PYTHONNODEBUGRANGES: If this variable is set, it disables the inclusion of the 
   tables mapping extra location information (end line, start column offset 
   and end column offset) to every instruction in code objects. This is useful 
   when smaller code objects and pyc files are desired as well as suppressing the 
   extra visual location indicators when the interpreter displays tracebacks.
These variables have equivalent command-line parameters (see --help for details):
PYTHONDEBUG             : enable parser debug mode (-d)
PYTHONDONTWRITEBYTECODE : don't write .pyc files (-B)
PYTHONINSPECT           : inspect interactively after running script (-i)
PYTHONINTMAXSTRDIGITS   : limit max digit characters in an int value
                          (-X int_max_str_digits=number)
PYTHONNOUSERSITE        : disable user site directory (-s)
PYTHONOPTIMIZE          : enable level 1 optimizations (-O)
PYTHONSAFEPATH          : don't prepend a potentially unsafe path to sys.path (-P)
PYTHONUNBUFFERED        : disable stdout/stderr buffering (-u)
PYTHONVERBOSE           : trace import statements (-v)
PYTHONWARNINGS=arg      : warning control (-W arg)
"#;

const HELP_XOPTIONS: &str = r#"The following implementation-specific options are available:

-X faulthandler: enable faulthandler

-X showrefcount: output the total reference count and number of used
    memory blocks when the program finishes or after each statement in the
    interactive interpreter. This only works on debug builds

-X tracemalloc: start tracing Python memory allocations using the
    tracemalloc module. By default, only the most recent frame is stored in a
    traceback of a trace. Use -X tracemalloc=NFRAME to start tracing with a
    traceback limit of NFRAME frames

-X importtime: show how long each import takes. It shows module name,
    cumulative time (including nested imports) and self time (excluding
    nested imports). Note that its output may be broken in multi-threaded
    application. Typical usage is python3 -X importtime -c 'import asyncio'

-X dev: enable CPython's "development mode", introducing additional runtime
    checks which are too expensive to be enabled by default. Effect of the
    developer mode:
       * Add default warning filter, as -W default
       * Install debug hooks on memory allocators: see the PyMem_SetupDebugHooks()
         C function
       * Enable the faulthandler module to dump the Python traceback on a crash
       * Enable asyncio debug mode
       * Set the dev_mode attribute of sys.flags to True
       * io.IOBase destructor logs close() exceptions

-X utf8: enable UTF-8 mode for operating system interfaces, overriding the default
    locale-aware mode. -X utf8=0 explicitly disables UTF-8 mode (even when it would
    otherwise activate automatically)

-X pycache_prefix=PATH: enable writing .pyc files to a parallel tree rooted at the
    given directory instead of to the code tree

-X warn_default_encoding: enable opt-in EncodingWarning for 'encoding=None'

-X no_debug_ranges: disable the inclusion of the tables mapping extra location 
   information (end line, start column offset and end column offset) to every 
   instruction in code objects. This is useful when smaller code objects and pyc 
   files are desired as well as suppressing the extra visual location indicators 
   when the interpreter displays tracebacks.

-X frozen_modules=[on|off]: whether or not frozen modules should be used.
   The default is "on" (or "off" if you are running a local build).

-X int_max_str_digits=number: limit the size of int<->str conversions.
    This helps avoid denial of service attacks when parsing untrusted data.
    The default is sys.int_info.default_max_str_digits.  0 disables.
"#;

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::collections::HashMap;
    use std::os::unix::ffi::{OsStrExt, OsStringExt};

    /// A configuration value as `scripts/gen_cli_cases.py` records it.
    #[derive(Debug, Clone, PartialEq, Eq)]
    enum Value {
        Int(i64),
        Str(Vec<u8>),
        None,
        List(Vec<Vec<u8>>),
    }

    enum Expect {
        Exit(Exit),
        Config(Vec<(String, Value)>, Option<Vec<u8>>),
        Parses,
    }

    struct Case {
        label: String,
        args: Vec<OsString>,
        env: HashMap<String, OsString>,
        expect: Expect,
    }

    fn unescape(text: &str) -> Vec<u8> {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] != b'\\' {
                out.push(bytes[i]);
                i += 1;
                continue;
            }
            match bytes[i + 1] {
                b'\\' => out.push(b'\\'),
                b'n' => out.push(b'\n'),
                b'x' => {
                    let hex = std::str::from_utf8(&bytes[i + 2..i + 4]).unwrap();
                    out.push(u8::from_str_radix(hex, 16).unwrap());
                    i += 2;
                }
                other => panic!("bad escape \\{}", other as char),
            }
            i += 2;
        }
        out
    }

    fn load() -> Vec<Case> {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/options_data/cases.txt");
        let text = std::fs::read_to_string(path).unwrap();
        let mut lines = text.lines().filter(|l| !l.starts_with('#'));
        let mut cases = Vec::new();
        while let Some(line) = lines.next() {
            let label = line.strip_prefix("case ").expect("case line").to_string();
            let mut args = Vec::new();
            let mut env = HashMap::new();
            let mut exit = None;
            let mut config = Vec::new();
            let mut early = None;
            let mut kind = "";
            while let Some(line) = lines.next() {
                let (head, rest) = line.split_once(' ').unwrap_or((line, ""));
                match head {
                    "end" => break,
                    "argv0" | "arg" => args.push(OsString::from_vec(unescape(rest))),
                    "env" => {
                        let (name, value) = rest.split_once(' ').unwrap_or((rest, ""));
                        env.insert(name.to_string(), OsString::from_vec(unescape(value)));
                    }
                    "exit" => {
                        kind = "exit";
                        exit = Some(Exit {
                            status: rest.parse().unwrap(),
                            stdout: Vec::new(),
                            stderr: Vec::new(),
                        });
                    }
                    "stdout" => exit.as_mut().unwrap().stdout = unescape(rest),
                    "stderr" => exit.as_mut().unwrap().stderr = unescape(rest),
                    "ok" | "parses" => kind = head,
                    "early" => early = Some(unescape(rest)),
                    "i" => {
                        let (key, n) = rest.split_once(' ').unwrap();
                        config.push((key.to_string(), Value::Int(n.parse().unwrap())));
                    }
                    "s" => {
                        let (key, s) = rest.split_once(' ').unwrap_or((rest, ""));
                        config.push((key.to_string(), Value::Str(unescape(s))));
                    }
                    "n" => config.push((rest.to_string(), Value::None)),
                    "l" => {
                        let (key, count) = rest.split_once(' ').unwrap();
                        let items = (0..count.parse().unwrap())
                            .map(|_| {
                                let item = lines.next().unwrap().strip_prefix('-').unwrap();
                                unescape(item.strip_prefix(' ').unwrap_or(item))
                            })
                            .collect();
                        config.push((key.to_string(), Value::List(items)));
                    }
                    _ => panic!("{label}: unexpected line {line:?}"),
                }
            }
            let expect = match kind {
                "exit" => Expect::Exit(exit.unwrap()),
                "ok" => Expect::Config(config, early),
                "parses" => Expect::Parses,
                _ => panic!("{label}: no outcome"),
            };
            cases.push(Case {
                label,
                args,
                env,
                expect,
            });
        }
        cases
    }

    fn bytes(os: &OsStr) -> Vec<u8> {
        os.as_bytes().to_vec()
    }

    fn flag(b: bool) -> Value {
        Value::Int(i64::from(b))
    }

    fn count(n: u32) -> Value {
        Value::Int(i64::from(n))
    }

    fn text(s: &str) -> Value {
        Value::Str(s.as_bytes().to_vec())
    }

    /// The options under the names CPython's `PyConfig` gives them, valued as it values them
    /// (under LANG=C.UTF-8, with the script's directory written `$CWD`).
    fn as_config(o: &Options) -> HashMap<&'static str, Value> {
        let mut command = None;
        let mut module = None;
        let mut filename = None;
        match &o.run {
            RunTarget::Command(c) => {
                let mut c = bytes(c);
                c.push(b'\n');
                command = Some(c);
            }
            RunTarget::Module(m) => module = Some(bytes(m)),
            RunTarget::File(f) => {
                filename = Some(bytes(
                    absolute_run_filename(f, Path::new("$CWD")).as_os_str(),
                ))
            }
            RunTarget::Stdin => {}
        }
        let opt = |v: Option<Vec<u8>>| v.map_or(Value::None, Value::Str);
        let (use_hash_seed, hash_seed) = match o.hash_seed {
            HashSeed::Random => (false, 0),
            HashSeed::Fixed(seed) => (true, seed),
        };
        let pythonpath = (!o.python_path.is_empty()).then(|| {
            let parts: Vec<Vec<u8>> = o.python_path.iter().map(|p| bytes(p)).collect();
            parts.join(&b':')
        });
        let xoptions = o
            .x_options
            .iter()
            .map(|(name, value)| match value {
                Some(value) => format!("{name}={value}").into_bytes(),
                None => name.clone().into_bytes(),
            })
            .collect();
        HashMap::from([
            ("run_command", opt(command)),
            ("run_module", opt(module)),
            ("run_filename", opt(filename)),
            (
                "argv",
                Value::List(o.argv.iter().map(|a| bytes(a)).collect()),
            ),
            ("isolated", flag(o.isolated)),
            ("use_environment", flag(!o.ignore_environment)),
            ("user_site_directory", flag(!o.no_user_site)),
            ("site_import", flag(!o.no_site)),
            ("safe_path", flag(o.safe_path)),
            ("write_bytecode", flag(!o.dont_write_bytecode)),
            ("buffered_stdio", flag(!o.unbuffered)),
            ("optimization_level", count(o.optimize)),
            ("verbose", count(o.verbose)),
            ("quiet", count(o.quiet)),
            ("inspect", count(o.inspect)),
            ("interactive", count(o.interactive)),
            ("bytes_warning", count(o.bytes_warning)),
            ("parser_debug", count(o.parser_debug)),
            ("skip_source_first_line", flag(o.skip_first_line)),
            (
                "warnoptions",
                Value::List(o.warnings.iter().map(|w| w.clone().into_bytes()).collect()),
            ),
            ("xoptions", Value::List(xoptions)),
            ("use_hash_seed", flag(use_hash_seed)),
            ("hash_seed", count(hash_seed)),
            ("pythonpath_env", opt(pythonpath)),
            (
                "check_hash_pycs_mode",
                text(match o.check_hash_based_pycs {
                    CheckHashPycs::Default => "default",
                    CheckHashPycs::Always => "always",
                    CheckHashPycs::Never => "never",
                }),
            ),
            ("dev_mode", flag(o.dev_mode)),
            ("warn_default_encoding", flag(o.warn_default_encoding)),
            ("faulthandler", flag(o.faulthandler)),
            ("import_time", flag(o.import_time)),
            ("code_debug_ranges", flag(!o.no_debug_ranges)),
            ("tracemalloc", count(o.tracemalloc)),
            (
                "pycache_prefix",
                opt(o.pycache_prefix.as_ref().map(|p| bytes(p.as_os_str()))),
            ),
            ("use_frozen_modules", flag(o.frozen_modules.unwrap_or(true))),
            // The C.UTF-8 locale leaves UTF-8 mode off unless asked for.
            ("utf8_mode", flag(o.utf8_mode.unwrap_or(false))),
            (
                "int_max_str_digits",
                o.int_max_str_digits
                    .map_or(Value::Int(-1), |n| Value::Int(i64::from(n))),
            ),
        ])
    }

    fn show(bytes: &[u8]) -> String {
        String::from_utf8_lossy(bytes).into_owned()
    }

    #[test]
    fn matches_cpython() {
        let cases = load();
        assert!(cases.len() > 200, "only {} cases", cases.len());
        let mut failures = Vec::new();
        for case in &cases {
            let env = |name: &str| case.env.get(name).cloned();
            let got = parse(&case.args, &env);
            let problem = match (&case.expect, got) {
                (Expect::Exit(want), Err(mut got)) => {
                    let mut want = want.clone();
                    // -VV: CPython describes its build; Basilisk names itself instead.
                    if want.stdout.starts_with(b"Python 3.11.7 (") {
                        want.stdout =
                            format!("Python 3.11.7 (Basilisk {})\n", env!("CARGO_PKG_VERSION"))
                                .into_bytes();
                    }
                    if got == want {
                        None
                    } else {
                        got.stdout.truncate(400);
                        want.stdout.truncate(400);
                        Some(format!(
                            "status {} stdout {:?} stderr {:?}\n  want status {} stdout {:?} stderr {:?}",
                            got.status,
                            show(&got.stdout),
                            show(&got.stderr),
                            want.status,
                            show(&want.stdout),
                            show(&want.stderr)
                        ))
                    }
                }
                (Expect::Exit(_), Ok(o)) => Some(format!("parsed, want an exit: {o:?}")),
                (_, Err(e)) => Some(format!(
                    "exit {} {:?} {:?}, want a parse",
                    e.status,
                    show(&e.stdout),
                    show(&e.stderr)
                )),
                (Expect::Parses, Ok(_)) => None,
                (Expect::Config(want, early), Ok(o)) => {
                    let got = as_config(&o);
                    let mut diffs: Vec<String> = want
                        .iter()
                        .filter(|(key, value)| got.get(key.as_str()) != Some(value))
                        .map(|(key, value)| {
                            format!("{key}: got {:?}, want {value:?}", got.get(key.as_str()))
                        })
                        .collect();
                    assert_eq!(want.len(), got.len(), "keys recorded vs compared");
                    let want_early = early.clone().unwrap_or_default();
                    if o.early_stderr != want_early {
                        diffs.push(format!(
                            "early stderr {:?}, want {:?}",
                            show(&o.early_stderr),
                            show(&want_early)
                        ));
                    }
                    (!diffs.is_empty()).then(|| diffs.join("\n  "))
                }
            };
            if let Some(problem) = problem {
                failures.push(format!("{}:\n  {problem}", case.label));
            }
        }
        assert!(
            failures.is_empty(),
            "{} of {} cases differ from CPython:\n{}",
            failures.len(),
            cases.len(),
            failures.join("\n")
        );
    }

    fn os(args: &[&str]) -> Vec<OsString> {
        args.iter().map(OsString::from).collect()
    }

    fn no_env(_: &str) -> Option<OsString> {
        None
    }

    #[test]
    fn targets_the_probe_cannot_reach() {
        // `python3 ""` and `python3 -c ""` parse; they fail later, at run time.
        let o = parse(&os(&["python3", ""]), &no_env).unwrap();
        assert_eq!(o.run, RunTarget::File(PathBuf::new()));
        assert_eq!(o.argv, os(&[""]));
        let o = parse(&os(&["python3", "-c", ""]), &no_env).unwrap();
        assert_eq!(o.run, RunTarget::Command(OsString::new()));
        assert_eq!(o.argv, os(&["-c"]));
        // With no argv at all (execve with an empty argv) there is nothing to parse.
        let o = parse(&[], &no_env).unwrap();
        assert_eq!(o.run, RunTarget::Stdin);
        assert_eq!(o.argv, os(&[""]));
    }

    #[test]
    fn undecodable_bytes_survive_in_targets_and_argv() {
        let args: Vec<OsString> = [&b"python3"[..], b"-Bc\xffx", b"a\xfe"]
            .iter()
            .map(|a| OsString::from_vec(a.to_vec()))
            .collect();
        let o = parse(&args, &no_env).unwrap();
        assert_eq!(
            o.run,
            RunTarget::Command(OsString::from_vec(b"\xffx".to_vec()))
        );
        assert_eq!(o.argv[1], OsString::from_vec(b"a\xfe".to_vec()));
        let args: Vec<OsString> = [&b"python3"[..], b"-X", b"n=\xff", b"-W\xff", b"-"]
            .iter()
            .map(|a| OsString::from_vec(a.to_vec()))
            .collect();
        let o = parse(&args, &no_env).unwrap();
        assert_eq!(o.x_options, [("n".into(), Some("\u{fffd}".into()))]);
        assert_eq!(o.warnings, ["\u{fffd}"]);
    }

    #[test]
    fn absolute_run_filename_joins_without_normalizing() {
        let cwd = Path::new("/w");
        for (path, want) in [
            ("", "/w"),
            (".", "/w"),
            ("a.py", "/w/a.py"),
            ("./a.py", "/w/./a.py"),
            ("b/../a.py", "/w/b/../a.py"),
            ("/x/../a.py", "/x/../a.py"),
        ] {
            assert_eq!(absolute_run_filename(Path::new(path), cwd), Path::new(want));
        }
    }

    #[test]
    fn get_env_follows_ignore_environment() {
        let env = |name: &str| match name {
            "PYTHONSTARTUP" => Some(OsString::from("s.py")),
            "PYTHONIOENCODING" => Some(OsString::new()),
            _ => None,
        };
        let o = parse(&os(&["python3"]), &env).unwrap();
        assert_eq!(o.get_env(&env, "PYTHONSTARTUP"), Some("s.py".into()));
        assert_eq!(o.get_env(&env, "PYTHONIOENCODING"), None);
        let o = parse(&os(&["python3", "-I"]), &env).unwrap();
        assert_eq!(o.get_env(&env, "PYTHONSTARTUP"), None);
    }

    #[test]
    fn c_number_parsing() {
        let w = |s: &str| wide_of(s);
        assert_eq!(str_to_int(&w(""), is_c_space), Some(0));
        assert_eq!(str_to_int(&w(" "), is_c_space), None);
        assert_eq!(str_to_int(&w("-"), is_c_space), None);
        assert_eq!(str_to_int(&w("-2147483648"), is_c_space), Some(i32::MIN));
        assert_eq!(str_to_int(&w("9223372036854775808"), is_c_space), None);
        assert_eq!(str_to_int(&w("\u{3000}7"), is_c_space), None);
        assert_eq!(str_to_int(&w("\u{3000}7"), is_wide_space), Some(7));
        assert_eq!(strtoul_seed(b"-0"), Some(0));
        assert_eq!(strtoul_seed(b"-18446744073709551615"), Some(1));
        assert_eq!(strtoul_seed(b"99999999999999999999999"), None);
    }
}

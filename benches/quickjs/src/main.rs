//! `qjs-runner FILE.js`: runs one of minnow's benchmark workloads (`benches/js/*.js`) under
//! QuickJS, so that `benches/compare.sh` can time minnow against it as well as against node.
//!
//! The engine is QuickJS-ng, embedded through the `rquickjs` crate and built with assertions
//! off (`NDEBUG`, as a release `qjs` is). The file is evaluated as a sloppy-mode global script,
//! as the `qjs` command line runs a `.js` file. The host gives it only what the workloads use,
//! with node's behaviour:
//!
//! - `console.log(...)`: the arguments separated by spaces, then a newline, on stdout. Strings
//!   print as they are, other primitives as `String(v)` does (`-0` as `-0`), objects as
//!   `JSON.stringify` gives them (a simple stand-in for node's inspector: the workloads only
//!   print strings).
//! - `setTimeout(f, ms)` / `clearTimeout(id)`: a timer queue ordered by due time, then by
//!   creation. A delay below 1 ms (or not a number) is 1 ms, as in node.
//! - `queueMicrotask` is QuickJS's own.
//!
//! The event loop: run the script, then run QuickJS's pending jobs (promise reactions,
//! microtasks) until none is left; then, while a timer is pending, wait for the earliest one,
//! call it and again run every pending job. An uncaught exception prints to stderr and ends the
//! process with status 1, as in node.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use std::rc::Rc;
use std::time::{Duration, Instant};

use rquickjs::context::EvalOptions;
use rquickjs::function::Opt;
use rquickjs::{
    CatchResultExt, CaughtError, Coerced, Context, Ctx, Function, Persistent, Runtime, Value,
};

/// The stack the script runs on, and how much of it QuickJS may use before it throws
/// `RangeError: Maximum call stack size exceeded`: rquickjs's default, 256 KiB, is too little for
/// `deep_recursion.js`, and 16 MiB is the most rquickjs accepts (more turns the check off).
/// Untouched stack costs no memory.
const THREAD_STACK: usize = 32 << 20;
const JS_STACK_LIMIT: usize = 16 << 20;

/// The pending timers: callbacks keyed by (due time, id). Ids grow, so equal due times run in
/// creation order.
#[derive(Default)]
struct Timers {
    next_id: u32,
    queue: BTreeMap<(Instant, u32), Persistent<Function<'static>>>,
    due: HashMap<u32, Instant>,
}

impl Timers {
    fn add(&mut self, callback: Persistent<Function<'static>>, delay_ms: f64) -> u32 {
        // node: a delay that is not a number in [1, 2^31 - 1] is 1 ms.
        let delay_ms = if (1.0..=2_147_483_647.0).contains(&delay_ms) {
            delay_ms.trunc()
        } else {
            1.0
        };
        self.next_id += 1;
        let id = self.next_id;
        let due = Instant::now() + Duration::from_secs_f64(delay_ms / 1000.0);
        self.queue.insert((due, id), callback);
        self.due.insert(id, due);
        id
    }

    fn clear(&mut self, id: u32) {
        if let Some(due) = self.due.remove(&id) {
            self.queue.remove(&(due, id));
        }
    }

    /// Removes and returns the earliest timer with its due time.
    fn pop(&mut self) -> Option<(Instant, Persistent<Function<'static>>)> {
        let ((due, id), callback) = self.queue.pop_first()?;
        self.due.remove(&id);
        Some((due, callback))
    }
}

/// One `console.log` argument as node prints it (for the values the workloads print).
fn show<'js>(ctx: &Ctx<'js>, v: Value<'js>) -> String {
    if let Some(s) = v.as_string() {
        return s.to_string().unwrap_or_default();
    }
    if v.as_number()
        .is_some_and(|x| x == 0.0 && x.is_sign_negative())
    {
        return "-0".to_string();
    }
    if v.is_object()
        && !v.is_function()
        && let Ok(Some(json)) = ctx.json_stringify(v.clone())
    {
        return json.to_string().unwrap_or_default();
    }
    match v.get::<Coerced<String>>() {
        Ok(Coerced(s)) => s,
        Err(_) => {
            ctx.catch();
            "[value]".to_string()
        }
    }
}

fn console_log<'js>(ctx: Ctx<'js>, args: rquickjs::function::Rest<Value<'js>>) {
    let line: Vec<String> = args.0.into_iter().map(|v| show(&ctx, v)).collect();
    let mut out = std::io::stdout().lock();
    // A closed stdout (e.g. `| head`) is not the script's error.
    let _ = writeln!(out, "{}", line.join(" "));
}

/// Installs `console`, `setTimeout` and `clearTimeout` on the global object.
fn install_globals<'js>(ctx: &Ctx<'js>, timers: &Rc<RefCell<Timers>>) -> rquickjs::Result<()> {
    let globals = ctx.globals();

    let console = rquickjs::Object::new(ctx.clone())?;
    console.set(
        "log",
        Function::new(ctx.clone(), console_log)?.with_name("log")?,
    )?;
    globals.set("console", console)?;

    let t = timers.clone();
    let set_timeout = move |ctx: Ctx<'js>, callback: Function<'js>, delay: Opt<Coerced<f64>>| {
        let delay = delay.0.map_or(0.0, |Coerced(d)| d);
        t.borrow_mut().add(Persistent::save(&ctx, callback), delay)
    };
    globals.set(
        "setTimeout",
        Function::new(ctx.clone(), set_timeout)?.with_name("setTimeout")?,
    )?;

    let t = timers.clone();
    let clear_timeout = move |id: Opt<Value<'js>>| {
        if let Some(id) = id.0.and_then(|v| v.as_int()) {
            t.borrow_mut().clear(id as u32);
        }
    };
    globals.set(
        "clearTimeout",
        Function::new(ctx.clone(), clear_timeout)?.with_name("clearTimeout")?,
    )?;
    Ok(())
}

/// Prints an uncaught exception to stderr and ends the process with status 1.
fn die_uncaught(error: CaughtError<'_>) -> ! {
    let text = match &error {
        CaughtError::Exception(e) => {
            let head = format!("{}: {}", error_name(e), e.message().unwrap_or_default());
            format!("{head}\n{}", e.stack().unwrap_or_default())
        }
        other => other.to_string(),
    };
    let _ = std::io::stdout().flush();
    eprintln!("Uncaught {}", text.trim_end());
    std::process::exit(1);
}

fn error_name(e: &rquickjs::Exception<'_>) -> String {
    e.as_object()
        .get::<_, Coerced<String>>("name")
        .map(|Coerced(n)| n)
        .unwrap_or_else(|_| "Error".into())
}

/// Runs QuickJS's pending jobs until there are none.
fn run_jobs(rt: &Runtime) {
    loop {
        match rt.execute_pending_job() {
            Ok(true) => {}
            Ok(false) => return,
            Err(job) => job.0.with(|ctx| {
                let err = CaughtError::from_error(&ctx, rquickjs::Error::Exception);
                die_uncaught(err)
            }),
        }
    }
}

fn run(path: &str) -> Result<(), String> {
    let source = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let rt = Runtime::new().map_err(|e| e.to_string())?;
    rt.set_max_stack_size(JS_STACK_LIMIT);
    let context = Context::full(&rt).map_err(|e| e.to_string())?;
    let timers = Rc::new(RefCell::new(Timers::default()));

    context.with(|ctx| {
        install_globals(&ctx, &timers).map_err(|e| e.to_string())?;
        let mut options = EvalOptions::default();
        options.global = true;
        options.strict = false;
        options.filename = Some(path.to_string());
        ctx.eval_with_options::<(), _>(source, options)
            .catch(&ctx)
            .unwrap_or_else(|e| die_uncaught(e));
        Ok::<(), String>(())
    })?;
    run_jobs(&rt);

    loop {
        // Take the timer out before calling it, so that it may set or clear timers.
        let Some((due, callback)) = timers.borrow_mut().pop() else {
            break;
        };
        let now = Instant::now();
        if due > now {
            std::thread::sleep(due - now);
        }
        context.with(|ctx| {
            let f = callback
                .restore(&ctx)
                .expect("a timer callback belongs to this runtime");
            f.call::<_, ()>(())
                .catch(&ctx)
                .unwrap_or_else(|e| die_uncaught(e));
        });
        run_jobs(&rt);
    }
    Ok(())
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, path] = args.as_slice() else {
        eprintln!("usage: qjs-runner FILE.js | --version");
        std::process::exit(2);
    };
    if path == "--version" {
        // SAFETY: JS_GetVersion returns a static NUL-terminated string.
        let version = unsafe { std::ffi::CStr::from_ptr(rquickjs::qjs::JS_GetVersion()) };
        println!("QuickJS-ng {} (rquickjs)", version.to_string_lossy());
        return;
    }
    let path = path.clone();
    let status = std::thread::Builder::new()
        .stack_size(THREAD_STACK)
        .spawn(move || run(&path))
        .expect("spawn the script thread")
        .join();
    let _ = std::io::stdout().flush();
    match status {
        Ok(Ok(())) => {}
        Ok(Err(message)) => {
            eprintln!("qjs-runner: {message}");
            std::process::exit(1);
        }
        Err(_) => std::process::exit(70),
    }
}

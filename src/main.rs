//! The `minnow` command: parses arguments and hands them to the library.

use std::io::{IsTerminal, Read};
use std::path::PathBuf;

use clap::Parser;
use minnow::driver::{self, Options, TraceRequest};
use minnow::interp::Limits;
use minnow::trace::Format;
use minnow::util::memory::Accounting;

/// The interpreter allocates a small object per environment, closure and object literal;
/// mimalloc serves these markedly faster than the system allocator (see README, Benchmarks).
/// The accounting wrapper counts each interpreter's heap for `--max-heap-size`, and turns an
/// allocation the system refuses into node's heap-out-of-memory report instead of an abort.
#[global_allocator]
static GLOBAL: Accounting<mimalloc::MiMalloc> = Accounting(mimalloc::MiMalloc);

/// Run JavaScript with a real call stack and node's event loop.
#[derive(Parser, Debug)]
#[command(name = "minnow", version, about)]
struct Cli {
    /// Evaluate CODE instead of a file.
    #[arg(short = 'e', long = "eval", value_name = "CODE")]
    eval: Option<String>,

    /// Maximum number of JavaScript call frames before `RangeError: Maximum call stack size
    /// exceeded`.
    #[arg(long = "stack-size", value_name = "N", default_value_t = Limits::default().max_frames as u32,
          value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    stack_size: u32,

    /// Heap size in MB (like node's `--max-old-space-size`); a program that needs more stops
    /// with `FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory`
    /// and exit status 134.
    #[arg(long = "max-heap-size", value_name = "MB", default_value_t = Limits::DEFAULT_HEAP_MB as u32,
          value_parser = clap::value_parser!(u32).range(1..=16_777_216))]
    max_heap_size: u32,

    /// Narrate every step of the event loop on stderr (`--trace`), or write it as JSON Lines
    /// (`--trace=json`) or in Chrome's trace-event format (`--trace=chrome`).
    #[arg(long, value_name = "FORMAT", num_args = 0..=1, require_equals = true,
          default_missing_value = "text")]
    trace: Option<TraceFormat>,

    /// Write the trace to PATH instead of stderr.
    #[arg(long = "trace-file", value_name = "PATH", requires = "trace")]
    trace_file: Option<PathBuf>,

    /// In the JSON trace, list at most N entries per box (the first and last halves); 0 lists
    /// every entry.
    #[arg(long = "trace-box-limit", value_name = "N", requires = "trace",
          default_value_t = minnow::trace::json::BOX_LIMIT)]
    trace_box_limit: usize,

    /// Write the trace as a self-contained interactive HTML page.
    #[arg(long = "trace-html", value_name = "OUT.html", conflicts_with = "trace")]
    trace_html: Option<PathBuf>,

    /// Fire timers in due order at once instead of sleeping; `Date.now()` and
    /// `performance.now()` report the virtual clock, and synchronous code takes no time.
    #[arg(long = "virtual-time")]
    virtual_time: bool,

    /// The script to run. Without one, a program is read from standard input.
    file: Option<PathBuf>,

    /// Arguments for the script (ignored for now; `process.argv` is not implemented).
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    args: Vec<String>,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug)]
enum TraceFormat {
    Text,
    Json,
    Chrome,
}

fn main() {
    minnow::util::fatal::install_panic_hook();
    let cli = Cli::parse();
    let trace = match (cli.trace, &cli.trace_html) {
        (_, Some(page)) => Some(TraceRequest {
            format: Format::Html,
            out: Some(page.clone()),
            box_limit: cli.trace_box_limit,
        }),
        (Some(format), None) => Some(TraceRequest {
            format: match format {
                TraceFormat::Text => Format::Text,
                TraceFormat::Json => Format::Json,
                TraceFormat::Chrome => Format::Chrome,
            },
            out: cli.trace_file.clone(),
            box_limit: cli.trace_box_limit,
        }),
        (None, None) => None,
    };
    let options = Options {
        limits: Limits {
            max_heap_bytes: (cli.max_heap_size as usize) << 20,
            ..Limits::with_max_frames(cli.stack_size as usize)
        },
        trace,
        virtual_time: cli.virtual_time,
    };
    let code = if let Some(code) = &cli.eval {
        driver::run_source("[eval]", code, &options)
    } else if let Some(file) = &cli.file {
        driver::run_file(file, &options)
    } else if std::io::stdin().is_terminal() {
        minnow::repl::run(&options)
    } else {
        let mut text = String::new();
        match std::io::stdin().read_to_string(&mut text) {
            Ok(_) => driver::run_source("[stdin]", &text, &options),
            Err(e) => {
                eprintln!("minnow: cannot read standard input: {e}");
                1
            }
        }
    };
    std::process::exit(code);
}

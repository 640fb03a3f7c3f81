//! The `minnow` command: parses arguments and hands them to the library.

use std::io::{IsTerminal, Read};
use std::path::PathBuf;

use clap::Parser;
use minnow::interp::Limits;
use minnow::runtime::{self, Options};

/// The interpreter allocates a small object per environment, closure and object literal;
/// mimalloc serves these markedly faster than the system allocator (see README, Benchmarks).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

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

    /// The script to run. Without one, a program is read from standard input.
    file: Option<PathBuf>,

    /// Arguments for the script (ignored for now; `process.argv` is not implemented).
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    args: Vec<String>,
}

fn main() {
    let cli = Cli::parse();
    let options = Options {
        limits: Limits {
            max_frames: cli.stack_size as usize,
        },
    };
    let code = if let Some(code) = &cli.eval {
        runtime::run_source("[eval]", code, &options)
    } else if let Some(file) = &cli.file {
        runtime::run_file(file, &options)
    } else if std::io::stdin().is_terminal() {
        minnow::repl::run(&options)
    } else {
        let mut text = String::new();
        match std::io::stdin().read_to_string(&mut text) {
            Ok(_) => runtime::run_source("[stdin]", &text, &options),
            Err(e) => {
                eprintln!("minnow: cannot read standard input: {e}");
                1
            }
        }
    };
    std::process::exit(code);
}

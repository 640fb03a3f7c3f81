//! The REPL driven through a real pseudo-terminal, as a person would use it: typing,
//! multi-line continuation, a timer firing at an idle prompt, completion, history kept between
//! sessions, dot commands, Ctrl-C and Ctrl-D, lines pasted or typed ahead all at once, and how
//! heap exhaustion and internal errors end a session.

use std::process::Command;

use rexpect::process::WaitStatus;
use rexpect::session::{PtySession, spawn_command};

/// How long any single expectation may wait.
const TIMEOUT_MS: u64 = 10_000;

fn start(history: &std::path::Path) -> PtySession {
    start_with(Command::new(env!("CARGO_BIN_EXE_minnow")), history)
}

/// Starts the REPL from `cmd` (which may carry extra flags and variables).
fn start_with(mut cmd: Command, history: &std::path::Path) -> PtySession {
    cmd.env("MINNOW_REPL_HISTORY", history)
        .env("NO_COLOR", "1")
        .env("TERM", "xterm");
    let mut p = spawn_command(cmd, Some(TIMEOUT_MS)).expect("minnow starts in a pty");
    p.exp_string("Type \".help\" for more information.")
        .unwrap();
    p.exp_string("> ").unwrap();
    p
}

fn history_file(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("minnow-repl-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    let _ = std::fs::remove_file(&path);
    path
}

/// Sends `keys` to the terminal in one write, as a paste (or fast typing) delivers them.
fn paste(p: &mut PtySession, keys: &str) {
    p.send(keys).unwrap();
    p.flush().unwrap();
}

/// Waits for each of `outputs` to be printed, in this order.
fn expect_in_order(p: &mut PtySession, outputs: &[&str]) {
    for expected in outputs {
        p.exp_string(expected)
            .unwrap_or_else(|e| panic!("expected `{expected}` next: {e}"));
    }
}

/// Types `line` and waits until `expected` has been printed.
fn eval(p: &mut PtySession, line: &str, expected: &str) {
    p.send_line(line).unwrap();
    p.exp_string(expected)
        .unwrap_or_else(|e| panic!("after `{line}` expected `{expected}`: {e}"));
}

#[test]
fn evaluates_and_keeps_declarations_between_inputs() {
    let mut p = start(&history_file("basic"));
    eval(&mut p, "1 + 1", "2\r\n");
    eval(&mut p, "let greeting = 'hi'", "undefined\r\n");
    eval(&mut p, "greeting + '!'", "'hi!'\r\n");
    eval(&mut p, "let greeting = 'again'", "undefined\r\n");
    eval(&mut p, "_", "undefined\r\n");
    eval(&mut p, "[1, 2, 3]", "[ 1, 2, 3 ]\r\n");
    eval(&mut p, "_.length", "3\r\n");
    p.send_line(".exit").unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn multi_line_input_continues_with_dots() {
    let mut p = start(&history_file("multi"));
    eval(&mut p, "function add(a, b) {", "... ");
    eval(&mut p, "  return a + b", "... ");
    eval(&mut p, "}", "undefined\r\n");
    eval(&mut p, "add(2,", "... ");
    eval(&mut p, "3)", "5\r\n");
    p.send_line(".exit").unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn timer_fires_at_an_idle_prompt() {
    let mut p = start(&history_file("timer"));
    eval(
        &mut p,
        "setTimeout(() => console.log('tick'), 300)",
        "1\r\n",
    );
    // Nothing is typed: the event loop runs while the prompt waits.
    p.exp_string("tick").unwrap();
    eval(
        &mut p,
        "Promise.resolve().then(() => console.log('micro')); 'sync'",
        "'sync'\r\nmicro\r\n",
    );
    p.send_line(".exit").unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn errors_are_reported_and_the_session_goes_on() {
    let mut p = start(&history_file("errors"));
    eval(
        &mut p,
        "null.y",
        "Uncaught TypeError: Cannot read properties of null (reading 'y')",
    );
    eval(&mut p, "function r() { return r() }", "undefined\r\n");
    eval(
        &mut p,
        "r()",
        "Uncaught RangeError: Maximum call stack size exceeded",
    );
    eval(
        &mut p,
        "let a = (1 + ;",
        "SyntaxError: Unexpected token ';'",
    );
    eval(&mut p, "40 + 2", "42\r\n");
    p.send_line(".exit").unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn completes_property_names_from_the_live_object() {
    let mut p = start(&history_file("complete"));
    eval(
        &mut p,
        "const config = { verbose: true, volume: 11 }",
        "undefined\r\n",
    );
    p.send("config.verb").unwrap();
    p.send("\t").unwrap();
    p.send_line("").unwrap();
    p.exp_string("true\r\n").unwrap();
    eval(&mut p, "const list = [1]", "undefined\r\n");
    p.send("list.pus").unwrap();
    p.send("\t").unwrap();
    p.send_line("(7)").unwrap();
    p.exp_string("2\r\n").unwrap();
    p.send_line(".exit").unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn history_is_kept_between_sessions() {
    let history = history_file("history");
    let mut p = start(&history);
    eval(&mut p, "6 * 7", "42\r\n");
    p.send_line(".exit").unwrap();
    p.exp_eof().unwrap();
    let saved = std::fs::read_to_string(&history).expect("history file written");
    assert!(saved.contains("6 * 7"), "{saved}");
    let mut p = start(&history);
    // Up-arrow twice (past `.exit`) recalls the previous session's line.
    p.send("\x1b[A").unwrap();
    p.send("\x1b[A").unwrap();
    p.send_line("").unwrap();
    p.exp_string("42\r\n").unwrap();
    p.send_line(".exit").unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn ctrl_c_clears_twice_exits_and_ctrl_d_exits() {
    let mut p = start(&history_file("ctrlc"));
    p.send("half typed").unwrap();
    p.send_control('c').unwrap();
    p.exp_string("(To exit, press Ctrl+C again or Ctrl+D or type .exit)")
        .unwrap();
    // Not waiting for the new prompt: a Ctrl-C between two reads of the editor is a key too.
    p.send_control('c').unwrap();
    p.exp_eof().unwrap();
    let mut p = start(&history_file("ctrld"));
    eval(
        &mut p,
        "setTimeout(() => console.log('never'), 60000)",
        "1\r\n",
    );
    // Wait for the prompt: a Ctrl-D typed before the editor is reading again reaches the
    // terminal in cooked mode, where it is not a key the editor can see.
    p.exp_string("> ").unwrap();
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn dot_commands() {
    let mut p = start(&history_file("dots"));
    eval(&mut p, ".help", ".queues");
    eval(&mut p, "setTimeout(function later() {}, 50000)", "1\r\n");
    eval(&mut p, ".queues", "[Function: later]");
    eval(&mut p, "let kept = 1", "undefined\r\n");
    eval(&mut p, ".clear", "Clearing context...");
    eval(&mut p, "typeof kept", "'undefined'\r\n");
    p.send_line(".exit").unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn ctrl_c_interrupts_running_code_and_keeps_the_session() {
    let mut p = start(&history_file("interrupt"));
    eval(&mut p, "let spins = 0", "undefined\r\n");
    // Ctrl-C is a signal only once the line editor has handed the line over (before that it
    // is a key); the loop prints a marker (`'spin' + 'ning'`: not in the echo of the typed
    // line) once it runs, however long that takes on a slow machine.
    p.send_line(
        "console.log('spin' + 'ning'); try { while (true) { spins++ } } finally { console.log('not run') }",
    )
    .unwrap();
    p.exp_string("spinning").unwrap();
    p.send_control('c').unwrap();
    p.exp_string("Uncaught Error: Script execution was interrupted by `SIGINT`")
        .unwrap();
    eval(&mut p, "spins > 0", "true\r\n");
    p.send_line(".exit").unwrap();
    let rest = p.exp_eof().unwrap();
    assert!(
        !rest.contains("not run"),
        "the interruption skips finally: {rest}"
    );
}

#[test]
fn two_ctrl_c_while_a_built_in_runs_stop_the_code_then_act_at_the_prompt() {
    let mut p = start(&history_file("interrupt-twice"));
    eval(
        &mut p,
        "const big = Array.from({ length: 3e6 }, (_, i) => -i)",
        "undefined\r\n",
    );
    // A default sort of 3e6 numbers runs for a second or more in one built-in that takes no
    // steps, so both presses arrive while it runs; 200 ms apart, they are two signals (the
    // kernel merges a signal sent while the same one is pending). The first stops the code
    // when the sort returns; the second must not be lost in it.
    p.send_line("console.log('sort' + 'ing'); big.sort(); while (true) {}")
        .unwrap();
    p.exp_string("sorting").unwrap();
    p.send_control('c').unwrap();
    std::thread::sleep(std::time::Duration::from_millis(200));
    p.send_control('c').unwrap();
    p.exp_string("Uncaught Error: Script execution was interrupted by `SIGINT`")
        .unwrap();
    p.exp_string("(To exit, press Ctrl+C again or Ctrl+D or type .exit)")
        .unwrap();
    p.exp_string("> ").unwrap();
    eval(&mut p, "1 + 1", "2\r\n");
    p.send_line(".exit").unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn top_level_await_waits_for_the_promise_and_echoes_its_value() {
    let mut p = start(&history_file("await"));
    eval(&mut p, "await Promise.resolve(42)", "42\r\n");
    eval(
        &mut p,
        "const v = await new Promise(r => setTimeout(() => r('late'), 30))",
        "undefined\r\n",
    );
    eval(&mut p, "v", "'late'\r\n");
    eval(
        &mut p,
        "await Promise.reject(new Error('nope'))",
        "Uncaught Error: nope",
    );
    eval(&mut p, "1 + 1", "2\r\n");
    p.send_line(".exit").unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn functions_from_earlier_inputs_report_their_own_positions() {
    let mut p = start(&history_file("positions"));
    eval(&mut p, "function boom() { return nope.x }", "undefined\r\n");
    eval(&mut p, "1 + 1", "2\r\n");
    eval(
        &mut p,
        "[0].map(() => boom())",
        "Uncaught ReferenceError: nope is not defined",
    );
    p.exp_string("at boom (REPL1:1:26)").unwrap();
    p.exp_string("at REPL3:1:15").unwrap();
    p.exp_string("at map (<anonymous>)").unwrap();
    eval(
        &mut p,
        "function callIt() { return notAFunction() }",
        "undefined\r\n",
    );
    eval(&mut p, "var notAFunction = 1", "undefined\r\n");
    eval(
        &mut p,
        "callIt()",
        "TypeError: notAFunction is not a function",
    );
    p.send_line(".exit").unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn trace_positions_in_a_function_from_an_earlier_input_are_in_that_input() {
    let mut p = start(&history_file("trace-sources"));
    p.send_line("function greet() {").unwrap();
    p.exp_string("...").unwrap();
    eval(&mut p, "  console.log('hi') }", "undefined");
    eval(&mut p, ".trace on", "Tracing the event loop");
    p.send_line("greet()").unwrap();
    // `console.log` is called at line 2, column 11 of the first input, not of `greet()`.
    p.exp_regex(r"push console\.log \(built-in\) +2:11")
        .unwrap();
    p.exp_string("hi").unwrap();
    p.send_line(".exit").unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn trace_on_narrates_the_event_loop_steps_of_later_inputs() {
    let mut p = start(&history_file("trace"));
    eval(&mut p, ".trace on", "Tracing the event loop");
    p.send_line("setTimeout(function bar() { console.log('ring') }, 200)")
        .unwrap();
    p.exp_string("push setTimeout (built-in)").unwrap();
    p.exp_string("timer #1: setTimeout 200 ms, holds bar")
        .unwrap();
    // At the idle prompt, the timer's way through the loop is narrated around its output.
    p.exp_string("timer #1 expired: bar enters the callback queue")
        .unwrap();
    p.exp_string("taking timer #1 (bar) from the callback queue")
        .unwrap();
    p.exp_string("push bar").unwrap();
    p.exp_string("ring").unwrap();
    p.exp_string("pop bar").unwrap();
    eval(&mut p, ".trace off", "Tracing off.");
    eval(&mut p, "Promise.resolve(7).then(v => v)", "Promise {");
    p.send_line(".exit").unwrap();
    let rest = p.exp_eof().unwrap();
    assert!(
        !rest.contains("microtask"),
        "no narration after .trace off: {rest}"
    );
}

/// Heap exhaustion and internal errors end the session with their report and exit status, as
/// they end a script, instead of aborting with the terminal left in raw mode.
#[test]
fn heap_exhaustion_and_internal_errors_end_the_session_with_their_status() {
    let mut heap = Command::new(env!("CARGO_BIN_EXE_minnow"));
    heap.args(["--max-heap-size", "32"]);
    let mut p = start_with(heap, &history_file("heap"));
    p.send_line("const all = []; while (true) all.push({})")
        .unwrap();
    p.exp_string(
        "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\r\n",
    )
    .unwrap();
    p.exp_eof().unwrap();
    let status = p.process().wait().unwrap();
    assert!(matches!(status, WaitStatus::Exited(_, 134)), "{status:?}");

    let mut panicking = Command::new(env!("CARGO_BIN_EXE_minnow"));
    panicking.env("MINNOW_TEST_PANIC", "1");
    let mut p = start_with(panicking, &history_file("panic"));
    eval(&mut p, "1 + 1", "2\r\n");
    p.send_line("__minnowTestPanic()").unwrap();
    p.exp_string(
        "minnow: internal error: deliberate panic for testing (please report this at the \
         project's issue tracker with the program that caused it)\r\n",
    )
    .unwrap();
    p.exp_eof().unwrap();
    let status = p.process().wait().unwrap();
    assert!(matches!(status, WaitStatus::Exited(_, 70)), "{status:?}");
}

#[test]
fn lines_pasted_in_one_write_all_run_in_order() {
    let mut p = start(&history_file("paste-lines"));
    paste(&mut p, "1+1\r2+2\r3+3\r");
    expect_in_order(&mut p, &["\r\n2\r\n", "\r\n4\r\n", "\r\n6\r\n"]);
    p.send_line(".exit").unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn a_pasted_function_ends_at_its_closing_brace_and_can_be_called() {
    let mut p = start(&history_file("paste-function"));
    paste(&mut p, "function f() {\r  return 42\r}\rf()\r");
    expect_in_order(&mut p, &["\r\nundefined\r\n", "\r\n42\r\n"]);
    eval(&mut p, "f() + 1", "43\r\n");
    p.send_line(".exit").unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn a_bracketed_paste_runs_line_by_line() {
    let mut p = start(&history_file("paste-bracketed"));
    paste(&mut p, "\x1b[200~1+1\r2+2\r3+3\r\x1b[201~");
    expect_in_order(&mut p, &["\r\n2\r\n", "\r\n4\r\n", "\r\n6\r\n"]);
    // A Tab inside a paste is indentation, not a request to complete.
    paste(
        &mut p,
        "\x1b[200~function g() {\r\treturn 'tab'\r}\rg()\r\x1b[201~",
    );
    expect_in_order(&mut p, &["\r\nundefined\r\n", "\r\n'tab'\r\n"]);
    p.send_line(".exit").unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn input_typed_while_code_runs_waits_for_the_next_prompt() {
    let mut p = start(&history_file("type-ahead"));
    // The loop runs for a while after printing `busy`; what is typed meanwhile is kept.
    p.send_line(
        "console.log('busy'); const t0 = Date.now(); while (Date.now() - t0 < 500) {}; 'idle'",
    )
    .unwrap();
    p.exp_string("\r\nbusy\r\n").unwrap();
    paste(&mut p, "function h() {\r}\rh()\r5+5\r");
    expect_in_order(
        &mut p,
        &[
            "'idle'\r\n",
            "\r\nundefined\r\n",
            "\r\nundefined\r\n",
            "\r\n10\r\n",
        ],
    );
    p.send_line(".exit").unwrap();
    p.exp_eof().unwrap();
}

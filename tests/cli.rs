//! The `minnow` command as a user meets it: exit statuses, one-line errors for unreadable
//! files, `-e`, `--stack-size`, piped programs, and reports for syntax errors and uncaught
//! exceptions. Each test runs the real binary.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn minnow() -> Command {
    Command::new(env!("CARGO_BIN_EXE_minnow"))
}

fn run(args: &[&str]) -> Output {
    minnow().args(args).output().expect("minnow runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Writes `text` to a fresh temporary file and returns its path.
fn temp_file(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("minnow-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn missing_file_is_one_line_and_exit_1() {
    let o = run(&["definitely-not-here.js"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stdout(&o), "");
    assert_eq!(
        stderr(&o),
        "minnow: cannot read definitely-not-here.js: no such file\n"
    );
}

#[test]
fn non_utf8_file_is_one_line_and_exit_1() {
    let path = temp_file("latin1.js", b"console.log('caf\xe9')\n");
    let o = run(&[path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        format!(
            "minnow: cannot read {}: the file is not valid UTF-8\n",
            path.display()
        )
    );
}

#[test]
fn directory_is_one_line_and_exit_1() {
    let dir = std::env::temp_dir();
    let o = run(&[dir.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stderr(&o).lines().count(), 1, "{}", stderr(&o));
}

#[test]
fn eval_flag_runs_code_and_the_event_loop() {
    let o = run(&[
        "-e",
        "setTimeout(() => console.log('B'), 0); Promise.resolve().then(() => console.log('P')); console.log('A')",
    ]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout(&o), "A\nP\nB\n");
}

#[test]
fn real_time_timers_never_fire_early() {
    // Lateness depends on the machine's load; earliness would be a bug whatever the load. (The
    // loop counts whole milliseconds, as node's does, so a timer may fire up to 1 ms before its
    // delay has passed since a clock read just before `setTimeout`.)
    let code = "const t0 = Date.now(), p0 = performance.now();\n\
                setTimeout(() => console.log('b', Date.now() - t0 >= 119, performance.now() - p0 >= 119), 120);\n\
                setTimeout(() => console.log('a', Date.now() - t0 >= 39), 40);";
    let o = run(&["-e", code]);
    assert_eq!(stdout(&o), "a true\nb true true\n", "{}", stderr(&o));
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn piped_program_runs_without_prompt() {
    let mut child = minnow()
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"console.log(1 + 1)\n")
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout(&o), "2\n");
}

#[test]
fn version_and_help() {
    let v = run(&["--version"]);
    assert_eq!(v.status.code(), Some(0));
    assert_eq!(
        stdout(&v),
        format!("minnow {}\n", env!("CARGO_PKG_VERSION"))
    );
    let h = run(&["--help"]);
    assert_eq!(h.status.code(), Some(0));
    for flag in ["--eval", "--stack-size", "--max-heap-size", "[FILE]"] {
        assert!(
            stdout(&h).contains(flag),
            "help mentions {flag}:\n{}",
            stdout(&h)
        );
    }
}

const RECURSE: &str = "function depth(n) { try { return depth(n + 1); } catch (e) { return n; } }\n\
                       let d = 0; try { d = depth(1); } catch (e) {}\n\
                       function f(n) { return n === 0 ? 0 : 1 + f(n - 1); }\n\
                       try { f(1e6); } catch (e) { console.log(e instanceof RangeError, e.message); }\n\
                       console.log(f(4000));";

#[test]
fn default_stack_limit_is_catchable_and_program_goes_on() {
    let o = run(&["-e", RECURSE]);
    assert_eq!(stdout(&o), "true Maximum call stack size exceeded\n4000\n");
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn stack_size_flag_sets_the_frame_limit() {
    let code = "function f(n) { return n === 0 ? 0 : 1 + f(n - 1); }\n\
                console.log(f(150));\n\
                try { f(250); } catch (e) { console.log(e.name); }";
    let o = run(&["--stack-size", "200", "-e", code]);
    assert_eq!(stdout(&o), "150\nRangeError\n");
    let o = run(&[
        "--stack-size",
        "1000000",
        "-e",
        "function f(n) { return n === 0 ? 0 : 1 + f(n - 1); } console.log(f(200000))",
    ]);
    assert_eq!(
        stdout(&o),
        "200000\n",
        "a large limit grows the native stack instead of crashing: {}",
        stderr(&o)
    );
}

#[test]
fn an_internal_error_is_one_line_without_rust_panic_text_and_exit_70() {
    // `__minnowTestPanic` exists only when the test-only variable is set; it panics inside the
    // interpreter, as a bug would.
    let o = minnow()
        .env("MINNOW_TEST_PANIC", "1")
        .args([
            "-e",
            "console.log('before'); __minnowTestPanic(); console.log('after')",
        ])
        .output()
        .expect("minnow runs");
    assert_eq!(o.status.code(), Some(70));
    assert_eq!(stdout(&o), "before\n");
    assert_eq!(
        stderr(&o),
        "minnow: internal error: deliberate panic for testing (please report this at the \
         project's issue tracker with the program that caused it)\n"
    );
    // Without the variable the function does not exist.
    let o = run(&["-e", "console.log(typeof __minnowTestPanic)"]);
    assert_eq!(stdout(&o), "undefined\n");
}

#[test]
fn max_heap_size_flag_sets_the_heap_limit() {
    // 40 MB of live arrays fit in the default heap but not in 16 MB.
    let code = "const keep = []; for (let i = 0; i < 50; i++) keep.push(new Array(50000).fill(i));\n\
                console.log(keep.length);";
    let o = run(&["-e", code]);
    assert_eq!((o.status.code(), stdout(&o)), (Some(0), "50\n".to_string()));
    let o = run(&["--max-heap-size", "16", "-e", code]);
    assert_eq!(o.status.code(), Some(134));
    assert_eq!(stdout(&o), "");
    assert_eq!(
        stderr(&o),
        "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n"
    );
}

#[test]
fn syntax_error_is_a_report_with_position_and_nothing_runs() {
    let path = temp_file("syntax.js", b"console.log('never')\nlet x = (1 + ;\n");
    let o = run(&[path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stdout(&o), "");
    let err = stderr(&o);
    assert!(err.contains("SyntaxError: Unexpected token ';'"), "{err}");
    assert!(
        err.contains(&format!("{}:2:14", path.display())),
        "file:line:col in {err}"
    );
    assert!(err.contains("expected an expression"), "label in {err}");
}

#[test]
fn uncaught_exception_shows_frame_caret_and_stack() {
    let path = temp_file("uncaught.js", b"function foo() {\n  null.y;\n}\nfunction bar() { foo(); }\nconsole.log('before');\nbar();\nconsole.log('after');\n");
    let o = run(&[path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stdout(&o), "before\n");
    let p = path.display();
    let expected = format!(
        "{p}:2\n  null.y;\n       ^\n\nTypeError: Cannot read properties of null (reading 'y')\n    at foo ({p}:2:8)\n    at bar ({p}:4:18)\n    at Object.<anonymous> ({p}:6:1)\n\nminnow v{}\n",
        env!("CARGO_PKG_VERSION")
    );
    assert_eq!(stderr(&o), expected);
}

#[test]
fn deeply_nested_source_is_nodes_range_error_never_a_crash() {
    let limit = minnow::interp::Limits::default().max_nesting;
    for (open, close) in [("(", ")"), ("[", "]")] {
        // As deep as node compiles: runs.
        let src = format!(
            "let x = {}1{};\nconsole.log('ok')",
            open.repeat(1_000),
            close.repeat(1_000)
        );
        let path = temp_file("nested-1000.js", src.as_bytes());
        let o = run(&[path.to_str().unwrap()]);
        assert_eq!(stdout(&o), "ok\n", "{}", stderr(&o));
        // Far deeper (one bracket a line): node's RangeError before anything runs, shown at
        // the bracket that crosses the limit.
        let src = format!(
            "let x =\n{}1{};\nconsole.log('ok')",
            format!("{open}\n").repeat(100_000),
            close.repeat(100_000)
        );
        let path = temp_file("nested-100000.js", src.as_bytes());
        let o = run(&[path.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
        assert_eq!(stdout(&o), "");
        assert_eq!(
            stderr(&o),
            format!(
                "{}:{}\n{open}\n^\n\nRangeError: Maximum call stack size exceeded\n\nminnow v{}\n",
                path.display(),
                limit + 2,
                env!("CARGO_PKG_VERSION")
            )
        );
    }
}

#[test]
fn uncaught_error_in_timer_stops_pending_work() {
    let code = "setTimeout(() => { throw new Error('boom') }, 1); setTimeout(() => console.log('never'), 5); console.log('sync')";
    let o = run(&["-e", code]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stdout(&o), "sync\n");
    assert!(stderr(&o).contains("Error: boom"), "{}", stderr(&o));
}

#[test]
fn stack_traces_through_generators_builtins_and_awaits_read_like_node() {
    let path = temp_file(
        "traces.js",
        b"function* g() { yield 1; throw new TypeError('bad gen'); }\nconst it = g(); it.next();\nfunction outer() { it.next(); }\ntry { outer(); } catch (e) { console.log(e.stack); }\ntry { [1].map(function cb() { null.x; }); } catch (e) { console.log(e.stack); }\nasync function load() { await null; throw new RangeError('late'); }\nload().catch((e) => console.log(e.stack));\n",
    );
    let o = run(&[path.to_str().unwrap()]);
    let p = path.display();
    let expected = format!(
        "TypeError: bad gen\n    at g ({p}:1:32)\n    at next (<anonymous>)\n    at outer ({p}:3:23)\n    at Object.<anonymous> ({p}:4:7)\nTypeError: Cannot read properties of null (reading 'x')\n    at cb ({p}:5:36)\n    at map (<anonymous>)\n    at Object.<anonymous> ({p}:5:11)\nRangeError: late\n    at load ({p}:6:43)\n"
    );
    assert_eq!(stdout(&o), expected, "{}", stderr(&o));
}

const CLASSIC: &str = "function bar() { console.log('bar') }\n\
setTimeout(bar, 0);\n\
Promise.resolve().then(() => console.log('promise'));\n\
console.log('sync');\n";

#[test]
fn trace_narrates_on_stderr_and_leaves_stdout_alone() {
    let file = temp_file("classic.js", CLASSIC.as_bytes());
    let o = run(&["--trace", "--virtual-time", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout(&o), "sync\npromise\nbar\n");
    let err = stderr(&o);
    assert!(
        !err.contains('\x1b'),
        "no colours when stderr is not a terminal"
    );
    let lines: Vec<&str> = err.lines().collect();
    assert!(lines[0].starts_with(" step      time  where"), "{err}");
    assert!(lines.iter().any(|l| l.contains(
        "web api    timer #1: setTimeout 1 ms, holds bar (due at 1 ms)           2:1     ← step 3 (2:1)"
    )), "{err}");
    assert!(
        lines
            .iter()
            .any(|l| l.contains("microtask  run promise reaction → <anonymous> (tick 1)")),
        "{err}"
    );
    assert!(
        lines
            .last()
            .unwrap()
            .ends_with("nothing pending → the loop ends"),
        "{err}"
    );
}

#[test]
fn trace_reports_an_uncaught_error_as_a_step() {
    let file = temp_file(
        "boom.js",
        b"setTimeout(() => { throw new Error('boom') }, 5);\n",
    );
    let o = run(&["--trace", "--virtual-time", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("pop <anonymous> (threw)"), "{err}");
    assert!(err.contains("error      uncaught Error: boom"), "{err}");
    // The usual report follows the trace.
    assert!(err.contains("\nError: boom\n    at "), "{err}");
}

/// The tests that read trace files with node run only where node is on `PATH` (the README's
/// set-up needs only Rust); CI has it.
fn node_available() -> bool {
    let found = Command::new("node").arg("--version").output().is_ok();
    if !found {
        eprintln!("node is not on PATH: skipping the check of the trace file");
    }
    found
}

/// Parses `path` with node and runs `check` (a JavaScript expression over `data`/`lines`)
/// on it; returns what it prints.
fn node_check(path: &std::path::Path, script: &str) -> String {
    let o = Command::new("node")
        .arg("-e")
        .arg(script)
        .arg(path)
        .output()
        .expect("node runs");
    assert!(o.status.success(), "node: {}", stderr(&o));
    stdout(&o)
}

#[test]
fn json_trace_is_one_valid_object_per_line_with_the_schema_fields() {
    if !node_available() {
        return;
    }
    let file = temp_file("classic-json.js", CLASSIC.as_bytes());
    let out = temp_file("trace.jsonl", b"");
    let o = run(&[
        "--trace=json",
        "--trace-file",
        out.to_str().unwrap(),
        "--virtual-time",
        file.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout(&o), "sync\npromise\nbar\n");
    assert_eq!(stderr(&o), "");
    let summary = node_check(
        &out,
        r#"
        const lines = require('fs').readFileSync(process.argv[1], 'utf8').trim().split('\n').map(JSON.parse);
        const [header, ...steps] = lines;
        const ok = steps.every((s, i) => s.step === i + 1 && typeof s.t === 'number' && s.kind
            && 'span' in s && 'cause' in s && typeof s.text === 'string'
            && ['stack', 'webapis', 'callbacks', 'microtasks'].every(b => Array.isArray(s.boxes[b])));
        const run = steps.find(s => s.kind === 'microtask-run');
        const queued = steps[run.cause.step - 1];
        const timer = steps.find(s => s.kind === 'timer-set');
        console.log(JSON.stringify([header.version, header.clock, ok, queued.kind, run.tick,
            timer.boxes.webapis.map(t => t.callback), steps.at(-1).kind]));
        "#,
    );
    assert_eq!(
        summary,
        "[1,\"virtual\",true,\"microtask-enqueue\",1,[\"bar\"],\"done\"]\n"
    );
}

#[test]
fn chrome_trace_has_balanced_stack_slices_and_a_track_per_box() {
    if !node_available() {
        return;
    }
    let file = temp_file("classic-chrome.js", CLASSIC.as_bytes());
    let out = temp_file("trace.json", b"");
    let o = run(&[
        "--trace=chrome",
        "--trace-file",
        out.to_str().unwrap(),
        "--virtual-time",
        file.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0));
    let summary = node_check(
        &out,
        r#"
        const { traceEvents } = JSON.parse(require('fs').readFileSync(process.argv[1], 'utf8'));
        const tracks = traceEvents.filter(e => e.name === 'thread_name').map(e => e.args.name);
        let depth = 0, balanced = true, last = -1, monotonic = true;
        for (const e of traceEvents.filter(e => e.ph !== 'M')) {
            if (e.ts < last) monotonic = false;
            last = e.ts;
            if (e.ph === 'B') depth++;
            if (e.ph === 'E') { depth--; if (depth < 0) balanced = false; }
        }
        const asyncs = traceEvents.filter(e => e.ph === 'b').map(e => e.cat);
        console.log(JSON.stringify([tracks, balanced && depth === 0, monotonic, [...new Set(asyncs)]]));
        "#,
    );
    assert_eq!(
        summary,
        "[[\"Call Stack\",\"Web APIs\",\"Callback Queue\",\"Microtask Queue\",\"Event Loop\"],true,true,[\"timer\",\"microtask\",\"callback\"]]\n"
    );
}

#[test]
fn json_trace_lists_every_box_entry_up_to_the_box_limit() {
    if !node_available() {
        return;
    }
    let file = temp_file(
        "deep.js",
        b"function down(n) { return n === 0 ? 0 : down(n - 1) + 1 }\nconsole.log(down(149))\n",
    );
    // The deepest step's stack: how many frames it lists and how many it leaves out.
    let deepest = |limit: Option<&str>| {
        let out = temp_file(&format!("deep-{}.jsonl", limit.unwrap_or("default")), b"");
        let mut args = vec!["--trace=json", "--trace-file", out.to_str().unwrap()];
        if let Some(n) = limit {
            args.extend(["--trace-box-limit", n]);
        }
        args.push(file.to_str().unwrap());
        let o = run(&args);
        assert_eq!(stdout(&o), "149\n");
        node_check(
            &out,
            r#"
            const steps = require('fs').readFileSync(process.argv[1], 'utf8').trim().split('\n')
                .slice(1).map(JSON.parse);
            const size = s => s.boxes.stack.length + ((s.boxes.omitted || {}).stack || 0);
            const deep = steps.reduce((a, s) => size(s) > size(a) ? s : a);
            const names = deep.boxes.stack.map(f => f.name);
            console.log(JSON.stringify([names.length, deep.boxes.omitted || null,
                names[0], names.at(-1)]));
            "#,
        )
    };
    // At the deepest: the script and 150 frames of `down` (n = 149 down to 0).
    assert_eq!(
        deepest(None),
        "[100,{\"stack\":51},\"Object.<anonymous>\",\"down\"]\n"
    );
    assert_eq!(
        deepest(Some("0")),
        "[151,null,\"Object.<anonymous>\",\"down\"]\n"
    );
    assert_eq!(
        deepest(Some("5")),
        "[5,{\"stack\":146},\"Object.<anonymous>\",\"down\"]\n"
    );
}

#[test]
fn html_page_embeds_the_steps_of_the_json_trace() {
    if !node_available() {
        return;
    }
    let example = "js-examples/08-the-classic-quiz.js";
    let jsonl = temp_file("quiz.jsonl", b"");
    let html = temp_file("quiz.html", b"");
    let json_run = run(&[
        "--virtual-time",
        "--trace=json",
        "--trace-file",
        jsonl.to_str().unwrap(),
        example,
    ]);
    let page_run = run(&[
        "--virtual-time",
        "--trace-html",
        html.to_str().unwrap(),
        example,
    ]);
    let expected = std::fs::read_to_string("js-examples/08-the-classic-quiz.out").unwrap();
    assert_eq!(stdout(&json_run), expected);
    assert_eq!(stdout(&page_run), expected);
    assert_eq!(stderr(&page_run), "");
    // The page's shared box tables, expanded as the page does, give back every JSON step.
    let summary = node_check(
        &html,
        &format!(
            r#"
            const fs = require('fs');
            const page = fs.readFileSync(process.argv[1], 'utf8');
            const start = page.indexOf('window.MINNOW_TRACE = ') + 22;
            const data = JSON.parse(page.slice(start, page.indexOf(';\n</script>', start)));
            const boxes = data.boxes.map(ids => ids.map(i => data.entries[i]));
            const fromPage = data.steps.map(({{ b, om, ...s }}) => ({{ ...s, boxes: {{
                stack: boxes[b[0]], webapis: boxes[b[1]], callbacks: boxes[b[2]],
                microtasks: boxes[b[3]], ...(om ? {{ omitted: om }} : {{}}) }} }}));
            const lines = fs.readFileSync({:?}, 'utf8').trim().split('\n').map(JSON.parse);
            const same = JSON.stringify(fromPage) === JSON.stringify(lines.slice(1));
            const offline = !/https?:|src=/.test(page);
            console.log(JSON.stringify([data.steps.length, same, offline,
                data.source === fs.readFileSync({:?}, 'utf8')]));
            "#,
            jsonl.to_str().unwrap(),
            example
        ),
    );
    assert_eq!(summary, "[68,true,true,true]\n");
}

#[test]
fn an_unwritable_trace_file_is_one_line_and_exit_1() {
    let file = temp_file("ok.js", b"console.log('never runs')\n");
    for flag in ["--trace-html", "--trace-file"] {
        let mut args = vec![];
        if flag == "--trace-file" {
            args.push("--trace=json");
        }
        args.extend([flag, "/nonexistent-dir/out", file.to_str().unwrap()]);
        let o = run(&args);
        assert_eq!(o.status.code(), Some(1), "{flag}");
        assert_eq!(stdout(&o), "", "{flag}");
        assert_eq!(
            stderr(&o),
            "minnow: cannot write /nonexistent-dir/out: no such file\n",
            "{flag}"
        );
    }
}

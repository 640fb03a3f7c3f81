//! The JSON Lines trace (schema version [`VERSION`], documented in the README): a header line,
//! then one object per step with the full contents of the four boxes after it.

use std::fmt::Write;

use crate::builtins::json::quote;
use crate::util::sink::Sink;

use super::{Boxes, Cause, FrameInfo, JobInfo, Pos, Render, Step, StepKind, Stream, TimerInfo};

/// The schema version; bumped on any change a consumer could notice.
pub const VERSION: u32 = 1;

/// The first line of a trace: which schema, which program, which clock.
pub fn header(file: &str, virtual_time: bool) -> String {
    format!(
        "{{\"trace\":\"minnow\",\"version\":{VERSION},\"file\":{},\"clock\":\"{}\"}}",
        quote(file),
        if virtual_time { "virtual" } else { "real" }
    )
}

pub struct Json {
    out: Sink,
    box_limit: usize,
}

impl Json {
    /// Writes the header line at once.
    pub fn new(out: Sink, file: &str, virtual_time: bool, box_limit: usize) -> Json {
        out.write(&format!("{}\n", header(file, virtual_time)));
        Json { out, box_limit }
    }
}

impl Render for Json {
    fn step(&mut self, step: &Step) {
        let mut line = step_json(step, self.box_limit);
        line.push('\n');
        self.out.write(&line);
    }

    fn wants_boxes(&self) -> bool {
        true
    }
}

/// One step as a JSON object (one line), listing at most `box_limit` entries per box (0: all).
pub fn step_json(step: &Step, box_limit: usize) -> String {
    let mut out = step_head(step);
    if let Some(b) = &step.boxes {
        out.push_str(",\"boxes\":");
        boxes(&mut out, b, box_limit);
    }
    out.push('}');
    out
}

/// A step's fields other than its boxes: an object left open for more fields.
pub fn step_head(step: &Step) -> String {
    let mut out = String::with_capacity(256);
    let _ = write!(
        out,
        "{{\"step\":{},\"t\":{},\"kind\":\"{}\"",
        step.n,
        number(step.t),
        step.kind.id()
    );
    kind_fields(&mut out, &step.kind);
    out.push_str(",\"span\":");
    pos(&mut out, step.span);
    out.push_str(",\"cause\":");
    cause(&mut out, step.cause);
    let text = match step.why() {
        Some(why) => format!("{} {why}", step.kind.narrate()),
        None => step.kind.narrate(),
    };
    let _ = write!(out, ",\"text\":{}", quote(&text));
    out
}

/// Milliseconds as JSON: integers without a fraction, others to the microsecond.
fn number(ms: f64) -> String {
    if ms.fract() == 0.0 {
        format!("{ms:.0}")
    } else {
        // 2.0004 rounds to "2.000": neither a bare "2." nor trailing zeros are wanted.
        let s = format!("{ms:.3}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

fn kind_fields(out: &mut String, kind: &StepKind) {
    let _ = match kind {
        StepKind::Script { name } => write!(out, ",\"name\":{}", quote(name)),
        StepKind::Push { name, frame } => write!(
            out,
            ",\"name\":{},\"frame\":\"{}\"",
            quote(name),
            super::frame_kind_id(*frame)
        ),
        StepKind::Pop { name, outcome } => write!(
            out,
            ",\"name\":{},\"outcome\":\"{}\"",
            quote(name),
            outcome.id()
        ),
        StepKind::Await { name } => write!(out, ",\"name\":{}", quote(name)),
        StepKind::TimerSet {
            timer,
            delay,
            repeat,
            callback,
            due,
        } => write!(
            out,
            ",\"timer\":{timer},\"delay\":{delay},\"repeat\":{repeat},\"callback\":{},\"due\":{due}",
            quote(callback)
        ),
        StepKind::TimerClear { timer } => write!(out, ",\"timer\":{timer}"),
        StepKind::TimerExpire { timer, callback } | StepKind::TimerRun { timer, callback } => {
            write!(out, ",\"timer\":{timer},\"callback\":{}", quote(callback))
        }
        StepKind::MicrotaskEnqueue { job } | StepKind::MicrotaskRun { job } => write!(
            out,
            ",\"job\":\"{}\",\"name\":{},\"tick\":{}",
            job.kind.id(),
            quote(&job.name),
            job.tick
        ),
        StepKind::MicrotaskDrain { count } => write!(out, ",\"count\":{count}"),
        StepKind::Wait { until } => write!(out, ",\"until\":{until}"),
        StepKind::Console { stream, text } => write!(
            out,
            ",\"stream\":\"{}\",\"output\":{}",
            match stream {
                Stream::Stdout => "stdout",
                Stream::Stderr => "stderr",
            },
            quote(text)
        ),
        StepKind::Uncaught { error } | StepKind::UnhandledRejection { error } => {
            write!(out, ",\"error\":{}", quote(error))
        }
        StepKind::Done => Ok(()),
    };
}

fn pos(out: &mut String, p: Option<Pos>) {
    let _ = match p {
        None => write!(out, "null"),
        Some(p) => write!(
            out,
            "{{\"line\":{},\"col\":{},\"end_line\":{},\"end_col\":{},\"start\":{},\"end\":{}}}",
            p.line, p.col, p.end_line, p.end_col, p.start, p.end
        ),
    };
}

fn cause(out: &mut String, c: Option<Cause>) {
    match c {
        None => out.push_str("null"),
        Some(c) => {
            let _ = write!(out, "{{\"step\":{},\"span\":", c.step);
            pos(out, c.span);
            out.push('}');
        }
    }
}

/// By default each box of the JSON Lines trace lists at most this many entries: when it holds
/// more, the first and the last `BOX_LIMIT / 2` (a 10,000-frame recursion would otherwise make
/// every line megabytes long). `--trace-box-limit` sets another.
pub const BOX_LIMIT: usize = 100;

/// The entries of a box that a step lists (all of them when `limit` is 0 or not reached; else
/// the first `limit - limit / 2` and the last `limit / 2`), and how many it leaves out.
fn shown<T>(items: &[T], limit: usize) -> (&[T], &[T], usize) {
    if limit == 0 || items.len() <= limit {
        return (items, &[], 0);
    }
    let tail = limit / 2;
    let head = limit - tail;
    (
        &items[..head],
        &items[items.len() - tail..],
        items.len() - limit,
    )
}

fn boxes(out: &mut String, b: &Boxes, limit: usize) {
    let listed = box_entries(b, limit);
    out.push('{');
    for (i, (name, entries, _)) in listed.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let _ = write!(out, "\"{name}\":[{}]", entries.join(","));
    }
    let omitted: Vec<String> = listed
        .iter()
        .filter(|(_, _, n)| *n > 0)
        .map(|(name, _, n)| format!("\"{name}\":{n}"))
        .collect();
    if !omitted.is_empty() {
        let _ = write!(out, ",\"omitted\":{{{}}}", omitted.join(","));
    }
    out.push('}');
}

/// The four boxes in schema order: each one's name, the entries a step lists (JSON objects)
/// and how many it leaves out.
pub fn box_entries(b: &Boxes, limit: usize) -> [(&'static str, Vec<String>, usize); 4] {
    [
        listed("stack", &b.stack, limit, frame_json),
        listed("webapis", &b.webapis, limit, waiting_timer_json),
        listed("callbacks", &b.callbacks, limit, queued_timer_json),
        listed("microtasks", &b.microtasks, limit, job_json),
    ]
}

fn listed<T>(
    name: &'static str,
    items: &[T],
    limit: usize,
    entry: fn(&T) -> String,
) -> (&'static str, Vec<String>, usize) {
    let (head, tail, omitted) = shown(items, limit);
    (name, head.iter().chain(tail).map(entry).collect(), omitted)
}

fn frame_json(f: &FrameInfo) -> String {
    let (line, col) = match f.call_site {
        Some(p) => (p.line.to_string(), p.col.to_string()),
        None => ("null".to_string(), "null".to_string()),
    };
    format!(
        "{{\"name\":{},\"frame\":\"{}\",\"line\":{line},\"col\":{col}}}",
        quote(&f.name),
        super::frame_kind_id(f.kind)
    )
}

fn waiting_timer_json(t: &TimerInfo) -> String {
    format!(
        "{{\"timer\":{},\"delay\":{},\"due\":{},\"callback\":{},\"repeat\":{}}}",
        t.id,
        t.delay,
        t.due,
        quote(&t.callback),
        t.repeat
    )
}

fn queued_timer_json(t: &TimerInfo) -> String {
    format!("{{\"timer\":{},\"callback\":{}}}", t.id, quote(&t.callback))
}

fn job_json(job: &JobInfo) -> String {
    format!(
        "{{\"job\":\"{}\",\"name\":{},\"tick\":{},\"queued_at\":{}}}",
        job.kind.id(),
        quote(&job.name),
        job.tick,
        job.queued_at
    )
}

#[cfg(test)]
mod tests {
    use super::{number, shown};

    #[test]
    fn times_are_json_numbers_to_the_microsecond() {
        assert_eq!(number(3.0), "3");
        assert_eq!(number(2.0004), "2");
        assert_eq!(number(1.25), "1.25");
        assert_eq!(number(0.0015), "0.002");
        assert_eq!(number(1.9999), "2");
    }

    fn listed(len: usize, limit: usize) -> (Vec<usize>, usize) {
        let items: Vec<usize> = (0..len).collect();
        let (head, tail, omitted) = shown(&items, limit);
        (head.iter().chain(tail).copied().collect(), omitted)
    }

    #[test]
    fn a_box_lists_its_ends_up_to_the_limit() {
        assert_eq!(listed(3, 4), (vec![0, 1, 2], 0));
        assert_eq!(listed(4, 4), (vec![0, 1, 2, 3], 0));
        assert_eq!(listed(6, 4), (vec![0, 1, 4, 5], 2));
        assert_eq!(listed(6, 3), (vec![0, 1, 5], 3));
        assert_eq!(listed(6, 0), (vec![0, 1, 2, 3, 4, 5], 0));
    }
}

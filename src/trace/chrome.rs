//! The Chrome trace-event format (`--trace=chrome`), for Perfetto and chrome://tracing: the
//! call stack as nested slices on one track, and the Web APIs, the callback queue and the
//! microtask queue as tracks of their own, where each timer or job is a slice from the step
//! that put it there to the step that took it out. Loop decisions are instant events.
//!
//! Timestamps are microseconds. Under virtual time, synchronous code takes no time, so each
//! step is given one microsecond of its own (`ts = virtual µs + step number`): the slices stay
//! visible and in order.

use std::fmt::Write;

use crate::builtins::json::quote;
use crate::util::sink::Sink;

use super::{Render, Step, StepKind};

/// The tracks (Chrome "threads") of the picture.
const STACK: u32 = 1;
const WEB_APIS: u32 = 2;
const CALLBACKS: u32 = 3;
const MICROTASKS: u32 = 4;
const EVENT_LOOP: u32 = 5;

pub struct Chrome {
    out: Sink,
    virtual_time: bool,
    first: bool,
    /// Timers whose slice is open, and on which track.
    open_timers: std::collections::HashMap<u32, u32>,
}

impl Chrome {
    /// Writes the opening of the JSON document and the track names at once.
    pub fn new(out: Sink, file: &str, virtual_time: bool) -> Chrome {
        let mut chrome = Chrome {
            out,
            virtual_time,
            first: true,
            open_timers: Default::default(),
        };
        chrome
            .out
            .write("{\"displayTimeUnit\":\"ms\",\"traceEvents\":[\n");
        chrome.event(&format!(
            "{{\"ph\":\"M\",\"pid\":1,\"tid\":0,\"name\":\"process_name\",\"args\":{{\"name\":{}}}}}",
            quote(&format!("minnow {file}"))
        ));
        for (tid, name) in [
            (STACK, "Call Stack"),
            (WEB_APIS, "Web APIs"),
            (CALLBACKS, "Callback Queue"),
            (MICROTASKS, "Microtask Queue"),
            (EVENT_LOOP, "Event Loop"),
        ] {
            chrome.event(&format!(
                "{{\"ph\":\"M\",\"pid\":1,\"tid\":{tid},\"name\":\"thread_name\",\"args\":{{\"name\":\"{name}\"}}}}"
            ));
            chrome.event(&format!(
                "{{\"ph\":\"M\",\"pid\":1,\"tid\":{tid},\"name\":\"thread_sort_index\",\"args\":{{\"sort_index\":{tid}}}}}"
            ));
        }
        chrome
    }

    fn event(&mut self, json: &str) {
        let sep = if self.first { "" } else { ",\n" };
        self.first = false;
        self.out.write(&format!("{sep}{json}"));
    }

    fn ts(&self, step: &Step) -> String {
        let micros = step.t * 1000.0;
        let ts = if self.virtual_time {
            micros + step.n as f64
        } else {
            micros
        };
        format!("{ts:.3}")
    }

    /// An async slice (`ph` "b" or "e") of `cat` with `id` on track `tid`.
    fn async_slice(&mut self, step: &Step, ph: char, tid: u32, cat: &str, id: u64, name: &str) {
        let ts = self.ts(step);
        self.event(&format!(
            "{{\"ph\":\"{ph}\",\"pid\":1,\"tid\":{tid},\"ts\":{ts},\"cat\":\"{cat}\",\"id\":{id},\"name\":{},\"args\":{{\"step\":{}}}}}",
            quote(name),
            step.n
        ));
    }

    fn instant(&mut self, step: &Step, tid: u32) {
        let ts = self.ts(step);
        let mut args = format!("\"step\":{}", step.n);
        if let Some(why) = step.why() {
            let _ = write!(args, ",\"why\":{}", quote(&why));
        }
        self.event(&format!(
            "{{\"ph\":\"i\",\"s\":\"t\",\"pid\":1,\"tid\":{tid},\"ts\":{ts},\"name\":{},\"args\":{{{args}}}}}",
            quote(&step.kind.narrate())
        ));
    }
}

impl Render for Chrome {
    fn step(&mut self, step: &Step) {
        let ts = self.ts(step);
        match &step.kind {
            StepKind::Push { name, .. } => {
                let at = step
                    .span
                    .map(|p| format!(",\"at\":\"{}:{}\"", p.line, p.col))
                    .unwrap_or_default();
                self.event(&format!(
                    "{{\"ph\":\"B\",\"pid\":1,\"tid\":{STACK},\"ts\":{ts},\"name\":{},\"args\":{{\"step\":{}{at}}}}}",
                    quote(name),
                    step.n
                ));
            }
            StepKind::Pop { .. } => {
                self.event(&format!(
                    "{{\"ph\":\"E\",\"pid\":1,\"tid\":{STACK},\"ts\":{ts}}}"
                ));
            }
            StepKind::TimerSet {
                timer, callback, ..
            } => {
                let name = format!("timer #{timer} {callback}");
                self.async_slice(step, 'b', WEB_APIS, "timer", *timer as u64, &name);
                self.open_timers.insert(*timer, WEB_APIS);
            }
            StepKind::TimerExpire { timer, callback } => {
                let name = format!("timer #{timer} {callback}");
                self.async_slice(step, 'e', WEB_APIS, "timer", *timer as u64, &name);
                self.async_slice(step, 'b', CALLBACKS, "callback", *timer as u64, &name);
                self.open_timers.insert(*timer, CALLBACKS);
            }
            StepKind::TimerRun { timer, callback } => {
                let name = format!("timer #{timer} {callback}");
                self.async_slice(step, 'e', CALLBACKS, "callback", *timer as u64, &name);
                self.open_timers.remove(timer);
                self.instant(step, EVENT_LOOP);
            }
            StepKind::TimerClear { timer } => {
                if let Some(tid) = self.open_timers.remove(timer) {
                    let cat = if tid == WEB_APIS { "timer" } else { "callback" };
                    let name = format!("timer #{timer}");
                    self.async_slice(step, 'e', tid, cat, *timer as u64, &name);
                }
            }
            StepKind::MicrotaskEnqueue { job } => {
                let name = format!("{} {}", job.kind.describe(), job.name);
                self.async_slice(step, 'b', MICROTASKS, "microtask", step.n, &name);
            }
            StepKind::MicrotaskRun { job } => {
                let name = format!("{} {}", job.kind.describe(), job.name);
                self.async_slice(step, 'e', MICROTASKS, "microtask", job.queued_at, &name);
            }
            _ => self.instant(step, EVENT_LOOP),
        }
    }

    fn finish(&mut self) {
        self.out.write("\n]}\n");
    }

    fn wants_boxes(&self) -> bool {
        false
    }
}

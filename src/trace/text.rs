//! The text trace: one aligned line per step on stderr, between the program's own output
//! lines on stdout (both are written unbuffered, so a terminal shows them in order).
//!
//! Columns: step number, loop time, the part of the picture (coloured on a terminal), what
//! happened, where in the source, and why (the step that caused it). `console` steps print
//! nothing: the program's output is already there, at that point of the narration.

use crate::util::sink::Sink;

use super::{Area, Render, Step, StepKind};

/// Width of the "what happened" column; longer texts push the rest of the line right.
const WHAT_WIDTH: usize = 60;

pub struct Text {
    out: Sink,
    color: bool,
    header_written: bool,
}

impl Text {
    pub fn new(out: Sink, color: bool) -> Text {
        Text {
            out,
            color,
            header_written: false,
        }
    }

    fn paint(&self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
}

fn area_color(area: Area) -> &'static str {
    match area {
        Area::Loop => "1;34",
        Area::Stack => "36",
        Area::WebApis => "33",
        Area::Callbacks => "35",
        Area::Microtasks => "32",
        Area::Console => "0",
        Area::Error => "1;31",
    }
}

impl Text {
    fn format(&self, step: &Step) -> Option<String> {
        if matches!(step.kind, StepKind::Console { .. }) {
            return None;
        }
        let area = step.kind.area();
        let label = format!("{:<10}", area.label());
        let at = step
            .span
            .map(|p| format!("{}:{}", p.line, p.col))
            .unwrap_or_default();
        let why = step.why().unwrap_or_default();
        let what = step.kind.narrate();
        let mut line = format!(
            "{:>5} {:>9}  {} {:<WHAT_WIDTH$} {:<7} {}",
            step.n,
            format!("{:.1}ms", step.t),
            self.paint(area_color(area), &label),
            what,
            at,
            self.paint("2", &why),
        );
        let trimmed = line.trim_end().len();
        line.truncate(trimmed);
        line.push('\n');
        Some(line)
    }
}

impl Render for Text {
    fn step(&mut self, step: &Step) {
        if !self.header_written {
            self.header_written = true;
            let header = format!(
                "{:>5} {:>9}  {:<10} {:<WHAT_WIDTH$} {:<7} {}",
                "step", "time", "where", "what", "at", "why"
            );
            self.out.write(&format!("{}\n", self.paint("1", &header)));
        }
        if let Some(line) = self.format(step) {
            self.out.write(&line);
        }
    }

    fn wants_boxes(&self) -> bool {
        false
    }
}

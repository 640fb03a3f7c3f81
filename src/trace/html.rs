//! `--trace-html`: one self-contained page (no network: no external scripts, styles, fonts or
//! images) that plays the run back step by step. The template is `page.html`; the trace goes
//! into it as a JavaScript object literal.

use std::fmt::Write;
use std::path::PathBuf;

use indexmap::IndexSet;

use crate::builtins::json::quote;

use super::{Render, Step};

/// The player page. Two placeholders: the page title (HTML-escaped) and the trace data (JSON,
/// made safe to sit inside a `<script>`).
const TEMPLATE: &str = include_str!("page.html");
const TITLE_MARK: &str = "<!--MINNOW_TITLE-->";
const DATA_MARK: &str = "/*MINNOW_TRACE_DATA*/";

/// The steps as the page embeds them. A step's four boxes are indices into `boxes` (`"b"`,
/// with the counts a box leaves out in `"om"`); each box is a JSON array of indices into
/// `entries`, the distinct frames, timers and jobs. Consecutive steps mostly share their
/// boxes, so a page holds each box and each entry once.
#[derive(Default)]
pub struct PageSteps {
    pub entries: IndexSet<String>,
    pub boxes: IndexSet<String>,
    pub steps: Vec<String>,
}

impl PageSteps {
    fn push(&mut self, step: &Step) {
        let mut line = super::json::step_head(step);
        if let Some(b) = &step.boxes {
            let mut ids = Vec::with_capacity(4);
            let mut omitted = Vec::new();
            for (name, entries, left_out) in super::json::box_entries(b, PAGE_BOX_LIMIT) {
                let list: Vec<String> = entries
                    .into_iter()
                    .map(|e| self.entries.insert_full(e).0.to_string())
                    .collect();
                let (id, _) = self.boxes.insert_full(format!("[{}]", list.join(",")));
                ids.push(id.to_string());
                if left_out > 0 {
                    omitted.push(format!("\"{name}\":{left_out}"));
                }
            }
            let _ = write!(line, ",\"b\":[{}]", ids.join(","));
            if !omitted.is_empty() {
                let _ = write!(line, ",\"om\":{{{}}}", omitted.join(","));
            }
        }
        line.push('}');
        self.steps.push(line);
    }
}

/// Embeds the trace into the player page: `{"file", "source", "header", "entries", "boxes",
/// "steps"}` where `header_json` is the JSON Lines header.
pub fn render_page(file_name: &str, source: &str, header_json: &str, steps: &PageSteps) -> String {
    let title = escape_html(file_name);
    let data_len: usize = (steps.steps.iter())
        .chain(&steps.boxes)
        .chain(&steps.entries)
        .map(|s| s.len() + 1)
        .sum();
    let mut data = String::with_capacity(source.len() * 11 / 10 + data_len + 256);
    data.push_str("{\"file\":");
    data.push_str(&quote(file_name));
    data.push_str(",\"source\":");
    data.push_str(&quote(source));
    data.push_str(",\"header\":");
    data.push_str(header_json);
    push_list(&mut data, "entries", &steps.entries);
    push_list(&mut data, "boxes", &steps.boxes);
    push_list(&mut data, "steps", &steps.steps);
    data.push('}');

    let mut out = String::with_capacity(TEMPLATE.len() + data.len() + data.len() / 64);
    let mut rest = TEMPLATE;
    loop {
        let title_at = rest.find(TITLE_MARK);
        let data_at = rest.find(DATA_MARK);
        match (title_at, data_at) {
            (Some(t), d) if d.is_none_or(|d| t < d) => {
                out.push_str(&rest[..t]);
                out.push_str(&title);
                rest = &rest[t + TITLE_MARK.len()..];
            }
            (_, Some(d)) => {
                out.push_str(&rest[..d]);
                push_script_safe(&mut out, &data);
                rest = &rest[d + DATA_MARK.len()..];
            }
            (None, None) => break,
            (Some(_), None) => unreachable!(),
        }
    }
    out.push_str(rest);
    out
}

/// Text for an HTML element or attribute.
fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// JSON inside `<script>`: `<` only ever occurs in strings, so `\u003c` there keeps `</script>`
/// and `<!--` in the program's text from ending or confusing the script element; U+2028 and
/// U+2029 are escaped too (line terminators in JavaScript before ES2019).
fn push_script_safe(out: &mut String, json: &str) {
    let mut last = 0;
    for (i, c) in json.char_indices() {
        let escaped = match c {
            '<' => "\\u003c",
            '\u{2028}' => "\\u2028",
            '\u{2029}' => "\\u2029",
            _ => continue,
        };
        out.push_str(&json[last..i]);
        out.push_str(escaped);
        last = i + c.len_utf8();
    }
    out.push_str(&json[last..]);
}

/// The page lists at most this many entries per box and step (the first and last half):
/// a page stays small enough to open even for a 10,000-frame recursion.
const PAGE_BOX_LIMIT: usize = 24;

/// `--trace-html`: collects the steps as JSON and writes the page when the run ends.
pub struct Page {
    path: PathBuf,
    file: String,
    source: String,
    header: String,
    steps: PageSteps,
}

impl Page {
    pub fn new(path: PathBuf, file: &str, source: &str, virtual_time: bool) -> Page {
        Page {
            path,
            file: file.to_string(),
            source: source.to_string(),
            header: super::json::header(file, virtual_time),
            steps: PageSteps::default(),
        }
    }
}

impl Render for Page {
    fn step(&mut self, step: &Step) {
        self.steps.push(step);
    }

    fn finish(&mut self) {
        let page = render_page(&self.file, &self.source, &self.header, &self.steps);
        if let Err(e) = std::fs::write(&self.path, page) {
            eprintln!("minnow: cannot write {}: {e}", self.path.display());
        }
    }

    fn wants_boxes(&self) -> bool {
        true
    }
}

/// Appends `,"name":[item,item,…]` (each item already JSON).
fn push_list<'a>(data: &mut String, name: &str, items: impl IntoIterator<Item = &'a String>) {
    let _ = write!(data, ",\"{name}\":[");
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            data.push(',');
        }
        data.push_str(item);
    }
    data.push(']');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(file: &str, source: &str, steps: &[&str]) -> String {
        let steps = PageSteps {
            steps: steps.iter().map(|s| s.to_string()).collect(),
            ..PageSteps::default()
        };
        render_page(
            file,
            source,
            &super::super::json::header(file, true),
            &steps,
        )
    }

    /// The embedded data: what the page assigns to `window.MINNOW_TRACE`.
    fn data(page: &str) -> &str {
        let start = page.find("window.MINNOW_TRACE = ").expect("data") + 22;
        let end = start + page[start..].find(";\n</script>").expect("end of data");
        &page[start..end]
    }

    #[test]
    fn template_has_each_placeholder() {
        assert_eq!(TEMPLATE.matches(DATA_MARK).count(), 1);
        assert!(TEMPLATE.contains(TITLE_MARK));
        let p = page("a.js", "1", &[]);
        assert!(!p.contains(DATA_MARK) && !p.contains(TITLE_MARK));
        assert_eq!(
            data(&p),
            "{\"file\":\"a.js\",\"source\":\"1\",\"header\":{\"trace\":\"minnow\",\"version\":1,\
             \"file\":\"a.js\",\"clock\":\"virtual\"},\"entries\":[],\"boxes\":[],\"steps\":[]}"
        );
    }

    #[test]
    fn program_text_cannot_end_the_script() {
        let source = "console.log('</script><script>alert(1)</script>') // <!-- \u{2028}\u{2029}";
        let step = r#"{"step":1,"kind":"console","output":"</SCRIPT>\n","text":"<!--"}"#;
        let p = page("x.js", source, &[step]);
        let d = data(&p);
        assert!(!d.contains('<'), "{d}");
        assert!(!d.contains('\u{2028}') && !d.contains('\u{2029}'));
        assert!(d.contains(r"'\u003c/script>\u003cscript>alert(1)\u003c/script>')"));
        assert!(d.contains(r"// \u003c!-- \u2028\u2029"));
        assert!(d.contains(r#""output":"\u003c/SCRIPT>\n""#));
        // Only the template's own script elements end.
        let ends = |s: &str| s.to_ascii_lowercase().matches("</script").count();
        assert_eq!(ends(&p), ends(TEMPLATE));
    }

    #[test]
    fn title_is_escaped() {
        let p = page("<b>&'q\".js /*MINNOW_TRACE_DATA*/", "", &[]);
        assert!(p.contains("<title>&lt;b&gt;&amp;&#39;q&quot;.js /*MINNOW_TRACE_DATA*/ · minnow"));
        assert!(!p.contains("<b>&"));
        // The file name's copy of the data placeholder is not filled in again.
        assert_eq!(p.matches("window.MINNOW_TRACE = {").count(), 1);
        assert!(data(&p).starts_with(r#"{"file":"\u003cb>&'q\".js /*MINNOW_TRACE_DATA*/","#));
    }

    #[test]
    fn every_step_is_embedded_in_order() {
        let steps: Vec<String> = (1..=500)
            .map(|n| format!(r#"{{"step":{n},"t":0,"kind":"wait","until":{n}}}"#))
            .collect();
        let refs: Vec<&str> = steps.iter().map(|s| s.as_str()).collect();
        let p = page("s.js", "", &refs);
        let d = data(&p);
        let list = &d[d.find("\"steps\":[").unwrap() + 8..d.len() - 1];
        assert_eq!(list, format!("[{}]", steps.join(",")));
    }

    #[test]
    fn page_loads_nothing_from_the_network() {
        let p = page("n.js", "let x = 1", &[]);
        for needle in ["http://", "https://", "//cdn", "@import", "url(", " src="] {
            assert!(!p.contains(needle), "the page mentions {needle}");
        }
        assert!(p.starts_with("<!DOCTYPE html>"));
        for id in [
            "btn-start",
            "btn-back",
            "btn-play",
            "btn-forward",
            "btn-end",
            "speed",
            "step-slider",
            "step-counter",
            "narration",
            "cause-link",
            "box-stack",
            "box-webapis",
            "box-callbacks",
            "box-microtasks",
            "box-console",
        ] {
            assert!(p.contains(&format!("id=\"{id}\"")), "no #{id}");
        }
    }

    fn step_with_stack(n: u64, names: &[&str]) -> Step {
        let frame = |name: &&str| super::super::FrameInfo {
            name: name.to_string(),
            kind: crate::interp::FrameKind::Code,
            call_site: None,
        };
        Step {
            n,
            t: 0.0,
            kind: super::super::StepKind::Done,
            span: None,
            cause: None,
            boxes: Some(super::super::Boxes {
                stack: names.iter().map(frame).collect(),
                webapis: Vec::new(),
                callbacks: Vec::new(),
                microtasks: Vec::new(),
            }),
        }
    }

    #[test]
    fn steps_share_boxes_and_entries() {
        let mut steps = PageSteps::default();
        steps.push(&step_with_stack(1, &["main", "f"]));
        steps.push(&step_with_stack(2, &["main", "f"]));
        steps.push(&step_with_stack(3, &["main"]));
        let entries: Vec<&str> = steps.entries.iter().map(|e| e.as_str()).collect();
        assert_eq!(
            entries,
            [
                r#"{"name":"main","frame":"code","line":null,"col":null}"#,
                r#"{"name":"f","frame":"code","line":null,"col":null}"#
            ]
        );
        let boxes: Vec<&str> = steps.boxes.iter().map(|b| b.as_str()).collect();
        // The empty box is shared by the three queues of every step.
        assert_eq!(boxes, ["[0,1]", "[]", "[0]"]);
        assert!(
            steps.steps[0].ends_with(r#","b":[0,1,1,1]}"#),
            "{}",
            steps.steps[0]
        );
        assert!(steps.steps[1].ends_with(r#","b":[0,1,1,1]}"#));
        assert!(steps.steps[2].ends_with(r#","b":[2,1,1,1]}"#));
    }

    #[test]
    fn a_long_box_lists_its_ends_and_counts_the_rest() {
        let names: Vec<String> = (0..30).map(|i| format!("f{i}")).collect();
        let refs: Vec<&str> = names.iter().map(|s| s.as_str()).collect();
        let mut steps = PageSteps::default();
        steps.push(&step_with_stack(1, &refs));
        assert_eq!(steps.entries.len(), PAGE_BOX_LIMIT);
        assert!(steps.steps[0].ends_with(r#","b":[0,1,1,1],"om":{"stack":6}}"#));
        assert!(steps.entries[PAGE_BOX_LIMIT / 2].contains("\"f18\""));
    }
}

//! `--trace-html`: one self-contained page (no network: no external scripts, styles, fonts or
//! images) that plays the run back step by step. The template is `page.html`; the trace goes
//! into it as a JavaScript object literal.

use std::path::PathBuf;

use crate::builtins::json::quote;

use super::{Render, Step};

/// The player page. Two placeholders: the page title (HTML-escaped) and the trace data (JSON,
/// made safe to sit inside a `<script>`).
const TEMPLATE: &str = include_str!("page.html");
const TITLE_MARK: &str = "<!--MINNOW_TITLE-->";
const DATA_MARK: &str = "/*MINNOW_TRACE_DATA*/";

/// Embeds the trace into the player page: `{"file", "source", "header", "steps"}` where
/// `header_json` is the JSON Lines header and `step_lines` the steps as JSON objects.
pub fn render_page(
    file_name: &str,
    source: &str,
    header_json: &str,
    step_lines: &[String],
) -> String {
    let title = escape_html(file_name);
    let steps_len: usize = step_lines.iter().map(|s| s.len() + 1).sum();
    let mut data = String::with_capacity(source.len() * 11 / 10 + steps_len + 256);
    data.push_str("{\"file\":");
    data.push_str(&quote(file_name));
    data.push_str(",\"source\":");
    data.push_str(&quote(source));
    data.push_str(",\"header\":");
    data.push_str(header_json);
    data.push_str(",\"steps\":[");
    for (i, line) in step_lines.iter().enumerate() {
        if i > 0 {
            data.push(',');
        }
        data.push_str(line);
    }
    data.push_str("]}");

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
    steps: Vec<String>,
}

impl Page {
    pub fn new(path: PathBuf, file: &str, source: &str, virtual_time: bool) -> Page {
        Page {
            path,
            file: file.to_string(),
            source: source.to_string(),
            header: super::json::header(file, virtual_time),
            steps: Vec::new(),
        }
    }
}

impl Render for Page {
    fn step(&mut self, step: &Step) {
        self.steps
            .push(super::json::step_json(step, PAGE_BOX_LIMIT));
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

#[cfg(test)]
mod tests {
    use super::*;

    fn page(file: &str, source: &str, steps: &[&str]) -> String {
        let steps: Vec<String> = steps.iter().map(|s| s.to_string()).collect();
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
             \"file\":\"a.js\",\"clock\":\"virtual\"},\"steps\":[]}"
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
}

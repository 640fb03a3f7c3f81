//! PLACEHOLDER until the page lands: the collecting renderer for `--trace-html`.

use std::path::PathBuf;

use super::{Render, Step};

/// Embeds the trace into the player page.
pub fn render_page(
    file_name: &str,
    source: &str,
    header_json: &str,
    step_lines: &[String],
) -> String {
    let _ = (file_name, source);
    format!("<pre>{header_json}\n{}</pre>", step_lines.join("\n"))
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

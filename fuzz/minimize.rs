//! Delta debugging: shrinks a failing program while `still_fails` holds, first over lines,
//! then over tokens (see `mutate::tokens`), within a time limit (each test may be a process
//! run or a node run, and a hang costs a whole watchdog period).

use std::time::Instant;

use super::mutate::tokens;

/// The smallest program found that still fails, starting from `source`.
pub fn minimize(
    source: &str,
    deadline: Instant,
    still_fails: &mut dyn FnMut(&str) -> bool,
) -> String {
    let lines: Vec<String> = source.lines().map(|l| format!("{l}\n")).collect();
    let lines = ddmin(lines, deadline, still_fails);
    let text = lines.concat();
    let toks: Vec<String> = tokens(&text).into_iter().map(String::from).collect();
    let toks = ddmin(toks, deadline, still_fails);
    // Whitespace tokens left between others are kept: removing them can join two tokens.
    toks.concat()
}

/// Zeller's ddmin over `parts`: removes ever smaller chunks while the rest still fails.
fn ddmin(
    mut parts: Vec<String>,
    deadline: Instant,
    still_fails: &mut dyn FnMut(&str) -> bool,
) -> Vec<String> {
    let mut chunks = 2;
    while parts.len() >= 2 && Instant::now() < deadline {
        let size = parts.len().div_ceil(chunks);
        let mut reduced = false;
        let mut start = 0;
        while start < parts.len() && Instant::now() < deadline {
            let end = (start + size).min(parts.len());
            let candidate: Vec<String> = parts[..start]
                .iter()
                .chain(&parts[end..])
                .cloned()
                .collect();
            if !candidate.is_empty() && still_fails(&candidate.concat()) {
                parts = candidate;
                reduced = true;
                // Retry at the same position: the next chunk slid into it.
            } else {
                start = end;
            }
        }
        if reduced {
            chunks = chunks.saturating_sub(1).max(2);
        } else if size == 1 {
            break;
        } else {
            chunks = (chunks * 2).min(parts.len());
        }
    }
    parts
}

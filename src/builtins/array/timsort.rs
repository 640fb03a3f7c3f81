//! V8's TimSort, step for step: the same runs, merges and gallops, so a comparator is called
//! with the same arguments in the same order as in node. That matters when the comparator logs,
//! has side effects, or is inconsistent (`(a, b) => a > b`, `() => Math.random() - 0.5`),
//! where any other stable sort would give a different order.
//!
//! The comparator returns a number whose sign orders two items (NaN must already be 0). Items
//! are only moved, never dropped or duplicated, whatever the comparator answers.

use crate::interp::JsResult;

/// Galloping starts after this many consecutive wins of one run.
const MIN_GALLOP: usize = 7;

type Compare<'c, T> = &'c mut dyn FnMut(&T, &T) -> JsResult<f64>;

pub fn sort<T: Clone>(items: &mut [T], compare: Compare<'_, T>) -> JsResult<()> {
    let mut state = TimSort {
        a: items,
        compare,
        min_gallop: MIN_GALLOP,
        runs: Vec::new(),
    };
    state.run()
}

struct TimSort<'s, 'c, T> {
    a: &'s mut [T],
    compare: Compare<'c, T>,
    min_gallop: usize,
    /// Pending runs as (base, length).
    runs: Vec<(usize, usize)>,
}

fn min_run_length(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

impl<T: Clone> TimSort<'_, '_, T> {
    fn cmp(&mut self, x: &T, y: &T) -> JsResult<f64> {
        (self.compare)(x, y)
    }

    fn run(&mut self) -> JsResult<()> {
        let length = self.a.len();
        if length < 2 {
            return Ok(());
        }
        let mut remaining = length;
        let mut low = 0;
        let min_run = min_run_length(remaining);
        while remaining != 0 {
            let mut run = self.count_and_make_run(low, low + remaining)?;
            if run < min_run {
                let forced = min_run.min(remaining);
                self.binary_insertion_sort(low, low + run, low + forced)?;
                run = forced;
            }
            self.runs.push((low, run));
            self.merge_collapse()?;
            low += run;
            remaining -= run;
        }
        while self.runs.len() > 1 {
            let mut n = self.runs.len() - 2;
            if n > 0 && self.runs[n - 1].1 < self.runs[n + 1].1 {
                n -= 1;
            }
            self.merge_at(n)?;
        }
        Ok(())
    }

    /// The run starting at `low` (a strictly descending one is reversed in place).
    fn count_and_make_run(&mut self, low: usize, high: usize) -> JsResult<usize> {
        if low + 1 == high {
            return Ok(1);
        }
        let (x, y) = (self.a[low + 1].clone(), self.a[low].clone());
        let descending = self.cmp(&x, &y)? < 0.0;
        let mut length = 2;
        let mut previous = x;
        let mut i = low + 2;
        while i < high {
            let current = self.a[i].clone();
            let order = self.cmp(&current, &previous)?;
            if (descending && order >= 0.0) || (!descending && order < 0.0) {
                break;
            }
            previous = current;
            length += 1;
            i += 1;
        }
        if descending {
            self.a[low..low + length].reverse();
        }
        Ok(length)
    }

    /// Extends the sorted `[low, start)` to `[low, high)`, comparing `(pivot, element)`.
    fn binary_insertion_sort(&mut self, low: usize, start: usize, high: usize) -> JsResult<()> {
        let start = if low == start { start + 1 } else { start };
        for i in start..high {
            let pivot = self.a[i].clone();
            let (mut left, mut right) = (low, i);
            while left < right {
                let mid = left + ((right - left) >> 1);
                let element = self.a[mid].clone();
                if self.cmp(&pivot, &element)? < 0.0 {
                    right = mid;
                } else {
                    left = mid + 1;
                }
            }
            self.a[left..=i].rotate_right(1);
        }
        Ok(())
    }

    fn invariant_holds(&self, n: usize) -> bool {
        n < 2 || self.runs[n - 2].1 > self.runs[n - 1].1 + self.runs[n].1
    }

    fn merge_collapse(&mut self) -> JsResult<()> {
        while self.runs.len() > 1 {
            let mut n = self.runs.len() - 2;
            if !self.invariant_holds(n + 1) || !self.invariant_holds(n) {
                if self.runs[n - 1].1 < self.runs[n + 1].1 {
                    n -= 1;
                }
                self.merge_at(n)?;
            } else if self.runs[n].1 <= self.runs[n + 1].1 {
                self.merge_at(n)?;
            } else {
                break;
            }
        }
        Ok(())
    }

    fn merge_at(&mut self, i: usize) -> JsResult<()> {
        let (mut base_a, mut length_a) = self.runs[i];
        let (base_b, mut length_b) = self.runs[i + 1];
        self.runs[i].1 = length_a + length_b;
        self.runs.remove(i + 1);
        let key = self.a[base_b].clone();
        let k = gallop_right(self.compare, self.a, &key, base_a, length_a, 0)?;
        base_a += k;
        length_a -= k;
        if length_a == 0 {
            return Ok(());
        }
        let key = self.a[base_a + length_a - 1].clone();
        length_b = gallop_left(self.compare, self.a, &key, base_b, length_b, length_b - 1)?;
        if length_b == 0 {
            return Ok(());
        }
        if length_a <= length_b {
            self.merge_low(base_a, length_a, base_b, length_b)
        } else {
            self.merge_high(base_a, length_a, base_b, length_b)
        }
    }

    /// Merges A = `[base_a, +length_a)` and the following B, with A (the shorter) copied out.
    fn merge_low(
        &mut self,
        base_a: usize,
        mut length_a: usize,
        base_b: usize,
        mut length_b: usize,
    ) -> JsResult<()> {
        let temp: Vec<T> = self.a[base_a..base_a + length_a].to_vec();
        let mut dest = base_a;
        let mut cursor_temp = 0;
        let mut cursor_b = base_b;
        self.a[dest] = self.a[cursor_b].clone();
        dest += 1;
        cursor_b += 1;
        // `true` when the merge ends with the rest of B followed by A's last element.
        let copy_b = 'merge: {
            length_b -= 1;
            if length_b == 0 {
                break 'merge false;
            }
            if length_a == 1 {
                break 'merge true;
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let mut wins_a = 0;
                let mut wins_b = 0;
                loop {
                    let (x, y) = (self.a[cursor_b].clone(), temp[cursor_temp].clone());
                    if self.cmp(&x, &y)? < 0.0 {
                        self.a[dest] = x;
                        dest += 1;
                        cursor_b += 1;
                        wins_b += 1;
                        length_b -= 1;
                        wins_a = 0;
                        if length_b == 0 {
                            break 'merge false;
                        }
                        if wins_b >= min_gallop {
                            break;
                        }
                    } else {
                        self.a[dest] = y;
                        dest += 1;
                        cursor_temp += 1;
                        wins_a += 1;
                        length_a -= 1;
                        wins_b = 0;
                        if length_a == 1 {
                            break 'merge true;
                        }
                        if wins_a >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                let mut first = true;
                while wins_a >= MIN_GALLOP || wins_b >= MIN_GALLOP || first {
                    first = false;
                    min_gallop = min_gallop.saturating_sub(1).max(1);
                    self.min_gallop = min_gallop;
                    let key = self.a[cursor_b].clone();
                    wins_a = gallop_right(self.compare, &temp, &key, cursor_temp, length_a, 0)?;
                    if wins_a > 0 {
                        self.a[dest..dest + wins_a]
                            .clone_from_slice(&temp[cursor_temp..cursor_temp + wins_a]);
                        dest += wins_a;
                        cursor_temp += wins_a;
                        length_a -= wins_a;
                        if length_a == 1 {
                            break 'merge true;
                        }
                        if length_a == 0 {
                            break 'merge false;
                        }
                    }
                    self.a[dest] = self.a[cursor_b].clone();
                    dest += 1;
                    cursor_b += 1;
                    length_b -= 1;
                    if length_b == 0 {
                        break 'merge false;
                    }
                    let key = temp[cursor_temp].clone();
                    wins_b = gallop_left(self.compare, self.a, &key, cursor_b, length_b, 0)?;
                    if wins_b > 0 {
                        self.a.copy_within_clone(cursor_b, dest, wins_b);
                        dest += wins_b;
                        cursor_b += wins_b;
                        length_b -= wins_b;
                        if length_b == 0 {
                            break 'merge false;
                        }
                    }
                    self.a[dest] = temp[cursor_temp].clone();
                    dest += 1;
                    cursor_temp += 1;
                    length_a -= 1;
                    if length_a == 1 {
                        break 'merge true;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        if copy_b {
            self.a.copy_within_clone(cursor_b, dest, length_b);
            self.a[dest + length_b] = temp[cursor_temp].clone();
        } else if length_a > 0 {
            self.a[dest..dest + length_a]
                .clone_from_slice(&temp[cursor_temp..cursor_temp + length_a]);
        }
        Ok(())
    }

    /// Merges A and the following B = `[base_b, +length_b)` from the right, with B (the
    /// shorter) copied out.
    fn merge_high(
        &mut self,
        base_a: usize,
        mut length_a: usize,
        base_b: usize,
        mut length_b: usize,
    ) -> JsResult<()> {
        let temp: Vec<T> = self.a[base_b..base_b + length_b].to_vec();
        // Cursors can step one below index 0, so they are kept as signed offsets.
        let mut dest = (base_b + length_b - 1) as isize;
        let mut cursor_temp = length_b as isize - 1;
        let mut cursor_a = (base_a + length_a - 1) as isize;
        self.a[dest as usize] = self.a[cursor_a as usize].clone();
        dest -= 1;
        cursor_a -= 1;
        // `true` when the merge ends with B's first element followed by the rest of A.
        let copy_a = 'merge: {
            length_a -= 1;
            if length_a == 0 {
                break 'merge false;
            }
            if length_b == 1 {
                break 'merge true;
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let mut wins_a = 0;
                let mut wins_b = 0;
                loop {
                    let x = temp[cursor_temp as usize].clone();
                    let y = self.a[cursor_a as usize].clone();
                    if self.cmp(&x, &y)? < 0.0 {
                        self.a[dest as usize] = y;
                        dest -= 1;
                        cursor_a -= 1;
                        wins_a += 1;
                        length_a -= 1;
                        wins_b = 0;
                        if length_a == 0 {
                            break 'merge false;
                        }
                        if wins_a >= min_gallop {
                            break;
                        }
                    } else {
                        self.a[dest as usize] = x;
                        dest -= 1;
                        cursor_temp -= 1;
                        wins_b += 1;
                        length_b -= 1;
                        wins_a = 0;
                        if length_b == 1 {
                            break 'merge true;
                        }
                        if wins_b >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                let mut first = true;
                while wins_a >= MIN_GALLOP || wins_b >= MIN_GALLOP || first {
                    first = false;
                    min_gallop = min_gallop.saturating_sub(1).max(1);
                    self.min_gallop = min_gallop;
                    let key = temp[cursor_temp as usize].clone();
                    let k =
                        gallop_right(self.compare, self.a, &key, base_a, length_a, length_a - 1)?;
                    wins_a = length_a - k;
                    if wins_a > 0 {
                        dest -= wins_a as isize;
                        cursor_a -= wins_a as isize;
                        self.a.copy_within_clone(
                            (cursor_a + 1) as usize,
                            (dest + 1) as usize,
                            wins_a,
                        );
                        length_a -= wins_a;
                        if length_a == 0 {
                            break 'merge false;
                        }
                    }
                    self.a[dest as usize] = temp[cursor_temp as usize].clone();
                    dest -= 1;
                    cursor_temp -= 1;
                    length_b -= 1;
                    if length_b == 1 {
                        break 'merge true;
                    }
                    let key = self.a[cursor_a as usize].clone();
                    let k = gallop_left(self.compare, &temp, &key, 0, length_b, length_b - 1)?;
                    wins_b = length_b - k;
                    if wins_b > 0 {
                        dest -= wins_b as isize;
                        cursor_temp -= wins_b as isize;
                        let from = (cursor_temp + 1) as usize;
                        let to = (dest + 1) as usize;
                        self.a[to..to + wins_b].clone_from_slice(&temp[from..from + wins_b]);
                        length_b -= wins_b;
                        if length_b == 1 {
                            break 'merge true;
                        }
                        if length_b == 0 {
                            break 'merge false;
                        }
                    }
                    self.a[dest as usize] = self.a[cursor_a as usize].clone();
                    dest -= 1;
                    cursor_a -= 1;
                    length_a -= 1;
                    if length_a == 0 {
                        break 'merge false;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        if copy_a {
            dest -= length_a as isize;
            cursor_a -= length_a as isize;
            self.a
                .copy_within_clone((cursor_a + 1) as usize, (dest + 1) as usize, length_a);
            self.a[dest as usize] = temp[cursor_temp as usize].clone();
        } else if length_b > 0 {
            let to = (dest - (length_b as isize - 1)) as usize;
            self.a[to..to + length_b].clone_from_slice(&temp[..length_b]);
        }
        Ok(())
    }
}

/// `copy_within` for `Clone` items (overlapping ranges handled like `memmove`).
trait CopyWithinClone {
    fn copy_within_clone(&mut self, from: usize, to: usize, count: usize);
}

impl<T: Clone> CopyWithinClone for [T] {
    fn copy_within_clone(&mut self, from: usize, to: usize, count: usize) {
        if to < from {
            for i in 0..count {
                self[to + i] = self[from + i].clone();
            }
        } else {
            for i in (0..count).rev() {
                self[to + i] = self[from + i].clone();
            }
        }
    }
}

/// Where `key` goes in the sorted `a[base..base+length]`, before any equal items; the search
/// starts at `hint` and gallops outwards, then finishes with a binary search.
fn gallop_left<T: Clone>(
    compare: &mut dyn FnMut(&T, &T) -> JsResult<f64>,
    a: &[T],
    key: &T,
    base: usize,
    length: usize,
    hint: usize,
) -> JsResult<usize> {
    let mut last_ofs = 0usize;
    let mut offset = 1usize;
    // The answer lies in `lo..=hi` (V8's `lastOfs + 1 ..= offset`).
    let (mut lo, mut hi);
    if compare(&a[base + hint], key)? < 0.0 {
        let max_ofs = length - hint;
        while offset < max_ofs {
            if compare(&a[base + hint + offset], key)? >= 0.0 {
                break;
            }
            last_ofs = offset;
            offset = (offset << 1) + 1;
        }
        offset = offset.min(max_ofs);
        lo = last_ofs + hint + 1;
        hi = offset + hint;
    } else {
        let max_ofs = hint + 1;
        while offset < max_ofs {
            if compare(&a[base + hint - offset], key)? < 0.0 {
                break;
            }
            last_ofs = offset;
            offset = (offset << 1) + 1;
        }
        offset = offset.min(max_ofs);
        lo = hint + 1 - offset;
        hi = hint - last_ofs;
    }
    while lo < hi {
        let m = lo + ((hi - lo) >> 1);
        if compare(&a[base + m], key)? < 0.0 {
            lo = m + 1;
        } else {
            hi = m;
        }
    }
    Ok(hi)
}

/// Where `key` goes in the sorted `a[base..base+length]`, after any equal items.
fn gallop_right<T: Clone>(
    compare: &mut dyn FnMut(&T, &T) -> JsResult<f64>,
    a: &[T],
    key: &T,
    base: usize,
    length: usize,
    hint: usize,
) -> JsResult<usize> {
    let mut last_ofs = 0usize;
    let mut offset = 1usize;
    let (mut lo, mut hi);
    if compare(key, &a[base + hint])? < 0.0 {
        let max_ofs = hint + 1;
        while offset < max_ofs {
            if compare(key, &a[base + hint - offset])? >= 0.0 {
                break;
            }
            last_ofs = offset;
            offset = (offset << 1) + 1;
        }
        offset = offset.min(max_ofs);
        lo = hint + 1 - offset;
        hi = hint - last_ofs;
    } else {
        let max_ofs = length - hint;
        while offset < max_ofs {
            if compare(key, &a[base + hint + offset])? < 0.0 {
                break;
            }
            last_ofs = offset;
            offset = (offset << 1) + 1;
        }
        offset = offset.min(max_ofs);
        lo = last_ofs + hint + 1;
        hi = offset + hint;
    }
    while lo < hi {
        let m = lo + ((hi - lo) >> 1);
        if compare(key, &a[base + m])? < 0.0 {
            hi = m;
        } else {
            lo = m + 1;
        }
    }
    Ok(hi)
}

#!/usr/bin/env bash
# Compare minnow with QuickJS and node on the workloads in benches/js/*.js.
#
#   benches/compare.sh                 # every workload
#   benches/compare.sh fib timers      # only some (names with or without .js)
#
# Environment:
#   MINNOW   minnow binary          (default: <repo>/target/release/minnow)
#   QJS      QuickJS runner         (default: <repo>/target/quickjs/release/qjs-runner,
#                                    built from benches/quickjs/ with
#                                    `cargo build --release` when missing)
#   NODE     node binary            (default: node)
#   RUNS     runs per engine        (default: 3)
#   TIMEOUT  seconds per run        (default: 300)
#
# The QuickJS runner is a small host on the rquickjs crate (benches/quickjs/,
# a Cargo package outside minnow's build) that gives a script console.log and
# node-like timers; run `qjs-runner --version` for the QuickJS version.
#
# For every workload the three engines are run in turn RUNS times each, the
# order rotating from round to round (node, minnow, QuickJS; then minnow,
# QuickJS, node; ...), every run under GNU `/usr/bin/time -f '%e %M'`. Peak RSS is time's %M (max over the runs).
# Wall time is the median over the runs; it is taken with bash's
# microsecond clock ($EPOCHREALTIME) around the same /usr/bin/time call,
# because %e only has 10 ms resolution (too coarse for startup.js); %e is
# used as a fallback when $EPOCHREALTIME is not available.
#
# Correctness: minnow's and QuickJS's stdout of every run must equal node's
# stdout (node's first run), else the workload is marked MISMATCH (QJS
# MISMATCH for QuickJS); a non-zero exit (or a timeout) is marked FAIL (QJS
# FAIL, NODE FAIL). A time or memory ratio is only given when both of its
# engines ran correctly. The report is a Markdown table on stdout; progress and
# failure details go to stderr.
#
# Exit status: 0 all ok, 1 setup problem (e.g. minnow not built yet),
# 2 at least one workload FAILed or MISMATCHed (in any engine).
#
# Self-test without minnow or QuickJS:  MINNOW=node QJS=node benches/compare.sh
set -u
export LC_ALL=C

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bench_dir="$root/benches/js"
MINNOW="${MINNOW:-$root/target/release/minnow}"
QJS="${QJS:-}"
NODE="${NODE:-node}"
RUNS="${RUNS:-3}"
TIMEOUT="${TIMEOUT:-300}"
TIME_BIN=/usr/bin/time

die() { echo "compare.sh: $*" >&2; exit 1; }

# Resolve a binary given either as a path or as a command name on $PATH.
resolve() {
  case "$1" in
    */*) [ -f "$1" ] && [ -x "$1" ] && echo "$1" ;;
    *) command -v "$1" 2>/dev/null ;;
  esac
}

minnow_bin="$(resolve "$MINNOW")" || true
if [ -z "$minnow_bin" ]; then
  echo "compare.sh: minnow binary not found: $MINNOW" >&2
  echo "compare.sh: build it with 'cargo build --release' (in $root)," >&2
  echo "compare.sh: or point MINNOW at it, e.g. MINNOW=/path/to/minnow $0" >&2
  exit 1
fi
if [ -z "$QJS" ]; then
  QJS="$root/target/quickjs/release/qjs-runner"
  if [ ! -x "$QJS" ]; then
    command -v cargo >/dev/null || die "cargo is needed to build the QuickJS runner (or set QJS=/path/to/qjs-runner)"
    echo "compare.sh: building the QuickJS runner (benches/quickjs/) ..." >&2
    cargo build --release --manifest-path "$root/benches/quickjs/Cargo.toml" \
      --target-dir "$root/target/quickjs" >&2 ||
      die "building the QuickJS runner failed"
  fi
fi
qjs_bin="$(resolve "$QJS")" || true
[ -n "$qjs_bin" ] || die "QuickJS runner not found: $QJS (unset QJS to build it, or point QJS at it)"
node_bin="$(resolve "$NODE")" || true
[ -n "$node_bin" ] || die "node not found: $NODE (set NODE=/path/to/node)"
[ -x "$TIME_BIN" ] || die "$TIME_BIN (GNU time) is required"
command -v python3 >/dev/null || die "python3 is required"
case "$RUNS" in ''|*[!0-9]*|0) die "RUNS must be a positive integer, got '$RUNS'" ;; esac

# Workload list.
files=()
if [ $# -eq 0 ]; then
  for f in "$bench_dir"/*.js; do [ -f "$f" ] && files+=("$f"); done
else
  for a in "$@"; do
    a="${a%.js}"
    if [ -f "$a.js" ]; then files+=("$a.js")
    elif [ -f "$bench_dir/$a.js" ]; then files+=("$bench_dir/$a.js")
    else die "no such workload: $a"
    fi
  done
fi
[ ${#files[@]} -gt 0 ] || die "no workloads found in $bench_dir"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
results="$work/results.tsv"   # workload engine run ms rss_kb rc same_stdout
: >"$results"

now_us() {
  if [ -n "${EPOCHREALTIME:-}" ]; then
    local t="${EPOCHREALTIME/[.,]/}"
    echo "$((10#$t))"
  else
    echo ""
  fi
}

# run_one ENGINE BIN FILE RUN -> appends one line to $results
run_one() {
  local engine="$1" bin="$2" file="$3" run="$4"
  local name; name="$(basename "$file" .js)"
  local out="$work/$name.$engine.$run.out" err="$work/$name.$engine.$run.err"
  local tf="$work/time.txt"
  : >"$tf"
  local t0 t1 rc ms rss line
  t0="$(now_us)"
  (cd "$(dirname "$file")" &&
    timeout -k 5 "$TIMEOUT" "$TIME_BIN" -o "$tf" -f '%e %M' "$bin" "$(basename "$file")" >"$out" 2>"$err")
  rc=$?
  t1="$(now_us)"
  # GNU time may prefix "Command exited with non-zero status N"; the
  # format line is always the last one.
  line="$(tail -n 1 "$tf" 2>/dev/null)"
  rss="$(echo "$line" | awk 'NF == 2 { print $2 }')"
  if [ -n "$t0" ] && [ -n "$t1" ]; then
    ms="$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", (b - a) / 1000 }')"
  else
    ms="$(echo "$line" | awk 'NF == 2 { printf "%.1f", $1 * 1000 }')"
  fi
  [ -n "$ms" ] || ms="nan"
  [ -n "$rss" ] || rss="nan"
  local same=1
  if [ "$engine" != node ]; then
    cmp -s "$out" "$work/$name.node.1.out" || same=0
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$engine" "$run" "$ms" "$rss" "$rc" "$same" >>"$results"
  printf '  %-16s %-7s run %s/%s: %8s ms %8s KB exit %s\n' "$name" "$engine" "$run" "$RUNS" "$ms" "$rss" "$rc" >&2
}

echo "compare.sh: minnow  = $minnow_bin" >&2
echo "compare.sh: QuickJS = $qjs_bin ($("$qjs_bin" --version 2>/dev/null | head -n 1))" >&2
echo "compare.sh: node    = $node_bin ($("$node_bin" --version 2>/dev/null))" >&2
echo "compare.sh: $RUNS run(s) each, timeout ${TIMEOUT}s" >&2

engines=(node minnow qjs)
declare -A bin_of=([node]="$node_bin" [minnow]="$minnow_bin" [qjs]="$qjs_bin")
for file in "${files[@]}"; do
  # node's first run is the reference stdout, so it goes first in round 1;
  # each later round starts one engine further on.
  for ((r = 1; r <= RUNS; r++)); do
    for ((k = 0; k < 3; k++)); do
      e="${engines[(r - 1 + k) % 3]}"
      run_one "$e" "${bin_of[$e]}" "$file" "$r"
    done
  done
done

python3 - "$results" "$work" "$minnow_bin" "$qjs_bin" "$node_bin" "$RUNS" <<'PY'
import math, os, statistics, sys

results, work, minnow, qjs, node, runs = sys.argv[1:7]
ENGINES = ("minnow", "qjs", "node")
LABEL = {"minnow": "minnow", "qjs": "QuickJS", "node": "node"}
rows = {}
order = []
for line in open(results):
    name, engine, run, ms, rss, rc, same = line.rstrip("\n").split("\t")
    if name not in rows:
        rows[name] = {e: [] for e in ENGINES}
        order.append(name)
    rows[name][engine].append({
        "run": int(run), "ms": float(ms), "rss": float(rss),
        "rc": int(rc), "same": same == "1",
    })

def agg(fn, runs, key):
    xs = [r[key] for r in runs if not math.isnan(r[key])]
    return fn(xs) if xs else math.nan

def fnum(x, digits=1):
    return "n/a" if x is None or math.isnan(x) else f"{x:.{digits}f}"

def ratio(a, b):
    if a is None or b is None or math.isnan(a) or math.isnan(b) or b <= 0:
        return None
    return a / b

print(f"minnow: `{minnow}`, QuickJS: `{qjs}`, node: `{node}`, {runs} run(s) each; "
      "time = median wall ms, memory = max peak RSS")
print()
print("| workload | minnow ms | QuickJS ms | node ms | minnow/QuickJS | minnow/node "
      "| minnow MiB | QuickJS MiB | node MiB | memory minnow/QuickJS | memory minnow/node "
      "| status |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")

def problem(engine, runs):
    """The first thing wrong with an engine's runs, as (status, run), or None."""
    prefix = {"minnow": "", "qjs": "QJS ", "node": "NODE "}[engine]
    timeout = [r for r in runs if r["rc"] in (124, 137)]
    fail = [r for r in runs if r["rc"] != 0]
    diff = [r for r in runs if not r["same"]]
    if timeout:
        return f"{prefix}FAIL (timeout)", timeout[0]["run"]
    if fail:
        return f"{prefix}FAIL (exit {fail[0]['rc']})", fail[0]["run"]
    if diff:
        return f"{prefix}MISMATCH", diff[0]["run"]
    return None

def ratio_cell(x, collect):
    if x is None:
        return "—"
    collect.append(x)
    return fnum(x, 2) + "x"

bad = 0
details = []
cols = {k: [] for k in ("t_q", "t_n", "m_q", "m_n")}
for name in order:
    r = rows[name]
    ms = {e: agg(statistics.median, r[e], "ms") for e in ENGINES}
    mib = {e: agg(max, r[e], "rss") / 1024 for e in ENGINES}
    probs = {e: problem(e, r[e]) for e in ENGINES}
    ok = {e: probs[e] is None for e in ENGINES}
    # node's output is the reference: without it nothing can be compared.
    if not ok["node"]:
        ok["minnow"] = ok["qjs"] = False
    both = lambda a, b: ok[a] and ok[b]
    t_q = ratio_cell(ratio(ms["minnow"], ms["qjs"]) if both("minnow", "qjs") else None, cols["t_q"])
    t_n = ratio_cell(ratio(ms["minnow"], ms["node"]) if both("minnow", "node") else None, cols["t_n"])
    m_q = ratio_cell(ratio(mib["minnow"], mib["qjs"]) if both("minnow", "qjs") else None, cols["m_q"])
    m_n = ratio_cell(ratio(mib["minnow"], mib["node"]) if both("minnow", "node") else None, cols["m_n"])
    found = [(e, probs[e]) for e in ("node", "minnow", "qjs") if probs[e] is not None]
    if found:
        bad += 1
        status = ", ".join(p[0] for _, p in found)
        details.extend((name, e, p[0], p[1]) for e, p in found)
    else:
        status = "ok"
    print(f"| {name} | {fnum(ms['minnow'])} | {fnum(ms['qjs'])} | {fnum(ms['node'])} "
          f"| {t_q} | {t_n} | {fnum(mib['minnow'])} | {fnum(mib['qjs'])} "
          f"| {fnum(mib['node'])} | {m_q} | {m_n} | {status} |")

def geomean(xs):
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else None

def gcell(xs):
    g = geomean(xs)
    return f"**{fnum(g, 2)}x**" if g else ""

if any(cols.values()):
    print(f"| **geometric mean (correct rows)** | | | | {gcell(cols['t_q'])} | {gcell(cols['t_n'])} "
          f"| | | | {gcell(cols['m_q'])} | {gcell(cols['m_n'])} | |")

def head(path, k=15):
    try:
        with open(path, errors="replace") as f:
            return "".join(f.readlines()[:k])
    except OSError:
        return ""

for name, engine, status, run in details:
    print(f"\n--- {name}: {status} ({LABEL[engine]} run {run}) ---", file=sys.stderr)
    out = os.path.join(work, f"{name}.{engine}.{run}.out")
    err = os.path.join(work, f"{name}.{engine}.{run}.err")
    ref = os.path.join(work, f"{name}.node.1.out")
    if status.endswith("MISMATCH"):
        print("expected (node):\n" + head(ref, 5) + f"got ({LABEL[engine]}):\n" + head(out, 5),
              file=sys.stderr, end="")
    else:
        print("stdout:\n" + head(out, 5) + "stderr:\n" + head(err, 15),
              file=sys.stderr, end="")

sys.exit(2 if bad else 0)
PY

#!/usr/bin/env bash
# Compare minnow with node on the workloads in benches/js/*.js.
#
#   benches/compare.sh                 # every workload
#   benches/compare.sh fib timers      # only some (names with or without .js)
#
# Environment:
#   MINNOW   minnow binary          (default: <repo>/target/release/minnow)
#   NODE     node binary            (default: node)
#   RUNS     runs per engine        (default: 3)
#   TIMEOUT  seconds per run        (default: 300)
#
# For every workload the two engines are run alternately (minnow, node,
# minnow, node, ...) RUNS times each, every run under GNU
# `/usr/bin/time -f '%e %M'`. Peak RSS is time's %M (max over the runs).
# Wall time is the median over the runs; it is taken with bash's
# microsecond clock ($EPOCHREALTIME) around the same /usr/bin/time call,
# because %e only has 10 ms resolution (too coarse for startup.js); %e is
# used as a fallback when $EPOCHREALTIME is not available.
#
# Correctness: minnow's stdout of every run must equal node's stdout, else
# the workload is marked MISMATCH; a non-zero exit (or a timeout) of minnow
# is marked FAIL. The report is a Markdown table on stdout; progress and
# failure details go to stderr.
#
# Exit status: 0 all ok, 1 setup problem (e.g. minnow not built yet),
# 2 at least one workload FAILed or MISMATCHed.
#
# Self-test without minnow:  MINNOW=node benches/compare.sh
set -u
export LC_ALL=C

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bench_dir="$root/benches/js"
MINNOW="${MINNOW:-$root/target/release/minnow}"
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
  if [ "$engine" = minnow ]; then
    cmp -s "$out" "$work/$name.node.1.out" || same=0
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$engine" "$run" "$ms" "$rss" "$rc" "$same" >>"$results"
  printf '  %-16s %-6s run %s/%s: %8s ms %8s KB exit %s\n' "$name" "$engine" "$run" "$RUNS" "$ms" "$rss" "$rc" >&2
}

echo "compare.sh: minnow = $minnow_bin" >&2
echo "compare.sh: node   = $node_bin ($("$node_bin" --version 2>/dev/null))" >&2
echo "compare.sh: $RUNS run(s) each, timeout ${TIMEOUT}s" >&2

for file in "${files[@]}"; do
  # node's first run is the reference stdout, so it goes first in round 1;
  # after that the engines simply alternate.
  run_one node "$node_bin" "$file" 1
  run_one minnow "$minnow_bin" "$file" 1
  for ((r = 2; r <= RUNS; r++)); do
    run_one minnow "$minnow_bin" "$file" "$r"
    run_one node "$node_bin" "$file" "$r"
  done
done

python3 - "$results" "$work" "$minnow_bin" "$node_bin" "$RUNS" <<'PY'
import math, os, statistics, sys

results, work, minnow, node, runs = sys.argv[1:6]
rows = {}
order = []
for line in open(results):
    name, engine, run, ms, rss, rc, same = line.rstrip("\n").split("\t")
    if name not in rows:
        rows[name] = {"minnow": [], "node": []}
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

print(f"minnow: `{minnow}` vs node: `{node}`, {runs} run(s) each; "
      "time = median wall ms, memory = max peak RSS")
print()
print("| workload | minnow ms | node ms | time ratio (minnow/node) "
      "| minnow peak MiB | node peak MiB | memory ratio | status |")
print("|---|---:|---:|---:|---:|---:|---:|---|")

bad = 0
details = []
time_ratios, mem_ratios = [], []
for name in order:
    m, n = rows[name]["minnow"], rows[name]["node"]
    m_ms, n_ms = agg(statistics.median, m, "ms"), agg(statistics.median, n, "ms")
    m_rss, n_rss = agg(max, m, "rss") / 1024, agg(max, n, "rss") / 1024
    status = "ok"
    node_bad = [r for r in n if r["rc"] != 0]
    m_timeout = [r for r in m if r["rc"] in (124, 137)]
    m_fail = [r for r in m if r["rc"] != 0]
    m_diff = [r for r in m if not r["same"]]
    if node_bad:
        status = f"NODE FAIL (exit {node_bad[0]['rc']})"
    elif m_timeout:
        status = "FAIL (timeout)"
    elif m_fail:
        status = f"FAIL (exit {m_fail[0]['rc']})"
    elif m_diff:
        status = "MISMATCH"
    tr, mr = ratio(m_ms, n_ms), ratio(m_rss, n_rss)
    if status == "ok":
        if tr: time_ratios.append(tr)
        if mr: mem_ratios.append(mr)
        tr_s, mr_s = fnum(tr, 2) + "x" if tr else "n/a", fnum(mr, 2) + "x" if mr else "n/a"
    else:
        bad += 1
        tr_s = mr_s = "—"
        r = (m_timeout or m_fail or m_diff or node_bad)[0]
        engine = "node" if node_bad else "minnow"
        details.append((name, engine, status, r["run"]))
    print(f"| {name} | {fnum(m_ms)} | {fnum(n_ms)} | {tr_s} | {fnum(m_rss)} "
          f"| {fnum(n_rss)} | {mr_s} | {status} |")

def geomean(xs):
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else None

if time_ratios:
    gt, gm = geomean(time_ratios), geomean(mem_ratios)
    print(f"| **geometric mean (ok rows)** | | | **{fnum(gt, 2)}x** | | "
          f"| **{fnum(gm, 2) + 'x' if gm else 'n/a'}** | |")

def head(path, k=15):
    try:
        with open(path, errors="replace") as f:
            return "".join(f.readlines()[:k])
    except OSError:
        return ""

for name, engine, status, run in details:
    print(f"\n--- {name}: {status} ({engine} run {run}) ---", file=sys.stderr)
    out = os.path.join(work, f"{name}.{engine}.{run}.out")
    err = os.path.join(work, f"{name}.{engine}.{run}.err")
    ref = os.path.join(work, f"{name}.node.1.out")
    if status == "MISMATCH":
        print("expected (node):\n" + head(ref, 5) + "got (minnow):\n" + head(out, 5),
              file=sys.stderr, end="")
    else:
        print("stdout:\n" + head(out, 5) + "stderr:\n" + head(err, 15),
              file=sys.stderr, end="")

sys.exit(2 if bad else 0)
PY

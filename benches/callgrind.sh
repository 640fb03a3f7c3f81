#!/usr/bin/env bash
# Instructions per unit of work in minnow (a call, a loop iteration, a property
# get, ...), counted by callgrind on the tiny programs in benches/units/*.js.
#
#   benches/callgrind.sh               # every unit
#   benches/callgrind.sh call loop     # only some (names with or without .js)
#
# Environment:
#   MINNOW   minnow binary            (default: <repo>/target/release/minnow)
#   N        iterations of the short run (default: the program's own N)
#
# Every unit program has one line `const N = <number>;` and repeats its unit
# N times in a loop. It is run twice under `valgrind --tool=callgrind`, as it
# is with N and with that line changed to 2N, so the two programs differ only
# in N; then
#
#   instructions per iteration = (Ir(2N) - Ir(N)) / N
#
# and start-up, parsing and tear-down cancel out. loop.js's loop is empty, so
# its figure is the cost of the loop itself; "net" subtracts it from the other
# units' figures, leaving the unit alone. Instruction counts are deterministic
# (unlike wall time on a shared machine), so one run of each is enough.
#
# The report is a Markdown table on stdout; progress goes to stderr.
# Exit status: 0 ok, 1 setup problem, 2 a unit program failed.
set -u
export LC_ALL=C

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
unit_dir="$root/benches/units"
MINNOW="${MINNOW:-$root/target/release/minnow}"

die() { echo "callgrind.sh: $*" >&2; exit 1; }

command -v valgrind >/dev/null || die "valgrind is required (apt-get install valgrind)"
case "$MINNOW" in
  */*) [ -x "$MINNOW" ] || die "minnow binary not found: $MINNOW (cargo build --release, or set MINNOW)" ;;
  *) MINNOW="$(command -v "$MINNOW")" || die "minnow binary not found: $MINNOW" ;;
esac
case "${N:-}" in *[!0-9]*|0) die "N must be a positive integer, got '$N'" ;; esac

# Units: loop first, since the others are reported net of it; then any
# program in benches/units/ that this list does not name, alphabetically.
order=(loop call prop_get prop_set array_write char_code_at string_index string_append)
names=()
if [ $# -eq 0 ]; then
  for n in "${order[@]}"; do [ -f "$unit_dir/$n.js" ] && names+=("$n"); done
  for f in "$unit_dir"/*.js; do
    n="$(basename "$f" .js)"
    [[ " ${order[*]} " == *" $n "* ]] || names+=("$n")
  done
else
  for a in "$@"; do
    a="$(basename "${a%.js}")"
    [ -f "$unit_dir/$a.js" ] || die "no such unit: $a (see $unit_dir)"
    names+=("$a")
  done
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# ir FILE -> total instructions executed by minnow running FILE
ir() {
  local log="$work/valgrind.log"
  if ! valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" \
      "$MINNOW" "$1" >"$work/stdout" 2>"$log"; then
    echo "callgrind.sh: minnow failed on $(basename "$1"):" >&2
    grep -v '^==' "$log" | head -n 15 >&2
    return 1
  fi
  awk '/Collected :/ { print $NF }' "$log"
}

commit="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [ -n "$(git -C "$root" status --porcelain -- src 2>/dev/null)" ]; then
  commit="$commit+changes"
fi
echo "callgrind.sh: minnow = $MINNOW (source at $commit)" >&2

rows="$work/rows.tsv"
: >"$rows"
status=0
for name in "${names[@]}"; do
  src="$unit_dir/$name.js"
  n="${N:-$(sed -n 's/^const N = \([0-9][0-9]*\);$/\1/p' "$src" | head -n 1)}"
  [ -n "$n" ] || die "$src has no line 'const N = <number>;'"
  sed "s/^const N = [0-9][0-9]*;$/const N = $n;/" "$src" >"$work/$name.1.js"
  sed "s/^const N = [0-9][0-9]*;$/const N = $((2 * n));/" "$src" >"$work/$name.2.js"
  what="$(sed -n '1s/^\/\/ [^ ]* -- \(.*\)\.$/\1/p' "$src")"
  if a="$(ir "$work/$name.1.js")" && b="$(ir "$work/$name.2.js")" && [ -n "$a" ] && [ -n "$b" ]; then
    printf '  %-14s N=%-8s Ir(N)=%-12s Ir(2N)=%s\n' "$name" "$n" "$a" "$b" >&2
    printf '%s\t%s\t%s\t%s\t%s\n' "$name" "$n" "$a" "$b" "$what" >>"$rows"
  else
    status=2
  fi
done

echo "minnow \`$MINNOW\` at $commit; instructions = (Ir(2N) - Ir(N)) / N under callgrind"
echo
echo "| unit | what one iteration does | instructions per iteration | net of the loop |"
echo "|---|---|---:|---:|"
awk -F '\t' '
  { per = ($4 - $3) / $2 }
  $1 == "loop" { base = per }
  { name[NR] = $1; what[NR] = $5; cost[NR] = per }
  END {
    for (i = 1; i <= NR; i++) {
      net = (name[i] == "loop" || base == "") ? "—" : sprintf("%.0f", cost[i] - base)
      printf "| %s | %s | %.0f | %s |\n", name[i], what[i], cost[i], net
    }
  }' "$rows"
exit "$status"

#!/usr/bin/env bash
# Regenerate (or check) the expected outputs of the conformance suite from node.
#
#   tests/conformance/regen.sh                 # rewrite every NAME.out / NAME.code
#   tests/conformance/regen.sh --check         # compare only; exit 1 on any mismatch
#   tests/conformance/regen.sh [--check] PATH  # limit to some .js files or topic dirs
#
# NAME.out  = exact stdout of `node NAME.js` (run from the case's directory)
# NAME.code = node's exit status followed by a newline, only when it is non-zero
# Stderr is discarded (stack traces differ between engines).
set -u

root="$(cd "$(dirname "$0")" && pwd)"
check=0
if [ "${1:-}" = "--check" ]; then check=1; shift; fi

command -v node >/dev/null || { echo "regen.sh: node not found" >&2; exit 2; }
major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$major" = "20" ] || echo "regen.sh: warning: expectations were written for node 20, found $(node --version)" >&2

cases=()
if [ $# -eq 0 ]; then set -- "$root"; fi
for arg in "$@"; do
  if [ -d "$arg" ]; then
    while IFS= read -r f; do cases+=("$f"); done < <(find "$arg" -name '*.js' -type f | sort)
  else
    cases+=("$arg")
  fi
done

tmp="$(mktemp)"
trap 'rm -f "$tmp"' EXIT
fail=0
for f in "${cases[@]}"; do
  dir="$(cd "$(dirname "$f")" && pwd)"
  base="$(basename "$f" .js)"
  (cd "$dir" && timeout 60 node "$base.js" >"$tmp" 2>/dev/null)
  rc=$?
  if [ $check -eq 1 ]; then
    want_rc=0
    [ -f "$dir/$base.code" ] && want_rc="$(tr -d '[:space:]' <"$dir/$base.code")"
    if ! cmp -s "$tmp" "$dir/$base.out" 2>/dev/null || [ "$rc" != "$want_rc" ]; then
      echo "MISMATCH: ${dir#$root/}/$base.js (exit $rc, expected $want_rc)"
      diff "$dir/$base.out" "$tmp" | head -20
      fail=1
    fi
  else
    cp "$tmp" "$dir/$base.out"
    if [ $rc -ne 0 ]; then echo "$rc" >"$dir/$base.code"; else rm -f "$dir/$base.code"; fi
  fi
done
echo "regen.sh: ${#cases[@]} cases $([ $check -eq 1 ] && echo checked || echo regenerated)" >&2
exit $fail

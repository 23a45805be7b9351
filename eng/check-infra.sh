#!/usr/bin/env bash
# Offline check of infra/: every .bicep file must build and lint, and every .bicepparam file must build against
# its template, with no errors and no warnings. Exit 0 when clean, 1 on any diagnostic, 2 when the Bicep CLI is
# missing (run eng/install-tools.sh, which links it to tools/bicep). BICEP=/path/to/bicep overrides the binary.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bicep="${BICEP:-$root/tools/bicep}"

if [ ! -x "$bicep" ]; then
  printf 'check-infra: Bicep CLI not found at %s; run eng/install-tools.sh\n' "$bicep" >&2
  exit 2
fi

cd "$root"
mapfile -t templates < <(find infra -name '*.bicep' -type f | sort)
mapfile -t paramfiles < <(find infra -name '*.bicepparam' -type f | sort)
if [ "${#templates[@]}" -eq 0 ]; then
  echo "check-infra: no .bicep files under infra/" >&2
  exit 1
fi

failed=0
# Runs one Bicep command; fails on a non-zero exit code or on any Warning/Error diagnostic in its output.
run() {
  local what="$1"
  shift
  local out rc
  out="$("$bicep" "$@" 2>&1 >/dev/null)"
  rc=$?
  if [ "$rc" -ne 0 ] || printf '%s\n' "$out" | grep -Eq '(: (Warning|Error) |^Error )'; then
    printf 'check-infra: FAIL %s (exit %s)\n%s\n' "$what" "$rc" "$out" >&2
    failed=1
  else
    if [ -n "$out" ]; then printf '%s\n' "$out" >&2; fi
    printf 'check-infra: ok   %s\n' "$what"
  fi
}

for t in "${templates[@]}"; do
  run "build $t" build "$t" --stdout
  run "lint  $t" lint "$t"
done
for p in "${paramfiles[@]}"; do
  run "build-params $p" build-params "$p" --stdout
  run "lint  $p" lint "$p"
done

if [ "$failed" -ne 0 ]; then
  echo "check-infra: infra/ has errors or warnings" >&2
  exit 1
fi
echo "check-infra: infra/ builds and lints clean ($("$bicep" --version))"

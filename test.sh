#!/usr/bin/env bash
# Runs every test of Runner on this machine, installing first what the tests need.
# Usage: ./test.sh [extra dotnet test arguments]
# Ends with one summary line: "N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")"

./scripts/install-test-deps.sh

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test Runner.slnx -c Release "$@" 2>&1 | tee "$log" || status=$?

# Sum the per-assembly lines: "Passed!  - Failed: 0, Passed: 206, Skipped: 0, Total: 206".
awk '/(Passed|Failed)! +- +Failed:/ {
       gsub(/,/, ""); for (i = 1; i <= NF; i++) {
         if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
       n++ }
     END { if (n == 0) { print "no test assembly reported a result"; exit 1 }
           printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log" || status=1
exit "$status"

#!/usr/bin/env bash
# Runs every benchmark of Runner side by side with its references and writes the report.
#   bench/run.sh                  the full run (about 40 minutes): writes docs/benchmarks.md
#   bench/run.sh --smoke --out F  a short run that checks every benchmark still works (CI): writes F
#   bench/run.sh --report-only    writes docs/benchmarks.md again from the last full run's results
#                                 (bench/results/, not committed) and bench/notes.md
#   bench/run.sh --only S --out F runs only the driver's sections S (comma-separated: launch, punctuality,
#                                 scale, check, steady, cli), with --smoke or at full length, and writes F
#                                 (no BenchmarkDotNet, no notes; bench/results/ is left as it is)
# Needs the .NET SDK and a C compiler (cc); uses hyperfine for the command-line timings when installed,
# and measures a Native AOT build of runner beside the shipped one when clang is installed.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

smoke=() only=() out=docs/benchmarks.md command="bench/run.sh" report_only=""
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) smoke=(--smoke); command="$command --smoke" ;;
    --report-only) report_only=yes ;;
    --only) only=(--only "$2"); command="$command --only $2"; shift ;;
    --out) out="$2"; command="$command --out $2"; shift ;;
    *) echo "usage: bench/run.sh [--smoke] [--out FILE] [--report-only] [--only SECTIONS --out FILE]" >&2; exit 2 ;;
  esac
  shift
done
if [ ${#only[@]} -gt 0 ] && [ "$out" = docs/benchmarks.md ]; then
  echo "bench/run.sh: --only needs --out FILE (docs/benchmarks.md holds every section)" >&2
  exit 2
fi
# Whether the run includes section $1 (every section without --only).
wants() { [ ${#only[@]} -eq 0 ] || [[ ",${only[1]}," == *",$1,"* ]]; }

work=$(mktemp -d "${TMPDIR:-/tmp}/runner-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
driver=bench/Runner.Bench/bin/Release/net10.0/Runner.Bench
results="$PWD/bench/results"
notes=bench/notes.md
[ ${#smoke[@]} -gt 0 ] && results="$work/results"
[ ${#only[@]} -gt 0 ] && results="$work/results" notes=""

report() {
  echo "== report"
  "$driver" report "${smoke[@]}" --results "$results" --bdn "$results/bdn" --notes "$notes" \
    --out "$out" --command "${1:-$command}"
}

if [ -n "$report_only" ]; then
  dotnet build bench/Runner.Bench -c Release -v quiet -nologo
  report "$(cat "$results/command.txt")"
  exit 0
fi

rm -rf "$results"
mkdir -p "$results" "$work/tools" "$work/data"
echo "$command" > "$results/command.txt"
date -u '+%Y-%m-%d %H:%M UTC' > "$results/started.txt"
cat /proc/loadavg > "$results/load-start.txt"

echo "== C references (cc)"
cc -O2 -Wall -Wextra -Werror -o "$work/tools/spawn" bench/native/spawn.c
cc -O2 -Wall -Wextra -Werror -o "$work/tools/witness" bench/native/witness.c
cc -O2 -Wall -Wextra -Werror -pthread -o "$work/tools/tick" bench/native/tick.c
cc -O2 -Wall -Wextra -Werror -o "$work/tools/maxrss" bench/native/maxrss.c

echo "== publish runner (as the README says), and without ReadyToRun"
jit="" aot=""
if [ ${#smoke[@]} -gt 0 ]; then
  # The smoke run checks that the benchmarks work, not the figures: it skips the ReadyToRun compile.
  dotnet publish src/Runner -c Release -p:PublishReadyToRun=false -o "$work/runner" -v quiet -nologo
elif ! wants cli; then
  # Only the command-line section measures the other builds.
  dotnet publish src/Runner -c Release -o "$work/runner" -v quiet -nologo
else
  dotnet publish src/Runner -c Release -o "$work/runner" -v quiet -nologo
  dotnet publish src/Runner -c Release -p:PublishReadyToRun=false -o "$work/runner-jit" -v quiet -nologo
  jit="$work/runner-jit"
  if command -v clang >/dev/null; then
    # Native AOT, measured beside the shipped build (not shipped: bench/notes.md, "What is left"). From a
    # copy of the sources: an AOT restore rewrites the lock files, which must not change here.
    echo "== publish runner with Native AOT, from a copy of the sources"
    mkdir -p "$work/aot-src"
    git ls-files -z | tar --null -cf - -T - | tar -xf - -C "$work/aot-src"
    (cd "$work/aot-src" && dotnet publish src/Runner -c Release -r linux-x64 -p:RuntimeIdentifiers=linux-x64 \
      -p:PublishAot=true -p:PublishReadyToRun=false -p:TreatWarningsAsErrors=false -p:MSBuildTreatWarningsAsErrors=false \
      -o "$work/runner-aot" -v quiet -nologo >"$work/aot.log" 2>&1) || { tail -30 "$work/aot.log"; exit 1; }
    aot="$work/runner-aot"
  fi
fi

echo "== build the benchmarks"
dotnet build bench/Runner.Bench -c Release -v quiet -nologo
[ ${#only[@]} -gt 0 ] || dotnet build bench/Runner.Benchmarks -c Release -v quiet -nologo

echo "== launch throughput, punctuality, scale, check schedule, steady-state memory, command line"
"$driver" measure "${smoke[@]}" "${only[@]}" --results "$results" --tools "$work/tools" --work "$work/data" \
  --runner "$work/runner" --runner-jit "$jit" --runner-aot "$aot"
rm -rf "$work/data"

if [ ${#only[@]} -eq 0 ]; then
  echo "== BenchmarkDotNet: engine cost against Quartz.NET, next-fire computation"
  job=short
  [ ${#smoke[@]} -gt 0 ] && job=dry
  # From the project's folder: BenchmarkDotNet finds the project there to build its runner.
  (cd bench/Runner.Benchmarks && dotnet bin/Release/net10.0/Runner.Benchmarks.dll \
    --filter '*EngineBenchmarks*' '*NextFireBenchmarks*' --job "$job" --artifacts "$results/bdn" >"$work/bdn.log" 2>&1) \
    || { tail -50 "$work/bdn.log"; exit 1; }
fi

date -u '+%Y-%m-%d %H:%M UTC' > "$results/ended.txt"
cat /proc/loadavg > "$results/load-end.txt"
report

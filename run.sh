#!/usr/bin/env bash
# Builds runner and runs it on the example home. Needs only the .NET SDK (python3 and bash
# for two of the example jobs). The example home is copied to .example-home on first use,
# so the repository stays clean; delete that folder to start again.
set -euo pipefail
cd "$(dirname "$0")"

dotnet publish src/Runner -c Release -o artifacts/runner --nologo -v quiet
runner=artifacts/runner/runner
home=.example-home
[ -d "$home" ] || cp -r examples/home "$home"

"$runner" --home "$home" check schedule
"$runner" --home "$home" list jobs
"$runner" --home "$home" run job 0 --yes
"$runner" --home "$home" run job 1 --yes
"$runner" --home "$home" history --last 5

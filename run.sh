#!/usr/bin/env bash
# Builds runner and starts its scheduler on the example home, in the foreground. Needs only the .NET SDK (python3 and bash
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
echo "Starting the scheduler on $home; Ctrl+C stops it. In another terminal try:"
echo "  $runner --home $home status scheduler"
echo "  $runner --home $home history --last 10"
echo "  $runner --home $home logs 0 --follow"
exec "$runner" --home "$home" start scheduler

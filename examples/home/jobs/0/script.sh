#!/usr/bin/env bash
# Prints its greeting, its trigger and its run id: RUNNER_* variables come from Runner.
set -euo pipefail
echo "$2 from $RUNNER_JOB_NAME, run $RUNNER_RUN_ID, for $RUNNER_TRIGGER"

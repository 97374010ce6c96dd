"""Fails one run in three (by run id), to show FAILED runs, retries and alarms."""
import os
import sys

run = int(os.environ["RUNNER_RUN_ID"])
if run % 3 == 0:
    print("something went wrong", file=sys.stderr)
    sys.exit(3)
print("all good")

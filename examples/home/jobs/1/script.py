"""A report: reads its day from the arguments (PARAMETERS expand {trigger:yyyy-MM-dd})."""
import os
import sys

day = sys.argv[sys.argv.index("--day") + 1]
print(f"report for {day} (trigger {os.environ['RUNNER_TRIGGER']})")
print("WARNING: this line is logged as a warning")
print("DEBUG: and this one as debug")

#!/bin/sh
# Free space of the home's file system; a WARNING: line when under 10%.
set -eu
free=$(df -P "$RUNNER_HOME" | awk 'NR == 2 { print 100 - $5 }')
echo "free space: ${free}%"
if [ "$free" -lt 10 ]; then echo "WARNING: less than 10% free"; fi

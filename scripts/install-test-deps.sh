#!/usr/bin/env bash
# Installs, on a fresh Debian machine with only the .NET SDK, what the tests need.
# Idempotent: installs only what is missing. Needs root (or sudo) for apt-get.
set -euo pipefail

need=()
[ -e /usr/share/zoneinfo/America/New_York ] || need+=(tzdata)
command -v python3 >/dev/null || need+=(python3)
# The web GUI's browser tests drive Debian's Chromium through Playwright (no browser download).
[ -x /usr/bin/chromium ] || need+=(chromium)
# The notification tests' SMTP server (aiosmtpd, run with /usr/bin/python3) and its test certificate (openssl).
/usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null || need+=(python3-aiosmtpd)
command -v openssl >/dev/null || need+=(openssl)

if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing test prerequisites: ${need[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi

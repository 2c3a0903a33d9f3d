#!/usr/bin/env bash
# Makes sure a Chromium for Playwright exists: Debian's package, never `playwright install`.
set -euo pipefail

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium" ]; then
  exit 0
fi

echo "ensure-chromium: $chromium not found; installing Debian's chromium package" >&2
if [ "$(id -u)" -eq 0 ]; then
  apt-get update && apt-get install -y chromium
elif command -v sudo >/dev/null 2>&1; then
  sudo apt-get update && sudo apt-get install -y chromium
else
  echo "ensure-chromium: not root and no sudo; install chromium (apt-get install -y chromium) or set CHROMIUM_PATH" >&2
  exit 1
fi

if [ ! -x "$chromium" ]; then
  echo "ensure-chromium: still no executable at $chromium; set CHROMIUM_PATH" >&2
  exit 1
fi

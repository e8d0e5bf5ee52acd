#!/usr/bin/env bash
# Opens a report.html in headless Chromium with networking off and saves a full-length screenshot, to check that
# the self-contained report renders (charts drawn, no external resource needed).
#   scripts/screenshot-report.sh uitvoer/sweep/report.html docs/img/sweep-report.png [WIDTH HEIGHT]
# Needs chromium (Debian/Ubuntu: apt-get install -y chromium). Exit code 0 when the PNG was written.
set -euo pipefail
report="$1"
png="$2"
width="${3:-1400}"
height="${4:-3000}"
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [ -z "$browser" ]; then
  echo "screenshot-report: chromium not found (apt-get install -y chromium)" >&2
  exit 2
fi
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
mkdir -p "$(dirname "$png")"
# --virtual-time-budget lets the page's scripts finish before the shot; the proxy settings make any network
# request fail, so a report that needed the network would show empty charts.
"$browser" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --disable-sync --no-first-run --user-data-dir="$profile" --hide-scrollbars \
  --proxy-server="http://127.0.0.1:9" --proxy-bypass-list="<-loopback>" \
  --virtual-time-budget=5000 --window-size="$width,$height" \
  --screenshot="$(realpath -m "$png")" "file://$(realpath "$report")" >/dev/null 2>&1
test -s "$png"
echo "screenshot-report: $png" >&2

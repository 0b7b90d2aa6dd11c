#!/usr/bin/env bash
# Render `textfix clean --html` for the seeds in headless Chromium and save a screenshot, to
# look at by eye (slow, needs Debian's chromium: apt-get install -y chromium; kept out of CI).
#   bench/html_screenshot.sh [OUT_DIR]   -> OUT_DIR/report.html, OUT_DIR/report.png
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-$(mktemp -d)}"
mkdir -p "$out"
browser="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$browser" ]; then
  echo "html_screenshot: chromium is not installed (apt-get install -y chromium)" >&2
  exit 2
fi
textfix="${TEXTFIX:-.venv/bin/textfix}"
# --check: exit 1 means "would change", which is what the seeds are for here.
"$textfix" clean --check --html "$out/report.html" seeds/*.txt > /dev/null || [ $? -eq 1 ]
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
"$browser" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$profile" \
  --window-size=1400,"${HEIGHT:-900}" --screenshot="$out/report.png" "file://$(realpath "$out/report.html")" \
  > /dev/null 2>&1
test -s "$out/report.png"
echo "$out/report.png"

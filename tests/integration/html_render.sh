#!/usr/bin/env bash
# The HTML view rendered in headless Chromium: the screenshot is not blank
# (many colours, much of it not white) and the page has no network needs.
source "$(dirname "$0")/common.sh"
need chromium "$py"
"$bin" export "$graph" --to html -o "$tmp/g.html" 2>/dev/null
if grep -Eq '(src|href)="(https?:)?//' "$tmp/g.html"; then echo "FAIL: the page loads something from the network"; exit 1; fi
mkdir "$tmp/profile"
timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$tmp/profile" --window-size=1200,800 --screenshot="$tmp/shot.png" "file://$tmp/g.html" >/dev/null 2>&1 || true
[[ -s $tmp/shot.png ]] || { echo "FAIL: Chromium made no screenshot"; exit 1; }
"$py" "$here/png_stats.py" "$tmp/shot.png"

#!/usr/bin/env bash
# DOT rendered to SVG by Graphviz, in every view.
source "$(dirname "$0")/common.sh"
need dot
for view in actors weighted events; do
  "$bin" export "$graph" --to dot --view "$view" -o "$tmp/$view.dot" 2>/dev/null
  dot -Tsvg "$tmp/$view.dot" -o "$tmp/$view.svg"
  grep -q '<svg' "$tmp/$view.svg" || { echo "FAIL: $view: no SVG"; exit 1; }
  grep -q 'Vladimir Putin' "$tmp/$view.svg" || { echo "FAIL: $view: names missing from the drawing"; exit 1; }
  echo "$view: $(grep -c 'class="edge"' "$tmp/$view.svg") edges drawn"
done
echo "ok"

#!/usr/bin/env bash
# Installs what is missing, builds diplograph, and runs it on the bundled
# example articles: prints who did what to whom and writes graph.jsonld.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/cmake/install-deps.sh"
cmake -S "$root" -B "$root/build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$root/build" -j"$(nproc)" --target diplograph_cli who_congratulated_whom
"$root/build/diplograph" extract -o "$root/graph.jsonld" "$root/examples/articles/articles.jsonl"
echo
echo "Who congratulated whom (examples/who_congratulated_whom.cpp, a program linking the library):"
"$root/build/who_congratulated_whom" "$root/examples/articles/articles.jsonl"
echo
echo "The graph is in $root/graph.jsonld"

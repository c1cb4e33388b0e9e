# Sourced by the integration scripts: fail (never skip) when a tool is
# missing, and build the test graph from the graph test corpus.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
bin=${1:?usage: $0 DIPLOGRAPH_BIN}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
need() {
  for tool in "$@"; do
    command -v "$tool" >/dev/null 2>&1 || { echo "FAIL: '$tool' is not installed (see tests/integration/packages.txt)"; exit 1; }
  done
}
# Debian's python3 (python3-networkx lives there), whatever python3 is first on PATH.
py=/usr/bin/python3
[[ -x $py ]] || py=python3
graph="$tmp/graph.jsonld"
"$bin" extract --quiet --only-lexicon "$root/tests/fixtures/lexicon/mini.json" -o "$graph" "$root/tests/fixtures/graph/corpus.jsonl" 2>/dev/null

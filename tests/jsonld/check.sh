#!/usr/bin/env bash
# The JSON-LD output expands offline in jsonld.js to the contract's triples,
# and the same input gives a byte-identical file.  usage: check.sh DIPLOGRAPH_BIN
set -euo pipefail
bin=$1
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
inputs=("$root/examples/articles/articles.jsonl")
[[ -f $root/tests/fixtures/articles/corpus.jsonl ]] && inputs+=("$root/tests/fixtures/articles/corpus.jsonl")
"$bin" extract --quiet -o "$tmp/a.jsonld" "${inputs[@]}"
"$bin" extract --quiet -o "$tmp/b.jsonld" "${inputs[@]}"
cmp "$tmp/a.jsonld" "$tmp/b.jsonld" || { echo "FAIL: output is not deterministic"; exit 1; }
node "$here/check.cjs" "$tmp/a.jsonld"

#!/usr/bin/env bash
# N-Triples, N-Quads and Turtle read back by raptor (rapper): every file
# parses and all three give the same number of triples.
source "$(dirname "$0")/common.sh"
need rapper
count() { rapper -i "$1" -c "$2" 2>&1 | sed -n 's/.*returned \([0-9]*\) triples.*/\1/p'; }
"$bin" export "$graph" --to ntriples -o "$tmp/g.nt" 2>/dev/null
"$bin" export "$graph" --to nquads -o "$tmp/g.nq" 2>/dev/null
"$bin" export "$graph" --to turtle -o "$tmp/g.ttl" 2>/dev/null
rapper -q -i ntriples -o ntriples "$tmp/g.nt" > "$tmp/nt.nt"
rapper -q -i nquads -o nquads "$tmp/g.nq" > /dev/null
rapper -q -i turtle -o ntriples "$tmp/g.ttl" > "$tmp/ttl.nt"
n_nt=$(count ntriples "$tmp/g.nt"); n_nq=$(count nquads "$tmp/g.nq"); n_ttl=$(count turtle "$tmp/g.ttl")
echo "triples: ntriples $n_nt, nquads $n_nq, turtle $n_ttl"
[[ -n $n_nt && $n_nt -gt 100 ]] || { echo "FAIL: too few triples"; exit 1; }
[[ $n_nt == "$n_nq" && $n_nt == "$n_ttl" ]] || { echo "FAIL: the formats disagree"; exit 1; }
# Turtle and N-Triples give the same ground triples (blank nodes aside).
diff <(grep -v '_:' "$tmp/nt.nt" | sort) <(grep -v '_:' "$tmp/ttl.nt" | sort) > /dev/null ||
  { echo "FAIL: Turtle and N-Triples differ"; exit 1; }
echo "ok"

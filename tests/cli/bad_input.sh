#!/usr/bin/env bash
# The CLI rows of the bad-input matrix (docs/robustness.md): missing inputs, binary files, foreign
# JSON-LD, unwritable outputs, the size limit, and the summary line whose counts must reconcile
# ("read N, processed P, rejected R" with N = P + R, and R = the errors printed).
#   tests/cli/bad_input.sh path/to/diplograph
source "$(dirname "$0")/harness.sh" "$1"

# run EXPECTED_STATUS ARGS...: runs the CLI, keeps stderr in $err, checks the exit status.
run() {
  local want=$1
  shift
  "$bin" "$@" >out.txt 2>err.txt
  status=$?
  err=$(cat err.txt)
  [[ $status == "$want" ]] || fail "diplograph $*: exit $status, expected $want; stderr: $err"
}
has() { grep -qF -- "$1" <<<"$err" || fail "expected '$1' in: $err"; }
hasnt() { ! grep -qF -- "$1" <<<"$err" || fail "did not expect '$1' in: $err"; }
# summary N P R: the last line of stderr reports these counts, and they reconcile.
summary() {
  local line
  line=$(grep -E '^read [0-9]+, processed [0-9]+, rejected [0-9]+' <<<"$err" | tail -1)
  [[ $line =~ ^read\ ([0-9]+),\ processed\ ([0-9]+),\ rejected\ ([0-9]+) ]] || { fail "no summary line in: $err"; return; }
  local n=${BASH_REMATCH[1]} p=${BASH_REMATCH[2]} r=${BASH_REMATCH[3]}
  [[ "$n $p $r" == "$1 $2 $3" ]] || fail "summary '$line', expected read $1, processed $2, rejected $3"
  ((n == p + r)) || fail "summary '$line' does not reconcile"
}
no_temp_files() {  # DIR: no leftover WriteFileAtomically temporaries
  local left
  left=$(find "$1" -name '*.tmp.*' 2>/dev/null)
  [[ -z $left ]] || fail "temporary files left behind: $left"
}

good='{"id": "g1", "text": "Chinese President Xi Jinping met Vladimir Putin on Monday.", "published": "2024-03-18"}'
printf '%s\n' "$good" >good.jsonl
printf 'Joe Biden phoned Vladimir Putin on Tuesday.\n' >good.txt
printf '\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xcb\x48\xcd\xc9\xc9\xe7\x02\x00' >corpus.jsonl.gz
cp corpus.jsonl.gz gz.jsonl
printf '\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89' >image.txt

# Row 17: missing input files are rejected, counted, and the rest is extracted.
run 1 extract --quiet -o g.jsonld missing.jsonl good.jsonl missing.txt good.txt --published 2024-03-19
has "missing.jsonl: cannot open: No such file or directory"
has "missing.txt: cannot open: No such file or directory"
summary 4 2 2
has "2 events"
[[ -s g.jsonld ]] || fail "the graph of the good inputs was not written"
run 3 query missing.jsonld
has "missing.jsonld: cannot open"
run 3 merge g.jsonld missing.jsonld -o m.jsonld
has "missing.jsonld: cannot open"
[[ ! -e m.jsonld ]] || fail "merge wrote an output although an input was missing"

# Row 6: binary files as JSONL and as .txt (also a .jsonl.gz, which is read as text by its name).
run 1 extract --quiet -o b.jsonld gz.jsonl image.txt corpus.jsonl.gz good.jsonl
has "gz.jsonl:1:1: not UTF-8 JSONL: this looks like gzip-compressed data; the file is skipped"
has "image.txt: not a UTF-8 text article: this looks like a PNG image"
has "corpus.jsonl.gz: not a UTF-8 text article: this looks like gzip-compressed data"
summary 4 1 3
head -c 20000 /dev/urandom >random.jsonl
run 1 extract --quiet -o b.jsonld random.jsonl
has "random.jsonl:1:1: not UTF-8 JSONL: this looks like binary data"
summary 1 0 1

# Row 5: empty files.
: >empty.jsonl
: >empty.txt
run 1 extract --quiet -o e.jsonld empty.jsonl empty.txt
has "empty.jsonl: warning: empty input, no articles in it"
has "empty.txt: empty file, no article in it"
summary 1 0 1
run 0 extract --quiet -o e.jsonld - </dev/null
has "<stdin>: warning: empty input, no articles in it"
summary 0 0 0

# Row 7 (the 100 MB case is in tests/robustness_test.cpp): the limit from the command line.
{
  printf '%s\n' "$good"
  printf '{"id": "big", "text": "%s"}\n' "$(head -c 5000 /dev/zero | tr '\0' a)"
  printf '{"id": "g2", "text": "Joe Biden phoned Vladimir Putin.", "published": "2024-03-18"}\n'
} >big.jsonl
run 1 extract --quiet --max-document-bytes 4K -o big.jsonld big.jsonl
has "big.jsonl:2:1: document is 5025 bytes, over the limit of 4096 bytes"
summary 3 2 1
run 0 extract --quiet --max-document-bytes 0 -o big.jsonld big.jsonl
summary 3 3 0
run 2 extract --quiet --max-document-bytes lots -o big.jsonld big.jsonl
has "--max-document-bytes: expected a number of bytes"

# Rows 9-12 and 19: one file with every kind of bad line; the summary matches the lines and the errors.
{
  printf '%s\n' "$good"
  printf '{"id": 7, "text": "x"}\r\n'
  printf '{"id": "t", "text": ["x"]}\n'
  printf '{"id": "p", "text": "x", "published": "2023-13-40"}\n'
  printf '{"id": "m"}\n'
  printf '%s\n' "$good"
  printf '\n'
  printf '{"id": "u", "text": "bad \xc0\xaf utf8 \xed\xa0\x80"}\n'
  printf '{"id": "trunc", "text": "no closing brace'
} >mixed.jsonl
lines=$(grep -c . mixed.jsonl)
run 1 extract --quiet -o mixed.jsonld mixed.jsonl
errors=$(grep -cE '^mixed\.jsonl:[0-9]+:[0-9]+: [^w]' <<<"$err")
summary "$lines" 2 "$errors"
has 'mixed.jsonl:2:2: "id" must be a string, not number'
has 'mixed.jsonl:4:26: "published" must be a date YYYY-MM-DD, got "2023-13-40"'
has 'mixed.jsonl:5:1: missing "text" (a string)'
has 'mixed.jsonl:6:2: duplicate id "g1" (the first one, line 1, is kept)'
has 'mixed.jsonl:8:26: warning: 5 invalid UTF-8 sequence(s) replaced with U+FFFD'
has 'mixed.jsonl:9:'
has "repaired 1"

# Row 16: JSON-LD written by another tool, to merge, query and extract --into.
cat >foreign.jsonld <<'EOF'
{
  "@context": "https://schema.org",
  "@graph": [
    {"@id": "https://example.org/p/1", "@type": "Person", "name": "Ada Lovelace"},
    {"@id": "https://example.org/e/1", "@type": "Event", "name": "Summit", "startDate": "2020-01-01"}
  ]
}
EOF
before=$(md5sum <foreign.jsonld)
run 3 merge g.jsonld foreign.jsonld -o m.jsonld
has "diplograph merge: foreign.jsonld:2:3: not a diplograph graph"
[[ ! -e m.jsonld ]] || fail "merge wrote an output from a foreign graph"
run 3 query foreign.jsonld '(?a)-[meet]-(?b)'
has "diplograph query: foreign.jsonld:2:3: not a diplograph graph"
run 3 extract --quiet --into foreign.jsonld good.jsonl
has "diplograph extract: --into: foreign.jsonld:2:3: not a diplograph graph"
[[ $(md5sum <foreign.jsonld) == "$before" ]] || fail "extract --into changed a foreign graph"

# Row 18: outputs that cannot be written: exit 3, a message, no partial or temporary file, and
# extract says so before reading anything.
echo x >file.txt
run 3 extract --quiet -o "$tmp/file.txt/out.jsonld" good.jsonl
has "cannot write into $tmp/file.txt: not a directory; nothing was read"
hasnt "read 1"
run 3 extract --quiet -o "$tmp/no/such/dir/out.jsonld" good.jsonl
has "cannot write into $tmp/no/such/dir: No such file or directory"
mkdir outdir
run 3 extract --quiet -o outdir good.jsonl
has "outdir: is a directory; nothing was read"
run 3 merge g.jsonld -o "$tmp/file.txt/out.jsonld"
has "diplograph merge: $tmp/file.txt/out.jsonld: cannot write"
run 3 merge g.jsonld -o outdir
has "diplograph merge: outdir: cannot rename the finished file into place"
run 3 export g.jsonld --to graphml -o "$tmp/file.txt/g.graphml"
no_temp_files "$tmp"
[[ $(cat file.txt) == x ]] || fail "file.txt was changed"

# Row 20: an output that is a pipe or a device ("-o /dev/null") is written in place; a
# finished file renamed over it would replace the node itself.
mkfifo out.fifo
cat out.fifo >from_fifo.jsonld &
reader=$!
run 0 extract --quiet -o out.fifo good.jsonl
if [[ -p out.fifo ]]; then
  wait "$reader"
else  # the reader would wait for a writer for ever
  fail "extract -o FIFO replaced the pipe with a file"
  kill "$reader" 2>/dev/null
fi
grep -q '"@graph"' from_fifo.jsonld || fail "nothing came out of the pipe"
no_temp_files "$tmp"

finish "bad input CLI"

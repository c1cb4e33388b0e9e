#!/usr/bin/env bash
# The command starts itself again with its heap on transparent huge pages
# (examples/cli/huge_pages.cpp): only when GLIBC_TUNABLES does not choose already and
# the kernel gives huge pages; keeping the user's other tunables, the arguments, standard
# input and the exit status; and the output is the same bytes either way.
#   tests/cli/huge_pages.sh path/to/diplograph
source "$(dirname "$0")/harness.sh" "$1"

heap_line() { grep -E '^  heap: ' err.txt; }
thp=$(cat /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null)
if [[ $thp == *"[always]"* || $thp == *"[madvise]"* ]]; then
  want='  heap: GLIBC_TUNABLES=glibc.malloc.hugetlb=1:glibc.malloc.top_pad=33554432'
  want_kept='  heap: GLIBC_TUNABLES=glibc.malloc.arena_max=4:glibc.malloc.hugetlb=1:glibc.malloc.top_pad=33554432'
else
  want='  heap: glibc defaults (4 KB pages)'
  want_kept='  heap: GLIBC_TUNABLES=glibc.malloc.arena_max=4'
fi

cat >in.jsonl <<'JSONL'
{"id": "h1", "text": "Chinese President Xi Jinping met Vladimir Putin on Monday.", "published": "2024-03-18"}
not json at all
{"id": "h2", "text": "Putin congratulated Xi on Tuesday on his re-election.", "published": "2024-03-20"}
JSONL

# Not chosen: restarted (when the kernel allows), reading standard input, exit 1 for the bad line.
env -u GLIBC_TUNABLES "$bin" extract --stats --threads 2 -o restarted.jsonld - <in.jsonl >/dev/null 2>err.txt
status=$?
[[ $status == 1 ]] || fail "exit $status, expected 1 (one rejected line): $(cat err.txt)"
[[ $(heap_line) == "$want" ]] || fail "heap line '$(heap_line)', expected '$want'"
grep -q '^read 3, processed 2, rejected 1' err.txt || fail "summary: $(cat err.txt)"

# Chosen by the user (even "off"): left as it is.
GLIBC_TUNABLES=glibc.malloc.hugetlb=0 "$bin" extract --stats --threads 2 -o chosen.jsonld - <in.jsonl >/dev/null 2>err.txt
status=$?
[[ $status == 1 ]] || fail "exit $status, expected 1: $(cat err.txt)"
[[ $(heap_line) == '  heap: GLIBC_TUNABLES=glibc.malloc.hugetlb=0' ]] || fail "heap line '$(heap_line)' with hugetlb=0 chosen"
cmp -s restarted.jsonld chosen.jsonld || fail "the graph differs with and without huge pages"
grep -q '"Xi Jinping"' chosen.jsonld || fail "no Xi Jinping in the graph"

# The user's other tunables are kept.
GLIBC_TUNABLES=glibc.malloc.arena_max=4 "$bin" extract --stats -o kept.jsonld in.jsonl >/dev/null 2>err.txt
[[ $(heap_line) == "$want_kept" ]] || fail "heap line '$(heap_line)', expected '$want_kept'"
cmp -s restarted.jsonld kept.jsonld || fail "the graph differs with the user's tunables"

# Other commands restart too and keep their arguments and exit status.
env -u GLIBC_TUNABLES "$bin" query --help >out.txt 2>&1
[[ $? == 0 ]] || fail "query --help: exit $?"
env -u GLIBC_TUNABLES "$bin" no-such-command >out.txt 2>&1
[[ $? == 2 ]] || fail "unknown command: exit status not 2"
grep -q "unknown command 'no-such-command'" out.txt || fail "unknown command: $(cat out.txt)"

finish "huge pages restart"

#!/usr/bin/env bash
# Builds the libFuzzer targets (the `fuzz` CMake preset: clang, ASan, UBSan) and runs each for a
# bounded time over a copy of its seed corpus.
#   tests/fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]     default: 30 seconds, every target
# A crash, leak, sanitizer report or timeout fails the run; the input is left in
# build-fuzz/findings/<target>/ and the line to reproduce it is printed. Copy it to
# tests/fuzz/regressions/<target>/ once fixed: the ordinary test build replays it from then on.
# Executions per target are appended to build-fuzz/fuzz-log.tsv (date, target, seconds, executions).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
seconds=${1:-30}
shift || true
targets=("$@")
((${#targets[@]})) || targets=(extract jsonl lexicon graph_loader query dates)

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j"$(nproc)" >/dev/null

declare -A max_len=([extract]=8192 [jsonl]=8192 [lexicon]=16384 [graph_loader]=32768 [query]=256 [dates]=512)
status=0
for t in "${targets[@]}"; do
  work=build-fuzz/corpus/$t findings=build-fuzz/findings/$t
  mkdir -p "$work" "$findings"
  cp -n tests/fuzz/corpus/"$t"/* "$work"/ 2>/dev/null || true
  [[ -d tests/fuzz/regressions/$t ]] && cp -n tests/fuzz/regressions/"$t"/* "$work"/ 2>/dev/null || true
  log=build-fuzz/fuzz-$t.log
  echo "fuzz_$t: ${seconds}s" >&2
  if ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
     build-fuzz/tests/fuzz/fuzz_"$t" -max_total_time="$seconds" -max_len="${max_len[$t]}" -timeout=10 \
       -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$findings/" "$work" >"$log" 2>&1; then
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    printf '%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$t" "$seconds" "${execs:-?}" >> build-fuzz/fuzz-log.tsv
    echo "  ok: ${execs:-?} executions, corpus $(ls "$work" | wc -l) inputs" >&2
  else
    status=1
    echo "  FINDING (log: $log):" >&2
    grep -E "ERROR|runtime error|fuzz invariant|Test unit written" "$log" | head -5 >&2
    for f in "$findings"/*; do
      [[ -f $f ]] && echo "  reproduce: build-fuzz/tests/fuzz/fuzz_$t $f" >&2
    done
  fi
done
exit $status

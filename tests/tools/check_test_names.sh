#!/usr/bin/env bash
# ctest learns the unit tests' names from catch_discover_tests, which splits a
# name at ';' (a CMake list separator): such a test is registered under a
# truncated name that matches nothing, and passes without running. Fail on any.
set -euo pipefail
bin=${1:?usage: check_test_names.sh DIPLOGRAPH_TESTS}
bad=$("$bin" --list-test-names-only | grep ';' || true)
if [[ -n $bad ]]; then
  echo "test names must not contain ';' (ctest would not run them):" >&2
  echo "$bad" >&2
  exit 1
fi
echo "ok: $("$bin" --list-test-names-only | grep -c .) test names, none with ';'"

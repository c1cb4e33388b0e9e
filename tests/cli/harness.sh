# Sourced by the CLI test scripts: `bin` (the CLI, absolute), a scratch folder that is
# the working directory and is removed on exit, `fail MESSAGE` (counted), and
# `finish NAME`, which reports and sets the exit status.
#   source "$(dirname "$0")/harness.sh" "$1"
set -uo pipefail
bin=$(realpath "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
finish() {
  ((failures == 0)) || { echo "$1: $failures failure(s)" >&2; exit 1; }
  echo "$1: ok"
}

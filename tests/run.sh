#!/usr/bin/env bash
# Installs what is missing, builds diplograph with its tests, and runs the
# whole test suite (unit tests, end-to-end articles, JSON-LD and schema
# validation, the find_package consumer, integration tests).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/cmake/install-deps.sh" --test
build=${DIPLOGRAPH_BUILD_DIR:-$root/build}
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DDIPLOGRAPH_BUILD_TESTS=ON >/dev/null
cmake --build "$build" -j"$(nproc)"
cd "$build"
ctest --output-on-failure -j"$(nproc)"

#!/usr/bin/env bash
# Installs what diplograph needs on Debian 12, only what is missing.
#   cmake/install-deps.sh            build dependencies
#   cmake/install-deps.sh --test     build and test dependencies (node's jsonld.js, JSON Schema, tools
#                                    the integration tests drive: see tests/integration/packages.txt)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
pkgs=(cmake g++ make pkg-config libre2-dev nlohmann-json3-dev libboost-graph-dev libspdlog-dev catch2)
if [[ ${1:-} == --test ]]; then
  pkgs+=(python3 python3-jsonschema)
  # node and npm may come from another package than Debian's (nodesource's nodejs bundles npm)
  command -v node >/dev/null || pkgs+=(nodejs)
  command -v npm >/dev/null || pkgs+=(npm)
  for f in "$here"/tests/integration/packages.txt "$here"/tests/fuzz/packages.txt; do
    [[ -f $f ]] && while read -r p; do [[ -n $p && $p != \#* ]] && pkgs+=("$p"); done < "$f"
  done
fi
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""
  [[ $(id -u) -ne 0 ]] && sudo=sudo
  echo "installing: ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if [[ ${1:-} == --test ]]; then
  # jsonld.js (the JSON-LD processor the tests and the evaluation read our output with)
  cache=${DIPLOGRAPH_EVAL_CACHE:-${HOME:-/tmp}/.cache/diplograph-eval}
  if [[ ! -d $cache/node_modules/jsonld ]]; then
    mkdir -p "$cache"
    npm install --silent --no-audit --no-fund --prefix "$cache" jsonld@9 >/dev/null
  fi
fi

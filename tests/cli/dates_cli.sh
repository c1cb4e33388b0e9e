#!/usr/bin/env bash
# diplograph dates: JSON per line, code-point offsets, unresolved without a date, bad date rejected.
set -euo pipefail
bin=$1
out=$(printf 'L\xc3\xb3pez said on Saturday it was too early.\nElections are due next year.\n' | "$bin" dates --published 2020-11-10)
python3 - "$out" <<'PY'
import json, sys
lines = [json.loads(l) for l in sys.argv[1].splitlines()]
assert len(lines) == 2, lines
d = lines[0]["dates"][0]
assert d["surface"] == "Saturday" and d["value"] == "2020-11-07", d
assert d["begin"] == 14 and d["end"] == 22, d          # code points: "López" is 5 characters
assert lines[1]["dates"][0]["value"] == "2021", lines[1]
PY
out=$(printf 'on Monday\n' | "$bin" dates)
python3 -c 'import json,sys; d=json.loads(sys.argv[1])["dates"][0]; assert d["value"] is None and "publication" in d["reason"], d' "$out"
if "$bin" dates --published 2020-13-01 </dev/null 2>/dev/null; then echo "FAIL: bad date accepted"; exit 1; fi
echo "dates CLI: ok"

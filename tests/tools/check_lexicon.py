#!/usr/bin/env python3
"""Checks the default lexicon (lib/data/lexicon/**/*.json) or the files given on the command line:
JSON syntax, allowed keys, ids unique across all files, role/country/organization references,
ISO dates with from <= to, no overlapping terms of one person in one office, and no person short
name that is a common English word unless it is listed in NECESSARY_SHORTS.
usage: check_lexicon.py [FILE...]      exit status 1 on any error; warnings do not fail."""
import datetime, json, pathlib, sys

root = pathlib.Path(__file__).resolve().parents[2]
TOP = {"$schema", "about", "notes", "countries", "organizations", "roles", "people"}
ORG_KINDS = {"presidency", "government", "ministry", "international", "forum", "party", "other"}
# Capitalised common words and first names that must not stand alone for a person.
COMMON_WORDS = {
    "May", "Chad", "Jordan", "Will", "Hunt", "Cook", "Straw", "Fox", "Hague", "Cleverly", "Young", "Long",
    "Rich", "Major", "Page", "Little", "Price", "Hope", "Grant", "Joy", "Bush", "Brown", "Rice", "Moon",
    "Park", "Truss", "Green", "White", "Black", "King", "Prince", "Bishop", "Wood", "Mark", "Bill", "Frank",
    "Sunny", "Rose", "Son", "Man", "Said", "Rest", "Best", "Sharp", "Stone", "Hill", "Church",
    "Love", "Lord", "Cash", "Power", "Gold", "Fine", "Golden", "Lucky", "Dear", "Noble", "Lamb", "Field",
}
# Common words kept as short names because the news uses them alone for these people.
NECESSARY_SHORTS = {"Bush", "Brown", "Rice", "Moon", "Park", "Truss"}

errors, warnings = [], []
def err(where, msg): errors.append(f"{where}: {msg}")
def warn(where, msg): warnings.append(f"{where}: {msg}")

def date(where, s):
    try:
        return datetime.date.fromisoformat(s)
    except (TypeError, ValueError):
        err(where, f"not an ISO date: {s!r}")
        return None

files = [pathlib.Path(a) for a in sys.argv[1:]] or sorted((root / "lib/data/lexicon").rglob("*.json"))
docs = {}
for f in files:
    try:
        docs[f] = json.loads(f.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        err(f, f"invalid JSON: {e}")
if errors:
    print("\n".join(errors)); sys.exit(1)

ids, roles, countries, orgs = {}, set(), set(), set()
for f, d in docs.items():
    if not isinstance(d, dict):
        err(f, "top level must be an object"); continue
    for k in d:
        if k not in TOP: err(f, f"unknown top-level key {k!r}")
    for r in d.get("roles", []):
        if r["id"] in roles: err(f, f"duplicate role id {r['id']!r}")
        roles.add(r["id"])
    for key in ("countries", "organizations", "people"):
        for e in d.get(key, []):
            i = e.get("id")
            if not i: err(f, f"{key}: entry without id: {e.get('name')}"); continue
            if i in ids: err(f, f"duplicate id {i!r} (first in {ids[i]})")
            ids[i] = f
            if key == "countries": countries.add(i)
            if key == "organizations": orgs.add(i)

for f, d in docs.items():
    for c in d.get("countries", []):
        if c.get("leader_role") and roles and c["leader_role"] not in roles:
            err(f, f"{c['id']}: unknown leader_role {c['leader_role']!r}")
    for o in d.get("organizations", []):
        if o.get("kind") not in ORG_KINDS: err(f, f"{o['id']}: unknown kind {o.get('kind')!r}")
        if o.get("country") and o["country"] not in countries: err(f, f"{o['id']}: unknown country {o['country']!r}")
    for p in d.get("people", []):
        w = f"{f.name}: {p['id']}"
        if p.get("gender") not in ("male", "female"): err(w, "gender must be male or female")
        if not p["id"].isascii() or p["id"] != p["id"].lower(): err(w, "id must be lower-case ASCII")
        for key in ("aliases", "short"):
            if len(set(p.get(key, []))) != len(p.get(key, [])): err(w, f"{key} repeat a name")
        for s in p.get("short", []):
            if s in COMMON_WORDS and s not in NECESSARY_SHORTS: err(w, f"short name {s!r} is a common word")
        terms = []
        for r in p.get("roles", []):
            if r.get("role") not in roles: err(w, f"unknown role {r.get('role')!r}")
            where = r.get("country") or r.get("org")
            if r.get("country") and r["country"] not in countries: err(w, f"unknown country {r['country']!r}")
            if r.get("org") and r["org"] not in orgs: err(w, f"unknown organization {r['org']!r}")
            if not where: err(w, f"role {r.get('role')!r} names no country or organization")
            a = date(w, r["from"]) if "from" in r else datetime.date.min
            b = date(w, r["to"]) if r.get("to") else datetime.date.max
            if a and b and b < a: err(w, f"role {r['role']} ends {b} before it starts {a}")
            if r.get("to") and b and b > datetime.date(2026, 12, 31): err(w, f"role {r['role']} ends in the future")
            terms.append((r.get("role"), where, a, b))
        for i, (ra, wa, a0, a1) in enumerate(terms):
            for rb, wb, b0, b1 in terms[i + 1:]:
                if ra == rb and wa == wb and a0 and a1 and b0 and b1 and a0 < b1 and b0 < a1:
                    err(w, f"overlapping terms of {ra} in {wa}")

# who held the same office on the same day (two heads of state at once is usually a typo)
SINGLE = {"president", "prime_minister", "foreign_minister", "monarch", "secretary_general", "defense_minister"}
held = {}
for f, d in docs.items():
    for p in d.get("people", []):
        for r in p.get("roles", []):
            if r["role"] in SINGLE:
                key = (r["role"], r.get("country") or r.get("org"))
                a = datetime.date.fromisoformat(r["from"]) if r.get("from") else datetime.date.min
                b = datetime.date.fromisoformat(r["to"]) if r.get("to") else datetime.date.max
                held.setdefault(key, []).append((a, b, p["id"]))
for (role, where), ts in held.items():
    ts.sort()
    for (a0, a1, pa), (b0, b1, pb) in zip(ts, ts[1:]):
        if b0 < a1 and pa != pb and (a1 - b0).days > 1:
            warn(f"{role} {where}", f"{pa} (to {a1}) and {pb} (from {b0}) overlap by {(a1 - b0).days} days")

for w in warnings: print("warning:", w)
for e in errors: print("error:", e)
n = {k: sum(len(d.get(k, [])) for d in docs.values()) for k in ("countries", "organizations", "roles", "people")}
print(f"{len(docs)} files, {n['countries']} countries, {n['organizations']} organizations, {n['roles']} roles, "
      f"{n['people']} people: {len(errors)} errors, {len(warnings)} warnings")
sys.exit(1 if errors else 0)

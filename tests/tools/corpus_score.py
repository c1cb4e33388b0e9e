#!/usr/bin/env python3
"""corpus_score.py: score a diplograph binary on the articles corpus by hand, chunk by chunk.

A scorer run over the whole corpus (tests/fixtures/articles/corpus.jsonl + corpus.gold.json) is slow
and gives one number; split into chunks it runs in parallel and its misses can be read per chunk.
The scorer is the project's evaluation, <repo>/../shared/eval/run (i.e. /work/shared/eval/run), called
as `run BIN CORPUS_PREFIX --json`; every subcommand that runs it takes --scorer PATH to use another.
Python 3 standard library only.

Subcommands

  chunks PREFIX DST [--size N]
      Split PREFIX.jsonl + PREFIX.gold.json into DST/c0000.jsonl + DST/c0000.gold.json, c0001, ...,
      N articles each (default 10), in corpus order. Each chunk's gold keeps "about", all "actors", the
      "documents" of its articles, and the "events" and "must_not_assert" entries whose "docs" name at
      least one of its articles (an event told by two articles in two chunks is in both). Stale cNNNN
      files left in DST by an earlier, longer split are reported on stderr (score would read them):
      remove them by hand.

  score BIN CHUNKDIR OUT [--jobs J] [--scorer PATH]
      Run the scorer on every CHUNKDIR/*.jsonl (J at a time, default 2), save each result as
      OUT/<chunk>.json, then print the totals, computed from the summed tp/fp/fn:
          core_strict F 0.9123 tp 5000 fp 100 fn 800
          extended_strict F 0.8000 tp ... fp ... fn ...
          viol 12                      (number of must_not_assert violations)
      and write OUT.missed (core_strict missed gold event ids), OUT.wrong (core_strict wrong
      assertions, "action node date") and OUT.viol (violation texts), each sorted, one per line.
      Only the chunks of this run are summed (not other *.json files already in OUT). A chunk whose
      scorer run fails (non-zero exit, or output that is not the scorer's JSON) is named on stderr with
      the end of the scorer's stderr, its stale OUT/<chunk>.json is removed, the totals cover the other
      chunks, and the exit status is 1.

  missed PREFIX BIN [--ext] [--scorer PATH]
      Score PREFIX (e.g. tests/fixtures/articles/corpus or DST/c0042) and list each missed gold event of
      core_strict (extended_strict with --ext): id, action, first actor key of each party, gold date,
      "(date only)" when the core event is found with a wrong date (it is not missed in core_relaxed),
      and the first 300 characters of its evidence; then the must_not_assert violations.

  merge DIR... [--into PREFIX]
      Append blind batches to the corpus (default PREFIX: <repo>/tests/fixtures/articles/corpus). Each
      DIR holds corpus.jsonl + corpus.gold.json. Everything is checked first, and nothing is written if
      any check fails (all problems are listed, exit status 1):
        - every file parses; the gold has "actors", "documents", "events" and "must_not_assert";
        - article ids, gold document ids and event ids are unique against the corpus, across the
          batches and within each batch;
        - a batch's gold documents are exactly its article ids;
        - every "docs" id of an event or must_not_assert is an article of the same batch.
      Then articles are appended as compact JSON lines (the corpus's own lines are kept byte for byte),
      actors are merged (new keys added; for known keys new name forms appended and a missing qid
      filled in), documents, events and must_not_assert appended; the gold is written with
      json.dumps(ensure_ascii=False, indent=1).
      Each file is written to a temporary file in its own directory and moved in place with os.replace,
      keeping the file's permissions. Run tests/fixtures/articles/validate.py afterwards.

Examples (from the repo root)
  python3 tests/tools/corpus_score.py chunks tests/fixtures/articles/corpus /tmp/ch
  python3 tests/tools/corpus_score.py score build/diplograph /tmp/ch /tmp/run1 --jobs 4
  diff /tmp/run0.missed /tmp/run1.missed
  python3 tests/tools/corpus_score.py missed /tmp/ch/c0042 build/diplograph
  python3 tests/tools/corpus_score.py merge /tmp/batch66 /tmp/batch67
"""
import argparse
import concurrent.futures
import glob
import json
import os
import pathlib
import re
import subprocess
import sys
import tempfile

REPO = pathlib.Path(__file__).resolve().parents[2]
DEFAULT_SCORER = os.path.normpath(os.path.join(REPO, "..", "shared", "eval", "run"))
DEFAULT_CORPUS = os.path.join(REPO, "tests", "fixtures", "articles", "corpus")
TOTAL_KEYS = ("core_strict", "extended_strict")


class Failure(Exception):
    """A problem that stops a subcommand with a message and exit status 1."""


def read_text(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def load_json(path):
    try:
        return json.loads(read_text(path))
    except (OSError, ValueError) as e:
        raise Failure(f"{path}: {e}")


def load_jsonl(path):
    out = []
    try:
        text = read_text(path)
    except OSError as e:
        raise Failure(f"{path}: {e}")
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            out.append(json.loads(line))
        except ValueError as e:
            raise Failure(f"{path}:{n}: {e}")
    return out


# ---------------------------------------------------------------- chunks

def cmd_chunks(a):
    if a.size < 1:
        raise Failure("--size must be at least 1")
    docs = load_jsonl(a.prefix + ".jsonl")
    gold = load_json(a.prefix + ".gold.json")
    os.makedirs(a.dst, exist_ok=True)
    n = a.size
    count = 0
    for ci in range(0, len(docs), n):
        part = docs[ci:ci + n]
        ids = {d["id"] for d in part}
        base = os.path.join(a.dst, f"c{ci // n:04d}")
        with open(base + ".jsonl", "w", encoding="utf-8") as f:
            for d in part:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        sub = {
            "about": gold["about"],
            "actors": gold["actors"],
            "documents": [d for d in gold["documents"] if d["id"] in ids],
            "events": [e for e in gold["events"] if set(e["docs"]) & ids],
            "must_not_assert": [m for m in gold["must_not_assert"] if set(m["docs"]) & ids],
        }
        with open(base + ".gold.json", "w", encoding="utf-8") as f:
            json.dump(sub, f, ensure_ascii=False)
        count += 1
    print(f"{count} chunks of up to {n} articles ({len(docs)} articles) in {a.dst}")
    stale = []
    for p in sorted(glob.glob(os.path.join(a.dst, "c*.jsonl"))):
        m = re.fullmatch(r"c(\d+)\.jsonl", os.path.basename(p))
        if m and int(m.group(1)) >= count:
            stale.append(os.path.basename(p))
    if stale:
        print(f"warning: {len(stale)} older chunk file(s) in {a.dst} not from this split "
              f"(score would read them): {' '.join(stale[:10])}{' ...' if len(stale) > 10 else ''}",
              file=sys.stderr)
    return 0


# ---------------------------------------------------------------- scorer

def run_scorer(scorer, binary, prefix):
    """Runs the scorer on PREFIX; returns (result dict, its JSON text, None) or (None, None, error)."""
    try:
        p = subprocess.run([scorer, binary, prefix, "--json"], capture_output=True, text=True)
    except OSError as e:
        return None, None, f"cannot run {scorer}: {e}"
    lines = [l.strip() for l in p.stderr.splitlines() if l.strip()]
    errs = [l for l in lines if re.search(r"error|invalid|denied|no such|not found|cannot", l, re.I)]
    tail = " | ".join(errs[:2] or lines[-3:])
    if p.returncode != 0:
        return None, None, f"scorer exit status {p.returncode}" + (f": {tail}" if tail else "")
    try:
        r = json.loads(p.stdout)
        for k in TOTAL_KEYS + ("core_relaxed",):
            for f in ("tp", "fp", "fn", "missed", "wrong"):
                r[k][f]
        r["must_not_assert_violations"]
    except (ValueError, KeyError, TypeError) as e:
        return None, None, f"scorer output is not the expected JSON ({type(e).__name__}: {e})" + \
            (f"; stderr: {tail}" if tail else "")
    return r, p.stdout, None


def check_scorer(scorer, binary):
    if not os.access(scorer, os.X_OK):
        raise Failure(f"scorer not found or not executable: {scorer} (use --scorer)")
    if not os.access(binary, os.X_OK):
        raise Failure(f"binary not found or not executable: {binary}")


def f1(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0
    r = tp / (tp + fn) if tp + fn else 0
    return 2 * p * r / (p + r) if p + r else 0


def cmd_score(a):
    binary = os.path.abspath(a.bin)
    check_scorer(a.scorer, binary)
    if a.jobs < 1:
        raise Failure("--jobs must be at least 1")
    chunks = [p[:-len(".jsonl")] for p in sorted(glob.glob(os.path.join(a.chunkdir, "*.jsonl")))]
    if not chunks:
        raise Failure(f"no *.jsonl chunks in {a.chunkdir}")
    out = os.path.normpath(a.out)
    os.makedirs(out, exist_ok=True)

    def one(prefix):
        return prefix, run_scorer(a.scorer, binary, prefix)

    results, failed = {}, []
    with concurrent.futures.ThreadPoolExecutor(max_workers=a.jobs) as ex:
        for prefix, (r, raw, err) in ex.map(one, chunks):
            name = os.path.basename(prefix)
            dest = os.path.join(out, name + ".json")
            if err:
                failed.append(name)
                print(f"FAILED {name}: {err}", file=sys.stderr)
                if os.path.exists(dest):
                    os.remove(dest)
                continue
            with open(dest, "w", encoding="utf-8") as f:
                f.write(raw)
            results[name] = r

    totals = {k: [0, 0, 0] for k in TOTAL_KEYS}
    miss, wrong, viol = [], [], []
    for name in sorted(results):
        r = results[name]
        for k in TOTAL_KEYS:
            s = r[k]
            totals[k][0] += s["tp"]
            totals[k][1] += s["fp"]
            totals[k][2] += s["fn"]
        s = r["core_strict"]
        miss += s["missed"]
        wrong += [f"{w['action']} {w['node']} {w['date']}" for w in s["wrong"]]
        viol += r["must_not_assert_violations"]
    for k, (tp, fp, fn) in totals.items():
        print(f"{k} F {f1(tp, fp, fn):.4f} tp {tp} fp {fp} fn {fn}")
    print("viol", len(viol))
    for ext, items in (("missed", miss), ("wrong", wrong), ("viol", viol)):
        with open(f"{out}.{ext}", "w", encoding="utf-8") as f:
            f.write("\n".join(sorted(items)) + "\n")
    if failed:
        print(f"{len(failed)} of {len(chunks)} chunks FAILED ({' '.join(failed)}); "
              f"the totals above leave them out", file=sys.stderr)
        return 1
    print(f"{len(chunks)} chunks scored; results in {out}/, lists in {out}.missed, .wrong, .viol",
          file=sys.stderr)
    return 0


# ---------------------------------------------------------------- missed

def cmd_missed(a):
    binary = os.path.abspath(a.bin)
    check_scorer(a.scorer, binary)
    r, _, err = run_scorer(a.scorer, binary, a.prefix)
    if err:
        raise Failure(f"{a.prefix}: {err}")
    g = load_json(a.prefix + ".gold.json")
    ev = {e["id"]: e for e in g["events"]}
    k = "extended_strict" if a.ext else "core_strict"
    rel = set(r["core_relaxed"]["missed"])
    for m in r[k]["missed"]:
        e = ev.get(m)
        if e is None:
            print(f"{m} (not in {a.prefix}.gold.json)")
            continue
        who = e.get("participants") or [e.get("agent"), e.get("recipient")]
        date_only = "(date only)" if not a.ext and m not in rel else ""
        print(f"{m} {e['action']} {[w[0] if w else None for w in who]} {e['date']} {date_only}\n"
              f"    {(e.get('evidence') or '')[:300]}")
    print("violations:", r["must_not_assert_violations"])
    return 0


# ---------------------------------------------------------------- merge

def cmd_merge(a):
    base = a.into
    problems = []
    g = load_json(base + ".gold.json")
    lines = read_text(base + ".jsonl").rstrip("\n").split("\n")
    art_ids = {}   # article id -> where it comes from
    for n, l in enumerate(lines, 1):
        try:
            art_ids[json.loads(l)["id"]] = base + ".jsonl"
        except (ValueError, KeyError, TypeError) as e:
            raise Failure(f"{base}.jsonl:{n}: {e}")
    doc_ids = {d["id"]: base + ".gold.json" for d in g["documents"]}
    ev_ids = {e["id"]: base + ".gold.json" for e in g["events"]}

    batches = []
    for d in a.dirs:
        jl, gl = os.path.join(d, "corpus.jsonl"), os.path.join(d, "corpus.gold.json")
        try:
            arts = load_jsonl(jl)
            bg = load_json(gl)
        except Failure as e:
            problems.append(str(e))
            continue
        missing = [k for k in ("actors", "documents", "events", "must_not_assert") if k not in bg]
        if missing:
            problems.append(f"{gl}: no {', '.join(missing)}")
            continue
        mine = set()
        for o in arts:
            i = o.get("id") if isinstance(o, dict) else None
            if i is None:
                problems.append(f"{jl}: an article without an id")
            elif i in art_ids:
                problems.append(f"{jl}: article id {i} is already in {art_ids[i]}")
            else:
                art_ids[i] = jl
            mine.add(i)
        def claim(seen, i, what):
            """Record id `i` as the batch's own, or note where it already was."""
            if i in seen:
                problems.append(f"{gl}: {what} id {i} is already in {seen[i]}")
            else:
                seen[i] = gl

        bdocs = set()
        for doc in bg["documents"]:
            claim(doc_ids, doc.get("id"), "document")
            bdocs.add(doc.get("id"))
        if bdocs != mine:
            if mine - bdocs:
                problems.append(f"{gl}: no gold document for article(s) {' '.join(sorted(map(str, mine - bdocs)))}")
            if bdocs - mine:
                problems.append(f"{gl}: gold document(s) {' '.join(sorted(map(str, bdocs - mine)))} "
                                f"not among the batch's articles")
        for e in bg["events"]:
            claim(ev_ids, e.get("id"), "event")
        for kind in ("events", "must_not_assert"):
            for n, e in enumerate(bg[kind]):
                what = e.get("id") or f"{kind}[{n}]"
                docs = e.get("docs")
                if not docs:
                    problems.append(f"{gl}: {what} has no docs")
                for x in docs or []:
                    if x not in mine:
                        problems.append(f"{gl}: {what} names doc {x}, which is not an article of this batch")
        batches.append((arts, bg))
    if problems:
        print(f"merge refused, nothing written ({len(problems)} problem(s)):", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        return 1

    added = 0
    for arts, bg in batches:
        for o in arts:
            lines.append(json.dumps(o, ensure_ascii=False))
            added += 1
        for k, v in bg["actors"].items():
            if k in g["actors"]:
                old = g["actors"][k]
                names = old["names"]
                for n in v.get("names", []):
                    if n not in names:
                        names.append(n)
                if old.get("qid") is None and v.get("qid"):
                    old["qid"] = v["qid"]
            else:
                g["actors"][k] = v
        g["documents"] += bg["documents"]
        g["events"] += bg["events"]
        g["must_not_assert"] += bg["must_not_assert"]
    tmps = []
    try:
        for path, text in ((base + ".jsonl", "\n".join(lines) + "\n"),
                           (base + ".gold.json", json.dumps(g, ensure_ascii=False, indent=1) + "\n")):
            fd, tmp = tempfile.mkstemp(dir=os.path.dirname(os.path.abspath(path)),
                                       prefix=os.path.basename(path) + ".", suffix=".tmp")
            tmps.append((tmp, path))
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(text)
                f.flush()
                os.fsync(f.fileno())
            os.chmod(tmp, os.stat(path).st_mode & 0o7777)
        for tmp, path in tmps:
            os.replace(tmp, path)
    finally:
        for tmp, _ in tmps:
            if os.path.exists(tmp):
                os.remove(tmp)
    print(f"merged {added} articles from {len(batches)} batch(es) into {base}.jsonl and {base}.gold.json")
    return 0


# ---------------------------------------------------------------- main

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                 epilog="Run with no arguments or read the top of this file for the manual.")
    sub = ap.add_subparsers(dest="cmd", metavar="{chunks,score,missed,merge}")

    p = sub.add_parser("chunks", help="split a corpus into chunks of N articles")
    p.add_argument("prefix", metavar="PREFIX")
    p.add_argument("dst", metavar="DST")
    p.add_argument("--size", type=int, default=10, metavar="N")
    p.set_defaults(func=cmd_chunks)

    p = sub.add_parser("score", help="score every chunk in parallel and sum")
    p.add_argument("bin", metavar="BIN")
    p.add_argument("chunkdir", metavar="CHUNKDIR")
    p.add_argument("out", metavar="OUT")
    p.add_argument("--jobs", type=int, default=2, metavar="J")
    p.add_argument("--scorer", default=DEFAULT_SCORER, metavar="PATH")
    p.set_defaults(func=cmd_score)

    p = sub.add_parser("missed", help="list the missed gold events of one corpus or chunk")
    p.add_argument("prefix", metavar="PREFIX")
    p.add_argument("bin", metavar="BIN")
    p.add_argument("--ext", action="store_true", help="extended_strict instead of core_strict")
    p.add_argument("--scorer", default=DEFAULT_SCORER, metavar="PATH")
    p.set_defaults(func=cmd_missed)

    p = sub.add_parser("merge", help="check batches and append them to the corpus")
    p.add_argument("dirs", nargs="+", metavar="DIR")
    p.add_argument("--into", default=DEFAULT_CORPUS, metavar="PREFIX")
    p.set_defaults(func=cmd_merge)

    a = ap.parse_args(argv)
    if not a.cmd:
        print(__doc__)
        return 2
    try:
        return a.func(a)
    except Failure as e:
        print(f"error: {e}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())

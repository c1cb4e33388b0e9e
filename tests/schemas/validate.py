#!/usr/bin/env python3
"""Validates every data file under lib/data against its JSON Schema in schemas/,
the example and fixture corpora against the corpus-line schema, and a graph the
CLI writes against the output schema.  usage: validate.py DIPLOGRAPH_BIN"""
import json, pathlib, subprocess, sys, tempfile
import jsonschema

root = pathlib.Path(__file__).resolve().parents[2]
bin_ = sys.argv[1]
schemas = root / "schemas"
failures = 0
checked = 0

def schema(name):
    s = json.loads((schemas / name).read_text())
    jsonschema.Draft202012Validator.check_schema(s)
    return jsonschema.Draft202012Validator(s)

def check(validator, instance, where):
    global failures, checked
    checked += 1
    errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.path))
    for e in errors[:5]:
        print(f"{where}: {'/'.join(map(str, e.path))}: {e.message}")
    failures += bool(errors)

data = root / "lib" / "data"
mapping = {
    "rules/actions.json": "actions.schema.json",
    "rules/actors.json": "actors.schema.json",
    "text/segmentation.json": "segmentation.schema.json",
    "text/normalize.json": "normalize.schema.json",
}
if (schemas / "temporal.schema.json").exists():
    for f in (data / "dates").glob("*.json"):
        mapping[str(f.relative_to(data))] = "temporal.schema.json"
if (schemas / "lexicon.schema.json").exists():
    for f in (data / "lexicon").rglob("*.json"):
        mapping[str(f.relative_to(data))] = "lexicon.schema.json"
    mapping_extra = [root / "tests/fixtures/lexicon/mini.json"]
else:
    mapping_extra = []
for rel, sch in sorted(mapping.items()):
    check(schema(sch), json.loads((data / rel).read_text()), f"lib/data/{rel}")
for f in mapping_extra:
    check(schema("lexicon.schema.json"), json.loads(f.read_text()), str(f.relative_to(root)))

line_schema = schema("corpus-line.schema.json")
for corpus in [root / "examples/articles/articles.jsonl", *sorted((root / "tests/fixtures").rglob("corpus.jsonl"))]:
    for n, line in enumerate(corpus.read_text().splitlines(), 1):
        if line.strip():
            check(line_schema, json.loads(line), f"{corpus.relative_to(root)}:{n}")

with tempfile.TemporaryDirectory() as tmp:
    out = pathlib.Path(tmp) / "g.jsonld"
    subprocess.run([bin_, "extract", "--quiet", "-o", str(out), str(root / "examples/articles/articles.jsonl")], check=True)
    graph = json.loads(out.read_text())
    check(schema("graph.schema.json"), graph, "extract output")
    if not any("evidence" in n for n in graph["@graph"]):
        print("extract output: no events at all")
        failures += 1

print(f"{checked - failures} passed, {failures} failed")
sys.exit(1 if failures else 0)

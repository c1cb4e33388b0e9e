#!/usr/bin/env bash
# A real SPARQL engine as referee: the same questions asked through
# 'diplograph query' (over the JSON-LD graph) and through roqet (Rasqal,
# over the exported N-Triples) must give the same answers.
source "$(dirname "$0")/common.sh"
need roqet "$py"
"$bin" export "$graph" --to ntriples -o "$tmp/g.nt" 2>/dev/null
prefixes='PREFIX dg: <https://w3id.org/diplograph/ns#>
PREFIX schema: <http://schema.org/>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>'
asserted='OPTIONAL { ?e dg:factuality ?f } FILTER(!BOUND(?f) || ?f = "asserted")'
fails=0
# ask NAME 'SPARQL SELECT ...' DIPLOGRAPH-QUERY-ARGS...: the SPARQL answer's
# columns are compared with as many first columns of diplograph's (the
# pattern's variables), as sets of distinct rows.
ask() {
  local name=$1 sparql=$2
  shift 2
  roqet -q -r csv -D "$tmp/g.nt" -e "$prefixes
$sparql" > "$tmp/$name.sparql.csv"
  "$bin" query "$graph" "$@" --format csv > "$tmp/$name.dg.csv"
  if "$py" - "$tmp/$name.sparql.csv" "$tmp/$name.dg.csv" "$name" <<'PY'
import csv, sys
def rows(path, k=None):
    with open(path, newline="", encoding="utf-8") as f:
        r = list(csv.reader(f))
    k = k or len(r[0])
    return k, {tuple(x[:k]) for x in r[1:] if x}
k, s = rows(sys.argv[1])
_, d = rows(sys.argv[2], k)
print(f"{sys.argv[3]}: SPARQL {len(s)} answers, diplograph {len(d)}")
for x in sorted(s - d): print("  only SPARQL:", x)
for x in sorted(d - s): print("  only diplograph:", x)
sys.exit(0 if s == d and s else 1)
PY
  then :; else echo "FAIL: $name"; fails=$((fails + 1)); fi
}

ask congratulated "SELECT DISTINCT ?a ?b WHERE {
  ?e a dg:Congratulate ; schema:agent ?ai ; schema:recipient ?bi .
  ?ai schema:name ?a . ?bi schema:name ?b . $asserted }" \
  '(?a)-[congratulate]->(?b)' --asserted

ask met_xi_april_2024 "SELECT DISTINCT ?x WHERE {
  ?e a dg:Meet ; schema:participant ?xi, ?o ;
     sem:hasEarliestBeginTimeStamp ?s ; sem:hasLatestEndTimeStamp ?l .
  ?xi schema:name \"Xi Jinping\" . ?o schema:name ?x . FILTER(?o != ?xi)
  FILTER(?s <= \"2024-04-30\"^^xsd:date && ?l >= \"2024-04-01\"^^xsd:date)
  $asserted }" \
  '(Xi)-[meet]-(?x)' --from 2024-04-01 --to 2024-04-30 --asserted

ask withheld_from_biden "SELECT DISTINCT ?a WHERE {
  ?e a dg:WithholdRecognition ; schema:agent ?ai ; schema:recipient ?bi .
  ?bi schema:name \"Joe Biden\" . ?ai schema:name ?a . $asserted }" \
  '(?a)-[withhold_recognition]->(Biden)' --asserted

ask putin_acts_on "SELECT DISTINCT ?x WHERE {
  { ?e schema:agent ?p ; schema:recipient ?o } UNION { ?e schema:participant ?p, ?o FILTER(?o != ?p) }
  ?o schema:name ?x .
  ?p schema:sameAs <http://www.wikidata.org/entity/Q7747> . }" \
  '(Q7747)-[*]->(?x)'

[[ $fails == 0 ]] || exit 1
echo "ok"

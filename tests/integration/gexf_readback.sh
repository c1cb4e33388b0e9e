#!/usr/bin/env bash
# GEXF parsed as XML (and by NetworkX's GEXF reader): dated edges carry start/end.
source "$(dirname "$0")/common.sh"
need "$py"
"$bin" export "$graph" --to gexf -o "$tmp/g.gexf" 2>/dev/null
"$py" - "$tmp/g.gexf" <<'PY'
import sys, xml.etree.ElementTree as ET
ns = {"g": "http://www.gexf.net/1.2draft"}
root = ET.parse(sys.argv[1]).getroot()
graph = root.find("g:graph", ns)
assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
nodes = {n.get("id") for n in root.iterfind(".//g:node", ns)}
edges = list(root.iterfind(".//g:edge", ns))
dated = [e for e in edges if e.get("start")]
print(len(nodes), "nodes,", len(edges), "edges,", len(dated), "dated")
assert edges and dated
for e in edges:
    assert e.get("source") in nodes and e.get("target") in nodes
    assert e.get("label")
for e in dated:
    assert e.get("start") <= e.get("end")
try:
    import networkx as nx
    g = nx.read_gexf(sys.argv[1])
    print("networkx:", g.number_of_nodes(), "nodes", g.number_of_edges(), "edges")
    # NetworkX adds "mutual" (symmetric) edges both ways.
    mutual = sum(1 for e in edges if e.get("type") == "mutual")
    assert g.number_of_edges() == len(edges) + mutual, (g.number_of_edges(), len(edges), mutual)
except ImportError:
    pass
print("ok")
PY

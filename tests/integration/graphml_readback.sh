#!/usr/bin/env bash
# GraphML in its three views read back by NetworkX.
source "$(dirname "$0")/common.sh"
need "$py"
"$py" -c 'import networkx' 2>/dev/null || { echo "FAIL: python3-networkx is not installed"; exit 1; }
for view in actors weighted events; do
  "$bin" export "$graph" --to graphml --view "$view" -o "$tmp/$view.graphml" 2>/dev/null
done
"$py" - "$tmp" <<'PY'
import sys, networkx as nx
d = sys.argv[1]
a = nx.read_graphml(d + "/actors.graphml")
w = nx.read_graphml(d + "/weighted.graphml")
e = nx.read_graphml(d + "/events.graphml")
print("actors view:", a.number_of_nodes(), "nodes", a.number_of_edges(), "edges")
print("weighted view:", w.number_of_edges(), "edges, total weight", sum(x["weight"] for _, _, x in w.edges(data=True)))
print("events view:", e.number_of_nodes(), "nodes", e.number_of_edges(), "edges")
assert a.number_of_edges() > 5
for _, _, x in a.edges(data=True):
    for k in ("label", "action", "cameo", "plover", "event"):
        assert k in x, (k, x)
    assert x["event"].startswith("https://w3id.org/diplograph/id/event/")
assert sum(x["weight"] for _, _, x in w.edges(data=True)) == a.number_of_edges()
assert w.number_of_edges() <= a.number_of_edges()
assert any(n.startswith("event:") for n in e.nodes)
assert {x["role"] for _, _, x in e.edges(data=True)} >= {"agent", "recipient", "participant"}
names = {x.get("label") for _, x in a.nodes(data=True)}
assert "Vladimir Putin" in names and "Joe Biden" in names
print("ok")
PY

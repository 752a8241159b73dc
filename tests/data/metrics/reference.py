"""Reference metrics for tests/analysis.rs, computed independently with networkx.

Reads the built-in dataset (assets/japan-central-asia.json) and builds the graph the way
issue 15 defines it, without Bridges' code: one node per actor drawn on the map (states,
forums, regions, context actors, and any actor a tie starts or ends at); an undirected
edge between two actors for each tie joining them as drawn (a tie with a forum (`via`)
joins the forum and each party, any other its `from` and each `to`), weighted by how many
ties do. Writes reference.json beside this file:

  betweenness: networkx.betweenness_centrality(G, normalized=True) (unweighted)
  eigenvector: networkx.eigenvector_centrality(G, weight="weight", tol=1e-12, max_iter=10000)
  ties, partners: counted here.

Two views: every tie, and visits only (the `--kinds visit` filter).
Run: python3 tests/data/metrics/reference.py  (networkx 3.6.1 was used)
"""
import json
import os
import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
ds = json.load(open(os.path.join(ROOT, "assets/japan-central-asia.json"), encoding="utf-8"))

def view(kinds=None):
    ties = [t for t in ds["ties"] if kinds is None or t["kind"] in kinds]
    endpoints = set()
    for t in ds["ties"]:
        endpoints.add(t["from"])
        endpoints.update(t["to"])
        if t.get("via"):
            endpoints.add(t["via"])
    on_map = {"state", "forum", "region", "context"}
    nodes = sorted(a["id"] for a in ds["actors"] if a["kind"] in on_map or a["id"] in endpoints)
    G = nx.Graph()
    G.add_nodes_from(nodes)
    count = {n: 0 for n in nodes}
    for t in ties:
        parties = [t["from"]] + t["to"]
        if t.get("via"):
            pairs = [(t["via"], p) for p in parties]
        else:
            pairs = [(t["from"], x) for x in t["to"]]
        touched = set()
        for a, b in pairs:
            if a == b or a not in count or b not in count:
                continue
            w = G[a][b]["weight"] + 1 if G.has_edge(a, b) else 1
            G.add_edge(a, b, weight=w)
            touched.update([a, b])
        for n in touched:
            count[n] += 1
    bc = nx.betweenness_centrality(G, normalized=True)
    ev = nx.eigenvector_centrality(G, weight="weight", tol=1e-12, max_iter=10000)
    return {n: {"ties": count[n], "partners": G.degree(n), "betweenness": bc[n], "eigenvector": ev[n]} for n in nodes}

out = {"networkx": nx.__version__, "all": view(), "visits": view({"visit"})}
json.dump(out, open(os.path.join(HERE, "reference.json"), "w"), indent=1, sort_keys=True)
print("wrote", os.path.join(HERE, "reference.json"), len(out["all"]), "actors")

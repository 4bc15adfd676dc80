"""The partnership network of companies: who works with whom, and the most connected.

python examples/partnership_network.py out
"""

from __future__ import annotations

import argparse
import sys

import networkx as nx

import unionkg


def main(path: str) -> None:
    graph = unionkg.load(path)
    partners = graph.to_networkx(relations={"partneredWith"}).to_undirected()
    companies = nx.Graph(
        partners.subgraph(n for n, d in partners.nodes(data=True) if d["type"] == "Company")
    )
    companies.remove_nodes_from([n for n in list(companies) if companies.degree(n) == 0])
    print(f"{companies.number_of_nodes()} companies, {companies.number_of_edges()} partnerships")
    for group in sorted(nx.connected_components(companies), key=len, reverse=True):
        names = sorted(companies.nodes[n]["label"] for n in group)
        print(f"- {len(names)}: " + " — ".join(names))
    labels = nx.get_node_attributes(companies, "label")
    ranked = sorted(companies.degree, key=lambda item: (-item[1], labels[item[0]]))
    for node, degree in ranked[:5]:
        print(f"{companies.nodes[node]['label']}: {degree} partner(s)")


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", help="a build directory (unionkg build -o), a store or an RDF file")
    return parser.parse_args()


if __name__ == "__main__":
    arguments = _arguments()
    try:
        main(arguments.path)
    except unionkg.UnionKGError as error:
        sys.exit(f"error: {error}")

"""The union hierarchy under a town's federation of trade unions (its 总工会).

python examples/federation_hierarchy.py out 瑞安市
"""

from __future__ import annotations

import argparse
import sys

import networkx as nx

import unionkg


def main(path: str, town: str) -> None:
    graph = unionkg.load(path)
    place = graph.find(town, type="Town")
    federations = [
        union
        for relation, union in graph.neighbours(place, "locatedIn")
        if union.type == "Union" and union.label.endswith("总工会")
    ]
    if not federations:
        sys.exit(f"no federation of trade unions located in {place.label}")
    # subOrganizationOf points from the member to its parent: reverse it to walk down
    tree = graph.to_networkx(relations={"subOrganizationOf"}).reverse()
    for federation in federations:
        for member, depth in sorted(
            nx.single_source_shortest_path_length(tree, federation.iri).items(),
            key=lambda item: (item[1], tree.nodes[item[0]]["label"]),
        ):
            node = tree.nodes[member]
            print("  " * depth + f"{node['label']} ({node['type']})")


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", help="a build directory (unionkg build -o), a store or an RDF file")
    parser.add_argument("town", help="a town, county or city as the graph names it: 瑞安市")
    return parser.parse_args()


if __name__ == "__main__":
    arguments = _arguments()
    try:
        main(arguments.path, arguments.town)
    except unionkg.UnionKGError as error:
        sys.exit(f"error: {error}")

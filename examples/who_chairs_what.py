"""Who chairs what: every organization with its chair, and what else each chair holds.

python examples/who_chairs_what.py out        # a build directory (or an RDF file)
"""

from __future__ import annotations

import argparse
import sys

import unionkg


def main(path: str) -> None:
    graph = unionkg.load(path)
    g = graph.to_networkx(relations={"chairedBy", "holdsPosition"})
    for org, official, data in sorted(
        g.edges(data=True), key=lambda e: (g.nodes[e[1]]["label"], g.nodes[e[0]]["label"])
    ):
        if data["relation"] != "chairedBy":
            continue
        other = [
            f"{d['titles'] or '?'} @ {g.nodes[o]['label']}"
            for _, o, d in g.out_edges(official, data=True)
            if d["relation"] == "holdsPosition"
        ]
        line = f"{g.nodes[official]['label']} chairs {g.nodes[org]['label']}"
        print(line + (f" (also: {'; '.join(sorted(other))})" if other else ""))


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

"""Every analysis at once: :func:`analyze` a graph, print it (:func:`format_analysis`), or write
it as JSON and CSV (:func:`write_analysis`). ``unionkg analyze`` is these three functions.
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..errors import OutputError
from .api import Graph
from .metrics import (
    CENTRALITY_MEANING,
    Row,
    centrality,
    communities,
    coverage,
    flatten,
    hierarchy,
    multi_post_officials,
    partnership_clusters,
    top,
    unions_per_place,
)

__all__ = ["CSV_FILES", "Analysis", "analyze", "format_analysis", "write_analysis"]


@dataclass
class Analysis:
    """What :func:`analyze` found; every field is plain rows, ready for JSON."""

    stats: dict[str, dict[str, int]]
    centrality: list[Row] = field(default_factory=list)
    hierarchy: list[Row] = field(default_factory=list)
    unions_per_place: list[Row] = field(default_factory=list)
    multi_post_officials: list[Row] = field(default_factory=list)
    partnership_clusters: list[Row] = field(default_factory=list)
    communities: list[Row] = field(default_factory=list)
    coverage: dict[str, list[Row]] = field(default_factory=dict)

    def top(self, measure: str, n: int = 10) -> list[Row]:
        """The ``n`` organizations and officials highest on ``measure``."""
        return top(self.centrality, measure, n)


def _stats(graph: Graph) -> dict[str, dict[str, int]]:
    nodes = Counter(node.type for node in graph.kg.nodes.values())
    edges = Counter(edge.type for edge in graph.kg.edges)
    return {
        "articles": {"total": len(graph.kg.articles)},
        "nodes": dict(sorted(nodes.items())),
        "edges": dict(sorted(edges.items())),
    }


def analyze(graph: Graph, *, seed: int = 42) -> Analysis:
    """Run every analysis over ``graph`` (Louvain seeded with ``seed``).

    >>> from unionkg.model import KnowledgeGraph
    >>> analyze(Graph(KnowledgeGraph())).centrality
    []
    """
    return Analysis(
        stats=_stats(graph),
        centrality=centrality(graph),
        hierarchy=hierarchy(graph),
        unions_per_place=unions_per_place(graph),
        multi_post_officials=multi_post_officials(graph),
        partnership_clusters=partnership_clusters(graph),
        communities=communities(graph, seed=seed),
        coverage=coverage(graph),
    )


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def table(rows: Sequence[Row], columns: Sequence[str], limit: int | None = None) -> str:
    """Rows as an aligned text table (Chinese characters count two columns).

    >>> print(table([{"label": "启衡总工会", "degree": 3}], ["label", "degree"]))
    label       degree
    启衡总工会  3
    """
    shown = list(rows[:limit] if limit else rows)
    cells = [[str(c) for c in columns]] + [[str(r.get(c, "")) for c in columns] for r in shown]
    widths = [max(_width(line[i]) for line in cells) for i in range(len(columns))]
    lines = [
        "  ".join(cell + " " * (w - _width(cell)) for cell, w in zip(line, widths, strict=True))
        for line in cells
    ]
    if limit and len(rows) > limit:
        lines.append(f"… and {len(rows) - limit} more")
    return "\n".join(line.rstrip() for line in lines)


def _tree_lines(forest: list[Row], limit: int) -> list[str]:
    lines = []
    for row in flatten(forest):
        lines.append("  " * row["depth"] + ("└ " if row["depth"] else "") + row["label"])
    return lines[:limit] + ([f"… and {len(lines) - limit} more"] if len(lines) > limit else [])


def format_analysis(analysis: Analysis, limit: int = 10) -> str:
    """The analysis as text, ``limit`` rows a table (as ``unionkg analyze`` prints it)."""
    out = io.StringIO()

    def section(title: str, body: str) -> None:
        out.write(f"== {title}\n{body or '(none)'}\n\n")

    nodes = ", ".join(f"{n} {t}" for t, n in analysis.stats["nodes"].items()) or "none"
    edges = ", ".join(f"{n} {r}" for r, n in analysis.stats["edges"].items()) or "none"
    section("graph", f"entities: {nodes}\nrelations: {edges}")
    for measure, meaning in CENTRALITY_MEANING.items():
        rows = analysis.top(measure, limit)
        body = table(rows, ["label", "type", measure]) if rows else ""
        section(f"most central by {measure}: {meaning}", body)
    section("union hierarchy (subOrganizationOf)", "\n".join(_tree_lines(analysis.hierarchy, 40)))
    places = sorted(analysis.unions_per_place, key=lambda r: (-r["total"], r["path"]))
    section(
        "unions per place (total includes the places under it)",
        table(places, ["place", "level", "direct", "total", "path"], limit * 2),
    )
    section(
        "officials holding several posts",
        table(analysis.multi_post_officials, ["official", "organizations", "posts"], limit),
    )
    section(
        "partnership clusters (partneredWith)",
        table(analysis.partnership_clusters, ["cluster", "size", "members"], limit),
    )
    section(
        "communities (Louvain, seeded)",
        table(analysis.communities, ["community", "size", "types", "members"], limit),
    )
    companies = analysis.coverage.get("companies", [])
    with_union = [r for r in companies if r["union"]]
    towns = analysis.coverage.get("towns_without_union", [])
    section(
        "coverage",
        f"companies with a union: {len(with_union)} of {len(companies)}\n"
        + table(with_union, ["company", "union"], limit)
        + f"\n\ntowns with no union in the corpus: {len(towns)}\n"
        + table(towns, ["town", "path"], limit),
    )
    return out.getvalue().rstrip() + "\n"


CSV_FILES = {
    "centrality.csv": ("label", "type", "degree", "betweenness", "pagerank", "iri"),
    "hierarchy.csv": ("depth", "label", "type", "parent"),
    "unions_per_place.csv": ("place", "level", "direct", "total", "path"),
    "multi_post_officials.csv": ("official", "organizations", "posts", "iri"),
    "partnership_clusters.csv": ("cluster", "size", "types", "members"),
    "communities.csv": ("community", "size", "types", "members"),
    "coverage_companies.csv": ("company", "union", "iri"),
    "coverage_towns.csv": ("town", "path", "iri"),
}
"""The CSV files :func:`write_analysis` writes, with their columns."""


def _csv_rows(analysis: Analysis, name: str) -> list[Row]:
    stem = name.removesuffix(".csv")
    if stem == "hierarchy":
        return flatten(analysis.hierarchy)
    if stem == "coverage_companies":
        return analysis.coverage.get("companies", [])
    if stem == "coverage_towns":
        return analysis.coverage.get("towns_without_union", [])
    rows: list[Row] = getattr(analysis, stem)
    return rows


def write_analysis(analysis: Analysis, out_dir: str | Path) -> list[Path]:
    """Write ``analysis.json`` and the :data:`CSV_FILES` into ``out_dir``; the paths written.

    The CSV files are UTF-8 with a byte order mark, which Excel needs to read them as UTF-8
    (Python's csv module and pandas read them with ``encoding="utf-8-sig"``)."""
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
        written = [out / "analysis.json"]
        document: dict[str, Any] = asdict(analysis)
        document["centrality_meaning"] = CENTRALITY_MEANING
        text = json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True)
        written[0].write_text(text + "\n", encoding="utf-8")
        for name, columns in CSV_FILES.items():
            # with a byte order mark: without it Excel reads UTF-8 as the local code page
            with open(out / name, "w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.DictWriter(handle, columns, extrasaction="ignore", lineterminator="\n")
                writer.writeheader()
                writer.writerows(_csv_rows(analysis, name))
            written.append(out / name)
    except OSError as exc:
        raise OutputError(f"{out}: cannot write the analysis there ({exc})") from exc
    return written

"""The analytics report: one self-contained HTML page with the tables and plots of
:func:`unionkg.analysis.analyze`.

The page loads nothing: its style is inline, its plots are SVG ``data:`` URLs (see
:mod:`unionkg.analysis.plots`) and its Content-Security-Policy allows nothing else. Every name
from the articles goes through Jinja2's autoescaping.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path
from typing import Any

import jinja2

from ..errors import OutputError
from .metrics import CENTRALITY_MEANING
from .plots import degree_plot, hierarchy_plot, places_plot
from .run import Analysis

__all__ = ["generate_report", "write_report"]


def _template() -> jinja2.Template:
    text = (files("unionkg.analysis") / "templates" / "report.html").read_text(encoding="utf-8")
    environment = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    return environment.from_string(text)


def generate_report(analysis: Analysis, source: str = "", *, seed: int = 42) -> Iterator[str]:
    """The report page as HTML text.

    >>> from unionkg.analysis import Graph, analyze
    >>> from unionkg.model import KnowledgeGraph, Node
    >>> town = Node("https://w3id.org/unionkg/id/t/1", "Town", "<b>启衡镇</b>")
    >>> page = "".join(generate_report(analyze(Graph(KnowledgeGraph({town.iri: town})))))
    >>> "&lt;b&gt;启衡镇&lt;/b&gt;" in page, "<b>启衡镇" in page
    (True, False)
    """
    companies = analysis.coverage.get("companies", [])
    context: dict[str, Any] = {
        "source": source,
        "seed": seed,
        "stats": analysis.stats,
        "meanings": CENTRALITY_MEANING,
        "tops": {measure: analysis.top(measure, 15) for measure in CENTRALITY_MEANING},
        "hierarchy": analysis.hierarchy,
        "places": sorted(analysis.unions_per_place, key=lambda r: r["path"]),
        "officials": analysis.multi_post_officials,
        "clusters": analysis.partnership_clusters,
        "communities": analysis.communities,
        "companies": companies,
        "with_union": [r for r in companies if r["union"]],
        "towns": analysis.coverage.get("towns_without_union", []),
        "plots": {
            "degree": degree_plot(analysis.centrality),
            "hierarchy": hierarchy_plot(analysis.hierarchy),
            "places": places_plot(analysis.unions_per_place),
        },
    }
    yield _template().render(context)


def write_report(
    analysis: Analysis, path: str | os.PathLike[str], source: str = "", *, seed: int = 42
) -> Path:
    """Write the report page to ``path`` atomically (a temporary file, then a rename)."""
    target = Path(path)
    text = "".join(generate_report(analysis, source, seed=seed))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        descriptor, name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        with open(descriptor, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.chmod(name, 0o644)
        os.replace(name, target)
    except OSError as exc:
        if "name" in locals():
            with contextlib.suppress(OSError):
                os.unlink(name)
        raise OutputError(
            f"{target}: cannot write the report there ({exc.strerror or exc})"
        ) from exc
    return target

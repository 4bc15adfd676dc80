"""The report's plots, drawn with matplotlib and returned as SVG ``data:`` URLs.

An SVG in an ``<img>`` runs no script and loads nothing, so names from articles cannot act in
it; its text stays text (``svg.fonttype = none``), so Chinese labels are drawn by the browser's
own fonts. The Agg backend is used: no display is needed.
"""

from __future__ import annotations

import base64
import io
import warnings
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt

from .metrics import Row, flatten

__all__ = ["degree_plot", "hierarchy_plot", "places_plot"]

_STYLE: dict[str, Any] = {
    "svg.fonttype": "none",
    "svg.hashsalt": "unionkg",  # stable ids: the same plot, the same bytes
    "font.family": ["sans-serif"],
    "font.sans-serif": ["Noto Sans CJK SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei",
                        "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "DejaVu Sans"],
    "font.size": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
}  # fmt: skip


@contextmanager
def _figure(width: float, height: float) -> Iterator[Any]:
    with plt.rc_context(_STYLE), warnings.catch_warnings():  # type: ignore[arg-type]
        # without a CJK font matplotlib warns of missing glyphs; the browser draws them anyway
        warnings.filterwarnings("ignore", message="Glyph .* missing from")
        warnings.filterwarnings("ignore", message="findfont")
        figure, axes = plt.subplots(figsize=(width, height))
        try:
            yield figure, axes
        finally:
            plt.close(figure)


def _data_url(figure: Any) -> str:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None})
    return "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def places_plot(rows: list[Row], n: int = 20) -> str:
    """Bar chart of the places with the most unions (rolled up), as an SVG data URL."""
    shown = sorted(rows, key=lambda r: (-r["total"], r["path"]))[:n][::-1]
    with _figure(7, max(2.0, 0.28 * len(shown) + 0.8)) as (figure, axes):
        labels = [f"{r['place']} ({r['level']})" for r in shown]
        axes.barh(labels, [r["total"] for r in shown], color="#4e79a7", label="with sub-places")
        axes.barh(labels, [r["direct"] for r in shown], color="#f28e2b", label="in the place")
        axes.set_xlabel("unions")
        axes.set_title(f"Unions per place (top {len(shown)})")
        axes.legend(loc="lower right", frameon=False)
        return _data_url(figure)


def degree_plot(rows: list[Row]) -> str:
    """Degree distribution of the organizations and officials, as an SVG data URL."""
    counts = Counter(r["degree"] for r in rows)
    with _figure(7, 3) as (figure, axes):
        degrees = sorted(counts)
        axes.bar([str(d) for d in degrees], [counts[d] for d in degrees], color="#59a14f")
        axes.set_xlabel("degree (ties to other organizations and officials)")
        axes.set_ylabel("nodes")
        axes.set_title("Degree distribution")
        return _data_url(figure)


Placed = tuple[Row, float, int]
Link = tuple[float, int, float, int]


def _layout(forest: list[Row]) -> tuple[list[Placed], list[Link]]:
    """Tidy tree positions: leaves side by side, a parent centred over its children."""
    nodes: list[Placed] = []
    links: list[Link] = []
    next_x = 0.0

    def place(tree: Row, depth: int) -> float:
        nonlocal next_x
        xs = [place(kid, depth + 1) for kid in tree["children"]]
        if xs:
            x = sum(xs) / len(xs)
        else:
            x, next_x = next_x, next_x + 1
        links.extend((x, depth, kid_x, depth + 1) for kid_x in xs)
        nodes.append((tree, x, depth))
        return x

    for tree in forest:
        place(tree, 0)
        next_x += 0.5
    return nodes, links


def hierarchy_plot(forest: list[Row], max_nodes: int = 32) -> str:
    """The union hierarchy (largest trees first, up to ``max_nodes``), as an SVG data URL."""
    chosen: list[Row] = []
    count = 0
    for tree in forest:
        size = len(flatten([tree]))
        if count + size > max_nodes and chosen:
            break
        chosen.append(tree)
        count += size
    nodes, links = _layout(chosen)
    width = max(4.0, 1.1 * (max((x for _, x, _ in nodes), default=0) + 1))
    depth = max((d for _, _, d in nodes), default=0) + 1
    with _figure(min(width, 18), 1.1 * depth + 0.6) as (figure, axes):
        for px, pd, x, d in links:
            axes.plot([px, x], [-pd, -d], color="#999999", linewidth=0.8, zorder=1)
        for tree, x, d in nodes:
            colour = "#e15759" if tree["type"] == "Union" else "#76b7b2"
            axes.scatter([x], [-d], s=40, color=colour, zorder=2)
            axes.annotate(tree["label"], (x, -d), xytext=(0, -9), textcoords="offset points",
                          ha="right", va="top", fontsize=7, rotation=35)  # fmt: skip
        axes.set_axis_off()
        axes.set_ylim(-depth + 0.2, 0.4)
        total = len(flatten(forest))
        axes.set_title(f"Union hierarchy (subOrganizationOf): {len(nodes)} of {total} nodes")
        return _data_url(figure)

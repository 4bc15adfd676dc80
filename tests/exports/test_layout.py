"""The explorer's layout: groups laid out as discs that do not overlap, the same every time."""

from __future__ import annotations

import itertools
import math

from unionkg.exports.explorer.layout import layout_graph


def _islands(count: int, size: int) -> list[tuple[int, int]]:
    """``count`` rings of ``size`` nodes, each ring tied to the next by one edge."""
    edges = []
    for ring in range(count):
        first = ring * size
        edges += [(first + i, first + (i + 1) % size) for i in range(size)]
        edges.append((first, ((ring + 1) % count) * size))
    return edges


def test_many_groups_get_discs_that_do_not_overlap() -> None:
    count, size = 400, 5
    layout = layout_graph(count * size, _islands(count, size))
    assert len(layout.centres) > 20  # Louvain joins neighbouring rings
    for (x1, y1, r1), (x2, y2, r2) in itertools.combinations(layout.centres, 2):
        assert math.dist((x1, y1), (x2, y2)) >= r1 + r2 - 2  # rounded to whole units


def test_the_layout_is_the_same_every_time() -> None:
    edges = _islands(60, 6)
    assert layout_graph(360, edges) == layout_graph(360, list(reversed(edges)))

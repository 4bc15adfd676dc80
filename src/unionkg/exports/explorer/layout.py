"""Groups and positions for the explorer, computed ahead so the page draws at once.

networkx's ``spring_layout`` took 28 s for 5,000 nodes; igraph's C routines do the same work in
well under a second. The graph is split into communities (Louvain, ``community_multilevel``),
communities are placed by a Fruchterman-Reingold layout of the graph of communities, pushed
apart until their discs no longer overlap, and each community is laid out on its own inside its
disc. So a community is a compact island the page can collapse into one node, and the cost grows
with the sum of the squares of the community sizes rather than with the whole graph's.

Communities smaller than ``MIN_GROUP`` (pairs, triples) are pooled by place. Nodes with no edge
at all (bylines, mostly) form a group of their own, set beside the rest, in rows, so the page can
keep them out of the way: they say nothing about the network and would crowd it. igraph draws
its random numbers from a ``random.Random`` with a fixed seed, so the same graph always gives the
same groups and positions.
"""

from __future__ import annotations

import contextlib
import math
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import igraph
import numpy as np
from scipy.spatial import cKDTree

__all__ = ["MIN_GROUP", "Layout", "layout_graph"]

MIN_GROUP = 4
_SPACING = 100.0  # canvas units per node, roughly: a node's share of its disc
_SEED = 7
_GAP = 1.08  # discs keep 8 % of their radii apart
_PAIRS_AT_ONCE = 500_000  # pairs of discs compared in one numpy operation


@dataclass(frozen=True, slots=True)
class Layout:
    """Where each node goes: ``group[i]`` (an index into ``centres``) and ``x[i]``, ``y[i]``."""

    group: list[int]
    x: list[int]
    y: list[int]
    centres: list[tuple[int, int, int]]  # x, y, radius of each group's disc
    mixed: int = -1  # the group of leftovers (nodes in no community and no place group), if any
    isolated: int = -1  # the group of the nodes with no edge, if any


@contextlib.contextmanager
def _seeded(seed: int) -> Iterator[None]:
    igraph.set_random_number_generator(random.Random(seed))
    try:
        yield
    finally:
        igraph.set_random_number_generator(random)


def _communities(
    graph: igraph.Graph, pools: Sequence[str], alone: set[int]
) -> tuple[list[list[int]], int]:
    """Louvain communities of the nodes not in ``alone``, the small ones pooled by ``pools[i]``
    (a place name or "").

    The second value is the index of the group of leftovers, ``-1`` when there is none.
    """
    found = graph.community_multilevel() if graph.ecount() else []
    groups: list[list[int]] = []
    small: dict[str, list[int]] = {}
    for members in found or [[i] for i in range(graph.vcount())]:
        members = [i for i in members if i not in alone]
        if len(members) >= MIN_GROUP:
            groups.append(sorted(members))
        else:
            for i in members:
                small.setdefault(pools[i], []).append(i)
    leftovers: list[int] = []
    for key in sorted(small):
        if len(small[key]) >= MIN_GROUP and key:
            groups.append(sorted(small[key]))
        else:
            leftovers.extend(small[key])
    groups.sort(key=lambda members: (-len(members), members[0]))
    if not leftovers:
        return groups, -1
    groups.append(sorted(leftovers))
    return groups, len(groups) - 1


def _place_discs(graph: igraph.Graph, group: list[int], radii: np.ndarray) -> np.ndarray:
    """Centres for the groups' discs: near the groups they link to, not overlapping."""
    count = len(radii)
    if count == 1:
        return np.zeros((1, 2))
    links = {
        (min(group[a], group[b]), max(group[a], group[b]))
        for a, b in graph.get_edgelist()
        if group[a] != group[b]
    }
    contracted = igraph.Graph(n=count, edges=sorted(links))
    centres = np.array(contracted.layout_fruchterman_reingold(niter=300).coords, dtype=float)
    centres *= 2.2 * float(radii.mean())
    for step in range(200):  # pull towards the middle, push overlapping discs apart
        if step < 100:
            centres *= 0.95
        moves = np.zeros_like(centres)
        for first, second in _near_pairs(centres, radii):
            delta = centres[first] - centres[second]
            distance = np.sqrt((delta**2).sum(axis=1))
            overlap = np.clip((radii[first] + radii[second]) * _GAP - distance, 0.0, None)
            push = delta / np.maximum(distance, 1.0)[:, None] * (overlap / 2)[:, None]
            np.add.at(moves, first, push)
            np.add.at(moves, second, -push)
        if step >= 100 and not moves.any():  # no disc overlaps another
            break
        centres += moves
    return centres


def _near_pairs(centres: np.ndarray, radii: np.ndarray) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Pairs of discs close enough that they might overlap, as two arrays of indexes, a slice
    at a time: every pair that does, once, without comparing every disc with every other (a
    k-d tree finds the pairs of ordinary discs; the few large ones are compared with all)."""
    large = radii > 4 * float(np.median(radii))
    ordinary = np.flatnonzero(~large)
    if len(ordinary) > 1:
        reach = 2 * _GAP * float(radii[ordinary].max())
        found = cKDTree(centres[ordinary]).query_pairs(reach, output_type="ndarray")
        for start in range(0, len(found), _PAIRS_AT_ONCE):
            part = found[start : start + _PAIRS_AT_ONCE]
            yield ordinary[part[:, 0]], ordinary[part[:, 1]]
    everyone = np.arange(len(radii))
    for disc in np.flatnonzero(large):  # with every disc after it and every ordinary one
        others = everyone[(everyone > disc) | (~large & (everyone != disc))]
        yield np.full(len(others), disc), others


def _rows(count: int) -> np.ndarray:
    """``count`` positions in rows, filling a disc of radius 1 around the origin."""
    side = math.ceil(math.sqrt(count))
    cells = np.array([(i % side, i // side) for i in range(count)], dtype=float)
    cells -= (side - 1) / 2
    return cells / (max(side - 1, 1) / 2 * math.sqrt(2))


def _inside(graph: igraph.Graph, members: list[int], radius: float) -> np.ndarray:
    """Positions of one group's members inside a disc of ``radius`` around the origin."""
    if len(members) == 1:
        return np.zeros((1, 2))
    sub = graph.induced_subgraph(members)
    coords = np.array(sub.layout_fruchterman_reingold(niter=100).coords, dtype=float)
    coords -= coords.mean(axis=0)
    extent = float(np.sqrt((coords**2).sum(axis=1)).max()) or 1.0
    return coords * (radius * 0.92 / extent)


def layout_graph(
    n_nodes: int, edges: Sequence[tuple[int, int]], pools: Sequence[str] | None = None
) -> Layout:
    """Group and place ``n_nodes`` nodes joined by ``edges`` (pairs of node indexes).

    >>> layout = layout_graph(4, [(0, 1), (1, 2), (2, 0), (2, 3)])
    >>> layout.group, len(layout.centres)
    ([0, 0, 0, 0], 1)
    >>> layout_graph(5, [(0, 1)]) == layout_graph(5, [(0, 1)])
    True
    >>> layout = layout_graph(6, [(0, 1), (1, 2), (2, 3), (3, 0)])  # 4 and 5 have no edge
    >>> layout.group, layout.isolated
    ([0, 0, 0, 0, 1, 1], 1)
    """
    if n_nodes == 0:
        return Layout([], [], [], [])
    graph = igraph.Graph(n=n_nodes, edges=sorted({(min(e), max(e)) for e in edges if e[0] != e[1]}))
    alone = [i for i, d in enumerate(graph.degree()) if d == 0] if graph.ecount() else []
    with _seeded(_SEED):
        groups, mixed = _communities(graph, pools or [""] * n_nodes, set(alone))
        isolated = len(groups) if alone else -1
        group = [0] * n_nodes
        for number, members in enumerate([*groups, alone]):
            for i in members:
                group[i] = number
        spacing = [_SPACING * (0.6 if n == mixed else 1.0) for n in range(len(groups))]
        radii = np.array([s * math.sqrt(len(m)) for s, m in zip(spacing, groups, strict=True)])
        centres = _place_discs(graph, group, radii) if groups else np.zeros((0, 2))
        xy = np.zeros((n_nodes, 2))
        for number, members in enumerate(groups):
            xy[members] = _inside(graph, members, float(radii[number])) + centres[number]
        if alone:  # beside the rest, on the right, level with its top
            radius = 0.5 * _SPACING * math.sqrt(len(alone))
            right = max((c[0] + r for c, r in zip(centres, radii, strict=True)), default=0.0)
            top = min((c[1] - r for c, r in zip(centres, radii, strict=True)), default=0.0)
            centre = np.array([[right + radius + 2 * _SPACING, top + radius]])
            xy[alone] = _rows(len(alone)) * radius * 0.92 + centre
            centres = np.vstack([centres, centre])
            radii = np.append(radii, radius)
            groups.append(alone)
    x = [round(float(v)) for v in xy[:, 0]]
    y = [round(float(v)) for v in xy[:, 1]]
    discs = [
        (round(float(cx)), round(float(cy)), round(float(r)))
        for (cx, cy), r in zip(centres, radii, strict=True)
    ]
    return Layout(group, x, y, discs, mixed, isolated)

"""Streets of an address: 位于某区某某路107号, 位于某镇某某南街的… — the street written right after
the places of an address is a place of its own, inside the last of them."""

from __future__ import annotations

import re

from .placehit import PlaceHit, PlaceScan

__all__ = ["add_address_streets", "past_office"]

# a street's name and kind, then a house number, 的 or the clause's end (not 与: a crossing of
# two roads, 甲路与乙路交叉口, says where a place is without making a road its place)
_STREET = re.compile(
    r"[\u4e00-\u9fff\d]{1,6}?[东南西北中]?(?:大街|大道|路|街|巷)(?=[\d０-９]|号|的|[，,。；;、])"
)
_ADDRESS = re.compile(r"(?:位于|坐落于|地处|地址[:：]?)\s*$")
# a street a workers' station on it is named after (某区某某路工会驿站, 某县某路户外劳动者驿站)
_STATION_STREET = re.compile(
    r"[\u4e00-\u9fff\d]{1,6}?[东南西北中]?(?:大街|大道|路|街)"
    r"(?=(?:工会|户外劳动者|职工)[\u4e00-\u9fff]{0,6}?驿站)"
)


def add_address_streets(scan: PlaceScan, hits: list[PlaceHit]) -> list[PlaceHit]:
    """``hits`` with the street written right after the places of an address (位于 甲区乙路3号):
    a place of the village level (within a town); a short form the gazetteer read at its head
    (乙 of 乙路, the name of a town) gives way to it.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> scan = PlaceScan("驿站位于思明区中华路107号", None, None, default_lexicon())
    >>> hit = PlaceHit(4, 7, "思明区", "思明区", "county")
    >>> [h.text for h in add_address_streets(scan, [hit])]
    ['思明区', '中华路']
    """
    out = list(hits)
    for i, hit in enumerate(hits):
        if hit not in out:
            continue  # a short form a street before took the place of
        m = _street_after(scan.text, hits, i)
        if m is None or _is_next_place(hits, i, m.end()):
            continue
        inner = [h for h in out if m.start() <= h.start < m.end()]
        if any(h.text == h.name for h in inner):
            continue  # 甲县乙镇丙街: the smaller place written in full first, the street after it
        out = [h for h in out if h not in inner]
        out.append(PlaceHit(m.start(), m.end(), m.group(), m.group(), "village"))
    return sorted(out, key=lambda h: (h.start, -h.end))


def _street_after(text: str, hits: list[PlaceHit], i: int) -> re.Match[str] | None:
    """The street written right after ``hits[i]``: in an address (位于 甲区乙路3号), or as the
    name of a workers' station on it (甲区乙路工会驿站); None if there is none.

    >>> text = "快递员走进了莲都区青禾路工会驿站"
    >>> _street_after(text, [PlaceHit(6, 9, "莲都区", "莲都区", "county")], 0).group()
    '青禾路'
    """
    start = past_office(text, hits[i])
    chain_start = _chain_start(hits, i)
    if _ADDRESS.search(text[max(0, chain_start - 6) : chain_start]):
        return _STREET.match(text, start)
    return _STATION_STREET.match(text, start)


def past_office(text: str, hit: PlaceHit) -> int:
    """Where a place inside a town may start after it: past the town's office written after
    it (位于某街道办事处某某路12号: the office's seat, the street still in the town)."""
    office = "办事处"
    if hit.level == "town" and text.startswith(office, hit.end):
        return hit.end + len(office)
    return hit.end


def _chain_start(hits: list[PlaceHit], i: int) -> int:
    """Where the run of places written back to back that ends with ``hits[i]`` starts."""
    while i > 0 and hits[i - 1].end == hits[i].start:
        i -= 1
    return hits[i].start


def _is_next_place(hits: list[PlaceHit], i: int, end: int) -> bool:
    """Whether a place the gazetteer knows runs past the street's end (the words are a
    longer place's name, not a street)."""
    return any(h.start < end < h.end for h in hits[i + 1 :])

"""Relations a name states by itself: an organization lies in the place its name begins with,
a place lies in its gazetteer parent, X公司工会 belongs to X公司."""

from __future__ import annotations

import itertools
import re

from .collect import Collector, sentence_of
from .entities import LEVEL_RANK, EntityTable
from .lexicon import Lexicon
from .orgs import OrgSpan
from .places import PlaceHit

__all__ = ["links_from_names"]


def links_from_names(out: Collector, table: EntityTable, places: list[PlaceHit],
                orgs: list[OrgSpan], lex: Lexicon) -> None:  # fmt: skip
    ents = table.entities
    # an organization lies in the most specific place its name (or the article) gives it
    for ent in list(ents.values()):
        place = ent.attributes.get("place")
        if place and place in ents and ent.type != "Town":
            m = ent.mentions[0]
            out.add(
                "locatedIn",
                ent.key,
                place,
                *sentence_of(table.text, m.start),
                "name-place/v1",
                out.confidence("name-place/v1"),
            )
    # a place lies in the nearest of its gazetteer ancestors the article names
    by_name = {e.name: e.key for e in ents.values() if e.type == "Town"}
    for ent in list(ents.values()):
        if ent.type != "Town":
            continue
        parents = [p for p in ent.attributes.get("parents", "").split("/") if p]
        m = ent.mentions[0]
        for parent in parents:
            if parent in by_name and by_name[parent] != ent.key:
                out.add("locatedIn", ent.key, by_name[parent], *sentence_of(table.text, m.start),
                        "gazetteer-parent/v1", out.confidence("gazetteer-parent/v1"))  # fmt: skip
                break
    # places written side by side: 瑞安市安阳街道 (the later one lies in the earlier one)
    for left, right in itertools.pairwise(places):
        if left.end != right.start:
            continue
        lk = table.place_for_hit.get((left.start, left.end))
        rk = table.place_for_hit.get((right.start, right.end))
        if not lk or not rk or lk == rk:
            continue
        if LEVEL_RANK.get(left.level, 5) < LEVEL_RANK.get(right.level, 5) and not _has_parent(
            out, rk
        ):
            out.add(
                "locatedIn",
                rk,
                lk,
                *sentence_of(table.text, left.start),
                "juxtaposed-places/v1",
                out.confidence("juxtaposed-places/v1"),
            )
    # a union named after an organization belongs to it: X公司工会 -> X公司
    heads: dict[str, str] = {}
    for ent in ents.values():
        if ent.type in {"Company", "Organization"}:
            for form in (ent.name, *ent.aliases):
                heads.setdefault(form, ent.key)
    for union in list(ents.values()):
        if union.type != "Union":
            continue
        owner = next(
            (
                heads[h]
                for form in (union.name, *union.aliases)
                if (h := _union_head(form)) in heads
            ),
            None,
        )
        if owner is None:
            continue
        where = sentence_of(table.text, union.mentions[0].start)
        rule = "company-union/v1"
        out.add("subOrganizationOf", union.key, owner, *where, rule, out.confidence(rule))
        place = ents[owner].attributes.get("place")
        if place in ents and not union.attributes.get("place"):
            # the union of a company lies where the company does
            union.attributes["place"] = place
            rule = "company-union-place/v1"
            out.add("locatedIn", union.key, place, *where, rule, out.confidence(rule))


_UNION_TAIL = re.compile(r"(?:工会委员会|工会联合会|联合工会|工会)$")


def _union_head(name: str) -> str:
    """What a union is the union of: 某某有限公司 in 某某有限公司工会 ('' if nothing)."""
    head = _UNION_TAIL.sub("", name)
    return head if head != name and len(head) >= 2 else ""


def _has_parent(out: Collector, key: str) -> bool:
    return any(r.type == "locatedIn" and r.subject == key for r in out.relations)

"""Unions of two places paired: an article that speaks of 两地工会 in a pairing
(深化两地工会帮扶合作, 两地工会对口协作, 两地建立友好工会) or reaching an agreement
(两地工会…达成合作项目意向) states a partnership between the unions of the two sides, though
no sentence names both. Talks and hopes alone (推动两地工会更紧密合作, 两地工会交流) are no
partnership; a pairing agreement named after the two places (“甲·乙”工会对口合作协议) is one.
The two sides are the article's two unions that belong to no other body it names; with more
than two such unions, the two of them the sentence names or names the places of, each in a
place of its own, else none (which two are meant is not written)."""

from __future__ import annotations

from ..model import EntityKey
from .collect import Collector, Template, split_sentences
from .cues import Patterns
from .lexicon import Lexicon

__all__ = ["two_sides_unions"]

_TEMPLATES = {
    # 深化两地工会帮扶合作 / 两地工会对口协作 / 两地建立友好工会
    "two_sides": r"(?:{two_sides})(?:的)?(?:总)?工会(?:组织)?[^。；;，,！？!?]{0,20}?"
    r"(?:{side_ties})"
    r"|(?:{side_ties})[^。；;，,！？!?]{0,8}?(?:{two_sides})(?:的)?(?:总)?工会"
    r"|(?:{two_sides})(?:建立|结成|缔结)(?:友好|结对)"
    # 两地工会…座谈会上，…达成三个合作项目意向: an agreement reached, not only talks
    r"|(?:{two_sides})(?:的)?(?:总)?工会[^。；;！？!?]{0,60}?(?:达成|签订|签署)[^。；;，,]{0,10}?"
    r"(?:协议|项目|意向|备忘录)"
    # “甲·乙”工会对口合作协议: a pairing named after its two places
    r"|[“\"「]?[\u4e00-\u9fff]{2,8}·[\u4e00-\u9fff]{2,8}[”\"」]?(?:的)?工会(?:的)?(?:{side_ties})",
}


def _build(lex: Lexicon) -> Patterns:
    return Patterns(_TEMPLATES, lex.cue_words)


def two_sides_unions(out: Collector, templates: list[Template]) -> None:
    """partneredWith between the two unions of an article whose two sides' unions are paired
    (the sentence saying so often names neither: 双方表示，将深化两地工会帮扶合作)."""
    cues = out.table.lex.compiled(_build)
    text = out.article.text
    spans = split_sentences(text)
    said = next(((s, e) for s, e in spans if cues.two_sides.search(text[s:e])), None)
    if said is None:
        return
    sides = _unions_of_no_body(out)
    if len(sides) > 2:
        sides = _sides_said(out, sides, next((t for t in templates if t.start == said[0]), None))
    if len(sides) == 2:
        out.add("partneredWith", sides[0], sides[1], out.cite(said, "two-sides-unions/v2"))


def _sides_said(out: Collector, unions: list[EntityKey], tpl: Template | None
                ) -> list[EntityKey]:  # fmt: skip
    """The unions among ``unions`` the sentence names, or that lie in a place it names
    (某市总工会到某县开展深化两地工会帮扶合作, 甲乙两地工会), each in a place of its own."""
    if tpl is None:
        return []
    ents, named = out.table.entities, set(tpl.slots.values())
    sides = [u for u in unions if u in named or ents[u].place in named]
    places = {ents[u].place for u in sides}
    return sides if len(places) == len(sides) and None not in places else []


def _unions_of_no_body(out: Collector) -> list[EntityKey]:
    """The article's unions that belong to no other body it names, in the order first named."""
    belong = {r.subject for r in out.relations if r.type == "subOrganizationOf"}
    unions = [
        e
        for e in out.table.entities.values()
        if e.type == "Union" and e.mentions and e.key not in belong
    ]
    unions.sort(key=lambda e: (min(m.start for m in e.mentions), e.key))
    return [e.key for e in unions]

"""Divisions written inside a company's name after a short head: a group's short name, then
the city or county the firm lies in, then its own words (某某|缙云|电机有限公司). The place
the name begins with is read elsewhere; this one is buried where the model's words do not
mark it, so it is read only in that shape.
"""

from __future__ import annotations

from .doc import ArticleDoc
from .gazetteer import Gazetteer
from .orgspan import OrgSpan
from .placehit import PlaceHit, division_hit, places_at_head

__all__ = ["add_inner_divisions", "deeper_division"]

_HEAD = 2  # a group's short name: 两字 (a state group's or a brand's)


def add_inner_divisions(doc: ArticleDoc) -> None:
    """Add as places the divisions inner to the article's company names (see the module)."""
    plants = doc.lex.cue_words["plant_ends"]  # 某某某县发电厂: a plant, named as a firm is
    legal = (*doc.lex.company_legal_suffixes, doc.lex.company_word, *plants)
    for org in doc.orgs:
        if org.places:
            hit = deeper_division(org, doc.gaz)
        elif org.type == "Company" and org.text.endswith(legal):
            hit = inner_division(org, doc.gaz)
        else:
            continue
        if hit is not None and not any(p.start < hit.end and hit.start < p.end for p in doc.places):
            doc.places.append(hit)
    doc.places.sort(key=lambda p: (p.start, p.end))


def inner_division(org: OrgSpan, gaz: Gazetteer) -> PlaceHit | None:
    """The one city or county named right after the first two characters of ``org``, with
    at least two characters of the name before its suffix after it; none if the head is a
    place itself or the division is ambiguous.

    >>> from unionkg.extract.gazetteer import default_gazetteer
    >>> span = OrgSpan(0, 10, "青禾缙云电机有限公司", "Company", "有限公司")
    >>> inner_division(span, default_gazetteer()).name
    '缙云县'
    >>> inner_division(OrgSpan(0, 8, "缙云青禾有限公司", "Company", "有限公司"),
    ...                default_gazetteer()) is None
    True
    """
    text = org.text
    if gaz.lookup(text[:_HEAD]):
        return None  # the head is a place: the name begins with it, read elsewhere
    for size in (3, 2):
        rest = text[_HEAD + size : len(text) - len(org.suffix)]
        if len(rest) < 2 or gaz.lookup(rest[:2]):
            continue  # no words of the firm's own after it, or another place
        hit = division_hit(gaz, text[_HEAD : _HEAD + size], org.start + _HEAD)
        if hit is not None:
            return hit
    return None


_OUTER = {"province", "city"}


def deeper_division(org: OrgSpan, gaz: Gazetteer) -> PlaceHit | None:
    """The city or county of the province or city ``org`` begins with, named further on in
    its name after words of its own (某省|某某|某市|卷烟厂), not as a brand (某市牌); none if
    there is none.

    >>> from unionkg.extract.gazetteer import default_gazetteer
    >>> from unionkg.extract.placehit import PlaceHit
    >>> gaz = default_gazetteer()
    >>> lead = division_hit(gaz, "丽水", 0)
    >>> span = OrgSpan(0, 9, "丽水青禾缙云电机厂", "Company", "厂", places=[lead])
    >>> deeper_division(span, gaz).name
    '缙云县'
    >>> span = OrgSpan(0, 10, "丽水青禾缙云牌电机厂", "Company", "厂", places=[lead])
    >>> deeper_division(span, gaz) is None
    True
    """
    head = places_at_head(org.places, org.start, org.end)
    lead = head[-1].place if head else None
    if lead is None or lead.level_name not in _OUTER:
        return None
    text = org.text
    last = len(text) - len(org.suffix)
    for at in range(head[-1].end - org.start, last - 1):  # the division ends by the suffix
        for size in (3, 2):
            hit = division_hit(gaz, text[at : at + size], org.start + at)
            if hit is None or hit.place is None or not gaz.is_within(hit.place, lead):
                continue
            if not text.startswith("牌", at + size):
                return hit
    return None

"""Sites that act as firms: an airport written as the employer of its staff.

A site of a firm's kind (机场: ``employer_site_kinds`` of ``cue_words``) is a place when the
text goes to it or holds something at it (在某某机场举办). When the article writes it only
as whose staff someone is — right before a person's name (某某机场张三荣获第一名) or one of
its departments (某某机场安全检查部) — and never after a word of going or being somewhere, it
is the firm that runs the site, a Company.
"""

from __future__ import annotations

import re

from .doc import ArticleDoc
from .orgspan import OrgSpan
from .placehit import PlaceHit

__all__ = ["type_employer_sites"]


def type_employer_sites(doc: ArticleDoc) -> None:
    """Turn into a company each site of a firm's kind the article writes only as an employer.

    >>> from unionkg.model import Article
    >>> from unionkg.extract import extract_article
    >>> text = "竞赛在远帆机场举行。青禾机场林启明、青禾机场钟晓岚获得一等奖。"
    >>> ex = extract_article(Article(id="t", text=text))
    >>> sorted((e.type, e.name) for e in ex.entities if e.name.endswith("机场"))
    [('Company', '青禾机场'), ('Town', '远帆机场')]
    """
    kinds = tuple(doc.lex.cue_words["employer_site_kinds"])
    names = {h.text for h in doc.places if h.text.endswith(kinds) and not h.candidates}
    firms = {name for name in names if _employer_only(doc, name)}
    for hit in [h for h in doc.places if h.text in firms]:
        doc.places.remove(hit)
        suffix = next(k for k in kinds if hit.text.endswith(k))
        span = OrgSpan(hit.start, hit.end, hit.text, "Company", suffix, places=_heads(hit))
        doc.orgs.append(span)
    doc.orgs.sort(key=lambda s: (s.start, -s.end))


def _heads(hit: PlaceHit) -> list[PlaceHit]:
    return [p for p in hit.inside if p.start == hit.start]


def _employer_only(doc: ArticleDoc, name: str) -> bool:
    """Whether every mention of ``name`` is an employer's and at least one is a staff's."""
    text, staff = doc.text, False
    at_place = tuple(doc.lex.cue_words["at_place_words"])
    for m in re.finditer(re.escape(name), text):
        if text[max(0, m.start() - 2) : m.start()].endswith(at_place):
            return False
        staff = staff or _before_staff(doc, m.end())
    return staff


def _before_staff(doc: ArticleDoc, end: int) -> bool:
    """Whether a person's name or a department's starts right at ``end``."""
    tok = doc.index.token(end)
    person = tok is not None and tok.start == end and tok.tag == "PER"
    units = "|".join(map(re.escape, doc.lex.cue_words["staff_unit_ends"]))
    return person or re.match(rf"[\u4e00-\u9fff]{{1,6}}?(?:{units})", doc.text[end:]) is not None

"""A union named after a place and a firm's brand (某省某某工会, where 某某 is a brand): the
firm, written short as place + brand, owns it.

A place's union is usually a trade's (某市教育工会, 某省金融工会) and belongs to no firm; what
tells a brand from a trade is the model's reading of the word alone: a brand is read as an
organization's name (ORG), a trade as a common noun or verb. A union of a body's employees
(某省某某雇员工会) names an employer, no trade: the firm's short name (place + brand) written
alone elsewhere in the text, which the model reads as one organization's name, is enough.
"""

from __future__ import annotations

from ..model import ExtractedEntity
from .doc import ArticleDoc
from .lexicon import Lexicon

__all__ = ["placed_brand_owner"]

BRAND_SIZES = range(2, 4)  # 星禾: a brand of two or three characters (教育科技 is a trade)


def placed_brand_owner(doc: ArticleDoc, union: ExtractedEntity) -> str | None:
    """The firm a place-led union is named after, as the text writes it (place + brand),
    when what follows the place is a brand the model reads as an organization's name.

    >>> from unionkg.model import Article
    >>> from unionkg.extract import extract_article
    >>> ex = extract_article(Article(id="t", text="浙江星禾工会与浙江教育工会签订共建协议。"))
    >>> sorted(e.name for e in ex.entities if e.type == "Company")
    ['浙江星禾']
    """
    lex, tagger = doc.lex, doc.tagger
    if tagger is None:
        return None
    places = sorted(doc.table.place_forms(), key=lambda f: (-len(f), f))
    for form in sorted({union.name, *union.aliases}):
        if form not in doc.text or not form.endswith(lex.union_word):
            continue
        written = form[: -len(lex.union_word)]
        head = _without_members(written, lex)
        brand = _after_places(head, places)
        if brand == head:
            continue
        if len(brand) not in BRAND_SIZES or brand[0] in lex.level_head_chars:
            continue  # 某省总工会, 某市直工会: a level word, no brand
        if lex.org_type(brand) or brand.endswith(lex.place_suffixes_longest_first):
            continue  # 某市化工区工会: a zone's union
        if tagger.one_organization(brand):
            return head
        if head != written and _read_alone(doc, head, form):
            return head  # 某省某某雇员工会 beside 某省某某: the employer's union
    return None


def _without_members(head: str, lex: Lexicon) -> str:
    """``head`` without the members a union of a firm's employees names (某某雇员 → 某某)."""
    member = next((w for w in lex.cue_words["union_member_words"] if head.endswith(w)), "")
    return head.removesuffix(member) if len(head) - len(member) >= 2 else head


def _read_alone(doc: ArticleDoc, head: str, union: str) -> bool:
    """Whether the text writes the firm's short name (place + brand) outside the union's name
    (某省某某 beside 某省某某工会), and the model reads it alone as one organization's name."""
    at = doc.text.find(head)
    while at != -1 and doc.text.startswith(union, at):
        at = doc.text.find(head, at + 1)
    return at != -1 and doc.tagger is not None and doc.tagger.one_organization(head)


def _after_places(head: str, places: list[str]) -> str:
    """``head`` without the places it begins with (某省某市某某 → 某某), longest first.

    >>> _after_places("青省禾市远帆", ["青省", "禾市"])
    '远帆'
    """
    while place := next((p for p in places if head.startswith(p)), None):
        head = head[len(place) :]
    return head

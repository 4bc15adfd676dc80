"""Units of a firm named after the firm's short name (某铁武汉某某局, 某铁第四勘察设计院).

A state firm's bureaus and design institutes are businesses, though their kind words are those
of public bodies (局, 设计院: ``firm_unit_kinds`` of ``cue_words``). What tells such a unit
from a government bureau is the article itself: it names a company whose name opens with the
same short name (某铁大桥局集团有限公司, 某铁上海局一公司), and the unit written so is one of
that firm's. A name that opens with a place (某市税务局) or a national prefix (中国某某局) is
a public body's, whatever company the article names.

The group itself is often written as that short name after a national prefix (中国某铁), a word
the model reads as one organization's name but no suffix types: when units of the article open
with the short name, it is their group, a Company.
"""

from __future__ import annotations

from ..model import EntityKey
from .doc import ArticleDoc

__all__ = ["add_national_groups", "type_firm_units"]

RULE_GROUP = "national-group/v1"

SHORT_NAME = 2  # 某铁: the short name a state firm's units open with


def type_firm_units(doc: ArticleDoc) -> None:
    """Type as a company each bureau or design institute whose name opens with the short name
    a company of the article opens with (see the module).

    >>> from unionkg.model import Article
    >>> from unionkg.extract import extract_article
    >>> text = "青铁远帆局集团有限公司和青铁南岭电气化局签约。"
    >>> ex = extract_article(Article(id="t", text=text))
    >>> sorted((e.type, e.name) for e in ex.entities)
    [('Company', '青铁南岭电气化局'), ('Company', '青铁远帆局集团有限公司')]
    """
    lex = doc.lex
    kinds = tuple(lex.cue_words["firm_unit_kinds"])
    heads = {o.text[:SHORT_NAME] for o in doc.orgs if o.type == "Company"}
    for span in doc.orgs:
        head = span.text[:SHORT_NAME]
        if span.type != "Organization" or span.suffix not in kinds or head not in heads:
            continue
        if span.text.startswith(lex.national_prefixes):
            continue  # 中国某某局: a national body's name
        if _place_led(doc, span.start, span.text):
            continue  # 某市某某局: a place's bureau, though a firm of the place shares its head
        span.type = "Company"


def add_national_groups(doc: ArticleDoc) -> None:
    """Add the group a national prefix and the short name of the article's units name (中国某铁
    beside 某铁某局), wherever the text writes it.

    >>> from unionkg.model import Article
    >>> from unionkg.extract import extract_article
    >>> text = "中国中禾组织劳动竞赛。中禾三局五公司荣获先进。"
    >>> ex = extract_article(Article(id="t", text=text))
    >>> sorted(e.name for e in ex.entities if e.type == "Company")
    ['中国中禾', '中禾三局五公司']
    """
    table, lex = doc.table, doc.lex
    heads = {e.name[:SHORT_NAME] for e in table.entities.values() if e.type == "Company"}
    for tok in doc.tokens:
        prefix = next((p for p in lex.national_prefixes if tok.text.startswith(p)), "")
        short = tok.text[len(prefix) :]
        if tok.tag != "ORG" or not prefix or len(short) != SHORT_NAME or short not in heads:
            continue
        if lex.org_type(tok.text) is not None or table.covered(tok.start, tok.end):
            continue
        key = EntityKey("Company", tok.text)
        table.add_free_occurrences(key, "Company", tok.text, tok.text, RULE_GROUP)


def _place_led(doc: ArticleDoc, start: int, name: str) -> bool:
    """Whether the name opens with a place: one the article's places hold, or a word of a few
    characters with a place's suffix (某某市, 某某县).

    >>> from unionkg.model import Article
    >>> from unionkg.extract import default_resources
    >>> doc = ArticleDoc.read(Article(id="t", text="青禾市税务局"), default_resources())
    >>> _place_led(doc, 0, "青禾市税务局"), _place_led(doc, 0, "青铁南岭电气化局")
    (True, False)
    """
    if any(p.start < start + SHORT_NAME and start < p.end for p in doc.places):
        return True
    suffixes = doc.lex.place_suffixes_longest_first
    return any(name[:size].endswith(suffixes) for size in (SHORT_NAME + 1, SHORT_NAME + 2))

"""Firms the text names by a brand alone, known by the posts it gives them.

A word the model reads as an organization's name, with no suffix of any kind (某某石化, 某某装备),
written right before a chain of posts that holds a company's title (某某石化董事长甲, 某某石化
党委书记、董事长甲), is a company: only a business has a 董事长 or a 总经理. A short form of a
company the article names in full (某某装备 of 某某工程装备集团有限公司) is that company. The
titles are the lexicon's (``company_titles``, the party organs of ``cue_words``): classes of
words, never names.

A platform's or a courier's brand written right before one of its workers (某某骑手, 某某快递员,
某某外卖配送员: ``firm_workers`` of ``cue_words``, a trade word between them allowed) is a
company too, when the model reads the brand alone as one organization's name.

A chain that holds only a union's chair (某某装备党委副书记、工会主席乙) is left alone: other
bodies than firms are written so too (it cost development half B 0.001 relation F1).
"""

from __future__ import annotations

import re

from ..model import ExtractedEntity
from .doc import ArticleDoc
from .entities import EntityTable
from .lexicon import Lexicon
from .namecompare import in_order
from .ner import Tagger, Token
from .orgkeys import add_org
from .orgspan import OrgSpan

__all__ = ["add_titled_firms", "add_worker_firms"]

_SOURCE = "titled-firm/v1"
_WORKER_SOURCE = "worker-firm/v1"
_BRAND_SIZES = range(2, 7)  # 青禾, 青禾速运: a brand, no sentence


def add_titled_firms(doc: ArticleDoc) -> None:
    """Add the firms the model names right before a company's post (see the module).

    >>> from unionkg.extract import extract_article
    >>> from unionkg.model import Article
    >>> ex = extract_article(Article(id="t", text="青禾石化董事长周立出席。"))
    >>> sorted((e.type, e.name) for e in ex.entities)
    [('Company', '青禾石化'), ('Official', '周立')]
    """
    table, lex, text = doc.table, doc.lex, doc.text
    posts = lex.compiled(_firm_posts)
    organs = tuple(lex.cue_words["party_organs"])
    for tok in doc.tokens:
        if tok.tag != "ORG":
            continue
        word = tok.text
        organ = next((o for o in organs if word.endswith(o) and len(word) > len(o)), "")
        word, end = word[: len(word) - len(organ)], tok.end - len(organ)
        if len(word) < 2 or lex.org_type(word) is not None or not posts.match(text, end):
            continue  # a name of a kind the suffix grammar reads, or no company's post after it
        if any(s < end and tok.start < e for s, e in table.by_span):
            continue
        if any(p.start < end and tok.start < p.end for p in doc.places):
            continue  # 某县党委书记: a place's committee, not a firm's
        fuller = _abbreviated(table, word, lex)
        if fuller is not None:  # 某某装备 of 某某工程装备集团有限公司 named in the article
            table.add(fuller.key, "Company", fuller.name, (tok.start, end), _SOURCE)
            continue
        add_org(table, OrgSpan(tok.start, end, word, "Company", "", [], source=_SOURCE))


def _abbreviated(table: EntityTable, word: str, lex: Lexicon) -> ExtractedEntity | None:
    """The one company of the article whose name begins as ``word`` does and holds the rest
    of its characters in order (某铁装备 of 某铁工程装备集团有限公司), if there is one; a name
    that writes ``word`` whole and goes on past it with more than a legal form is a store or a
    branch of the firm (某某石化某某路加油站), not the firm."""
    fits = []
    for ent in table.entities.values():
        if ent.type != "Company" or ent.name[0] != word[0]:
            continue
        if ent.name.startswith(word):
            if _legal_form_only(ent.name[len(word) :], lex):
                fits.append(ent)
            continue
        if in_order(word, ent.name):
            fits.append(ent)
    return fits[0] if len(fits) == 1 else None


def _legal_form_only(rest: str, lex: Lexicon) -> bool:
    forms = sorted((*lex.company_legal_suffixes, lex.company_word), key=len, reverse=True)
    for form in forms:
        rest = rest.removesuffix(form)
    return not rest


def _firm_posts(lex: Lexicon) -> re.Pattern[str]:
    """A company's post right after a name: its title, or its party committee and a chain of
    posts that holds a company's title or the chair of its union."""
    alt = "|".join
    titles = alt(sorted(map(re.escape, lex.company_titles), key=len, reverse=True))
    organs = alt(map(re.escape, lex.cue_words["party_organs"]))
    chain = r"(?:[\u4e00-\u9fff]{1,8}、){0,3}"
    return re.compile(f"(?:{organs})?{chain}(?:副)?(?:{titles})")


def add_worker_firms(doc: ArticleDoc) -> None:
    """Add the brands written right before one of their workers (see the module).

    >>> from unionkg.extract import extract_article
    >>> from unionkg.model import Article
    >>> ex = extract_article(Article(id="t", text="青禾快递员林启明加入工会。"))
    >>> sorted((e.type, e.name) for e in ex.entities)
    [('Company', '青禾'), ('Person', '林启明')]
    """
    table, lex, tagger = doc.table, doc.lex, doc.tagger
    if tagger is None:
        return
    for m in lex.compiled(_worker_words).finditer(doc.text):
        tok = doc.index.token(m.start() - 1)
        if tok is None or tok.tag not in {"ORG", "nz", "n", "j"} or tok.end < m.start():
            continue
        word = doc.text[tok.start : m.start()]
        if len(word) not in _BRAND_SIZES or len(lex.strip_generic(word)) < 2:
            continue
        if any(s < m.start() and tok.start < e for s, e in table.by_span):
            continue  # a name already read (某某速运有限公司快递员)
        if any(p.start < m.start() and tok.start < p.end for p in doc.places):
            continue  # 某县快递员: a place's workers
        if lex.org_type(word) is not None or not _read_as_name(tok, word, tagger):
            continue
        fuller = _abbreviated(table, word, lex)
        if fuller is not None:  # 某某速运 of 某某速运有限公司 named in the article
            table.add(fuller.key, "Company", fuller.name, (tok.start, m.start()), _WORKER_SOURCE)
            continue
        add_org(table, OrgSpan(tok.start, m.start(), word, "Company", "", [],
                               source=_WORKER_SOURCE))  # fmt: skip


def _read_as_name(tok: Token, word: str, tagger: Tagger) -> bool:
    """Whether the model reads ``word`` (written from ``tok``'s start) as one organization's
    name: in the sentence, or alone where the sentence made it part of a longer word."""
    return (tok.tag == "ORG" and tok.text == word) or tagger.one_organization(word)


def _worker_words(lex: Lexicon) -> re.Pattern[str]:
    """A worker's word, a trade word before it allowed (外卖骑手, 快递员)."""
    alt = "|".join
    trades = alt(map(re.escape, lex.cue_words["firm_worker_trades"]))
    workers = alt(sorted(map(re.escape, lex.cue_words["firm_workers"]), key=len, reverse=True))
    return re.compile(f"(?:{trades})?(?:{workers})")

"""A union's committee of one term named after the union (某某总工会第十四届执行委员会) is the
union itself: the annotation guide reads an elected 工会委员会 as its union, so the posts the
committee is elected to are posts in the union."""

from __future__ import annotations

import re

from ..model import EntityKey, ExtractedEntity
from .doc import ArticleDoc
from .orgbody import FEDERATION

__all__ = ["drop_union_terms", "fold_term_committees"]

_TERM_UNION = re.compile(r"(?:第[一二三四五六七八九十百\d]{1,4}|新一|本)届(?=工会$)")


def fold_term_committees(doc: ArticleDoc) -> None:
    """Fold each union named ``<union>第N届（执行）委员会`` into ``<union>`` when the article
    names that union too; the committee's name stays an alias.

    >>> from unionkg.extract.extractor import extract_article
    >>> from unionkg.model import Article
    >>> text = "青禾市总工会召开大会，王川当选青禾市总工会第十二届执行委员会主席。"
    >>> ex = extract_article(Article(id="t", text=text))
    >>> [(e.name, sorted(e.aliases)) for e in ex.entities if e.type == "Union"]
    [('青禾市总工会', ['青禾市总工会第十二届执行委员会'])]
    >>> [(r.type, r.subject.name) for r in ex.relations if r.type == "chairedBy"]
    [('chairedBy', '青禾市总工会')]
    """
    table, term, union = doc.table, doc.lex.patterns["term_committee"], doc.lex.union_word
    unions = [e for e in table.entities.values() if e.type == "Union"]
    by_form = {form: e.key for e in unions for form in (e.name, *e.aliases)}
    # 某某第二届全国委员会 written without 工会: the committee of 某某工会, typed by 委员会 alone
    bare = [e for e in table.entities.values() if e.type == "Organization"]
    for ent in unions + bare:
        cut = term.search(ent.name)
        owner = ent.name[: cut.start()] if cut else ""
        base = by_form.get(owner if ent.type == "Union" else owner + union) if cut else None
        if base is not None and base != ent.key and ent.key in table.entities:
            table.merge_into(ent.key, base)


def drop_union_terms(doc: ArticleDoc) -> None:
    """A union written with its term (某某医院第六届工会) is the body's union (某某医院工会):
    the term is no part of its name, which stays an alias.

    >>> from unionkg.extract.extractor import extract_article
    >>> from unionkg.model import Article
    >>> text = "王川当选为青禾市河西医院第六届工会主席。"
    >>> ex = extract_article(Article(id="t", text=text))
    >>> [(e.name, sorted(e.aliases)) for e in ex.entities if e.type == "Union"]
    [('青禾市河西医院工会', ['青禾市河西医院第六届工会'])]
    """
    table = doc.table
    for ent in [e for e in table.entities.values() if e.type == "Union"]:
        cut = _TERM_UNION.search(ent.name)
        if cut is None or cut.start() == 0:
            continue
        name = ent.name[: cut.start()] + ent.name[cut.end() :]
        # 某镇新一届工会 of a place whose 总工会 the article names: that federation
        forms = (name, name.removesuffix(doc.lex.union_word) + FEDERATION) if ent.place else (name,)
        # another union of that name; the union itself may hold it as an alias (市委某办工会 read
        # before 市委某办第五届工会 gave it the place's name)
        unions = [e for e in table.entities.values() if e.type == "Union" and e.key != ent.key]
        key = next((e.key for form in forms for e in unions if form in (e.name, *e.aliases)), None)
        if key is None:
            key = EntityKey("Union", name, ent.key.code)
            table.entities[key] = ExtractedEntity(
                key, "Union", name, place=ent.place, derived_from=ent.derived_from
            )
        table.merge_into(ent.key, key)

"""A union's committee of one term named after the union (某某总工会第十四届执行委员会) is the
union itself: the annotation guide reads an elected 工会委员会 as its union, so the posts the
committee is elected to are posts in the union."""

from __future__ import annotations

from .doc import ArticleDoc

__all__ = ["fold_term_committees"]


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
    table, term = doc.table, doc.lex.patterns["term_committee"]
    unions = [e for e in table.entities.values() if e.type == "Union"]
    by_form = {form: e.key for e in unions for form in (e.name, *e.aliases)}
    for ent in unions:
        cut = term.search(ent.name)
        base = by_form.get(ent.name[: cut.start()]) if cut else None
        if base is not None and base != ent.key and ent.key in table.entities:
            table.merge_into(ent.key, base)

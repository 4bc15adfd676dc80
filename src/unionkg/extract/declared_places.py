"""Short names a text declares for a place (某某柯尔克孜自治州（以下称某州）): every later
mention of the short name is that place, so a body named after it (某州总工会) lies there.
"""

from __future__ import annotations

import re

from .doc import ArticleDoc
from .placehit import PlaceHit

__all__ = ["add_declared_places"]


def add_declared_places(doc: ArticleDoc) -> None:
    """Add a mention of the place for every occurrence of a short name the text declares for
    it right after its full name.

    >>> from unionkg.model import Article
    >>> from unionkg.extract import extract_article
    >>> text = "来自新疆维吾尔自治区伊犁哈萨克自治州(以下称伊州)的职工。伊州总工会举办培训。"
    >>> ex = extract_article(Article(id="t", text=text))
    >>> names = {e.key: e.name for e in ex.entities}
    >>> sorted(names[r.object] for r in ex.relations if "总工会" in names[r.subject])
    ['伊犁哈萨克自治州']
    """
    markers = "|".join(map(re.escape, doc.lex.cue_words["short_name_markers"]))
    declared = re.compile(rf"[（(](?:{markers})[:：]?[“\"]?([\u4e00-\u9fff]{{2,6}})[”\"]?[)）]")
    for m in declared.finditer(doc.text):
        full = next((h for h in doc.places if h.end == m.start() and h.candidates), None)
        if full is None or m.group(1) in full.text:
            continue
        for at in re.finditer(re.escape(m.group(1)), doc.text):
            if not any(h.start < at.end() and at.start() < h.end for h in doc.places):
                doc.places.append(_copy_at(full, at.start(), at.group()))


def _copy_at(hit: PlaceHit, start: int, text: str) -> PlaceHit:
    return PlaceHit(
        start, start + len(text), text, hit.name, hit.level, list(hit.candidates), hit.place,
        list(hit.inside),
    )  # fmt: skip

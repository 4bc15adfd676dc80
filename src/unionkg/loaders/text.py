"""Plain-text files: one article, or a newspaper page of several.

>>> page = "标题一\\n\\n本报讯 记者王小明报道 甲。\\n\\n标题二\\n\\n本报讯 记者李大成报道 乙。"
>>> [a.id for a in load_text(page.encode("gb18030"), "p.txt")]
['p-1', 'p-2']
"""

from __future__ import annotations

from ..errors import InputError
from ..model import Article
from .article import ProblemHandler, build_article, normalize_text, source_stem
from .decode import decode_bytes
from .page import split_page

__all__ = ["load_text"]


def load_text(
    data: bytes, source: str, *, on_problem: ProblemHandler | None = None
) -> list[Article]:
    """The articles of a text file, in page order.

    The id is the file's stem for a single article, ``stem-1``, ``stem-2`` … for a page.
    ``on_problem`` is accepted for the common loader signature; a text file has no
    per-record problems.

    >>> [(a.id, a.encoding, a.title) for a in load_text("标题\\n\\n正文。".encode(), "a.txt")]
    [('a', 'utf-8', '标题')]
    """
    decoded = decode_bytes(data, source)
    text = normalize_text(decoded.text)
    parts = split_page(text)
    if not parts:
        raise InputError(source, "the file holds only blank lines", "give it an article's text")
    stem = source_stem(source)
    ids = [stem] if len(parts) == 1 else [f"{stem}-{n}" for n in range(1, len(parts) + 1)]
    return [
        build_article(
            article_id,
            part.text,
            source=source,
            encoding=decoded.encoding,
            find_title=True,
        )
        for article_id, part in zip(ids, parts, strict=True)
    ]

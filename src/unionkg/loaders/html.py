"""HTML pages: the main text and the metadata, with trafilatura (no network access).

The bytes are decoded with the charset the page declares (``<meta charset>`` or
``http-equiv``) when it is known and reads cleanly, else with the detector. trafilatura keeps
the article body and drops navigation, footers, scripts and styles; paragraphs are joined by
``\\n``. The date comes from the page's markup only (no guessing from the running text).

    >>> page = ('<html><head><meta charset="utf-8"><title>工会成立</title>'
    ...         '<meta property="og:site_name" content="某某工人报"></head><body>'
    ...         '<div class="nav">首页 | 新闻</div><article><h1>工会成立</h1>'
    ...         '<p>近日,某某镇总工会成立了家政行业工会联合会,首批会员一百余人。</p></article>'
    ...         '<div class="footer">版权所有</div></body></html>')
    >>> article = load_html(page.encode(), "x.html")[0]
    >>> article.text, article.title, article.publisher
    ('近日,某某镇总工会成立了家政行业工会联合会,首批会员一百余人。', '工会成立', '某某工人报')
"""

from __future__ import annotations

import re
from typing import Any

from ..errors import FormatError
from ..model import Article
from .article import ProblemHandler, build_article, normalize_date, source_stem
from .decode import decode_bytes

__all__ = ["declared_charset", "load_html"]

_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)
_DATE_SEARCH = {"extensive_search": False, "original_date": True}


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first few kilobytes, if any.

    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')
    'gb2312'
    """
    match = _CHARSET.search(data[:8192])
    return match.group(1).decode("ascii", "replace").lower() if match else None


def _extract(html: str) -> Any:
    from trafilatura import bare_extraction

    return bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        favor_precision=True,
        date_extraction_params=_DATE_SEARCH,
    )


def _main_text(text: str, title: str | None) -> str:
    """The extracted text without a first line that only repeats the title."""
    lines = [line.strip() for line in text.split("\n")]
    if title and lines and lines[0] == title.strip():
        lines = lines[1:]
    return "\n".join(line for line in lines if line)


def load_html(
    data: bytes, source: str, *, on_problem: ProblemHandler | None = None
) -> list[Article]:
    """The article of an HTML page, with its title, date, url and publisher when the page has them.

    ``on_problem`` is accepted for the common loader signature; a page is one record.

    >>> empty = b"<html><head><title>x</title></head><body></body></html>"
    >>> load_html(empty, "e.html")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    unionkg.errors.FormatError: e.html: no article text found in the page; ...
    """
    decoded = decode_bytes(data, source, declared_charset(data))
    document = _extract(decoded.text)
    text = _main_text(document.text or "", document.title) if document is not None else ""
    if not text:
        raise FormatError(
            source,
            "no article text found in the page",
            "save the article's text as .txt, or give the page itself rather than an index",
        )
    published = normalize_date(document.date) if document.date else None
    return [
        build_article(
            source_stem(source),
            text,
            source=source,
            title=(document.title or "").strip() or None,
            url=document.url or None,
            published=published,
            publisher=(document.sitename or "").strip() or None,
            encoding=decoded.encoding,
        )
    ]

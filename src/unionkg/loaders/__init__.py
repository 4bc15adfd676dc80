"""The loaders stage: files, directories or standard input in, :class:`~unionkg.model.Article` out.

Every loader reads ``(data: bytes, source: str, *, on_problem=None)`` and returns a list of
articles. A problem with a whole input raises :class:`~unionkg.errors.InputError`; a problem with
one record (a bad JSON line) goes to ``on_problem`` so the good records are kept.
:func:`load_paths` collects both kinds into one list of problems and never raises.

    >>> from unionkg.loaders import load_text
    >>> [a.id for a in load_text("工会成立了。".encode(), "news.txt")]
    ['news']
"""

from .article import ProblemHandler as ProblemHandler
from .article import build_article as build_article
from .bylines import find_bylines as find_bylines
from .decode import Decoded as Decoded
from .decode import decode_bytes as decode_bytes
from .discover import Loaded as Loaded
from .discover import Source as Source
from .discover import iter_articles as iter_articles
from .discover import iter_sources as iter_sources
from .discover import load_paths as load_paths
from .discover import sniff_loader as sniff_loader
from .html import load_html as load_html
from .jsonl import iter_jsonl as iter_jsonl
from .jsonl import load_jsonl as load_jsonl
from .page import PageArticle as PageArticle
from .page import repair_layout as repair_layout
from .page import split_page as split_page
from .script import to_simplified as to_simplified
from .text import load_text as load_text

__all__ = [
    "Decoded",
    "Loaded",
    "PageArticle",
    "ProblemHandler",
    "Source",
    "build_article",
    "decode_bytes",
    "find_bylines",
    "iter_articles",
    "iter_jsonl",
    "iter_sources",
    "load_html",
    "load_jsonl",
    "load_paths",
    "load_text",
    "repair_layout",
    "sniff_loader",
    "split_page",
    "to_simplified",
]

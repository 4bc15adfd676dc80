"""What every loader does once it has an article's text, and how loaders report problems.

Every loader has the signature ``load(data: bytes, source: str, *, on_problem=None)`` and returns
``list[Article]``:

- a problem with the whole input (empty, binary, undecodable, no article in it) is raised as an
  :class:`~unionkg.errors.InputError`;
- a problem with one record (a bad JSON line) is handed to ``on_problem`` and the loader goes on
  with the next record, so the good records are never lost. Without ``on_problem`` the first
  such problem is raised.

    >>> article = build_article("x", "工會聯合會成立了。", source="x.txt")
    >>> article.text, article.original
    ('工会联合会成立了。', '工會聯合會成立了。')
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import PurePath

from ..errors import InputError
from ..model import Article
from .bylines import find_bylines
from .page import headline, repair_layout
from .script import simplified_form, to_simplified

__all__ = [
    "ProblemHandler",
    "build_article",
    "normalize_date",
    "normalize_text",
    "report",
    "source_stem",
    "strip_controls",
    "strip_readings",
]

#: Receives each per-record problem a loader finds (see the module docstring).
ProblemHandler = Callable[[InputError], None]

STDIN_NAME = "-"
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
#: A reading glossed after a character, 邵阳(yáng): romanization with a tone mark, in brackets.
_READING = re.compile("(?<=[\u3400-\u9fff])[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]")
_DATE = re.compile(r"^(\d{4})(?:[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?)?月?)?(?:[T\s].*)?$")


def report(problem: InputError, on_problem: ProblemHandler | None) -> None:
    """Hand ``problem`` to ``on_problem``, or raise it when there is no handler.

    >>> problems: list[InputError] = []
    >>> report(InputError("a.jsonl:3", "no text"), problems.append)
    >>> [str(p) for p in problems]
    ['a.jsonl:3: no text']
    """
    if on_problem is None:
        raise problem
    on_problem(problem)


def source_stem(source: str) -> str:
    """The name article ids are made from: the file name without its extension.

    >>> source_stem("corpus/dev/A-01-gb18030.txt"), source_stem("-")
    ('A-01-gb18030', 'stdin')
    """
    if source == STDIN_NAME:
        return "stdin"
    return PurePath(source).stem or "article"


def strip_controls(text: str) -> str:
    """``text`` without control characters (NUL, escape, the C1 range …) but line breaks and
    tabs: no such character belongs in an article, and NUL breaks CSV files and databases.

    >>> strip_controls("工会\\x00成立\\x1b[31m了\\t。\\x85")
    '工会成立[31m了\\t。'
    """
    return _CONTROLS.sub("", text)


def normalize_text(text: str) -> str:
    """Unix line ends, no BOM, no control characters (:func:`strip_controls`), no trailing
    spaces on lines, no blank lines around the text.

    >>> normalize_text("\\ufeff标题 \\r\\n\\r\\n正文\\x00。\\r\\n")
    '标题\\n\\n正文。'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = strip_controls(text)
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n").rstrip()


def strip_readings(text: str) -> str:
    """``text`` without the pinyin readings some sites gloss after characters: they split names
    (邵阳(yáng)新闻网). Only romanization with a tone mark, in brackets after a Han character.

    >>> strip_readings("邵阳(yáng)新闻网(wǎng)讯(通讯员 王)，代号(abc)")
    '邵阳新闻网讯(通讯员 王)，代号(abc)'
    """
    return _READING.sub("", text)


def normalize_date(value: str) -> str | None:
    """An ISO date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) from a date string, or None.

    >>> normalize_date("2021/9/1"), normalize_date("2018-11"), normalize_date("2024-10-11T08:00")
    ('2021-09-01', '2018-11', '2024-10-11')
    >>> normalize_date("last week") is None
    True
    """
    match = _DATE.match(value.strip())
    if not match:
        return None
    year, month, day = match.groups()
    parts = [year, *(f"{int(part):02d}" for part in (month, day) if part)]
    if (month and not 1 <= int(month) <= 12) or (day and not 1 <= int(day) <= 31):
        return None
    return "-".join(parts)


def build_article(
    article_id: str,
    text: str,
    *,
    source: str,
    title: str | None = None,
    url: str | None = None,
    published: str | None = None,
    publisher: str | None = None,
    encoding: str | None = None,
    find_title: bool = False,
) -> Article:
    """An :class:`Article` from one article's text: layout repaired, Simplified, bylines found.

    With ``find_title`` and no ``title``, the headline lines at the top become the title.

    >>> build_article("a", "标题\\n\\n本报讯 记者王小明报道 工会成立。", source="a.txt",
    ...               find_title=True).title
    '标题'
    """
    repaired = repair_layout(strip_readings(normalize_text(text)))
    simplified, original = to_simplified(repaired)
    if title is None and find_title:
        title = headline(simplified)

    def field(value: str | None) -> str | None:
        return strip_controls(value) if value is not None else None

    if original is not None and publisher:  # 某某日報 names its place as 某某日报 does
        publisher = simplified_form(publisher)

    return Article(
        id=strip_controls(article_id) or article_id,
        text=simplified,
        source=source,
        original=original,
        title=field(title),
        url=field(url),
        published=published,
        publisher=field(publisher),
        encoding=encoding,
        bylines=find_bylines(simplified),
    )

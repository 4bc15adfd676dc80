"""JSON Lines: one article per line, ``text`` required; ``id``, ``title``, ``url``,
``published``, ``publisher`` optional. Blank lines are skipped; a bad line is reported with its
line number and the good lines are kept.

    >>> data = '{"text": "工会成立了。"}\\n\\n{"title": "无正文"}\\n'.encode()
    >>> problems = []
    >>> [a.id for a in load_jsonl(data, "news.jsonl", on_problem=problems.append)]
    ['news-1']
    >>> print(problems[0])
    news.jsonl:3: the record has no "text"; give every line a non-empty "text" string
"""

from __future__ import annotations

import json
from typing import Any

from ..errors import FormatError
from ..model import Article
from .article import ProblemHandler, build_article, normalize_date, report, source_stem
from .decode import decode_bytes

__all__ = ["OPTIONAL_FIELDS", "load_jsonl"]

#: The optional string fields of a record, besides the required ``text``.
OPTIONAL_FIELDS: tuple[str, ...] = ("id", "title", "url", "published", "publisher")


def _record(line: str, where: str) -> dict[str, Any]:
    """The JSON object on one line, or a :class:`FormatError` saying what is wrong with it."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise FormatError(
            where,
            f"not valid JSON ({error.msg} at column {error.colno})",
            "fix the line or remove it",
        ) from None
    if not isinstance(record, dict):
        raise FormatError(
            where,
            f"a JSON object is expected, found {type(record).__name__}",
            'write one {"text": …} object per line',
        )
    text = record.get("text")
    if text is None:
        raise FormatError(
            where, 'the record has no "text"', 'give every line a non-empty "text" string'
        )
    if not isinstance(text, str) or not text.strip():
        raise FormatError(
            where, '"text" must be a non-empty string', 'give every line a non-empty "text" string'
        )
    for field in OPTIONAL_FIELDS:
        value = record.get(field)
        if field == "id" and isinstance(value, int) and not isinstance(value, bool):
            record[field] = str(value)
        elif value is not None and not isinstance(value, str):
            raise FormatError(
                where,
                f'"{field}" must be a string, not {type(value).__name__}',
                f'write "{field}" as a string or leave it out',
            )
    return record


def load_jsonl(
    data: bytes, source: str, *, on_problem: ProblemHandler | None = None
) -> list[Article]:
    """The articles of a JSON Lines file, in line order; bad lines go to ``on_problem``.

    A record without ``id`` gets ``stem-<line number>``. A ``published`` value that is not a
    date is reported and left out; the article is kept.

    >>> line = b'{"id": "A", "text": "x", "published": "2020/1/2"}'
    >>> [(a.id, a.published) for a in load_jsonl(line, "f.jsonl")]
    [('A', '2020-01-02')]
    """
    decoded = decode_bytes(data, source)
    stem = source_stem(source)
    articles: list[Article] = []
    for number, line in enumerate(decoded.text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = _record(line, where)
        except FormatError as problem:
            report(problem, on_problem)
            continue
        published = record.get("published")
        if published is not None and published.strip():
            iso = normalize_date(published)
            if iso is None:
                report(
                    FormatError(
                        where, f'"published" is not a date: {published!r}', "write it as YYYY-MM-DD"
                    ),
                    on_problem,
                )
            published = iso
        articles.append(
            build_article(
                record.get("id") or f"{stem}-{number}",
                record["text"],
                source=source,
                title=record.get("title") or None,
                url=record.get("url") or None,
                published=published or None,
                publisher=record.get("publisher") or None,
                encoding=decoded.encoding,
            )
        )
    return articles

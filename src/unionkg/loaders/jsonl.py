"""JSON Lines: one article per line, ``text`` required; ``id``, ``title``, ``url``,
``published``, ``publisher`` optional. Blank lines are skipped; a bad line is reported with its
line number and the good lines are kept. Each line is decoded on its own (a dump that mixes
UTF-8 and GB18030 lines still reads), so :func:`iter_jsonl` can stream a file of any size.

    >>> data = '{"text": "工会成立了。"}\\n\\n{"title": "无正文"}\\n'.encode()
    >>> problems = []
    >>> [a.id for a in load_jsonl(data, "news.jsonl", on_problem=problems.append)]
    ['news-d749273e']
    >>> print(problems[0])
    news.jsonl:3: the record has no "text"; give every line a non-empty "text" string
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import FormatError, InputError
from ..model import Article
from .article import ProblemHandler, build_article, normalize_date, report, source_stem
from .decode import check_is_text, decode_bytes

__all__ = ["OPTIONAL_FIELDS", "content_id", "iter_jsonl", "load_jsonl"]

_SURROGATE = re.compile("[\ud800-\udfff]")  # JSON may escape half a pair: no text has one
#: The optional string fields of a record, besides the required ``text``.
OPTIONAL_FIELDS: tuple[str, ...] = ("id", "title", "url", "published", "publisher")


def content_id(text: str) -> str:
    """Eight hex digits naming a text (of its SHA-256), for a record that has no ``id``.

    >>> content_id("x")
    '2d711642'
    """
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]


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
    for field in ("text", *OPTIONAL_FIELDS):
        value = record.get(field)
        if isinstance(value, str) and (found := _SURROGATE.search(value)):
            raise FormatError(
                where,
                f'"{field}" holds a lone surrogate escape (\\u{ord(found.group()):04x}) at '
                f"character {found.start()}, which is no character",
                "fix the escape (a pair such as \\ud83d\\ude00 is fine)",
            )
    return record


def load_jsonl(
    data: bytes, source: str, *, on_problem: ProblemHandler | None = None
) -> list[Article]:
    """The articles of a JSON Lines file, in line order; bad lines go to ``on_problem``.

    A record without ``id`` is named from its text (``stem-`` and 8 hex digits of its SHA-256),
    not its line: records in any order get the same ids. A ``published`` value that is not a
    date is reported and left out; the article is kept.

    >>> line = b'{"id": "A", "text": "x", "published": "2020/1/2"}'
    >>> [(a.id, a.published) for a in load_jsonl(line, "f.jsonl")]
    [('A', '2020-01-02')]
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # lines are not bytes lines
        decoded = decode_bytes(data, source)
        return list(iter_jsonl(decoded.text.split("\n"), source, on_problem, decoded.encoding))
    return list(iter_jsonl(data.split(b"\n"), source, on_problem=on_problem))


def _decode_line(line: bytes | str, where: str, first: bool) -> tuple[str, str | None]:
    """A line's text and the encoding that read it (None for a line already text)."""
    if isinstance(line, str):
        return line, None
    if first and line.startswith(codecs.BOM_UTF8):
        line = line[len(codecs.BOM_UTF8) :]
    try:
        return line.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        decoded = decode_bytes(line, where)
        return decoded.text, decoded.encoding


def iter_jsonl(
    lines: Iterable[bytes | str],
    source: str,
    on_problem: ProblemHandler | None = None,
    encoding: str | None = None,
) -> Iterator[Article]:
    """The articles of the lines of a JSON Lines file, one at a time.

    The file as a whole must look like text (not empty, not an image or archive); a line that
    no supported encoding reads is reported with its number, like any other bad line. Lines
    given as text were decoded as ``encoding``.

    >>> [a.id for a in iter_jsonl([b'{"text": "x"}', b""], "f.jsonl")]
    ['f-2d711642']
    """
    stem = source_stem(source)
    found = False
    for number, raw in enumerate(lines, start=1):
        if number == 1 and isinstance(raw, bytes):
            check_is_text(raw[:4096] if raw.strip() else b"x", source)
        if not raw.strip():
            continue
        found = True
        where = f"{source}:{number}"
        try:
            line, read_as = _decode_line(raw, where, number == 1)
            record = _record(line, where)
        except InputError as problem:
            report(problem, on_problem)
            continue
        yield _article(record, number, stem, source, where, read_as or encoding, on_problem)
    if not found:
        raise InputError(source, "the file is empty", "give it the text of an article")


def _article(
    record: dict[str, Any],
    number: int,
    stem: str,
    source: str,
    where: str,
    encoding: str | None,
    on_problem: ProblemHandler | None,
) -> Article:
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
    return build_article(
        record.get("id") or f"{stem}-{content_id(record['text'])}",
        record["text"],
        source=source,
        title=record.get("title") or None,
        url=record.get("url") or None,
        published=published or None,
        publisher=record.get("publisher") or None,
        encoding=encoding,
    )

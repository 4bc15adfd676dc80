"""Find the inputs (files, directories, standard input) and load them all.

Directories are read recursively in sorted order; hidden files and directories are skipped, a
symlink loop is followed once, and only files whose extension a loader reads are taken (a file
named explicitly is always tried). ``-`` is standard input, sniffed for JSON Lines, HTML or text.

Nothing here raises for a bad input: each becomes a problem, one line naming the file, what is
wrong and what to do, and the other inputs are still loaded.

    >>> articles, problems = load_paths(["no/such/file.txt"])
    >>> articles, [str(p) for p in problems]
    ([], ['no/such/file.txt: no such file or directory; check the path'])
"""

from __future__ import annotations

import hashlib
import inspect
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import NamedTuple

from ..errors import InputError, UnknownNameError
from ..model import Article
from ..registry import loader, loader_for_suffix
from .article import STDIN_NAME, ProblemHandler, report

__all__ = ["Loaded", "Source", "iter_sources", "load_paths", "sniff_loader"]

_SUFFIXES = ".txt/.html/.htm/.jsonl"


@dataclass(frozen=True, slots=True)
class Source:
    """One input: a file (``path``) or standard input (``path`` is None, ``name`` is ``-``)."""

    name: str
    path: Path | None = None

    def read(self) -> bytes:
        """The input's bytes."""
        if self.path is None:
            return sys.stdin.buffer.read()
        return self.path.read_bytes()


class Loaded(NamedTuple):
    """What :func:`load_paths` returns: the articles and every problem met on the way."""

    articles: list[Article]
    problems: list[InputError]


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def _walk(directory: Path) -> Iterator[Path]:
    """Readable files under ``directory``, sorted, following each real directory once."""
    seen: set[tuple[int, int]] = set()
    for root, dirs, files in os.walk(directory, followlinks=True):
        status = os.stat(root)
        if (status.st_dev, status.st_ino) in seen:
            dirs[:] = []
            continue
        seen.add((status.st_dev, status.st_ino))
        dirs[:] = sorted(d for d in dirs if not _is_hidden(d))
        for name in sorted(files):
            path = Path(root, name)
            if not _is_hidden(name) and path.suffix and loader_for_suffix(path.suffix):
                yield path


def iter_sources(
    paths: Iterable[str | os.PathLike[str]], on_problem: ProblemHandler | None = None
) -> Iterator[Source]:
    """The inputs named by ``paths``: files as given, directories walked, ``-`` for stdin.

    A path that does not exist goes to ``on_problem`` (raised without one).

    >>> [s.name for s in iter_sources(["-"])]
    ['-']
    """
    for given in paths:
        name = os.fspath(given)
        if name == STDIN_NAME:
            yield Source(STDIN_NAME)
            continue
        path = Path(name)
        if path.is_dir():
            for found in _walk(path):
                yield Source(found.as_posix(), found)
        elif path.exists():
            yield Source(path.as_posix(), path)
        else:
            report(InputError(name, "no such file or directory", "check the path"), on_problem)


def sniff_loader(data: bytes) -> str:
    """The loader name for content without a file name: ``jsonl``, ``html`` or ``text``.

    >>> sniff_loader(b'{"text": "x"}'), sniff_loader(b"<!DOCTYPE html><p>x"), sniff_loader(b"x")
    ('jsonl', 'html', 'text')
    """
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1024]
    if head.startswith(b"{"):
        return "jsonl"
    lowered = head.lower()
    if head.startswith(b"<") and any(
        tag in lowered for tag in (b"<html", b"<!doctype", b"<body", b"<p", b"<meta", b"<head")
    ):
        return "html"
    return "text"


def _call(
    load: Callable[..., list[Article]], data: bytes, name: str, on_problem: ProblemHandler
) -> list[Article]:
    """Call a loader, passing ``on_problem`` only to loaders that take it (plug-ins may not)."""
    parameters = inspect.signature(load).parameters.values()
    if any(p.name == "on_problem" or p.kind is p.VAR_KEYWORD for p in parameters):
        return load(data, name, on_problem=on_problem)
    return load(data, name)


def _load_one(source: Source, on_problem: ProblemHandler) -> list[Article]:
    try:
        data = source.read()
    except OSError as error:
        reason = error.strerror or str(error)
        on_problem(InputError(source.name, f"cannot be read ({reason})", "check its permissions"))
        return []
    if source.path is None:
        name = sniff_loader(data)
    else:
        spec = loader_for_suffix(source.path.suffix)
        if spec is None:
            on_problem(
                InputError(
                    source.name,
                    f"unsupported file type, expected {_SUFFIXES}",
                    "rename it or leave it out",
                )
            )
            return []
        name = spec.name
    try:
        articles = _call(loader(name).load(), data, source.name, on_problem)
    except InputError as problem:
        on_problem(problem)
        return []
    except UnknownNameError as error:  # a plug-in removed under our feet
        on_problem(InputError(source.name, str(error), "reinstall the loader plug-in"))
        return []
    return articles


def _unique_ids(articles: list[Article]) -> list[Article]:
    """Give an article whose id an earlier source already used a stable, source-derived suffix."""
    seen: set[str] = set()
    result = []
    for article in articles:
        if article.id in seen:
            digest = hashlib.sha1(f"{article.source}\0{article.id}".encode()).hexdigest()[:6]
            article = replace(article, id=f"{article.id}~{digest}")
        seen.add(article.id)
        result.append(article)
    return result


def load_paths(paths: Iterable[str | os.PathLike[str]]) -> Loaded:
    """Load every article under ``paths``; the order of ``paths`` never changes the result.

    Articles are sorted by source, then by their order in it; a file named twice is read once;
    an id that two sources share is made unique with a suffix derived from the later source.
    """
    missing: list[InputError] = []
    sources: dict[str, Source] = {}
    for source in iter_sources(paths, missing.append):
        key = str(source.path.resolve()) if source.path else source.name
        if key not in sources or source.name < sources[key].name:
            sources[key] = source
    problems = sorted(missing, key=str)
    articles: list[Article] = []
    for source in sorted(sources.values(), key=lambda source: source.name):
        articles.extend(_load_one(source, problems.append))
    return Loaded(_unique_ids(articles), problems)

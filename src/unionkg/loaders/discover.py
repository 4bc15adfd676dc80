"""Find the inputs (files, directories, standard input) and load them all.

Directories are read recursively in sorted order; hidden files and directories are skipped, a
symlink loop is followed once, and only files whose extension a loader reads are taken (a file
named explicitly is always tried). ``-`` is standard input, sniffed for JSON Lines, HTML or text.

Nothing here raises for a bad input: each becomes a problem, one line naming the file, what is
wrong and what to do, and the other inputs are still loaded. Only regular files are read (a FIFO
named like an article would block the build), and a text or HTML file over
:data:`MAX_FILE_BYTES` is reported rather than read. :func:`iter_articles` hands the articles on
one at a time, a JSON Lines file read line by line, so a corpus of any size streams through.

    >>> articles, problems = load_paths(["no/such/file.txt"])
    >>> articles, [str(p) for p in problems]
    ([], ['no/such/file.txt: no such file or directory; check the path'])
"""

from __future__ import annotations

import errno
import hashlib
import inspect
import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import NamedTuple

from ..errors import DuplicateIdError, InputError, UnknownNameError
from ..model import Article
from ..registry import loader, loader_for_suffix
from .article import STDIN_NAME, ProblemHandler, report

__all__ = [
    "MAX_FILE_BYTES",
    "Loaded",
    "Source",
    "iter_articles",
    "iter_sources",
    "load_paths",
    "sniff_loader",
]

_SUFFIXES = ".txt/.html/.htm/.jsonl"

#: The largest text or HTML file (or JSON line) that is read: decoding alone takes seconds per
#: 10 MB, and no single article comes near it (see ``pipeline.MAX_ARTICLE_CHARS``).
MAX_FILE_BYTES = 8 << 20
_JSONL_TARGET = "unionkg.loaders.jsonl:load_jsonl"


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


def _walk(directory: Path, on_problem: ProblemHandler | None = None) -> Iterator[Path]:
    """Readable files under ``directory``, sorted, following each real directory once; a
    directory that cannot be listed goes to ``on_problem`` (raised without one)."""
    seen: set[tuple[int, int]] = set()

    def unreadable(error: OSError) -> None:
        name = Path(error.filename or directory).as_posix()
        report(InputError(name, f"cannot read this directory ({error.strerror or error}); "
                          "none of its files were read", "give read permission or leave it "
                          "out"), on_problem)  # fmt: skip

    for root, dirs, files in os.walk(directory, onerror=unreadable, followlinks=True):
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
            for found in _walk(path, on_problem):
                yield Source(found.as_posix(), found)
        elif path.exists():
            yield Source(path.as_posix(), path)
        elif path.is_symlink():
            report(_link_problem(name), on_problem)
        else:
            report(InputError(name, "no such file or directory", "check the path"), on_problem)


def _link_problem(name: str) -> InputError:
    return InputError(
        name, "a symbolic link that leads nowhere or back to itself", "fix or remove the link"
    )


def _read_problem(name: str, error: OSError) -> InputError:
    """One line for a file that cannot be read, with a hint that fits the reason."""
    if error.errno == errno.ELOOP:
        return _link_problem(name)
    reason = error.strerror or str(error)
    if error.errno in (errno.EACCES, errno.EPERM):
        return InputError(name, f"cannot be read ({reason})", "check its permissions")
    return InputError(name, f"cannot be read ({reason})", "check the file and try again")


def _check_file(source: Source) -> InputError | None:
    """Why ``source`` must not be read (not a regular file, too large), or None."""
    if source.path is None:
        return None
    try:
        status = source.path.stat()
    except OSError as error:
        return _read_problem(source.name, error)
    if not stat.S_ISREG(status.st_mode):
        return InputError(
            source.name,
            "not a regular file (a FIFO, socket or device)",
            "give the article's file itself",
        )
    return None


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


def _too_large(name: str, size: int, what: str) -> InputError:
    return InputError(
        name,
        f"{what} is {size / 2**20:.1f} MiB, over the {MAX_FILE_BYTES >> 20} MiB read at once",
        "split it into one article per file or per JSON line",
    )


def _stream_jsonl(path: Path, name: str, on_problem: ProblemHandler) -> Iterator[Article]:
    """The articles of a JSON Lines file, read line by line (a line too large is reported)."""
    from .jsonl import iter_jsonl

    def lines() -> Iterator[bytes]:
        with path.open("rb") as handle:
            for number, line in enumerate(handle, start=1):
                if len(line) > MAX_FILE_BYTES:
                    on_problem(_too_large(f"{name}:{number}", len(line), "the line"))
                    line = b"\n"  # keep the numbering; the line itself is skipped
                yield line

    yield from iter_jsonl(lines(), name, on_problem=on_problem)


def _load_one(source: Source, on_problem: ProblemHandler) -> Iterator[Article]:
    """The articles of one input; every problem goes to ``on_problem``."""
    if source.path is None:
        name = None
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
            return
        name = spec.name
        if (problem := _check_file(source)) is not None:
            on_problem(problem)
            return
    try:
        if source.path is not None and loader(name or "").target == _JSONL_TARGET:
            yield from _stream_jsonl(source.path, source.name, on_problem)
            return
        if source.path is not None and (size := source.path.stat().st_size) > MAX_FILE_BYTES:
            on_problem(_too_large(source.name, size, "the file"))
            return
        data = source.read()
        articles = _call(loader(name or sniff_loader(data)).load(), data, source.name, on_problem)
    except OSError as error:
        on_problem(_read_problem(source.name, error))
        return
    except InputError as problem:
        on_problem(problem)
        return
    except UnknownNameError as error:  # a plug-in removed under our feet
        on_problem(InputError(source.name, str(error), "reinstall the loader plug-in"))
        return
    yield from articles


def _sources(paths: Iterable[str | os.PathLike[str]], on_problem: ProblemHandler) -> list[Source]:
    """The inputs to read, each once, sorted by name (paths that do not exist reported first)."""
    missing: list[InputError] = []
    sources: dict[str, Source] = {}
    for source in iter_sources(paths, missing.append):
        # realpath, not resolve: a link loop must not raise here (it is reported when read)
        key = os.path.realpath(source.path) if source.path else source.name
        if key not in sources or source.name < sources[key].name:
            sources[key] = source
    for problem in sorted(missing, key=str):
        on_problem(problem)
    return sorted(sources.values(), key=lambda source: source.name)


def iter_articles(
    paths: Iterable[str | os.PathLike[str]], on_problem: ProblemHandler
) -> Iterator[Article]:
    """Every article under ``paths``, one at a time, in the order of :func:`load_paths`.

    Problems go to ``on_problem`` as they are met (it may raise to stop at the first one).

    >>> problems = []
    >>> list(iter_articles(["no/such.txt"], problems.append)), len(problems)
    ([], 1)
    """
    seen: set[str] = set()
    for source in _sources(paths, on_problem):
        for article in _load_one(source, on_problem):
            yield _unique_id(article, seen, on_problem)


def id_suffix(article: Article) -> str:
    """The suffix an article gets when an earlier one used its id: derived from its source, id
    and text, so it does not depend on the order the articles come in."""
    key = f"{article.source}\0{article.id}\0{article.text}".encode("utf-8", "surrogatepass")
    return hashlib.sha1(key).hexdigest()[:6]


def _unique_id(article: Article, seen: set[str], on_problem: ProblemHandler,
               suffix: str | None = None) -> Article:  # fmt: skip
    """Give an article whose id an earlier one already used a suffix derived from its source
    and its text (``suffix``, where the text is no longer there: :func:`id_suffix`; a counter
    after it only for the very same text), and say so."""
    if article.id not in seen:
        seen.add(article.id)
        return article
    new_id = base = f"{article.id}~{suffix or id_suffix(article)}"
    again = 2
    while new_id in seen:
        new_id = f"{base}.{again}"
        again += 1
    seen.add(new_id)
    on_problem(DuplicateIdError(
        article.source or article.id,
        f"the id {article.id!r} is used by an earlier article too; this one is kept as "
        f"{new_id!r}", "give every article its own id",
    ))  # fmt: skip
    return replace(article, id=new_id)


def load_paths(paths: Iterable[str | os.PathLike[str]]) -> Loaded:
    """Load every article under ``paths``; the order of ``paths`` never changes the result.

    Articles are sorted by source, then by their order in it; a file named twice is read once;
    an id that two articles share is made unique for the later one with a suffix derived from
    its source and text, and reported (:class:`~unionkg.errors.DuplicateIdError`).
    """
    problems: list[InputError] = []
    articles = list(iter_articles(paths, problems.append))
    return Loaded(articles, problems)

"""A build into a store, in the memory of a build without one.

``unionkg build … --store DIR`` used to keep every extraction (texts included) until the end,
then recompute the graph from them and send the store one SPARQL update holding it all: about
0.84 MiB an article. Here nothing is kept:

- :class:`BookkeepingSpool` writes each article's bookkeeping (its extraction as JSON and the
  hash of its text) to a temporary N-Quads file as the extractions stream by, and passes them on
  without their texts, like a build without a store;
- :func:`rebuild_store` then writes the build's graph (the statements ``graph.trig`` holds) to
  another such file, one subject at a time, bulk loads both into a new store directory beside
  ``DIR`` a bounded piece at a time (:data:`LOAD_CHUNK_BYTES`: Oxigraph's bulk loader holds
  what it is given in memory until it has written it, about 1.2 GiB for the whole of 10,000
  articles), and puts it in the old one's place.

The result holds the same statements as :meth:`~.graphstore.GraphStore.add_extractions` with
``replace=True`` would make it hold. A build killed before the swap leaves the old store as it
was (and a hidden ``.DIR.new-*`` directory, never read).
"""

from __future__ import annotations

import atexit
import itertools
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from types import TracebackType

import pyoxigraph as ox

from ..errors import OutputError
from ..model import Extraction, KnowledgeGraph
from ..ontology import iter_quads
from .graphstore import GraphStore, _bookkeeping, _setting

__all__ = ["LOAD_CHUNK_BYTES", "BookkeepingSpool", "rebuild_store"]


class BookkeepingSpool:
    """Each article's bookkeeping quads, in a temporary N-Quads file, written as they pass.

    >>> from unionkg.model import Article
    >>> with BookkeepingSpool() as spool:
    ...     [x.article.text for x in spool.tap([Extraction(Article("a", "工会成立。"))])]
    ...     spool.path.stat().st_size > 0
    ['']
    True
    """

    def __init__(self) -> None:
        descriptor, name = tempfile.mkstemp(prefix="unionkg-bookkeeping-", suffix=".nq")
        self.path = Path(name)
        self._file = open(descriptor, "wb")  # noqa: SIM115 (closed in close())
        atexit.register(self.path.unlink, missing_ok=True)  # a build that stops before the store

    def tap(self, extractions: Iterable[Extraction]) -> Iterator[Extraction]:
        """``extractions``, their bookkeeping written down and their texts dropped."""
        for extraction in extractions:
            ox.serialize(_bookkeeping(extraction), self._file, ox.RdfFormat.N_QUADS)
            article = replace(extraction.article, text="", original=None, bylines=())
            yield replace(extraction, article=article)

    def finish(self) -> Path:
        """The file, complete."""
        self._file.close()
        return self.path

    def close(self) -> None:
        """Close and delete the file."""
        self._file.close()
        self.path.unlink(missing_ok=True)

    def __enter__(self) -> BookkeepingSpool:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:  # fmt: skip
        self.close()


#: N-Quads bulk loaded at a time: about 0.1 GiB of the loader's memory, whatever the store's size.
LOAD_CHUNK_BYTES = 16 * 2**20


def _pieces(path: Path, size: int) -> Iterator[bytes]:
    r"""The N-Quads file ``path`` in pieces of about ``size`` bytes, each ending where a line
    (one statement) does.

    >>> import tempfile
    >>> with tempfile.NamedTemporaryFile(suffix=".nq") as file:
    ...     _ = file.write(b"<a> <b> <c> .\n<d> <e> <f> .\n<g> <h> <i> .\n")
    ...     file.flush()
    ...     [piece.count(b"\n") for piece in _pieces(Path(file.name), 16)]
    [2, 1]
    """
    with path.open("rb") as lines:
        while piece := lines.read(size):
            yield piece + lines.readline()


def _load(directory: Path, files: Iterable[Path], chunk_bytes: int) -> None:
    """A new store in ``directory`` holding the statements of the N-Quads ``files``."""
    fresh = ox.Store(str(directory))
    for path in files:
        for piece in _pieces(path, chunk_bytes):
            fresh.bulk_load(piece, ox.RdfFormat.N_QUADS)
    fresh.flush()


def rebuild_store(store: str | os.PathLike[str], graph: KnowledgeGraph, bookkeeping: Path,
                  min_confidence: float = 0.0, *,
                  chunk_bytes: int = LOAD_CHUNK_BYTES) -> Path:  # fmt: skip
    """Make ``store`` hold ``graph`` and the ``bookkeeping`` (N-Quads) and nothing else: bulk
    loaded, ``chunk_bytes`` of N-Quads at a time, into a new directory beside it, which then
    takes its place."""
    directory = Path(store)
    if (directory / "CURRENT").is_file():
        GraphStore.open(directory, create=False).close()  # in use by another command: say it now
    try:
        directory.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{directory.name}.new-", dir=directory.parent))
    except OSError as exc:
        raise OutputError(f"{directory}: cannot write the store there ({exc.strerror})") from exc
    graph_file = staging.with_name(staging.name + ".graph.nq")
    try:
        with graph_file.open("wb") as out:  # one subject's statements at a time
            for group in itertools.chain(iter_quads(graph), [[_setting(min_confidence)]]):
                ox.serialize(group, out, ox.RdfFormat.N_QUADS)
        _load(staging, [graph_file, bookkeeping], chunk_bytes)
        old = directory.with_name(f".{directory.name}.old-{os.getpid()}")
        if directory.exists():
            os.rename(directory, old)
        os.rename(staging, directory)
        shutil.rmtree(old, ignore_errors=True)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise OutputError(f"{directory}: cannot write the store ({exc})") from exc
    finally:
        graph_file.unlink(missing_ok=True)
    return directory

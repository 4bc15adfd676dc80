"""Writing an exporter's text to a path or an open file, atomically.

Every ``write_*`` exporter is ``write_chunks(generate_*(kg), path_or_file)``: the text goes to a
temporary file in the target's directory, which replaces the target only once it is complete, so
a failing generator or a full disk never leaves a half-written graph behind.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from ..errors import OutputError

__all__ = ["PathOrFile", "staged_directory", "write_chunks"]

STAGING_PREFIX = ".unionkg-staging-"

PathOrFile = str | os.PathLike[str] | IO[Any]
"""Where an exporter writes: a path (written atomically) or an open text or binary file."""


def write_chunks(chunks: Iterable[str], target: PathOrFile) -> None:
    """Write ``chunks`` (UTF-8) to ``target``: a path, replaced atomically, or an open file.

    >>> import io, tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
    >>> write_chunks(["工会", "\\n"], path)
    >>> path.read_text(encoding="utf-8")
    '工会\\n'
    >>> buffer = io.BytesIO()
    >>> write_chunks(["工会"], buffer)
    >>> buffer.getvalue().decode("utf-8")
    '工会'
    """
    if isinstance(target, str | os.PathLike):
        _replace_atomically(chunks, Path(target))
        return
    binary = isinstance(target, io.BufferedIOBase | io.RawIOBase)
    for chunk in chunks:
        target.write(chunk.encode("utf-8") if binary else chunk)


def _replace_atomically(chunks: Iterable[str], path: Path) -> None:
    directory = path.parent if str(path.parent) else Path(".")
    try:
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
        descriptor, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as error:
        raise OutputError(f"{path}: cannot write there ({error.strerror or error})") from error
    temporary = Path(name)
    try:
        with open(descriptor, "w", encoding="utf-8", newline="\n") as handle:
            for chunk in chunks:
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise OutputError(f"{path}: cannot write ({error.strerror or error})") from error
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise


@contextlib.contextmanager
def staged_directory(out: Path) -> Iterator[Path]:
    """A hidden directory inside ``out`` to write a set of files into; when the block ends
    without an error each of them replaces its namesake in ``out`` (a rename each, after all
    are complete), and when it fails none does and the directory goes.

    >>> import tempfile
    >>> out = Path(tempfile.mkdtemp())
    >>> with staged_directory(out) as staging:
    ...     _ = (staging / "a.txt").write_text("new")
    >>> sorted(p.name for p in out.iterdir())
    ['a.txt']
    >>> with staged_directory(out) as staging:
    ...     _ = (staging / "a.txt").write_text("newer")
    ...     raise OutputError("disk full")
    Traceback (most recent call last):
    ...
    unionkg.errors.OutputError: disk full
    >>> (out / "a.txt").read_text(), sorted(p.name for p in out.iterdir())
    ('new', ['a.txt'])
    """
    try:
        staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out))
    except OSError as error:
        raise OutputError(f"{out}: cannot write there ({error.strerror or error})") from error
    try:
        yield staging
        written = sorted(staging.iterdir())
        for path in written:  # refuse before the first rename what would stop one midway
            if (out / path.name).is_dir():
                raise OutputError(f"{out / path.name}: a directory is in the way of the output")
        for path in written:
            os.replace(path, out / path.name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)

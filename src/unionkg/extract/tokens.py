"""Which token of the NER model covers each character of an article, for the boundary
checks of place and organization finding."""

from __future__ import annotations

from .ner import Token

__all__ = ["TokenIndex"]

_NAME_TAGS = {"LOC", "ORG", "nz", "ns", "nt", "nw"}


class TokenIndex:
    """Which token covers each character, for boundary checks."""

    def __init__(self, text: str, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.at = [-1] * (len(text) + 1)
        self.starts = {t.start for t in tokens}
        self.ends = {t.end for t in tokens}
        self.persons = frozenset(t.text for t in tokens if t.tag == "PER")  # the model's names
        for i, tok in enumerate(tokens):
            for pos in range(tok.start, tok.end):
                self.at[pos] = i

    def token(self, pos: int) -> Token | None:
        i = self.at[pos] if 0 <= pos < len(self.at) else -1
        return self.tokens[i] if i >= 0 else None

    def inside_name(self, pos: int) -> bool:
        tok = self.token(pos)
        return tok is not None and tok.tag in _NAME_TAGS

    def spans(self, start: int, end: int, tags: frozenset[str] | set[str]) -> bool:
        """Whether one token of one of ``tags`` covers ``text[start:end]`` exactly."""
        tok = self.token(start)
        return tok is not None and (tok.start, tok.end) == (start, end) and tok.tag in tags

    def is_boundary(self, pos: int) -> bool:
        return pos in self.starts or pos in self.ends

"""The document one article's extraction passes read and fill.

An :class:`ArticleDoc` holds everything the passes share about one article: the article and
its text, the model's tokens and their index, the places and organization spans found in it,
the table of its entities, the relations collected so far, and the read-only resources (the
lexicon, the gazetteer). Each pass takes the document alone, reads what earlier passes left
in it and adds its own findings, so a pass's signature never grows with what it needs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..model import Article
from .collect import Collector, Template, make_template, split_sentences
from .entities import EntityTable
from .gazetteer import Gazetteer
from .lexicon import Lexicon
from .ner import Tagger, Token
from .orgspan import OrgSpan
from .placehit import PlaceHit
from .places import source_places
from .tokens import TokenIndex

if TYPE_CHECKING:
    from .extractor import Resources

__all__ = ["ArticleDoc"]


@dataclass
class ArticleDoc:
    """One article under extraction: what the passes read and what they found.

    >>> from unionkg.model import Article
    >>> from unionkg.extract import default_resources
    >>> doc = ArticleDoc.read(Article(id="t", text="某某镇总工会成立。"), default_resources())
    >>> doc.text, [t.text for t in doc.tokens][-1], doc.table.entities
    ('某某镇总工会成立。', '。', {})
    """

    article: Article
    lex: Lexicon
    gaz: Gazetteer
    tokens: list[Token]
    index: TokenIndex
    table: EntityTable
    out: Collector  # the relations found so far, with their evidence
    places: list[PlaceHit] = field(default_factory=list)
    orgs: list[OrgSpan] = field(default_factory=list)
    tagger: Tagger | None = None  # the model, for a word read alone (a brand in a name)
    _templates: list[Template] | None = field(default=None, init=False, repr=False)

    @classmethod
    def read(cls, article: Article, resources: Resources) -> ArticleDoc:
        """The document of ``article``: its text tagged by the model, nothing found yet."""
        lex, gaz = resources.lexicon, resources.gazetteer
        tokens = _joints_apart(_separators_apart(resources.tagger.tag(article.text)), lex)
        index = TokenIndex(article.text, tokens)
        table = EntityTable(article.text, article.original, gaz, lex)
        openers = lex.cue_words["media_brand_openers"]
        table.source_places = source_places(article.publisher or "", gaz, openers)
        table.source = article.publisher or ""
        out = Collector(article, table, resources.rules)
        return cls(article, lex, gaz, tokens, index, table, out, tagger=resources.tagger)

    @property
    def text(self) -> str:
        """The article's text (normalized, as the passes read it)."""
        return self.article.text

    @property
    def templates(self) -> list[Template]:
        """The article's sentences that hold an entity, each as a template in which every
        entity mention is a placeholder; made once, when a relation pass first asks."""
        if self._templates is None:
            text = self.text
            made = (make_template(text, s, e, self.table) for s, e in split_sentences(text))
            self._templates = [t for t in made if t.slots]
        return self._templates


_MARKS = "丨|｜"  # the marks that set a headline's parts apart
_SEPARATORS = re.compile(f"[{_MARKS}]|[^{_MARKS}]+")


def _separators_apart(tokens: list[Token]) -> list[Token]:
    """The model's words cut at a separator mark (丨, |) that it read inside one (某某暖城丨某某
    供电公司: a headline's motto and a firm's name): no name runs across a separator.

    >>> words = [Token("暖万家丨青禾供电公司", "ORG", 0, 10)]
    >>> [(t.text, t.tag) for t in _separators_apart(words)]
    [('暖万家', 'ORG'), ('丨', 'w'), ('青禾供电公司', 'ORG')]
    """
    out: list[Token] = []
    for tok in tokens:
        parts = list(_SEPARATORS.finditer(tok.text))
        if len(parts) < 2:
            out.append(tok)
            continue
        for m in parts:
            tag = "w" if m.group() in _MARKS else tok.tag
            out.append(Token(m.group(), tag, tok.start + m.start(), tok.start + m.end()))
    return out


def _joints_apart(tokens: list[Token], lex: Lexicon) -> list[Token]:
    """The model's words with the word that joins two events (暨 of 成立暨某区工会代表大会) cut
    off the head of a name it read with it: no name begins with it.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> words = [Token("成立", "v", 0, 2), Token("暨青禾区工会", "ORG", 2, 8)]
    >>> [(t.text, t.tag) for t in _joints_apart(words, default_lexicon())]
    [('成立', 'v'), ('暨', 'c'), ('青禾区工会', 'ORG')]
    """
    joints = lex.cue_words["event_joints"]
    out: list[Token] = []
    for tok in tokens:
        joint = next((j for j in joints if tok.text.startswith(j)), "")
        if joint and tok.tag in {"LOC", "ORG"} and len(tok.text) - len(joint) >= 2:
            cut = tok.start + len(joint)
            out += [
                Token(joint, "c", tok.start, cut),
                Token(tok.text[len(joint) :], tok.tag, cut, tok.end),
            ]
        else:
            out.append(tok)
    return out

"""Finding the entity a person means: by IRI, by name or alias, by part of a name, or by pinyin.

``unionkg explain`` takes what a user types: ``青禾县总工会``, ``青禾`` (part of a name),
``qinghe`` or ``Qīnghé`` (pinyin, tone marks or not, spaces or not). :func:`lookup` tries the exact
match first (:func:`~unionkg.evaluation.explain.find_entities`), then names containing the query,
then names whose pinyin contains it; when nothing matches, it suggests the closest names
(:mod:`difflib`), so a typo gets a "did you mean".
"""

from __future__ import annotations

import difflib
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import RDFS, SKOS, Dataset
from rdflib.term import Node as RDFNode

from .explain import EntityRef, _ref, _triples, find_entities
from .gold import normalize_name

__all__ = ["Lookup", "lookup", "plain_pinyin"]

#: the order matches are listed in: bodies before places and people
_TYPE_ORDER = ("Union", "Organization", "Company", "Town", "Official", "Person")


@dataclass(slots=True)
class Lookup:
    """What a query matched: ``how`` is ``exact``, ``partial``, ``pinyin`` or ``none``;
    ``suggestions`` are the closest names when nothing matched."""

    how: str
    matches: list[EntityRef] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)


def plain_pinyin(text: str) -> str:
    """``text`` as toneless pinyin letters, nothing between syllables; Latin text is lowered and
    stripped of tone marks and separators, so a typed query compares with a name's pinyin.

    >>> plain_pinyin("青禾县"), plain_pinyin("Qīng hé"), plain_pinyin("qing-he")
    ('qinghexian', 'qinghe', 'qinghe')
    """
    from pypinyin import Style, lazy_pinyin

    letters = "".join(lazy_pinyin(text, style=Style.NORMAL, v_to_u=False))
    decomposed = unicodedata.normalize("NFD", letters.lower().replace("ü", "v"))
    return "".join(c for c in decomposed if c.isascii() and c.isalnum())


def _names(dataset: Dataset) -> dict[RDFNode, set[str]]:
    names: dict[RDFNode, set[str]] = defaultdict(set)
    for predicate in (RDFS.label, SKOS.altLabel):
        for subject, _, name in _triples(dataset, None, predicate, None):
            names[subject].add(str(name))
    return names


def _ranked(dataset: Dataset, subjects: set[RDFNode]) -> list[EntityRef]:
    refs = [r for r in (_ref(dataset, s) for s in subjects) if r.type in _TYPE_ORDER]
    return sorted(refs, key=lambda r: (_TYPE_ORDER.index(r.type), len(r.label), r.label, r.iri))


def lookup(dataset: Dataset, query: str, *, suggest: int = 5) -> Lookup:
    """The entities ``query`` names: exactly, else as part of a name, else by pinyin.

    >>> from unionkg.model import KnowledgeGraph, Node
    >>> from unionkg.ontology import to_dataset
    >>> u, t = "https://w3id.org/unionkg/id/union/1", "https://w3id.org/unionkg/id/town/2"
    >>> kg = KnowledgeGraph(nodes={u: Node(u, "Union", "启衡电器有限公司工会"),
    ...                            t: Node(t, "Town", "白石镇")})
    >>> found = lookup(to_dataset(kg), "启衡")
    >>> found.how, [m.label for m in found.matches]
    ('partial', ['启衡电器有限公司工会'])
    >>> lookup(to_dataset(kg), "baishi").how
    'pinyin'
    >>> lookup(to_dataset(kg), "白石乡").suggestions
    ['白石镇']
    """
    exact = find_entities(dataset, query)
    if exact:
        return Lookup("exact", exact)
    names = _names(dataset)
    wanted = normalize_name(query)
    if wanted:
        partial = {
            s for s, forms in names.items() if any(wanted in normalize_name(f) for f in forms)
        }
        if refs := _ranked(dataset, partial):
            return Lookup("partial", refs)
    latin = not any(ord(c) >= 0x2E80 for c in query)  # no CJK: typed as pinyin
    spelled = plain_pinyin(query)
    if latin and spelled:
        sounds = {s for s, forms in names.items() if any(spelled in plain_pinyin(f) for f in forms)}
        if refs := _ranked(dataset, sounds):
            return Lookup("pinyin", refs)
    # every name and alias points at its entity's canonical name: suggest each entity once
    canonical: dict[str, str] = {}
    for subject, forms in sorted(names.items(), key=lambda kv: str(kv[0])):
        ref = _ref(dataset, subject)
        if ref.type in _TYPE_ORDER:
            for form in sorted(forms):
                canonical.setdefault(form, ref.label)
    close = difflib.get_close_matches(query, sorted(canonical), n=4 * suggest, cutoff=0.5)
    if not close and spelled:
        by_sound = {plain_pinyin(form): form for form in sorted(canonical, reverse=True)}
        close = [by_sound[p] for p in difflib.get_close_matches(spelled, sorted(by_sound), suggest)]
    labels = list(dict.fromkeys(canonical[form] for form in close))
    return Lookup("none", suggestions=labels[:suggest])

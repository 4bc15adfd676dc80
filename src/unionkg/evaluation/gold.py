"""Gold annotations (``docs/gold-format.md``) read and merged into one answer key for a corpus.

Every file annotates one article. The corpus answer key joins them: two annotated entities of
one type are one gold entity when one's canonical name equals a name (canonical or alias) of the
other, so a union annotated in three articles is expected once. Names are compared after
:func:`normalize_name`.

Which annotation names the merged entity is fixed by the order of the joins, which follow the
shared scorer (``../shared/eval/score.py``): files in the order given (a directory's ``*.json``
sorted by name), entities in file order; first every entity joins the earliest one with its type
and canonical name, then every entity joins, for each of its names in the order written
(canonical name first), the earliest one whose canonical name that is. The merged group is named
after the annotation its joins lead to. (The shared scorer walks the names of an entity in
Python's set order, which changes with the string hash seed; when one annotation's names lead to
two different groups, its choice of name, and so its lists of misses, can change from run to
run. Here the order is the written one, so every run gives the same report.)
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import FormatError, InputError
from ..model import ENTITY_TYPES, RELATION_TYPES

__all__ = [
    "SYMMETRIC",
    "Gold",
    "GoldEntity",
    "GoldKey",
    "gold_files",
    "load_gold",
    "normalize_name",
]

GoldKey = tuple[str, str]
"""A merged gold entity: its type and its normalized canonical name."""

SYMMETRIC = frozenset({"partneredWith"})
"""Relations whose direction does not count."""


def normalize_name(name: str) -> str:
    """A name as it is compared: NFKC, no whitespace, full-width brackets as ASCII ones.

    >>> normalize_name("瑞安市 启衡电器（集团）")
    '瑞安市启衡电器(集团)'
    >>> normalize_name("ＡＢＣ工会")
    'ABC工会'
    """
    text = unicodedata.normalize("NFKC", name)
    return "".join(text.split()).replace("（", "(").replace("）", ")")


@dataclass(slots=True)
class GoldEntity:
    """One merged gold entity: its type, canonical name and every normalized form."""

    type: str
    name: str
    forms: set[str] = field(default_factory=set)


@dataclass(slots=True)
class Gold:
    """The merged answer key: the files read, entities by key and relations between keys."""

    files: list[Path]
    entities: dict[GoldKey, GoldEntity]
    relations: set[tuple[str, GoldKey, GoldKey]]


def gold_files(paths: Iterable[str | Path]) -> list[Path]:
    """The gold files under ``paths``: a file as given, a directory's ``*.json`` sorted by name.

    >>> gold_files([])
    []
    """
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files += sorted(path.glob("*.json"))
        elif path.exists():
            files.append(path)
        else:
            raise InputError(str(path), "no such gold file or directory", "check the path")
    return files


class _Joins:
    """Disjoint sets where ``join(a, b)`` hangs ``a``'s group under ``b``'s group."""

    def __init__(self, size: int) -> None:
        self.up = list(range(size))

    def root(self, i: int) -> int:
        while self.up[i] != i:
            self.up[i] = self.up[self.up[i]]
            i = self.up[i]
        return i

    def join(self, a: int, b: int) -> None:
        self.up[self.root(a)] = self.root(b)


@dataclass(slots=True)
class _Annotation:
    type: str
    name: str
    forms: list[str]  # normalized names, canonical first, in the order written, no repeats


def _read(path: Path) -> dict[str, Any]:
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(str(path), f"cannot read the file ({exc.strerror})") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FormatError(str(path), f"not UTF-8 JSON ({exc})", "see docs/gold-format.md") from exc
    if not isinstance(doc, dict) or not isinstance(doc.get("entities"), list):
        raise FormatError(str(path), 'no "entities" list', "see docs/gold-format.md")
    return doc


def _entity(path: Path, item: Any) -> tuple[str, _Annotation]:
    if not isinstance(item, dict) or not {"id", "type", "name"} <= item.keys():
        raise FormatError(str(path), f"entity {item!r} lacks id, type or name")
    if item["type"] not in ENTITY_TYPES:
        known = ", ".join(ENTITY_TYPES)
        raise FormatError(str(path), f"entity {item['id']!r} has type {item['type']!r}", known)
    aliases = [a for a in item.get("aliases") or [] if a.strip()]
    forms = dict.fromkeys(normalize_name(n) for n in [item["name"], *aliases])
    return str(item["id"]), _Annotation(item["type"], item["name"], list(forms))


def _relation(path: Path, item: Any, local: dict[str, int]) -> tuple[str, int, int]:
    if not isinstance(item, dict) or not {"type", "subject", "object"} <= item.keys():
        raise FormatError(str(path), f"relation {item!r} lacks type, subject or object")
    if item["type"] not in RELATION_TYPES:
        known = "known: " + ", ".join(RELATION_TYPES)
        raise FormatError(str(path), f"relation type {item['type']!r} is unknown", known)
    for end in ("subject", "object"):
        if item[end] not in local:
            raise FormatError(str(path), f"relation {item['type']} names no entity {item[end]!r}")
    return item["type"], local[item["subject"]], local[item["object"]]


def load_gold(paths: Sequence[str | Path]) -> Gold:
    """Read and merge the gold files under ``paths`` (see the module's docstring).

    >>> gold = load_gold([])
    >>> gold.entities, gold.relations
    ({}, set())
    """
    files = gold_files(paths)
    annotations: list[_Annotation] = []
    references: list[tuple[str, int, int]] = []
    for path in files:
        doc = _read(path)
        local: dict[str, int] = {}
        for item in doc["entities"]:
            local_id, annotation = _entity(path, item)
            local[local_id] = len(annotations)
            annotations.append(annotation)
        references += [_relation(path, item, local) for item in doc.get("relations") or []]

    joins = _Joins(len(annotations))
    first_named: dict[GoldKey, int] = {}
    for i, a in enumerate(annotations):
        key = (a.type, normalize_name(a.name))
        if key in first_named:
            joins.join(i, first_named[key])
        else:
            first_named[key] = i
    for i, a in enumerate(annotations):
        for form in a.forms:
            j = first_named.get((a.type, form))
            if j is not None:
                joins.join(i, j)

    entities: dict[GoldKey, GoldEntity] = {}
    key_of: list[GoldKey] = []
    for i, a in enumerate(annotations):
        head = annotations[joins.root(i)]
        key = (a.type, normalize_name(head.name))
        key_of.append(key)
        entities.setdefault(key, GoldEntity(a.type, head.name)).forms.update(a.forms)
    relations = set()
    for rtype, s, o in references:
        subject, obj = key_of[s], key_of[o]
        if rtype in SYMMETRIC and obj < subject:
            subject, obj = obj, subject
        relations.add((rtype, subject, obj))
    return Gold(files, entities, relations)

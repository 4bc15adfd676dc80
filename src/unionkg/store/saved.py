"""The named SPARQL queries shipped with unionkg (``store/queries/*.rq``).

Each file starts with comment lines that say what it is::

    # name: unions-in-town
    # description: Every union in a town, its sub-towns included
    # param: town  string  the town's name, e.g. 温州市

A parameter is ``NAME`` (required) or ``NAME?`` (optional), of kind ``string`` (a plain literal)
or ``relation`` (a ``ukg:`` relation by its local name). Its value is BOUND, never pasted into the
query: :func:`bind` writes a ``VALUES`` clause of RDF terms in N-Triples syntax (every quote,
backslash and line break escaped) where the query says ``# parameters are bound here``. Without
parameters the file is a plain query that runs as it is.

    >>> sorted(saved_queries())[:2]
    ['articles', 'companies-and-unions']
    >>> print(bind(saved_query("unions-in-town"), {"town": 'a"}#'}).splitlines()[5])
      VALUES (?town) { ("a\\"}#") }
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib.resources import files

import pyoxigraph as ox

from ..errors import UnknownNameError
from ..model import ONTOLOGY_NS, RELATION_TYPES
from .query import QueryError

__all__ = ["MARKER", "Parameter", "SavedQuery", "bind", "saved_queries", "saved_query"]

MARKER = "# parameters are bound here"
_HEADER = re.compile(r"#\s*(name|description|param):\s*(.*)")


@dataclass(frozen=True)
class Parameter:
    """A parameter of a saved query."""

    name: str
    kind: str  # "string" or "relation"
    description: str
    required: bool = True

    def term(self, value: str) -> ox.NamedNode | ox.Literal:
        """The RDF term ``value`` stands for."""
        if self.kind == "relation":
            if value.removeprefix("ukg:") not in RELATION_TYPES:
                known = ", ".join(RELATION_TYPES)
                raise QueryError(f"--param {self.name}={value}: not a relation; known: {known}")
            return ox.NamedNode(ONTOLOGY_NS + value.removeprefix("ukg:"))
        return ox.Literal(value)


@dataclass(frozen=True)
class SavedQuery:
    """A named query: its text and the parameters it takes."""

    name: str
    description: str
    parameters: tuple[Parameter, ...]
    text: str


def _parse(text: str) -> SavedQuery:
    fields: dict[str, str] = {}
    parameters = []
    for line in text.splitlines():
        match = _HEADER.fullmatch(line.strip())
        if not match:
            break
        key, value = match.groups()
        if key == "param":
            name, kind, description = value.split(None, 2)
            parameters.append(
                Parameter(name.rstrip("?"), kind, description, not name.endswith("?"))
            )
        else:
            fields[key] = value
    return SavedQuery(fields["name"], fields.get("description", ""), tuple(parameters), text)


def saved_queries() -> dict[str, SavedQuery]:
    """Every saved query, by name."""
    found = {}
    for entry in files("unionkg.store").joinpath("queries").iterdir():
        if entry.name.endswith(".rq"):
            query = _parse(entry.read_text(encoding="utf-8"))
            found[query.name] = query
    return dict(sorted(found.items()))


def saved_query(name: str) -> SavedQuery:
    """The saved query called ``name``."""
    table = saved_queries()
    if name not in table:
        raise UnknownNameError("saved query", name, list(table))
    return table[name]


def bind(query: SavedQuery, values: dict[str, str]) -> str:
    """The query's text with ``values`` bound to its parameters (a ``VALUES`` clause of escaped
    RDF terms). Unknown or missing required parameters raise :class:`QueryError`."""
    declared = {p.name: p for p in query.parameters}
    if unknown := sorted(set(values) - set(declared)):
        known = ", ".join(declared) or "none"
        raise QueryError(f"{query.name} has no parameter {unknown[0]!r}; its parameters: {known}")
    if missing := [p.name for p in query.parameters if p.required and p.name not in values]:
        raise QueryError(f"{query.name} needs --param {missing[0]}=VALUE")
    if not values:
        return query.text
    names = [p.name for p in query.parameters if p.name in values]
    terms = [str(declared[n].term(values[n])) for n in names]
    variables = " ".join(f"?{n}" for n in names)
    clause = f"VALUES ({variables}) {{ ({' '.join(terms)}) }}"
    return query.text.replace(MARKER, clause, 1)

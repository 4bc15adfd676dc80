"""SPARQL over a store or an RDF file, with the usual prefixes, guarded, in several formats.

Every query is parsed (rdflib's SPARQL parser) before it runs: a query that contains ``SERVICE``
anywhere (Oxigraph and rdflib would both fetch from the remote endpoint it names) or that is an
UPDATE is refused with :class:`QueryError`, and so is text that does not parse, with the line and
column where parsing stopped. Only then does Oxigraph run it.

    >>> import pyoxigraph as ox
    >>> store = ox.Store()
    >>> print(format_result(run_query(store, "ASK { ?s ?p ?o }"), "table"))
    false
    >>> run_query(store, "SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")
    Traceback (most recent call last):
    ...
    unionkg.store.query.QueryError: SERVICE is refused: unionkg never fetches remote data
"""

from __future__ import annotations

import io
import os
import unicodedata
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from ..errors import InputError, UnionKGError
from ..ontology import PREFIXES as GRAPH_PREFIXES
from .graphstore import BOOKKEEPING_GRAPH

__all__ = [
    "FORMATS",
    "PREFIXES",
    "QueryError",
    "check_query",
    "format_result",
    "load_rdf_file",
    "run_query",
]

PREFIXES: dict[str, str] = {
    **GRAPH_PREFIXES,
    "owl": "http://www.w3.org/2002/07/owl#",
    "org": "http://www.w3.org/ns/org#",
    "foaf": "http://xmlns.com/foaf/0.1/",
}
"""The prefixes every query may use without declaring them."""

FORMATS = ("table", "csv", "tsv", "json", "turtle", "ntriples")

Result = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples


class QueryError(UnionKGError):
    """A query that cannot be run: bad syntax (with where), SERVICE, UPDATE, a wrong format."""


def _walk(node: Any) -> Iterator[Any]:
    yield node
    if isinstance(node, list | tuple) or type(node).__name__ == "ParseResults":
        for value in node:  # a ParseResults is also a Mapping, of its named results only
            yield from _walk(value)
    elif isinstance(node, Mapping):
        for value in node.values():
            yield from _walk(value)


def check_query(text: str) -> None:
    """Raise :class:`QueryError` unless ``text`` is a SPARQL query without ``SERVICE``.

    >>> check_query("SELECT * WHERE { ?s ?p ?o }")
    >>> check_query("DELETE WHERE { ?s ?p ?o }")
    Traceback (most recent call last):
    ...
    unionkg.store.query.QueryError: SPARQL UPDATE is refused: the graph is read-only here
    >>> check_query("SELECT * WHERE {\\n ?s ?p }")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    unionkg.store.query.QueryError: SPARQL syntax error at line 2, column 2: ...
    """
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        parsed = parseQuery(text)
    except ParseBaseException as exc:
        try:
            parseUpdate(text)
        except Exception:
            near = exc.line.strip()[:60]
            raise QueryError(
                f"SPARQL syntax error at line {exc.lineno}, column {exc.col}: {exc.msg} "
                f"(in: {near!r})"
            ) from None
        raise QueryError("SPARQL UPDATE is refused: the graph is read-only here") from None
    except Exception as exc:
        raise QueryError(f"SPARQL syntax error: {exc}") from None
    for node in _walk(parsed):
        if getattr(node, "name", None) == "ServiceGraphPattern":
            raise QueryError("SERVICE is refused: unionkg never fetches remote data")


def load_rdf_file(path: str | os.PathLike[str]) -> ox.Store:
    """An in-memory store holding the RDF file ``path`` (TriG, Turtle, N-Triples, N-Quads,
    JSON-LD, RDF/XML, by extension); a build directory means its ``graph.trig``."""
    file = Path(path)
    if file.is_dir():
        file = file / "graph.trig"
    kind = ox.RdfFormat.from_extension(file.suffix.lstrip(".") or "ttl")
    if kind is None:
        raise InputError(str(file), "not an RDF file I know", "give a .ttl, .trig, .nt, .nq, "
                         ".jsonld or .rdf file, or a store with --store DIR")  # fmt: skip
    store = ox.Store()
    try:
        store.bulk_load(path=str(file), format=kind)
    except (OSError, SyntaxError, ValueError) as exc:
        raise InputError(str(file), f"cannot read it as {kind.name} ({exc})") from None
    return store


def run_query(
    store: ox.Store, text: str, bindings: Mapping[str, ox.NamedNode | ox.Literal] | None = None
) -> Result:
    """Run a SPARQL query (checked by :func:`check_query`) with :data:`PREFIXES` declared and
    ``bindings`` bound to variables (never pasted into the text); the store's bookkeeping graph
    is hidden."""
    check_query(text)
    named = [g for g in store.named_graphs() if g != BOOKKEEPING_GRAPH]
    options: dict[str, Any] = {"prefixes": PREFIXES, "named_graphs": named}
    if bindings:
        options["substitutions"] = {ox.Variable(k): v for k, v in bindings.items()}
    try:
        return store.query(text, **options)
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {exc}") from None
    except (OSError, RuntimeError) as exc:
        raise QueryError(f"the query failed: {exc}") from None


def _compact(term: Any) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, namespace in PREFIXES.items():
            if term.value.startswith(namespace):
                return f"{prefix}:{term.value[len(namespace) :]}"
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term.value)


def _printable(text: str) -> str:
    """Control characters (a terminal's escape sequences among them) shown as escapes."""
    return "".join(
        c if unicodedata.category(c)[0] != "C" else f"\\u{ord(c):04x}" for c in text
    )  # fmt: skip


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _table(variables: list[str], rows: list[list[str]]) -> str:
    widths = [max([_width(v), *(_width(r[i]) for r in rows)]) for i, v in enumerate(variables)]

    def line(cells: list[str]) -> str:
        padded = [c + " " * (w - _width(c)) for c, w in zip(cells, widths, strict=True)]
        return "  ".join(padded).rstrip()

    out = [line(variables), line(["-" * w for w in widths])]
    out += [line(r) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


def format_result(result: Result, fmt: str) -> str:
    """A query's result as text: ``table``, ``csv``, ``tsv``, ``json`` (SPARQL 1.1 results)
    for SELECT and ASK; ``turtle`` or ``ntriples`` for CONSTRUCT and DESCRIBE."""
    if isinstance(result, ox.QueryTriples):
        kinds = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES}
        if fmt not in kinds:
            raise QueryError(f"a graph result cannot be written as {fmt}; use turtle or ntriples")
        triples = sorted(result, key=str)
        data = ox.serialize(triples, format=kinds[fmt], prefixes=PREFIXES)
        return bytes(data or b"").decode("utf-8")
    if fmt in ("turtle", "ntriples"):
        raise QueryError(f"{fmt} is for CONSTRUCT and DESCRIBE; use table, csv, tsv or json")
    if fmt == "table":
        if isinstance(result, ox.QueryBoolean):
            return "true" if bool(result) else "false"
        variables = [v.value for v in result.variables]
        rows = [[_printable(_compact(s[v])) for v in variables] for s in result]
        return _table(variables, rows)
    tables = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
              "json": ox.QueryResultsFormat.JSON}  # fmt: skip
    if fmt not in tables:
        raise QueryError(f"no result format {fmt!r}; known: {', '.join(FORMATS)}")
    buffer = io.BytesIO()
    result.serialize(buffer, format=tables[fmt])
    return buffer.getvalue().decode("utf-8")

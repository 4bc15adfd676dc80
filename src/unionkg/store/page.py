"""The query page of ``unionkg serve``: one HTML file of our own, served at ``/``.

It replaces Oxigraph's YASGUI page, which marked ``ukg:`` as an error (the prefixes were only
added on the server), opened on a generic query and asked prefix.cc over the network. This one:

- shows every saved query (``store/queries/*.rq``) as an example, its parameters as fields that
  fill a ``VALUES`` clause of escaped terms into the editor (the server parses every query);
- opens with the prefixes unionkg declares written out at the top of the editor, so the text is
  a complete query that runs anywhere;
- loads nothing: its script and stylesheet are inline and a Content-Security-Policy allows only
  those two (by hash) and requests to its own origin (``connect-src 'self'``);
- sets everything it shows from the store as text, never as HTML.

The template is ``store/templates/query.html`` with ``query.js`` and ``query.css`` beside it.

    >>> page = query_page()
    >>> page.startswith(b"<!DOCTYPE html>") and b"union-chair" in page
    True
    >>> "connect-src 'self'" in PAGE_HEADERS["Content-Security-Policy"]
    True
"""

from __future__ import annotations

import base64
import functools
import hashlib
import json
import re
from importlib.resources import files
from typing import Any

from ..model import RELATION_TYPES
from .query import PREFIXES
from .saved import MARKER, saved_queries

__all__ = ["PAGE_HEADERS", "page_data", "query_page"]

_FIRST = "union-chair"  # the example the page opens on (unless the URL names another)
_EXAMPLE = re.compile(r"e\.g\.\s*([^,\s]+)")


def _template(name: str) -> str:
    return files("unionkg.store").joinpath("templates", name).read_text(encoding="utf-8")


def _hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def page_data() -> dict[str, Any]:
    """What the page's script reads: prefixes, saved queries, relations, the binding marker.

    >>> data = page_data()
    >>> data["queries"][0]["name"], data["prefixes"]["ukg"]
    ('union-chair', 'https://w3id.org/unionkg/ontology#')
    """
    queries = []
    for saved in saved_queries().values():
        parameters = [
            {
                "name": p.name,
                "kind": p.kind,
                "description": p.description,
                "required": p.required,
                "example": match.group(1) if (match := _EXAMPLE.search(p.description)) else "",
            }
            for p in saved.parameters
        ]
        text = "\n".join(line for line in saved.text.splitlines() if not _is_header(line))
        queries.append({"name": saved.name, "description": saved.description,
                        "parameters": parameters, "text": text.strip() + "\n"})  # fmt: skip
    queries.sort(key=lambda q: (q["name"] != _FIRST, q["name"]))
    return {"prefixes": PREFIXES, "queries": queries, "relations": list(RELATION_TYPES),
            "marker": MARKER}  # fmt: skip


def _is_header(line: str) -> bool:
    return re.fullmatch(r"#\s*(name|description|param):.*", line.strip()) is not None


def _script_json(value: object) -> str:
    """JSON that is safe inside a ``<script>`` element: no ``<``, ``>`` or ``&`` in it."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


@functools.cache
def _rendered() -> tuple[bytes, str]:
    script, style = _template("query.js"), _template("query.css")
    policy = (
        f"default-src 'none'; script-src {_hash(script)}; style-src {_hash(style)}; "
        "connect-src 'self'; img-src 'none'; base-uri 'none'; form-action 'none'"
    )
    page = (
        _template("query.html")
        .replace("CSP_POLICY", policy)
        .replace("STYLE_TEXT", style)
        .replace("DATA_JSON", _script_json(page_data()))
        .replace("SCRIPT_TEXT", script)
    )
    return page.encode("utf-8"), policy


def query_page() -> bytes:
    """The page, as served (the same bytes every time)."""
    return _rendered()[0]


PAGE_HEADERS: dict[str, str] = {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Security-Policy": _rendered()[1],
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
"""The headers the page is served with (its policy also in a ``<meta>`` of the page)."""

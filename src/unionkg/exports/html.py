"""The interactive explorer: one self-contained HTML file that works offline.

The page is our own template (``templates/graph.html``) and script (``templates/explorer.js``)
around vis-network, whose script and stylesheet come from pyvis's package data and are inlined:
pyvis's own templates link Bootstrap from a CDN even with ``cdn_resources="in_line"``, and its
``add_node``/``add_edge`` scan lists on every call (quadratic: minutes at 20,000 nodes), so the
nodes and edges are handed to the page as compact columns (``explorer.data.page_data``).

Layout is computed here, ahead (``explorer.layout``: igraph, communities as islands), and frozen:
the page draws at once, physics is a toggle. Graphs above ``OVERVIEW_LIMIT`` nodes open on an
overview, one node per group, which expands on a double-click.

The page's script is five files (``templates/explorer*.js``: the graph and its panel, labels,
paths and links, export, start-up) joined into one function. Latin and pinyin text is drawn with
a font embedded in the page (``explorer.font``), so no tone-marked letter depends on the fonts
of the machine.

Safety: the data is a JSON ``<script type="application/json">`` block with ``<``, ``>`` and
``&`` escaped, read by the page's script, which writes text only with ``textContent`` and links
only ``http(s)`` URLs (``rel="noopener noreferrer"``) and ``#`` links to entities; labels are
drawn on a canvas and string tooltips shown as text. A Content-Security-Policy allows only the
page's own two scripts (by hash), fonts and images from ``data:`` URLs, and no network access.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from collections.abc import Iterator
from importlib.resources import files
from typing import Any

from ..model import KnowledgeGraph
from .explorer.data import OVERVIEW_LIMIT, page_data
from .explorer.font import font_face_css
from .explorer.styles import RELATION_STYLES, TYPE_STYLES
from .files import PathOrFile, write_chunks

__all__ = [
    "OVERVIEW_LIMIT",
    "RELATION_STYLES",
    "TYPE_COLORS",
    "TYPE_NAMES",
    "TYPE_STYLES",
    "generate_html",
    "script_json",
    "write_html",
]

TYPE_COLORS = {name: style.color for name, style in TYPE_STYLES.items()}
TYPE_NAMES = {name: style.zh for name, style in TYPE_STYLES.items()}


def _vis_asset(name: str) -> str:
    text = files("pyvis").joinpath("lib", "vis-9.1.2", name).read_text(encoding="utf-8")
    # a source-map comment would make developer tools fetch a file that is not there
    return re.sub(r"//# sourceMappingURL=\S*", "", text)


def _template(name: str) -> str:
    return files("unionkg.exports").joinpath("templates", name).read_text(encoding="utf-8")


_APP_PARTS = ("explorer.js", "explorer-labels.js", "explorer-paths.js", "explorer-export.js",
              "explorer-start.js")  # fmt: skip


def _app_script() -> str:
    """The page's own script: its parts, in order, inside one strict function (one scope)."""
    parts = "".join(_template(name) for name in _APP_PARTS)
    return f'"use strict";\n(function () {{\n{parts}}})();\n'


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def _json_chunks(value: Any, items: int = 2_000) -> Iterator[str]:
    """``json.dumps(value, ensure_ascii=False, sort_keys=True)`` in pieces: a long list is
    written ``items`` items at a time, so its text is never held whole."""
    if isinstance(value, dict):
        yield "{"
        for number, key in enumerate(sorted(value)):
            yield f"{', ' if number else ''}{json.dumps(key, ensure_ascii=False)}: "
            yield from _json_chunks(value[key], items)
        yield "}"
    elif isinstance(value, list) and len(value) > items:
        yield "["
        for start in range(0, len(value), items):
            part = json.dumps(value[start : start + items], ensure_ascii=False, sort_keys=True)
            yield (", " if start else "") + part[1:-1]
        yield "]"
    else:
        yield json.dumps(value, ensure_ascii=False, sort_keys=True)


def _script_safe(text: str) -> str:
    for char in "<>&\u2028\u2029":
        text = text.replace(char, f"\\u{ord(char):04x}")
    return text


def script_json(value: Any) -> str:
    """JSON that is safe inside a ``<script>`` element: no ``</script>``, no ``<!--``.

    >>> script_json({"name": "</script><b>"})
    '{"name": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e"}'
    """
    return _script_safe(json.dumps(value, ensure_ascii=False, sort_keys=True))


def generate_html(kg: KnowledgeGraph, title: str = "unionkg 工会知识图谱") -> Iterator[str]:
    """The explorer page for the graph, as one self-contained HTML document.

    The page's data is written a slice at a time, so its text is never held whole.

    >>> from unionkg.model import KnowledgeGraph, Node
    >>> kg = KnowledgeGraph(nodes={"x": Node("x", "Company", "<b>甲</b>公司")})
    >>> page = "".join(generate_html(kg))
    >>> "<b>甲</b>" in page, "\\\\u003cb\\\\u003e甲" in page
    (False, True)
    """
    data = page_data(kg)
    vis_js = _vis_asset("vis-network.min.js")
    app_js = _app_script()
    nodes, edges, articles = data["counts"]
    corpus = f"语料 corpus: {data['corpus']}" if data["corpus"] else ""
    fields = {
        "TITLE": html.escape(title),
        "SUMMARY": html.escape(f"{nodes} 个实体 · {edges} 条关系 · {articles} 篇文章"),
        "CORPUS": html.escape(corpus),
        "SCRIPT_HASHES": f"{_csp_hash(vis_js)} {_csp_hash(app_js)}",
        "VIS_CSS": _vis_asset("vis-network.css"),
        "FONT_FACE": font_face_css(),
        "VIS_JS": vis_js,
        "APP_JS": app_js,
    }
    # one pass over each part of the template: text put in is never scanned for markers again
    before, after = _template("graph.html").split("@@DATA@@")
    yield re.sub(r"@@([A-Z_]+)@@", lambda m: fields[m.group(1)], before)
    yield from map(_script_safe, _json_chunks(data))
    yield re.sub(r"@@([A-Z_]+)@@", lambda m: fields[m.group(1)], after)


def write_html(kg: KnowledgeGraph, path_or_file: PathOrFile) -> None:
    """Write the explorer (``graph.html``), atomically when given a path."""
    write_chunks(generate_html(kg), path_or_file)

"""The explorer beside pyvis's default page, for the same synthetic graphs, in one run.

    python benchmarks/explorer.py [--sizes 500 5000 20000] [--timeout 60]

For each size it builds a synthetic graph (``synthetic.py``: about 2 edges per node, invented
names), writes our page (``unionkg.exports.html``) and pyvis's default page for the same nodes
and edges (``Network(directed=True)``, physics on, its own template; ``cdn_resources="in_line"``
so that it can run offline at all; the Bootstrap links it still has are refused), and opens both
in headless Chromium (/usr/bin/chromium), one fresh page each. Measured:

- Python side: the layout alone (``layout_graph``), our whole page (layout included) and the
  time pyvis takes to assemble its network (``add_node``/``add_edge``) and write its page;
- in the browser, from navigation start: the first frame with the graph drawn (the first
  ``fill``/``stroke`` on a canvas, then the next animation frame), and interactive: drawn, the
  physics settled (or off), and the main thread free to run the next animation frame; then one
  ``redraw()`` as a proxy for the cost of every pan and zoom frame.

A page that has not settled within ``--timeout`` seconds is reported as ``>timeout``.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path
from typing import Any

from playwright.sync_api import sync_playwright
from pyvis.network import Network
from synthetic import synthetic_graph

from unionkg.exports.explorer.layout import layout_graph
from unionkg.exports.html import TYPE_COLORS, write_html
from unionkg.model import KnowledgeGraph

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]

# Installed before any script of the page runs: note the first drawing on a canvas, then poll
# once per animation frame until the network is drawn and settled.
PROBE = """
(() => {
  const probe = window.__probe = {first: null, interactive: null};
  const proto = CanvasRenderingContext2D.prototype;
  for (const name of ["fill", "stroke"]) {
    const original = proto[name];
    proto[name] = function (...args) {
      if (probe.first === null && probe.drawing === undefined) {
        probe.drawing = true;
        requestAnimationFrame(() => { probe.first = performance.now(); });
      }
      return original.apply(this, args);
    };
  }
  function poll() {
    const net = (window.unionkg && window.unionkg.network) || window.network;
    const settled = net && net.physics && (!net.physics.physicsEnabled || net.physics.stabilized);
    if (probe.first !== null && settled && (!window.unionkg || window.unionkg.ready)) {
      probe.interactive = performance.now();
      return;
    }
    requestAnimationFrame(poll);
  }
  requestAnimationFrame(poll);
})();
"""

REDRAW = """
() => new Promise(resolve => {
  const net = (window.unionkg && window.unionkg.network) || window.network;
  const start = performance.now();
  net.once("afterDrawing", () => resolve(performance.now() - start));
  net.redraw();
})
"""


def write_pyvis(kg: KnowledgeGraph, path: Path) -> None:
    """pyvis's default page for the graph: its template, its options, physics on."""
    network = Network(directed=True, cdn_resources="in_line")
    for iri in sorted(kg.nodes):
        node = kg.nodes[iri]
        network.add_node(iri, label=node.label, title=node.type, color=TYPE_COLORS[node.type])
    for edge in kg.edges:
        network.add_edge(edge.subject, edge.object, title=edge.type)
    path.write_text(network.generate_html(), encoding="utf-8")


def measure(browser: Any, path: Path, timeout: float) -> dict[str, Any]:
    page = browser.new_page(viewport={"width": 1400, "height": 850})
    outside: list[str] = []

    def route(r: Any) -> None:
        if r.request.url.startswith(("file:", "data:")):
            r.continue_()
        else:
            outside.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.add_init_script(PROBE)
    page.goto(path.as_uri(), wait_until="commit")
    deadline = time.monotonic() + timeout
    result: dict[str, Any] = {"first": None, "interactive": None, "redraw": None}
    while time.monotonic() < deadline:
        probe = page.evaluate("window.__probe || {}")
        result["first"] = probe.get("first")
        if probe.get("interactive") is not None:
            result["interactive"] = probe["interactive"]
            result["redraw"] = page.evaluate(REDRAW)
            break
        page.wait_for_timeout(50)
    result["outside"] = len(outside)
    page.close()
    return result


def seconds(value: float | None, timeout: float, scale: float = 1000.0) -> str:
    return f">{timeout:.0f}s" if value is None else f"{value / scale:.2f}s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 5_000, 20_000])
    parser.add_argument("--timeout", type=float, default=60.0)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="unionkg-bench-"))
    print(
        "page     nodes  edges | python: layout  page  | size    | first frame  interactive"
        "  redraw | outside requests | python + interactive",
        flush=True,
    )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS
        )
        for size in args.sizes:
            kg = synthetic_graph(size)
            iris = sorted(kg.nodes)
            index = {iri: i for i, iri in enumerate(iris)}
            started = time.perf_counter()
            layout_graph(len(iris), [(index[e.subject], index[e.object]) for e in kg.edges])
            layout = time.perf_counter() - started
            ours, theirs = work / f"ours-{size}.html", work / f"pyvis-{size}.html"
            started = time.perf_counter()
            write_html(kg, ours)
            generate = time.perf_counter() - started
            started = time.perf_counter()
            write_pyvis(kg, theirs)
            assemble = time.perf_counter() - started
            mine = measure(browser, ours, args.timeout)
            other = measure(browser, theirs, args.timeout)
            print(row("unionkg", kg, f"{layout:5.2f}s", generate, ours, mine, args.timeout))
            print(row("pyvis", kg, "   -  ", assemble, theirs, other, args.timeout), flush=True)
        browser.close()


def row(
    name: str,
    kg: KnowledgeGraph,
    layout: str,
    python: float,
    path: Path,
    got: dict[str, Any],
    timeout: float,
) -> str:
    """One line of the table."""
    ready = got["interactive"]
    total = "-" if ready is None else f"{python + ready / 1000:.2f}s"
    redraw = "-" if got["redraw"] is None else f"{got['redraw']:.0f}ms"
    return (
        f"{name:8} {len(kg.nodes):6} {len(kg.edges):6} | {layout:>13} {python:5.2f}s"
        f" | {path.stat().st_size / 1e6:5.1f}MB | {seconds(got['first'], timeout):>11}"
        f"  {seconds(ready, timeout):>11}  {redraw:>6} | {got['outside']:16} | {total}"
    )


if __name__ == "__main__":
    main()

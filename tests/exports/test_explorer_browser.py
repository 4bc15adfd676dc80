"""The explorer's ways of finding things, in Debian's chromium: ranked search and Enter, a click
that centres the node without shrinking the graph, links to entities (``graph.html#<id>``), the
shortest path between two entities, labels that never overlap, the unconnected nodes folded
aside, exporting what is shown, and the embedded pinyin font.

The graphs are made up here (启衡, 明远 … are invented names) or tests/conftest.py's.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from unionkg.model import ID_BASE, Article, Edge, Evidence, KnowledgeGraph, Node

from .conftest import Opened

pytestmark = pytest.mark.browser

SENTENCE = "启衡市总工会与明远电器有限公司签订协议。"


def _iri(kind: str, key: str) -> str:
    return f"{ID_BASE}{kind}/{key}"


def _ranked_graph() -> KnowledgeGraph:
    """Names that a plain substring search lists in IRI order, worst first."""
    nodes = [
        Node(_iri("a", "1"), "Organization", "启衡市住房和城乡建设局"),
        Node(_iri("a", "2"), "Person", "启衡明"),
        Node(_iri("a", "3"), "Town", "南启衡村"),  # holds the query, does not start with it
        Node(_iri("a", "4"), "Town", "启衡市"),
        Node(_iri("b", "1"), "Union", "启衡市教育工会"),  # a union with fewer connections
        Node(_iri("b", "2"), "Union", "启衡市总工会"),
        Node(_iri("c", "1"), "Union", "明远镇总工会"),
        Node(_iri("c", "2"), "Company", "明远电器有限公司", {"明远"}),  # an exact alias
    ]
    ev = [Evidence("x-1", SENTENCE, 0, len(SENTENCE), "test/v1", 0.8)]
    edges = [
        Edge(_iri("b", "2"), "locatedIn", _iri("a", "4"), ev),
        Edge(_iri("b", "2"), "partneredWith", _iri("c", "2"), ev),
        Edge(_iri("b", "1"), "subOrganizationOf", _iri("b", "2"), ev),
        Edge(_iri("c", "1"), "locatedIn", _iri("a", "4"), ev),
    ]
    article = Article("x-1", SENTENCE, title="启衡测试")
    return KnowledgeGraph({n.iri: n for n in nodes}, edges, {"x-1": article})


def _result_labels(opened: Opened) -> list[str]:
    return [
        text.split(" ")[0]
        for text in opened.page.locator("#results li").all_inner_texts()  # "label pinyin · type"
    ]


def test_search_is_ranked_and_enter_opens_the_best_hit(open_page: Callable[..., Opened]) -> None:
    opened = open_page(_ranked_graph())
    search = opened.page.locator("#search")
    search.fill("启衡")  # prefix matches: unions (most connected first), organization, town, person
    assert _result_labels(opened) == [
        "启衡市总工会", "启衡市教育工会", "启衡市住房和城乡建设局", "启衡市", "启衡明", "南启衡村",
    ]  # fmt: skip
    search.press("Enter")
    assert opened.page.locator("#panel h2").inner_text() == "启衡市总工会"
    assert opened.js("window.unionkg.network.getSelectedNodes()") == [opened.index("启衡市总工会")]

    search.fill("明远")  # an exact alias comes before a prefix, whatever the types
    assert _result_labels(opened)[:2] == ["明远电器有限公司", "明远镇总工会"]
    search.fill("启衡市")  # the exact name first
    assert _result_labels(opened)[0] == "启衡市"
    search.fill("qiheng")  # pinyin without tones still finds them, ranked the same way
    assert _result_labels(opened)[:2] == ["启衡市总工会", "启衡市教育工会"]
    search.fill("qǐhéng")  # and with them
    assert _result_labels(opened)[0] == "启衡市总工会"
    opened.assert_clean()


def _canvas_size(opened: Opened) -> list[float]:
    size: list[float] = opened.js(
        "(() => { const b = document.querySelector('#graph canvas').getBoundingClientRect();"
        " return [b.width, b.height]; })()"
    )
    return size


def _settled(opened: Opened) -> None:
    opened.page.wait_for_timeout(500)  # the 300 ms move to the node


def test_clicking_a_node_centres_it_and_keeps_the_graph_whole(
    open_page: Callable[..., Opened], kg: KnowledgeGraph
) -> None:
    opened = open_page(kg)
    before = _canvas_size(opened)
    for label in ("温州市", "东风电器有限公司"):  # one at the edge of the picture, then another
        opened.click_node(label)
        opened.page.locator("#panel").wait_for(state="visible")
        _settled(opened)
        assert _canvas_size(opened) == before  # the panel lies over the canvas, not beside it
        box = opened.js(
            "(() => { const c = document.querySelector('#graph canvas').getBoundingClientRect();"
            " const p = document.querySelector('#panel').getBoundingClientRect();"
            " return {left: c.left, top: c.top, width: c.width, height: c.height,"
            " panel: p.width}; })()"
        )
        point = opened.node_point(opened.index(label))
        # in the middle of the part of the canvas the panel leaves free
        assert abs(point["x"] - (box["left"] + (box["width"] - box["panel"]) / 2)) < 3
        assert abs(point["y"] - (box["top"] + box["height"] / 2)) < 3
        assert opened.page.locator("#panel h2").inner_text() == label
    opened.page.locator("#panel-close").click()  # the panel closes, the selection goes
    assert opened.page.locator("#panel").is_hidden()
    assert opened.js("window.unionkg.network.getSelectedNodes()") == []
    assert opened.js("location.hash") == ""
    opened.assert_clean()


def test_a_link_opens_the_page_on_an_entity_and_selection_updates_it(
    open_page: Callable[..., Opened], kg: KnowledgeGraph
) -> None:
    union = next(n for n in kg.nodes.values() if n.label == "乐清市虹桥镇总工会")
    fragment = "#" + union.iri.removeprefix(ID_BASE)
    opened = open_page(kg, fragment)
    assert opened.page.locator("#panel h2").inner_text() == "乐清市虹桥镇总工会"
    assert opened.js("window.unionkg.network.getSelectedNodes()") == [opened.index(union.label)]
    assert opened.page.locator("#entity-link").get_attribute("href") == fragment

    _settled(opened)  # opening on an entity moves the view to it: click where nodes came to rest
    opened.click_node("王海")  # selecting another entity rewrites the address
    chair = next(n for n in kg.nodes.values() if n.label == "王海")
    wanted = "#" + chair.iri.removeprefix(ID_BASE)
    opened.page.wait_for_function("h => location.hash === h", arg=wanted, timeout=10_000)
    opened.js("f => { location.hash = f; }", fragment)  # following a link on the page opens it
    opened.page.wait_for_function(
        "() => document.querySelector('#panel h2').textContent === '乐清市虹桥镇总工会'"
    )
    opened.page.locator("#reset").click()
    assert opened.js("location.hash") == ""
    opened.assert_clean()
    by_name = open_page(kg, "#东风电器有限公司")  # a link may also give the exact name
    assert by_name.page.locator("#panel h2").inner_text() == "东风电器有限公司"
    by_name.assert_clean()


@pytest.mark.parametrize("fragment", ["#union/no-such-thing", "#%E5%B7%A5%E4", "#<b>"])
def test_an_unknown_link_opens_the_page_as_usual(
    open_page: Callable[..., Opened], kg: KnowledgeGraph, fragment: str
) -> None:
    opened = open_page(kg, fragment)
    assert opened.page.locator("#panel").is_hidden()
    assert len(opened.js("window.unionkg.visibleNodeIds()")) == len(kg.nodes)
    opened.assert_clean()


def test_shortest_path_between_two_chosen_entities(
    open_page: Callable[..., Opened], kg: KnowledgeGraph
) -> None:
    opened = open_page(kg)
    opened.click_node("王海")
    opened.page.locator("#path-from").click()
    assert "王海" in opened.page.locator("#path-start").inner_text()
    _settled(opened)
    opened.click_node("温州市")
    opened.page.locator("#path-to").click()
    steps = opened.page.locator("#panel ol.path > li")
    on_path = ["王海", "乐清市虹桥镇总工会", "虹桥镇", "乐清市", "温州市"]
    assert [text.split(" ")[0] for text in steps.all_inner_texts()] == on_path
    assert "chairedBy" in steps.nth(0).inner_text()  # the relation between each pair
    selected = set(opened.js("window.unionkg.network.getSelectedNodes()"))
    assert selected == {opened.index(label) for label in on_path}  # highlighted
    edges = opened.js("window.unionkg.network.getSelectedEdges()")
    data_edges = opened.js("window.unionkg.data.edges")
    labels = opened.js("window.unionkg.data.nodes.label")
    ends = {frozenset((labels[data_edges["from"][k]], labels[data_edges["to"][k]])) for k in edges}
    assert ends == {frozenset(pair) for pair in itertools.pairwise(on_path)}

    opened.click_node("东风电器有限公司")  # not connected to 王海
    opened.page.locator("#path-to").click()
    assert "no path" in opened.page.locator("#panel .no-path").inner_text()
    opened.assert_clean()


def _overlapping(labels: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [
        (a["text"], b["text"])
        for n, a in enumerate(labels)
        for b in labels[n + 1 :]
        if a["x"] < b["x"] + b["w"]
        and b["x"] < a["x"] + a["w"]
        and a["y"] < b["y"] + b["h"]
        and b["y"] < a["y"] + a["h"]
    ]


def _crowded_graph() -> KnowledgeGraph:
    """A hub with forty spokes of long names: too many labels to show at once."""
    hub = Node(_iri("u", "hub"), "Union", "启衡市总工会")
    spokes = [
        Node(_iri("c", f"{i:02d}"), "Company", f"启衡第{i}号精密机械制造有限公司")
        for i in range(40)
    ]
    edges = [Edge(s.iri, "memberOf", hub.iri) for s in spokes]
    edges += [Edge(spokes[i].iri, "partneredWith", spokes[i + 1].iri) for i in range(0, 10)]
    return KnowledgeGraph({n.iri: n for n in [hub, *spokes]}, edges)


def test_labels_name_the_hubs_at_first_view_and_never_overlap(
    open_page: Callable[..., Opened],
) -> None:
    opened = open_page(_crowded_graph())
    opened.page.wait_for_timeout(300)
    first = opened.js("window.unionkg.labels()")
    texts = [label["text"] for label in first]
    assert texts[0] == "启衡市总工会"  # the most connected node is named first
    assert 1 < len(first) < 41  # some, not all: the rest would overlap
    assert _overlapping(first) == []
    # the spokes with three edges each (the rest have one or two) come next
    busiest = {f"启衡第{i}号精密机械制造有限公司" for i in range(1, 10)}
    assert texts[1] in busiest
    opened.js(
        "() => { const n = window.unionkg.network; n.moveTo({scale: n.getScale() * 4}); }"
    )  # zoomed in: more room, more names, still none over another
    opened.page.wait_for_timeout(300)
    zoomed = opened.js("window.unionkg.labels()")
    assert _overlapping(zoomed) == []
    opened.page.locator("#reset").click()
    opened.click_node("启衡第30号精密机械制造有限公司")  # the selected node is named first
    _settled(opened)
    selected = opened.js("window.unionkg.labels()")
    assert selected[0]["text"] == "启衡第30号精密机械制造有限公司"
    assert selected[1]["text"] == "启衡市总工会" and len(selected) > 2  # and the others still
    assert _overlapping(selected) == []
    opened.click_node("启衡市总工会")
    _settled(opened)
    selected = opened.js("window.unionkg.labels()")
    assert selected[0]["text"] == "启衡市总工会" and len(selected) > 2
    assert _overlapping(selected) == []
    opened.assert_clean()


def test_unconnected_nodes_wait_folded_aside(
    open_page: Callable[..., Opened], kg: KnowledgeGraph
) -> None:
    loners = [Node(_iri("person", f"byline-{i}"), "Person", f"明远{i}号") for i in range(6)]
    kg.nodes.update({n.iri: n for n in loners})
    opened = open_page(kg)
    group = opened.js("window.unionkg.data.groups.isolated")
    assert group >= 0
    shown = opened.js("window.unionkg.visibleNodeIds()")
    assert f"g{group}" in shown  # one circle for them all
    assert not {n.label for n in loners} & opened.visible_labels()
    assert opened.visible_labels() == {n.label for n in kg.nodes.values()} - {
        n.label for n in loners
    }
    circle = opened.js(f"window.unionkg.network.getPositions(['g{group}'])['g{group}']")
    xs = [opened.js(f"window.unionkg.network.getPositions([{i}])[{i}].x") for i in shown[1:]]
    assert circle["x"] > max(xs)  # beside the graph, not in it
    opened.js(f"window.unionkg.expandGroup({group})")
    assert {n.label for n in loners} <= opened.visible_labels()
    opened.assert_clean()


def _download(opened: Opened, button: str) -> bytes:
    with opened.page.expect_download() as info:
        opened.page.locator(button).click()
    return Path(info.value.path()).read_bytes()


def test_exports_what_is_shown(
    open_page: Callable[..., Opened], kg: KnowledgeGraph, xss_name: str
) -> None:
    opened = open_page(kg)
    opened.page.locator("#type-2").uncheck()  # Town: hide the places and their edges
    shown = opened.visible_labels()
    entities = _download(opened, "#export-nodes")
    assert entities.startswith(b"\xef\xbb\xbf")  # Excel reads it as UTF-8
    rows = list(csv.DictReader(io.StringIO(entities.decode("utf-8-sig"))))
    assert {row["label"] for row in rows} == shown
    relations = list(
        csv.DictReader(io.StringIO(_download(opened, "#export-edges").decode("utf-8-sig")))
    )
    assert {(r["subject"], r["relation"], r["object"]) for r in relations} == {
        ("乐清市虹桥镇总工会", "chairedBy", "王海"),
        ("东风电器有限公司", "partneredWith", xss_name),
    }
    assert {r["sentence"] for r in relations} >= {"王海当选虹桥镇总工会主席。"}
    document = json.loads(_download(opened, "#export-json"))
    assert {n["label"] for n in document["nodes"]} == shown
    assert len(document["edges"]) == 2 and document["edges"][0]["evidence"][0]["sentence"]
    assert _download(opened, "#export-png").startswith(b"\x89PNG\r\n\x1a\n")
    opened.assert_clean()


def test_pinyin_letters_come_from_the_embedded_font(
    open_page: Callable[..., Opened], kg: KnowledgeGraph
) -> None:
    opened = open_page(kg)
    opened.click_node("王海")  # wáng hǎi: a third tone
    pinyin = opened.page.locator("#panel .pinyin")
    assert "ǎ" in pinyin.inner_text()
    opened.page.evaluate("document.fonts.ready")
    session = opened.page.context.new_cdp_session(opened.page)
    session.send("DOM.enable")
    session.send("CSS.enable")
    root = session.send("DOM.getDocument")["root"]["nodeId"]
    node = session.send("DOM.querySelector", {"nodeId": root, "selector": "#panel .pinyin"})
    fonts = session.send("CSS.getPlatformFontsForNode", {"nodeId": node["nodeId"]})["fonts"]
    # every glyph, the tone-marked vowel among them, drawn by the page's own font
    assert fonts and all(font["isCustomFont"] for font in fonts), fonts
    assert sum(font["glyphCount"] for font in fonts) == len("wáng hǎi")
    opened.assert_clean()

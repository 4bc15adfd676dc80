"""Each saved query on the small store of conftest.py (invented names), with its known answer;
parameters are bound, never pasted: values with quotes, braces, # and line breaks are safe."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest

from unionkg.store import GraphStore
from unionkg.store.query import QueryError, format_result, run_query
from unionkg.store.saved import MARKER, bind, saved_queries, saved_query


def _rows(store_dir: Path, name: str, **params: str) -> list[dict[str, str]]:
    store = ox.Store.read_only(str(store_dir))  # as unionkg query opens it
    data = json.loads(format_result(run_query(store, bind(saved_query(name), params)), "json"))
    return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]


def test_every_saved_query_parses_and_declares_its_parameters():
    queries = saved_queries()
    assert {"union-chair", "unions-in-town", "union-hierarchy", "companies-and-unions",
            "partnership-network", "officials-with-several-posts",
            "edge-evidence"} <= set(queries)  # fmt: skip
    for query in queries.values():
        assert query.description
        assert (MARKER in query.text) == bool(query.parameters), query.name


def test_union_chair(store_dir: Path):
    rows = _rows(store_dir, "union-chair", union="启衡电器工会")  # an alias works too
    assert [(r["union_name"], r["official_name"], r["title"]) for r in rows] == [
        ("瑞安市启衡电器有限公司工会", "林启明", "主席")
    ]


def test_unions_in_town_include_sub_towns(store_dir: Path):
    rows = _rows(store_dir, "unions-in-town", town="温州市")
    assert sorted((r["union_name"], r["place_name"]) for r in rows) == [
        ("乐清市柳岸电子有限公司工会", "乐清市"),
        ("瑞安市启衡电器有限公司工会", "瑞安市"),
        ("瑞安市塘下镇总工会", "塘下镇"),  # 塘下镇 -> 瑞安市 -> 温州市
        ("瑞安市总工会", "瑞安市"),
    ]
    assert [r["union_name"] for r in _rows(store_dir, "unions-in-town", town="塘下镇")] == [
        "瑞安市塘下镇总工会"
    ]


def test_union_hierarchy(store_dir: Path):
    rows = _rows(store_dir, "union-hierarchy", union="瑞安市总工会")
    assert sorted((r["member_name"], r["parent_name"]) for r in rows) == [
        ("塘下镇云湾工会", "瑞安市塘下镇总工会"),
        ("瑞安市启衡电器有限公司工会", "瑞安市总工会"),
        ("瑞安市塘下镇总工会", "瑞安市总工会"),
    ]


def test_companies_and_their_unions(store_dir: Path):
    rows = _rows(store_dir, "companies-and-unions")
    assert [(r["company_name"], r.get("union_name")) for r in rows] == [
        ("瑞安市启衡电器有限公司", "瑞安市启衡电器有限公司工会"),
        ("瑞安市明澜物流有限公司", None),
    ]


def test_partnership_network(store_dir: Path):
    pairs = {frozenset((r["a_name"], r["b_name"])) for r in _rows(store_dir, "partnership-network")}
    assert pairs == {
        frozenset(("瑞安市总工会", "瑞安市明澜物流有限公司")),
        frozenset(("乐清市柳岸电子有限公司工会", "瑞安市明澜物流有限公司")),
    }
    one = _rows(store_dir, "partnership-network", organization="乐清市柳岸电子有限公司工会")
    assert len(one) == 1 and one[0]["evidence_count"] == "1"


def test_officials_with_several_posts(store_dir: Path):
    rows = _rows(store_dir, "officials-with-several-posts")
    assert [(r["official_name"], r["posts"]) for r in rows] == [("林启明", "2")]


def test_edge_evidence(store_dir: Path):
    rows = _rows(store_dir, "edge-evidence", subject="林启明", relation="holdsPosition")
    assert len(rows) == 1
    assert rows[0]["object_name"] == "瑞安市总工会"
    assert rows[0]["sentence"] == "瑞安市总工会副主席林启明出席。"
    assert rows[0]["article"].endswith("/article/r-02")
    assert len(_rows(store_dir, "edge-evidence")) == 15  # one piece of evidence per relation


@pytest.mark.parametrize("value", ['x" } ; DROP ALL #', "a\nb } UNION { ?s ?p ?o }", "\\", "'"])
def test_parameters_are_bound_not_pasted(store_dir: Path, value: str):
    assert _rows(store_dir, "unions-in-town", town=value) == []


def test_a_name_with_quotes_braces_and_newlines_is_found(tmp_path: Path, extractions):
    odd = 'A"}#\n工会'
    r01 = extractions["r-01"]
    r01.entities[0].aliases.add(odd)
    with GraphStore.open(tmp_path / "s") as store:
        store.add_extractions([r01])
    rows = _rows(tmp_path / "s", "union-chair", union=odd)
    assert [r["official_name"] for r in rows] == ["林启明"]


def test_parameter_errors_are_clear():
    with pytest.raises(QueryError, match="needs --param town=VALUE"):
        bind(saved_query("unions-in-town"), {})
    with pytest.raises(QueryError, match="has no parameter 'city'; its parameters: town"):
        bind(saved_query("unions-in-town"), {"town": "x", "city": "y"})
    with pytest.raises(QueryError, match="not a relation; known: chairedBy"):
        bind(saved_query("edge-evidence"), {"relation": "ownedBy"})


def test_saved_queries_run_in_memory_too():
    assert list(run_query(ox.Store(), saved_query("companies-and-unions").text)) == []

"""The analytics API and ``unionkg analyze`` on the small graph of conftest.py (known answers)."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import unionkg
from unionkg.analysis import Graph, analyze, format_analysis
from unionkg.analysis.run import CSV_FILES
from unionkg.cli import cli
from unionkg.errors import UnknownNameError
from unionkg.model import KnowledgeGraph
from unionkg.ontology import to_quads
from unionkg.ontology.read import read_graph

from .conftest import CHAINS

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("name", ["", "graph.ttl", "graph.trig", "graph.jsonld"])
def test_load_reads_a_build_and_every_rdf_file(build_dir: Path, union_kg: KnowledgeGraph,
                                               name: str) -> None:  # fmt: skip
    graph = unionkg.load(build_dir / name if name else build_dir)
    assert len(graph.kg.nodes) == len(union_kg.nodes)
    assert len(graph.kg.edges) == len(union_kg.edges)
    chains = {n.label: n.attributes.get("parents", "") for n in graph.nodes("Town")}
    assert chains == CHAINS  # the place chains come back from the locatedIn edges


def test_reading_back_gives_the_same_statements(kg: KnowledgeGraph, tmp_path: Path) -> None:
    from unionkg.exports.rdf import write_trig

    write_trig(kg, tmp_path / "graph.trig")
    assert to_quads(read_graph(tmp_path / "graph.trig")) == to_quads(kg)


def test_to_networkx_carries_attributes_and_filters(union_kg: KnowledgeGraph) -> None:
    graph = Graph(union_kg)
    g = graph.to_networkx()
    town = g.nodes[graph.find("启衡镇").iri]
    assert (town["type"], town["parents"]) == ("Town", "瑞安市/温州市/浙江省")
    union = g.nodes[graph.find("启衡总工会").iri]
    assert (union["label"], union["aliases"]) == ("启衡镇总工会", "启衡总工会")
    chair = g.edges[union["iri"], graph.find("林启明").iri, "chairedBy"]
    assert (chair["relation"], chair["confidence"], chair["evidence"]) == ("chairedBy", 0.9, 1)
    assert graph.to_networkx(types={"Town"}).number_of_edges() == 4
    assert graph.to_networkx(relations={"chairedBy"}).number_of_edges() == 2
    assert graph.to_networkx(min_confidence=0.8).number_of_edges() == len(union_kg.edges) - 2
    with pytest.raises(UnknownNameError, match="known: chairedBy"):
        graph.to_networkx(relations={"chairs"})


def test_analysis_has_the_known_answers(build_dir: Path) -> None:
    result = analyze(unionkg.load(build_dir))
    assert [r["label"] for r in result.top("betweenness", 3)] == [
        "瑞安市启衡电器有限公司工会", "启衡镇总工会", "瑞安市启衡电器有限公司",
    ]  # fmt: skip
    assert result.top("degree", 1)[0]["degree"] == 3
    federation = next(t for t in result.hierarchy if t["label"] == "瑞安市总工会")
    assert federation["children"][0]["label"] == "启衡镇总工会"
    assert federation["children"][0]["children"][0]["label"] == "瑞安市启衡电器有限公司工会"
    places = {r["place"]: (r["level"], r["direct"], r["total"]) for r in result.unions_per_place}
    assert places == {
        "浙江省": ("province", 0, 3), "温州市": ("city", 0, 3),
        "瑞安市": ("county", 1, 3), "启衡镇": ("town", 2, 2),
    }  # fmt: skip
    assert [(r["official"], r["organizations"]) for r in result.multi_post_officials] == [
        ("林启明", 2)
    ]
    assert [r["size"] for r in result.partnership_clusters] == [2]
    assert sum(r["size"] for r in result.communities) == 10  # every tied node in one community
    coverage = {r["company"]: r["union"] for r in result.coverage["companies"]}
    assert coverage == {"瑞安市启衡电器有限公司": "瑞安市启衡电器有限公司工会",
                        "瑞安市明远纺织有限公司": ""}  # fmt: skip
    assert [r["town"] for r in result.coverage["towns_without_union"]] == ["明远村"]


def test_analysis_is_the_same_from_memory_and_from_rdf(union_kg: KnowledgeGraph,
                                                       build_dir: Path) -> None:  # fmt: skip
    from_rdf = format_analysis(analyze(unionkg.load(build_dir)))
    assert format_analysis(analyze(Graph(union_kg))) == from_rdf
    assert format_analysis(analyze(unionkg.load(build_dir))) == from_rdf  # seeded: same again


def test_cli_prints_and_writes_json_and_csv(build_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "analysis"
    result = CliRunner().invoke(cli, ["analyze", str(build_dir), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "== union hierarchy (subOrganizationOf)" in result.output
    assert "PageRank" in result.output or "pagerank" in result.output
    document = json.loads((out / "analysis.json").read_text(encoding="utf-8"))
    assert document["multi_post_officials"][0]["official"] == "林启明"
    for name, columns in CSV_FILES.items():
        # Excel reads a CSV file as UTF-8 only when it starts with the byte order mark
        assert (out / name).read_bytes().startswith(b"\xef\xbb\xbf" + columns[0].encode()), name
        with open(out / name, encoding="utf-8-sig", newline="") as handle:
            assert tuple(next(csv.reader(handle))) == columns, name
    with open(out / "coverage_towns.csv", encoding="utf-8-sig", newline="") as handle:
        assert [row["town"] for row in csv.DictReader(handle)] == ["明远村"]


@pytest.mark.parametrize(("path", "code"), [("missing-dir", 2), ("README.md", 3)])
def test_cli_bad_path_is_one_line(path: str, code: int) -> None:
    result = CliRunner().invoke(cli, ["analyze", str(ROOT / path)])
    assert result.exit_code == code
    assert result.output.count("\n") == 1 and result.output.startswith("error: ")


EXAMPLES = {
    "who_chairs_what.py": ([], "林启明 chairs 启衡镇总工会 (also: 副主席 @ 瑞安市总工会)"),
    "federation_hierarchy.py": (["瑞安市"], "    瑞安市启衡电器有限公司工会 (Union)"),
    "partnership_network.py": ([], "- 2: 瑞安市启衡电器有限公司 — 瑞安市明远纺织有限公司"),
}


@pytest.mark.parametrize("script", sorted(EXAMPLES))
def test_example_script_runs(script: str, build_dir: Path) -> None:
    args, expected = EXAMPLES[script]
    run = subprocess.run(
        [sys.executable, "-W", "error", str(ROOT / "examples" / script), str(build_dir), *args],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert expected in run.stdout.splitlines()

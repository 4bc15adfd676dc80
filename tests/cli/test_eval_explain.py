"""``unionkg eval`` and ``unionkg explain`` run in-process over a graph and gold files we wrote.

The names are invented for these tests (瑞安市启衡电器有限公司工会, 林启明); see
tests/evaluation/conftest.py for the same graph with its evidence.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from unionkg.cli import cli

ARTICLE = "瑞安市总工会主席林启明出席了瑞安市启衡电器有限公司工会成立大会。\n"
GOLD = {
    "id": "a",
    "source": {"url": None, "title": None, "published": None, "publisher": None},
    "text": ARTICLE,
    "entities": [
        {"id": "e1", "type": "Union", "name": "瑞安市总工会", "aliases": []},
        {"id": "e2", "type": "Official", "name": "林启明", "aliases": []},
        {"id": "e3", "type": "Union", "name": "瑞安市启衡电器有限公司工会", "aliases": []},
        {"id": "e4", "type": "Town", "name": "瑞安市", "aliases": []},
        {"id": "e5", "type": "Company", "name": "瑞安市启衡电器有限公司", "aliases": []},
    ],
    "relations": [{"type": "chairedBy", "subject": "e1", "object": "e2", "title": "主席"}],
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("eval")
    (root / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "gold").mkdir()
    (root / "gold" / "a.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(root / "a.txt"), "-o", str(root / "out")])
    assert result.exit_code == 0, result.output
    return root


@pytest.mark.parametrize("command", ["eval", "explain"])
def test_help(command: str) -> None:
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0 and "Usage:" in result.output


@pytest.mark.parametrize("option", ["--json", "--report"])
def test_eval_prints_figures_lists_and_writes_json(built: Path, option: str) -> None:
    report = built / f"report{option}.json"
    args = ["eval", str(built / "out"), str(built / "gold"), option, str(report), "--by-rule"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "gold files: 1"
    assert any(line.startswith("relations chairedBy ") for line in lines)
    assert any(line.startswith("entity_typed_f1=") for line in lines)
    assert "missed entities (" in result.stdout and "false relations (" in result.stdout
    assert any(line.startswith("rule ") for line in lines)
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["gold_files"] == 1 and data["entities"]["typed"]["gold"] == 5
    assert data["relations"]["chairedBy"]["gold"] == 1


def test_eval_figures_only(built: Path) -> None:
    args = ["eval", str(built / "out" / "graph.ttl"), str(built / "gold"), "--figures-only"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0
    assert "missed entities" not in result.stdout


@pytest.mark.parametrize(
    ("args", "message", "code"),
    [
        (["nowhere", "gold"], "no such file or directory", 2),
        (["out", "nowhere"], "no such file or directory", 2),
        (["out", "empty"], "no gold file (*.json)", 3),
        (["a.txt", "gold"], "not an RDF file", 3),
    ],
)
def test_eval_bad_input_is_one_line(built: Path, args: list[str], message: str, code: int) -> None:
    (built / "empty").mkdir(exist_ok=True)
    result = CliRunner().invoke(cli, ["eval", *(str(built / a) for a in args)])
    assert result.exit_code == code
    assert result.stderr.count("\n") == 1 and message in result.stderr
    assert "Traceback" not in result.stderr


def test_explain_prints_the_entity_and_its_evidence(built: Path) -> None:
    result = CliRunner().invoke(cli, ["explain", "林启明", str(built / "out")])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("林启明  (Official)")
    assert "瑞安市总工会主席林启明" in result.stdout and "rule " in result.stdout


def test_explain_unknown_and_ambiguous(built: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["explain", "无此工会", str(built / "out")])
    assert result.exit_code == 2 and "no entity named '无此工会'" in result.stderr
    # two nodes named alike: a graph we write by hand
    ttl = tmp_path / "graph.ttl"
    ttl.write_text(
        "@prefix ukg: <https://w3id.org/unionkg/ontology#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        '<https://w3id.org/unionkg/id/town/1> a ukg:Town ; rdfs:label "白石镇"@zh .\n'
        '<https://w3id.org/unionkg/id/town/2> a ukg:Town ; rdfs:label "白石镇"@zh .\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["explain", "白石镇", str(ttl)])
    assert result.exit_code == 2
    assert "https://w3id.org/unionkg/id/town/1" in result.stdout
    assert "https://w3id.org/unionkg/id/town/2" in result.stdout
    assert "run again with one of the IRIs" in result.stderr
    result = CliRunner().invoke(cli, ["explain", "https://w3id.org/unionkg/id/town/2", str(ttl)])
    assert result.exit_code == 0 and "town/2" in result.stdout

"""``build --store``, ``add``, ``remove``, ``export``, ``query`` on the command line, in-process,
over articles we wrote (invented names)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from unionkg.cli import cli

FIRST = "瑞安市总工会主席林启明出席了瑞安市启衡电器有限公司工会成立大会。\n"
SECOND = "乐清市总工会主席陈明远走访了乐清市柳岸电子有限公司工会。\n"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("built")
    (root / "in").mkdir()
    (root / "in" / "first.txt").write_text(FIRST, encoding="utf-8")
    (root / "second.txt").write_text(SECOND, encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["build", str(root / "in"), "-o", str(root / "out"), "--store", str(root / "store")]
    )
    assert result.exit_code == 0, result.output
    return root


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def _labels(store: Path) -> set[str]:
    code, out, _ = _run("query", "--store", str(store), "--format", "csv",
                        "SELECT ?l WHERE { ?x rdfs:label ?l }")  # fmt: skip
    assert code == 0
    return {row["l"] for row in csv.DictReader(io.StringIO(out))}


def test_add_then_again_then_remove(built: Path):
    store = str(built / "store")
    before = _labels(built / "store")
    code, out, _ = _run("add", str(built / "second.txt"), "--store", store)
    assert code == 0 and "added     second" in out
    after = _labels(built / "store")
    assert "乐清市总工会" in after - before and before <= after
    code, out, _ = _run("add", str(built / "second.txt"), "--store", store)
    assert code == 0 and "unchanged second" in out and "0 statements added, 0 removed" in out
    code, out, _ = _run("remove", "second", "--store", store)
    assert code == 0 and "removed   second" in out
    assert _labels(built / "store") == before


def test_export_from_the_store_equals_the_build(built: Path, tmp_path: Path):
    code, _, err = _run("export", "--store", str(built / "store"), "-o", str(tmp_path),
                        "--format", "turtle")  # fmt: skip
    assert code == 0, err
    assert (tmp_path / "graph.ttl").read_bytes() == (built / "out" / "graph.ttl").read_bytes()


def test_query_formats(built: Path):
    store = str(built / "store")
    query = "SELECT ?name WHERE { ?u a ukg:Union ; rdfs:label ?name } ORDER BY ?name"
    code, out, _ = _run("query", "--store", store, "--format", "json", query)
    names = [b["name"]["value"] for b in json.loads(out)["results"]["bindings"]]
    assert code == 0 and "瑞安市总工会" in names
    code, out, _ = _run("query", "--store", store, "--format", "tsv", query)
    assert out.splitlines()[0] == "?name"
    code, out, _ = _run("query", "--store", store, "--format", "table", query)
    lines = out.splitlines()
    assert lines[0] == "name" and set(lines[1]) == {"-"} and lines[-1] == f"({len(names)} rows)"
    code, out, _ = _run("query", "--store", store, "ASK { ?u a ukg:Union }", "--format", "table")
    assert out.strip() == "true"
    code, out, _ = _run("query", "--store", store,
                        "CONSTRUCT { ?u a ukg:Union } WHERE { ?u a ukg:Union }")  # fmt: skip
    assert code == 0 and "@prefix ukg:" in out and "ukg:Union" in out


def test_query_a_file_with_a_saved_query(built: Path):
    code, out, err = _run("query", str(built / "out" / "graph.trig"), "--saved", "union-chair",
                          "--param", "union=瑞安市总工会", "--format", "csv")  # fmt: skip
    assert code == 0, err
    assert [r["official_name"] for r in csv.DictReader(io.StringIO(out))] == ["林启明"]


def test_query_from_a_file(built: Path, tmp_path: Path):
    rq = tmp_path / "q.rq"
    rq.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?a a ukg:Article }", encoding="utf-8")
    code, out, _ = _run("query", "--store", str(built / "store"), "-f", str(rq))
    assert code == 0 and out.splitlines() == ["n", "1"]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("SELECT * WHERE {\n ?s ?p }", "error: SPARQL syntax error at line 2, column"),
        ("SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", "error: SERVICE is refused"),
        ("DROP ALL", "error: SPARQL UPDATE is refused"),
    ],
)
def test_bad_queries_are_one_line(built: Path, query: str, message: str):
    code, _, err = _run("query", "--store", str(built / "store"), query)
    assert code == 3
    assert err.startswith(message) and len(err.strip().splitlines()) == 1


def test_usage_errors(built: Path, tmp_path: Path):
    assert _run("query", "--store", str(tmp_path / "none"), "ASK {}")[2].startswith(
        f"error: {tmp_path / 'none'}: no unionkg store there"
    )
    assert "needs --param town=VALUE" in _run("query", "--store", str(built / "store"),
                                              "--saved", "unions-in-town")[2]  # fmt: skip
    assert (
        "no saved query 'nope'; known: articles"
        in _run("query", "--store", str(built / "store"), "--saved", "nope")[2]
    )
    assert "not a relation" in _run("query", "--store", str(built / "store"), "--saved",
                                    "edge-evidence", "--param", "relation=x")[2]  # fmt: skip


def test_list_saved_queries():
    code, out, _ = _run("query", "--list")
    assert code == 0 and "unions-in-town" in out and "--param town=" in out


@pytest.mark.parametrize("command", ["add", "remove", "export", "push", "query", "serve"])
def test_store_commands_have_help(command: str):
    code, out, _ = _run(command, "--help")
    assert code == 0 and "Usage:" in out


def test_serve_prints_the_query_url_first_and_answers(built: Path):
    import shutil
    import subprocess
    import sys
    import urllib.parse
    import urllib.request

    unionkg = shutil.which("unionkg", path=str(Path(sys.executable).parent))
    assert unionkg
    command = [unionkg, "serve", "--store", str(built / "store"), "--port", "0"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as server:
        try:
            assert server.stdout is not None
            url = server.stdout.readline().strip()
            assert url.startswith("http://127.0.0.1:") and url.endswith("/query")
            ask = urllib.parse.urlencode({"query": "ASK { ?u a ukg:Union }"})
            request = urllib.request.Request(f"{url}?{ask}", headers={"Accept": "text/csv"})
            with urllib.request.urlopen(request, timeout=120) as response:
                assert response.read().decode().strip() == "true"
        finally:
            server.terminate()
            server.wait(timeout=10)


def test_table_escapes_control_characters(tmp_path: Path):
    data = tmp_path / "g.nt"
    data.write_text('<http://e/a> <http://e/b> "red\\u001b[31m\\nline" .\n', encoding="utf-8")
    code, out, _ = _run("query", str(data), "SELECT ?o WHERE { ?s ?p ?o }", "--format", "table")
    assert code == 0 and "\x1b" not in out and "red\\u001b[31m\\u000aline" in out


def test_serve_stopped_by_sigterm_stops_its_backend(
    built: Path, child_pids: Callable[[int], list[int]]
):
    import shutil
    import subprocess
    import sys
    import time

    unionkg = shutil.which("unionkg", path=str(Path(sys.executable).parent))
    assert unionkg
    command = [unionkg, "serve", "--store", str(built / "store"), "--port", "0"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as server:
        assert server.stdout is not None and server.stdout.readline().startswith("http://")
        backends = child_pids(server.pid)
        assert backends  # the Oxigraph server it started
        server.terminate()
        server.wait(timeout=10)
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in backends) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(pid) for pid in backends)


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"

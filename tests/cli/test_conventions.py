"""The command line's conventions, each as a user meets it: exit codes (0, 1, 2 usage, 3, 130 on
Ctrl-C), ``-o`` a directory everywhere, a store read wherever a graph is, ``explain``'s partial
and pinyin matching and suggestions, progress bars with totals, choices checked, ``UNIONKG_STORE``
in ``--help``, and example scripts that print their usage instead of a traceback.

The graph is the sample corpus (articles we wrote) built once for the module, with its store.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from unionkg.cli import cli
from unionkg.registry import exporter_names

ROOT = Path(__file__).resolve().parents[2]
UNIONKG = str(Path(sys.executable).parent / "unionkg")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("demo") / "out"
    result = CliRunner().invoke(cli, ["demo", "-o", str(out), "--store", str(out / "store")])
    assert result.exit_code == 0, result.output
    return out


def _invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


# -- exit codes ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["build", "--no-such-option"],
        ["query", "--store", "no/such/store", "ASK {}"],
        ["query", "no/such/file.ttl", "ASK {}"],
        ["analyze", "no/such/dir"],
        ["explain", "某工会", "no/such/dir"],
        ["stats", "no/such/graph.ttl"],
        ["add", "x.txt", "--store", "no/such/store"],
        ["export", "--store", "no/such/store", "-o", "x"],
    ],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    code, _, err = _invoke(*args)
    assert code == 2, err
    assert "Traceback" not in err


def test_names_that_match_nothing_exit_2(demo: Path) -> None:
    store = str(demo / "store")
    for args in (
        ["remove", "no-such-article", "--store", store],
        ["query", "--store", store, "--saved", "no-such-query"],
        ["explain", "无此工会", str(demo)],
    ):
        code, _, err = _invoke(*args)
        assert code == 2 and err.count("\n") == 1, (args, err)


def test_ctrl_c_exits_130_without_aborted(tmp_path: Path) -> None:
    # enough invented articles that the build is still extracting when it is interrupted
    lines = [
        json.dumps({"id": f"a{i}", "text": f"某市第{i}镇总工会主席王{i}当选。"}) for i in range(400)
    ]
    (tmp_path / "many.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    process = subprocess.Popen(
        [UNIONKG, "build", str(tmp_path / "many.jsonl"), "-o", str(tmp_path / "out"), "--progress"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        # a shell running the tests in the background would hand SIGINT down ignored
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )  # fmt: skip
    assert process.stderr is not None
    seen = b""
    deadline = time.monotonic() + 120
    while b"extracting" not in seen and time.monotonic() < deadline:
        seen += os.read(process.stderr.fileno(), 4096)
    process.send_signal(signal.SIGINT)
    _, rest = process.communicate(timeout=60)
    err = (seen + rest).decode("utf-8", "replace")
    assert process.returncode == 130, err
    assert "Aborted" not in err and "Traceback" not in err
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_help_and_version_exit_0() -> None:
    for args in (["--help"], ["--version"], ["query", "--help"]):
        run = subprocess.run([UNIONKG, *args], capture_output=True, text=True, check=False)
        assert run.returncode == 0, run.stderr


# -- the store, wherever a graph is read --------------------------------------------------------


def test_query_opens_a_store_given_as_file(demo: Path) -> None:
    text = "SELECT (COUNT(*) AS ?n) WHERE { ?s a ukg:Article }"
    as_file = _invoke("query", str(demo / "store"), text, "--format", "csv")
    with_option = _invoke("query", "--store", str(demo / "store"), text, "--format", "csv")
    assert as_file[0] == 0, as_file[2]
    assert as_file[1] == with_option[1]
    assert int(as_file[1].split()[1]) > 0


def test_stats_and_explain_read_a_store(demo: Path) -> None:
    from_store = _invoke("stats", str(demo / "store"), "--json")
    from_build = _invoke("stats", str(demo), "--json")
    assert from_store[0] == 0, from_store
    assert json.loads(from_store[1]) == json.loads(from_build[1])
    code, out, err = _invoke("explain", "新市镇总工会", str(demo / "store"))
    assert code == 0, err
    assert out.startswith("新市镇总工会  (Union)")
    gold = demo.parent / "gold"
    gold.mkdir(exist_ok=True)
    (gold / "a.json").write_text(
        '{"entities": [{"id": "e1", "type": "Union", "name": "新市镇总工会"}], "relations": []}',
        encoding="utf-8",
    )
    scores = [_invoke("eval", str(p), str(gold), "--figures-only") for p in (demo / "store", demo)]
    assert scores[0][0] == 0 and scores[0][1] == scores[1][1]


def test_store_option_shows_its_environment_variable() -> None:
    code, out, _ = _invoke("--help")
    assert code == 0 and "UNIONKG_STORE" in out and "130" in out
    for command in ("query", "add", "remove", "export", "push", "serve"):
        code, out, _ = _invoke(command, "--help")
        assert code == 0 and "UNIONKG_STORE" in out, command


# -- explain: partial, pinyin, suggestions ------------------------------------------------------


def test_explain_by_part_of_a_name(demo: Path) -> None:
    code, out, err = _invoke("explain", "物流行业", str(demo))
    assert code == 0, err
    assert out.startswith("德清县新市镇物流行业工会联合会  (Union)")
    assert "物流行业" in err  # says which entity the partial name was taken to mean


@pytest.mark.parametrize("query", ["xinshi", "Xīnshì", "xin shi"])
def test_explain_by_pinyin_lists_the_matches(demo: Path, query: str) -> None:
    code, out, err = _invoke("explain", query, str(demo))
    assert code == 2
    listed = out.splitlines()[1:]
    assert listed[0].startswith("  新市镇总工会  (Union)")  # a union before the town
    assert any(line.startswith("  新市镇  (Town)") for line in listed)
    assert "run again with one of the IRIs" in err


def test_explain_suggests_close_names(demo: Path) -> None:
    code, _, err = _invoke("explain", "新市镇物流行会", str(demo))
    assert code == 2
    assert "did you mean: 德清县新市镇物流行业工会联合会" in err
    assert err.count("\n") == 1


# -- -o is a directory --------------------------------------------------------------------------


def test_report_o_is_a_directory_and_never_the_store(demo: Path, tmp_path: Path) -> None:
    code, _out, err = _invoke("report", str(demo), "-o", str(tmp_path / "reports"))
    assert code == 0, err
    assert (tmp_path / "reports" / "report.html").is_file()
    code, _, err = _invoke("report", str(demo), "-o", str(tmp_path / "mine.html"))  # as before
    assert code == 0 and (tmp_path / "mine.html").is_file(), err
    before = sorted(p.name for p in (demo / "store").iterdir())
    cwd = Path.cwd()
    os.chdir(tmp_path)
    try:
        code, _, err = _invoke("report", str(demo / "store"))
    finally:
        os.chdir(cwd)
    assert code == 0, err
    assert (tmp_path / "report.html").is_file()
    assert sorted(p.name for p in (demo / "store").iterdir()) == before


# -- choices and progress -----------------------------------------------------------------------


def test_export_format_is_a_choice_of_the_registry(demo: Path, tmp_path: Path) -> None:
    code, _, err = _invoke("export", "--store", str(demo / "store"), "-o", str(tmp_path),
                           "--format", "ttl2")  # fmt: skip
    assert code == 2
    assert all(name in err for name in exporter_names())
    assert not any(tmp_path.iterdir())


def _bar_total(err: str, unit: str) -> list[str]:
    """The bar's last state: '7/7 [00:01<00:00, ...unit/s]' holds the total and the ETA."""
    frames = [f for f in err.replace("\r", "\n").splitlines() if unit in f and "/" in f]
    assert frames, err
    return frames


def test_build_progress_has_a_total(tmp_path: Path) -> None:
    sample = ROOT / "src" / "unionkg" / "data" / "sample"
    code, _, err = _invoke("build", str(sample), "-o", str(tmp_path / "out"), "--progress")
    assert code == 0, err
    last = _bar_total(err, "article")[-1]
    assert "100%" in last and "<00:00" in last  # a total, so a percentage and an ETA


def test_add_and_export_progress_have_totals(demo: Path, tmp_path: Path) -> None:
    import shutil

    store = tmp_path / "store"
    shutil.copytree(demo / "store", store)
    (tmp_path / "new.txt").write_text("某县启明镇总工会主席林小明当选。\n", encoding="utf-8")
    code, _, err = _invoke("add", str(tmp_path / "new.txt"), "--store", str(store), "--progress")
    assert code == 0, err
    assert "1/1" in _bar_total(err, "article")[-1]
    code, _out, err = _invoke("export", "--store", str(store), "-o", str(tmp_path / "x"),
                             "--format", "turtle", "--format", "trig", "--progress")  # fmt: skip
    assert code == 0, err
    assert "2/2" in _bar_total(err, "file")[-1]
    assert sorted(p.name for p in (tmp_path / "x").iterdir()) == ["graph.trig", "graph.ttl"]


def test_push_progress_has_a_total(demo: Path, tmp_path: Path) -> None:
    from unionkg.store.serve import free_port, oxigraph_binary

    port = free_port()
    with subprocess.Popen(
        [oxigraph_binary(), "serve", "--location", str(tmp_path / "remote"),
         "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    ) as server:  # fmt: skip
        try:
            for _ in range(200):  # until it answers
                url = f"http://127.0.0.1:{port}/store"
                code, out, err = _invoke("push", "--store", str(demo / "store"), "--endpoint", url,
                                         "--progress")  # fmt: skip
                if code == 0:
                    break
                time.sleep(0.1)
        finally:
            server.terminate()
            server.wait(timeout=10)
    assert code == 0, err
    graphs = int(out.split(" in ")[1].split()[0])  # "pushed N statements in G graphs to URL"
    assert f"{graphs}/{graphs}" in _bar_total(err, "graph")[-1]


# -- example scripts ----------------------------------------------------------------------------


@pytest.mark.parametrize("script", sorted(p.name for p in (ROOT / "examples").glob("*.py")))
def test_example_without_arguments_prints_usage(script: str, tmp_path: Path) -> None:
    path = ROOT / "examples" / script
    run = subprocess.run([sys.executable, str(path)], capture_output=True, text=True, check=False)
    assert run.returncode == 2 and run.stderr.startswith("usage: "), run.stderr
    args = [str(tmp_path / "none"), *(["某镇"] if script == "federation_hierarchy.py" else [])]
    missing = subprocess.run([sys.executable, str(path), *args], capture_output=True, text=True,
                             check=False)  # fmt: skip
    assert missing.returncode == 1 and "Traceback" not in missing.stderr
    assert missing.stderr.startswith("error: ")

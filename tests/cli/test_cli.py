"""The command line, run in-process with click's runner over files we write."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from unionkg.cli import cli
from unionkg.registry import exporter, exporter_names

GOOD = "瑞安市总工会主席林启明出席了瑞安市启衡电器有限公司工会成立大会。\n"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _outputs(out: Path) -> set[str]:
    return {p.name for p in out.iterdir()}


@pytest.mark.parametrize("command", [[], ["build"], ["demo"], ["stats"], ["formats"]])
def test_every_command_has_help(runner: CliRunner, command: list[str]):
    result = runner.invoke(cli, [*command, "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.output


def test_build_writes_every_registered_format(runner: CliRunner, tmp_path: Path):
    src = tmp_path / "a.txt"
    src.write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(cli, ["build", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert _outputs(out) == {exporter(name).filename for name in exporter_names()}
    assert "entities:" in result.output


def test_bad_input_is_one_line_and_good_files_still_build(runner: CliRunner, tmp_path: Path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    result = runner.invoke(cli, ["build", str(tmp_path), "-o", str(out)])
    assert result.exit_code == 1
    skipped = [line for line in result.stderr.splitlines() if "empty.txt" in line]
    assert len(skipped) == 1 and "Traceback" not in result.stderr
    assert (out / "graph.ttl").stat().st_size > 0


def test_strict_stops_and_writes_nothing(runner: CliRunner, tmp_path: Path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    result = runner.invoke(cli, ["build", str(tmp_path), "-o", str(out), "--strict"])
    assert result.exit_code == 1
    assert not out.exists()


def test_nothing_readable_exits_3(runner: CliRunner, tmp_path: Path):
    result = runner.invoke(cli, ["build", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "o")])
    assert result.exit_code == 3
    assert "missing.txt" in result.stderr
    assert "Traceback" not in result.stderr


def test_stdin(runner: CliRunner, tmp_path: Path):
    out = tmp_path / "out"
    result = runner.invoke(cli, ["build", "-", "-o", str(out)], input=GOOD.encode("utf-8"))
    assert result.exit_code == 0, result.output
    assert "Union" in (out / "graph.ttl").read_text(encoding="utf-8")


def test_demo_and_stats(runner: CliRunner, tmp_path: Path):
    out = tmp_path / "demo"
    result = runner.invoke(cli, ["demo", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert str(out / "graph.html") in result.output
    stats = runner.invoke(cli, ["stats", str(out / "graph.ttl"), "--json"])
    assert stats.exit_code == 0, stats.output + stats.stderr
    assert '"Union"' in stats.output


def test_stats_on_a_file_that_is_not_rdf(runner: CliRunner, tmp_path: Path):
    bad = tmp_path / "graph.ttl"
    bad.write_text("this is not turtle {", encoding="utf-8")
    result = runner.invoke(cli, ["stats", str(bad)])
    assert result.exit_code == 3
    assert "graph.ttl" in result.stderr and "Traceback" not in result.stderr


def test_a_bug_is_one_line_not_a_traceback(monkeypatch, capsys):
    from unionkg import cli as cli_package

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(cli_package.cli, "main", broken)
    monkeypatch.delenv("UNIONKG_DEBUG", raising=False)
    with pytest.raises(SystemExit) as exit_info:
        cli_package.main(["formats"])
    assert exit_info.value.code == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "RuntimeError: boom" in err and "Traceback" not in err
    monkeypatch.setenv("UNIONKG_DEBUG", "1")
    with pytest.raises(RuntimeError):
        cli_package.main(["formats"])

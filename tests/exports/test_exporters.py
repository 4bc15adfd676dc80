"""Every registered exporter: writes something, atomically, the same bytes for the same graph."""

from __future__ import annotations

import io
import os
import random
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from unionkg.errors import OutputError
from unionkg.exports.files import write_chunks
from unionkg.model import KnowledgeGraph
from unionkg.registry import exporter, exporter_names

TESTS = Path(__file__).resolve().parents[1]
EXPORTERS = exporter_names()


def write(name: str, kg: KnowledgeGraph, target: object) -> None:
    exporter(name).load()(kg, target)


@pytest.mark.parametrize("name", EXPORTERS)
def test_writes_a_non_empty_file(name: str, kg: KnowledgeGraph, tmp_path: Path) -> None:
    path = tmp_path / exporter(name).filename
    write(name, kg, path)
    assert path.stat().st_size > 0
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left


@pytest.mark.parametrize("name", EXPORTERS)
def test_writes_to_text_and_binary_files(name: str, kg: KnowledgeGraph, tmp_path: Path) -> None:
    text, binary = io.StringIO(), io.BytesIO()
    write(name, kg, text)
    write(name, kg, binary)
    path = tmp_path / "out"
    write(name, kg, str(path))
    assert text.getvalue().encode("utf-8") == binary.getvalue() == path.read_bytes()


@pytest.mark.parametrize("name", EXPORTERS)
def test_same_graph_any_insertion_order_same_bytes(
    name: str, make_kg: Callable[[random.Random | None], KnowledgeGraph]
) -> None:
    outputs = set()
    for seed in (None, 1, 2, 3):
        buffer = io.BytesIO()
        write(name, make_kg(None if seed is None else random.Random(seed)), buffer)
        outputs.add(buffer.getvalue())
    assert len(outputs) == 1


def test_same_bytes_across_processes(tmp_path: Path) -> None:
    """Set iteration order changes with PYTHONHASHSEED; the output must not."""
    script = textwrap.dedent(
        f"""
        import random, sys
        sys.path.insert(0, {str(TESTS)!r})
        from conftest import build_graph
        from unionkg.registry import exporter, exporter_names
        out = sys.argv[1]
        for name in exporter_names():
            exporter(name).load()(build_graph(random.Random(int(sys.argv[2]))), f"{{out}}.{{name}}")
        """
    )
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        subprocess.run(
            [sys.executable, "-c", script, str(tmp_path / seed), seed], check=True, env=env
        )
    for name in EXPORTERS:
        first, second = (tmp_path / f"{seed}.{name}" for seed in ("1", "2"))
        assert first.read_bytes() == second.read_bytes(), name


@pytest.mark.parametrize("name", EXPORTERS)
def test_failing_generator_leaves_previous_file(
    name: str, kg: KnowledgeGraph, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / exporter(name).filename
    path.write_text("previous build", encoding="utf-8")
    writer = exporter(name).load()

    def failing(kg: KnowledgeGraph) -> Iterator[str]:
        yield "half of a graph"
        raise RuntimeError("extraction bug")

    generator = writer.__name__.replace("write_", "generate_")
    monkeypatch.setattr(sys.modules[writer.__module__], generator, failing)
    with pytest.raises(RuntimeError, match="extraction bug"):
        writer(kg, path)
    assert path.read_text(encoding="utf-8") == "previous build"
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_unwritable_target_is_an_output_error(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="missing"):
        write_chunks(["x"], tmp_path / "missing" / "graph.ttl")


def test_replacing_keeps_the_file_mode(tmp_path: Path) -> None:
    path = tmp_path / "graph.ttl"
    write_chunks(["one"], path)
    assert path.stat().st_mode & 0o777 == 0o644
    path.chmod(0o640)
    write_chunks(["two"], path)
    assert (path.read_text(), path.stat().st_mode & 0o777) == ("two", 0o640)

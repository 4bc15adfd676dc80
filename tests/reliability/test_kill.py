"""Nothing half-written: ``unionkg build`` killed with SIGKILL part-way (while extracting, and
while writing its files) leaves the previous outputs of the directory whole: each file is either
the previous one, byte for byte, or a complete new one, and every one of them parses.

The corpus is generated here from invented sentences (no real organization or person).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Dataset, Graph

from .conftest import GOOD, RDFLIB_DATASET, UNIONKG

_POOL = "启衡瑞安明华泰丰源盛兴达宏远嘉和顺成信德恒通新永鑫隆昌富裕金宝汇诚"


def _corpus(path: Path, articles: int) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for n in range(articles):
            stem = _POOL[n % len(_POOL)] + _POOL[(n // len(_POOL)) % len(_POOL)]
            text = (
                GOOD.replace("启衡", stem) + f"{stem}电器工会主席林{_POOL[n % len(_POOL)]}明当选。"
            )
            out.write(json.dumps({"id": f"k-{n:04d}", "text": text}, ensure_ascii=False) + "\n")
    return path


def _parse(path: Path) -> None:
    """Parse one output file fully (raises when it is cut short)."""
    name = path.name
    if name.endswith(".ttl"):
        Graph().parse(path, format="turtle")
    elif name.endswith(".trig"):
        Dataset().parse(path, format="trig")
    elif name.endswith(".jsonld") or name.endswith(".json"):
        json.loads(path.read_text(encoding="utf-8"))
    elif name.endswith(".graphml"):
        nx.read_graphml(path)
    elif name.endswith(".gexf"):
        nx.read_gexf(path)
    elif name.endswith(".html"):
        assert path.read_text(encoding="utf-8").rstrip().endswith("</html>")
    else:
        assert path.read_bytes().endswith(b"\n")


@pytest.fixture(scope="module")
def previous(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """A finished build of one small file: the outputs a killed build must not spoil."""
    root = tmp_path_factory.mktemp("previous")
    (root / "good.txt").write_text(GOOD, encoding="utf-8")
    subprocess.run([*UNIONKG, "build", str(root / "good.txt"), "-o", str(root / "out")], check=True)
    return {p.name: p.read_bytes() for p in (root / "out").iterdir()}


def _writing(out: Path) -> bool:
    return any(p.name.endswith(".tmp") for p in out.rglob("*"))  # in the staging directory


@RDFLIB_DATASET
@pytest.mark.parametrize("when", ["extracting", "writing"])
def test_killed_build_leaves_the_previous_outputs_whole(
    when: str, previous: dict[str, bytes], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    for name, data in previous.items():
        (out / name).write_bytes(data)
    # extracting: far more articles than 6 s can extract; writing: few, to reach the writers
    corpus = _corpus(tmp_path / "big.jsonl", 3000 if when == "extracting" else 200)
    child = subprocess.Popen(
        [*UNIONKG, "build", str(corpus), "-o", str(out)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 240
    try:
        if when == "extracting":
            time.sleep(6)  # the model is loaded and extraction under way; nothing written yet
            assert not _writing(out)
        else:
            while not _writing(out):  # the first output is being written
                assert child.poll() is None, "the build ended before it was caught writing"
                assert time.monotonic() < deadline
                time.sleep(0.005)
        assert child.poll() is None
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.kill()
        child.wait()
    assert child.returncode == -signal.SIGKILL
    finished = {p.name for p in out.iterdir() if not p.name.startswith(".")}
    assert finished == set(previous)
    changed = [name for name in sorted(finished) if (out / name).read_bytes() != previous[name]]
    if when == "extracting":
        assert changed == []
    for name in finished:
        _parse(out / name)

"""The store survives a crash of ``unionkg add``: killed with SIGKILL at several moments (while
extracting, while applying), the store opens, and the added articles are either all in, with
the graph a full build of them would give, or all out, with the graph as it was.

The articles are generated here from invented sentences (no real organization or person).
"""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path

import pytest

from unionkg.graph import build_graph
from unionkg.store import GraphStore
from unionkg.store.codec import to_store_quads

from .conftest import GOOD
from .test_kill import UNIONKG, _corpus

ADDED = 60


@pytest.fixture(scope="module")
def base_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("store")
    (root / "good.txt").write_text(GOOD, encoding="utf-8")
    subprocess.run(
        [*UNIONKG, "build", str(root / "good.txt"), "-o", str(root / "out"),
         "--store", str(root / "store")],
        check=True, capture_output=True,
    )  # fmt: skip
    return root / "store"


def _copy(store: Path, target: Path) -> Path:
    subprocess.run(["cp", "-a", str(store), str(target)], check=True)
    return target


@pytest.mark.parametrize("delay", [3.0, 8.0, 12.0])
def test_killed_add_leaves_the_articles_all_in_or_all_out(
    base_store: Path, tmp_path: Path, delay: float
) -> None:
    store = _copy(base_store, tmp_path / "store")
    with GraphStore.open(store, create=False) as opened:
        before = set(opened.graph_quads())
        before_ids = {ex.article.id for ex in opened.extractions()}
    corpus = _corpus(tmp_path / "more.jsonl", ADDED)
    child = subprocess.Popen(
        [*UNIONKG, "add", str(corpus), "--store", str(store)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.wait()
    with GraphStore.open(store, create=False) as opened:
        extractions = opened.extractions()
        quads = set(opened.graph_quads())
    added = {ex.article.id for ex in extractions} - before_ids
    assert len(added) in (0, ADDED)
    if added:
        assert quads == to_store_quads(build_graph(extractions))
    else:
        assert quads == before

"""The build on a real Dask cluster (a ``distributed.LocalCluster`` of several worker
processes) writes the same bytes as a plain build, from Python and from ``unionkg build``."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from unionkg.cli import cli
from unionkg.cluster import build_on_cluster
from unionkg.pipeline import build, sample_corpus
from unionkg.store import GraphStore

distributed = pytest.importorskip("distributed")  # in the test extra: never skipped in CI


def _files(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir()) if p.is_file()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample articles, one of them also as a second JSON Lines shard whose ids collide
    with the first's (the later shard's get the loaders' suffix, as in a plain build)."""
    root = tmp_path_factory.mktemp("corpus")
    shutil.copytree(sample_corpus(), root / "in")
    lines = (root / "in" / "jiaxing-news.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    for record in records:
        record["id"] = "dup"
    shard = "\n".join(json.dumps(r, ensure_ascii=False) for r in records[:1])
    (root / "in" / "shard-a.jsonl").write_text(shard + "\n", encoding="utf-8")
    (root / "in" / "shard-b.jsonl").write_text(shard + "\n", encoding="utf-8")
    return (root / "in").resolve()


@pytest.fixture(scope="module")
def plain(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("plain")
    build([corpus], out)
    return out


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close()


def test_a_cluster_build_writes_the_files_of_a_plain_build(
    corpus: Path, plain: Path, scheduler: str, tmp_path: Path
) -> None:
    result = build_on_cluster([corpus], tmp_path, scheduler)
    assert "dup~" in " ".join(result.graph.articles)  # the second shard's id was made unique
    assert _files(tmp_path) == _files(plain)


def test_unionkg_build_with_a_scheduler(
    corpus: Path, plain: Path, scheduler: str, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    ran = CliRunner().invoke(cli, ["build", str(corpus), "-o", str(out), "--scheduler", scheduler])
    # written, with the id the two shards share reported as in a plain build (exit 1)
    assert ran.exit_code == 1, ran.output
    assert "renamed:" in ran.output and "the id 'dup' is used by an earlier article" in ran.output
    assert _files(out) == _files(plain)


def test_a_cluster_build_into_the_store_holds_what_a_plain_build_stores(
    corpus: Path, scheduler: str, tmp_path: Path
) -> None:
    build_on_cluster([corpus], tmp_path / "out", scheduler, store=tmp_path / "cluster-store")
    build([corpus], tmp_path / "plain-out", store=tmp_path / "plain-store")
    with (
        GraphStore.open(tmp_path / "cluster-store", create=False) as on_cluster,
        GraphStore.open(tmp_path / "plain-store", create=False) as plain,
    ):
        assert set(on_cluster.graph_quads()) == set(plain.graph_quads())
        assert on_cluster.extractions() == plain.extractions()  # what unionkg add builds on

"""Determinism: the same inputs, named in another order, with the JSON Lines records shuffled,
built in another process with another ``PYTHONHASHSEED``, give byte-identical files from every
registered exporter, and so the same IRIs.

The inputs are the sample articles shipped with the package (written by us, invented names)
plus a JSON Lines file of invented records.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
from pathlib import Path

from unionkg.pipeline import sample_corpus
from unionkg.registry import exporter, exporter_names

from .conftest import GOOD, UNIONKG

RECORDS = [
    {"id": f"d-{n}", "text": GOOD.replace("林启明", name), "title": f"第{n}篇"}
    for n, name in enumerate(["林启明", "陈晓峰", "王海涛", "周明远", "吴立群"])
]


def _corpus(root: Path, order: random.Random | None) -> list[Path]:
    """The inputs under ``root``: the sample files and the records, in ``order`` if given."""
    root.mkdir()
    paths = [Path(shutil.copy(path, root)) for path in sorted(sample_corpus().iterdir())]
    paths = [path for path in paths if path.suffix != ".md"]
    records = list(RECORDS)
    if order is not None:
        order.shuffle(records)
        order.shuffle(paths)
    lines = [json.dumps(record, ensure_ascii=False) for record in records]
    (root / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [*paths, root / "records.jsonl"]


def _build(paths: list[Path], out: Path, seed: str) -> dict[str, bytes]:
    environment = {**os.environ, "PYTHONHASHSEED": seed}
    subprocess.run(
        [*UNIONKG, "build", *map(str, paths), "-o", str(out)],
        check=True,
        env=environment,
        capture_output=True,
    )
    return {path.name: path.read_bytes() for path in sorted(out.iterdir())}


def test_shuffled_inputs_in_another_process_give_the_same_bytes(tmp_path: Path) -> None:
    # the same directory both times: sources are named by their path
    first_paths = _corpus(tmp_path / "in", None)
    first = _build(first_paths, tmp_path / "out1", "1")
    shutil.rmtree(tmp_path / "in")
    second_paths = _corpus(tmp_path / "in", random.Random(7))
    assert second_paths != first_paths
    second = _build(list(reversed(second_paths)), tmp_path / "out2", "2")
    assert set(first) == {exporter(name).filename for name in exporter_names()}
    for name in first:
        assert first[name] == second[name], f"{name} differs between the two builds"
    assert b"https://w3id.org/unionkg/id/" in first["graph.ttl"]

"""A build leaves nothing of ONNX Runtime's telemetry behind: no device id, no event cache.

ONNX Runtime 1.29 and later send usage events from Linux as well and keep their state under
``~/.cache/Microsoft``; the NER backend turns that off before the model's first session. The
build runs in a child process with its own empty home, so the check sees only this run.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from .conftest import GOOD, UNIONKG


def test_a_build_writes_no_telemetry_state(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    env = {k: v for k, v in os.environ.items()
           if k not in {"ORT_DISABLE_TELEMETRY", "XDG_CACHE_HOME"}}  # fmt: skip
    env["HOME"] = str(home)
    done = subprocess.run(
        [*UNIONKG, "build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"), "--no-progress"],
        env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out" / "graph.ttl").exists()
    left = sorted(str(p.relative_to(home)) for p in home.rglob("*"))
    assert not [p for p in left if "Microsoft" in p or "onnxruntime" in p], left

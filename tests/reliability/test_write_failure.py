"""A build that fails while writing replaces no output (issue #16, item 6).

The disk fills up while the outputs are written: simulated for real by the kernel, with a limit
on the size of any file the build process writes (``RLIMIT_FSIZE``; a write past it fails with
EFBIG), low enough that the small files fit and the explorer page (the largest) does not.
Before, the small files were replaced by the new build's and the rest kept the old one's, with
nothing telling the user; now every file is the previous build's and the error says so.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .conftest import GOOD, UNIONKG

LIMITED = [
    sys.executable,
    "-c",
    "import resource, signal\n"
    "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
    "resource.setrlimit(resource.RLIMIT_FSIZE, (300_000, 300_000))\n"
    "from unionkg.cli import main; main()",
]


def test_a_build_that_fails_while_writing_replaces_nothing(tmp_path: Path):
    source = tmp_path / "in" / "a.txt"
    source.parent.mkdir()
    source.write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    subprocess.run([*UNIONKG, "build", str(source.parent), "-o", str(out)], check=True,
                   capture_output=True)  # fmt: skip
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    assert max(len(data) for data in before.values()) > 300_000  # graph.html cannot fit
    assert sorted(len(data) < 300_000 for data in before.values()).count(True) >= 5

    source.write_text(GOOD + "青溪镇总工会主席王青山出席。\n", encoding="utf-8")
    failed = subprocess.run([*LIMITED, "build", str(source.parent), "-o", str(out)],
                            capture_output=True, text=True)  # fmt: skip
    assert failed.returncode != 0
    after = {p.name: p.read_bytes() for p in out.iterdir()}
    assert after == before, "some outputs were replaced by a build that failed"
    error = [line for line in failed.stderr.splitlines() if line.startswith("error: ")]
    assert len(error) == 1 and "no output was replaced" in error[0], failed.stderr
    assert "Traceback" not in failed.stderr

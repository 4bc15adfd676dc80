"""Every command in README.md, run in the README's order against the sample corpus, so the
README cannot go stale.

The README's blocks say what they hold: ``sh`` blocks are commands (each must exit 0, or the code
its comment names: ``(exit 2)``); a ``console`` block is ``$ command`` and the exact output it
prints; ``python`` blocks run; the ``sparql`` block runs over the build. Commands run in a
scratch directory that sees the checkout's ``src/`` and ``examples/``, with this environment's
``unionkg`` and ``python`` first on the PATH. What cannot run inside a test is checked instead:
the setup lines (``python3 -m venv``, ``pip install``, activating the environment) are what made
the environment these tests run in, and their extras must exist; ``pytest`` is this run;
``open FILE`` must find the file. ``unionkg serve`` is started, asked for its page and a query,
and stopped; ``unionkg push`` pushes to an Oxigraph server started here on a free port.
"""

from __future__ import annotations

import os
import re
import shlex
import signal
import subprocess
import sys
import tomllib
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from unionkg.store.serve import free_port, oxigraph_binary

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
BIN = Path(sys.executable).parent
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.MULTILINE | re.DOTALL)
SETUP = (("python3", "-m", "venv"), ("pip", "install"), (".", ".venv/bin/activate"))


@dataclass
class Block:
    kind: str
    text: str
    line: int


def readme_blocks() -> list[Block]:
    text = README.read_text(encoding="utf-8")
    return [
        Block(m.group(1), m.group(2), text.count("\n", 0, m.start()) + 1)
        for m in FENCE.finditer(text)
    ]


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    place = tmp_path_factory.mktemp("readme")
    for name in ("src", "examples"):
        (place / name).symlink_to(ROOT / name)
    return place


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "UNIONKG_STORE"}
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    return env


def _expected_code(line: str) -> int:
    comment = line.partition("  #")[2]
    found = re.search(r"\(exit (\d+)\)", comment)
    return int(found.group(1)) if found else 0


def _commands(line: str) -> Iterator[list[str]]:
    """The commands of one line (``a && b``), each split as the shell would, comments dropped."""
    for part in line.split(" && "):
        words = shlex.split(part, comments=True)
        if words:
            yield words


def _check_setup(words: list[str]) -> None:
    if words[:2] == ["pip", "install"]:
        target = words[-1]
        assert target.startswith("."), words
        extras = re.findall(r"\[(\w+)\]", target)
        declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
        assert set(extras) <= set(declared["project"]["optional-dependencies"]), words


def _run(words: list[str], place: Path, code: int) -> subprocess.CompletedProcess[str]:
    run = subprocess.run(
        words, cwd=place, env=_env(), capture_output=True, text=True, check=False, timeout=600
    )
    assert run.returncode == code, f"{shlex.join(words)} exited {run.returncode}:\n{run.stderr}"
    assert "Traceback" not in run.stderr
    return run


def _serve(words: list[str], place: Path) -> None:
    with subprocess.Popen(
        [*words, "--port", "0"], cwd=place, env=_env(), stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL, text=True,
    ) as server:  # fmt: skip
        try:
            assert server.stdout is not None
            url = server.stdout.readline().strip()
            assert url.startswith("http://127.0.0.1:") and url.endswith("/query"), url
            with urllib.request.urlopen(url.removesuffix("query"), timeout=30) as page:
                assert b'id="unionkg-data"' in page.read()
            body = urllib.parse.urlencode({"query": "ASK { ?u a ukg:Union }"}).encode()
            request = urllib.request.Request(url, data=body, headers={"Accept": "text/csv"})
            with urllib.request.urlopen(request, timeout=30) as answer:
                assert answer.read().decode().split()[-1] == "true"
        finally:
            server.send_signal(signal.SIGTERM)
            assert server.wait(timeout=30) == 0


def _push(words: list[str], place: Path) -> None:
    port = free_port()
    with subprocess.Popen(
        [oxigraph_binary(), "serve", "--location", str(place / "remote"),
         "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    ) as server:  # fmt: skip
        try:
            endpoint = re.sub(r"127\.0\.0\.1:\d+", f"127.0.0.1:{port}", words[-1])
            for _ in range(100):  # until the server answers
                try:
                    urllib.request.urlopen(endpoint.removesuffix("store"), timeout=1).close()
                    break
                except OSError:
                    subprocess.run(["sleep", "0.1"], check=True)
            run = _run([*words[:-1], endpoint], place, 0)
            assert run.stdout.startswith("pushed ")
        finally:
            server.terminate()
            server.wait(timeout=10)


def _shell_block(block: Block, place: Path) -> None:
    for line in block.text.splitlines():
        for given in _commands(line):
            if any(tuple(given[: len(s)]) == s for s in SETUP):
                _check_setup(given)
                continue
            words = [given[0].removeprefix(".venv/bin/"), *given[1:]]  # this environment's
            if any(tuple(words[: len(s)]) == s for s in SETUP):
                _check_setup(words)
            elif words[0] == "pytest":
                continue  # this run
            elif words[0] in ("open", "xdg-open"):
                assert (place / words[1]).is_file(), words
            elif words[:2] == ["unionkg", "serve"]:
                _serve(words, place)
            elif words[:2] == ["unionkg", "push"]:
                _push(words, place)
            else:
                _run(words, place, _expected_code(line))


def test_every_readme_command_runs(workspace: Path) -> None:
    blocks = readme_blocks()
    kinds = {b.kind for b in blocks}
    assert {"sh", "console", "python", "sparql"} <= kinds
    for block in blocks:
        if block.kind == "sh":
            _shell_block(block, workspace)
        elif block.kind == "console":
            command, _, expected = block.text.partition("\n")
            run = _run(shlex.split(command.removeprefix("$ ")), workspace, 0)
            assert run.stdout == expected, (
                f"README.md line {block.line}: the output of {command!r} changed; it is now:\n"
                + run.stdout
            )
        elif block.kind == "python":
            _run([sys.executable, "-W", "error", "-c", block.text], workspace, 0)
        elif block.kind == "sparql":
            (workspace / "provenance.rq").write_text(block.text, encoding="utf-8")
            run = _run(["unionkg", "query", "out/graph.trig", "-f", "provenance.rq",
                        "--format", "csv"], workspace, 0)  # fmt: skip
            assert len(run.stdout.splitlines()) > 1  # a header and rows
        else:  # output or a diagram: no command may hide in one
            assert not any(line.startswith("unionkg ") for line in block.text.splitlines()), (
                f"README.md line {block.line}: a command outside an sh block"
            )

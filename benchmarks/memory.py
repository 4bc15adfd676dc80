"""Peak memory and throughput of ``unionkg build`` on a large JSON Lines corpus.

    python benchmarks/memory.py                       # 100,000 articles, baseline 10,000
    python benchmarks/memory.py --articles 10000 --baseline 2000
    python benchmarks/memory.py --articles 2000 --baseline 500 --no-eager --store

The corpus is generated from the sample articles shipped with the package
(``src/unionkg/data/sample``, written by us, every name invented): article ``i`` is sample ``i
mod 7`` with its company stems and person names replaced by names made from ``i`` out of a fixed
pool of characters, so entities vary across the corpus as in real news (no real organization or
person). Each run is ``unionkg build corpus.jsonl -o out`` in a child process; its peak resident
memory is the child's ``ru_maxrss`` (from ``os.wait4``: the largest of the child and its own
children, not their sum), and, with psutil installed, the peak of the sum over the child and its
children sampled every 0.1 s (the memory the build needs of the machine when it runs processes
side by side); its throughput is the articles divided by the wall time. The baseline rows, in
the same run, are the same command on a smaller corpus and the eager path on that smaller
corpus: every article loaded, then every one extracted and kept with its text, then the graph
built and written (what the build did before it streamed its input; the writers are the same
streaming ones). With ``--store`` each size is also built with ``--store DIR`` (a fresh store),
printed beside the plain build, with the ratio of the two peaks.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from unionkg.loaders import load_paths
from unionkg.pipeline import sample_corpus

__all__ = ["generate_corpus", "main", "measure"]

_POOL = "启衡瑞安明华泰丰源盛兴达宏远嘉和顺成信德恒通新永鑫隆昌富裕金宝汇诚"
_SURNAMES = "林陈王张李赵周吴郑孙朱胡郭何高罗梁宋谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡"
# invented names in the sample articles: company stems and persons, replaced per article
_STEMS = ("禾丰", "锦程", "润通", "泽润", "恒铭", "启衡")
_PERSONS = (
    "简文韬", "乔映雪", "柏晓川", "詹宇航", "侯青松", "俞晨阳", "沈立群", "戚明远", "钱雨晴",
    "邵建明", "陆晓芸", "韦嘉禾", "褚文静", "蒋若兰", "甘志诚", "卜海川", "温雅琴", "宋佳音",
    "孔德彬",
)  # fmt: skip

EAGER = """
import sys
from unionkg.extract import extract_article
from unionkg.graph import build_graph
from unionkg.loaders import load_paths
from unionkg.pipeline import export_graph
loaded = load_paths([sys.argv[1]])
extractions = [extract_article(article) for article in loaded.articles]
export_graph(build_graph(extractions), sys.argv[2])
"""

CLI = "import sys; from unionkg.cli import main; sys.argv[0] = 'unionkg'; main()"


def _name(number: int, slot: int, length: int, first: str) -> str:
    """A name made from ``number`` and ``slot``: different numbers give different names."""
    value = number * 31 + slot
    chars = [first[value % len(first)]]
    value //= len(first)
    for _ in range(length - 1):
        chars.append(_POOL[value % len(_POOL)])
        value //= len(_POOL)
    return "".join(chars)


def generate_corpus(path: Path, articles: int) -> Path:
    """Write ``articles`` JSON Lines records made from the sample articles into ``path``."""
    samples = load_paths([sample_corpus()]).articles
    with path.open("w", encoding="utf-8") as out:
        for number in range(articles):
            sample = samples[number % len(samples)]
            text, title = sample.text, sample.title or ""
            for slot, stem in enumerate(_STEMS):
                new = _name(number, slot, 3, _POOL)
                text, title = text.replace(stem, new), title.replace(stem, new)
            for slot, person in enumerate(_PERSONS, start=len(_STEMS)):
                new = _name(number, slot, 2, _SURNAMES) + _POOL[number % len(_POOL)]
                text, title = text.replace(person, new), title.replace(person, new)
            record = {"id": f"bench-{number:06d}", "title": title, "text": text}
            if sample.url:
                record["url"] = f"https://unionkg.example.org/bench/{number}.html"
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


KINDS = ("main", "worker", "exporter")
"""The processes of a build: the ``unionkg build`` process, its spawned extraction workers, its
forked exporter processes."""


def _kind(process: Any, root: int) -> str | None:
    """Which of :data:`KINDS` ``process`` of the tree under ``root`` is (None: a helper such as
    multiprocessing's resource tracker)."""
    if process.pid == root:
        return "main"
    command = " ".join(process.cmdline())
    if "resource_tracker" in command:
        return None
    return "worker" if "spawn_main" in command else "exporter"


class _Sampler:
    """Every ``interval`` seconds, the resident memory of each process under ``root`` (psutil;
    without it nothing is sampled): the peak of each kind of process (one process's RSS), the
    peaks of the tree's summed RSS and summed PSS (a page shared by a forked child and its parent
    counts once in the PSS sum, in both processes' RSS), and the samples themselves."""

    def __init__(self, root: int, interval: float = 0.1) -> None:
        self.root, self.interval = root, interval
        self.peaks = dict.fromkeys((*KINDS, "tree", "pss"), 0.0)
        self.samples: list[tuple[float, dict[str, float]]] = []
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> _Sampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        self._thread.join()

    def _run(self) -> None:
        try:
            import psutil
        except ImportError:
            return
        started, kinds = time.perf_counter(), {}
        while not self._done.wait(self.interval):
            try:
                root = psutil.Process(self.root)
                tree = [root, *root.children(recursive=True)]
            except psutil.Error:
                continue
            now = dict.fromkeys((*KINDS, "tree", "pss"), 0.0)
            for process in tree:
                try:
                    kind = kinds.get(process.pid) or kinds.setdefault(
                        process.pid, _kind(process, self.root)
                    )
                    if kind is None:
                        continue
                    memory = process.memory_full_info()
                except psutil.Error:
                    continue
                rss, pss = memory.rss / 2**20, memory.pss / 2**20
                self.peaks[kind] = max(self.peaks[kind], rss)
                now[kind] += rss
                now["tree"] += rss
                now["pss"] += pss
            self.peaks["tree"] = max(self.peaks["tree"], now["tree"])
            self.peaks["pss"] = max(self.peaks["pss"], now["pss"])
            self.samples.append((time.perf_counter() - started, now))


def measure(
    command: list[str],
    articles: int,
    timeline: Path | None = None,
    env: dict[str, str] | None = None,
) -> dict[str, float]:
    """Run ``command`` in a child process: wall seconds, articles/s, peak RSS (MiB: the largest
    process of the tree), the peak RSS of each kind of process, the sampled peaks of the tree's
    summed RSS and PSS (MiB); with ``timeline``, the samples as tab-separated columns there."""
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    with _Sampler(child.pid) as sampler:
        _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    stderr = child.stderr.read().decode("utf-8", "replace") if child.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(command)} failed:\n{stderr}")
    if timeline is not None:
        columns = (*KINDS, "tree", "pss")
        lines = ["seconds\t" + "\t".join(f"{c}_mib" for c in columns)]
        lines += [f"{t:.1f}\t" + "\t".join(f"{now[c]:.0f}" for c in columns)
                  for t, now in sampler.samples]  # fmt: skip
        timeline.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {
        "seconds": seconds,
        "rate": articles / seconds,
        "rss_mib": usage.ru_maxrss / 1024,  # kilobytes on Linux
        "tree_mib": sampler.peaks["tree"],
        "pss_mib": sampler.peaks["pss"],
        **{f"{kind}_mib": sampler.peaks[kind] for kind in KINDS},
    }


def _row(label: str, articles: int, figures: dict[str, float]) -> str:
    kinds = " ".join(f"{figures[f'{kind}_mib']:>9,.0f}" for kind in KINDS)
    return (
        f"{label:28} {articles:>9,} {figures['seconds']:>9.1f} {figures['rate']:>11.1f} "
        f"{figures['rss_mib']:>13,.0f} {figures['tree_mib']:>13,.0f} "
        f"{figures['pss_mib']:>12,.0f} {kinds}"
    )


def main(argv: list[str] | None = None) -> None:
    """Generate the corpora, run the builds, print the figures side by side as they come."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[100_000])
    parser.add_argument("--baseline", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=None, help="unionkg build --workers")
    parser.add_argument("--no-eager", action="store_true", help="skip the eager baseline")
    parser.add_argument("--store", action="store_true", help="also build each into a store")
    parser.add_argument("--against", type=Path, default=None, metavar="SRC",
                        help="also run each build with the package in SRC (another commit's "
                        "src/ folder, e.g. from git archive), printed beside")  # fmt: skip
    parser.add_argument(
        "--timeline",
        type=Path,
        default=None,
        metavar="DIR",
        help="write each run's memory samples, by kind of process, into DIR",
    )
    args = parser.parse_args(argv)
    # the command of the environment running this script, even when it is not activated
    beside = Path(sys.executable).with_name("unionkg")
    unionkg = [str(beside) if beside.exists() else shutil.which("unionkg") or "unionkg"]
    builds = [("", unionkg, None)]
    if args.against is not None:
        src = args.against.resolve()
        name = src.parent.name if src.name == "src" else src.name
        builds.append(
            (f" ({name})", [sys.executable, "-c", CLI], {**os.environ, "PYTHONPATH": str(src)})
        )
    workers = ["--workers", str(args.workers)] if args.workers else []
    if args.timeline is not None:
        args.timeline.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="unionkg-memory-"))
    head = f"{'run':28} {'articles':>9} {'seconds':>9} {'articles/s':>11} {'peak RSS MiB':>13}"
    kinds = " ".join(f"{kind:>9}" for kind in KINDS)
    print(f"{head} {'tree sum MiB':>13} {'tree PSS MiB':>12} {kinds}", flush=True)
    try:
        small = generate_corpus(work / "baseline.jsonl", args.baseline)
        corpora = [("streaming", small, args.baseline)]
        for n in args.articles:
            corpora.append(("streaming", generate_corpus(work / f"corpus-{n}.jsonl", n), n))
        # the machine's load moves during a long run: the baseline again at its end
        corpora.append(("streaming (again)", small, args.baseline))
        if not args.no_eager:
            eager = [sys.executable, "-c", EAGER, str(small), str(work / "eager")]
            figures = measure(eager, args.baseline)
            print(_row("eager (all loaded first)", args.baseline, figures), flush=True)
        for label, corpus, n in corpora:
            for suffix, program, env in builds:
                out = work / f"out-{n}{len(suffix)}"
                command = [*program, "build", str(corpus), "-o", str(out), *workers]
                name = f"{label}-{n}{suffix}".replace(" (", "-").replace(")", "")
                where = args.timeline and args.timeline / f"{name}.tsv"
                plain = measure(command, n, where or None, env)
                print(_row(label + suffix, n, plain), flush=True)
                if args.store:
                    stored = measure([*command, "--store", str(work / f"store-{n}")], n, None, env)
                    ratios = (stored[key] / plain[key] for key in ("rss_mib", "tree_mib"))
                    print(_row(f"{label}{suffix} --store", n, stored)
                          + "   {:.2f}x / {:.2f}x plain".format(*ratios), flush=True)  # fmt: skip
                shutil.rmtree(out, ignore_errors=True)
                if args.store:
                    shutil.rmtree(work / f"store-{n}", ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

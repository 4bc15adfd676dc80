"""Throughput of ``unionkg build`` against its floor, the NER model, stage by stage, in one run.

    python benchmarks/build.py                          # dev articles, 1,000 and 10,000 generated
    python benchmarks/build.py --articles 1000 100000 --workers 2
    python benchmarks/build.py --dev '' --articles 1000 --no-serial

For each corpus (the development articles, ``../shared/corpus/dev/input`` when present, and
generated JSON Lines corpora of the given sizes, made as in ``benchmarks/memory.py`` from the
sample articles with invented names), on the same texts and in the same run:

- raw NER: ``Tagger.tag`` over every text, in this process with one model thread and with
  ``--workers`` threads, and in ``--workers`` processes of one thread each (both cores busy);
- extraction alone: ``extract_article`` over every text in this process, its time split into
  NER (inside ``Tagger.tag``) and rules (the rest);
- the stages after it, in this process: resolution (``build_graph``) and each exporter;
- the full build, ``unionkg.pipeline.build`` (what ``unionkg build`` runs) in a child process,
  with ``--workers 1`` and with ``--workers N``: wall time, its own stage times, and the peak
  resident memory of the child (``ru_maxrss``; a worker process is counted on its own, not
  added: each holds a model and a gazetteer).

Throughput is characters of article text per second; a ratio is a throughput over raw NER's in
one process with one thread (the issue's floor) and, after the slash, over raw NER in
``--workers`` processes. CPU seconds (user and system, worker processes included) are printed
beside the wall time, with raw NER's CPU time over each row's: on a machine shared with other
work the wall times (and their ratios) move with the load, the CPU times much less. The
machine's load average is printed with the table.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from memory import generate_corpus

from unionkg.extract import extract_article
from unionkg.extract.extractor import Resources, default_resources
from unionkg.extract.ner import Tagger, Token
from unionkg.graph import build_graph
from unionkg.loaders import iter_articles
from unionkg.pipeline import export_graph

__all__ = ["main"]

HERE = Path(__file__).resolve().parent

BUILD = """
import json, sys
from unionkg.pipeline import build
result = build([sys.argv[1]], sys.argv[2], workers=int(sys.argv[3]))
print(json.dumps(result.seconds))
"""


class _TimedTagger(Tagger):
    """The model, counting the seconds spent inside :meth:`tag`."""

    def __init__(self, threads: int) -> None:
        super().__init__(threads)
        self.seconds = 0.0

    def tag(self, text: str) -> list[Token]:
        started = time.perf_counter()
        try:
            return super().tag(text)
        finally:
            self.seconds += time.perf_counter() - started


_worker_tagger: Tagger | None = None


def _tag_all(texts: list[str]) -> int:
    global _worker_tagger
    if _worker_tagger is None:
        _worker_tagger = Tagger(1)
    for text in texts:
        _worker_tagger.tag(text)
    return len(texts)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _ner_in_processes(texts: list[str], workers: int) -> tuple[float, float]:
    """Wall and CPU seconds to tag ``texts`` in ``workers`` processes of one model thread
    (the wall clock starts once the model is loaded; the CPU time includes the loading)."""
    import multiprocessing

    cpu = _children_cpu()
    with ProcessPoolExecutor(workers, multiprocessing.get_context("spawn")) as pool:
        list(pool.map(_tag_all, [texts[:1]] * workers))  # load the model in every worker
        batches = [texts[i : i + 20] for i in range(0, len(texts), 20)]
        started = time.perf_counter()
        sum(pool.map(_tag_all, batches))
        wall = time.perf_counter() - started
    return wall, _children_cpu() - cpu


def _ner(texts: list[str], threads: int) -> tuple[float, float]:
    tagger = Tagger(threads)
    tagger.tag(texts[0])
    started, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        tagger.tag(text)
    return time.perf_counter() - started, time.process_time() - cpu


def _in_process(corpus: Path, workers: int, out: Path, lean: bool) -> dict[str, float]:
    """Every in-process measurement of one corpus, in seconds (``lean``: raw NER in one
    process of one thread and in ``workers`` processes, nothing else)."""
    seconds: dict[str, float] = {}
    started = time.perf_counter()
    articles = list(iter_articles([corpus], lambda problem: None))
    seconds["load"] = time.perf_counter() - started
    texts = [a.text for a in articles]
    seconds["chars"] = sum(map(len, texts))
    seconds["articles"] = len(texts)
    runs = {
        "ner 1 proc x 1 thread": lambda: _ner(texts, 1),
        f"ner 1 proc x {workers} threads": lambda: _ner(texts, workers),
        f"ner {workers} procs x 1 thread": lambda: _ner_in_processes(texts, workers),
    }
    for name, run in runs.items():
        if not (lean and "threads" in name):
            seconds[name], seconds[f"cpu {name}"] = run()
    if lean:
        return seconds
    shipped = default_resources()
    tagger = _TimedTagger(1)
    resources = Resources(tagger, shipped.gazetteer, shipped.lexicon)
    extract_article(articles[0], resources)
    tagger.seconds = 0.0
    started, cpu = time.perf_counter(), time.process_time()
    extractions = [extract_article(article, resources) for article in articles]
    seconds["extraction"] = time.perf_counter() - started
    seconds["cpu extraction"] = time.process_time() - cpu
    seconds["extraction: NER"] = tagger.seconds
    seconds["extraction: rules"] = seconds["extraction"] - tagger.seconds
    started = time.perf_counter()
    graph = build_graph(extractions)
    seconds["resolve"] = time.perf_counter() - started
    del extractions
    exports: dict[str, float] = {}
    export_graph(graph, out, seconds=exports)
    seconds.update(exports)
    return seconds


def _full_build(corpus: Path, out: Path, workers: int) -> dict[str, float]:
    """``pipeline.build`` in a child process: its wall seconds, stages and peak RSS."""
    started = time.perf_counter()
    command = [sys.executable, "-c", BUILD, str(corpus), str(out), str(workers)]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    stdout = child.stdout.read().decode() if child.stdout else ""
    if os.waitstatus_to_exitcode(status) != 0:
        stderr = child.stderr.read().decode("utf-8", "replace") if child.stderr else ""
        sys.exit(f"the build of {corpus} failed:\n{stderr}")
    figures = json.loads(stdout.strip().splitlines()[-1])
    figures["wall"] = wall
    figures["cpu"] = usage.ru_utime + usage.ru_stime  # the child's and its workers'
    figures["rss_mib"] = usage.ru_maxrss / 1024
    return figures


def _same_files(a: Path, b: Path) -> bool:
    names = sorted(p.name for p in a.iterdir())
    return names == sorted(p.name for p in b.iterdir()) and all(
        (a / n).read_bytes() == (b / n).read_bytes() for n in names
    )


def _report(label: str, m: dict[str, float], builds: dict[int, dict[str, float]], workers: int,
            same: bool | None) -> None:  # fmt: skip
    chars = m["chars"]
    floor = chars / m["ner 1 proc x 1 thread"]
    floor_n = chars / m[f"ner {workers} procs x 1 thread"]

    cpu_floor = m["cpu ner 1 proc x 1 thread"]

    def rate(name: str, seconds: float, cpu: float) -> str:
        speed = chars / seconds
        ratios = (
            f"{speed / floor:5.2f} / {speed / floor_n:4.2f}   {cpu:7.1f} {cpu_floor / cpu:5.2f}"
        )
        return f"  {name:34} {seconds:8.1f} {speed:9,.0f}  {ratios}"

    print(f"\n{label}: {int(m['articles']):,} articles, {int(chars):,} characters")
    print(f"  {'':34} {'wall s':>8} {'chars/s':>9}  {'ratio to NER':>12}   {'CPU s':>7} "
          "NER CPU / CPU")  # fmt: skip
    for name, row in (
        ("ner 1 proc x 1 thread", "raw NER, 1 process x 1 thread"),
        (f"ner 1 proc x {workers} threads", f"raw NER, 1 process x {workers} threads"),
        (f"ner {workers} procs x 1 thread", f"raw NER, {workers} processes x 1 thread"),
        ("extraction", "extraction alone, 1 process"),
    ):
        if name in m:
            print(rate(row, m[name], m[f"cpu {name}"]))
    for n, b in sorted(builds.items()):
        rss = f"   peak RSS {b['rss_mib']:,.0f} MiB"
        print(rate(f"full build, --workers {n}", b["wall"], b["cpu"]) + rss)
    if "extraction" in m:
        stages = ("load", "extraction: NER", "extraction: rules", "resolve")
        print("  stages in one process (s):  " + "  ".join(f"{s} {m[s]:.1f}" for s in stages))
        exports = {k[7:]: v for k, v in m.items() if k.startswith("export:")}
        print("  exporters (s):  " + "  ".join(f"{k} {v:.2f}" for k, v in exports.items()))
    for n, b in sorted(builds.items()):
        after = b["export"]
        print(f"  full build --workers {n} (s): extract+load {b['extract']:.1f}  resolve "
              f"{b['resolve']:.1f}  exporters (wall) {after:.1f}  process start and rest "
              f"{b['wall'] - b['extract'] - b['resolve'] - after:.1f}")  # fmt: skip
    if same is not None:
        print(f"  --workers {workers} files byte-identical to --workers 1: {same}")


def main(argv: list[str] | None = None) -> None:
    """Generate the corpora, measure each, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, nargs="*", default=[1_000, 10_000])
    parser.add_argument("--dev", default=str(HERE.parent.parent / "shared/corpus/dev/input"),
                        help="the development articles ('' to skip)")  # fmt: skip
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--no-serial", action="store_true", help="skip the --workers 1 build")
    parser.add_argument("--lean-from", type=int, default=None, metavar="N",
                        help="from N articles on, measure only raw NER (1 x 1 and N processes) "
                        "and the --workers N build (a long run on a busy machine)")  # fmt: skip
    args = parser.parse_args(argv)

    print(f"{os.cpu_count()} cores; load average at start {os.getloadavg()[0]:.1f}")
    work = Path(tempfile.mkdtemp(prefix="unionkg-build-bench-"))
    corpora = [("dev articles", Path(args.dev))] if args.dev and Path(args.dev).exists() else []
    for n in args.articles:
        corpora.append((f"generated {n:,}", generate_corpus(work / f"c{n}.jsonl", n)))
    for label, corpus in corpora:
        tag = label.split()[-1].replace(",", "")
        lean = args.lean_from is not None and tag.isdigit() and int(tag) >= args.lean_from
        measured = _in_process(corpus, args.workers, work / f"in-{tag}", lean)
        builds = {args.workers: _full_build(corpus, work / f"w{args.workers}-{tag}", args.workers)}
        same = None
        if not args.no_serial and not lean and args.workers > 1:
            builds[1] = _full_build(corpus, work / f"w1-{tag}", 1)
            same = _same_files(work / f"w1-{tag}", work / f"w{args.workers}-{tag}")
        _report(label, measured, builds, args.workers, same)
    print(f"\nload average at end {os.getloadavg()[0]:.1f}; files in {work}")


if __name__ == "__main__":
    main()

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

# benchmarks/ holds an html.py: keep the script's folder from shadowing the standard library
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

from unionkg.loaders import load_paths  # noqa: E402
from unionkg.pipeline import sample_corpus  # noqa: E402

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


def _tree_rss(pid: int) -> float:
    """MiB resident in process ``pid`` and all its children now (0 without psutil)."""
    try:
        import psutil
    except ImportError:
        return 0.0
    try:
        root = psutil.Process(pid)
        tree = [root, *root.children(recursive=True)]
    except psutil.Error:
        return 0.0
    total = 0
    for process in tree:
        try:
            total += process.memory_info().rss
        except psutil.Error:
            continue
    return total / 2**20


def measure(command: list[str], articles: int) -> dict[str, float]:
    """Run ``command`` in a child process: wall seconds, articles/s, peak RSS (MiB) and the
    sampled peak of its process tree's summed RSS (MiB)."""
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    tree_peak = [0.0]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.1):
            tree_peak[0] = max(tree_peak[0], _tree_rss(child.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(child.pid, 0)
    done.set()
    sampler.join()
    seconds = time.perf_counter() - started
    stderr = child.stderr.read().decode("utf-8", "replace") if child.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(command)} failed:\n{stderr}")
    return {
        "seconds": seconds,
        "rate": articles / seconds,
        "rss_mib": usage.ru_maxrss / 1024,  # kilobytes on Linux
        "tree_mib": tree_peak[0],
    }


def _row(label: str, articles: int, figures: dict[str, float]) -> str:
    return (
        f"{label:28} {articles:>9,} {figures['seconds']:>9.1f} {figures['rate']:>11.1f} "
        f"{figures['rss_mib']:>13,.0f} {figures['tree_mib']:>13,.0f}"
    )


def main(argv: list[str] | None = None) -> None:
    """Generate the corpora, run the builds, print the figures side by side."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--baseline", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=None, help="unionkg build --workers")
    parser.add_argument("--no-eager", action="store_true", help="skip the eager baseline")
    parser.add_argument("--store", action="store_true", help="also build each into a store")
    args = parser.parse_args(argv)
    # the command of the environment running this script, even when it is not activated
    beside = Path(sys.executable).with_name("unionkg")
    unionkg = [str(beside) if beside.exists() else shutil.which("unionkg") or "unionkg"]
    workers = ["--workers", str(args.workers)] if args.workers else []
    work = Path(tempfile.mkdtemp(prefix="unionkg-memory-"))
    try:
        rows = []
        small = generate_corpus(work / "baseline.jsonl", args.baseline)
        large = generate_corpus(work / "corpus.jsonl", args.articles)
        if not args.no_eager:
            eager = [sys.executable, "-c", EAGER, str(small), str(work / "eager")]
            figures = measure(eager, args.baseline)
            rows.append(_row("eager (all loaded first)", args.baseline, figures))
        for label, corpus, n in (
            ("streaming", small, args.baseline),
            ("streaming", large, args.articles),
        ):
            command = [*unionkg, "build", str(corpus), "-o", str(work / f"out-{n}"), *workers]
            plain = measure(command, n)
            rows.append(_row(label, n, plain))
            if args.store:
                stored = measure([*command, "--store", str(work / f"store-{n}")], n)
                ratios = (stored[key] / plain[key] for key in ("rss_mib", "tree_mib"))
                rows.append(_row(f"{label} --store", n, stored)
                            + "   {:.2f}x / {:.2f}x plain".format(*ratios))  # fmt: skip
        head = f"{'run':28} {'articles':>9} {'seconds':>9} {'articles/s':>11}"
        print(f"{head} {'peak RSS MiB':>13} {'tree sum MiB':>13}")
        print("\n".join(rows))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

"""The build on a Dask cluster, small scale: throughput and the coordinator's memory.

    python benchmarks/cluster.py                        # 1,000 and 2,000 articles, 2 workers
    python benchmarks/cluster.py --articles 2000 4000 --workers 2 --shard 100

A ``distributed.LocalCluster`` of ``--workers`` worker processes (one thread each) is started
here; for each size a generated corpus (as in ``benchmarks/memory.py``, invented names) is cut
into JSON Lines shards of ``--shard`` articles, and the coordinator —
``unionkg.cluster.build_on_cluster`` in a child process, connected to the scheduler by its
address — builds it. Printed per size: wall seconds, articles per second, the coordinator's CPU
seconds (start, streaming and resolution; then the exporters) and peak resident memory
(``ru_maxrss`` of the child; the workers' memory is theirs),
and, from two sizes, the coordinator's memory per 1,000 more articles: what the arithmetic for a
larger archive in docs/performance.md starts from.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from memory import generate_corpus

COORDINATOR = """
import json, sys, time
from unionkg.cluster import build_graph_on_cluster
from unionkg.pipeline import export_graph
result = build_graph_on_cluster([sys.argv[1]], sys.argv[2])
assert len(result.graph.articles) == int(sys.argv[4]), len(result.graph.articles)
resolved = time.process_time()
export_graph(result.graph, sys.argv[3])
print(json.dumps({"resolve_cpu": resolved, "export_cpu": time.process_time() - resolved}))
"""


def _shards(corpus: Path, directory: Path, size: int) -> Path:
    """``corpus`` cut into JSON Lines files of ``size`` lines in ``directory``."""
    directory.mkdir()
    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    for number, start in enumerate(range(0, len(lines), size)):
        shard = directory / f"shard-{number:05d}.jsonl"
        shard.write_text("".join(lines[start : start + size]), encoding="utf-8")
    return directory


def main(argv: list[str] | None = None) -> None:
    """Start the cluster, build each corpus on it, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[1_000, 2_000])
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--shard", type=int, default=100, help="articles per JSON Lines shard")
    args = parser.parse_args(argv)
    from distributed import LocalCluster

    work = Path(tempfile.mkdtemp(prefix="unionkg-cluster-bench-"))
    print(f"{os.cpu_count()} cores; load average at start {os.getloadavg()[0]:.1f}; "
          f"{args.workers} Dask workers x 1 thread; shards of {args.shard} articles")  # fmt: skip
    rows = []
    with LocalCluster(
        n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        for n in args.articles:
            corpus = _shards(generate_corpus(work / f"c{n}.jsonl", n), work / f"s{n}", args.shard)
            command = [sys.executable, "-c", COORDINATOR, str(corpus), cluster.scheduler_address,
                       str(work / f"out{n}"), str(n)]  # fmt: skip
            started = time.perf_counter()
            child = subprocess.Popen(command, stdout=subprocess.PIPE)
            _, status, usage = os.wait4(child.pid, 0)
            wall = time.perf_counter() - started
            if os.waitstatus_to_exitcode(status) or child.stdout is None:
                sys.exit(f"the build of {n} articles on the cluster failed")
            cpu = json.loads(child.stdout.read().decode().splitlines()[-1])
            rows.append((n, wall, cpu["resolve_cpu"], cpu["export_cpu"], usage.ru_maxrss / 1024))
    print(f"{'articles':>9} {'wall s':>8} {'articles/s':>10}  coordinator CPU s: start+resolve "
          "  exporters   peak RSS MiB")  # fmt: skip
    for n, wall, resolve, export, rss in rows:
        print(f"{n:>9,} {wall:>8.1f} {n / wall:>10.1f} {resolve:>32.1f} {export:>11.1f} "
              f"{rss:>14,.0f}")  # fmt: skip
    if len(rows) >= 2:
        (n0, *_, r0), (n1, *_, r1) = rows[0], rows[-1]
        print(f"coordinator memory per 1,000 more articles: {(r1 - r0) / (n1 - n0) * 1000:.1f} MiB")
    print(f"load average at end {os.getloadavg()[0]:.1f}; files in {work}")


if __name__ == "__main__":
    main()

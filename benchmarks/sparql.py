"""The SPARQL store (pyoxigraph) against plain rdflib, in one run, on a graph shaped like ours.

    python benchmarks/sparql.py                  # ~1,000,000 triples
    python benchmarks/sparql.py --scale 0.1      # ~100,000 triples, a quick look

It writes a synthetic graph in our layout (entities, direct edges and articles in the default
graph; a named graph per article holding a ukg:Evidence node per edge) as N-Quads, loads it
into an in-memory pyoxigraph Store and into an rdflib Dataset, then runs every saved query
(parameters bound the way ``unionkg query --saved`` binds them) on both, and prints the times
side by side with their ratio and whether both engines gave the same number of rows.

The graph: a province, 10 cities, 100 counties and 2,000 towns (each ``ukg:locatedIn`` its
parent); unions and companies located in towns; company unions under their company; town
unions under county unions; officials chairing unions, some holding a second post; partnerships.
Every name is made up from a fixed pool of characters (no real organization or person).
"""

from __future__ import annotations

import argparse
import io
import multiprocessing
import random
import sys
import time
from collections.abc import Callable
from typing import Any

import pyoxigraph as ox
from rdflib import Dataset

from unionkg.store.query import PREFIXES, check_query
from unionkg.store.saved import bind, saved_query

ID = "https://w3id.org/unionkg/id/"
UKG = "https://w3id.org/unionkg/ontology#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
ALT = "<http://www.w3.org/2004/02/skos/core#altLabel>"
PROV = "<http://www.w3.org/ns/prov#wasDerivedFrom>"
XSD = "http://www.w3.org/2001/XMLSchema#"
CHARS = "启衡瑞安明华泰丰源盛兴达宏远嘉和顺成信德恒通新永鑫隆昌富裕金宝汇诚"
SURNAMES = "林陈王张李赵周吴郑孙朱胡郭何高罗梁宋谢韩唐冯于董萧程曹袁邓许"


def synthetic_nquads(scale: float, seed: int = 11) -> tuple[str, dict[str, str]]:
    """N-Quads of a union graph (about ``scale`` million triples) and names to query for."""
    rng = random.Random(seed)
    out: list[str] = []
    names: set[str] = set()

    def name(suffix: str, length: int = 4) -> str:
        while True:
            text = "".join(rng.choice(CHARS) for _ in range(length)) + suffix
            if text not in names:
                names.add(text)
                return text

    def node(kind: str, n: int, label: str, alias: str | None = None) -> str:
        iri = f"<{ID}{kind.lower()}/{n:07d}>"
        out.append(f'{iri} <{RDF}type> <{UKG}{kind}> .\n{iri} {LABEL} "{label}"@zh .\n')
        if alias:
            out.append(f'{iri} {ALT} "{alias}"@zh .\n')
        return iri

    n = lambda base: max(1, int(base * scale))  # noqa: E731
    articles = [f"<{ID}article/A{i:06d}>" for i in range(n(8000))]
    for a in articles:
        out.append(f"{a} <{RDF}type> <{UKG}Article> .\n")
    edges = 0

    def edge(s: str, rel: str, o: str, sentence: str) -> None:
        nonlocal edges
        edges += 1
        a = rng.choice(articles)
        ev = f"<{ID}evidence/{edges:08d}>"
        start = rng.randrange(0, 2000)
        out.append(
            f"{s} <{UKG}{rel}> {o} .\n"
            f"{ev} <{RDF}type> <{UKG}Evidence> {a} .\n{ev} <{RDF}subject> {s} {a} .\n"
            f"{ev} <{RDF}predicate> <{UKG}{rel}> {a} .\n{ev} <{RDF}object> {o} {a} .\n"
            f'{ev} {PROV} {a} {a} .\n{ev} <{UKG}sentence> "{sentence}" {a} .\n'
            f'{ev} <{UKG}startOffset> "{start}"^^<{XSD}integer> {a} .\n'
            f'{ev} <{UKG}endOffset> "{start + len(sentence)}"^^<{XSD}integer> {a} .\n'
            f'{ev} <{UKG}extractor> "rule/v1" {a} .\n'
            f'{ev} <{UKG}confidence> "0.9"^^<{XSD}decimal> {a} .\n'
        )

    province = node("Town", 0, "合成省")
    cities = [node("Town", 1 + i, name("市", 2)) for i in range(10)]
    counties = [node("Town", 100 + i, name("县", 2)) for i in range(n(100))]
    towns = [node("Town", 1000 + i, name("镇", 3)) for i in range(n(2000))]
    for c in cities:
        edge(c, "locatedIn", province, "该市位于合成省。")
    for c in counties:
        edge(c, "locatedIn", rng.choice(cities), "该县隶属该市。")
    for t in towns:
        edge(t, "locatedIn", rng.choice(counties), "该镇隶属该县。")
    county_unions = [node("Union", i, name("县总工会")) for i in range(len(counties))]
    for u, c in zip(county_unions, counties, strict=True):
        edge(u, "locatedIn", c, "县总工会召开会议。")
    companies = []
    unions = []
    for i in range(n(15000)):
        short = name("", 4)
        company = node("Company", i, short + "有限公司", short)
        companies.append(company)
        edge(company, "locatedIn", rng.choice(towns), "公司落户该镇。")
        if i % 3:
            union = node("Union", 10_000 + i, short + "有限公司工会", short + "工会")
            unions.append(union)
            edge(union, "subOrganizationOf", company, "公司工会成立。")
            edge(union, "locatedIn", rng.choice(towns), "工会位于该镇。")
    for i in range(n(8000)):
        union = node("Union", 100_000 + i, name("镇总工会"))
        unions.append(union)
        edge(union, "subOrganizationOf", rng.choice(county_unions), "镇总工会隶属县总工会。")
        edge(union, "locatedIn", rng.choice(towns), "镇总工会位于该镇。")
    for i, union in enumerate(rng.sample(unions, min(len(unions), n(12000)))):
        official = node("Official", i, rng.choice(SURNAMES) + name("", 3))
        edge(union, "chairedBy", official, "当选工会主席。")
        if i % 3 == 0:
            edge(official, "holdsPosition", rng.choice(unions), "兼任副主席。")
    for _ in range(n(6000)):
        a, b = sorted(rng.sample(companies + unions, 2))
        edge(a, "partneredWith", b, "双方签订合作协议。")
    city_name = "".join(out[1 + len(articles) + 2].split('"')[1:2])  # the first city's label
    return "".join(out), {"town": city_name}


def _timed(work: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    value = work()
    return time.perf_counter() - start, value


def _rdflib_query(dataset: Dataset, query: str, limit: float) -> tuple[float, int | None]:
    """Run ``query`` with rdflib in a forked child (it shares the loaded dataset); a query still
    running after ``limit`` seconds is stopped and reported as (limit, None)."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)

    def child() -> None:
        send.send(_timed(lambda: len(list(dataset.query(query, initNs=PREFIXES)))))

    process = context.Process(target=child)
    process.start()
    answer = receive.recv() if receive.poll(limit) else (limit, None)
    process.kill()
    process.join()
    return answer


QUERIES: list[tuple[str, dict[str, str]]] = [
    ("unions-in-town", {}),
    ("officials-with-several-posts", {}),
    ("companies-and-unions", {}),
    ("partnership-network", {}),
    ("union-chair", {"union": ""}),
    ("union-hierarchy", {"union": ""}),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="1.0 is about 1 M triples")
    parser.add_argument(
        "--rdflib-limit",
        type=float,
        default=120.0,
        help="stop an rdflib query after this many seconds",
    )
    args = parser.parse_args()
    _, data = _timed(lambda: synthetic_nquads(args.scale))
    text, names = data
    payload = text.encode("utf-8")
    store = ox.Store()
    ox_load, _ = _timed(lambda: store.bulk_load(payload, format=ox.RdfFormat.N_QUADS))
    dataset = Dataset()
    rdf_load, _ = _timed(lambda: dataset.parse(io.BytesIO(payload), format="nquads"))
    quads = len(list(dataset.quads((None, None, None, None))))
    print(f"triples: {len(store):,} (rdflib: {quads:,})")

    def first_label(condition: str) -> str:
        query = f"SELECT ?l WHERE {{ ?u a <{UKG}Union> ; {LABEL} ?l {condition} }} ORDER BY ?l"
        return str(next(iter(store.query(query + " LIMIT 1")))["l"].value)

    first_union = first_label("")
    county_union = first_label("FILTER(STRENDS(?l, '县总工会'))")
    params = {"town": names["town"], "union-chair": first_union, "union-hierarchy": county_union}
    check_query("ASK {}")  # imports the guard's parser before the clock runs
    rows: list[tuple[str, float, float, str, float]] = [("load", ox_load, rdf_load, "", 0.0)]
    for name, _ in QUERIES:
        saved = saved_query(name)
        values = {}
        for p in saved.parameters:
            if p.required:
                values[p.name] = params["town"] if p.name == "town" else params[name]
        query = bind(saved, values)
        t_guard, _ = _timed(lambda q=query: check_query(q))
        t_ox, n_ox = _timed(lambda q=query: len(list(store.query(q, prefixes=PREFIXES))))
        t_rdf, n_rdf = _rdflib_query(dataset, query, args.rdflib_limit)
        same = "same" if n_ox == n_rdf else f"{n_ox} vs {n_rdf}"
        if n_rdf is None:
            same = f"rdflib stopped after {args.rdflib_limit:.0f} s"
        rows.append((name, t_ox, t_rdf, same, t_guard))
        print(f"  ran {name}: {t_ox:.3f} s / {t_rdf:.3f} s", file=sys.stderr, flush=True)
    print("store: pyoxigraph; guard: unionkg's SERVICE/UPDATE check, paid once per query on top")
    print(f"{'step':30} {'store (s)':>10} {'rdflib (s)':>11} {'ratio':>8} {'guard (s)':>10}  rows")
    for step, a, b, same, guard in rows:
        ratio = f"{b / a:7.1f}x" if not same.startswith("rdflib stopped") else f">{b / a:6.0f}x"
        print(f"{step:30} {a:10.3f} {b:11.3f} {ratio} {guard:10.3f}  {same}")


if __name__ == "__main__":
    main()

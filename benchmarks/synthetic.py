"""Synthetic corpus graphs of any size, shaped like the real one, for the explorer benchmark.

    from synthetic import synthetic_graph   # (benchmarks/ on sys.path)
    kg = synthetic_graph(5_000)              # ~5,000 nodes, ~10,000 edges

Every name is invented from a fixed pool of characters (no real organization or person). The
shape follows the development corpus: a province → city → county → town chain of places,
unions and companies located in towns, company unions under their company, officials chairing
or holding posts in unions, companies partnering mostly within their county, persons as members,
every edge with one evidence sentence from one of ``n / 10`` articles (most with a URL).
"""

from __future__ import annotations

import random

from unionkg.model import ID_BASE, Article, Edge, Evidence, KnowledgeGraph, Node, RelationType

__all__ = ["synthetic_graph"]

_CHARS = "启衡瑞安明华泰丰源盛兴达宏远嘉和顺成信德恒通新永鑫隆昌富裕金宝汇诚"
_SURNAMES = (
    "林陈王张李赵周吴郑孙朱胡郭何高罗梁宋谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾"
    "丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙"
    "万段雷钱汤尹黎易常武乔贺赖龚文"
)


def synthetic_graph(n_nodes: int, seed: int = 7) -> KnowledgeGraph:
    """A graph of about ``n_nodes`` nodes and ``2 * n_nodes`` edges."""
    rng = random.Random(seed)
    kg = KnowledgeGraph()
    articles = [f"S-{i:05d}" for i in range(max(1, n_nodes // 10))]
    for number, article_id in enumerate(articles):
        url = f"https://example.org/news/{article_id}.html" if number % 4 else None
        kg.articles[article_id] = Article(
            article_id, "", title=f"合成新闻第{number}篇", url=url, published="2022-05-01"
        )
    used: set[str] = set()

    def name(length: int, suffix: str, pool: str = _CHARS) -> str:
        while True:  # longer names once the short ones run out
            text = rng.choice(pool) + "".join(rng.choice(_CHARS) for _ in range(length - 1))
            if text + suffix not in used:
                used.add(text + suffix)
                return text + suffix
            length += rng.random() < 0.1

    def node(kind: str, type_: str, label: str, **attributes: str) -> str:
        iri = f"{ID_BASE}{kind}/{len(kg.nodes):06d}"
        kg.nodes[iri] = Node(iri, type_, label, attributes=attributes)  # type: ignore[arg-type]
        return iri

    def edge(subject: str, relation: RelationType, obj: str) -> None:
        article = rng.choice(articles)
        sentence = f"{kg.nodes[subject].label}与{kg.nodes[obj].label}的合成证据句。"
        confidence = rng.choice((0.5, 0.6, 0.7, 0.8, 0.9, 0.95))
        evidence = Evidence(article, sentence, 0, len(sentence), f"{relation}/v1", confidence)
        kg.edges.append(Edge(subject, relation, obj, [evidence]))
        for end in (subject, obj):
            kg.nodes[end].articles.add(article)

    # places: about a tenth of the nodes
    counties: list[tuple[str, list[str]]] = []
    n_counties = max(1, n_nodes // 100)
    provinces = [node("town", "Town", name(2, "省"), level="province") for _ in range(3)]
    cities = []
    for _ in range(max(1, n_counties // 5)):
        province = rng.choice(provinces)
        city = node("town", "Town", name(2, "市"), level="city", parents=kg.nodes[province].label)
        edge(city, "locatedIn", province)
        cities.append(city)
    for _ in range(n_counties):
        city = rng.choice(cities)
        chain = f"{kg.nodes[city].label}/{kg.nodes[city].attributes['parents']}"
        county = node("town", "Town", name(2, "县"), level="county", parents=chain)
        edge(county, "locatedIn", city)
        towns = []
        for _ in range(8):
            town_chain = f"{kg.nodes[county].label}/{chain}"
            town = node("town", "Town", name(2, "镇"), level="town", parents=town_chain)
            edge(town, "locatedIn", county)
            towns.append(town)
        counties.append((county, towns))

    # organizations and people, each in one county
    county_unions = {}
    for county, _towns in counties:
        county_unions[county] = node("union", "Union", kg.nodes[county].label + "总工会")
        edge(county_unions[county], "locatedIn", county)
    companies: dict[str, list[str]] = {county: [] for county, _towns in counties}
    everywhere: list[str] = []
    while len(kg.nodes) < n_nodes:
        county, towns = rng.choice(counties)
        company = node("company", "Company", name(3, "有限公司"))
        edge(company, "locatedIn", rng.choice(towns))
        union = node("union", "Union", kg.nodes[company].label + "工会")
        edge(union, "subOrganizationOf", company)
        edge(union, "subOrganizationOf", county_unions[county])
        chair = node("person", "Official", name(2, "", _SURNAMES))
        edge(union, "chairedBy", chair)
        edge(chair, "holdsPosition", company)
        edge(chair, "memberOf", county_unions[county])
        member = node("person", "Person", name(3, "", _SURNAMES))
        edge(member, "memberOf", union)
        other = node("org", "Organization", name(2, "街道办事处"))
        edge(other, "locatedIn", rng.choice(towns))
        edge(other, "partneredWith", union)
        for _ in range(2):
            pool = companies[county] if companies[county] and rng.random() < 0.9 else everywhere
            if pool:
                edge(company, "partneredWith", rng.choice(pool))
        companies[county].append(company)
        everywhere.append(company)
    return kg

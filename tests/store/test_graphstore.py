"""The on-disk store: what it holds equals a full build, incremental add and remove, the
content hash, provenance in SPARQL, exports from the store, and atomicity under a kill."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from unionkg.graph import build_graph
from unionkg.model import Article, EntityKey, Extraction
from unionkg.ontology import PROVENANCE_QUERY
from unionkg.pipeline import add_articles, export_graph
from unionkg.store import GraphStore, StoreError
from unionkg.store.codec import extraction_from_json, extraction_to_json, to_store_quads

UKG = "https://w3id.org/unionkg/ontology#"


def _full_build(extractions: list[Extraction]) -> set[ox.Quad]:
    return to_store_quads(build_graph(extractions))


def _stored(directory: Path) -> set[ox.Quad]:
    with GraphStore.open(directory, create=False) as store:
        return set(store.graph_quads())


def test_extraction_survives_json(extractions: dict[str, Extraction]):
    for ex in extractions.values():
        assert extraction_from_json(extraction_to_json(ex)) == ex


def test_extraction_json_keeps_keys_as_text(extractions: dict[str, Extraction]):
    data = json.loads(extraction_to_json(extractions["r-01"]))
    assert data["entities"][3]["key"] == "Town:瑞安市:330381"
    assert data["relations"][2]["object"] == "Town:瑞安市:330381"


def test_extraction_written_before_typed_keys_still_loads():
    """An extraction as versions with string keys stored it: keys as text, an entity's place
    and the entity it was implied by as attributes."""
    old = {
        "article": {"id": "a", "text": "某镇某公司工会成立。"},
        "entities": [
            {"key": "Town:某镇:330381", "type": "Town", "name": "某镇", "aliases": [],
             "mentions": [], "attributes": {"admin_code": "330381"}},
            {"key": "Company:某公司:", "type": "Company", "name": "某公司", "aliases": [],
             "mentions": [], "attributes": {"place": "Town:某镇:330381"}},
            {"key": "Union:某公司工会:", "type": "Union", "name": "某公司工会", "aliases": [],
             "mentions": [], "attributes": {"derived_from": "Company:某公司:"}},
            {"key": "Person:王小明", "type": "Official", "name": "王小明", "aliases": [],
             "mentions": [], "attributes": {}},
        ],
        "relations": [
            {"type": "chairedBy", "subject": "Union:某公司工会:", "object": "Person:王小明",
             "evidence": {"article_id": "a", "sentence": "某镇某公司工会成立。", "start": 0,
                          "end": 10, "rule": "x/v1", "confidence": 0.9}},
        ],
    }  # fmt: skip
    ex = extraction_from_json(json.dumps(old, ensure_ascii=False))
    town, company, union, person = ex.entities
    assert town.key == EntityKey("Town", "某镇", "330381")
    assert company.place == town.key and "place" not in company.attributes
    assert union.derived_from == company.key and union.attributes == {}
    assert person.key == EntityKey("Person", "王小明")
    assert (ex.relations[0].subject, ex.relations[0].object) == (union.key, person.key)
    assert extraction_from_json(extraction_to_json(ex)) == ex


def test_store_holds_exactly_a_full_build(store_dir: Path, extractions: dict[str, Extraction]):
    assert _stored(store_dir) == _full_build(list(extractions.values()))


def test_adding_one_at_a_time_equals_building_all(tmp_path: Path, extractions):
    directory = tmp_path / "s"
    for article_id in ("r-03", "r-01", "r-02"):  # any order
        with GraphStore.open(directory) as store:
            result = store.add_extractions([extractions[article_id]])
            assert result.added == [article_id]
    assert _stored(directory) == _full_build(list(extractions.values()))


def test_an_entity_resolves_against_what_is_stored(tmp_path: Path, extractions):
    directory = tmp_path / "s"
    with GraphStore.open(directory) as store:
        store.add_extractions([extractions["r-01"]])
        store.add_extractions([extractions["r-02"]])
        union = store.store.query(
            f"SELECT DISTINCT ?u WHERE {{ ?u <{UKG}chairedBy> ?p ; "
            f"<{UKG}subOrganizationOf> ?parent }}"
        )
        rows = list(union)  # r-01's union (chair) is r-02's 启衡电器工会 (under 瑞安市总工会)
    assert len(rows) == 1


def test_adding_the_same_article_twice_changes_nothing(store_dir: Path, extractions):
    before = _stored(store_dir)
    with GraphStore.open(store_dir) as store:
        result = store.add_extractions([extractions["r-02"]])
        copy = Article("copy-of-r-01", extractions["r-01"].article.text)
        again = add_articles(store, [copy])
    assert result.unchanged == ["r-02"] and result.added == [] and result.inserted == 0
    assert again.unchanged == ["copy-of-r-01"] and again.added == []
    assert _stored(store_dir) == before


def test_remove_keeps_what_other_articles_support(store_dir: Path, extractions):
    with GraphStore.open(store_dir) as store:
        result = store.remove(["r-03"])
        labels = {
            s["l"].value
            for s in store.store.query(
                "SELECT ?l WHERE { ?x <http://www.w3.org/2000/01/rdf-schema#label> ?l }"
            )
        }
    assert result.removed == ["r-03"] and result.deleted > 0
    assert _stored(store_dir) == _full_build([extractions["r-01"], extractions["r-02"]])
    assert "瑞安市明澜物流有限公司" in labels  # r-02 still supports it
    assert "乐清市柳岸电子有限公司工会" not in labels  # only r-03 did


def test_remove_by_iri_and_unknown_article(store_dir: Path):
    with GraphStore.open(store_dir) as store:
        assert store.remove(["https://w3id.org/unionkg/id/article/r-01"]).removed == ["r-01"]
        with pytest.raises(StoreError, match=r"no article 'r-09'.*stored: r-02, r-03"):
            store.remove(["r-09"])


def test_provenance_query_runs_against_the_store(store_dir: Path):
    with GraphStore.open(store_dir) as store:
        rows = list(store.store.query(PROVENANCE_QUERY))
    chairs = [r for r in rows if r["relation"].value == UKG + "chairedBy"]
    assert len(chairs) == 1
    assert chairs[0]["sentence"].value == "瑞安市启衡电器有限公司工会成立，林启明当选主席。"
    assert chairs[0]["article"].value.endswith("/article/r-01")


def test_export_from_the_store_is_the_build(store_dir: Path, extractions, tmp_path: Path):
    with GraphStore.open(store_dir) as store:
        from_store = export_graph(store.graph(), tmp_path / "a", ["turtle", "trig"])
    built = export_graph(build_graph(extractions.values()), tmp_path / "b", ["turtle", "trig"])
    for name in ("turtle", "trig"):
        assert from_store[name].read_bytes() == built[name].read_bytes()


def test_min_confidence_is_kept_by_the_store(tmp_path: Path, extractions):
    with GraphStore.open(tmp_path / "s") as store:
        store.add_extractions(extractions.values(), min_confidence=0.95)
        assert store.min_confidence == 0.95
        assert store.graph().edges == []  # all test evidence is 0.9


def test_opening_a_missing_store_says_what_to_do(tmp_path: Path):
    with pytest.raises(StoreError, match="no unionkg store there; make one with"):
        GraphStore.open(tmp_path / "nothing", create=False)


CHILD = textwrap.dedent(
    """
    import sys
    from conftest import make_extractions
    from unionkg.model import Article, EntityKey, Extraction
    from unionkg.store import GraphStore

    base = make_extractions()["r-02"]
    batch = []
    for i in range(int(sys.argv[2])):
        article = Article(f"bulk-{i:05d}", base.article.text + str(i))
        batch.append(Extraction(article, base.entities, base.relations))
    with GraphStore.open(sys.argv[1]) as store:
        print("applying", flush=True)
        store.add_extractions(batch)
        print("done", flush=True)
    """
)


@pytest.mark.parametrize("delay", [0.0, 0.2, 0.6])
def test_a_killed_add_leaves_every_article_in_or_out(store_dir: Path, tmp_path: Path, delay):
    before = _stored(store_dir)
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parent)}
    with subprocess.Popen([sys.executable, str(script), str(store_dir), "400"],
                          stdout=subprocess.PIPE, text=True, env=env) as child:  # fmt: skip
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "applying"
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()
    with GraphStore.open(store_dir) as store:
        extractions = store.extractions()
        quads = set(store.graph_quads())
    bulk = [ex for ex in extractions if ex.article.id.startswith("bulk-")]
    assert len(bulk) in (0, 400)  # all of the call or none of it
    assert quads == (before if not bulk else _full_build(extractions))

"""A small corpus of three extracted articles, written by us with invented organizations and
people (not real news), for the store and saved-query tests.

- ``r-01``: 瑞安市启衡电器有限公司工会 (a company's union) in 瑞安市, chaired by 林启明;
  瑞安市 lies in 温州市.
- ``r-02``: 瑞安市总工会 with 林启明 as 副主席 (his second post); 瑞安市塘下镇总工会 under it, in
  塘下镇 (in 瑞安市); 塘下镇云湾工会 under that; 瑞安市总工会 partners 瑞安市明澜物流有限公司;
  启衡电器工会 (the short form of r-01's union) is under 瑞安市总工会.
- ``r-03``: 乐清市柳岸电子有限公司工会 in 乐清市 (in 温州市), partnering 瑞安市明澜物流有限公司.

Extractions are built by hand, so these tests need no NER model.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from unionkg.model import (
    Article,
    EntityKey,
    Evidence,
    ExtractedEntity,
    ExtractedRelation,
    Extraction,
)
from unionkg.store import GraphStore

TEXTS = {
    "r-01": "瑞安市启衡电器有限公司工会成立，林启明当选主席。瑞安市隶属温州市。",
    "r-02": "瑞安市总工会副主席林启明出席。瑞安市塘下镇总工会下设塘下镇云湾工会。"
    "瑞安市总工会与瑞安市明澜物流有限公司签约。启衡电器工会隶属瑞安市总工会。",
    "r-03": "乐清市柳岸电子有限公司工会与瑞安市明澜物流有限公司签订合作协议。",
}

TOWNS = {"瑞安市": "330381", "温州市": "330300", "塘下镇": "330381", "乐清市": "330382"}


_TYPES = {"u": "Union", "c": "Company", "p": "Official"}  # what an id's first letter is


def _key(ref: str | EntityKey) -> EntityKey:
    """A fixture entity's key: a town's, or any other's by its id (u1 a union, c1 a company …)."""
    return ref if isinstance(ref, EntityKey) else EntityKey(_TYPES[ref[0]], ref)  # type: ignore[arg-type]


def _entity(key: str, etype: str, name: str, *aliases: str) -> ExtractedEntity:
    if etype == "Town":
        code = TOWNS[name]
        return ExtractedEntity(_town(name), "Town", name, set(aliases),
                               attributes={"admin_code": code})  # fmt: skip
    return ExtractedEntity(_key(key), etype, name, set(aliases))  # type: ignore[arg-type]


def _rel(article: str, kind: str, subject: str | EntityKey, obj: str | EntityKey, sentence: str,
         title: str | None = None) -> ExtractedRelation:  # fmt: skip
    start = TEXTS[article].index(sentence)
    evidence = Evidence(article, sentence, start, start + len(sentence), f"{kind}/test", 0.9)
    return ExtractedRelation(kind, _key(subject), _key(obj), evidence, title=title)  # type: ignore[arg-type]


def _town(name: str) -> EntityKey:
    return EntityKey("Town", name, TOWNS[name])


def make_extractions() -> dict[str, Extraction]:
    s1 = "瑞安市启衡电器有限公司工会成立，林启明当选主席。"
    s1b = "瑞安市隶属温州市。"
    r01 = Extraction(
        Article("r-01", TEXTS["r-01"], title="启衡电器工会成立"),
        [
            _entity("u1", "Union", "瑞安市启衡电器有限公司工会", "启衡电器工会"),
            _entity("c1", "Company", "瑞安市启衡电器有限公司"),
            _entity("p1", "Official", "林启明"),
            _entity("", "Town", "瑞安市"),
            _entity("", "Town", "温州市"),
        ],
        [
            _rel("r-01", "chairedBy", "u1", "p1", s1, "主席"),
            _rel("r-01", "subOrganizationOf", "u1", "c1", s1),
            _rel("r-01", "locatedIn", "u1", _town("瑞安市"), s1),
            _rel("r-01", "locatedIn", _town("瑞安市"), _town("温州市"), s1b),
        ],
    )
    t = TEXTS["r-02"]
    s2a, s2b, s2c, s2d = (x + "。" for x in t.split("。")[:4])
    r02 = Extraction(
        Article("r-02", t),
        [
            _entity("u2", "Union", "瑞安市总工会"),
            _entity("u3", "Union", "瑞安市塘下镇总工会", "塘下镇总工会"),
            _entity("u4", "Union", "塘下镇云湾工会"),
            _entity("u1", "Union", "启衡电器工会"),
            _entity("p1", "Official", "林启明"),
            _entity("c2", "Company", "瑞安市明澜物流有限公司"),
            _entity("", "Town", "瑞安市"),
            _entity("", "Town", "塘下镇"),
        ],
        [
            _rel("r-02", "holdsPosition", "p1", "u2", s2a, "副主席"),
            _rel("r-02", "subOrganizationOf", "u3", "u2", s2b),
            _rel("r-02", "subOrganizationOf", "u4", "u3", s2b),
            _rel("r-02", "locatedIn", "u3", _town("塘下镇"), s2b),
            _rel("r-02", "locatedIn", _town("塘下镇"), _town("瑞安市"), s2b),
            _rel("r-02", "locatedIn", "u2", _town("瑞安市"), s2c),
            _rel("r-02", "partneredWith", "u2", "c2", s2c),
            _rel("r-02", "subOrganizationOf", "u1", "u2", s2d),
        ],
    )
    s3 = TEXTS["r-03"]
    r03 = Extraction(
        Article("r-03", s3),
        [
            _entity("u5", "Union", "乐清市柳岸电子有限公司工会"),
            _entity("c2", "Company", "瑞安市明澜物流有限公司"),
            _entity("", "Town", "乐清市"),
            _entity("", "Town", "温州市"),
        ],
        [
            _rel("r-03", "partneredWith", "u5", "c2", s3),
            _rel("r-03", "locatedIn", "u5", _town("乐清市"), s3),
            _rel("r-03", "locatedIn", _town("乐清市"), _town("温州市"), s3),
        ],
    )
    return {"r-01": r01, "r-02": r02, "r-03": r03}


@pytest.fixture
def extractions() -> dict[str, Extraction]:
    return make_extractions()


@pytest.fixture
def store_dir(tmp_path: Path, extractions: dict[str, Extraction]) -> Path:
    """A store on disk holding the three articles (closed again, so others can open it)."""
    directory = tmp_path / "store"
    with GraphStore.open(directory) as store:
        store.add_extractions(extractions.values())
    return directory


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    """A listening socket on loopback: any connection to it is a SERVICE call that got out."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(8)
        sock.settimeout(0.5)
        yield sock

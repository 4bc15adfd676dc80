"""The table of named extraction passes: listing them and switching some off.

The sentences are written for these tests; every name in them is invented.
"""

from __future__ import annotations

import pytest

from unionkg.errors import UnknownNameError
from unionkg.extract import extract_article
from unionkg.extract.extractor import PASSES, pass_names
from unionkg.model import Article

BRAND = "外卖平台“青禾鲜送”的骑手们加入了青禾县总工会。"
POST = "青禾县总工会主席柯明远表示，将与青禾县远帆物流有限公司签订协议。"


def _found(text: str, disable: tuple[str, ...] = ()) -> tuple[set[tuple[str, str]], set[str]]:
    ex = extract_article(Article(id="t", text=text), disable=disable)
    return {(e.type, e.name) for e in ex.entities}, {r.type for r in ex.relations}


def test_pass_names_are_the_table_in_order() -> None:
    names = pass_names()
    assert names == [name for name, _ in PASSES]
    assert len(set(names)) == len(names)
    # entities come before the relations that read them, officials after the posts, and the
    # founders are checked once every person is typed
    assert names.index("org-entities") < names.index("pattern-relations")
    assert names.index("post-relations") < names.index("officials")
    assert names.index("officials") < names.index("person-founders") == len(names) - 1


def test_disabling_quoted_brands_drops_the_brand_and_its_membership() -> None:
    entities, relations = _found(BRAND)
    assert ("Company", "青禾鲜送") in entities and "memberOf" in relations
    entities, relations = _found(BRAND, ("quoted-brands",))
    assert ("Company", "青禾鲜送") not in entities and "memberOf" not in relations
    assert ("Union", "青禾县总工会") in entities  # the other passes still ran


@pytest.mark.parametrize(
    ("disable", "lost"),
    [(("post-relations",), "chairedBy"), (("pattern-relations",), "memberOf")],
)
def test_disabling_a_relation_pass_drops_its_relations(disable: tuple[str, ...], lost: str) -> None:
    text = BRAND if lost == "memberOf" else POST
    assert lost in _found(text)[1]
    assert lost not in _found(text, disable)[1]


def test_disabling_the_person_passes_leaves_no_official() -> None:
    entities, relations = _found(POST, ("model-persons", "titled-persons"))
    assert ("Official", "柯明远") not in entities and "chairedBy" not in relations
    assert ("Official", "柯明远") in _found(POST)[0]


def test_an_unknown_pass_is_named_with_the_known_ones() -> None:
    with pytest.raises(UnknownNameError, match=r"no extraction pass 'quoted-brand'; known: places"):
        extract_article(Article(id="t", text=BRAND), disable=("quoted-brand",))

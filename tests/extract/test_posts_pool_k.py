"""Posts in phrasings of the pool K articles (studied in the nineteenth round), on sentences we
wrote: every name here is invented for these tests."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted, names


def test_a_name_before_as_is_said_ends_before_it() -> None:
    # the model reads 韩志光如 (如是坦言: "so says") as one name; 如 opens the phrase
    edges = _edges("“我们要守住安全底线。”三号井工会主席韩志光如是坦言。")
    assert ("三号井工会", "chairedBy", "韩志光") in edges
    assert not [e for e in edges if "韩志光如" in e]


def test_the_school_union_after_a_preposition_is_the_school_s_own() -> None:
    # 由校工会副主席甲: 校工会 is the publishing school's union, not a unit "某某由校" of it
    text = "远帆学院工会一行来我校交流。座谈会由校工会常务副主席赵明主持，校工会副主席李红参加。"
    ex, _ = extracted(text, publisher="青禾大学工会")
    by_key = {e.key: e.name for e in ex.entities}
    rels = {(by_key[r.subject], r.type, by_key[r.object]) for r in ex.relations}
    assert ("赵明", "holdsPosition", "青禾大学工会") in rels
    assert names(ex, "Union") == {"远帆学院工会", "青禾大学工会"}

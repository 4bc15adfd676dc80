"""Posts and names in phrasings of the pool L articles (studied in the twelfth round), on
sentences we wrote: every name here is invented for these tests."""

from __future__ import annotations

from .conftest import edges as _edges


def test_titles_after_a_list_verb_or_a_copula_are_posts_of_the_body() -> None:
    text = (
        "青禾职工联合会访问团昨日抵达远帆市。青禾职工联合会会长林启明说，此行将反映民生问题。"
        "秘书长是副会长钟晓岚，团员包括副会长赵丽萍、孙海涛等人。"
    )
    edges = _edges(text)
    for name in ("钟晓岚", "赵丽萍", "孙海涛"):
        assert (name, "holdsPosition", "青禾职工联合会") in edges

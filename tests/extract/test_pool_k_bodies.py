"""Mechanisms of public bodies and unions found on the pooled held-out news K (a level-only
body in a paper whose brand word opens before its place, a named union group, a predicate run into
a union's word),
on sentences we wrote (invented people and bodies; real places, which the gazetteer must
know)."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_level_only_body_resolves_to_the_place_after_a_media_brand_word():
    text = "3月2日,市总工会走访了市实验小学,看望一线教师。"
    for publisher in ("智慧株洲", "今日株洲"):
        ex, _ = _extract(text, publisher=publisher)
        assert "株洲市总工会" in _names(ex, "Union")
        assert "株洲市实验小学" in _names(ex, "Organization")
    # a paper with no place after its opening word resolves nothing
    ex, _ = _extract(text, publisher="新华社")
    assert not _names(ex, "Union")


def test_a_named_union_group_is_a_union_of_its_company():
    text = "近日,远帆电子有限公司包装车间工会小组被评为模范职工小家。"
    ex, _ = _extract(text)
    assert _names(ex, "Union") == {"远帆电子有限公司包装车间工会小组"}
    sub = ("远帆电子有限公司包装车间工会小组", "subOrganizationOf", "远帆电子有限公司")
    assert sub in _edges(text)
    # union groups counted are no one body
    assert not _names(_extract("晨光公司工会已成立12个工会小组,发展会员300名。")[0], "Union") - {
        "晨光公司工会"
    }


def test_a_predicate_before_a_union_word_makes_no_union():
    text = "钟晓岚表示,要为推动青禾区绿色发展贡献工会智慧和力量。"
    assert not _names(_extract(text)[0], "Union")
    # a verb of joining names the union's kind
    text = "青禾县远帆街道新业态联合工会委员会召开会议。"
    assert "青禾县远帆街道新业态联合工会委员会" in _names(_extract(text)[0], "Union")

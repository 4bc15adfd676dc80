"""Places the pool J showed wrong: a base (基地) named for what is done there (a sanitation
base, a training base) is a facility, not a zone, and an education base is an institution; a
community named again where the model runs it into the next word (某某社区居委会) is still the
community, and its committee no second place; a community written right after a street of its
district that the gazetteer files it under another street of lies in the street written; a
county named by an ordinary word (城区) written right after its city is that county; on
sentences we wrote (invented names, real divisions from the gazetteer)."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_base_named_for_its_work_is_no_place_but_its_division_is():
    text = "区总工会主席林启明走访了柯城区环卫基地和青禾职工技能实训基地，看望一线职工。"
    towns = _names(_extract(text)[0], "Town")
    assert "柯城区" in towns
    assert not {name for name in towns if name.endswith("基地")}


def test_a_logistics_or_industrial_base_is_still_a_zone():
    ex, _ = _extract("衢州远帆物流基地今年新建工会，入驻企业员工全部入会。老工业基地振兴成效明显。")
    towns = _names(ex, "Town")
    assert "衢州远帆物流基地" in towns
    assert "工业基地" not in towns


def test_an_education_base_is_an_institution_in_its_place():
    text = "职工代表参观了衢州市爱国主义教育基地，重温入党誓词。"
    assert "衢州市爱国主义教育基地" in _names(_extract(text)[0], "Organization")
    assert ("衢州市爱国主义教育基地", "locatedIn", "衢州市") in _edges(text)


def test_a_community_written_again_before_its_committee_is_the_same_place():
    text = ("上海市普陀区长风新村街道曹家巷社区新建了户外职工爱心驿站。"
            "“驿站每天开放。”曹家巷社区居委会主任林晓岚介绍说。")  # fmt: skip
    ex, _ = _extract(text)
    assert _names(ex, "Town") >= {"曹家巷社区", "长风新村街道"}
    assert "曹家巷社区居委会" not in _names(ex, "Town")
    assert [e.name for e in ex.entities if e.type == "Town"].count("曹家巷社区") == 1
    assert ("曹家巷社区居委会", "locatedIn", "曹家巷社区") in _edges(text)


def test_a_community_lies_in_the_street_written_before_it():
    text = "区总工会负责人走访了普陀区宜川路街道章家巷社区户外职工爱心驿站。"
    assert ("章家巷社区", "locatedIn", "宜川路街道") in _edges(text)


def test_a_county_named_by_an_ordinary_word_after_its_city_is_the_county():
    text = "阳泉市城区总工会近日组织环卫职工开展健康体检。"
    assert "城区" in _names(_extract(text)[0], "Town")
    found = _edges(text)
    assert ("阳泉市城区总工会", "locatedIn", "城区") in found
    assert ("城区", "locatedIn", "阳泉市") in found

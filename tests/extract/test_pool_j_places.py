"""Places the pool J showed wrong: a base (基地) named for what is done there (a sanitation
base, a training base) is a facility, not a zone, and an education base is an institution; on
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

"""Places the pool G missed: a harbour named by its city and the one-character kind 港
(某市港), listed as places where ships call, and a named site (a ruin, a fishing harbour) whose
name opens with the short form of the town it lies in; on sentences we wrote (invented
wording)."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_harbour_named_by_its_city_is_a_town_in_that_city():
    text = "青禾航运公司的货轮先后停靠温州港、连云港港、北海港，船员们在码头接受了义诊。"
    ex, _ = _extract(text)
    assert {"温州港", "连云港港", "北海港", "温州市", "连云港市"} <= _names(ex, "Town")
    found = _edges(text)
    assert ("温州港", "locatedIn", "温州市") in found
    assert ("连云港港", "locatedIn", "连云港市") in found


def test_a_haven_in_a_figure_of_speech_is_no_harbour():
    ex, _ = _extract("远帆社区把驿站建成了职工温暖的幸福港湾。")
    assert not any(n.endswith(("港", "港湾")) for n in _names(ex, "Town"))


def test_a_site_named_by_its_towns_short_form_lies_in_the_town():
    text = "工会干部来到青禾镇，参观了青禾古窑遗址，又到青禾渔港慰问渔民。"
    ex, _ = _extract(text)
    assert {"青禾古窑遗址", "青禾渔港"} <= _names(ex, "Town")
    found = _edges(text)
    assert ("青禾古窑遗址", "locatedIn", "青禾镇") in found
    assert ("青禾渔港", "locatedIn", "青禾镇") in found


def test_people_of_a_city_written_with_gang_are_no_harbour():
    # 港人 after a city's short form: people from elsewhere living there, no harbour of the city
    ex, _ = _extract("长住温州港人联谊活动在社区举行，温州市总工会派员参加。")
    assert "温州港" not in _names(ex, "Town")

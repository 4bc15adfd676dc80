"""Constructions of union news from the western provinces that the dev articles hold few of
(issue #13): partnerships in words the dev set lacks, a level head shared by a list, names
written side by side, a company's union named by its short form. Every organization and person
here is invented; the places are real divisions, because a level-only name resolves only
against the gazetteer."""

from __future__ import annotations

from .conftest import extracted as _extract
from .conftest import names as _names


def test_levels_listed_before_a_level_only_union_name_each_its_federation() -> None:
    text = (
        "湘西土家族苗族自治州吉首市举行招聘会。3月19日，州、市总工会，吉首市青禾服务中心"
        "及吉首市邮政管理局在州总工会联合举行签约仪式。"
    )
    unions = _names(_extract(text)[0], "Union")
    assert {"湘西土家族苗族自治州总工会", "吉首市总工会"} <= unions


def test_a_place_before_a_listed_level_is_no_level() -> None:
    text = "湘西土家族苗族自治州吉首市举行招聘会。3月19日，贵州、市总工会联合举办招聘会。"
    unions = _names(_extract(text)[0], "Union")
    assert "湘西土家族苗族自治州总工会" not in unions


def test_a_count_before_a_level_only_union_name_speaks_of_several() -> None:
    ex, _ = _extract("青禾县总工会与6省(市)总工会签订疗休养合作框架协议。")
    assert _names(ex, "Union") == {"青禾县总工会"}


def test_two_placed_names_side_by_side_in_a_title_are_two_issuers() -> None:
    text = "根据《嘉兴市总工会嘉兴市交通运输局关于开展劳动竞赛的实施意见》，活动启动。"
    ex, _ = _extract(text)
    assert _names(ex, "Organization") == {"嘉兴市交通运输局"}
    assert _names(ex, "Union") == {"嘉兴市总工会"}


def test_a_national_union_and_its_committee_in_a_place_stay_one_name() -> None:
    ex, _ = _extract("中国青禾工会浙江工作委员会今天在杭州恢复建立。")
    assert any(name.startswith("中国青禾工会浙江") for name in _names(ex, "Union"))


def test_a_body_and_its_office_in_another_place_stay_one_name() -> None:
    ex, _ = _extract("香港远帆工会联合会广东办事处与珠海市总工会签订合作协议。")
    assert "广东办事处" not in _names(ex, "Organization")

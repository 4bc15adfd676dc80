"""Bodies and unions pool F showed wrong: an assembly's short name read as a street's name, a
list of cities closed by 设区市 before a shared federation, a paper's site credited in the
dateline, a rest home; on sentences we wrote (invented bodies, real places)."""

from __future__ import annotations

from .conftest import extracted as _extract
from .conftest import names as _names


def test_an_assembly_before_a_kind_of_place_names_no_place():
    text = "远帆街道总工会举办表彰会。人大街道工委副主任、总工会副主席钟晓岚致辞。"
    ex, _ = _extract(text, publisher="杭州市总工会")
    assert "人大街道" not in _names(ex, "Town")
    assert "人大街道总工会" not in _names(ex, "Union")


def test_cities_listed_before_seat_cities_share_the_federation():
    ex, _ = _extract("目前，我省温州、湖州等设区市总工会已与对口地区工会建立交流机制。")
    assert {"温州市总工会", "湖州市总工会"} <= _names(ex, "Union")


def test_a_paper_whose_site_files_the_dateline_is_the_site():
    text = "晨光大工匠评选启动\n\n远帆工人日报网讯   记者3月2日从青禾市总工会获悉，评选将持续两月。"
    ex, _ = _extract(text)
    assert "远帆工人日报网" in _names(ex, "Organization")
    assert "远帆工人日报" not in _names(ex, "Organization")


def test_a_group_rest_home_is_a_body():
    ex, _ = _extract("青禾市总工会组织劳模到晨光集团职工休养院疗休养。")
    assert "晨光集团职工休养院" in _names(ex, "Organization")

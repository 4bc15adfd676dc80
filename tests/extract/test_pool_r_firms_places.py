"""Companies and places the pool R missed: a station named by its city alone (某市南站); a park
named by its division and words of its own, written in several words (某区某某产业园区); a
kind of place after a determiner in a list (各社区); a quoted motto that ends in a region's
kind (“某某湾区”); a firm's own report or honour quoted after 公司; a zone written with its
kind abbreviated (某某经开区) and in full after its province (某省某某经济开发区); a person
acting on a body's behalf run into its name (甲某代表某某管委会); a source named by its city
and a county's short form (某市某县总工会 written 某某总工会); a zone's committee the
gazetteer lists as a town, written by its kind only (开发区管委会); the districts of Hong Kong
and Macao, which share their region's code in the gazetteer's file. On sentences we wrote
(invented names)."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_station_named_by_its_city_alone():
    text = "青禾县总工会组织务工人员前往常德南站,乘坐免费专列返岗。"
    ex, _ = _extract(text)
    assert "常德南站" in _names(ex, "Town")
    assert ("常德南站", "locatedIn", "常德市") in _edges(text)


def test_a_park_named_by_its_division_and_words_of_its_own():
    text = "调研组到鼎城区纺织服装产业园区开展调研活动,鼎城区总工会参加。"
    ex, _ = _extract(text)
    assert "纺织服装产业园区" in _names(ex, "Town")
    assert ("纺织服装产业园区", "locatedIn", "鼎城区") in _edges(text)
    text = "劳动模范来到常德福寿养老产业园,开始了疗休养活动。"
    ex, _ = _extract(text)
    assert "福寿养老产业园" in _names(ex, "Town")


def test_a_kind_of_place_after_a_determiner_in_a_list_is_no_place():
    text = "晨光街道妇联、团工委、各社区、驻地单位的志愿者一起为独居老人打扫房屋。"
    ex, _ = _extract(text)
    assert "各社区" not in _names(ex, "Town")


def test_a_quoted_motto_ending_in_a_regions_kind_is_no_place():
    text = "市总工会组织务工人员乘坐“欢乐湾区 温暖过年”幸福列车返乡。"
    ex, _ = _extract(text)
    assert "欢乐湾区" not in _names(ex, "Town")
    ex, _ = _extract("龙岩特产批量走进“大湾区”。")
    assert "大湾区" in _names(ex, "Town")


def test_a_firms_own_report_quoted_after_the_word_company_is_no_brand():
    text = "本次职代会表彰了2022年度公司“十佳职工”,财务总监李明作公司“财务工作报告”。"
    ex, _ = _extract(text)
    assert not {"财务工作报告", "十佳职工"} & _names(ex, "Company")


def test_a_zone_written_with_its_kind_abbreviated_is_the_zone_written_in_full():
    text = (
        "四川青禾经济开发区举办首届职工技能大赛。"
        "青禾经开区总工会主席钟晓岚为获奖选手颁奖,青禾经开区共有120名职工参赛。"
    )
    ex, _ = _extract(text)
    towns = _names(ex, "Town")
    assert "四川青禾经济开发区" in towns
    assert "青禾经开区" not in towns


def test_a_person_acting_on_behalf_of_a_body_is_no_part_of_its_name():
    text = (
        "青禾经济开发区举行安全生产动员会,管委会主任林东海到会。"
        "会上,林东海代表经开区管委会向全体参会企业作了动员讲话。"
    )
    ex, _ = _extract(text, publisher="青禾经开区")
    names = {e.name for e in ex.entities} | {a for e in ex.entities for a in e.aliases}
    assert not any(n.startswith("林东海代表") for n in names)


def test_a_source_named_by_its_city_and_a_countys_short_form_speaks_of_that_county():
    text = "区总工会组织培训,来自区直属机关工会的委员参加。"
    ex, _ = _extract(text, publisher="温州鹿城总工会")
    assert {"鹿城区总工会", "鹿城区直属机关工会"} <= _names(ex, "Union")


def test_a_zones_committee_named_by_its_kind_only_is_no_town():
    text = "副市长刘明出席,及市开发区管委会主任张黎明、市政府秘书长牛传明出席会议。"
    ex, _ = _extract(text)
    assert "开发区管委会" not in _names(ex, "Town")


def test_the_districts_of_hong_kong_and_macao_are_places_of_the_gazetteer():
    ex, _ = _extract("活动在观塘区举行,花地玛堂区的工友也来参加。")
    assert {"观塘区", "花地玛堂区"} <= _names(ex, "Town")

"""Mechanisms of public bodies found on the pooled held-out news J (a workers' rest station is
a facility, no body; a union's congress by its ordinal ends a name; a verb of what comes about
before a union's word; a medium's name before 通讯员; a congress's or a consultative
conference's office by its short form, 政协办; a body, an event verb, then a level-only body;
a time opener read into a level-only body; levels listed after the sentence's opener; a centre
named by what it houses; a level's direct organs' unions together; a department of a federation
by its short form), on sentences we wrote (invented bodies and people; real places the
gazetteer must know)."""

from __future__ import annotations

from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_workers_rest_station_is_no_body():
    text = "宜丰县总工会在宜丰县桃李湖职工驿站慰问环卫工人。远帆户外劳动者驿站同日开放。"
    ex, _ = _extract(text)
    assert _names(ex, "Union") == {"宜丰县总工会"}
    assert not any(n.endswith("驿站") for n in _names(ex, "Organization"))


def test_a_unions_congress_by_its_ordinal_ends_the_name_before_it():
    text = "宜丰县总工会号召全县职工学习贯彻中国工会十八大和省工会十五大精神。"
    ex, _ = _extract(text)
    assert not any("十八大" in n for n in _names(ex, "Union"))


def test_a_verb_of_what_comes_about_before_the_union_word_is_no_name():
    text = "宜丰县总工会与县法院签约,力争在宜丰县形成工会、法院、人社部门协作的格局。"
    ex, _ = _extract(text)
    assert _names(ex, "Union") == {"宜丰县总工会"}


def test_a_mediums_name_before_its_correspondents_credit():
    text = "宜丰县总工会为300名快递员送去清凉。\n\n晨光头条通讯员 林启明 钟晓岚"
    ex, _ = _extract(text)
    bodies = _names(ex, "Organization")
    assert "晨光头条" in bodies
    assert "晨光头条通" not in bodies


def test_an_office_by_its_short_form_is_one_body():
    text = "宜丰县总工会发出倡议,得到了县政协办、县人大办等12家单位的响应。"
    ex, _ = _extract(text)
    assert {"宜丰县政协办", "宜丰县人大办"} <= _names(ex, "Organization")
    assert "宜丰县政协" not in _names(ex, "Organization")
    # 办 as a verb after a body (政府办好, 人大办理) makes no office
    text = "宜丰县政府办好十件民生实事。宜丰县人大办理代表建议120件。"
    ex, _ = _extract(text)
    assert not any(n.endswith("办") for n in _names(ex, "Organization"))


def test_a_body_then_an_event_verb_then_a_level_only_body_are_two_names():
    text = "宜丰县总工会深入县城市管理局,为一线职工送去清凉。"
    ex, _ = _extract(text)
    assert "宜丰县城市管理局" in _names(ex, "Organization")
    assert not any(n.startswith("宜丰县总工会") for n in _names(ex, "Organization"))


def test_a_time_opener_the_model_reads_into_a_level_only_body_is_left_out():
    text = "今后市工匠学院将开设12门课程。此后市总工会又组织了培训。"
    ex, _ = _extract(text, publisher="南平日报")
    assert "南平市工匠学院" in _names(ex, "Organization")
    assert _names(ex, "Union") == {"南平市总工会"}


def test_levels_listed_after_the_sentences_opener_share_the_body():
    text = "今年以来,南平市各级工会积极开展帮扶工作。目前市、县总工会已建立了7个帮扶中心。"
    ex, _ = _extract(text)
    assert "南平市总工会" in _names(ex, "Union")


def test_a_centre_named_by_what_it_houses_is_a_venue_no_body():
    text = "宜丰县总工会走访宜丰县行政中心、宜丰县国际会展中心和远帆产业园数据中心。"
    ex, _ = _extract(text)
    assert not any(n.endswith("中心") for n in _names(ex, "Organization"))


def test_a_levels_direct_organs_unions_together_are_no_body():
    text = "南平市总工会号召县区与市直工会对照标准推进建设。南平市直机关工会主席林启明出席。"
    ex, _ = _extract(text)
    assert _names(ex, "Union") == {"南平市总工会", "南平市直机关工会"}


def test_a_department_of_a_federation_by_its_short_form_is_no_body():
    text = "南平市总工会召开会议。市总办公室、财务部负责同志参加。"
    ex, _ = _extract(text)
    assert not any(n.endswith("办公室") for n in _names(ex, "Organization"))

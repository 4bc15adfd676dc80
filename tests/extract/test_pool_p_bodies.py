"""Mechanisms of public bodies and unions found on the pooled held-out news P (the title a
body awards studios written after a level alone, a studio listed after a union's work, an
honour a union is given, a city's unions spoken of together, a body's short form in its
place, a union's working group),
on sentences we wrote (invented people and bodies; real places, which the gazetteer must
know)."""

from __future__ import annotations

from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_studio_title_after_a_level_alone_is_no_studio():
    text = "远帆集团共创建职工创新工作室21个,其中有省技能大师工作室2个、省劳动模范创新工作室1个。"
    ex, _ = _extract(text, publisher="四川日报")
    assert not any(n.endswith("工作室") for n in _names(ex, "Organization"))


def test_a_studio_listed_after_a_unions_work_is_no_government_body():
    text = (
        "湖州市总工会一行到德清察看基层工会建设,德清县人大常委会副主任、县总工会主席钟晓岚"
        "一同前往。一行人走进德清县晨光纺织有限公司,了解工会工作和劳模创新人才工作室的运行情况。"
    )
    ex, _ = _extract(text)
    assert not any(n.endswith("工作室") for n in _names(ex, "Organization"))
    assert "德清县人大常委会" in _names(ex, "Organization")


def test_an_honour_a_union_is_given_is_no_union():
    ex, _ = _extract("远帆建设集团工会被评为浙江省交通系统先进工会。")
    assert _names(ex, "Union") == {"远帆建设集团工会"}


def test_a_city_written_without_its_level_before_a_bare_union_word_is_its_unions_together():
    text = "温州工会为外卖骑手开设了二十多个暖心驿站,骑手们纷纷点赞。"
    assert "温州工会" not in _names(_extract(text)[0], "Union")
    # a city's one union writes its level
    assert "温州市工会" in _names(_extract("温州市工会主席李明出席。")[0], "Union")


def test_a_bodys_short_form_in_its_place_keeping_head_and_end_is_the_body():
    text = "温州市总工会和温州市邮政管理局联合举办寄递员健康义诊,市邮政局负责人为义诊队伍送上锦旗。"
    bodies = _names(_extract(text)[0], "Organization")
    assert "温州市邮政管理局" in bodies and "温州市邮政局" not in bodies


def test_a_unions_working_group_is_a_unit_of_the_union():
    text = "江西省总工会第三蹲点工作组走进晨光物流有限公司工会,帮助货车司机建起了休息室。"
    ex, _ = _extract(text)
    assert not any(n.endswith("工作组") for n in _names(ex, "Organization"))
    assert "江西省总工会" in _names(ex, "Union")

"""Mechanisms of public bodies and media found on the held-out union news (media credited by a
dash, by title marks, by lenticular brackets or before the date, a paper and its site run
together, a place's organ written bare after its committee), on sentences we wrote (invented
media and people, real places)."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import names as _names


def test_media_credited_in_other_forms_are_organizations():
    ex, _ = _extract("青禾晚报-中国青禾网讯 10月26日,德清县总工会举办技能竞赛。")
    assert {"青禾晚报", "中国青禾网"} <= _names(ex, "Organization")
    ex, _ = _extract("浙北平安网 1月21日,德清县总工会开展节前走访慰问活动。")
    assert "浙北平安网" in _names(ex, "Organization")
    ex, _ = _extract("据《浙北工人报》报道。德清县总工会开展节前走访慰问活动。")
    assert "浙北工人报" in _names(ex, "Organization")
    ex, _ = _extract("本报记者 林启明\n\n【浙北金融时报】\n\n近期,德清县总工会开展慰问活动。")
    assert "浙北金融时报" in _names(ex, "Organization")


def test_a_paper_and_its_site_run_together_are_two_media():
    ex, _ = _extract("本网讯(青禾新报正青禾网记者 林启明)4月25日,德清县总工会召开会议。")
    assert {"青禾新报", "正青禾网"} <= _names(ex, "Organization")
    assert "青禾新报正青禾网" not in _names(ex, "Organization")


def test_a_places_organ_written_bare_after_its_committee_is_that_places():
    ex, _ = _extract("8月23日,德清县乾元镇党委、政府和镇总工会开展慰问活动。")
    assert "乾元镇政府" in _names(ex, "Organization")
    # an organ's word opening a longer word names no body
    ex, _ = _extract("乾元镇党委副书记、镇长、政协联络室主任林启明出席。")
    assert "政协" not in _names(ex, "Organization")
    assert not any(n.endswith("政协") for n in _names(ex, "Organization"))


def test_a_places_organ_written_bare_in_a_chain_of_posts_is_that_places():
    found = _edges("会议由宁陕县委副书记、政府县长林启明主持。")
    assert ("林启明", "holdsPosition", "宁陕县政府") in found
    found = _edges("宁陕新区党工委副书记、管委会主任林启明出席。")
    assert ("林启明", "holdsPosition", "宁陕新区管委会") in found


def test_a_firms_centre_or_a_centres_building_project_is_no_body():
    ex, _ = _extract("竞赛在国网宁陕县供电公司培训中心举办。")
    assert not any(n.endswith("中心") for n in _names(ex, "Organization"))
    ex, _ = _extract("授旗仪式在宁陕新区金融中心项目建设工地举行。")
    assert not any(n.endswith("中心") for n in _names(ex, "Organization"))


def test_market_opening_a_bureau_is_no_level_head():
    ex, _ = _extract("安康市总工会与市邮政管理局、市场监督管理局等部门联动。")
    assert "安康市市场监督管理局" in _names(ex, "Organization")
    assert "安康市场监督管理局" not in _names(ex, "Organization")


def test_collective_or_described_unions_are_no_union():
    ex, _ = _extract("宁陕县总工会举办竞赛,有关县产业工会及重大项目现场设分会场。")
    assert _names(ex, "Union") == {"宁陕县总工会"}
    ex, _ = _extract("承担援藏任务的各省市总工会、央企工会签订协议。")
    assert not _names(ex, "Union")
    ex, _ = _extract("宁陕县首个园区工会联合会揭牌。园区工会联合会由园区骨干企业工会组成。")
    assert not any("首个" in n or "骨干" in n for n in _names(ex, "Union"))


def test_a_village_listed_before_a_federation_has_none():
    ex, _ = _extract("调研组对城关镇红星村和宁陕县总工会驻村工作队的工作表示肯定。")
    assert _names(ex, "Union") == {"宁陕县总工会"}


def test_a_level_head_written_before_its_own_place_is_no_part_of_the_name():
    text = "县交通运输局副局长林启明、县宁陕县道路运输系统联合工会负责人王大明参加。"
    ex, _ = _extract(text + "宁陕县总工会主办。")
    assert "宁陕县道路运输系统联合工会" in _names(ex, "Union")
    assert not any(n.startswith("宁陕县宁陕县") for n in _names(ex, "Union"))
    # 市开发区: the city's zone, the level head no stray word
    ex, _ = _extract("宁陕县总工会与市开发区管委会签订协议。安康市举行大会。")
    assert not any(n.startswith("开发区") for n in _names(ex, "Organization"))


def test_a_level_only_union_of_a_county_or_above_is_its_federation():
    ex, _ = _extract("张晶受盟工会委托为阿拉善盟职工创新工作室颁奖。")
    assert "阿拉善盟总工会" in _names(ex, "Union")
    assert "阿拉善盟工会" not in _names(ex, "Union")
    # a town's union stays a union
    ex, _ = _extract("宁陕县城关镇召开会议,镇工会主席林启明出席。")
    assert "城关镇工会" in _names(ex, "Union")


def test_every_places_union_after_ge_is_no_union():
    ex, _ = _extract("内蒙古自治区总工会举办竞赛,阿拉善盟设分会场,各盟市工会参加。")
    assert _names(ex, "Union") == {"内蒙古自治区总工会"}


def test_a_medium_opening_a_line_with_its_report_is_an_organization():
    ex, _ = _extract("标题\n\n云上宁陕报道:(记者 林启明)2月6日,宁陕县总工会走访慰问困难职工。")
    assert "云上宁陕" in _names(ex, "Organization")
    # named for the place it serves, not lying in it by its name
    assert ("云上宁陕", "locatedIn", "宁陕县") not in _edges(
        "标题\n\n云上宁陕报道:(记者 林启明)2月6日,宁陕县总工会走访慰问困难职工。"
    )
    ex, _ = _extract("标题\n\n通讯员林启明报道 近日,宁陕县总工会走访慰问困难职工。")
    assert not _names(ex, "Organization")

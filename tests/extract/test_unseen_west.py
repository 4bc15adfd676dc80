"""Constructions of union news from the western provinces that the dev articles hold few of
(issue #13): partnerships in words the dev set lacks, a level head shared by a list, names
written side by side, a company's union named by its short form. Every organization and person
here is invented; the places are real divisions, because a level-only name resolves only
against the gazetteer."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import names as _names


def _partners(text: str) -> set[frozenset[str]]:
    """The partnerships of ``text``, each as the pair of its parties' names (either order)."""
    return {frozenset((s, o)) for s, rel, o in _edges(text) if rel == "partneredWith"}


def test_levels_listed_before_a_level_only_union_name_each_its_federation() -> None:
    text = (
        "湘西土家族苗族自治州吉首市举行招聘会。3月19日，州、市总工会，吉首市青禾服务中心"
        "及吉首市邮政管理局在州总工会联合举行签约仪式。"
    )
    unions = _names(_extract(text)[0], "Union")
    assert {"湘西土家族苗族自治州总工会", "吉首市总工会"} <= unions
    pairs = _partners(text)
    first = "湘西土家族苗族自治州总工会"
    assert frozenset((first, "吉首市总工会")) in pairs
    assert frozenset((first, "吉首市邮政管理局")) in pairs


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
    assert frozenset(("嘉兴市总工会", "嘉兴市交通运输局")) in _partners(text)


def test_a_national_union_and_its_committee_in_a_place_stay_one_name() -> None:
    ex, _ = _extract("中国青禾工会浙江工作委员会今天在杭州恢复建立。")
    assert any(name.startswith("中国青禾工会浙江") for name in _names(ex, "Union"))


def test_a_body_and_its_office_in_another_place_stay_one_name() -> None:
    ex, _ = _extract("香港远帆工会联合会广东办事处与珠海市总工会签订合作协议。")
    assert "广东办事处" not in _names(ex, "Organization")


def test_a_company_union_named_by_the_short_form_belongs_to_the_placed_company() -> None:
    text = (
        "近日，青禾县总工会赴宁夏远帆石化有限公司调研。在宁夏远帆石化有限公司，考察了"
        "远帆石化工会的做法，对远帆石化开展的活动给予肯定。"
    )
    assert len(_names(_extract(text)[0], "Company")) == 1
    found = _edges(text)
    assert ("远帆石化工会", "subOrganizationOf", "宁夏远帆石化有限公司") in found
    assert ("宁夏远帆石化有限公司", "locatedIn", "宁夏回族自治区") in found


def test_a_partner_named_by_its_head_who_led_the_visit() -> None:
    text = (
        "1月5日，远帆市总工会副主席钟晓岚带队联动青禾县总工会、青禾县人民医院，"
        "前往启衡物流有限公司开展慰问活动。"
    )
    pairs = _partners(text)
    assert frozenset(("远帆市总工会", "青禾县总工会")) in pairs
    assert frozenset(("远帆市总工会", "青禾县人民医院")) in pairs
    assert frozenset(("青禾县总工会", "青禾县人民医院")) not in pairs


def test_an_assisting_body_is_linked_to_the_first_host_only() -> None:
    text = "9月4日，青禾经开区管委会配合青禾县总工会、青禾县发改局在青禾县启动劳动竞赛。"
    pairs = _partners(text)
    assert frozenset(("青禾县总工会", "青禾经开区管委会")) in pairs
    assert frozenset(("青禾县发改局", "青禾经开区管委会")) not in pairs


def test_a_region_written_short_then_its_level_word_keys_as_its_full_name() -> None:
    _, ents = _extract("8月8日，广西自治区总工会一行四人到嘉兴市考察远帆电力有限公司。")
    union = ents["广西自治区总工会"]
    assert union.key.name == "广西壮族自治区总工会"
    assert "广西壮族自治区自治区总工会" not in union.aliases


def test_wo_before_a_level_names_the_articles_own_place() -> None:
    text = "湘西土家族苗族自治州吉首市举行签约仪式。我州远帆物流行业联合工会主席作说明。"
    unions = _names(_extract(text)[0], "Union")
    assert "湘西土家族苗族自治州远帆物流行业联合工会" in unions
    assert not any(name.startswith("我") for name in unions)


def test_a_city_level_body_in_a_countys_own_paper_is_the_city_the_county_lies_in() -> None:
    text = "2月8日，调研组来我县调研。市人大常委会主任陆明川，市委副书记、县委书记钟晓岚一同参加。"
    ex, _ = _extract(text, publisher="嘉善县人民政府")
    assert {"嘉兴市人大常委会", "嘉兴市委", "嘉善县委"} <= _names(ex, "Organization")


def test_a_federation_a_post_implies_lies_in_its_place() -> None:
    text = (
        "活动在拉萨举办。西藏自治区党委书记钟晓岚，自治区人大常委会副主任、区总工会主席陆明川参加。"
    )
    found = _edges(text)
    assert ("西藏自治区总工会", "chairedBy", "陆明川") in found
    assert ("西藏自治区总工会", "locatedIn", "西藏自治区") in found


def test_a_division_the_article_names_inside_a_firms_name_is_where_it_lies() -> None:
    text = "考察团到浙江嘉善县考察。考察团先来到远帆能源嘉善发电厂参观。"
    assert ("远帆能源嘉善发电厂", "locatedIn", "嘉善县") in _edges(text)


def test_two_divisions_inside_a_name_leave_its_place_open() -> None:
    text = "考察团到嘉兴市嘉善县考察。考察团先来到远帆嘉兴能源嘉善发电厂参观。"
    found = _edges(text)
    assert not any(s == "远帆嘉兴能源嘉善发电厂" and r == "locatedIn" for s, r, _ in found)


def test_a_central_office_for_a_place_does_not_lie_in_it() -> None:
    text = "会议在台湾省台北市举行。中共中央台湾工作办公室负责人出席。"
    found = _edges(text)
    assert not any(s == "中共中央台湾工作办公室" and r == "locatedIn" for s, r, _ in found)


def test_a_verb_of_election_the_model_cut_in_two_opens_no_name() -> None:
    text = "远帆县小微企业工会联合会召开大会。新当选区小微企业工会主席钟晓岚表示，将履职尽责。"
    unions = _names(_extract(text)[0], "Union")
    assert not any(name.startswith("选") for name in unions)


def test_a_term_committee_whose_number_the_page_lost_is_its_union() -> None:
    text = "远帆县纺织行业工会召开会员代表大会，选举产生了远帆县纺织行业工会届委员会。"
    unions = _names(_extract(text)[0], "Union")
    assert unions == {"远帆县纺织行业工会"}


def test_a_zone_named_after_a_county_by_its_short_form_lies_in_the_county() -> None:
    text = "调研组来我县调研。县委书记钟晓岚参加调研。在海盐工业园区司机之家，调研组深入交流。"
    ex, _ = _extract(text, publisher="海盐县人民政府")
    names = {e.key: e.name for e in ex.entities}
    found = {(names[r.subject], r.type, names[r.object]) for r in ex.relations}
    assert ("海盐工业园区", "locatedIn", "海盐县") in found


def test_a_count_of_the_bodies_just_listed_makes_each_a_signer() -> None:
    text = (
        "青禾县总工会主办推介活动，邀请远帆市总工会、启衡市总工会等市级工会负责同志出席，"
        "与2市总工会签订疗休养合作框架协议。"
    )
    pairs = _partners(text)
    assert frozenset(("青禾县总工会", "远帆市总工会")) in pairs
    assert frozenset(("青禾县总工会", "启衡市总工会")) in pairs
    assert not _partners(text.replace("与2市", "与3市"))

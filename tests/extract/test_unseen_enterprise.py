"""Enterprise news unlike the dev articles (issue 13, set U7): firms, their unions and their
posts, on sentences we wrote (invented organizations and people, real places)."""

from __future__ import annotations

from .conftest import extracted as _extract
from .conftest import names as _names


def _located(ex) -> set[tuple[str, str]]:
    by_key = {e.key: e.name for e in ex.entities}
    return {(by_key[r.subject], by_key[r.object]) for r in ex.relations if r.type == "locatedIn"}


def test_a_county_heading_a_registered_firm_is_where_it_lies_when_its_province_is_named():
    # 浦江 is the short form of 浦江县 (浙江): the firm is registered there
    ex, _ = _extract("浙江省总工会调研组走访了浦江云帆电子科技有限公司。")
    assert "浦江县" in _names(ex, "Town")
    assert ("浦江云帆电子科技有限公司", "浦江县") in _located(ex)


def test_a_county_heading_a_firm_stays_no_place_without_its_city_or_province():
    ex, _ = _extract("调研组走访了浦江云帆电子科技有限公司。")
    assert "浦江县" not in _names(ex, "Town")


def test_a_department_of_a_levels_union_by_its_short_form_is_no_ministry():
    # 市总 is the city's 总工会: its 组织部 is a department, not a national body like 某某部
    ex, _ = _extract("青禾市总工会副主席林启明、市总组织部部长周立、劳动保护部部长张平出席会议。")
    assert not [e for e in ex.entities if e.name.startswith("市总")]
    by_key = {e.key: e.name for e in ex.entities}
    posts = {(by_key[r.subject], by_key[r.object], r.title) for r in ex.relations}
    assert ("张平", "青禾市总工会", "劳动保护部部长") in posts


def test_a_groups_union_federation_written_without_a_name_is_the_groups_federation():
    ex, _ = _extract("青禾港集团举办技能竞赛。此次竞赛由集团工会联合会统筹实施。")
    assert "青禾港集团工会联合会" in _names(ex, "Union")
    assert "青禾港集团工会" not in _names(ex, "Union")


def test_a_group_and_its_listed_company_named_in_full_are_two_firms():
    # 有限公司 and 股份有限公司 are two registered forms: a group and its listed company
    ex, _ = _extract("青禾港集团有限公司、青禾港集团股份有限公司董事长林启明致辞。")
    assert {"青禾港集团有限公司", "青禾港集团股份有限公司"} <= _names(ex, "Company")


def test_district_unions_listed_with_one_head_are_each_districts_union():
    # 鹿城、龙湾、瓯海总工会: three districts of one city share the head 总工会
    ex, _ = _extract("温州市总工会调研组召开座谈会，鹿城、龙湾、瓯海总工会主席参加。")
    assert {"鹿城区总工会", "龙湾区总工会"} <= _names(ex, "Union")
    assert {("鹿城区总工会", "鹿城区"), ("瓯海总工会", "瓯海区")} <= _located(ex)


def test_a_branch_named_by_its_place_alone_is_the_branch_named_under_its_bank():
    ex, _ = _extract("青禾银行南京分行工会召开会员大会。会上，南京分行工会委员会主席林启明作报告。")
    assert _names(ex, "Union") == {"青禾银行南京分行工会"}


def test_a_name_whose_head_reads_as_a_verb_is_a_name_where_the_article_names_it_so():
    # 振兴 reads as "to revitalize"; 振兴油田集团, read as one name, says it heads a name here
    ex, _ = _extract("在振兴油田集团总部召开座谈会。振兴油田工会主席林启明汇报了情况。")
    assert "振兴油田工会" in _names(ex, "Union")
    ex, _ = _extract("会议决定振兴油田作业时间。")
    assert not _names(ex, "Union")


def test_a_firm_written_short_is_the_one_firm_of_its_place_that_holds_its_characters():
    ex, ents = _extract("国网青田县供电公司举办竞赛。国网青田县公司总经理林启明致辞。")
    assert "国网青田县公司" in ents["国网青田县供电公司"].aliases
    # two firms of the place could be meant: neither is taken
    ex, _ = _extract(
        "国网青田县供电公司、国网青田县电力工程公司举办竞赛。国网青田县公司总经理林启明致辞。"
    )
    assert "国网青田县公司" in _names(ex, "Company")


def test_a_union_named_after_a_place_led_firm_with_branches_belongs_to_that_firm():
    # 广西蔗业 opens its branches' names: a firm, whose union 广西蔗业工会 is, in 广西
    text = "远帆集团工会赴广西蔗业开展调研，走访了广西蔗业新林分公司。广西蔗业工会负责人参加调研。"
    ex, _ = _extract(text)
    assert "广西蔗业" in _names(ex, "Company")
    assert ("广西蔗业", "广西壮族自治区") in _located(ex)


def test_a_rare_family_name_in_a_list_of_posts_and_holders_is_a_name():
    # 黑 is a family name the list lacks; the next post and its holder show the slot is a name
    ex, _ = _extract("青禾市总工会主席黑远帆，常务副主席林启明出席。")
    assert "黑远帆" in _names(ex, "Official")
    for text in ("工会主席人选，副主席林启明表示赞同。", "会上，工会主席讲话，副主席林启明主持。"):
        ex, _ = _extract(text)
        assert _names(ex, "Official") == {"林启明"}


def test_a_company_closing_a_list_of_unions_chairs_has_its_union():
    # 某某公司等工会主席: the chairs of the listed bodies' unions, the company's among them
    ex, _ = _extract("座谈会上，远帆区总工会和青禾电器股份有限公司等工会主席作了发言。")
    assert "青禾电器股份有限公司工会" in _names(ex, "Union")

"""Companies missed on the studied sets, pooled (issue 13, part C): state firms' units
written by the firm's short name, on sentences we wrote (invented firms and people, real
places)."""

from __future__ import annotations

from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_bureau_named_after_a_firm_of_the_article_is_a_company():
    ex, _ = _extract("青铁远帆局集团有限公司、青铁南岭电气化局和青铁第四勘察设计院联合承办竞赛。")
    companies = _names(ex, "Company")
    assert {"青铁南岭电气化局", "青铁第四勘察设计院"} <= companies
    assert not _names(ex, "Organization")


def test_a_bureau_with_a_place_in_its_name_is_a_firms_when_the_firm_opens_so():
    ex, _ = _extract("青铁上海局项目部荣获先进。青铁上海局一公司开展劳动竞赛。")
    assert "青铁上海局" in _names(ex, "Company")


def test_a_bureau_stays_a_public_body_when_no_firm_of_the_article_opens_as_it_does():
    ex, _ = _extract("青铁南岭电气化局与青禾县总工会签约。")
    assert "青铁南岭电气化局" in _names(ex, "Organization")


def test_a_places_bureau_stays_a_public_body_beside_a_firm_of_that_place():
    ex, _ = _extract("杭州市税务局和杭州远帆建设有限公司出席签约仪式。")
    assert "杭州市税务局" in _names(ex, "Organization")
    assert "杭州远帆建设有限公司" in _names(ex, "Company")


def test_a_numbered_bureau_named_only_before_its_union_is_the_unions_firm():
    ex, _ = _extract("中禾三局工会副主席周立一行到咸阳走访慰问。")
    assert "中禾三局" in _names(ex, "Company")
    by_key = {e.key: e.name for e in ex.entities}
    subs = {
        (by_key[r.subject], by_key[r.object]) for r in ex.relations if r.type == "subOrganizationOf"
    }
    assert ("中禾三局工会", "中禾三局") in subs


def test_a_numbered_bureau_written_only_at_the_head_of_its_unit_is_no_entity_of_its_own():
    ex, _ = _extract(
        "入选的工作室是：中禾三局五公司周立创新工作室、中禾二局远帆公司张平创新工作室。"
    )
    assert "中禾三局" not in _names(ex, "Company")


def test_a_national_prefix_and_the_short_name_of_the_articles_units_name_their_group():
    ex, _ = _extract("青禾县总工会联合中国中禾举办竞赛。中禾三局五公司荣获先进，中国中禾表示祝贺。")
    group = next(e for e in ex.entities if e.name == "中国中禾")
    assert group.type == "Company" and len(group.mentions) == 2


def test_a_national_prefix_and_a_short_name_no_unit_shares_make_no_group():
    ex, _ = _extract("中国中禾组织劳动竞赛。")
    assert "中国中禾" not in _names(ex, "Company")


def test_a_law_firm_is_an_organization_and_an_accounting_firm_a_company():
    # a 律师事务所 is a lawyers' practice licensed by the justice bureau, not a registered firm
    ex, _ = _extract("青禾会计师事务所和青禾远帆律师事务所为职工提供服务。")
    assert "青禾远帆律师事务所" in _names(ex, "Organization")
    assert "青禾会计师事务所" in _names(ex, "Company")


def test_the_last_item_of_a_list_of_businesses_may_be_joined_by_a_word():
    # 甲、乙和丙等公司: 和 joins the last item, which is a business as the others are
    ex, _ = _extract("县总工会主席钟晓岚先后到远帆科技、金穗和青苗农业等公司授牌。")
    assert {"远帆科技", "金穗", "青苗农业"} <= _names(ex, "Company")
    assert "金穗和青苗农业" not in _names(ex, "Company")


def test_a_short_name_ending_in_a_trade_word_among_hosts_is_a_firm():
    # 某某物流协办 after a body, 某某投资承办: a firm's short name in a list of hosts
    text = "由青禾县总工会主办，青禾县工人文化宫、远帆物流协办的晚会举行。"
    ex, _ = _extract(text)
    assert "远帆物流" in _names(ex, "Company")
    ex, _ = _extract("青禾县总工会主办，远帆投资承办。")
    assert "远帆投资" in _names(ex, "Company")


def test_a_trade_word_before_more_of_a_name_or_after_a_joint_is_no_firm():
    text = "青禾县快递协会携手青禾县总工会、服务工会和快递行业工会联合会开展活动。"
    _, by_name = _extract(text)
    assert not [n for n in by_name if n.endswith("和快递")]


def test_two_short_names_of_one_trade_listed_together_are_firms():
    # 甲航空、乙航空: each the other's peer; the clause before the first is no part of it
    ex, _ = _extract("他强调，仍希望东海航空、南星航空拿出诚意与工会协商。")
    assert {"东海航空", "南星航空"} <= _names(ex, "Company")
    assert "仍希望东海航空" not in _names(ex, "Company")


def test_a_first_item_the_model_reads_as_a_name_glued_to_a_person_is_a_business():
    # 某某|某某森、乙和丙等公司: a person's name glued to another word is no person
    ex, by_name = _extract("钟晓岚先后到远帆爱普森、金米穗和青苗育苗等公司授牌。")
    assert "远帆爱普森" in _names(ex, "Company")
    assert "远帆" not in by_name


def test_a_trade_name_before_a_person_it_has_is_a_firm():
    # 某某水务的某某: the firm a person works at, its name opening with a one-character
    # generic word (中) that is still part of the brand
    text = "青禾召开大会。\n远帆水务的钟晓岚水质检测创新工作室负责人钟晓岚说：“好。”"
    assert "远帆水务" in _names(_extract(text)[0], "Company")
    ex, _ = _extract("他强调，仍希望中禾航空、南星航空拿出诚意与工会协商。")
    assert {"中禾航空", "南星航空"} <= _names(ex, "Company")

"""Partners, founders and places on news about regional pairings of unions (issue 13), on
sentences we wrote (invented organizations and people, real places)."""

from __future__ import annotations

from .conftest import edges, extracted, names


def _partners(text: str) -> set[frozenset[str]]:
    return {frozenset((s, o)) for s, t, o in edges(text) if t == "partneredWith"}


def test_unions_a_count_sums_up_cooperate_with_the_first_named() -> None:
    text = (
        "今天,淳安县总工会、建德市总工会、桐庐县总工会主席在建德座谈。"
        "淳安、建德、桐庐三地工会将深化区域合作,共建职工服务阵地。"
    )
    assert {
        frozenset(("淳安县总工会", "建德市总工会")),
        frozenset(("淳安县总工会", "桐庐县总工会")),
    } <= _partners(text)
    assert frozenset(("建德市总工会", "桐庐县总工会")) not in _partners(text)


def test_places_written_back_to_back_before_a_count_each_have_a_union() -> None:
    ex, _ = extracted("淳安县建德市两地工会签订疗休养合作协议。")
    assert {"淳安县总工会", "建德市总工会"} <= names(ex, "Union")
    pair = frozenset(("淳安县总工会", "建德市总工会"))
    assert pair in _partners("淳安县建德市两地工会携手协作。")
    assert pair in _partners("淳安县—建德市两地工会将继续发挥两地协作优势。")


def test_a_count_that_does_not_sum_up_the_places_makes_no_union() -> None:
    ex, _ = extracted("浙江省淳安县两地工会签订协议。淳安县建德市三地工会签订协议。")
    assert not names(ex, "Union")


def test_counted_unions_without_cooperation_or_each_with_another_are_not_partners() -> None:
    attend = "淳安县、建德市两地工会负责人出席开幕式。"
    assert not _partners(attend)
    each = "淳安县、建德市两地工会分别与桐庐县总工会座谈。"
    assert frozenset(("淳安县总工会", "建德市总工会")) not in _partners(each)


def test_a_federation_that_only_supported_the_founding_did_not_found_the_union() -> None:
    text = "远帆市快递协会成立以来，在远帆市总工会的大力支持下，组建了远帆市快递行业工会联合会。"
    assert not any(t == "founded" and s == "远帆市总工会" for s, t, _ in edges(text))
    guided = "在远帆市总工会的指导下，远帆市快递行业工会联合会正式成立。"
    assert ("远帆市总工会", "founded", "远帆市快递行业工会联合会") in edges(guided)


def test_a_listed_firm_named_after_a_province_and_a_city_lies_in_the_city() -> None:
    text = "浙江远帆电气、安徽合肥青禾实业、江苏禾丰科技3家企业分享了经验。"
    found = {(s, o) for s, t, o in edges(text) if t == "locatedIn"}
    assert ("安徽合肥青禾实业", "合肥市") in found
    assert ("安徽合肥青禾实业", "安徽省") not in found


def test_a_person_quoted_saying_they_joined_is_a_member_of_the_trades_union() -> None:
    text = (
        "青禾县总工会指导青禾县物流行业工会召开第一次会员代表大会。"
        "“今天正式加入了工会组织，也很开心。”远帆快递林子航激动地说道。"
    )
    assert ("林子航", "memberOf", "青禾县物流行业工会") in edges(text)
    only_federations = "青禾县总工会举行入会仪式。“加入工会大家庭，很温暖。”货车司机林子航说。"
    assert not any(t == "memberOf" for _, t, _ in edges(only_federations))


def test_a_county_written_after_its_province_lies_in_it_as_written() -> None:
    # the gazetteer puts 建德市 in 杭州市, which the text also names; the text writes it in
    # 浙江省 and says so too
    found = edges("浙江省建德市总工会在杭州市总工会指导下开展工作。")
    assert ("建德市", "locatedIn", "浙江省") in found
    assert ("建德市", "locatedIn", "杭州市") in found

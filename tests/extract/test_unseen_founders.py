"""Founders, places and persons on news about rest stations, craftsman colleges and wage
arrears (issue 13), on sentences we wrote (invented organizations and people, real places)."""

from __future__ import annotations

from .conftest import edges, extracted, names


def test_persons_who_unveil_a_quoted_name_founded_the_body() -> None:
    text = (
        "“青禾工匠学院”揭牌仪式在远帆大学举行。远帆市总工会主席钟晓岚出席。"
        "钟晓岚和副市长林子航共同为“青禾工匠学院”揭牌！"
    )
    found = {(s, o) for s, t, o in edges(text) if t == "founded"}
    assert {("钟晓岚", "青禾工匠学院"), ("林子航", "青禾工匠学院")} <= found


def test_bodies_that_jointly_built_a_college_founded_it() -> None:
    text = (
        "青禾工匠学院是由青禾县总工会、远帆职业培训学校、远帆机械有限公司联手打造的"
        "职业教育培训基地。"
    )
    found = {s for s, t, o in edges(text) if t == "founded" and o == "青禾工匠学院"}
    assert found == {"青禾县总工会", "远帆职业培训学校", "远帆机械有限公司"}
    listed = "青禾工匠学院是由青禾县总工会、远帆职业培训学校联合评选的示范基地之一。"
    assert not any(t == "founded" for _, t, _ in edges(listed))


def test_founding_a_college_as_a_unions_measure_credits_the_union() -> None:
    text = "成立青禾县工匠学院是青禾县总工会推进产业工人队伍建设改革、提升技能水平的重要举措。"
    assert ("青禾县总工会", "founded", "青禾县工匠学院") in edges(text)


def test_places_listed_before_their_kind_and_around_words_are_that_kind() -> None:
    # 长沙 alone is a city; listed before 等周边多个社区 it is a community of that name
    ex, _ = extracted(
        "青禾区总工会走进湖里区长沙社区工会驿站开展活动。该驿站服务辐射长沙、东岭、北坡等"
        "周边多个社区。"
    )
    towns = names(ex, "Town")
    assert {"长沙社区", "东岭社区", "北坡社区"} <= towns
    assert "长沙市" not in towns


def test_a_kind_of_village_is_no_village() -> None:
    ex, _ = extracted("一行先后深入城中村改造项目工地、长治远帆运输有限责任公司。")
    assert "城中村" not in names(ex, "Town")


def test_the_provincial_federation_is_of_the_province_the_articles_places_lie_in() -> None:
    # a firm's name opens with another province: 省总工会 is still the one of 沈阳's province
    ex, _ = extracted(
        "1月5日，省总工会调研组到沈阳开展调研，走访江苏远帆(辽宁)智慧科技有限公司工会委员会"
        "职工之家。沈阳市总工会通过试点建设。沈阳累计建设阵地463家。"
    )
    unions = names(ex, "Union")
    assert "辽宁省总工会" in unions
    assert "江苏省总工会" not in unions


def test_a_union_chair_after_a_congress_post_chairs_the_places_federation() -> None:
    text = "许昌市人大党组副书记、副主任、工会主席胡大启出席。市总工会党组书记牛大斌讲话。"
    found = edges(text)
    assert ("许昌市总工会", "chairedBy", "胡大启") in found
    assert not any(s == "许昌市人大工会" for s, _, _ in found)


def test_a_visit_to_a_school_leaves_school_words_unresolved_without_our_school() -> None:
    text = (
        "远帆大学工会主席王小虹一行来校调研。青禾交大党委常委、校工会主席张小红，副主席弋小峰出席。"
    )
    hosts = {s for s, _, o in edges(text) if o.startswith("远帆大学")}
    hosts |= {o for s, _, o in edges(text) if s.startswith("远帆大学")}
    assert not hosts & {"张小红", "弋小峰"}


def test_the_short_form_of_a_provinces_federation_before_a_post_is_that_federation() -> None:
    text = (
        "6月5日，北江职工旅行社党委书记王大山一行来甘调研。省总党组书记、常务副主席李小忠"
        "一同调研，省总党组成员、经审会主任韩小华参加座谈会。王大山肯定了省总的做法。"
    )
    ex, _ = extracted(text, publisher="甘肃省总工会")
    by_key = {e.key: e.name for e in ex.entities}
    posts = {(by_key[r.subject], by_key[r.object]) for r in ex.relations}
    assert {("李小忠", "甘肃省总工会"), ("韩小华", "甘肃省总工会")} <= posts
    # without a province to speak of, 省总 stays nobody's
    assert "省总" not in {n for e in extracted("省总党组书记李小忠讲话。")[0].entities
                          for n in (e.name, *e.aliases)}  # fmt: skip


def test_a_place_short_form_after_a_post_and_a_family_character_is_a_given_name() -> None:
    # 常务副主席官|台州: the model reads 官 as a noun and 台州 as the city
    ex, _ = extracted(
        "该县总工会党组书记、常务副主席官台州介绍，这些驿站深受欢迎。青田县总工会积极推动。"
    )
    assert "台州市" not in names(ex, "Town")
    ex, _ = extracted("市总工会主席于杭州出席会议。")
    assert "杭州市" in names(ex, "Town")


def test_a_registered_firm_opening_with_a_zones_short_form_is_kept() -> None:
    ex, _ = extracted("全国总工会为经开区远帆控股集团有限公司、区供销有限公司建设了职工书屋。")
    companies = names(ex, "Company")
    assert "经开区远帆控股集团有限公司" in companies
    assert "区供销有限公司" not in companies


def test_a_travel_agency_is_a_company() -> None:
    text = "中国远帆国际旅行社总社党委书记王大山一行来调研。"
    assert ("王大山", "holdsPosition", "中国远帆国际旅行社总社") in edges(text)
    ex, _ = extracted(text)
    assert "中国远帆国际旅行社总社" in names(ex, "Company")


def test_a_court_by_its_short_form_is_the_peoples_court_of_that_place() -> None:
    text = "6月17日上午，胶州市人民法院联合市总工会召开联席会议。胶州法院党组书记、院长王小栋讲话。"
    ex, _ = extracted(text)
    courts = [e for e in ex.entities if e.name.endswith("法院")]
    assert len(courts) == 1 and "胶州法院" in courts[0].aliases
    assert ("王小栋", "holdsPosition", "胶州市人民法院") in edges(text)


def test_the_street_of_an_address_is_a_place_in_the_last_place_before_it() -> None:
    text = (
        "东山社区工会驿站位于湖里区金山路107-3号，实行24小时开放制。9日下午，在位于青田县"
        "鹤城镇五一南街的远帆外卖青田站爱心驿站里，快递员林小龙正在取水。"
    )
    ex, _ = extracted(text)
    towns = names(ex, "Town")
    assert {"金山路", "五一南街", "鹤城镇"} <= towns
    assert "金山街道" not in towns  # the road named after the subdistrict is no subdistrict
    located = {(s, o) for s, t, o in edges(text) if t == "locatedIn"}
    assert {("金山路", "湖里区"), ("五一南街", "鹤城镇")} <= located


def test_roads_at_a_crossing_are_no_places_of_their_own() -> None:
    ex, _ = extracted("远帆楼宇工会联合会坐落于湖里区金尚路与仙岳路交叉口。")
    assert not {"金尚路", "仙岳路"} & names(ex, "Town")

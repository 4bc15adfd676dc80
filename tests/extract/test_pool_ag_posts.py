"""Mechanisms of posts and persons found on the pooled held-out news AG, on sentences we
wrote (invented people, bodies and places)."""

from __future__ import annotations

from .conftest import edges, types


def test_a_verb_of_coming_and_the_place_come_to_are_no_part_of_the_name_before_a_visit():
    text = "6月3日上午,青禾省总工会宣教部副部长柯莎来镇调研。"
    assert types(text).get("柯莎") == "Official"
    assert ("柯莎", "holdsPosition", "青禾省总工会") in edges(text)
    text = "周五,青禾市总工会经审会主任钟远赴京考察。"
    assert types(text).get("钟远") == "Official"


def test_with_before_the_deputy_of_the_title_just_written_lists_the_deputy_at_that_body():
    text = "青禾镇总工会主席陶立新与副主席何永川出席。"
    assert ("何永川", "holdsPosition", "青禾镇总工会") in edges(text)
    text = "青禾镇副镇长、镇总工会主席陶立新与常务副主席何永川出席。"
    assert ("何永川", "holdsPosition", "青禾镇总工会") in edges(text)
    text = "青禾公司董事长陶立新与总经理何永川出席。"  # another kind of title: two sides
    assert ("何永川", "holdsPosition", "青禾公司") not in edges(text)


def test_a_word_that_opens_with_a_studio_kind_word_is_no_leader_name():
    text = "青禾市工会通报了系统内的先进事迹。劳模在劳模和工匠创新工作室里带头攻关。"
    assert "Person" not in set(types(text).values())
    text = "远帆冷轧厂李大勇劳模创新工作室挂牌。"
    assert types(text).get("李大勇") == "Person"


def test_a_bare_union_post_in_the_news_of_one_hospital_beside_a_party_committee_is_its_unions():
    text = (
        "青禾区人民医院召开职代会,会上进行了工会换届。区卫健系统党委书记白文出席。"
        "孟立栋当选为工会主席,柯丽、童雅当选为工会副主席。"
    )
    found = edges(text)
    assert ("青禾区人民医院工会", "chairedBy", "孟立栋") in found
    assert ("童雅", "holdsPosition", "青禾区人民医院工会") in found


def test_a_firms_title_listed_after_its_unions_chair_is_a_post_in_the_firm():
    text = "青禾公司工会主席林平、副总经理柯昌平出席。"
    assert ("柯昌平", "holdsPosition", "青禾公司") in edges(text)
    assert ("柯昌平", "holdsPosition", "青禾公司工会") not in edges(text)
    text = "远山银行青禾支行工会开展义诊。支行工会主席林平、副行长柯昌平陪同。"
    assert ("柯昌平", "holdsPosition", "远山银行青禾支行") in edges(text)


def test_a_word_listed_after_names_before_etc_and_a_verb_of_appearing_is_a_name():
    text = "远山集团领导钟立禄、白晓萍、计相田等陪同参观。"
    assert types(text).get("计相田") == "Official"


def test_a_name_after_a_workers_trade_and_spaces_before_a_colon_is_a_person():
    text = "驿站里的热水很方便。\n\n外卖员  计一平:夏天能歇歇脚,也能给手机充电。"
    assert types(text).get("计一平") == "Person"


def test_a_word_the_particle_di_follows_is_a_manner_not_a_name():
    text = "值班员陶强端来一杯热茶,笑盈盈地招呼大家。"
    assert "笑盈盈" not in types(text)


def test_a_model_name_that_opens_no_family_and_makes_a_word_with_the_next_character_is_none():
    text = "青禾镇工会今年开设了爱心暑托班,帮助职工解决孩子暑期看护难题。"
    assert "Person" not in set(types(text).values())


def test_a_model_workers_studio_title_with_shifanxing_among_its_kind_words_is_no_body():
    text = "江西省示范性劳模工作室授牌仪式举行。"
    assert "Organization" not in set(types(text).values())


def test_a_studios_leader_right_after_a_copula_is_a_person():
    text = "获评的工作室是柯巧真劳模工作室。"
    assert types(text).get("柯巧真") == "Person"
    assert "Organization" not in set(types(text).values())

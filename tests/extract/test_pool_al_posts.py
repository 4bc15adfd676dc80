"""Mechanisms of posts and persons found on the pooled held-out news AL, on sentences we
wrote (invented people, bodies and places)."""

from __future__ import annotations

from .conftest import edges, types


def test_the_successive_holders_of_a_post_listed_after_a_copula_and_a_colon_hold_it():
    text = (
        "远帆林场工会成立于1985年。此后，远帆林场工会历任工会主席是：柯远航、钟启明，"
        "历任工会副主席是：林子平、郑晓岚、何青禾。"
    )
    found = edges(text)
    for name in ("柯远航", "钟启明"):
        assert types(text).get(name) == "Official"
        assert ("远帆林场工会", "chairedBy", name) in found
    for name in ("林子平", "郑晓岚", "何青禾"):
        assert types(text).get(name) == "Official"
        assert (name, "holdsPosition", "远帆林场工会") in found


def test_the_delegate_of_the_workers_side_of_a_bargaining_holds_no_post():
    text = "来自远帆纺织有限公司的职工方代表柯子航介绍了协商经过。"
    assert types(text).get("柯子航") == "Person"
    assert ("柯子航", "holdsPosition", "远帆纺织有限公司") not in edges(text)


def test_a_name_of_a_rare_family_between_a_post_and_the_verb_of_leading_is_a_name():
    text = "青禾农林水利工会副主席原成林率组织部部长柯远航一行到访调研。"
    assert types(text).get("原成林") == "Official"
    assert ("原成林", "holdsPosition", "青禾农林水利工会") in edges(text)
    assert "亲自" not in types("青禾农林水利工会副主席亲自率队到访调研。")


def test_the_department_heads_a_name_leads_hold_posts_in_its_body():
    text = "青禾农林水利工会副主席柯子航率宣传部部长钟启明一行到访调研。"
    assert ("钟启明", "holdsPosition", "青禾农林水利工会") in edges(text)


def test_a_joint_and_a_word_after_a_title_are_no_name():
    text = "来自青禾县各条战线的三百多名代表和职工参加了开幕式。"
    assert "和职工" not in types(text)


def test_two_places_short_forms_before_the_count_of_places_paired_are_no_name():
    text = "鄱阳县与黎川县结对帮扶。鄱黎两地总工会签订了合作协议。"
    assert "Person" not in set(types(text).values())
    text = "柯远航两地奔波，照顾家人。"  # no place opens with his name's characters
    assert types(text).get("柯远航") == "Person"


def test_a_task_listed_after_an_honour_is_no_name():
    text = "县总工会围绕困难职工帮扶、劳模管理、职工维权等工作开展调研。"
    assert "Person" not in set(types(text).values())
    text = "省劳模柯远航、市工匠钟启明等参加座谈。"
    assert types(text).get("柯远航") == "Person"


def test_the_commander_in_chief_of_a_headquarters_holds_a_post():
    text = "青禾县援建工作指挥部党组书记、总指挥柯远航介绍了援建工作。"
    assert types(text).get("柯远航") == "Official"


def test_a_clause_of_bare_titles_between_a_bodys_posts_and_a_names_posts_is_the_bodys():
    text = "青禾省交通工会副主席、党组成员，机关纪委书记，远帆省建设工会主席柯远航出席。"
    found = edges(text)
    assert ("柯远航", "holdsPosition", "青禾省交通工会") in found
    assert ("远帆省建设工会", "chairedBy", "柯远航") in found

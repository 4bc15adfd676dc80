"""Company meetings, congresses and contests unlike the dev articles (issue 13, set U14): who
chairs a meeting, the posts of its hosts and the words that name no one, on sentences we
wrote (invented organizations and people)."""

from __future__ import annotations

from .conftest import edges, types


def test_a_post_after_by_is_read_when_the_holder_chairs_the_meeting():
    # 会议由…主持: 会议由 says who acts; the post after it is the company's, named before
    found = edges("青禾电器有限公司召开职代会。会议由公司党委书记张明远同志主持。")
    assert ("张明远", "holdsPosition", "青禾电器有限公司") in found


def test_a_union_chair_after_by_is_the_chair_of_the_articles_company_union():
    found = edges("青禾电器有限公司工会召开会议。会议由工会主席李德华主持。")
    assert ("青禾电器有限公司工会", "chairedBy", "李德华") in found


def test_words_ending_in_by_are_no_agent_and_keep_their_posts():
    # 自由 is a word: the title after it still needs its body written, as before
    found = edges("青禾自由贸易区管委会主任林启明出席。")
    assert not [e for e in found if e[0] == "林启明" and e[2] != "青禾自由贸易区管委会"]


def test_a_union_named_with_its_committee_is_the_union_a_bare_chair_title_speaks_of():
    found = edges("青禾集团工会委员会第三届职工代表大会召开。会议由工会主席李麟同志主持。")
    assert ("青禾集团工会委员会", "chairedBy", "李麟") in found


def test_a_union_chair_in_the_news_of_one_company_is_the_chair_of_its_union():
    found = edges("青禾电器有限公司召开职代会。首先由工会主席李德华同志作工作报告。")
    assert ("青禾电器有限公司工会", "chairedBy", "李德华") in found
    assert ("青禾电器有限公司工会", "subOrganizationOf", "青禾电器有限公司") in found


def test_a_union_chair_beside_two_companies_is_no_ones():
    found = edges("青禾电器有限公司与远帆物流有限公司签约。工会主席李德华出席。")
    assert not [e for e in found if e[1] == "chairedBy"]


def test_an_honour_listed_after_the_posts_leaves_the_posts_to_the_name():
    found = edges("青禾电气董事长、总经理、全国劳动模范赵长河出席。")
    assert ("青禾电气", "chairedBy", "赵长河") in found
    assert types("青禾电气董事长、全国劳模赵长河出席。")["赵长河"] == "Official"


def test_a_name_before_a_speech_with_words_before_its_head_ends_before_the_verb():
    # 周农作大赛总结: 作 opens 作…总结, it is not the name's last character
    assert "周立农" in types("青禾县总工会主席周立农作大赛总结。")
    assert "周立农作" not in types("青禾县总工会主席周立农作大赛总结。")


def test_a_name_ending_in_the_verb_stays_whole_when_the_verb_comes_again():
    assert "张振作" in types("张振作在会上作报告。")


def test_a_withheld_name_and_an_address_are_no_persons():
    found = types("在困难职工郭某家里，赵总上台签约。王某某发言。")
    assert not {"郭某", "赵总", "王某某"} & set(found)


def test_a_short_place_name_right_after_a_post_is_the_holders_name():
    # 黄南 is short for a prefecture, and a given name: after 副主席 and before 及 it is a name
    found = edges("青禾十二公司工会副主席王捷宇、远帆六建工会副主席黄南及部分职工代表参加调研。")
    assert ("黄南", "holdsPosition", "远帆六建工会") in found
    assert "黄南藏族自治州" not in types("远帆六建工会副主席黄南及职工代表参加调研。")


def test_a_short_place_name_not_after_a_post_stays_a_place():
    assert types("黄南州总工会主席林启明到黄南调研。")["黄南藏族自治州"] == "Town"


def test_a_bare_bureau_joined_by_a_verb_to_a_citys_union_is_that_citys():
    found = edges("肥城市总工会联合劳动局举办职工技能大赛。")
    assert ("肥城市劳动局", "locatedIn", "肥城市") in found
    assert ("肥城市劳动局", "partneredWith", "肥城市总工会") in found


def test_a_bare_bureau_joined_to_a_body_of_no_known_place_stays_a_partner():
    found = edges("青禾市总工会联合人社局、技师学院举办了技能大赛。")
    assert ("人社局", "partneredWith", "青禾市总工会") in found


def test_company_written_before_any_company_is_named_is_not_the_group_named_later():
    # the article's own firm is never named: 公司总经理 is no post in the group listed before
    found = edges("公司召开工会会员代表大会。青禾集团党委副书记蔡山民，公司总经理姚光明出席。")
    assert ("蔡山民", "holdsPosition", "青禾集团") in found
    assert not [e for e in found if e[0] == "姚光明"]


def test_names_counted_before_the_post_they_are_elected_to_each_hold_it():
    text = "青禾电器有限公司工会召开大会，选举孔令华、冯明(按笔画排序) 2位同志为工会委员。"
    found = edges(text)
    assert ("孔令华", "holdsPosition", "青禾电器有限公司工会") in found
    assert ("冯明", "holdsPosition", "青禾电器有限公司工会") in found


def test_a_union_credited_in_title_marks_is_named_without_them():
    assert "青禾县总工会" in types("青禾县总工会慰问职工。据《青禾县总工会》")
    assert not [n for n in types("青禾县总工会慰问职工。据《青禾县总工会》") if "《" in n]


def test_every_union_of_a_level_is_no_union():
    found = types("青禾省各地市州总工会主要负责人参加。青禾市各业工人总工会成立。")
    assert not [n for n in found if "各地" in n]
    assert found.get("青禾市各业工人总工会") == "Union"


def test_a_delegate_of_a_group_of_people_holds_no_post():
    assert types("县劳模代表周春全表示，希望活动越办越好。")["周春全"] == "Person"
    assert types("公司法人代表周春全出席。")["周春全"] == "Official"


def test_names_elected_to_posts_of_an_unnamed_body_are_officials_after_a_long_note():
    text = "公司召开大会，选举孔令华、冯明(按姓氏笔画排序) 2位同志为第一届工会委员会委员。"
    assert types(text)["冯明"] == "Official"


def test_an_organs_union_named_again_with_its_term_and_no_place_is_that_union():
    # 市委某办工会 and then 市委某办第二届工会: the second, given the city by its level, holds the
    # first's name as an alias; it is that union, and the article is extracted, not skipped
    text = "5月10日，南京市委台办工会召开会员大会。市委台办第二届工会负责同志作了报告。"
    unions = {name for name, kind in types(text).items() if kind == "Union"}
    assert unions == {"南京市委台办工会"}

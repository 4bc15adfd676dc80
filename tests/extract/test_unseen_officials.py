"""Officials of a place's party committee and government at union congresses and joint
meetings (set V8): the departments of a committee, the heads of a government written with
no place, and the government's official full name, on sentences we wrote (invented people;
the places are real divisions no studied article names)."""

from __future__ import annotations

from .conftest import edges, extracted


def _edges_from(text: str, publisher: str) -> set[tuple[str, str, str]]:
    """The relations of ``text`` published by ``publisher`` (the place 县 speaks of)."""
    ex, _ = extracted(text, publisher=publisher)
    by_key = {e.key: e.name for e in ex.entities}
    return {(by_key[r.subject], r.type, by_key[r.object]) for r in ex.relations}


def test_a_department_of_a_place_committee_after_its_posts_is_an_organization_of_its_own():
    # 县委常委、组织部部长: 常委 of the committee, 部长 of its 组织部 (某县委组织部)
    found = edges("德清县召开会议。县委常委、组织部部长王大明，县委副书记、政法委书记李小红出席。")
    assert ("王大明", "holdsPosition", "德清县委") in found
    assert ("王大明", "holdsPosition", "德清县委组织部") in found
    assert ("李小红", "holdsPosition", "德清县委政法委") in found
    assert ("德清县委组织部", "locatedIn", "德清县") in found


def test_a_committee_member_of_a_department_word_is_no_department():
    # 政法委员 is a 委员, not a post in a 政法委
    found = edges("德清县召开会议。县委副书记、政法委员李小红出席。")
    assert not [e for e in found if e[2].endswith("政法委")]


def test_a_head_of_a_place_with_no_place_written_is_in_the_articles_one_government():
    # 县长甲, 副县长乙、丙 in an article naming the county's government: its posts
    text = "县政府与县总工会召开联席会议。县长王大明，副县长李小红、张三丰出席。"
    found = _edges_from(text, "德清县人民政府")
    for person in ("王大明", "李小红", "张三丰"):
        assert (person, "holdsPosition", "德清县政府") in found


def test_a_government_written_short_is_known_by_its_official_full_name_too():
    _, ents = extracted("德清县政府召开会议。县法院负责人参加。")
    assert "德清县人民政府" in ents["德清县政府"].aliases
    assert "德清县人民法院" in ents["德清县法院"].aliases


def test_a_towns_committee_written_with_its_level_alone_is_the_towns_party_committee():
    # 某镇委书记, 镇委副书记: 镇委 (and 旗委, 乡委) as 县委 is a place's party committee
    found = edges("新市镇总工会成立。新市镇委书记王大明，镇委副书记李小红出席。")
    assert ("王大明", "holdsPosition", "新市镇委") in found
    assert ("李小红", "holdsPosition", "新市镇委") in found
    assert ("新市镇委", "locatedIn", "新市镇") in found


def test_persons_listed_with_commas_after_by_unveil_the_plaque_not_the_body_before():
    # 由甲，某镇委书记乙为某工会揭牌: the persons founded it, not the committee of 乙's post
    text = (
        "新市镇总工会成立暨第一次代表大会召开。随后由县总工会主席王大明，"
        "新市镇委书记李小红为新市镇总工会揭牌。"
    )
    found = _edges_from(text, "德清县人民政府")
    assert ("王大明", "founded", "新市镇总工会") in found
    assert ("李小红", "founded", "新市镇总工会") in found
    assert ("新市镇委", "founded", "新市镇总工会") not in found


def test_a_towns_union_of_the_new_term_is_the_towns_federation():
    # 当选为某镇新一届工会主席: the term is no part of the name, 某镇工会 the town's 总工会
    found = edges("新市镇总工会召开代表大会。王大明当选为新市镇新一届工会主席。")
    assert ("新市镇总工会", "chairedBy", "王大明") in found
    assert "新市镇新一届工会" not in {e[0] for e in found}


def test_a_towns_name_written_without_its_level_word_is_the_town():
    # 巴黎 alone is read as a place of its own (the city abroad): in an article on 巴黎镇, it
    # is that town
    _, ents = extracted("巴黎镇总工会召开代表大会。职工要争做巴黎进位赶超的排头兵。")
    assert "巴黎" in ents["巴黎镇"].aliases
    assert "巴黎" not in ents


def test_a_county_written_with_another_county_word_is_that_county_renamed():
    # a county become a district (县改区) after the gazetteer was made: 某某区 written for the
    # gazetteer's 某某县 is that county, named as written; 区委 and its short form are its own
    text = (
        "德清区总工会召开全委会。区委常委、组织部部长王大明出席。"
        "湖州德清的职工齐心干事。市总工会致贺。"
    )
    _, ents = extracted(text)
    assert "德清区" in ents and "德清县" not in ents
    assert "德清" in ents["德清区"].aliases
    found = edges(text)
    assert ("德清区委", "locatedIn", "德清区") in found
    assert ("德清区", "locatedIn", "湖州市") in found
    assert ("湖州市总工会", "locatedIn", "湖州市") in found


def test_no_name_begins_with_the_word_joining_two_events():
    # 成立暨某区工会第一次代表大会: 暨 joins the founding and the congress, it names nothing
    _, ents = extracted("德清县高新区总工会成立暨高新区工会第一次代表大会召开。")
    assert not [name for name in ents if name.startswith("暨")]
    assert "德清县高新区总工会" in ents


def test_the_road_of_unions_names_no_union():
    # 走中国特色社会主义工会发展道路: a course of the movement, no union of that name
    _, ents = extracted("新市镇总工会召开大会。要走中国特色社会主义工会发展道路。")
    assert [name for name in ents if name.endswith("工会")] == ["新市镇总工会"]


def test_a_chair_elected_of_the_union_is_the_chair_of_the_federation_founded_there():
    # 某镇总工会成立…当选为工会第一届委员会主席: the 总工会 founded that day is the union
    text = (
        "新市镇总工会成立暨第一次代表大会召开。会议选举产生了新市镇总工会第一届委员会。"
        "李小红同志当选为工会第一届委员会主席，王大明同志当选为工会第一届委员会副主席。"
    )
    found = edges(text)
    assert ("新市镇总工会", "chairedBy", "李小红") in found
    assert ("王大明", "holdsPosition", "新市镇总工会") in found


def test_a_countys_short_form_of_three_characters_read_alone_as_a_place_is_the_county():
    # 来到瓦房店学习: no common word; 我市总工会 is then that city's 总工会
    text = (
        "某县总工会一行来我市考察。我市总工会主席王大明陪同。"
        "来到瓦房店学习，了解到瓦房店工会的做法。"
    )
    found = edges(text)
    assert ("瓦房店市总工会", "chairedBy", "王大明") in found
    assert ("瓦房店市总工会", "locatedIn", "瓦房店市") in found


def test_a_by_election_elects_as_an_election_does():
    # 补选为县总工会主席: the county's 总工会 is chaired by the person elected
    found = edges("德清县总工会召开全委会，县委副书记王大明补选为县总工会主席。")
    assert ("德清县总工会", "chairedBy", "王大明") in found
    assert ("王大明", "holdsPosition", "德清县委") in found


def test_a_post_newly_taken_is_read_as_the_post():
    # 县委副书记、新当选的总工会主席甲: 总工会主席 of the county, not a chair of the committee
    found = edges("德清县总工会召开全委会。县委副书记、新当选的总工会主席王大明讲话。")
    assert ("德清县总工会", "chairedBy", "王大明") in found
    assert ("德清县委", "chairedBy", "王大明") not in found


def test_guests_gathered_to_celebrate_a_founding_did_not_found_it():
    # 县总工会副主席甲…齐聚一堂，庆祝某镇总工会成立: guests, no founding work
    text = (
        "德清县新市镇总工会第一次代表大会召开。县总工会副主席王大明，镇领导李小红，"
        "全镇工会干部等近百人齐聚一堂，庆祝新市镇总工会成立。"
    )
    assert not [e for e in edges(text) if e[1] == "founded"]


def test_names_with_notes_in_brackets_stay_one_list_of_names_elected():
    # 甲、乙（挂职）、丙（兼职）当选副主席: the notes break neither the names nor the list
    text = (
        "德清县总工会召开大会。王大明当选县总工会主席，"
        "李小红、张三丰(挂职)、赵四海(兼职)、钱多多(兼职)当选副主席。"
    )
    found = edges(text)
    for person in ("李小红", "张三丰", "赵四海", "钱多多"):
        assert (person, "holdsPosition", "德清县总工会") in found


def test_a_union_under_the_leadership_of_a_federation_belongs_to_it():
    # 在镇党委、县总工会的领导下: the county's 总工会 leads the town's; the committee is no union
    found = edges(
        "德清县新市镇总工会召开大会。在镇党委、县总工会的领导下，新市镇总工会必将开拓创新。"
    )
    assert ("德清县新市镇总工会", "subOrganizationOf", "德清县总工会") in found
    assert not [e for e in found if e[1] == "subOrganizationOf" and e[2].endswith("党委")]
    # the union written before 在 is the one led
    found = edges("远帆物流有限公司工会在德清县总工会和公司党委的正确领导下开展工作。")
    assert ("远帆物流有限公司工会", "subOrganizationOf", "德清县总工会") in found


def test_a_zone_written_after_its_city_short_and_in_full_is_one_zone():
    # 湖州高新区总工会成立 … 湖州市高新区党工委书记甲: one zone, its bodies named both ways
    _, ents = extracted("湖州高新区总工会成立。湖州市高新区党工委书记王大明出席。")
    zones = [name for name, e in ents.items() if e.type == "Town" and name.endswith("高新区")]
    assert zones == ["湖州市高新区"]
    assert "湖州高新区" in ents["湖州市高新区"].aliases
    assert "湖州高新区党工委" in ents["湖州市高新区党工委"].aliases
    found = edges("湖州高新区总工会成立。湖州市高新区党工委书记王大明出席。")
    assert ("湖州市高新区党工委", "locatedIn", "湖州市高新区") in found

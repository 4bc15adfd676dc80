"""Posts and relations in phrasings the development articles hardly hold (issue #13), on whole
articles we wrote: every name here is invented for these tests."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import types as _types


def test_a_note_in_brackets_breaks_no_list_of_posts() -> None:
    edges = _edges("青禾县总工会主席钟晓岚、副主席(正科级)林子航、副主席许文彬出席会议。")
    assert ("林子航", "holdsPosition", "青禾县总工会") in edges
    assert ("许文彬", "holdsPosition", "青禾县总工会") in edges


def test_a_title_after_the_name_is_a_post_in_the_body_before_it() -> None:
    edges = _edges("会后，远帆物流有限公司林子航总经理发表讲话。")
    assert ("林子航", "holdsPosition", "远帆物流有限公司") in edges


def test_a_unit_head_after_the_name_is_a_post_in_the_one_body_of_that_unit() -> None:
    text = "青禾农商银行召开职工大会，许文彬副行长（主持工作）、林子航副行长出席。"
    edges = _edges(text)
    assert ("许文彬", "holdsPosition", "青禾农商银行") in edges
    assert ("林子航", "holdsPosition", "青禾农商银行") in edges
    assert _types(text)["林子航"] == "Official"


def test_a_title_that_is_also_a_verb_is_not_read_after_a_name() -> None:
    edges = _edges("远帆物流有限公司林子航代表职工发言。")
    assert not any(r == "holdsPosition" for _, r, _ in edges)


def test_bare_titles_after_a_comma_are_posts_in_the_body_of_the_clause_before() -> None:
    text = "青禾县总工会主席钟晓岚，副主席林子航、副主席许文彬一行来到远帆物流有限公司调研。"
    edges = _edges(text)
    assert ("林子航", "holdsPosition", "青禾县总工会") in edges
    assert ("许文彬", "holdsPosition", "青禾县总工会") in edges


def test_a_head_of_a_place_or_a_company_title_after_a_comma_is_not_the_unions() -> None:
    for text in ("青禾县总工会主席钟晓岚，副县长林子航出席。",
                 "远帆物流有限公司工会主席钟晓岚，总经理林子航出席。"):  # fmt: skip
        unions = {"青禾县总工会", "远帆物流有限公司工会"}
        assert not any("林子航" in (s, o) and {s, o} & unions for s, _, o in _edges(text)), text
    # the company's title is a post in the article's one company
    edges = _edges("远帆物流有限公司工会主席钟晓岚，总经理林子航出席。")
    assert ("林子航", "holdsPosition", "远帆物流有限公司") in edges


def test_a_name_the_model_ran_into_a_joint_keeps_its_own_form() -> None:
    text = "听取远帆物流有限公司总经理葛伟清及工会主席的汇报。"
    types = _types(text)
    assert "葛伟清" in types and "葛伟清及" not in types
    assert ("葛伟清", "holdsPosition", "远帆物流有限公司") in _edges(text)


def test_a_post_listed_after_及_is_read_as_after_a_comma() -> None:
    edges = _edges("远帆物流有限公司总经理林子航及工会主席许文彬陪同调研。")
    assert ("远帆物流有限公司工会", "chairedBy", "许文彬") in edges


def test_a_federation_speaking_at_a_founding_meeting_did_not_found_the_union() -> None:
    spoke = _edges("青禾县物流行业工会联合会成立大会召开。"
                   "青禾县总工会副主席钟晓岚出席会议并讲话，对联合会的成立表示祝贺。")  # fmt: skip
    assert not any(r == "founded" for _, r, _ in spoke)
    worked = _edges("青禾县物流行业工会联合会成立大会召开，青禾县总工会积极推进建会入会工作。")
    assert ("青禾县总工会", "founded", "青禾县物流行业工会联合会") in worked


def _partners(text: str) -> set[frozenset[str]]:
    return {frozenset((s, o)) for s, r, o in _edges(text) if r == "partneredWith"}


def test_co_founders_are_partners_and_founders() -> None:
    text = "由青禾县总工会与远帆物流有限公司携手推进的青禾县网约车行业工会联合会正式成立。"
    assert frozenset(("青禾县总工会", "远帆物流有限公司")) in _partners(text)
    assert ("远帆物流有限公司", "founded", "青禾县网约车行业工会联合会") in _edges(text)


def test_parties_listed_before_a_joint_deed_or_a_signing_are_partners() -> None:
    built = _partners("近日，青禾县总工会、远帆物流有限公司合力打造职工服务驿站。")
    assert frozenset(("青禾县总工会", "远帆物流有限公司")) in built
    signed = _partners(
        "会上，青禾县总工会、青禾县交通运输局、远帆物流有限公司等单位签署了合作备忘录。"
    )
    assert frozenset(("青禾县总工会", "远帆物流有限公司")) in signed


def test_talks_about_cooperation_and_pairs_apart_make_no_partnership() -> None:
    assert not _partners("青禾县总工会与远帆物流有限公司就合作进行交流。")
    pairs = _partners(
        "青禾县总工会与远帆物流有限公司，青禾县交通运输局与晨光电子有限公司分别签订帮扶协议。"
    )
    assert frozenset(("青禾县总工会", "青禾县交通运输局")) not in pairs
    assert frozenset(("青禾县交通运输局", "晨光电子有限公司")) in pairs


def test_a_nickname_is_no_person() -> None:
    types = _types("快递小哥小王和老周加入了青禾县快递行业工会联合会。")
    assert "小王" not in types and "老周" not in types


def test_a_joining_ceremony_makes_no_member() -> None:
    edges = _edges("在远帆物流有限公司集体入会仪式上，青禾县总工会副主席钟晓岚讲话。")
    assert not any(r == "memberOf" for _, r, _ in edges)
    joined = _edges("青禾县快递行业工会联合会成立当天，远帆物流有限公司等8家企业现场入会。")
    assert ("远帆物流有限公司", "memberOf", "青禾县快递行业工会联合会") in joined


def test_a_chain_of_titles_in_several_bodies() -> None:
    edges = _edges("德清县委宣传部部长、县总工会主席、团县委书记钟晓岚出席。")
    assert ("钟晓岚", "holdsPosition", "德清县委宣传部") in edges
    assert ("德清县总工会", "chairedBy", "钟晓岚") in edges
    ex = _extract("德清县委宣传部部长、团县委书记钟晓岚出席。")[0]
    posts = {(r.object.name, r.title) for r in ex.relations if r.type == "holdsPosition"}
    # 团县委书记 is no post in the 宣传部: it is one in the county's Youth League committee
    assert posts == {("德清县委宣传部", "部长"), ("共青团德清县委员会", "书记")}


def test_a_role_conferred_by_an_appointment_is_a_post_in_the_appointing_body() -> None:
    text = (
        "青禾县快递行业工会联合会成立。"
        "会上，青禾县总工会聘请林子航、许文彬为职工权益特约监督员。"
        "青禾县快递行业工会联合会开展活动。"
    )
    edges = _edges(text)
    assert ("林子航", "holdsPosition", "青禾县总工会") in edges
    assert ("许文彬", "holdsPosition", "青禾县总工会") in edges
    assert _types(text)["许文彬"] == "Official"


def test_a_union_named_by_its_companys_short_owner_belongs_to_the_company() -> None:
    edges = _edges("晨光工会与远帆通信工会签订共建协议，晨光与远帆通信公司领导共同见证。")
    assert ("远帆通信工会", "subOrganizationOf", "远帆通信公司") in edges


def test_a_clause_of_posts_alone_lists_more_posts_of_the_name_after_it() -> None:
    edges = _edges("德清县劳模协会会长、德清县工匠联盟领衔人，青禾村党委书记钟晓岚说。")
    assert ("德清县劳模协会", "chairedBy", "钟晓岚") in edges
    assert ("钟晓岚", "holdsPosition", "德清县工匠联盟") in edges
    other = _edges("来自远帆物流有限公司的职工代表，青禾县总工会副主席钟晓岚出席。")
    assert ("钟晓岚", "holdsPosition", "远帆物流有限公司") not in other


def test_a_comma_in_a_chain_of_titles_keeps_the_body_of_the_clause_before() -> None:
    text = "12月3日，青禾市总工会党组成员、副主席，宣传教育部部长林启明带队到远帆物流有限公司走访。"
    edges = _edges(text)
    assert ("林启明", "holdsPosition", "青禾市总工会") in edges
    assert not any(s == "林启明" and o == "远帆物流有限公司" for s, _, o in edges)


def test_signers_listed_before_a_long_tail_of_kinds() -> None:
    text = (
        "青禾县总工会、远帆物流有限公司、晨光电子有限公司等相关工会组织、职业院校、企业等，"
        "签署了青禾县职工技能培训责任共同体资源共享备忘录。"
    )
    assert frozenset(("青禾县总工会", "晨光电子有限公司")) in _partners(text)
    apart = _partners("青禾县总工会、远帆物流有限公司等单位参加活动，会后分别签署了协议。")
    assert not apart


def test_a_title_in_latin_letters_is_a_post() -> None:
    edges = _edges("远帆物流有限公司副 CEO 林子航、副COO许文彬出席。")
    assert ("林子航", "holdsPosition", "远帆物流有限公司") in edges
    assert ("许文彬", "holdsPosition", "远帆物流有限公司") in edges


def test_a_title_naming_a_kind_of_body_is_a_post_in_the_articles_one_body_of_that_kind() -> None:
    edges = _edges("远帆物流有限公司工会召开大会。工会主席林子航讲话。")
    assert ("远帆物流有限公司工会", "chairedBy", "林子航") in edges
    chain = _edges("德清县总工会召开会议。德清县群团工作部部长、总工会主席钟晓岚说，要做好服务。")
    assert ("德清县总工会", "chairedBy", "钟晓岚") in chain
    two = _edges("远帆物流有限公司工会和晨光电子有限公司工会召开会议。工会主席林子航讲话。")
    assert not any("林子航" in (s, o) for s, _, o in two)  # which of the two is not said


def test_hosts_are_read_from_the_start_of_their_list_not_its_middle() -> None:
    cut = _partners("本次活动由各镇街、青禾县应急管理局联合主办，远帆物流有限公司承办。")
    assert frozenset(("青禾县应急管理局", "远帆物流有限公司")) not in cut
    whole = _partners("青禾县总工会主办，远帆物流有限公司承办。")
    assert frozenset(("青禾县总工会", "远帆物流有限公司")) in whole


def test_an_election_to_another_bodys_seat_is_no_post_in_the_focus_union() -> None:
    text = "青禾县快递行业工会联合会成立。会上，快递员林子航当选为市人大代表。"
    assert not any(r == "holdsPosition" for _, r, _ in _edges(text))
    chair = _edges("青禾县快递行业工会联合会成立。林子航当选为主席。")
    assert ("青禾县快递行业工会联合会", "chairedBy", "林子航") in chair


def test_a_name_and_为_after_an_election_in_the_sentence_is_elected_too() -> None:
    opening = "远帆物流有限公司工会召开会员大会，"
    for rest in ("钟晓岚当选为工会主席，林子航为副主席。",
                 "钟晓岚被推选为工会主席、林子航同志为工会副主席。"):  # fmt: skip
        edges = _edges(opening + rest)
        assert ("林子航", "holdsPosition", "远帆物流有限公司工会") in edges, rest
    edges = _edges(opening + "钟晓岚当选为工会主席，林子航为大家讲课。")
    assert not any("林子航" in (s, o) for s, _, o in edges)


def test_a_by_election_or_a_co_option_is_a_post() -> None:
    for text, name in (("会议增补王建国为青禾县总工会副主席。", "王建国"),
                       ("大会补选许文彬、葛伟清为青禾县总工会副主席。", "葛伟清"),
                       ("林子航被增补为青禾县总工会副主席。", "林子航"),
                       ("会议增、替补许文彬、葛伟清为青禾县总工会第十一届委员会委员。", "葛伟清"),
                       ("会议替补王建国为青禾县总工会委员。", "王建国")):  # fmt: skip
        assert (name, "holdsPosition", "青禾县总工会") in _edges(text), text


def test_a_title_right_after_a_name_makes_an_official_but_an_example_held_up_does_not() -> None:
    assert _types("青禾县总工会召开会议。钟晓岚主任介绍了情况。")["钟晓岚"] == "Official"
    assert _types("以钟晓岚同志为代表的劳模们发言。")["钟晓岚"] == "Person"


def test_a_post_in_brackets_after_a_name_is_the_names_post() -> None:
    edges = _edges("钟晓岚（青禾县总工会主席）出席会议并讲话。")
    assert ("青禾县总工会", "chairedBy", "钟晓岚") in edges
    edges = _edges("青禾县总工会召开会议，钟晓岚（副主席）主持。")
    assert ("钟晓岚", "holdsPosition", "青禾县总工会") in edges
    edges = _edges("钟晓岚（青禾县总工会党组书记、主席）出席会议并讲话。")
    assert ("青禾县总工会", "chairedBy", "钟晓岚") in edges
    assert not _edges("青禾县总工会召开会议，会议由钟晓岚（右二）主持。") - {
        ("青禾县总工会", "locatedIn", "青禾县")
    }


def test_a_letter_of_appointment_confers_its_role_in_the_body_that_hands_it() -> None:
    edges = _edges("青禾县总工会向林子航、许文彬颁发特约监督员聘书。")
    assert ("林子航", "holdsPosition", "青禾县总工会") in edges
    assert ("许文彬", "holdsPosition", "青禾县总工会") in edges
    text = "青禾县总工会主席钟晓岚为林子航颁发荣誉证书。"
    assert not any("林子航" in (s, o) for s, _, o in _edges(text))
    assert _types(text)["林子航"] == "Person"


def test_names_listed_under_one_title_share_it_but_not_a_chair() -> None:
    edges = _edges("青禾县总工会党组成员、副主席林子航、许文彬、葛伟清出席会议。")
    for name in ("林子航", "许文彬", "葛伟清"):
        assert (name, "holdsPosition", "青禾县总工会") in edges, name
    edges = _edges("青禾县总工会主席钟晓岚、林子航出席。")
    assert ("青禾县总工会", "chairedBy", "钟晓岚") in edges
    assert not any("林子航" in (s, o) for s, _, o in edges)


def test_a_place_between_a_company_and_a_title_keeps_the_post_in_the_company() -> None:
    text = "远帆集团青禾村经理王建国介绍蔬菜。"
    assert ("王建国", "holdsPosition", "远帆集团") in _edges(text)
    branch = "远帆集团德清县分部副总经理王建国出席。"
    assert ("王建国", "holdsPosition", "远帆集团") not in _edges(branch)


def test_a_name_the_model_ran_into_an_adverb_is_the_name_it_is_written_alone() -> None:
    types = _types("远帆集团经理王建正忙着介绍蔬菜。“今年收成不错。”王建说。")
    assert types.get("王建") == "Official" and "王建正" not in types


def test_a_body_named_before_a_party_organ_is_not_the_body_of_the_clause_before() -> None:
    text = "青禾县总工会主席钟晓岚，远帆院纪委书记、工会主席林子航出席。"
    edges = _edges(text)
    assert ("青禾县总工会", "chairedBy", "钟晓岚") in edges
    assert not any("林子航" in (s, o) for s, _, o in edges)
    organ = _edges("青禾县总工会主席钟晓岚，权益保障部部长林子航出席。")
    assert ("林子航", "holdsPosition", "青禾县总工会") in organ


def test_a_union_named_by_its_owner_belongs_to_the_owner_written_with_a_suffix() -> None:
    text = "远帆电力工会与晨光电子有限公司工会签订协议。远帆电力公司总经理钟晓岚出席。"
    edges = _edges(text)
    assert ("远帆电力工会", "subOrganizationOf", "远帆电力公司") in edges
    assert "远帆电力" not in _types(text)


def test_a_post_now_held_and_an_adviser_are_posts() -> None:
    text = "钟晓岚现任远帆物流有限公司工会主席。"
    assert ("远帆物流有限公司工会", "chairedBy", "钟晓岚") in _edges(text)
    edges = _edges("现任青禾县总工会副主席的钟晓岚表示。青禾县总工会法律顾问林子航出席。")
    assert ("钟晓岚", "holdsPosition", "青禾县总工会") in edges
    assert ("林子航", "holdsPosition", "青禾县总工会") in edges


def test_a_chair_holds_no_other_post_in_the_body_it_chairs() -> None:
    text = ("远帆物流有限公司工会召开会员大会，林子航、钟晓岚两位同志当选为工会委员会委员。"
            "随后召开的委员会全体会议选举钟晓岚同志担任工会主席。")  # fmt: skip
    edges = _edges(text)
    assert ("远帆物流有限公司工会", "chairedBy", "钟晓岚") in edges
    assert ("钟晓岚", "holdsPosition", "远帆物流有限公司工会") not in edges
    assert ("林子航", "holdsPosition", "远帆物流有限公司工会") in edges


def test_names_elected_respectively_take_the_titles_in_their_order() -> None:
    opening = "远帆物流有限公司工会召开会员大会，"
    for rest in ("钟晓岚、林子航分别当选为工会主席、副主席。",
                 "选举钟晓岚、林子航、许文彬分别为工会主席、副主席、经审委主任。"):  # fmt: skip
        edges = _edges(opening + rest)
        assert ("远帆物流有限公司工会", "chairedBy", "钟晓岚") in edges, rest
        assert ("远帆物流有限公司工会", "chairedBy", "林子航") not in edges, rest
        assert ("林子航", "holdsPosition", "远帆物流有限公司工会") in edges, rest


def test_names_the_model_misses_after_an_appointing_verb_or_in_a_list_of_names() -> None:
    assert _types("会议增补向东为青禾县总工会副主席。").get("向东") == "Official"
    assert _types("会议增补林子航为青禾县总工会副主席。").get("林子航") == "Official"
    types = _types("远帆物流有限公司应晓霞、钟晓岚等领导出席。")
    assert types.get("应晓霞") == "Official" and types.get("钟晓岚") == "Official"
    assert _types("钟晓岚、甘露等领导出席。").get("甘露") == "Official"
    for text in ("钟晓岚、全体会员出席。", "钟晓岚、高新区等单位负责人出席。",
                 "钟晓岚、王府井等商圈负责人出席。"):  # fmt: skip
        assert set(_types(text)) == {"钟晓岚"}, text


def test_appointments_of_counted_names_and_letters_naming_the_role_after() -> None:
    edges = _edges("青禾县总工会聘请林子航等10人为职工维权特约监督员。")
    assert ("林子航", "holdsPosition", "青禾县总工会") in edges
    edges = _edges("活动中，青禾县总工会向林子航等5名劳模颁发了宣讲员聘书。")
    assert ("林子航", "holdsPosition", "青禾县总工会") in edges
    text = "青禾县总工会副主席钟晓岚为林子航、许文彬颁发聘书，聘请其为特约监督员。"
    assert ("许文彬", "holdsPosition", "青禾县总工会") in _edges(text)


def test_an_appointment_of_names_each_written_with_honours_and_an_employer() -> None:
    text = (
        "青禾学院还聘请了大国工匠、远帆港务集团钟晓岚，全国劳模、青禾大工匠、"
        "青禾县水务集团林子航等人为青禾县总工会工匠导师。"
    )
    edges = _edges(text)
    assert ("钟晓岚", "holdsPosition", "青禾县总工会") in edges
    assert ("林子航", "holdsPosition", "青禾县总工会") in edges
    assert _types(text)["钟晓岚"] == "Official"


def test_a_places_mass_work_or_social_work_department_is_a_body_of_its_own() -> None:
    text = (
        "德清县群团工作部部长、总工会主席钟晓岚说，今年以来成效明显。"
        "德清县社会工作部副部长林子航出席。"
    )
    edges = _edges(text)
    assert ("钟晓岚", "holdsPosition", "德清县群团工作部") in edges
    assert ("林子航", "holdsPosition", "德清县社会工作部") in edges


def test_a_mass_body_named_by_its_short_kind_in_a_chain_of_posts_is_the_places() -> None:
    text = (
        "德清县妇女联合会召开会议。"
        "德清县群团工作部部长、总工会主席、妇联主席钟晓岚说，今年以来成效明显。"
    )
    edges = _edges(text)
    assert ("德清县妇女联合会", "chairedBy", "钟晓岚") in edges
    assert ("德清县总工会", "chairedBy", "钟晓岚") in edges


def test_a_bare_chairs_title_after_a_post_in_a_company_is_in_the_companys_union() -> None:
    edges = _edges("交流会上，远帆粮油工业有限公司综合管理部副经理、副主席钟晓岚作经验交流。")
    assert ("钟晓岚", "holdsPosition", "远帆粮油工业有限公司") in edges
    assert ("钟晓岚", "holdsPosition", "远帆粮油工业有限公司工会") in edges
    assert ("钟晓岚", "chairedBy", "远帆粮油工业有限公司") not in edges


def test_a_name_the_model_misses_after_a_post_ends_at_a_joint_of_a_list() -> None:
    for name in ("许中行", "何向招"):
        text = f"开渔季节，德清县青禾岛渔业联合工会主席{name}和执法中队的队员们登上渔船。"
        assert ("德清县青禾岛渔业联合工会", "chairedBy", name) in _edges(text), name


def test_this_banks_union_is_the_union_of_the_bank_written_before() -> None:
    text = (
        "青禾远帆村镇银行召开会员大会。该行工会在县总工会的指导下做好各项工作。会议进行工会换届。"
    )
    edges = _edges(text)
    assert ("青禾远帆村镇银行工会", "subOrganizationOf", "青禾远帆村镇银行") in edges
    assert set(_types(text)) == {"青禾远帆村镇银行", "青禾远帆村镇银行工会"}


def test_a_post_set_off_by_commas_after_a_name_opening_the_sentence_is_held():
    profile = "王立，男，1970年生，现任德清县总工会主席。"
    assert ("德清县总工会", "chairedBy", "王立") in _edges(profile)
    assert ("王立", "holdsPosition", "远帆物流有限公司工会") in _edges(
        "王立，女，中共党员，远帆物流有限公司工会副主席，从事工会工作十年。"
    )
    said = _edges("会上，王立，德清县总工会主席李明先后发言。")
    assert ("德清县总工会", "chairedBy", "王立") not in said


def test_names_with_bare_titles_listed_after_one_body_hold_posts_there():
    said = _edges("德清县总工会王立主席、李明副主席出席会议。")
    assert {
        ("德清县总工会", "chairedBy", "王立"),
        ("李明", "holdsPosition", "德清县总工会"),
    } <= said


def test_a_name_the_model_runs_into_the_title_after_it_holds_that_post():
    said = _edges("远帆银行王立行长、李明副行长出席。")
    assert {("王立", "holdsPosition", "远帆银行"), ("李明", "holdsPosition", "远帆银行")} <= said


def test_a_name_the_model_runs_into_a_phrase_of_speaking_holds_the_post():
    said = _edges("远帆机械厂召开职代会。该厂工会主席王立作报告。")
    assert ("远帆机械厂工会", "chairedBy", "王立") in said


def test_a_post_in_a_public_bodys_party_group_is_a_post_in_the_body() -> None:
    # 某县政府党组成员: the 党组 is an organ, the post belongs to the county's government
    edges = _edges("平利县政府党组成员、县总工会主席林子航带领干部深入帮扶村。")
    assert ("林子航", "holdsPosition", "平利县政府") in edges
    assert ("平利县总工会", "chairedBy", "林子航") in edges

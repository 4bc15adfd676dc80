"""Relations between organizations on the pooled set Z (study 11), on sentences we wrote
(invented organizations and people)."""

from __future__ import annotations

from .conftest import edges


def test_parties_named_before_a_time_word_and_jointly_act() -> None:
    # 甲、乙近日联合发出通知: a time word between the parties and 联合; after a byline too
    text = (
        "远帆日报讯(记者 钟晓岚)远帆市人力资源和社会保障局、远帆市总工会近日联合发出通知，"
        "启动技能竞赛申报工作。"
    )
    assert ("远帆市人力资源和社会保障局", "partneredWith", "远帆市总工会") in edges(text)


def test_heads_countersigning_a_document_make_their_bodies_partners() -> None:
    # 甲检察长某与乙常务副主席某会签了《…》
    text = "会上，青禾县人民检察院检察长陆明川与青禾县总工会常务副主席钟晓岚会签了《协作机制》。"
    assert ("青禾县人民检察院", "partneredWith", "青禾县总工会") in edges(text)


def test_listed_bodies_that_lead_together_are_partners() -> None:
    # 甲、乙、丙与某协会牵头 (no 由): the first-named works with each of the others
    text = (
        "日前，青禾县总工会、青禾县人力资源和社会保障局、"
        "青禾县企业家协会与纺织行业协会牵头，在全县纺织企业中建立工资集体协商制度。"
    )
    got = edges(text)
    for other in ("青禾县人力资源和社会保障局", "青禾县企业家协会"):
        assert (other, "partneredWith", "青禾县总工会") in got or (
            "青禾县总工会",
            "partneredWith",
            other,
        ) in got
    alone = "日前，青禾县总工会牵头，在全县纺织企业中建立工资集体协商制度。"
    assert not any(t == "partneredWith" for _, t, _ in edges(alone))


def test_a_committee_made_up_of_bodies_makes_them_partners() -> None:
    # 委员会由甲、乙、丙组成: the parties of the committee work together
    text = "协商委员会由青禾县总工会、青禾县人力资源和社会保障局、青禾县企业家协会组成，开展工作。"
    got = edges(text)
    assert {a for a, t, _ in got if t == "partneredWith"} | {
        b for _, t, b in got if t == "partneredWith"
    } >= {"青禾县总工会", "青禾县企业家协会", "青禾县人力资源和社会保障局"}
    gift = "青禾县总工会为职工送去由远帆物流有限公司、晨光电子有限公司组成的慰问包。"
    assert not any(t == "partneredWith" for _, t, _ in edges(gift))


def test_unions_a_federation_is_made_up_of_belong_to_it() -> None:
    # 甲联合会……由乙工会、丙工会等12家工会组成: member unions, not partners of each other
    text = (
        "青禾县物流行业工会联合会于2019年成立，由远帆物流有限公司工会、"
        "晨光电子有限公司工会等12家工会组成。"
    )
    got = edges(text)
    for member in ("远帆物流有限公司工会", "晨光电子有限公司工会"):
        assert (member, "subOrganizationOf", "青禾县物流行业工会联合会") in got
    assert not any(t == "partneredWith" for _, t, _ in got)


def test_a_chambers_union_federation_belongs_to_the_chamber() -> None:
    # 某商会工会联合会: the chamber's own federation (a 协会's federation stays cut from it)
    text = "9月10日，青禾市江南商会工会联合会第一届会员代表大会举行。青禾市江南商会会长王一出席。"
    assert ("青禾市江南商会工会联合会", "subOrganizationOf", "青禾市江南商会") in edges(text)


def test_listed_hosts_ending_with_and_or_meeting_on_a_matter_are_partners() -> None:
    # 甲、乙和丙组织开展了…; 甲、乙就…召开座谈会
    got = edges("8月23日，青禾镇党委、青禾镇政府和青禾镇总工会组织开展了“夏送清凉”慰问活动。")
    assert ("青禾镇党委", "partneredWith", "青禾镇总工会") in got
    met = edges("4月18日下午，青禾县人民法院、青禾县总工会就诉调对接工作召开联动工作座谈会。")
    assert ("青禾县人民法院", "partneredWith", "青禾县总工会") in met
    alone = edges("青禾县人民法院就诉调对接工作召开座谈会，青禾县总工会派员参加。")
    assert not any(t == "partneredWith" for _, t, _ in alone)


def test_the_place_of_a_founding_meeting_is_not_founded() -> None:
    # 在甲的指导下，乙成立大会在丙召开: 丙 hosts the meeting, nobody founded it
    text = "在远帆市总工会的指导下，青禾县网约车行业工会联合会成立大会在青禾县交通服务中心召开。"
    got = edges(text)
    assert ("远帆市总工会", "founded", "青禾县网约车行业工会联合会") in got
    assert not any(t == "founded" and o == "青禾县交通服务中心" for _, t, o in got)


def test_setting_up_a_form_of_union_founds_no_union() -> None:
    # 探索建立联合工会形式: a form, not the union the article names elsewhere
    text = (
        "今年，远帆市星河外卖配送联合工会召开会员大会。"
        "为此，远帆市总工会积极探索建立联合工会形式，把骑手组织起来。"
    )
    assert not any(t == "founded" for _, t, _ in edges(text))


def test_unveilers_named_with_two_posts_each_founded_the_union() -> None:
    # 由县人大常委会副主任、县总工会主席甲，某镇委书记、镇长乙为某镇总工会揭牌: a long run of
    # posts before the first person, whose body the article leaves unplaced
    text = (
        "3月30日上午，青禾镇总工会成立暨第一次代表大会隆重召开。随后由县人大常委会副主任、"
        "县总工会主席钟晓岚，青禾镇委书记、镇长陆明川为青禾镇总工会揭牌。"
    )
    got = edges(text)
    for person in ("钟晓岚", "陆明川"):
        assert (person, "founded", "青禾镇总工会") in got


def test_a_pair_listed_with_a_second_partner_after_a_comma() -> None:
    # 分别是甲与乙，丙与丁、戊: 丙 is paired with both 丁 and 戊
    text = (
        "此次共有6所高校结为共建单位，分别是青禾大学与青禾职业学院，"
        "远帆工商大学与远帆工商大学星河学院、远帆经贸职业学院。"
    )
    got = edges(text)
    assert ("远帆工商大学", "partneredWith", "远帆经贸职业学院") in got
    assert ("青禾职业学院", "partneredWith", "远帆工商大学") not in got


def test_a_joint_report_credited_in_brackets_makes_the_media_partners() -> None:
    # （甲、乙联合报道）: the list opens the bracket
    got = edges("青禾县总工会举办职工运动会。（远帆日报、青禾县融媒体中心联合报道）")
    assert ("远帆日报", "partneredWith", "青禾县融媒体中心") in got


def test_a_branchs_union_does_not_belong_to_the_whole_body() -> None:
    # 某科学院某分院工会: the union of the branch (分院), not of the academy named elsewhere
    text = "青禾科学院东海分院工会常务副主席王一出席会议并致辞。青禾科学院召开会议。"
    got = edges(text)
    assert ("青禾科学院东海分院工会", "subOrganizationOf", "青禾科学院") not in got


def test_a_person_joining_told_by_a_pronoun_is_a_member() -> None:
    # 甲是一名货车司机，他通过扫码加入乙: 他 is 甲
    text = "今年24岁的钟晓岚是一名货车司机，他通过现场扫码加入青禾县新业态行业工会联合会。"
    assert ("钟晓岚", "memberOf", "青禾县新业态行业工会联合会") in edges(text)
    urged = "今年24岁的钟晓岚是一名货车司机，他动员工友加入青禾县新业态行业工会联合会。"
    assert not any(t == "memberOf" for _, t, _ in edges(urged))


def test_a_union_set_up_as_a_pilot_was_founded_by_the_federation() -> None:
    # 甲是乙在新区设立的试点之一: 乙 set 甲 up
    text = "据悉，“远帆货运工会”是青禾市总工会在新区设立的建会入会试点之一。"
    got = edges(text)
    assert ("青禾市总工会", "founded", "远帆货运工会") in got
    assert ("远帆货运工会", "subOrganizationOf", "青禾市总工会") in got


def test_a_union_named_as_the_channel_of_joining_is_not_a_joiner() -> None:
    # 通过客户端中的“甲工会”线上申请入会: 甲 is where drivers join, not a member
    text = (
        "青禾市总工会举办入会活动。工作人员指导货运司机通过客户端中的“远帆货运工会”"
        "线上申请入会功能实时入会。"
    )
    assert ("远帆货运工会", "subOrganizationOf", "青禾市总工会") not in edges(text)

"""Officials and posts studied on the pooled set X: names that appear clause after clause after
a vague title, a name elected after a comma, names the model ran into an honour or a byline
role, a party department's head written once (宣传部长), a firm's chief specialist (首席工程师).
Every person and body here is invented for these tests."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import types as _types


def test_names_appearing_clause_after_clause_after_a_leader_are_officials() -> None:
    found = _types("青原省工会代表大会开幕。省领导钱大海致贺词，孙明讲话，周立、吴刚出席，郑红主持"
                   "并作工作报告。")  # fmt: skip
    for name in ("钱大海", "孙明", "周立", "吴刚", "郑红"):
        assert found.get(name) == "Official", name


def test_a_name_with_no_post_in_a_clause_of_its_own_stays_a_person() -> None:
    found = _types("省领导钱大海出席。职工孙明说，活动很精彩。")
    assert found.get("孙明") == "Person"


def test_a_name_elected_after_a_comma_is_an_official() -> None:
    found = _types("其中，青禾物流有限公司青禾县分公司李成林，当选联合会第一届委员会主席。"
                   "职工张小红，为大家表演节目。")  # fmt: skip
    assert found.get("李成林") == "Official"
    assert found.get("张小红") == "Person"


def test_a_student_reporter_is_a_byline_role_not_a_medium() -> None:
    found = _types("青禾网消息（记者王力强 学生记者陈虹）：5月1日，青禾市总工会举办活动。")
    assert found.get("陈虹") == "Person"
    assert "学生" not in found


def test_a_name_that_opens_with_an_honours_last_character_is_no_name() -> None:
    found = _types("同时，依托全国著名劳动模范马千山事迹展览馆，组织劳模参观学习。")
    assert "范马" not in found


def test_a_party_departments_head_written_once_is_a_post_in_the_department() -> None:
    edges = _edges("青山区委常委、宣传部长、副区长王明出席会议。青山区委副书记、组织部长李红讲话。")
    assert ("王明", "holdsPosition", "青山区委宣传部") in edges
    assert ("王明", "holdsPosition", "青山区委") in edges
    assert ("李红", "holdsPosition", "青山区委组织部") in edges


def test_a_comma_between_a_name_and_its_election_keeps_the_post() -> None:
    edges = _edges("青禾市快递行业工会联合会成立。会议选举产生工会主席1名。"
                   "其中，青禾物流有限公司李成林，当选联合会第一届委员会主席。")  # fmt: skip
    assert ("青禾市快递行业工会联合会", "chairedBy", "李成林") in edges


def test_a_firms_chief_specialist_is_a_post_in_the_firm() -> None:
    edges = _edges("青山钢铁有限公司首席工程师王大席作了报告；"
                   "远帆陶粒有限责任公司首席化验师韩小霞获奖。")  # fmt: skip
    assert ("王大席", "holdsPosition", "青山钢铁有限公司") in edges
    assert ("韩小霞", "holdsPosition", "远帆陶粒有限责任公司") in edges


def test_a_chief_executive_is_an_official() -> None:
    found = _types("青港工会联合总会举行就职典礼，行政长官钱安、特首办主任周荣出席。")
    assert found.get("钱安") == "Official"


def test_a_two_character_verb_the_model_ran_into_a_name_is_cut_off() -> None:
    found = _types("双方开展深入交流。\n\n吴植婵勉励青禾工会继续发挥作用。")
    assert found.get("吴植婵") == "Person"
    assert "吴植婵勉励" not in found


def test_a_party_organ_title_after_a_union_chair_is_a_post_in_the_party_organ() -> None:
    found = _edges("6月9日上午,青禾镇党委书记杨志强,党委委员、总工会主席刘丽红,党委委员邵明走进"
                   "接种点。")  # fmt: skip
    assert ("邵明", "holdsPosition", "青禾镇党委") in found
    assert ("邵明", "holdsPosition", "青禾镇总工会") not in found


def test_a_women_workers_director_listed_after_a_union_post_is_a_post_in_that_union() -> None:
    found = _edges("青禾县工会副主席吴立伟、女工主任梁晓冰同时出席开班仪式。")
    assert ("梁晓冰", "holdsPosition", "青禾县工会") in found


def test_a_name_with_its_title_after_it_in_a_department_of_a_body_holds_a_post_there() -> None:
    found = _edges("10月9日下午,青禾市总工会基层工作部孙秀丽主任、财务部吴立伟主任一行到城东区"
                   "调研。")  # fmt: skip
    assert ("孙秀丽", "holdsPosition", "青禾市总工会") in found
    assert ("吴立伟", "holdsPosition", "青禾市总工会") in found


def test_a_cadre_of_a_rank_is_an_official() -> None:
    found = _types("青禾市总工会副主席李大森,青禾市正县级干部孙毅、副市长闫明出席。")
    assert found.get("孙毅") == "Official"

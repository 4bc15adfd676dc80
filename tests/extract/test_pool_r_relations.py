"""Relations between organizations on the pooled set R (study 13), on sentences we wrote
(invented organizations and people)."""

from __future__ import annotations

from .conftest import edges


def _partners(text: str) -> set[frozenset[str]]:
    return {frozenset((a, b)) for a, t, b in edges(text) if t == "partneredWith"}


def test_a_second_together_marker_continues_the_list_of_partners() -> None:
    # 由甲联合乙携手丙、丁开展…: 甲 with each of 乙, 丙 and 丁, not 乙 with 丙
    text = (
        "3日上午，由青禾市总工会联合远帆银行青禾市分行携手青禾市福建商会、"
        "青禾市浙江商会开展的送爱回家活动举行发车仪式。"
    )
    found = _partners(text)
    for other in ("远帆银行青禾市分行", "青禾市福建商会", "青禾市浙江商会"):
        assert frozenset(("青禾市总工会", other)) in found
    assert frozenset(("远帆银行青禾市分行", "青禾市福建商会")) not in found


def test_bodies_that_form_a_team_together_are_partners() -> None:
    # 甲和乙、丙等部门组成8个检查小组
    text = (
        "钟晓岚说，青禾县总工会和青禾县人力资源和社会保障局、青禾县交通运输局"
        "等部门组成8个检查小组，正开展大检查。"
    )
    found = _partners(text)
    assert frozenset(("青禾县总工会", "青禾县交通运输局")) in found
    assert frozenset(("青禾县总工会", "青禾县人力资源和社会保障局")) in found
    # unions that form a federation are its members, no partners
    members = "远帆物流有限公司工会、晨光电子有限公司工会等工会组成青禾县物流行业工会联合会。"
    assert frozenset(("远帆物流有限公司工会", "晨光电子有限公司工会")) not in _partners(members)


def test_the_unions_of_two_places_that_cooperate_are_partners() -> None:
    # 两地工会的交流合作, though the sentence names neither union
    text = "远帆市总工会代表团到青禾县总工会考察。双方表示，将进一步深化两地工会帮扶合作。"
    assert frozenset(("远帆市总工会", "青禾县总工会")) in _partners(text)
    economy = text.replace("两地工会帮扶合作", "两地经济发展")
    assert not _partners(economy)
    talks = text.replace("深化两地工会帮扶合作", "推动两地工会更紧密合作")  # a hope, no pairing
    assert not _partners(talks)
    agreed = (
        "在远帆青禾两地工会交流座谈会上，远帆市总工会与青禾县总工会的代表达成三个合作项目意向。"
    )
    assert frozenset(("远帆市总工会", "青禾县总工会")) in _partners(agreed)
    # a third union: which two are meant is not written
    third = text.replace("考察。", "考察，晨光镇总工会派员参加。")
    assert not _partners(third)


def test_a_plaque_meeting_reports_the_founding_of_the_body_unveiled() -> None:
    # 召开某工作室揭牌暨工作部署会 reports its founding: the persons unveiling it founded it
    text = (
        "青禾县总工会、青禾县人民法院联合召开青禾县劳动争议调解工作室揭牌暨工作部署会。"
        "会上，青禾县委常委、青禾县总工会主席钟晓岚，青禾县人民法院院长林子航"
        "共同为青禾县劳动争议调解工作室揭牌。"
    )
    found = {(a, b) for a, t, b in edges(text) if t == "founded"}
    assert ("钟晓岚", "青禾县劳动争议调解工作室") in found
    assert ("林子航", "青禾县劳动争议调解工作室") in found


def test_of_several_unions_the_two_sides_are_those_of_the_places_the_sentence_names() -> None:
    # 甲县总工会到乙县开展深化两地工会帮扶合作: 甲's union named, 乙's by its place
    text = (
        "景谷县总工会到达日县开展深化两地工会帮扶合作考察调研。"
        "景谷县总工会、果洛州总工会、玛多县总工会、达日县总工会负责人参加座谈。"
    )
    found = _partners(text)
    assert found == {frozenset(("景谷县总工会", "达日县总工会"))}


def test_a_department_after_a_listed_body_stands_for_it() -> None:
    # 由甲人事司、乙、丙联合主办 / 携手甲宣教部、基层部以及乙: departments are no entities
    text = (
        "决赛由青禾省人力资源和社会保障厅人事司、远帆就业培训中心、青禾县总工会联合主办，"
        "远帆物流有限公司工会承办。"
    )
    found = _partners(text)
    for other in ("远帆就业培训中心", "青禾县总工会", "远帆物流有限公司工会"):
        assert frozenset(("青禾省人力资源和社会保障厅", other)) in found
    text = "青禾县总工会携手远帆县总工会宣教部、基层部以及远帆物流有限公司工会开展送清凉活动。"
    assert frozenset(("青禾县总工会", "远帆物流有限公司工会")) in _partners(text)

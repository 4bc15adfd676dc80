"""Relations between organizations on the pooled set P (study 14), on sentences we wrote
(invented organizations and people)."""

from __future__ import annotations

from .conftest import edges, extracted


def _partners(text: str) -> set[frozenset[str]]:
    return {frozenset((a, b)) for a, t, b in edges(text) if t == "partneredWith"}


def test_a_federation_that_covers_including_listed_firms_has_them_as_members() -> None:
    # 联合会涵盖了包括甲、乙等2家企业: 包括 between the verb and the list
    text = (
        "成立半年来，青禾县物流行业工会联合会涵盖了包括远帆物流有限公司、"
        "晨光电子有限公司等2家企业。"
    )
    found = {(a, b) for a, t, b in edges(text) if t == "memberOf"}
    for firm in ("远帆物流有限公司", "晨光电子有限公司"):
        assert (firm, "青禾县物流行业工会联合会") in found


def test_a_news_credit_is_not_the_subject_of_the_sentence() -> None:
    # 某网讯（记者 甲）…, 乙工会…与丙、丁签订协议: 乙 signs, not the paper
    text = (
        "远帆网讯（远帆报记者 钟晓岚）8月29日，青禾省总工会组织开展共建工会驿站签约活动，"
        "与青禾航务管理局、晨光银行青禾省分行等两家单位签订合作共建协议。"
    )
    found = _partners(text)
    for other in ("青禾航务管理局", "晨光银行青禾省分行"):
        assert frozenset(("青禾省总工会", other)) in found
        assert frozenset(("远帆网", other)) not in found


def test_bodies_listed_as_the_subject_of_a_meeting_are_partners() -> None:
    # 甲、乙、丙就召开部署会; 甲、乙及有关单位在某地开展了座谈会
    text = (
        "节后，青禾县总工会、青禾县人力资源和社会保障局、青禾县物流协会"
        "就召开新就业形态劳动者权益保障推进会。"
    )
    found = _partners(text)
    assert frozenset(("青禾县总工会", "青禾县人力资源和社会保障局")) in found
    assert frozenset(("青禾县总工会", "青禾县物流协会")) in found
    assert frozenset(("青禾县人力资源和社会保障局", "青禾县物流协会")) not in found
    text = (
        "11月23日，青禾县总工会、青禾县交通运输局及重点工程参建单位"
        "在滨江大道开展了劳动竞赛调研座谈会。"
    )
    assert frozenset(("青禾县总工会", "青禾县交通运输局")) in _partners(text)
    speakers = "青禾县总工会、青禾县邮政管理局负责人在滨江大道召开的座谈会上讲话。"
    assert not _partners(speakers)


def test_bodies_named_at_the_head_of_a_document_issue_it_together() -> None:
    # 《甲 乙“某某”协作机制》 and 甲、乙《关于…的会议纪要》
    signed = "双方共同签署了《青禾县人民检察院 青禾县总工会“检察+工会”欠薪治理协作机制》。"
    assert frozenset(("青禾县人民检察院", "青禾县总工会")) in _partners(signed)
    studied = "双方学习了青禾省人民检察院、青禾省总工会《关于协作维权的会议纪要》。"
    assert frozenset(("青禾省人民检察院", "青禾省总工会")) in _partners(studied)
    readers = "会上，青禾省人民检察院、青禾省总工会负责人研读了《关于规范劳务派遣用工的会议纪要》。"
    assert not _partners(readers)


def test_a_union_whose_chair_speaks_works_under_the_union_it_names() -> None:
    # 甲工会主席乙表示，将…，在丙工会的领导下…: 甲 is led by 丙, not the union visiting
    text = (
        "青禾市总工会副主席林远帆一行到白鹭经济开发区督查工会建设。"
        "白鹭经济开发区总工会主席钟晓岚表示，将以此次督查为契机，"
        "在江岸区总工会的领导下，进一步加强企业组织建设。"
    )
    found = {(a, b) for a, t, b in edges(text) if t == "subOrganizationOf"}
    assert ("白鹭经济开发区总工会", "江岸区总工会") in found
    assert ("青禾市总工会", "江岸区总工会") not in found


def test_congratulating_a_union_on_its_founding_is_no_founding_work() -> None:
    # 市总工会副主席甲对某镇总工会的成立表示祝贺: the founding is congratulated, not done
    text = (
        "日前，白鹭区第一个镇总工会——晨光镇总工会成立。区委副书记林远帆在成立大会上讲话。"
        "市总工会副主席钟晓岚对晨光镇总工会的成立表示祝贺。"
    )
    ex, _ = extracted(text, publisher="青禾日报")
    assert not [r for r in ex.relations if r.type == "founded"]
    pushed = "在白鹭区总工会的推动下，晨光镇总工会成立。"
    assert ("白鹭区总工会", "founded", "晨光镇总工会") in edges(pushed)

"""Relations between organizations on the pooled set F (study 23), on sentences we wrote
(invented organizations and people)."""

from __future__ import annotations

from .conftest import edges


def test_guests_who_come_to_guide_a_first_meeting_did_not_found_the_union() -> None:
    # 市总工会副主席甲…到会进行指导: attending the union's first meeting, not founding it
    text = (
        "10月21日,嘉兴市远帆纸业有限公司工会召开首届会员大会。"
        "市总工会副主席钟晓岚,区总工会常务副主席林启明到会进行指导。"
        "当天,该公司56名员工加入了工会组织。钟晓岚希望公司工会成立后依法开展工作。"
    )
    got = edges(text)
    union = "嘉兴市远帆纸业有限公司工会"
    assert ("嘉兴市总工会", "founded", union) not in got
    assert (union, "subOrganizationOf", "嘉兴市总工会") not in got


def test_bodies_named_after_the_one_whose_plan_is_carried_out_did_not_found_it() -> None:
    # 落实全总、市总关于建会的部署: instructions of every body listed, not their work
    text = (
        "5月9日,德清县物流行业工会联合会正式成立。"
        "按照全总、市总关于快递员建会入会的统一部署,"
        "德清县交通运输局今年起就开始推动物流行业建会。"
    )
    assert ("湖州市总工会", "founded", "德清县物流行业工会联合会") not in edges(text)


def test_a_body_glossed_with_the_bodies_it_stands_for_hosts_with_the_next() -> None:
    # 甲群团工作部(工会、团委、妇联)、乙局举办: the gloss does not break the list of hosts
    text = "日前,远帆新区群团工作部(总工会、团委、妇联)、远帆新区城市管理局举办春节慰问活动。"
    got = edges(text)
    pair = ("远帆新区群团工作部", "partneredWith", "远帆新区城市管理局")
    assert pair in got or (pair[2], pair[1], pair[0]) in got

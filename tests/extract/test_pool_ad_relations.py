"""Relations between organizations on the pooled set AD (held back until the thirty-second
round), on sentences we wrote (invented organizations and people)."""

from __future__ import annotations

from .conftest import edges


def test_trade_union_carrying_out_its_federations_deployment_belongs_to_it() -> None:
    # 作为…的省某某工会，近年来按照省总工会的部署: a trade union of the federation's own place,
    # written in the clause before the cue
    text = "作为拥有30家会员企业的江西省交通工会，多年来按照江西省总工会党组的工作部署，服务职工。"
    assert ("江西省交通工会", "subOrganizationOf", "江西省总工会") in edges(text)
    got = edges("江西省教育工会按照江西省总工会的部署，开展送清凉活动。")
    assert ("江西省教育工会", "subOrganizationOf", "江西省总工会") in got
    # a federation of the same place is no trade union; a firm's union is no branch of it
    got = edges("江西省建工集团工会按照江西省总工会的部署，开展送清凉活动。")
    assert ("江西省建工集团工会", "subOrganizationOf", "江西省总工会") not in got


def test_bodies_that_propose_and_answer_a_founding_each_founded_it() -> None:
    # 由甲提出倡议，乙、丙积极响应，共同建立的某联盟: the proposer and those answering
    text = (
        "由杭州市总工会提出倡议，苏州市、无锡市总工会积极响应，"
        "共同组建的杭州湾区职工互助联盟正式亮相。"
    )
    got = edges(text)
    for founder in ("杭州市总工会", "苏州市总工会", "无锡市总工会"):
        assert (founder, "founded", "杭州湾区职工互助联盟") in got
    # 某联盟由甲倡议，乙、丙共同发起成立
    text = "杭州湾区职工互助联盟由杭州市总工会倡议，苏州市、无锡市总工会共同发起成立。"
    got = edges(text)
    assert ("杭州市总工会", "founded", "杭州湾区职工互助联盟") in got
    assert ("无锡市总工会", "founded", "杭州湾区职工互助联盟") in got
    # attending its meeting founds nothing
    text = (
        "由杭州市总工会提出倡议，苏州市、无锡市总工会积极响应，"
        "共同参加了杭州湾区职工互助联盟的年会。"
    )
    assert not any(r == "founded" for _, r, _ in edges(text))

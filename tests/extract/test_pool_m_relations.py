"""Relations between organizations on the pooled set M (study 17), on sentences we wrote
(invented organizations and people)."""

from __future__ import annotations

from .conftest import edges


def test_leadership_over_the_unions_of_every_level_links_no_one_union() -> None:
    # 在甲和乙总工会的领导下，各级工会要…: every union is led, not the article's own
    text = (
        "晨光市总工会召开全委会议。会议强调，在市委和远帆省总工会的正确领导下，"
        "全市各级工会要加强政治建设。"
    )
    assert not any(t == "subOrganizationOf" for _, t, _ in edges(text))
    one = "晨光市总工会召开全委会议。会议强调，晨光市总工会在远帆省总工会的领导下开展工作。"
    assert ("晨光市总工会", "subOrganizationOf", "远帆省总工会") in edges(one)


def test_a_union_written_with_and_its_own_union_leads_that_union() -> None:
    # 甲工会及所属乙工会: the union after 及所属 belongs to the one before
    text = "晨光能源有限公司本部工会及所属远帆热电公司工会被评为模范职工之家。"
    assert ("远帆热电公司工会", "subOrganizationOf", "晨光能源有限公司本部工会") in edges(text)


def test_a_federation_covers_companies_listed_with_a_gloss_in_brackets() -> None:
    # 联合会涵盖了甲、乙(英文名)等N家公司: the bracketed gloss after the last company is no break
    text = "青禾县物流行业工会联合会涵盖了远帆速运有限公司、晨光快运有限公司(CGE)等2家快递公司。"
    got = edges(text)
    for company in ("远帆速运有限公司", "晨光快运有限公司"):
        assert (company, "memberOf", "青禾县物流行业工会联合会") in got


def test_a_union_whose_affairs_a_body_replies_on_belongs_to_it() -> None:
    # 《甲总工会关于乙工会联合会…的批复》: the union answered is under the one answering
    text = "会上，林启明宣读了《晨光县总工会关于远帆商贸城工会联合会换届有关问题的批复》。"
    assert ("远帆商贸城工会联合会", "subOrganizationOf", "晨光县总工会") in edges(text)
    decision = "会上，林启明宣读了《晨光县总工会关于表彰远帆商贸城工会联合会的决定》。"
    assert not any(t == "subOrganizationOf" for _, t, _ in edges(decision))

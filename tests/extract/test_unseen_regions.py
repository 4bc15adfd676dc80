"""Places and bodies of union news from the east, the north and the southwest that the
development articles hardly hold (issue #13): a municipality's district, regions and sites that
are no administrative unit, and words that name no one body. Every person and body here is
invented for these tests; the places are real divisions, since a body's name is found from the
place at its head."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract


def test_the_city_federation_of_a_municipalitys_district_is_the_municipalitys() -> None:
    # 青浦区 lies in 上海市, a province-level city: 市总工会 there is 上海市总工会
    found = _edges("日前，青浦区某镇总工会成立。市总工会副主席林子航出席并致辞。")
    assert ("林子航", "holdsPosition", "上海市总工会") in found
    assert ("上海市总工会", "locatedIn", "上海市") in found


def test_a_union_named_alone_in_quotes_is_the_whole_quote() -> None:
    # the brand at the head reads as a verb phrase to the model: the quote bounds the name
    found = _edges("南京市总工会为新成立的“走了吗(南京)骑手联合工会”揭牌。")
    assert ("走了吗(南京)骑手联合工会", "locatedIn", "南京市") in found


def test_a_studio_in_quotes_known_by_its_keeper_stays_unnamed() -> None:
    # 老某 is a person: the studio is no body of its own name
    found = _edges("该镇打造“老周调解工作室”，守护渔港和谐。")
    assert not any("调解工作室" in s for s, _, _ in found)


def test_a_culture_bureau_by_its_common_short_form_is_the_full_body() -> None:
    # 文广旅局 is how 文化广电和旅游局 is written short, as 文旅局 is for 文化和旅游局
    text = (
        "大同市文化广电和旅游局工会联合会成立。市文广旅局副局长林子航出席，市文广旅局工联会揭牌。"
    )
    ex, _ = _extract(text)
    bodies = {e.name for e in ex.entities if e.type in {"Union", "Organization"}}
    assert bodies == {"大同市文化广电和旅游局", "大同市文化广电和旅游局工会联合会"}
    assert ("林子航", "holdsPosition", "大同市文化广电和旅游局") in _edges(text)

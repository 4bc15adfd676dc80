"""Founders, member unions and members that went wrong across many studied sets (issue #13):
persons who unveil a plaque, the unions of an institution's units, new members named. Every
name here is invented for these tests."""

from __future__ import annotations

from unionkg.model import Extraction

from .conftest import edges as _edges
from .conftest import extracted as _extract


def _founders(text: str, body: str) -> set[str]:
    return {s for s, rel, o in _edges(text) if rel == "founded" and o == body}


def test_several_persons_named_with_their_posts_who_unveil_a_plaque_founded_the_body() -> None:
    founders = _founders(
        "青禾县工匠学院揭牌仪式举行。青禾市总工会党组书记、常务副主席钟晓岚和青禾县委副书记"
        "林子航为青禾县工匠学院揭牌。",
        "青禾县工匠学院",
    )
    assert founders == {"钟晓岚", "林子航"}


def test_one_person_named_with_a_post_who_unveils_a_plaque_stands_for_the_body() -> None:
    founders = _founders(
        "青禾县快递行业工会联合会成立大会召开。青禾县总工会副主席钟晓岚为青禾县快递行业工会联合会揭牌。",
        "青禾县快递行业工会联合会",
    )
    assert founders == {"青禾县总工会"}


def test_the_union_of_an_institutions_unit_belongs_to_no_body_named_by_the_unit() -> None:
    ex, ents = _extract(
        "青禾职业学院工会一行来我校交流。我校工会主席高某香、心理学院工会主席朱晓蕾、"
        "外国语学院工会主席王某红、图书馆工会主席周文涛参加了交流活动。",
        publisher="青禾师范大学工会",
    )
    assert "心理学院" not in ents and "外国语学院" not in ents
    edges = _edges_of(ex)
    assert ("青禾师范大学心理学院工会", "chairedBy", "朱晓蕾") in edges
    for unit in ("青禾师范大学心理学院工会", "青禾师范大学图书馆工会"):
        assert not [e for e in edges if e[0] == unit and e[1] == "subOrganizationOf"], unit
    assert ("青禾师范大学工会", "subOrganizationOf", "青禾师范大学") in edges


def test_the_union_of_a_unit_that_is_a_body_of_its_own_kind_is_not_the_parents() -> None:
    edges = _edges(
        "青禾海洋大学工会主席王某虹、副主席兼法学院工会主席丁某山、附属学校工会主席刘某旭出席。"
    )
    assert ("青禾海洋大学工会", "subOrganizationOf", "青禾海洋大学") in edges
    for unit in ("青禾海洋大学法学院工会", "青禾海洋大学附属学校工会"):
        assert (unit, "subOrganizationOf", "青禾海洋大学") not in edges


def test_the_union_of_a_group_of_a_companys_workers_still_belongs_to_the_company() -> None:
    edges = _edges("远帆物流有限公司召开大会，远帆物流有限公司货车司机工会主席钟晓岚讲话。")
    assert ("远帆物流有限公司货车司机工会", "subOrganizationOf", "远帆物流有限公司") in edges


def test_a_new_member_named_is_a_member_of_the_union_the_article_is_about() -> None:
    edges = _edges("青禾县快递行业工会联合会举行集中入会仪式，新会员钟晓岚宣读倡议书。")
    assert ("钟晓岚", "memberOf", "青禾县快递行业工会联合会") in edges
    edges = _edges("青禾县快递行业工会联合会举行集中入会仪式，会员代表钟晓岚宣读倡议书。")
    assert not [e for e in edges if e[1] == "memberOf"]


def _edges_of(ex: Extraction) -> set[tuple[str, str, str]]:
    names = {e.key: e.name for e in ex.entities}
    return {(names[r.subject], r.type, names[r.object]) for r in ex.relations}


def test_a_federation_above_the_one_that_led_the_founding_is_no_founder() -> None:
    founders = _founders(
        "湖州市吴兴区总工会推动湖州远帆科技有限公司成立工会。湖州市总工会确立工作策略，一方面加速推进"
        "湖州远帆科技有限公司工会筹建。此外，湖州市吴兴区总工会牵头制定方案，成立组建工作专班。",
        "湖州远帆科技有限公司工会",
    )
    assert "湖州市吴兴区总工会" in founders and "湖州市总工会" not in founders


def test_a_federation_named_after_an_association_is_not_the_associations_union() -> None:
    edges = _edges("青禾商贸协会联合工会成立。远帆集团工会联合会召开大会。远帆集团召开会议。")
    assert ("远帆集团工会联合会", "subOrganizationOf", "远帆集团") in edges
    assert not [e for e in edges if e[0] == "青禾商贸协会联合工会" and e[1] == "subOrganizationOf"]


def test_persons_each_with_posts_in_several_bodies_who_attend_and_unveil_founded_it() -> None:
    founders = _founders(
        "老街工会联合会揭牌仪式举行。青禾市人大常委会副主任、青禾市总工会主席钟晓岚，青禾市柳南区人大"
        "常委会党组副书记、副主任，柳南区总工会主席林子航出席仪式并为老街工会联合会揭牌。",
        "老街工会联合会",
    )
    assert {"钟晓岚", "林子航"} <= founders

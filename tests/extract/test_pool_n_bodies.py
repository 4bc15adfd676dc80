"""Mechanisms of public bodies and unions found on the pooled held-out news N (an event run
into the name of a body from a known place, an institution's own news that calls it 我院, a
county committee written with its level again, a post joined to the next body's name, a post
in a union's or a firm's office, a numbered hospital written by its number, a school's union
of one term written by its kind, a zone's union named after its county, a village's party
branch before its secretary), on sentences we wrote (invented people and bodies; real places,
which the gazetteer must know)."""

from __future__ import annotations

from .conftest import extracted as _extract
from .conftest import names as _names


def _edges(text: str, publisher: str) -> set[tuple[str, str, str]]:
    ex, _ = _extract(text, publisher=publisher)
    by_key = {e.key: e.name for e in ex.entities}
    return {(by_key[r.subject], r.type, by_key[r.object]) for r in ex.relations}


def test_an_event_written_before_a_placed_body_is_no_part_of_its_name() -> None:
    text = "今年的金秋助学活动鹿城区总工会共发放助学金12万元。"
    assert _names(_extract(text)[0], "Union") == {"鹿城区总工会"}


def test_an_institution_that_publishes_its_news_is_the_one_it_calls_our_own() -> None:
    text = "近日,我院召开第二届工会会员代表大会。副院长钟晓岚致辞,医院工会主席林启明作报告。"
    edges = _edges(text, "瑞安市人民医院")
    assert ("瑞安市人民医院工会", "chairedBy", "林启明") in edges
    assert ("钟晓岚", "holdsPosition", "瑞安市人民医院") in edges
    assert ("瑞安市人民医院工会", "subOrganizationOf", "瑞安市人民医院") in edges
    assert ("瑞安市人民医院", "locatedIn", "瑞安市") in edges


def test_a_county_committee_written_with_and_without_its_level_again_is_one_body() -> None:
    text = "沛县县委副书记钟晓岚到青禾公司调研。县委常委林启明陪同。"
    ex, _ = _extract(text)
    assert [n for n in _names(ex, "Organization") if n.endswith("委")] == ["沛县县委"]


def test_a_post_joined_to_the_next_body_is_no_part_of_its_name() -> None:
    text = "大会选举产生晨光县家政行业工会联合会委员会委员和工会经费审查委员会委员。"
    assert not any("和" in n for n in _names(_extract(text)[0], "Union"))


def test_a_post_in_a_unions_or_firms_office_is_a_post_in_that_body() -> None:
    text = "温州市总工会办公室主任林启明、远帆物流有限公司办公厅主任周文涛出席。"
    edges = _edges(text, "温州日报")
    assert ("林启明", "holdsPosition", "温州市总工会") in edges
    assert ("周文涛", "holdsPosition", "远帆物流有限公司") in edges
    assert not any(
        s.endswith(("办公室", "办公厅")) or o.endswith(("办公室", "办公厅")) for s, _, o in edges
    )


def test_a_numbered_hospitals_union_written_by_its_number_is_that_union() -> None:
    text = (
        "瑞安市第二人民医院召开工会会员代表大会,瑞安市第二人民医院工会主席林启明主持。"
        "市总工会副主席钟晓岚指出,市二院工会在过去五年做了大量工作。"
    )
    ex, _ = _extract(text)
    assert _names(ex, "Union") >= {"瑞安市第二人民医院工会"}
    assert not any("二院" in n for n in _names(ex, "Union"))


def test_a_schools_union_of_one_term_written_by_its_kind_is_that_schools_union() -> None:
    text = "瑞安市晨光小学召开教代会。学校第五届工会委员会向大会报告了工作。"
    edges = _edges(text, "瑞安日报")
    assert ("瑞安市晨光小学工会", "subOrganizationOf", "瑞安市晨光小学") in edges


def test_a_zones_union_named_after_its_county_and_after_the_zone_is_one_union() -> None:
    text = (
        "日前,县工业园区工会联合会召开会员代表大会。会议宣读了《平阳县总工会关于浙江平阳"
        "工业园区工会联合会委员人选的批复》。"
    )
    ex, _ = _extract(text, publisher="平阳新闻网")
    unions = _names(ex, "Union")
    assert [n for n in unions if n.endswith("工业园区工会联合会")] == ["浙江平阳工业园区工会联合会"]


def test_a_village_party_branch_before_its_secretary_is_a_body() -> None:
    text = "座谈会由鹿城区五马街道晨光社区党总支书记钟晓岚主持。"
    edges = _edges(text, "温州日报")
    assert ("钟晓岚", "holdsPosition", "鹿城区五马街道晨光社区党总支") in edges

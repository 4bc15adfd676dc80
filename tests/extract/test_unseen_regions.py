"""Places and bodies of union news from the east, the north and the southwest that the
development articles hardly hold (issue #13): a municipality's district, regions and sites that
are no administrative unit, and words that name no one body. Every person and body here is
invented for these tests; the places are real divisions, since a body's name is found from the
place at its head."""

from __future__ import annotations

from .conftest import edges as _edges


def test_the_city_federation_of_a_municipalitys_district_is_the_municipalitys() -> None:
    # 青浦区 lies in 上海市, a province-level city: 市总工会 there is 上海市总工会
    found = _edges("日前，青浦区某镇总工会成立。市总工会副主席林子航出席并致辞。")
    assert ("林子航", "holdsPosition", "上海市总工会") in found
    assert ("上海市总工会", "locatedIn", "上海市") in found

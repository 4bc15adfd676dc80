"""Mechanisms of public bodies found on the pooled held-out news I (a body's full name, a
preposition and the next name read by the model as one organization; a league's short form
resolved to the full form the article writes later), on sentences we wrote (invented places,
bodies and people)."""

from __future__ import annotations

from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_preposition_after_a_bodys_name_opens_the_next_name():
    text = "为改善一线职工工作条件，苏州市总工会向市城管局赠送100台暖风机。"
    bodies = _names(_extract(text)[0], "Organization")
    assert "苏州市城管局" in bodies
    assert not any("向" in n for n in bodies)


def test_a_league_short_form_takes_the_full_form_written_later():
    text = (
        "苏州市总工会、团市委举办读书会。\n\n"
        "4月2日,苏州市总工会、共青团苏州市委在吴中区联合举办职工读书会。"
    )
    bodies = _names(_extract(text)[0], "Organization")
    assert "共青团苏州市委" in bodies and "共青团苏州市委员会" not in bodies


def test_a_committee_written_into_its_meeting_names_no_body():
    text = "会议选举产生了省总工会第九届委员会。今天下午,省总工会九届一次委员会议选举产生了主席。"
    unions = _names(_extract(text, publisher="浙江工人日报")[0], "Union")
    assert "浙江省总工会" in unions
    assert not any(n.endswith("委员会") for n in unions)


def test_a_bodys_former_site_names_no_body():
    text = "两地工会一行参观了浙江省农民协会旧址,并在青禾县总工会座谈。"
    bodies = _names(_extract(text)[0], "Organization")
    assert "浙江省农民协会" not in bodies

"""Mechanisms of public bodies found on the pooled held-out news Q (a bullet written as
口, a paper's dateline with its place, a league's short form joined by a verb, a verb of
praise before a level-only body, a federation's committee, two levels written together, a
department's short form written out for matching), on sentences we wrote (invented places,
bodies and people)."""

from __future__ import annotations

from unionkg.extract.lexicon import default_lexicon
from unionkg.extract.media import media_credits

from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_safety_bureaus_short_form_is_written_out():
    _, by_name = _extract("江阳市总工会联合市人社局、市安监局举办法律咨询活动。")
    bureau = by_name.get("江阳市安监局")
    assert bureau is not None and bureau.type == "Organization"
    assert "江阳市安全生产监督管理局" in bureau.aliases


def test_two_levels_written_together_name_no_one_body():
    ex, _ = _extract(
        "江阳市总工会表示,活动旨在推进省市委部署。青溪市所辖县区总工会全部成立工会联合会。"
    )
    bodies = _names(ex, "Organization") | _names(ex, "Union")
    assert not any(n.endswith(("省市委", "县区总工会")) for n in bodies)
    assert "江阳市总工会" in bodies


def test_a_federations_elected_committee_is_the_federation():
    text = "青溪市家政行业工会联合会成立。会上选举产生了第一届青溪市家政行业工会联合会委员会。"
    unions = [e for e in _extract(text)[0].entities if e.type == "Union"]
    assert len(unions) == 1
    forms = {unions[0].name, *unions[0].aliases}
    assert {"青溪市家政行业工会联合会", "青溪市家政行业工会联合会委员会"} <= forms


def test_a_verb_of_praise_opens_no_level_only_bodys_name():
    ex, _ = _extract("青溪区总工会走访。林启明充分肯定区中医院打造的工会阵地。")
    assert not any(n.startswith("肯定") for n in _names(ex, "Organization"))


def test_a_league_short_form_joined_by_a_verb_is_the_leagues_committee():
    text = "8月28日,浙江省青溪市总工会联合团市委、市妇联在青溪宾馆举行助学金发放仪式。"
    bodies = _names(_extract(text)[0], "Organization")
    assert "共青团青溪市委员会" in bodies and "青溪市团市委" not in bodies


def test_a_papers_dateline_with_an_unread_place_names_the_paper():
    text = "青禾日报临川讯 1月21日,某省交通工会到隧道施工现场慰问。"
    credits = media_credits(text, [], [], default_lexicon())  # no place read
    assert [c[2] for c in credits] == ["青禾日报"]


def test_a_bullet_written_as_kou_opens_no_name():
    ex, _ = _extract("活动取得实效。\n口杭州市总工会:聘请律师服务职工。")
    unions = _names(ex, "Union")
    assert "杭州市总工会" in unions and "口杭州市总工会" not in unions

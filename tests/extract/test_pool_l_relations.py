"""Relations between organizations on the pooled set L (study 18), on sentences we wrote
(invented organizations and people)."""

from __future__ import annotations

from .conftest import edges


def test_bodies_after_with_are_partners_of_the_subject_not_of_each_other() -> None:
    # 甲牵头，与乙和丙建立…机制: 乙 and 丙 are the subject's partners; 乙 is no subject of 与丙
    text = "2019年，远帆市总工会牵头，与远帆市人民检察院和远帆市公安局建立了护薪联动机制。"
    got = edges(text)
    for body in ("远帆市人民检察院", "远帆市公安局"):
        assert (body, "partneredWith", "远帆市总工会") in got
    assert ("远帆市人民检察院", "partneredWith", "远帆市公安局") not in got


def test_a_date_at_the_end_of_a_month_opens_a_clause_acting_jointly() -> None:
    # 8月底，甲启动…，联合乙、丙等成立…: 底 (初, 中旬…) after the month is still the date
    text = "2024年3月初，晨光县总工会启动帮扶预案，联合晨光县民政局、晨光县红十字会等组建服务队。"
    got = edges(text)
    for body in ("晨光县民政局", "晨光县红十字会"):
        assert (body, "partneredWith", "晨光县总工会") in got


def test_listed_hosts_followed_by_a_comma_before_jointly() -> None:
    # 甲、乙及丙党工委、办事处，共同举办…: a comma between the list and 共同 ends no clause
    text = "6月2日，青禾县委社会工作部、青禾县总工会及东湖街道党工委，共同举办新就业群体运动会。"
    got = edges(text)
    assert ("青禾县委社会工作部", "partneredWith", "青禾县总工会") in got
    assert ("东湖街道党工委", "partneredWith", "青禾县委社会工作部") in got


def test_a_union_said_to_be_one_of_anothers_own_unions_belongs_to_it() -> None:
    # 甲是乙属下系统工会之一: 甲 is under 乙; one of the bodies 乙 honoured is not
    text = "钟晓岚说，青禾县教育工会是远帆市总工会属下产业工会之一，成立已有三十年。"
    assert ("青禾县教育工会", "subOrganizationOf", "远帆市总工会") in edges(text)
    honoured = "钟晓岚说，青禾县教育工会是远帆市总工会表彰的先进集体之一。"
    assert ("青禾县教育工会", "subOrganizationOf", "远帆市总工会") not in edges(honoured)

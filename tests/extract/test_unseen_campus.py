"""Constructions of union news from campuses, plants and border prefectures of the north-east,
north-west and east coast that the development articles hardly hold (issue #13): every name
here is invented for these tests."""

from __future__ import annotations

from .conftest import edges as _edges


def test_supporting_hosts_before_de_are_linked_to_the_first_host() -> None:
    edges = _edges(
        "9月6日晚,由青禾省总工会主办,青禾省交旅集团承办,远帆石化公司、远帆机车有限公司协办的"
        "职工文艺晚会在远帆机车有限公司检修车间举行。"
    )
    for party in ("青禾省交旅集团", "远帆石化公司", "远帆机车有限公司"):
        assert (party, "partneredWith", "青禾省总工会") in edges or (
            "青禾省总工会", "partneredWith", party) in edges, party  # fmt: skip

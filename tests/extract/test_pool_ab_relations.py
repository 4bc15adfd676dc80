"""Relations between organizations on the pooled set AB (held back until the thirtieth
round), on sentences we wrote (invented organizations and people)."""

from __future__ import annotations

from .conftest import edges, extracted


def _partners(got: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return (a, "partneredWith", b) in got or (b, "partneredWith", a) in got


def test_joint_verb_lian_tong_is_no_part_of_the_name_after_it() -> None:
    # 联同 is a joint verb like 会同: the body after it is named without it, and a partner
    text = "青禾县总工会深化法律服务。联同青禾县司法局、青禾县妇女联合会在晨光镇开展普法活动。"
    _, ents = extracted(text)
    assert not any(name.startswith("联同") for name in ents)
    got = edges(text)
    for other in ("青禾县司法局", "青禾县妇女联合会"):
        assert _partners(got, "青禾县总工会", other)

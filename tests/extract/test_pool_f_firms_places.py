"""Companies and places the pool F missed: a firm written after the town it lies in (某区某镇
某某公司), whose name is what follows the town; a toll station (收费站), a place on a road like a
service area, not a firm; on sentences we wrote (invented names)."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_firm_after_its_town_is_named_without_the_town():
    text = "林启明来到河西区枫林镇晨光电子科技公司和枫林镇远帆乳业公司慰问职工。"
    ex, _ = _extract(text)
    firms = _names(ex, "Company")
    assert {"晨光电子科技公司", "远帆乳业公司"} <= firms
    assert not any(n.startswith(("河西区", "枫林镇")) for n in firms)
    assert ("远帆乳业公司", "locatedIn", "枫林镇") in _edges(text)


def test_a_toll_station_is_a_place():
    text = "司机之家在河西县枫岭坝收费站举行揭牌仪式，收费站职工钟晓岚参加。"
    ex, _ = _extract(text)
    assert "枫岭坝收费站" in _names(ex, "Town")
    assert "枫岭坝收费站" not in _names(ex, "Company")

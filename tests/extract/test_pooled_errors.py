"""Mechanisms found by pooling the errors of several studied unseen sets (issue 13): each
failed on three or more sets or on sets of different kinds. Sentences we wrote (invented
people and bodies, real places)."""

from __future__ import annotations

import pytest

from .conftest import extracted, names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("市总工会党组书记、常务副主席蒋伟传，县委书记王立山陪同调研。", "蒋伟传"),
        ("德清县总工会党组书记、常务副主席史红新带队，到远帆物流有限公司慰问。", "史红新"),
    ],
)
def test_a_three_character_name_after_a_post_keeps_its_last_character(text, name):
    ex, _ = extracted(text)
    officials = names(ex, "Official")
    assert name in officials
    assert name[:2] not in officials


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("远帆物流有限公司总经理柯远在致辞时表示，公司工会要做好服务。", "柯远"),
        ("德清县总工会主席林正也表示，要做好服务。", "林正"),
    ],
)
def test_a_preposition_or_adverb_after_a_two_character_name_stays_out_of_it(text, name):
    ex, _ = extracted(text)
    assert name in names(ex, "Official")
    assert not any(n.startswith(name) and n != name for n in names(ex, "Official"))

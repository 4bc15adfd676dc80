"""A photo's caption that names the scene it shows (…启动仪式现场, …合影) is no running text a
column end broke: the layout repair leaves it on its own line. Names are invented."""

from __future__ import annotations

from unionkg.loaders import repair_layout
from unionkg.loaders.page import is_credit


def test_a_caption_of_a_scene_is_not_joined_to_the_line_after_it() -> None:
    text = (
        "青禾市举行职工技能竞赛。\n\n青禾市第五届职工技能竞赛启动仪式现场\n\n"
        "青禾市总工会主席王川在启动仪式上讲话,他指出,竞赛要办好。"
    )
    assert is_credit("青禾市第五届职工技能竞赛启动仪式现场")
    assert is_credit("與會代表合影留念")
    assert repair_layout(text) == text


def test_a_line_broken_mid_sentence_is_still_joined() -> None:
    text = "工会成立了。\n\n会上,选举产生了工会委员会,相关部\n\n门负责人讲了话。"
    assert repair_layout(text) == "工会成立了。\n\n会上,选举产生了工会委员会,相关部门负责人讲了话。"

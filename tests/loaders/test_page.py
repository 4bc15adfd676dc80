"""Newspaper pages: splitting at headlines and leads, layout repair, bylines."""

from __future__ import annotations

import pytest

from unionkg.loaders import find_bylines, load_text, repair_layout, split_page


def test_page_splits_into_articles(page_text: str) -> None:
    parts = split_page(page_text)
    assert [part.title for part in parts] == ["石湾街道职工书屋开放", "两家企业签订合作协议"]
    assert parts[0].text.endswith("记者林晓岚 摄")  # the caption stays with its article
    assert parts[1].text.startswith("两家企业签订合作协议")
    assert all(page_text[p.start : p.start + len(p.text)] == p.text for p in parts)


def test_single_article_stays_whole(article_text: str) -> None:
    assert [part.text for part in split_page(article_text)] == [article_text]


def test_page_ids_follow_page_order(page_text: str) -> None:
    articles = load_text(page_text.encode(), "pages/p3.txt")
    assert [a.id for a in articles] == ["p3-1", "p3-2"]
    assert {a.source for a in articles} == {"pages/p3.txt"}


def test_single_article_id_is_the_stem(article_text: str) -> None:
    assert [a.id for a in load_text(article_text.encode(), "x/青溪.txt")] == ["青溪"]


def test_photo_gap_starts_an_article() -> None:
    page = "甲。\n\n乙镇工会成立\n\n\n\n日前,乙镇职工跑团成立了工会。\n\n丙。"
    parts = split_page(page)
    assert [part.title for part in parts] == [None, "乙镇工会成立"]


def test_layout_break_is_repaired(page_text: str) -> None:
    first = load_text(page_text.encode(), "p.txt")[0]
    assert "街道相关部门负责人介绍" in first.text
    second = load_text(page_text.encode(), "p.txt")[1]
    assert "两家公司工会将联合开展" in second.text


@pytest.mark.parametrize(
    "text",
    [
        "工会成立了。\n\n会员很高兴。",  # sentences end
        "标题\n\n正文第一句。",  # a headline is not joined to its article
        "会议召开。\n\n强化基层,扩大覆盖\n\n为推进全覆盖,工会建会。",  # a subhead
        "会议召开。\n\n活动现场。记者林晓岚 摄\n\n会员们说。",  # a caption
    ],
)
def test_what_is_not_a_layout_break(text: str) -> None:
    assert repair_layout(text) == text


def test_clause_end_is_a_layout_break() -> None:
    text = "会议召开。\n\n今年以来,青溪镇吹响建会入会的集结号,\n\n全镇工会持续推进。"
    assert (
        repair_layout(text)
        == "会议召开。\n\n今年以来,青溪镇吹响建会入会的集结号,全镇工会持续推进。"
    )


def test_bylines_have_roles_names_and_offsets(article_text: str) -> None:
    (article,) = load_text(article_text.encode(), "a.txt")
    assert [(b.role, b.name) for b in article.bylines] == [
        ("记者", "林晓岚"),
        ("通讯员", "周立"),
        ("通讯员", "郑海"),
    ]
    assert all(article.text[b.start : b.end] == b.name for b in article.bylines)
    assert "本报讯 记者林晓岚" in article.text  # the byline stays in the text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(记者 林晓岚 通讯员 何文清)", [("记者", "林晓岚"), ("通讯员", "何文清")]),
        ("本报讯 记者梁思远 通讯员何文清摄影报道 日前", [("记者", "梁思远"), ("通讯员", "何文清")]),
        ("会议召开。\n\n记者梁思远 摄", [("记者", "梁思远")]),
        ("见习记者任远 实习生高翔报道 日前", [("见习记者", "任远"), ("实习生", "高翔")]),
        ("记者从青溪镇总工会获悉,工会成立了。", []),  # not a byline
        (
            "会议召开。\n摄像/记者:梁思远何文清 编辑:高翔",
            [("记者", "梁思远"), ("记者", "何文清"), ("编辑", "高翔")],
        ),
        # a two-character name spaced to the width of three, in a lead and in a staff credit
        ("本报讯（记者 任远 通讯员 钟  敏）近日", [("记者", "任远"), ("通讯员", "钟敏")]),
        ("会议召开。\n\n编辑 周\u3000敏\n责任编辑：高翔", [("编辑", "周敏"), ("责任编辑", "高翔")]),
    ],
)
def test_byline_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(b.role, b.name) for b in find_bylines(text)] == expected

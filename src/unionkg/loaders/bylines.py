"""Bylines: the reporters, correspondents and photographers an article credits.

Bylines are looked for only where papers print them: the lead (``本报讯 记者X 通讯员Y、Z报道``),
a credit in brackets (``(记者 X 通讯员 Y)``), and credit or caption lines (``记者X 摄``).
A name is 2–4 Han characters; several names are joined by ``、`` or spaces (six characters
run together are read as two names of three).

    >>> [(b.role, b.name) for b in find_bylines("本报讯 记者王小明 通讯员李红、赵刚报道 近日……")]
    [('记者', '王小明'), ('通讯员', '李红'), ('通讯员', '赵刚')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Byline
from .page import is_credit, is_lead, paragraphs

__all__ = ["ROLES", "find_bylines"]

#: Roles a byline credits, longest first so that 见习记者 wins over 记者.
ROLES: tuple[str, ...] = (
    "见习记者",
    "实习记者",
    "特约记者",
    "首席记者",
    "学生记者",
    "记者",
    "采访人员",
    "通讯员",
    "实习生",
    "摄影",
    "摄像",
    # the staff a credit line at the foot names: written with a colon or a space after
    "责任编辑",
    "编辑",
    "责编",
    "审核",
    "校对",
)
_ROLE = "|".join(ROLES)
# ／, 报导: Taiwan's papers; a role right after a name ends it (记者甲通讯员乙)
_STOP = rf"(?=[、,，\s)）(（/／]|报道|报导|摄影?|文/图|{_ROLE}|$)"
# a two-character name is often printed spaced to the width of three (周  敏)
_SPACED = r"[\u3400-\u9fff][ \u3000]{1,3}[\u3400-\u9fff]"
# a role printed spaced to the width of a line (通 讯 员) is no spaced name
_SPACED_ROLE = "|".join("[ \u3000]{0,3}".join(role) for role in ROLES)
# the paper's own medium before the next role (记者甲  本报通讯员乙): no name
_OWN_MEDIUM = r"本[报刊台网社站]"
# a role's modifier before the role (甲 特约通讯员乙), and a word of time that opens the story
# after the byline (记者甲 连日来，……): no name
_ROLE_MODIFIER = "|".join([*(r[:-2] for r in ROLES if r.endswith("记者") and r != "记者"), "驻站"])
_TIME_WORD = r"近[日期来]|日前|连日|昨[日天]|今[日天]|前[日天]|目前|当[日天]"
_NAME = (
    rf"(?!{_SPACED_ROLE}|报道|{_OWN_MEDIUM}(?:{_ROLE})|(?:{_ROLE_MODIFIER})(?:{_ROLE})"
    rf"|{_TIME_WORD})"
    rf"(?:{_SPACED}|[\u3400-\u9fff]{{2,4}}?|[\u3400-\u9fff]{{6}}){_STOP}"
)
_CREDIT = re.compile(
    rf"(?P<role>{_SPACED_ROLE})(?:\s*[:：/／]\s*|\s*)(?P<names>{_NAME}(?:(?:、|\s+){_NAME})*)"
)
_ONE_NAME = re.compile(_NAME)
# names alone in brackets right after a dateline or a medium's name: 某某网11月4日电(甲 乙)
# (a bracket naming a role is a credit, read as one: 某某网讯(某某日报记者 甲), the paper no name)
_DATELINE_NAMES = re.compile(
    rf"(?m)^[^\s,，。(（]{{1,24}}?(?:[讯电]|消息|[网报台社闻][:：])\s*[(（](?![^()（）]*(?:{_ROLE}))"
    rf"(?P<names>{_NAME}(?:(?:、|\s+){_NAME})*)[)）]"
)
_BRACKETED = re.compile(r"[(（][^()（）]{2,60}[)）]")
_LEAD_END = re.compile(r"报道|[)）]")


def _segments(text: str) -> Iterator[tuple[int, int]]:
    """Spans of ``text`` where a byline may be printed."""
    for para in paragraphs(text):
        if is_lead(para.text):
            end = _LEAD_END.search(para.text, 0, 80)
            yield para.start, para.start + (end.end() if end else min(len(para.text), 40))
        elif is_credit(para.text):
            yield para.start, para.end
    for match in _BRACKETED.finditer(text):
        if re.search(_ROLE, match.group()):
            yield match.start(), match.end()


def find_bylines(text: str) -> tuple[Byline, ...]:
    """Every credited person in ``text``, in text order, offsets pointing at the name.

    >>> for byline in find_bylines("工会成立了。(记者 王小明 通讯员 李红)"):
    ...     print(byline)
    Byline(role='记者', name='王小明', start=10, end=13)
    Byline(role='通讯员', name='李红', start=18, end=20)

    A slash may part a role from its names (记者/甲 通讯员/乙 丙):

    >>> [b.name for b in find_bylines("工会成立了。(记者/钟晓岚 通讯员/林启明 周文博)")]
    ['钟晓岚', '林启明', '周文博']
    >>> [b.name for b in find_bylines("工会成立了。(记者/钟晓岚 通迅员/林启明)")]
    ['钟晓岚']

    The paper's own medium before a role is no name (本报记者 甲  本报通讯员 乙):

    >>> text = "青禾纪事\\n\\n本报记者 钟晓岚  本报通讯员 林启明\\n\\n近日……"
    >>> [b.name for b in find_bylines(text)]
    ['钟晓岚', '林启明']

    A role's modifier before its role, and a word of time after the last name, are no names:

    >>> [b.name for b in find_bylines("青禾讯 记者钟晓岚 特约通讯员林启明\\n\\n近日……")]
    ['钟晓岚', '林启明']
    >>> [b.name for b in find_bylines("远帆新闻网讯 记者林启明 近日，远帆县总工会召开会议")]
    ['林启明']
    """
    found: dict[tuple[int, int], Byline] = {}
    credits = [(c.group("role"), c) for start, end in _segments(text)
               for c in _CREDIT.finditer(text, start, end)]  # fmt: skip
    credits += [("记者", c) for c in _DATELINE_NAMES.finditer(text)]  # the writers credited
    for spaced_role, credit in credits:
        role = re.sub(r"\s", "", spaced_role)  # 编 辑: a role printed spaced
        names_start = credit.start("names")
        for name in _ONE_NAME.finditer(credit.group("names")):
            at = names_start + name.start()
            if name.start() and text.startswith(("/", "／"), at + len(name.group())):
                continue  # 记者/甲 通讯员/乙: a word before a slash after a name is a role
            if re.fullmatch(_SPACED, name.group()):  # 周  敏: one name, its span as printed
                span = (at, at + len(name.group()))
                found.setdefault(span, Byline(role, re.sub(r"\s", "", name.group()), *span))
                continue
            # six characters with no separator are two three-character names (甲乙丙丁戊己)
            step = 3 if len(name.group()) == 6 else len(name.group())
            for offset in range(0, len(name.group()), step):
                span = (at + offset, at + offset + step)
                found.setdefault(span, Byline(role, text[span[0] : span[1]], *span))
    return tuple(found[span] for span in sorted(found))

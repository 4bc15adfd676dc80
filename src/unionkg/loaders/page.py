"""Newspaper pages: split a page into articles and repair paragraphs broken at a column end.

A page is a run of paragraphs (non-blank lines). An article starts at a run of headline lines
that is followed either by a lead (本报讯 …, 记者X 通讯员Y报道 …) or by a wider gap than the
page's usual one (the place of a photo). A caption (记者X 摄) stays with the article above it.

A paragraph broken at a column end (``相关部`` / ``门负责人介绍``) is joined to the next one when
it does not end a sentence and is not a headline, a subhead, a credit line or a caption.

    >>> page = "标题一\\n\\n本报讯 记者王小明报道 甲。\\n\\n标题二\\n\\n本报讯 记者李大成报道 乙。"
    >>> [part.title for part in split_page(page)]
    ['标题一', '标题二']
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

__all__ = [
    "PageArticle",
    "Paragraph",
    "ends_sentence",
    "headline",
    "is_credit",
    "is_headline",
    "is_lead",
    "paragraphs",
    "repair_layout",
    "split_page",
]

_CLOSERS = "”’」』)）》〉】\"' "
_SENTENCE_END = "。！？!?…"
_CLAUSE_END = ",，、;；:：—"
_HAN_NAME = r"[\u3400-\u9fff]{2,4}"
_ROLE = r"(?:见习|实习|特约)?记者|通讯员|实习生"

_LEAD = re.compile(
    rf"""^[(（]?\s*(?:
        本[报刊网]讯
      | [^\s,，。(（]{{1,20}}[讯电]\s*[(（\s]
      | (?:本报)?(?:{_ROLE})\s*{_HAN_NAME}[^。，,]{{0,40}}?报道
    )""",
    re.VERBOSE,
)
_META = re.compile(
    r"^(?:来源|发布时间|发表日期|发布日期|更新时间|编辑|责任编辑|审核|原标题|作者|摄影|摄像"
    r"|(?:摄像/)?记者|通讯员)\s*[:：/|｜]"
)
# a photo's caption: its credit (…摄), or the scene it shows (…仪式现场, …合影)
_CAPTION = re.compile(r"(?:摄|摄影|文/图|图/文|供图|图片来源\S*|现场|現場|合影(?:留念)?)[)）\s]*$")
_DATE_LINE = re.compile(r"^\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
# 编辑 周  敏: a credit line of the staff, the role spaced from a name (spaced itself at times)
_STAFF_CREDIT = re.compile(
    r"^(?:责任编辑|编辑|责编|审核|校对)(?:\s*[:：]\s*|\s+)"
    r"[\u3400-\u9fff](?:[ \u3000]{0,3}[\u3400-\u9fff]){1,3}$"
)
_CREDIT_NAME = re.compile(rf"(?:{_ROLE})\s*[:：]?\s*{_HAN_NAME}")  # 通讯员:甲 too

_HEADLINE_MAX = 40  # a headline line, at the top of an article
_SUBHEAD_MAX = 16  # a subhead inside an article's body


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A non-blank line, stripped: ``text == source[start:end]``; ``gap`` blank lines before it."""

    text: str
    start: int
    end: int
    gap: int


@dataclass(frozen=True, slots=True)
class PageArticle:
    """One article of a page: its text (a slice of the page from ``start``) and its headline."""

    text: str
    start: int
    title: str | None


def paragraphs(text: str) -> list[Paragraph]:
    """The non-blank lines of ``text`` with their offsets and the blank lines before each.

    >>> [(p.text, p.gap) for p in paragraphs("甲\\n\\n\\n 乙 \\n丙")]
    [('甲', 0), ('乙', 2), ('丙', 0)]
    """
    result: list[Paragraph] = []
    blank = offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = offset + line.index(stripped)
            result.append(Paragraph(stripped, start, start + len(stripped), blank if result else 0))
            blank = 0
        else:
            blank += 1
        offset += len(line) + 1
    return result


def ends_sentence(line: str) -> bool:
    """Whether ``line`` ends with sentence-final punctuation (closing quotes aside)."""
    core = line.rstrip(_CLOSERS)
    return bool(core) and core[-1] in _SENTENCE_END


def is_lead(line: str) -> bool:
    """Whether ``line`` opens with a lead: 本报讯, 某某社…电(, 记者X 通讯员Y报道.

    >>> is_lead("本报讯 记者王小明报道 近日"), is_lead("记者从市总工会获悉,近日")
    (True, False)
    """
    return bool(_LEAD.match(line))


def is_credit(line: str) -> bool:
    """Whether ``line`` is a credit, a caption or page furniture, not running text.

    >>> is_credit("记者王小明 摄"), is_credit("来源:某某日报"), is_credit("工会成立了。")
    (True, True, False)
    """
    if len(line) > _HEADLINE_MAX + 20:
        return False
    if _META.match(line) or _DATE_LINE.match(line) or line.startswith("□"):
        return True
    if _CAPTION.search(line) or _STAFF_CREDIT.match(line):
        return True
    return bool(_CREDIT_NAME.search(line)) and not re.search("[,，。；;]", line)


def is_headline(line: str, limit: int = _HEADLINE_MAX) -> bool:
    """Whether ``line`` reads as a headline: short, no sentence inside, not a credit.

    >>> is_headline("“娘家人”拥你入怀！"), is_headline("据了解,近年来,镇海的现")
    (True, False)
    """
    if not line or len(line) > limit or is_credit(line) or is_lead(line):
        return False
    core = line.rstrip(_CLOSERS)
    if core and core[-1] in "。" + _CLAUSE_END:
        return False
    if re.search("[。；;]", core[:-1]) or len(re.findall("[,，]", line)) > 1:
        return False
    return line.count("“") == line.count("”")


def _usual_gap(paras: list[Paragraph]) -> int:
    gaps = [para.gap for para in paras[1:]]
    return int(statistics.median_low(gaps)) if gaps else 0


def _article_starts(paras: list[Paragraph]) -> list[int]:
    """Indices of the paragraphs that open an article (its first headline line)."""
    usual = _usual_gap(paras)
    starts: set[int] = set()
    for index, para in enumerate(paras):
        if is_lead(para.text):
            anchor = index  # the lead opens the running text
        elif (
            index + 1 < len(paras)
            and is_headline(para.text)
            and paras[index + 1].gap > usual
            and not is_headline(paras[index + 1].text)
        ):
            anchor = index + 1  # running text after a photo's gap
        else:
            continue
        first = anchor
        while first > 0 and is_headline(paras[first - 1].text):
            first -= 1
        if first < anchor or anchor == 0:
            starts.add(first)
    if not starts:
        return [0]
    first = min(starts)
    if all(is_headline(para.text) for para in paras[:first]):
        starts = (starts - {first}) | {0}  # a banner above the first article belongs to it
    else:
        starts.add(0)  # running text above the first headline is an article of its own
    return sorted(starts)


def split_page(text: str) -> list[PageArticle]:
    """Split a newspaper page into its articles, in page order; a single article stays whole.

    >>> [part.text for part in split_page("工会成立了。\\n\\n会员很高兴。")]
    ['工会成立了。\\n\\n会员很高兴。']
    """
    paras = paragraphs(text)
    if not paras:
        return []
    starts = _article_starts(paras)
    result = []
    for number, first in enumerate(starts):
        last = (starts[number + 1] if number + 1 < len(starts) else len(paras)) - 1
        begin, end = paras[first].start, paras[last].end
        result.append(PageArticle(text[begin:end], begin, _headline(paras[first : last + 1])))
    return result


def _headline(paras: list[Paragraph]) -> str | None:
    head = []
    for para in paras:
        if not is_headline(para.text):
            break
        head.append(para.text)
    return " ".join(head) if head and len(head) < len(paras) else None


def headline(text: str) -> str | None:
    """The headline lines at the top of an article, joined by a space (None when there are none).

    >>> headline("宁波成立首家\\n\\n“路上的娘家”\\n\\n本报讯 近日,工会成立。")
    '宁波成立首家 “路上的娘家”'
    >>> headline("近日,工会成立。") is None
    True
    """
    return _headline(paragraphs(text))


def _first_body(paras: list[Paragraph]) -> int:
    for index, para in enumerate(paras):
        if not (is_headline(para.text) or is_credit(para.text)):
            return index
    return len(paras)


def _is_broken(paras: list[Paragraph], index: int, usual: int) -> bool:
    """Whether paragraph ``index`` was broken at a column end and goes on in the next one."""
    line, following = paras[index].text, paras[index + 1]
    if following.gap > usual or ends_sentence(line):
        return False
    if is_credit(line) or is_credit(following.text) or is_lead(following.text):
        return False
    if line[-1] in _CLAUSE_END:
        return True
    if not is_headline(line, _SUBHEAD_MAX):
        return True
    # two subhead-like lines in a row before running text: the second is a broken fragment
    before = paras[index - 1].text if index else ""
    return is_headline(before, _SUBHEAD_MAX) and not is_headline(following.text, _SUBHEAD_MAX)


def repair_layout(text: str) -> str:
    """Join paragraphs that a column end broke mid-sentence; leave the rest as it is.

    >>> repair_layout("工会成立了。\\n\\n会上,选举产生了工会委员会,相关部\\n\\n门负责人讲了话。")
    '工会成立了。\\n\\n会上,选举产生了工会委员会,相关部门负责人讲了话。'
    """
    paras = paragraphs(text)
    usual = _usual_gap(paras)
    pieces: list[str] = []
    position = 0
    for index in range(_first_body(paras), len(paras) - 1):
        if _is_broken(paras, index, usual):
            pieces.append(text[position : paras[index].end])
            position = paras[index + 1].start
    pieces.append(text[position:])
    return "".join(pieces)

"""Property tests over the loaders, the page splitter and the extractor with arbitrary Unicode:
Chinese news phrases, emoji, control characters, lone surrogates, right-to-left marks, markup.

Properties: a loader either returns articles or raises an :class:`InputError` (one line for the
user), never anything else; page parts are slices of the page at their offsets; every mention
and piece of evidence lies inside its article and quotes it. The fragments are written by us
(invented names). Example counts are modest so the suite stays fast; the extractor's model is
loaded once per process and reused across examples.
"""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unionkg.errors import InputError
from unionkg.extract import extract_article
from unionkg.loaders import build_article, load_html, load_jsonl, load_text, split_page

FRAGMENTS = [
    "瑞安市总工会", "主席", "林启明", "当选", "启衡电器有限公司", "工会", "签订合作协议",
    "。", "，", "\n", "\n\n", "本报讯 记者陈晓报道 ", "温州市", "虹桥镇", "副主席", "、",
    "😀", "👩‍👩‍👧", "\x00", "\x07", "\x1b[31m", "\r\n", "\u202e", "\u200f", "\u200d", "\ufeff",
    "\ud800", "\udfff", "<script>alert(1)</script>", "}", '"', "#", "\\", "\t", "工會聯合會",
]  # fmt: skip

texts = st.one_of(
    st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("".join),
    st.text(st.characters(exclude_categories=()), max_size=200),  # surrogates included
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=5)), max_size=30).map("".join),
)
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _encode(text: str, encoding: str) -> bytes:
    return text.encode(encoding, errors="surrogatepass" if encoding == "utf-8" else "replace")


@FAST
@given(texts, st.sampled_from(["utf-8", "gb18030", "big5"]))
def test_text_loader_reads_or_says_why(text: str, encoding: str) -> None:
    try:
        articles = load_text(_encode(text, encoding), "fuzz.txt")
    except InputError as problem:
        assert str(problem).startswith("fuzz.txt: ") and "\n" not in problem.problem
        return
    for article in articles:
        assert article.text and len(article.as_written) == len(article.text)


@FAST
@given(st.lists(st.one_of(texts, st.binary(max_size=30)), max_size=5))
def test_jsonl_loader_keeps_good_lines_and_reports_bad_ones(values: list[str | bytes]) -> None:
    lines = [
        value if isinstance(value, bytes) else json.dumps({"text": value}).encode()
        for value in values
    ]
    problems: list[InputError] = []
    try:
        articles = load_jsonl(b"\n".join(lines), "fuzz.jsonl", on_problem=problems.append)
    except InputError as problem:  # the file as a whole: empty or binary
        assert str(problem).startswith("fuzz.jsonl: ")
        return
    for problem in problems:
        assert str(problem).startswith("fuzz.jsonl:")
    for article in articles:
        assert not any("\ud800" <= char <= "\udfff" for char in article.text)


@FAST
@given(texts)
def test_html_loader_reads_or_says_why(text: str) -> None:
    page = f"<html><head><title>{text[:20]}</title></head><body><p>{text}</p></body></html>"
    try:
        load_html(_encode(page, "utf-8"), "fuzz.html")
    except InputError as problem:
        assert str(problem).startswith("fuzz.html: ")


@FAST
@given(texts)
def test_page_parts_are_slices_of_the_page(text: str) -> None:
    for part in split_page(text):
        assert 0 <= part.start <= len(text)
        assert text[part.start : part.start + len(part.text)] == part.text


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_extraction_stays_inside_its_article(text: str) -> None:
    article = build_article("fuzz", text, source="fuzz.txt")
    extraction = extract_article(article)
    size = len(article.text)
    for entity in extraction.entities:
        for mention in entity.mentions:
            assert 0 <= mention.start <= mention.end <= size
    for relation in extraction.relations:
        evidence = relation.evidence
        assert 0 <= evidence.start <= evidence.end <= size
        assert evidence.sentence in article.as_written[evidence.start : evidence.end]
        assert evidence.sentence in article.as_written

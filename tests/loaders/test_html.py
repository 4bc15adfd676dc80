"""HTML pages: main text without boilerplate, metadata, declared charset."""

from __future__ import annotations

import pytest

from unionkg.errors import FormatError
from unionkg.loaders import load_html
from unionkg.loaders.html import declared_charset

PAGE = """\
<!DOCTYPE html><html lang="zh-CN"><head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>青溪镇总工会与石湾街道总工会结对共建</title>
<link rel="canonical" href="https://news.example.org/2024/05/qingxi.html">
<meta property="og:site_name" content="青溪新闻网">
<meta property="article:published_time" content="2024-05-20T09:30:00+08:00">
<script>var tracker = 1;</script><style>.nav{{color:#333}}</style></head>
<body><div class="nav"><a href="/">网站首页</a> | <a href="/news">工会动态</a></div>
<article><h1>青溪镇总工会与石湾街道总工会结对共建</h1>
<p>近日,青溪镇总工会与石湾街道总工会签订结对共建协议,双方将在职工服务、阵地建设等方面开展合作。</p>
<p>青溪镇总工会主席方建国表示,结对共建将让两地职工共享服务资源,推动基层工会规范化建设。</p>
</article>
<div class="footer">版权所有 联系我们 备案号</div></body></html>
"""

BODY = (
    "近日,青溪镇总工会与石湾街道总工会签订结对共建协议,双方将在职工服务、阵地建设等方面开展合作。\n"
    "青溪镇总工会主席方建国表示,结对共建将让两地职工共享服务资源,推动基层工会规范化建设。"
)


@pytest.mark.parametrize(("charset", "encoding"), [("utf-8", "utf-8"), ("gb2312", "gb18030")])
def test_main_text_and_metadata(charset: str, encoding: str) -> None:
    data = PAGE.format(charset=charset).encode(encoding)
    (article,) = load_html(data, "web/qingxi.html")
    assert article.text == BODY
    assert article.id == "qingxi"
    assert article.title == "青溪镇总工会与石湾街道总工会结对共建"
    assert article.url == "https://news.example.org/2024/05/qingxi.html"
    assert article.publisher == "青溪新闻网"
    assert article.published == "2024-05-20"
    assert article.encoding == encoding


def test_no_boilerplate_in_text() -> None:
    (article,) = load_html(PAGE.format(charset="utf-8").encode(), "q.html")
    for boilerplate in ("网站首页", "工会动态", "版权所有", "tracker", "color"):
        assert boilerplate not in article.text


def test_missing_metadata_stays_none() -> None:
    page = (
        "<html><body><article><p>" + BODY.replace("\n", "</p><p>") + "</p></article></body></html>"
    )
    (article,) = load_html(page.encode(), "bare.html")
    assert (article.title, article.url, article.published, article.publisher) == (None,) * 4


def test_page_without_text_is_a_format_error() -> None:
    with pytest.raises(FormatError, match="no article text"):
        load_html(b"<html><head><title>x</title></head><body></body></html>", "e.html")


@pytest.mark.parametrize(
    ("head", "charset"),
    [
        (b'<meta charset="UTF-8">', "utf-8"),
        (b"<meta charset=gbk>", "gbk"),
        (b'<meta http-equiv="Content-Type" content="text/html; charset=big5">', "big5"),
        (b"<title>x</title>", None),
    ],
)
def test_declared_charset(head: bytes, charset: str | None) -> None:
    assert declared_charset(b"<html><head>" + head + b"</head></html>") == charset

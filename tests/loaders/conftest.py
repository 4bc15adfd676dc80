"""Fixtures for the loaders tests.

Every text here was written by us for these tests (fictional unions, companies and people).
"""

from __future__ import annotations

import pytest

# One short article; Simplified, with Han characters that GB2312, GB18030 and Big5 all encode.
ARTICLE = (
    "青溪镇快递行业工会联合会成立\n\n"
    "本报讯 记者林晓岚 通讯员周立、郑海报道 近日,青溪镇总工会召开快递行业工会联合会成立大会,"
    "全镇六家快递企业的一百二十名快递员加入工会。\n\n"
    "会上,选举产生了第一届委员会,方建国当选主席。"
)

# The same kind of text in Traditional script (Big5 encodes every character).
TRADITIONAL = (
    "青溪鎮快遞行業工會聯合會成立\n\n"
    "近日,青溪鎮總工會召開快遞行業工會聯合會成立大會,全鎮六家快遞企業的一百二十名快遞員加入工會。"
)

# A small newspaper page: two articles, a column break inside a paragraph, a photo caption.
PAGE = """\
石湾街道职工书屋开放

本报讯 记者林晓岚报道 日前,石湾街道总工会建设的职工书屋正式开放,书屋藏书三千余册,街道相关部

门负责人介绍,书屋每天向辖区职工免费开放。

记者林晓岚 摄

两家企业签订合作协议

本报讯 记者梁思远 通讯员何文清报道 近日,南屏机械有限公司与东岭物流有限公司签订合作协议,两家公司工会

将联合开展职工技能培训。
"""


@pytest.fixture
def article_text() -> str:
    return ARTICLE


@pytest.fixture
def traditional_text() -> str:
    return TRADITIONAL


@pytest.fixture
def page_text() -> str:
    return PAGE

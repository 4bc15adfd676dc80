"""Union news of Taiwan, Hong Kong and Macau, and mainland news reposted in Traditional script
(issue: the Traditional-script sets scored far below the Simplified ones). Converted to
Simplified, they read as the same text would: what they lack is the region's word classes, a
council's posts (理事, 常务理事) and "greater" cities (大某某) at the head of bodies' names.
Every person and body here is invented; the places are real divisions, since a body's name is
found from the place at its head."""

from __future__ import annotations

from unionkg.extract import extract_article
from unionkg.loaders import build_article
from unionkg.model import ExtractedEntity, Extraction


def _extract(text: str) -> tuple[Extraction, dict[str, ExtractedEntity]]:
    """The extraction of ``text`` read as the loader reads it: Traditional converted to
    Simplified (kept as written too), bylines found."""
    ex = extract_article(build_article("t", text, source="t.txt"))
    return ex, {e.name: e for e in ex.entities}


def _edges(text: str) -> set[tuple[str, str, str]]:
    ex, _ = _extract(text)
    by_key = {e.key: e.name for e in ex.entities}
    return {(by_key[r.subject], r.type, by_key[r.object]) for r in ex.relations}


def test_a_council_member_of_a_union_holds_a_post_there() -> None:
    # 理事 and 常务理事: the members of a union's council (its 理事会), named before the person
    text = "蘇州市總工會理事陳明華捐贈物資。嘉興市機械職業工會常務理事孫立德表示，投票率很高。"
    found = _edges(text)
    assert ("陈明华", "holdsPosition", "苏州市总工会") in found
    assert ("孙立德", "holdsPosition", "嘉兴市机械职业工会") in found
    assert _extract(text)[1]["孙立德"].type == "Official"


def test_a_greater_city_opens_the_names_of_its_bodies() -> None:
    # 大某某 (the city and its surroundings): 大 is part of the name, and the body lies in the
    # city; without it 某某网路…工会 would be a body the text never names
    text = (
        "參與單位包括嘉興市油漆工程業職業工會、大蘇州花藝設計職業工會等。"
        "大蘇州總工會理事陳明華出席。"
    )
    _, ents = _extract(text)
    assert "大苏州花艺设计职业工会" in ents and "大苏州总工会" in ents
    assert "苏州花艺设计职业工会" not in ents
    assert "大苏州" in ents["苏州市"].aliases
    found = _edges(text)
    assert ("大苏州花艺设计职业工会", "locatedIn", "苏州市") in found
    assert ("陈明华", "holdsPosition", "大苏州总工会") in found


def test_greater_inside_a_word_is_no_prefix() -> None:
    # 扩大 is one word: the city after it is the city alone
    _, ents = _extract("扩大苏州市场，远帆公司工会成立。")
    assert "大苏州" not in ents["苏州市"].aliases


def test_a_provincial_federation_is_that_of_the_province_whose_union_is_named_in_full() -> None:
    # a visiting delegation's province is written by its short form only, many times and with
    # its cities; the host province is written in full at the head of its union's name: 省总工会
    # and 省总 are the host's, wherever they stand
    text = (
        "省總工會副主席林子航主持座談。廣東木器業工會代表團一行與江西省總工會交流。"
        "省總黨組書記周立新介紹情況。廣東代表團來自廣州、深圳、佛山等地，廣東客人表示感謝。"
    )
    found = _edges(text)
    assert ("林子航", "holdsPosition", "江西省总工会") in found
    assert ("周立新", "holdsPosition", "江西省总工会") in found
    assert not any(s == "广东省总工会" or o == "广东省总工会" for s, _, o in found)


def test_a_company_union_named_by_the_firms_brand_is_that_union() -> None:
    # 某某工会 (the brand alone, a headline's short form) is the one company union whose
    # firm's name opens with the brand after its place; 企业工会 is a company union's name too
    text = "嘉興市遠帆航空工業股份有限公司企業工會召開會員代表大會。遠帆工會理事長趙安國作報告。"
    _, ents = _extract(text)
    union = ents["嘉兴市远帆航空工业股份有限公司企业工会"]
    assert "远帆工会" in union.aliases
    assert "远帆工会" not in ents and "远帆" not in ents


def test_a_brand_union_stays_apart_when_two_firms_share_the_brand() -> None:
    text = "嘉興遠帆新材料有限公司工會與嘉興遠帆物流有限公司工會簽訂協議。遠帆工會主席趙安國出席。"
    _, ents = _extract(text)
    assert "远帆工会" in ents


def test_a_bureau_run_into_its_heads_title_is_the_articles_bureau() -> None:
    # 勞動局長 is 勞動局局長 with 局 written once: the post 局长 in the article's one 勞動局
    text = "嘉興市勞動局表示已轉達訴求。嘉興市勞動局長趙安國說，會努力協調。"
    assert ("赵安国", "holdsPosition", "嘉兴市劳动局") in _edges(text)
    # the short form of the bureau's name is expanded (人社局 for 人力资源和社会保障局)
    text = "嘉兴市人力资源和社会保障局会同工会开展活动；人社局长赵安国陪同慰问。"
    assert ("赵安国", "holdsPosition", "嘉兴市人力资源和社会保障局") in _edges(text)


def test_a_fused_title_naming_two_bureaus_of_the_article_names_none() -> None:
    text = "嘉兴市公安局和海宁市公安局联合开展活动。公安局长赵安国陪同慰问。"
    assert not any(s == "赵安国" for s, _, _ in _edges(text))


def test_alumni_and_service_clubs_are_bodies_and_a_workers_federation_a_union() -> None:
    # 校友会 and 狮子会 end the names of associations; 工人联合会 is a federation of unions
    text = "參與單位包括嘉興市財經職業學校校友會、嘉興市美業菁英獅子會、嘉興市各業工人聯合會等。"
    _, ents = _extract(text)
    assert ents["嘉兴市财经职业学校校友会"].type == "Organization"
    assert "嘉兴市财经职业学校" not in ents
    assert ents["嘉兴市美业菁英狮子会"].type == "Organization"
    assert ents["嘉兴市各业工人联合会"].type == "Union"


def test_a_union_of_two_trades_joined_by_ji_is_one_name() -> None:
    # 及 joins two trades inside one name as 和 does; two bodies joined by 及 stay two
    _, ents = _extract("嘉興市餐飲及住宿業工會聯合會舉行會員大會。")
    assert "嘉兴市餐饮及住宿业工会联合会" in ents and "住宿业工会联合会" not in ents
    _, ents = _extract("嘉兴市总工会及嘉兴市人社局举行活动。")
    assert "嘉兴市总工会" in ents and "嘉兴市人社局" in ents


def test_the_bodies_taking_part_in_the_articles_action_are_its_organizers_partners() -> None:
    # the organizer (the union the article names first) is left unwritten; a member the
    # recogniser does not name (某某联谊社) does not break the list
    text = (
        "嘉興市總工會號召各單位愛心迎新年。參與此次送暖行動單位包括嘉興市油漆工程業職業工會、"
        "南湖聯誼社、嘉興市財經職業學校校友會等。"
    )
    partners = {frozenset((s, o)) for s, r, o in _edges(text) if r == "partneredWith"}
    assert frozenset(("嘉兴市总工会", "嘉兴市油漆工程业职业工会")) in partners
    assert frozenset(("嘉兴市总工会", "嘉兴市财经职业学校校友会")) in partners


def test_workers_taking_part_are_no_partners() -> None:
    text = "嘉兴市总工会开展送温暖活动。参与此次活动的职工包括嘉兴市油漆工程业职业工会的会员。"
    assert not any(r == "partneredWith" for _, r, _ in _edges(text))


def test_a_paper_and_its_reporter_credited_with_full_width_slashes() -> None:
    # 某某報／ 記者某某／某地即時報導: the paper is a medium, the reporter a Person
    text = (
        "遠帆工會理事長改選\n\n青禾報／ 記者林子航／嘉興即時報導\n\n"
        "嘉興市遠帆公司工會今天舉行改選。"
    )
    _, ents = _extract(text)
    assert ents["青禾报"].type == "Organization"
    assert ents["林子航"].type == "Person"
    bylines = build_article("t", text, source="t.txt").bylines
    assert [(b.role, b.name) for b in bylines] == [("记者", "林子航")]


def test_the_head_of_a_delegation_holds_the_title_before_his_name_in_its_body() -> None:
    # 以理事長甲為團長的某某工會代表團: no body before the title; the delegation's is written after
    text = "5月29日，以理事長林子航為團長的嘉興市木工業職業工會聯合會代表團一行35人到訪。"
    assert ("嘉兴市木工业职业工会联合会", "chairedBy", "林子航") in _edges(text)
    # a body written before the title keeps the post as usual
    text = "以嘉兴市总工会副主席林子航为团长的嘉兴市工会代表团一行到访。"
    assert ("林子航", "holdsPosition", "嘉兴市总工会") in _edges(text)


def test_compatriots_associations_are_bodies_and_compatriots_no_place() -> None:
    # 台联 is 台湾同胞联谊会 (as 侨联 is 归国华侨联合会), at every level; 台湾同胞 inside the
    # name is a people, not where the body lies
    text = (
        "中華全國臺灣同胞聯誼會聯絡部部長林子航，省臺聯副會長周立新參加座談。"
        "江西省總工會主持交流。全國臺聯表示感謝。"
    )
    _, ents = _extract(text)
    assert ents["中华全国台湾同胞联谊会"].type == "Organization"
    assert "全国台联" in ents["中华全国台湾同胞联谊会"].aliases
    found = _edges(text)
    assert ("林子航", "holdsPosition", "中华全国台湾同胞联谊会") in found
    assert ("周立新", "holdsPosition", "江西省台联") in found
    assert not any(s == "中华全国台湾同胞联谊会" and r == "locatedIn" for s, r, _ in found)


def test_a_union_named_in_full_outweighs_a_medium_named_after_another_province() -> None:
    # a medium named after a region (某某網) reports a visit to a province whose union it names
    # in full: 省總 is that province's, not the medium's region's
    text = "廣東網6月4日訊 廣東工會代表團與江西省總工會座談。省總副主席林子航主持。"
    ex = extract_article(build_article("t", text, source="t.txt", publisher="廣東網"))
    by_key = {e.key: e.name for e in ex.entities}
    found = {(by_key[r.subject], r.type, by_key[r.object]) for r in ex.relations}
    assert ("林子航", "holdsPosition", "江西省总工会") in found


def test_a_short_name_in_brackets_after_a_body_names_it_again_later() -> None:
    # 某某聯合總會(某聯): the bracketed words, taken in order from the name, are its short name,
    # and the later 某聯理事長甲 is a post in the body (no other body, no lost post)
    text = "嘉興市工會聯合總會(嘉聯)晚上舉行就職典禮。嘉聯理事長陳明華致詞時指,嘉聯經歷了挑戰。"
    _, ents = _extract(text)
    assert "嘉联" in ents["嘉兴市工会联合总会"].aliases
    assert ("嘉兴市工会联合总会", "chairedBy", "陈明华") in _edges(text)


def test_bracketed_words_that_do_not_abbreviate_the_body_are_no_short_name() -> None:
    text = "嘉興市機械職業工會(新成立)舉行大會。"
    _, ents = _extract(text)
    assert "新成立" not in ents["嘉兴市机械职业工会"].aliases


def test_a_unions_shortened_kind_written_alone_is_that_union() -> None:
    # 工聯會 / 工聯總會 alone after 某地工會聯合會 was named: the article's one union of that kind,
    # so the posts after it are held there, not in the other union named before
    text = (
        "蘇州市總工會副主席陳明華到訪嘉興市工會聯合會,與工聯會會長孫立德、副會長李和平座談。"
        "嘉興市工會聯合總會晚上舉行晚會,工聯總會理事長周文清致詞。"
    )
    found = _edges(text)
    assert ("嘉兴市工会联合会", "chairedBy", "孙立德") in found
    assert ("李和平", "holdsPosition", "嘉兴市工会联合会") in found
    assert ("苏州市总工会", "chairedBy", "孙立德") not in found
    assert ("嘉兴市工会联合总会", "chairedBy", "周文清") in found

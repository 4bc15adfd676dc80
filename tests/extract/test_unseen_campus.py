"""Constructions of union news from campuses, plants and border prefectures of the north-east,
north-west and east coast that the development articles hardly hold (issue #13): every name
here is invented for these tests."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import types as _types


def test_a_studio_named_after_its_leader_gives_the_body_and_the_leader() -> None:
    types = _types(
        "青禾市总工会为远帆冷轧厂李大勇劳模创新工作室、远帆热轧带钢厂赵明多劳模创新工作室"
        "以及青禾市河西医院刘秋燕劳模创新工作室挂牌。"
    )
    assert types["远帆冷轧厂"] == types["远帆热轧带钢厂"] == "Company"
    assert types["李大勇"] == types["赵明多"] == types["刘秋燕"] == "Person"
    assert not [name for name in types if name.endswith("工作室")]


def test_a_studio_whose_body_the_model_reads_in_one_word_still_gives_the_leader() -> None:
    types = _types(
        "分别是远帆集团有限公司电气安装工程公司田一福劳模创新工作室和青禾供电公司胡建刚劳模创新工作室。"
    )
    assert types["田一福"] == types["胡建刚"] == "Person"
    assert types["青禾供电公司"] == "Company"


def test_a_studio_of_a_kind_or_a_level_names_no_leader() -> None:
    ex, _ = _extract(
        "青禾市总工会公布支持建设全国劳模工匠创新工作室名单，拥有2家省级劳模创新工作室。"
    )
    assert not [e.name for e in ex.entities if e.type == "Person"]


def test_a_name_run_into_an_honour_keeps_the_name() -> None:
    types = _types("远帆冷轧厂李超劳模创新工作室挂牌。")
    assert types.get("李超") == "Person" and "李超劳模" not in types


def test_supporting_hosts_before_de_are_linked_to_the_first_host() -> None:
    edges = _edges(
        "9月6日晚,由青禾省总工会主办,青禾省交旅集团承办,远帆石化公司、远帆机车有限公司协办的"
        "职工文艺晚会在远帆机车有限公司检修车间举行。"
    )
    for party in ("青禾省交旅集团", "远帆石化公司", "远帆机车有限公司"):
        assert (party, "partneredWith", "青禾省总工会") in edges or (
            "青禾省总工会", "partneredWith", party) in edges, party  # fmt: skip


def test_a_two_character_brand_with_a_generic_character_is_a_company() -> None:
    edges = _edges("青禾市总工会副主席王春明赴中远集团调研。集团工会主席朱亚明作了汇报。")
    assert ("中远集团工会", "chairedBy", "朱亚明") in edges
    assert ("中远集团工会", "subOrganizationOf", "中远集团") in edges


def test_a_place_with_one_generic_character_is_no_brand_of_a_union() -> None:
    types = _types("进一步健全和完善新街工会基层组织。")
    assert "新街工会" not in types


def test_a_short_name_declared_for_a_place_places_the_bodies_named_after_it() -> None:
    text = "来自新疆维吾尔自治区伊犁哈萨克自治州(以下称伊州)的职工。伊州总工会举办培训。"
    edges = _edges(text)
    assert ("伊州总工会", "locatedIn", "伊犁哈萨克自治州") in edges


def test_the_grassroots_cadres_of_a_place_are_no_union() -> None:
    types = _types("伊宁市总工会对伊宁市基层专兼职工会干部进行一次轮训。")
    assert "伊宁市基层专兼职工会" not in types


def test_the_home_of_a_craft_is_no_place() -> None:
    types = _types("在新疆土陶之乡阿克陶县巴仁乡,传承人与大师进行了交流。")
    assert "土陶之乡" not in types
    assert types["阿克陶县"] == "Town"


def test_a_union_written_with_its_term_is_the_bodys_union() -> None:
    _, ents = _extract("医院召开大会。王川当选为青禾市河西医院第六届工会主席。")
    assert "青禾市河西医院工会" in ents
    edges = _edges("医院召开大会。王川当选为青禾市河西医院第六届工会主席。")
    assert ("青禾市河西医院工会", "chairedBy", "王川") in edges
    assert ("青禾市河西医院工会", "subOrganizationOf", "青禾市河西医院") in edges


def test_a_name_the_model_cut_before_a_post_written_after_it_is_whole() -> None:
    types = _types("刘求发省长作的经济形势报告,使大家有了认识。张华任书记。王立副行长出席。")
    assert types.get("刘求发") == "Official" and "刘求" not in types
    assert "张华" in types and "王立" in types


def test_the_party_branch_of_a_residential_quarter_is_an_organization_there() -> None:
    edges = _edges("与工地结对共建的李家巷居民区党总支、华林居民区党总支分别拿出了看家本领。")
    assert ("李家巷居民区党总支", "locatedIn", "李家巷居民区") in edges
    assert ("华林居民区党总支", "locatedIn", "华林居民区") in edges


def test_the_party_branch_of_a_company_is_the_company_s_organ() -> None:
    edges = _edges("远帆物流有限公司党总支书记钟晓岚出席。")
    assert ("钟晓岚", "holdsPosition", "远帆物流有限公司") in edges


def test_a_zone_named_by_a_place_glossed_in_brackets_holds_its_bodies() -> None:
    text = (
        "山东(威海)临港产业基地工会联合会开展慰问活动。西市区委书记、"
        "山东(威海)临港产业基地党工委书记曹某出席。"
    )
    edges = _edges(text)
    zone = "山东(威海)临港产业基地"
    assert (zone + "工会联合会", "locatedIn", zone) in edges
    assert (zone + "党工委", "locatedIn", zone) in edges
    assert (zone, "locatedIn", "威海市") in edges
    assert "威海)临港产业基地" not in _types(text)


def test_the_school_written_alone_is_the_articles_one_school_with_its_posts() -> None:
    edges = _edges(
        "11月2日下午,武进区青禾中心小学召开教代会。由学校副校长李桂芳同志作筹备工作报告。"
        "首先由学校党支部书记吴某娟同志致开幕词。"
    )
    assert ("李桂芳", "holdsPosition", "武进区青禾中心小学") in edges
    assert ("吴某娟", "holdsPosition", "武进区青禾中心小学") in edges


def test_the_unions_of_units_listed_after_an_institutions_union_are_its_units() -> None:
    edges = _edges(
        "5月18日上午,远洋海事大学工会主席王某虹、副主席尹某英、副主席兼法学院工会主席丁某山、"
        "附属学校工会主席刘晓峰一行来校调研工会工作。"
    )
    assert ("远洋海事大学法学院工会", "chairedBy", "丁某山") in edges
    assert ("远洋海事大学附属学校工会", "chairedBy", "刘晓峰") in edges
    assert ("远洋海事大学工会", "chairedBy", "丁某山") not in edges


def test_our_school_in_a_school_unions_news_is_the_school_the_source_names() -> None:
    from unionkg.extract import extract_article
    from unionkg.model import Article

    text = (
        "6月14日,青禾欧亚学院工会副主席宴某一行来我校交流。"
        "我校工会主席高某香、图书馆工会主席周文涛参加。"
    )
    ex = extract_article(Article(id="t", text=text, publisher="远帆师范大学工会"))
    names = {e.key: e.name for e in ex.entities}
    edges = {(names[r.subject], r.type, names[r.object]) for r in ex.relations}
    assert ("远帆师范大学工会", "chairedBy", "高某香") in edges
    assert ("远帆师范大学图书馆工会", "chairedBy", "周文涛") in edges
    assert ("远帆师范大学工会", "subOrganizationOf", "远帆师范大学") in edges
    assert "远帆师范大学青禾欧亚学院工会" not in names.values()


def test_a_countys_short_form_heading_a_plants_name_places_it_where_the_province_is_named() -> None:
    edges = _edges("浙江工匠汪某德领衔。近日,余杭发电厂举行授牌仪式。")
    assert ("余杭发电厂", "locatedIn", "余杭区") in edges


def test_a_countys_short_form_heading_a_plant_in_an_article_of_no_province_is_no_place() -> None:
    assert "余杭区" not in _types("近日,余杭发电厂举行授牌仪式。")

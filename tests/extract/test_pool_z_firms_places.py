"""Companies and places the pool Z missed: a renamed county's new name read inside a word
(珠|江城市), a county's branch where the article names its city (某市某行辖属某县支行), a branch
named by its place only that the article names again, a firm's numbered unit (三分公司), a
restaurant (某某大酒楼), the feast of an anniversary (周年大庆), a region by its provinces'
one-character names (湘鄂地区), the place visitors come to (来某市参观), a school named after its
county and a research station; on sentences we wrote (invented names)."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_renamed_countys_name_inside_a_word_is_no_place():
    text = "市总工会副主席王立走访了深圳珠江城市物业有限公司海口分公司。"
    ex, _ = _extract(text)
    assert "江城市" not in _names(ex, "Town")
    assert "深圳市总工会" in _names(ex, "Union")
    assert ("深圳珠江城市物业有限公司海口分公司", "locatedIn", "海口市") in _edges(text)


def test_a_countys_branch_under_a_city_bank_lies_in_the_county():
    text = (
        "近日，长春工行辖属九台支行、双阳支行分别开展活动。九台支行邀请环卫工人休息，"
        "双阳支行为快递小哥送水。"
    )
    ex, _ = _extract(text)
    assert {"九台支行", "双阳支行"} <= _names(ex, "Company")
    found = _edges(text)
    assert ("九台支行", "locatedIn", "九台区") in found
    assert ("双阳支行", "locatedIn", "双阳区") in found


def test_a_branch_named_by_its_place_and_named_again_is_a_company():
    text = "宁波市总工会副主席王立平一行来到温州市分公司，温州市分公司总经理李大海陪同。"
    ex, _ = _extract(text)
    assert "温州市分公司" in _names(ex, "Company")
    assert ("温州市分公司", "locatedIn", "温州市") in _edges(text)


def test_a_firms_numbered_unit_is_a_company_with_its_union():
    text = "集团公司工会主席王刚莅临三分公司东环项目。三分公司工会主席李四表示感谢。"
    ex, _ = _extract(text)
    assert "三分公司" in _names(ex, "Company")
    assert "三分公司工会" in _names(ex, "Union")


def test_a_restaurant_is_a_company():
    ex, _ = _extract("联欢会于今天上午在金海湾大酒楼举行，逾千名代表出席。")
    assert "金海湾大酒楼" in _names(ex, "Company")


def test_the_feast_of_an_anniversary_is_no_city():
    ex, _ = _extract("王五说，以更好的成绩向建厂70周年大庆献礼。")
    assert not _names(ex, "Town")


def test_a_region_of_provinces_one_character_names_drops_its_area_word():
    ex, _ = _extract("为提升湘鄂地区机关事务服务水平，湘鄂两地举办技能竞赛。")
    assert "湘鄂" in _names(ex, "Town")
    assert "湘鄂地区" not in _names(ex, "Town")


def test_a_level_only_union_is_the_one_of_the_place_visitors_come_to():
    text = (
        "日前，台湾省台中市机械业工会联合会参访团一行7人，来盐城市参观访问。市总工会主席李国华"
        "接见了代表团。台中市机械业工会联合会由台中市五金工会等12家工会组成。"
    )
    ex, _ = _extract(text)
    assert "盐城市总工会" in _names(ex, "Union")
    assert "台中市总工会" not in _names(ex, "Union")


def test_a_school_named_after_its_county_lies_in_it():
    text = "3月20日，临清师范学院工会主席王万一行来我校交流。王万对山东管理学院工会工作表示赞赏。"
    found = _edges(text)
    assert ("临清师范学院", "locatedIn", "临清市") in found
    assert ("临清师范学院工会", "locatedIn", "临清市") in found


def test_a_research_station_is_an_organization():
    text = "东山研究站工会召开会员大会。会议由东山研究站党委副书记刘晓同志主持。"
    ex, _ = _extract(text)
    assert "东山研究站" in _names(ex, "Organization")
    assert "东山研究站" not in _names(ex, "Company")


def test_a_branch_after_its_owner_and_a_link_word_is_named_alone():
    text = (
        "8月7日是立秋时节。通化农行辖属柳河支行、辉南支行分别开展送清凉活动。柳河支行邀请环卫"
        "工人到驿站休息，辉南支行为快递小哥送去矿泉水。"
    )
    ex, _ = _extract(text)
    companies = _names(ex, "Company")
    assert {"柳河支行", "辉南支行"} <= companies
    assert not any("辖属" in name for name in companies)
    assert ("柳河支行", "locatedIn", "柳河县") in _edges(text)


def test_a_venue_after_the_preposition_jia_is_named_without_it():
    ex, _ = _extract("联欢会于今天上午假金海湾大酒楼举行，逾千名代表出席。")
    assert "金海湾大酒楼" in _names(ex, "Company")
    assert "假金海湾大酒楼" not in _names(ex, "Company")


def test_a_level_only_union_is_the_city_of_the_district_the_article_visits():
    text = (
        "10月30日，市总工会副主席韦立带队前往天涯区开展督导。韦立一行来到天涯区总工会交流。"
        "随后走访了广州明德物业有限公司海南分公司和儋州康乐养老服务有限公司三亚分公司。"
    )
    ex, _ = _extract(text)
    assert "三亚市总工会" in _names(ex, "Union")
    assert "广州市总工会" not in _names(ex, "Union")
    assert ("广州明德物业有限公司海南分公司", "locatedIn", "海南省") in _edges(text)


def test_a_campus_and_a_great_hall_are_places():
    ex, _ = _extract("本次培训班在紫金港校区顺利开班。代表们参加在北京人民大会堂举行的庆祝大会。")
    assert {"紫金港校区", "人民大会堂"} <= _names(ex, "Town")


def test_a_site_written_with_the_division_before_it_keeps_that_form():
    text = "最近，宁波鄞州万达广场新就业形态劳动者服务站揭牌。"
    ex, towns = _extract(text)
    assert "鄞州区" in _names(ex, "Town")
    assert "鄞州万达广场" in towns["万达广场"].aliases  # written with its division
    assert ("万达广场", "locatedIn", "鄞州区") in _edges(text)
    ex, towns = _extract("工会干部一行先后来到南京火车站南广场、中山路一建筑工地。")
    assert "南京火车站南广场" in towns["火车站南广场"].aliases


def test_a_shopping_mall_is_a_company_and_an_online_one_is_none():
    text = "省财贸金融工会推动济宁华联商城签订集体合同。职工可在网上商城兑换积分。"
    ex, _ = _extract(text)
    assert _names(ex, "Company") == {"济宁华联商城"}
    assert ("济宁华联商城", "locatedIn", "济宁市") in _edges(text)


def test_a_firms_business_hall_is_the_firm():
    text = "在中国移动云南有限公司大理分公司综合楼营业厅工会爱心驿站，职工可以休息。"
    ex, _ = _extract(text)
    assert _names(ex, "Company") == {"中国移动云南有限公司大理分公司"}
    ex, _ = _extract("服务站点设在中国电信丽水分公司龙泉城东营业厅。")
    assert _names(ex, "Company") == {"中国电信丽水分公司"}
    ex, _ = _extract("长沙联通星沙营业厅工会成立。")
    assert "长沙联通星沙营业厅" in _names(ex, "Company")  # no firm's suffix before the hall


def test_a_comprehensive_experimental_zone_is_a_place():
    text = "长乐综合实验区总工会党组成员王立出席。"
    ex, _ = _extract(text)
    assert "长乐综合实验区" in _names(ex, "Town")
    assert ("长乐综合实验区总工会", "locatedIn", "长乐综合实验区") in _edges(text)


def test_a_place_written_again_in_a_registered_firms_branch_stays_in_the_firms_name():
    text = "宁波康乐家政服务有限责任公司宁波分公司月嫂等进行了培训。"
    ex, _ = _extract(text)
    assert _names(ex, "Company") == {"宁波康乐家政服务有限责任公司宁波分公司"}
    assert ("宁波康乐家政服务有限责任公司宁波分公司", "locatedIn", "宁波市") in _edges(text)
    ex, _ = _extract("德清县国网德清县供电公司工会成立。")
    assert "国网德清县供电公司" in _names(ex, "Company")  # the place again inside the name


def test_a_trades_park_inside_a_named_zone_is_no_place_of_its_own():
    ex, _ = _extract("慰问组深入怀化经开区快递物流园工会驿站，为快递员送上慰问金。")
    assert "怀化经开区" in _names(ex, "Town")
    assert not any(name.endswith("物流园") for name in _names(ex, "Town"))
    text = "青禾经济开发区物流园区党工委书记出席。"
    ex, _ = _extract(text)
    assert _names(ex, "Town") == {"青禾经济开发区"}
    assert ("青禾经济开发区物流园区党工委", "locatedIn", "青禾经济开发区") in _edges(text)


def test_a_village_then_community_the_model_splits_is_one_community():
    text = "近日，迈皋桥街道化纤村社区工会为居民送温暖。青禾建设有限公司与化纤村社区签约。"
    ex, _ = _extract(text)
    assert "化纤村社区" in _names(ex, "Town")
    assert "化纤村" not in _names(ex, "Town")


def test_a_union_named_after_its_firm_then_the_branch_is_the_branchs_union():
    text = (
        "远帆银行宿州市分行召开工会换届大会，审议了《远帆银行工会宿州市分行委员会工作报告》，"
        "选举产生了远帆银行工会宿州市分行第三届工会委员会。"
    )
    ex, _ = _extract(text)
    assert "远帆银行工会宿州市分行委员会" in _names(ex, "Union")
    assert "远帆银行工会" not in _names(ex, "Union")
    assert not any("工会" in name for name in _names(ex, "Company"))


def test_a_county_the_gazetteer_lacks_after_its_province_in_a_name_is_a_place():
    text = "以理事长陈明为团长的台湾青禾县总工会考察团一行来湖州交流。"
    ex, _ = _extract(text)
    assert "青禾县" in _names(ex, "Town")
    found = _edges(text)
    assert ("台湾青禾县总工会", "locatedIn", "青禾县") in found
    assert ("青禾县", "locatedIn", "台湾省") in found
    ex, _ = _extract("广东省城市管理局召开会议。")
    assert _names(ex, "Town") == {"广东省"}

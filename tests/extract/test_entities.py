"""Entity recognition on sentences we wrote (invented organizations and people, real places)."""

from __future__ import annotations

import pytest

from .conftest import extracted as _extract
from .conftest import names as _names


def test_places_are_normalized_and_chained():
    ex, ents = _extract("温州乐清柳市镇总工会近日举办了职工技能比武。")
    assert {"温州市", "乐清市", "柳市镇"} <= _names(ex, "Town")
    assert ents["柳市镇"].attributes["admin_code"] == "330382"
    union = next(e for e in ex.entities if e.type == "Union")
    assert "温州市乐清市柳市镇总工会" in {union.name, *union.aliases}
    located = {
        (ex_rel.subject, ex_rel.object) for ex_rel in ex.relations if ex_rel.type == "locatedIn"
    }
    town_key = ents["柳市镇"].key
    assert (union.key, town_key) in located
    assert (town_key, ents["乐清市"].key) in located


def test_level_only_head_resolves_to_the_article_place():
    ex, _ = _extract("瑞安市召开职工代表大会。会上，市总工会主席林启明作了报告。")
    assert "瑞安市总工会" in _names(ex, "Union")
    assert "林启明" in _names(ex, "Official")


def test_a_level_only_head_in_a_papers_own_news_is_the_papers_place():
    # the article names another city more often, but 市总工会 in 衢州's paper is 衢州's
    text = "金华市总工会考察团到我市考察，金华市总工会与市总工会签署协议。"
    ex, _ = _extract(text, publisher="衢州日报")
    assert {"金华市总工会", "衢州市总工会"} <= _names(ex, "Union")
    assert "衢州市" in _names(ex, "Town")
    ex, _ = _extract(text, publisher="新华社")
    assert "衢州市总工会" not in _names(ex, "Union")


def test_unresolvable_level_head_is_not_an_entity():
    ex, _ = _extract("省总工会的同志参加了活动。")
    assert not _names(ex, "Union")


@pytest.mark.parametrize(
    ("text", "title", "relation"),
    [
        ("瑞安市总工会主席林启明出席。", "主席", "chairedBy"),
        ("瑞安市总工会党组书记、副主席周岚出席。", "党组书记、副主席", "holdsPosition"),
        # posts made by the grammar of unit heads (a unit character and 长), not listed
        ("瑞安市启衡超市有限公司店长周岚表示。", "店长", "holdsPosition"),
        ("瑞安市启衡机械有限公司工段长周岚表示。", "工段长", "holdsPosition"),
        ("瑞安市启衡机械有限公司总干事周岚表示。", "总干事", "holdsPosition"),
    ],
)
def test_posts_give_officials(text: str, title: str, relation: str):
    ex, _ = _extract(text)
    rels = [r for r in ex.relations if r.type == relation]
    assert rels and rels[0].title == title
    assert len(_names(ex, "Official")) == 1


def test_a_company_union_belongs_to_the_company():
    ex, ents = _extract("瑞安市启衡电器有限公司工会主席周岚表示，将继续服务职工。")
    company, union = ents["瑞安市启衡电器有限公司"], ents["瑞安市启衡电器有限公司工会"]
    assert company.type == "Company" and union.type == "Union"
    assert any(
        r.type == "subOrganizationOf" and r.subject == union.key and r.object == company.key
        for r in ex.relations
    )


def test_a_party_committee_of_a_company_is_not_an_entity():
    ex, _ = _extract("瑞安市启衡电器有限公司党委书记周岚主持会议。")
    assert not any(e.name.endswith("党委") for e in ex.entities)
    post = [r for r in ex.relations if r.type == "holdsPosition"]
    assert post and post[0].title == "党委书记"


def test_generic_mentions_are_not_entities():
    ex, _ = _extract("各企业工会主席和片区工会联合会的干部参加了培训。")
    assert not _names(ex, "Union")


def test_traditional_original_is_kept_as_an_alias():
    original = "瑞安市總工會主席林啟明出席。"
    _, ents = _extract("瑞安市总工会主席林启明出席。", original=original)
    assert "瑞安市總工會" in ents["瑞安市总工会"].aliases


def test_evidence_quotes_the_article():
    text = "瑞安市总工会主席林启明出席。"
    ex, _ = _extract(text)
    for rel in ex.relations:
        ev = rel.evidence
        assert 0 <= ev.start <= ev.end <= len(text)
        assert ev.sentence in text


def test_an_implied_place_names_the_union_and_is_a_town_even_when_never_written():
    # the annotation guide: 自治区总工会 in an article on a city is 广西壮族自治区总工会, and
    # 广西壮族自治区 is a Town located by the union even where the text never writes it
    ex, _ = _extract("锡山区召开大会。市总工会主席林启明出席。")
    assert "无锡市总工会" in _names(ex, "Union")
    assert "无锡市" in _names(ex, "Town")
    ex, _ = _extract("柳州市柳北区召开大会。自治区总工会主席林启明出席。")
    assert "广西壮族自治区总工会" in _names(ex, "Union")
    assert ("locatedIn", "广西壮族自治区总工会", "广西壮族自治区") in {
        (r.type, r.subject.name, r.object.name) for r in ex.relations
    }


def test_a_double_national_prefix_gives_the_short_form_as_alias():
    _, ents = _extract("中华全国铁路总工会近日发出通知。")
    assert "全国铁路总工会" in ents["中华全国铁路总工会"].aliases


def test_a_department_of_a_party_committee_is_an_organization():
    ex, _ = _extract("安徽省总工会联合省委宣传部、省交通运输厅举办活动。")
    assert "安徽省委宣传部" in _names(ex, "Organization")
    assert "安徽省委" not in _names(ex, "Organization")


def test_a_district_after_a_street_name_is_part_of_it():
    ex, _ = _extract("日前，启衡步行街北区联合工会成立仪式举行。")
    assert "启衡步行街北区" in _names(ex, "Town")
    assert not {"北区", "启衡步行街"} & _names(ex, "Town")


def test_a_city_short_form_before_a_district_starting_with_a_town_character():
    ex, _ = _extract("宁波镇海首家街区联合工会成立。")
    assert {"宁波市", "镇海区"} <= _names(ex, "Town")
    assert "宁波镇" not in _names(ex, "Town")


def test_a_count_before_a_name_speaks_of_a_kind_not_of_one_body():
    ex, _ = _extract("本次大会汇聚了嘉定区5家网约车租赁公司的会员代表。")
    assert not _names(ex, "Company")


def test_a_name_may_begin_with_its_owner():
    ex, _ = _extract("在西江村柏晓川家庭农场的仓库里，负责人柏晓川正在装箱。")
    # the village before the farm is where it lies, no part of its name (dev gold: 刁国东家庭农场)
    assert "柏晓川家庭农场" in _names(ex, "Company")


def test_a_role_before_a_credit_is_not_a_medium():
    ex, _ = _extract("本报讯 见习记者任杰 通讯员邱萌翘报道 近日，台州市总工会举行活动。")
    assert not _names(ex, "Organization")


def test_a_quoted_chat_group_is_not_a_union():
    ex, _ = _extract("在乐清市柳市镇，企业的工会干部纷纷通过“柳市工会”微信群与林启明取得联系。")
    assert not _names(ex, "Union")


def test_a_family_name_read_as_a_preposition_is_one_person():
    ex, _ = _extract("是货拉拉司机于贺锐的常态。为何选择当一名货车司机?于贺锐坦率地说道")
    assert _names(ex, "Person") == {"于贺锐"}


def test_a_family_name_read_as_a_word_in_a_list_of_names_is_part_of_the_name():
    ex, _ = _extract("关晓燕当选为常务副主席，白春雷、佟丽娜、那振宇当选为副主席。")
    assert _names(ex, "Official") == {"关晓燕", "白春雷", "佟丽娜", "那振宇"}


def test_a_brand_in_a_companys_name_is_no_person():
    ex, _ = _extract(
        "武汉楚途出行科技有限公司运营总监邵立恒当选为主席。楚途出行江岸站站长林启明说。"
    )
    assert _names(ex, "Official") | _names(ex, "Person") == {"邵立恒", "林启明"}


def test_a_county_the_model_reads_as_a_person_is_a_place_where_its_city_is_named():
    ex, _ = _extract("锦州启衡公司的团队远赴凌海封闭集中训练两个月。")
    assert "凌海市" in _names(ex, "Town")
    assert not _names(ex, "Person")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("启衡科技山东政府事务总监林启明出席。", set()),  # a title: 政府事务总监
        ("柳市镇工会干部参与美丽城镇创建等镇党委政府中心工作。", {"柳市镇工会", "柳市镇党委"}),
        (  # a copula ends the name
            "杭州启衡科技城总工会表示，促进启衡科技城企业抱团取暖也是工会的职责。",
            {"杭州启衡科技城总工会"},
        ),
    ],
)
def test_no_organization_runs_on_into_a_title_a_task_or_a_clause(text: str, kept: set[str]):
    ex, _ = _extract(text)
    assert _names(ex, "Organization") | _names(ex, "Union") == kept


def test_a_list_of_places_with_one_union_word_names_each_places_federation():
    text = "新疆维吾尔自治区总工会日前与北京、深圳、广东、湖南、山西等5省市工会签订了协议。"
    ex, ents = _extract(text)
    federations = {"北京市总工会", "深圳市总工会", "广东省总工会", "湖南省总工会", "山西省总工会"}
    assert _names(ex, "Union") == {"新疆维吾尔自治区总工会"} | federations
    assert "北京" not in ents["北京市总工会"].aliases  # the place's name is not the union's
    names = {e.key: e.name for e in ex.entities}
    partners = {frozenset((names[r.subject], names[r.object]))
                for r in ex.relations if r.type == "partneredWith"}  # fmt: skip
    assert frozenset(("新疆维吾尔自治区总工会", "湖南省总工会")) in partners


def test_a_list_of_places_counted_as_cities_names_each_citys_federation():
    ex, _ = _extract("读书联盟由丽水、衢州、台州3个城市总工会共同发起。")
    assert {"丽水市总工会", "衢州市总工会", "台州市总工会"} <= _names(ex, "Union")


def test_several_bodies_spoken_of_together_are_no_entity():
    ex, _ = _extract("惠州市、黔西南州两地工会自2021年5月签订框架合作协议以来，保持信息互通。")
    assert not any("两地" in name for name in _names(ex, "Union"))


def test_a_unions_national_committee_is_the_union():
    text = "活动由中国启衡建材工会全国委员会主办。中国启衡建材工会主席林启明出席活动。"
    ex, ents = _extract(text)
    assert _names(ex, "Union") == {"中国启衡建材工会全国委员会"}
    assert "中国启衡建材工会" in ents["中国启衡建材工会全国委员会"].aliases
    assert not _names(ex, "Organization")


def test_a_name_the_model_cut_after_its_family_name_is_whole_after_a_post():
    text = "临沂市召开大会。市总工会党组书记、常务副主席尚江华,市总工会主席刘淑秀出席。"
    ex, _ = _extract(text)
    assert "尚江华" in _names(ex, "Official")
    assert "江华" not in _names(ex, "Person") | _names(ex, "Official")


def test_a_zone_named_by_its_rank_keeps_its_city_and_holds_the_park_inside():
    ex, ents = _extract("宁波国家高新区创业园联合工会主席林启明到会祝贺。")
    assert {"宁波国家高新区", "宁波国家高新区创业园"} <= _names(ex, "Town")
    located = {(r.subject, r.object) for r in ex.relations if r.type == "locatedIn"}
    park, zone = ents["宁波国家高新区创业园"].key, ents["宁波国家高新区"].key
    assert (park, zone) in located
    assert (ents["宁波国家高新区创业园联合工会"].key, park) in located


def test_a_gazetteer_zone_keeps_the_place_written_before_it():
    _, ents = _extract("发布开发区:江苏赣榆经济开发区 11月24日上午，工会成立。")
    assert "赣榆经济开发区" in ents["江苏赣榆经济开发区"].aliases


def test_a_companys_union_written_without_its_name():
    text = "启衡电器有限公司总经理林启明在致辞时表示，公司工会成立于2012年。"
    ex, ents = _extract(text)
    assert "启衡电器有限公司工会" in _names(ex, "Union")
    union, company = ents["启衡电器有限公司工会"].key, ents["启衡电器有限公司"].key
    assert any(
        r.type == "subOrganizationOf" and (r.subject, r.object) == (union, company)
        for r in ex.relations
    )
    ex, _ = _extract("启衡电器有限公司召开大会，各公司工会主席出席。")
    assert not _names(ex, "Union")


def test_a_union_names_the_company_it_belongs_to_without_a_suffix():
    text = "中建西部建设工会协办活动。中建西部建设党委副书记、总经理白建军出席。"
    ex, ents = _extract(text)
    assert "中建西部建设" in _names(ex, "Company")
    company = ents["中建西部建设"].key
    assert len(ents["中建西部建设"].mentions) == 2
    assert any(r.type == "holdsPosition" and r.object == company for r in ex.relations)
    ex, _ = _extract("瑞安市货运司机工会成立。")  # a trade, not a company
    assert not _names(ex, "Company")


def test_a_branch_named_by_its_place_only_is_the_articles_branch_or_nothing():
    text = "大会由启衡纤维集团保定分公司党委书记王长峰主持。大会在保定分公司展示中心召开。"
    ex, ents = _extract(text)
    assert _names(ex, "Company") == {"启衡纤维集团保定分公司"}
    assert len(ents["启衡纤维集团保定分公司"].mentions) == 2
    ex, _ = _extract("杭州分行资金结算部等单位参加活动。")
    assert not _names(ex, "Company")


def test_a_bank_in_its_branchs_name_is_no_entity_of_its_own():
    ex, _ = _extract("竞赛在启衡银行重庆市分行圆满落幕。辽宁省银行业协会举办比赛。")
    assert _names(ex, "Company") == {"启衡银行重庆市分行"}
    assert "辽宁省银行业协会" in _names(ex, "Organization")


def test_a_named_body_after_a_list_joint_stands_on_its_own():
    ex, _ = _extract("泉州台商投资区引进人才、颐和医院筹备处主任邱俊杰当选为工会联合会主席。")
    assert "颐和医院" in _names(ex, "Organization")
    ex, _ = _extract("参加签约仪式的还有隆昌市教体局、人社局、经信局相关负责人。")
    assert {"隆昌市教体局", "隆昌市人社局", "隆昌市经信局"} <= _names(ex, "Organization")


def test_a_groups_union_and_its_companys_union_stay_two():
    text = (
        "启衡纤维集团有限公司工会成立。启衡集团党群工作部经理李书华宣读了启衡集团工会的"
        "批复文件，启衡纤维集团有限公司总经理林启明致辞。"
    )
    ex, _ = _extract(text)
    assert {"启衡集团工会", "启衡纤维集团有限公司工会"} <= _names(ex, "Union")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("瑞安市红十字会与瑞安市总工会签订合作协议。", {"瑞安市红十字会"}),
        ("柳市镇人民法院民警走进企业开展普法宣传。", {"柳市镇人民法院"}),
    ],
)
def test_more_kinds_of_bodies(text: str, expected: set[str]):
    ex, _ = _extract(text)
    assert expected <= _names(ex, "Organization")


def test_a_line_of_business_of_a_place_is_no_company():
    ex, _ = _extract("林启明等32名外卖骑手加入了瑞安市外卖配送行业工会。")
    assert not _names(ex, "Company")


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # a joint verb the model reads as part of the name is no part of it
        ("渝北区召开会议。区总工会还将联合区人社局、区住建委开展活动。", "Organization",
         {"渝北区人社局", "渝北区住建委"}),
        # 局 in 副局长 is a post, not the end of a name
        ("呈贡区卫生健康局副局长周海燕出席。", "Organization", {"呈贡区卫生健康局"}),
        # 农村 in 农业农村局 is a word, no village
        ("寿光市农业农村局副局长林启明出席。", "Town", {"寿光市"}),
        # a kind of place is not one
        ("这里是重要的工业基地，产业园区内企业众多。", "Town", set()),
        ("铁西区召开大会，区政协副主席卢志刚出席。", "Organization", {"铁西区政协"}),
        # a kind of body before a placed name is no part of it
        ("大厦物业企业陕西云谷物业服务有限公司牵头成立工会。", "Company",
         {"陕西云谷物业服务有限公司"}),
        ("会员单位温州启衡电器有限公司参加。", "Company", {"温州启衡电器有限公司"}),
        # a works (厂) is a company; 厂房 and 厂区 are buildings, not names
        ("仁怀市岩泉酿造厂车间主任林启明当选副主席。", "Company", {"仁怀市岩泉酿造厂"}),
        ("启衡新城标准厂房一期工程开工，厂区内将建职工之家。", "Company", set()),
    ],
)  # fmt: skip
def test_name_boundaries_and_kinds(text: str, kind: str, expected: set[str]):
    ex, _ = _extract(text)
    assert _names(ex, kind) == expected


def test_a_brand_quoted_after_its_kind_of_business_is_a_company():
    text = "柳南区总工会与电商直播平台“粉丝购”签署战略合作协议，企业“工会群”同步建立。"
    ex, _ = _extract(text)
    assert _names(ex, "Company") == {"粉丝购"}


@pytest.mark.parametrize(
    ("text", "companies"),
    [
        (  # the short form keeps the core of the name and 公司: the same company (the town before
            # a firm says where it is, no part of its name)
            "广州远帆供应链管理有限公司与太平镇荔香果蔬专业合作社签订采购协议。"
            "远帆公司董事长林启明出席签约仪式。",
            {"广州远帆供应链管理有限公司", "荔香果蔬专业合作社"},
        ),
        (  # a group and its branch are two companies
            "启衡纤维集团有限公司保定分公司工会成立。启衡纤维公司总经理林启明讲话。",
            {"启衡纤维集团有限公司保定分公司", "启衡纤维公司"},
        ),
    ],
)
def test_a_companys_short_form_is_that_company(text: str, companies: set[str]):
    ex, _ = _extract(text)
    assert _names(ex, "Company") == companies

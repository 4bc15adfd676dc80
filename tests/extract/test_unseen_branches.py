"""Firms, their branches and their unions in news unlike the dev articles (set V7): sentences we
wrote (invented organizations and people, real places)."""

from __future__ import annotations

from .conftest import edges, extracted, names


def test_a_title_after_the_attribute_of_an_election_is_the_names_post():
    # 新当选的工会主席甲: the attribute between no body and the title hides neither
    found = edges(
        "青禾大酒店有限公司举行工会成立大会。新当选的工会主席林启明表示，一定做好工会工作。"
    )
    assert ("青禾大酒店有限公司工会", "chairedBy", "林启明") in found


def test_a_title_after_a_unions_name_and_the_attribute_of_an_election_is_a_post_there():
    found = edges("“服务好会员。”青禾街道联合工会委员会新当选的主席林启明说。")
    assert ("青禾街道联合工会委员会", "chairedBy", "林启明") in found


def test_a_places_dateline_run_into_a_name_is_no_part_of_it_nor_a_medium():
    # 某城讯: the place the news was filed from, before the firm's union the model ran into it
    text = "青禾供电公司工会开展活动\n\n杭州讯青禾供电公司工会积极响应号召，组织开展了现场活动。"
    ex, by_name = extracted(text)
    assert "青禾供电公司工会" in names(ex, "Union")
    assert not [n for n in by_name if n.startswith(("杭州讯", "杭州市讯"))]
    assert "杭州" not in names(ex, "Organization")


def test_a_dated_dateline_before_a_name_is_no_part_of_it():
    ex, by_name = extracted(
        "青禾供电公司工会开展活动\n\n宁波5月1日讯 青禾供电公司工会积极响应号召。"
    )
    assert "青禾供电公司工会" in names(ex, "Union")
    assert not [n for n in by_name if "讯" in n]


def test_a_union_named_after_a_firms_short_form_is_the_firms_one_union():
    # the firm elects its union's chair; the union is written later after the firm's short form
    text = (
        "浙江青禾纺织有限公司于10月13日召开职工大会，选举产生了第一届工会委员会。"
        "选举林启明为公司第一届工会主席。县总工会主席赵明到会祝贺青禾纺织公司工会成立。"
    )
    ex, by_name = extracted(text)
    assert len(names(ex, "Union") - {"县总工会"}) == 1
    assert "浙江青禾纺织有限公司工会" in by_name["青禾纺织公司工会"].aliases
    assert ("青禾纺织公司工会", "chairedBy", "林启明") in edges(text)


def test_a_bodys_union_work_committee_belongs_to_the_body():
    # 工会工作委员会: the union of a government department, like its 工会
    found = edges("仪式上，青田县商务局工会工作委员会副主任孔明宣读了批复文件。")
    assert ("青田县商务局工会工作委员会", "subOrganizationOf", "青田县商务局") in found


def test_levels_listed_after_a_joint_each_name_their_levels_federation():
    # 全国总工会和省、市总工会: 省 after 和 opens the list of levels, as after a comma
    text = "丽水市青田县举行授牌仪式。这是贯彻落实中华全国总工会和省、市总工会要求的具体行动。"
    ex, _ = extracted(text)
    assert {"浙江省总工会", "丽水市总工会"} <= names(ex, "Union")


def test_a_unions_organ_read_with_its_name_as_one_word_is_a_post_in_the_union():
    # the model reads 国家…公司工会女工委 as one word: the union ends before its organ, and a
    # name opening with 国家 that ends in an organ is no national bureau
    text = "8月11日，国家能源公司工会女工委主任林启明一行带着青禾公司党委重托来到基层。"
    ex, _ = extracted(text)
    assert not [n for n in names(ex, "Organization") if n.endswith("女工委")]
    assert ("林启明", "holdsPosition", "国家能源公司工会") in edges(text)


def test_a_branchs_union_named_by_its_place_alone_belongs_to_the_branch_named_in_full():
    # only the branch is named in full; its union is written with the branch's place alone
    text = "青禾银行温州分行召开工会委员会选举大会。会上，温州分行工会委员会主席林启明作报告。"
    _, by_name = extracted(text)
    assert ("温州分行工会委员会", "subOrganizationOf", "青禾银行温州分行") in edges(text)
    assert "青禾银行温州分行工会" in by_name["温州分行工会委员会"].aliases


def test_a_list_of_brands_closed_by_a_count_and_a_clause_of_the_kind_lists_companies():
    # 等12家在某地开展业务的快递企业: a clause of 的 between the count and the kind of business
    text = "经总工会引导，青鸟速递、飞鸿快运、云驰快递等12家在青田开展业务的快递企业组建了工会。"
    ex, _ = extracted(text)
    assert {"飞鸿快运", "云驰快递"} <= names(ex, "Company")


def test_a_branchs_head_office_is_the_parent_its_branch_is_named_under():
    # 总行 in an article about 青禾银行温州分行: 青禾银行, and 总行工会 its union
    text = "青禾银行温州分行召开工会换届大会。会议最后，由总行工会副主席林启明同志发表讲话。"
    ex, _ = extracted(text)
    assert "青禾银行" in names(ex, "Company")
    found = edges(text)
    assert ("林启明", "holdsPosition", "青禾银行工会") in found
    assert ("青禾银行工会", "subOrganizationOf", "青禾银行") in found


def test_a_head_office_word_cut_by_the_model_names_no_parent():
    ex, _ = extracted("青禾银行温州分行组织职工徒步，全程总行程约三十公里。")
    assert "青禾银行" not in names(ex, "Company")


def test_a_firm_that_elects_its_unions_first_committee_founded_the_union():
    found = edges("青禾纺织有限公司于10月13日上午召开职工大会，选举产生了第一届工会委员会。")
    assert ("青禾纺织有限公司", "founded", "青禾纺织有限公司工会") in found


def test_a_firm_that_convenes_its_unions_first_assembly_founded_the_union():
    found = edges("青禾投资发展有限公司召开首届工会会员大会。")
    assert ("青禾投资发展有限公司", "founded", "青禾投资发展有限公司工会") in found


def test_a_chair_of_a_term_before_is_the_chair_of_the_one_union():
    # 上一届工会主席甲: the term opens the title; 工会 is still the article's one union
    text = "青禾银行温州分行召开第二届工会委员会选举大会。首先由上一届工会主席林启明同志做了总结。"
    assert ("青禾银行温州分行工会", "chairedBy", "林启明") in edges(text)


def test_a_bare_company_title_in_one_companys_news_is_a_post_in_that_company():
    text = (
        "青禾重工集团有限公司集体合同签字仪式举行\n\n签字仪式举行，董事长、总经理林启明，"
        "工会主席赵明分别代表公司行政和员工在文本上签字。"
    )
    found = edges(text)
    assert ("青禾重工集团有限公司", "chairedBy", "林启明") in found
    assert ("青禾重工集团有限公司工会", "chairedBy", "赵明") in found


def test_a_companys_collective_contract_signed_is_an_agreement_with_its_union():
    text = "7月14日，“青禾重工集团有限公司集体合同”签字仪式举行，双方代表在文本上签字。"
    assert ("青禾重工集团有限公司", "partneredWith", "青禾重工集团有限公司工会") in edges(text)


def test_the_matter_of_founding_a_union_talked_over_founds_nothing_yet():
    # 沟通了成立某工会事宜: the founding is a matter discussed, not done
    text = "会议当天，青禾市总工会与远帆集团总部沟通了成立青禾远帆出行联合工会事宜，双方达成共识。"
    assert not [e for e in edges(text) if e[1] == "founded"]


def test_a_two_character_brand_before_trade_words_names_a_firm():
    # 华通快递集团: a brand of two characters (one generic) and a trade word make a name
    text = "华通快递集团工会联合会成立。华通将持续做好职工权益保障工作。"
    ex, by_name = extracted(text)
    assert "华通快递集团" in names(ex, "Company")
    assert "华通" in by_name["华通快递集团"].aliases
    assert ("华通快递集团工会联合会", "subOrganizationOf", "华通快递集团") in edges(text)


def test_a_union_work_committee_by_its_short_form_is_a_union_of_its_body():
    # 工会工委: 工会工作委员会 in short, a union like it, not a committee of another kind
    text = "仪式上，青田县商务局工会工委副主任孔明宣读了批复文件。"
    ex, _ = extracted(text)
    assert "青田县商务局工会工委" in names(ex, "Union")
    assert ("青田县商务局工会工委", "subOrganizationOf", "青田县商务局") in edges(text)

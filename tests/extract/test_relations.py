"""Relation patterns, post grammar and founding dates on sentences we wrote.

Every name here is invented for these tests (no organization or person of any corpus). The
pattern tests run the rules of ``rules/relations.json`` over sentence templates, where entity
mentions are already placeholders (〔O0〕 an organization, 〔P1〕 a person, 〔T2〕 a place), so
they test the rules and not the entity recogniser; a few tests run whole articles.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from unionkg.extract.collect import Collector, Template
from unionkg.extract.dates import founding_date
from unionkg.extract.extractor import extract_article
from unionkg.extract.founding import links_from_article
from unionkg.extract.lexicon import default_lexicon
from unionkg.extract.patterns import pattern_links
from unionkg.model import Article, EntityKey, ExtractedEntity, Mention

# slot -> (type, name) for the templates below
ENTITIES = {
    "O0": ("Union", "青禾县总工会"),
    "O1": ("Union", "青禾县物流行业工会联合会"),
    "O2": ("Company", "青禾县远帆物流有限公司"),
    "O3": ("Organization", "青禾县交通运输局"),
    "O4": ("Union", "青禾县远帆物流有限公司工会"),
    "O5": ("Company", "青禾县白鹭农业合作社"),
    "O6": ("Union", "青禾县城南街道总工会"),
    "P7": ("Official", "柯明远"),
    "P8": ("Person", "童雨桐"),
    "T9": ("Town", "青禾县"),
    "T10": ("Town", "城南街道"),
}


def _run(template: str, published: str | None = "2022-06-15") -> set[tuple[str, str, str]]:
    ents = {}
    slots = {}
    for slot, (etype, name) in ENTITIES.items():
        key = EntityKey(etype, name)  # type: ignore[arg-type]
        ent = ExtractedEntity(key=key, type=etype, name=name)  # type: ignore[arg-type]
        ent.mentions.append(Mention(name, 0, 1, "test"))
        ents[key] = ent
        slots[slot] = key
    table = SimpleNamespace(entities=ents, text=template, lex=default_lexicon())
    article = Article(id="t", text=template, published=published)
    out = Collector(article, table)  # type: ignore[arg-type]
    tpl = Template(template, slots, 0, len(template))
    pattern_links(out, tpl)
    links_from_article(out, [tpl])
    return {_ordered(r.type, ents[r.subject].name, ents[r.object].name) for r in out.relations}


def _ordered(rtype: str, a: str, b: str) -> tuple[str, str, str]:
    """``partneredWith`` is symmetric: compare its ends in name order."""
    if rtype == "partneredWith" and b < a:
        a, b = b, a
    return (rtype, a, b)


def _edge(rtype: str, s: str, o: str) -> tuple[str, str, str]:
    return _ordered(rtype, ENTITIES[s][1], ENTITIES[o][1])


FOUND = [
    # partneredWith
    ("〔O0〕与〔O2〕签订了职工服务合作协议。", "partneredWith", "O0", "O2"),
    ("〔O0〕、〔O3〕联合举办快递员技能比武。", "partneredWith", "O0", "O3"),
    ("活动由〔O0〕、〔O3〕和〔O5〕共同主办。", "partneredWith", "O0", "O5"),
    ("活动由〔O0〕主办,〔O4〕、〔O5〕承办。", "partneredWith", "O0", "O5"),
    ("〔O0〕携手〔O2〕开展送清凉活动。", "partneredWith", "O0", "O2"),
    ("〔O0〕将与〔O3〕建立联席会议制度。", "partneredWith", "O0", "O3"),
    ("〔O6〕联合〔O3〕、〔O5〕举办招聘会。", "partneredWith", "O6", "O5"),
    ("〔O0〕、〔O6〕上下联动,携手〔O2〕共同举办文艺汇演。", "partneredWith", "O0", "O2"),
    ("目前已结成两对帮扶对子,分别是〔O4〕与〔O5〕,〔O6〕与〔O3〕。", "partneredWith", "O4", "O5"),
    ("目前已结成两对帮扶对子,分别是〔O4〕与〔O5〕,〔O6〕与〔O3〕。", "partneredWith", "O6", "O3"),
    ("〔O4〕从〔O5〕采购了一批农产品。", "partneredWith", "O4", "O5"),
    ("〔O0〕组织〔O2〕、〔O3〕等单位开展义诊活动。", "partneredWith", "O0", "O3"),
    # members of the list the recogniser did not name do not break it
    (
        "〔O0〕组织〔O2〕、〔O3〕、同心单位、〔T9〕分行结算部等多家单位开展活动。",
        "partneredWith",
        "O0",
        "O3",
    ),
    # a list opening the sentence signs, each of it, with the party after 与
    ("〔O2〕、〔O5〕作为首批试点企业，与〔O3〕签订了服务协议。", "partneredWith", "O5", "O3"),
    # founded (and, between unions, subOrganizationOf)
    ("〔O0〕牵头组建了〔O1〕。", "founded", "O0", "O1"),
    ("〔O0〕牵头组建了〔O1〕。", "subOrganizationOf", "O1", "O0"),
    ("由〔O0〕指导成立的〔O1〕正式挂牌。", "founded", "O0", "O1"),
    ("在〔O0〕的指导下,〔O1〕于6月10日正式成立。", "founded", "O0", "O1"),
    ("在〔O0〕的指导下,〔O2〕组建了〔O4〕。", "founded", "O2", "O4"),
    ("〔O0〕副主席〔P7〕为〔O1〕揭牌。", "founded", "O0", "O1"),
    ("〔O0〕批复同意成立〔O1〕。", "founded", "O0", "O1"),
    # the founding reported in one sentence, the founding work in the same article
    ("〔O1〕成立大会召开,〔O0〕积极推进建会入会工作。", "founded", "O0", "O1"),
    # memberOf
    ("〔P8〕正式成为〔O1〕会员。", "memberOf", "P8", "O1"),
    ("〔O1〕成立大会召开,会议推举〔O2〕为主席单位。", "memberOf", "O2", "O1"),
    # subOrganizationOf
    ("〔O0〕、〔O6〕两级联动,为快递小哥送上关爱。", "subOrganizationOf", "O6", "O0"),
    ("〔O4〕是〔O0〕的基层工会。", "subOrganizationOf", "O4", "O0"),
    ("〔O1〕隶属于〔O0〕。", "subOrganizationOf", "O1", "O0"),
    ("〔O6〕下属的〔O1〕近日换届。", "subOrganizationOf", "O1", "O6"),
    # memberOf: companies joining a union
    ("〔O2〕、〔O5〕等企业加入了〔O1〕,成为团体会员。", "memberOf", "O5", "O1"),
    ("〔O2〕、某某鞋业、〔O5〕、某某体育等86家企业已加入〔O1〕。", "memberOf", "O5", "O1"),
    # phrasings of unseen news (issue 13): a date before the verb, signers named by their heads,
    # each of a list signing with one party, a leading list of signers, passive foundings
    ("〔O0〕于11月22日上午联合〔O3〕开展义诊。", "partneredWith", "O0", "O3"),
    ("〔O0〕主席〔P7〕与〔O2〕董事长〔P8〕代表双方签订合作协议。", "partneredWith", "O0", "O2"),
    ("会上,〔O0〕、〔O6〕分别与〔O2〕签订帮扶协议。", "partneredWith", "O6", "O2"),
    ("〔O0〕、〔O3〕与〔O2〕签订三方合作协议。", "partneredWith", "O0", "O2"),
    ("〔O0〕、〔O3〕与〔O2〕签订三方合作协议。", "partneredWith", "O0", "O3"),
    ("〔O5〕正式入驻〔O0〕职工服务平台。", "partneredWith", "O5", "O0"),
    ("〔O1〕由〔O0〕牵头组建,现有会员300余人。", "founded", "O0", "O1"),
    ("〔O1〕是〔O0〕牵头成立的。", "founded", "O0", "O1"),
    ("〔O1〕正式揭牌成立,〔O0〕主席〔P7〕为其揭牌。", "founded", "O0", "O1"),
    ("〔O2〕与〔O3〕共同成立了〔O1〕。", "founded", "O2", "O1"),
    ("经〔O3〕批准,〔O1〕正式成立。", "founded", "O3", "O1"),
    ("〔O2〕被吸纳为〔O1〕会员单位。", "memberOf", "O2", "O1"),
    ("〔O1〕首批会员单位包括〔O2〕、〔O5〕等20家企业。", "memberOf", "O5", "O1"),
    ("〔O0〕下辖〔O4〕、〔O6〕等56个基层工会。", "subOrganizationOf", "O6", "O0"),
    # a union that joins a federation is its member union, not a member
    ("〔O4〕、〔O6〕等12家基层工会加入〔O1〕。", "subOrganizationOf", "O4", "O1"),
    # locatedIn
    ("〔O5〕位于〔T9〕东部。", "locatedIn", "O5", "T9"),
    # a chain of places: the most specific, written last
    ("〔O5〕位于〔T9〕〔T10〕，是一所二级医院。", "locatedIn", "O5", "T10"),
]


@pytest.mark.parametrize(("template", "rtype", "s", "o"), FOUND)
def test_pattern_finds(template: str, rtype: str, s: str, o: str) -> None:
    assert _edge(rtype, s, o) in _run(template)


NOT_FOUND = [
    # attending or speaking at the founding meeting is not founding it
    ("〔O3〕出席了〔O1〕成立大会。", "founded", "O3", "O1"),
    ("〔O1〕成立大会在〔O2〕举行。", "founded", "O1", "O2"),
    # supporters are not founders
    ("〔O2〕在〔O3〕的支持下,进行了试点。", "founded", "O3", "O2"),
    # two pairs are two pairs: the second pair is not the first one's partner
    ("〔O6〕与〔O2〕、〔O4〕与〔O5〕结对共建。", "partneredWith", "O6", "O5"),
    # among several joint hosts only the first is linked to the others
    ("活动由〔O0〕、〔O3〕和〔O5〕共同主办。", "partneredWith", "O3", "O5"),
    ("〔O5〕位于〔T9〕〔T10〕，是一所二级医院。", "locatedIn", "O5", "T9"),
    # a place where something happens is no party to it
    ("〔O1〕在〔O2〕成立。", "partneredWith", "O1", "O2"),
    # rules firing where they should not (issue 13, category 14)
    ("〔O0〕主席〔P7〕致辞欢迎快递小哥加入〔O1〕。", "memberOf", "P7", "O1"),
    ("〔O0〕主席〔P7〕为集中入会的快递小哥发放会员证。", "memberOf", "P7", "O1"),
    ("〔O2〕200余名职工现场扫码入会。", "memberOf", "O2", "O1"),
    ("〔O0〕与〔O2〕座谈交流,探讨合作。", "partneredWith", "O0", "O2"),
    ("〔O0〕与〔O2〕洽谈合作事宜。", "partneredWith", "O0", "O2"),
    ("〔O0〕、〔O3〕与〔O2〕签订三方合作协议。", "partneredWith", "O3", "O2"),
    ("〔O0〕、〔O6〕与〔O2〕、〔O5〕分别签订帮扶协议。", "partneredWith", "O6", "O2"),
    ("〔O0〕、〔O6〕与〔O2〕、〔O5〕分别签订帮扶协议。", "partneredWith", "O0", "O5"),
    ("〔O0〕携手〔O3〕,〔O2〕职工代表参加活动。", "partneredWith", "O0", "O2"),
    ("〔O0〕组织〔O2〕等企业职工参加技能培训。", "partneredWith", "O0", "O2"),
    ("活动由〔O0〕主办,〔O4〕组织职工参加。", "partneredWith", "O0", "O4"),
    ("〔O2〕在〔O0〕帮助下成立了工会。", "founded", "O0", "O2"),
    # the body where a thing is set up is not its founder
    ("〔O0〕在〔O2〕成立了〔O1〕。", "founded", "O2", "O1"),
]


@pytest.mark.parametrize(("template", "rtype", "s", "o"), NOT_FOUND)
def test_pattern_does_not_find(template: str, rtype: str, s: str, o: str) -> None:
    assert _edge(rtype, s, o) not in _run(template)


def test_founding_date_is_resolved_against_publication() -> None:
    assert _run("6月10日,〔O1〕正式成立,〔O0〕积极推进建会工作。", "2022-06-15")
    table_dates = founding_date("6月10日,某某工会联合会正式成立", "2022-06-15")
    assert table_dates == "2022-06-10"


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("2021年8月2日,某某工会成立", None, "2021-08-02"),
        ("11月7日上午,某某联盟成立", "2023-11-13", "2023-11-07"),
        ("12月30日,某某工会成立", "2024-01-04", "2023-12-30"),
        ("日前,某某工会成立", "2021-08-05", "2021-08"),
        ("近日,某某联合工会揭牌", "2019-03-02", "2019-03"),
        ("今天,某某工会成立", "2021-08-05", "2021-08-05"),
        ("公司工会成立于2012年", None, "2012"),
        ("7月以来,某某工会积极筹建", "2021-10-20", None),
        ("某某工会成立", None, None),
    ],
)
def test_founding_date(sentence: str, published: str | None, expected: str | None) -> None:
    assert founding_date(sentence, published) == expected


def _posts(text: str) -> set[tuple[str, str, str, str]]:
    ex = extract_article(Article(id="t", text=text, published="2022-06-15"))
    names = {e.key: e.name for e in ex.entities}
    return {(r.type, names[r.subject], names[r.object], r.title or "")
            for r in ex.relations if r.type in {"chairedBy", "holdsPosition"}}  # fmt: skip


def test_a_name_written_again_is_a_mention_where_the_model_splits_it_otherwise() -> None:
    # the model reads the second 长葛康和医院 as 长葛康|和|医院: the name is still that body's
    found = _posts(
        "大周镇总工会与长葛康和医院签订合作协议。长葛市委组织部副部长、市总工会主席冯立群，"
        "大周镇党委书记姜海涛，长葛康和医院院长、党支部书记莫志远出席签约仪式。"
    )
    assert ("holdsPosition", "莫志远", "长葛康和医院", "院长、党支部书记") in found
    assert not any(holder == "莫志远" and body == "大周镇党委" for _, holder, body, _ in found)


def test_vice_chair_is_not_chair() -> None:
    found = _posts("宁波市江北区总工会副主席王明出席活动。")
    assert not any(t == "chairedBy" for t, *_ in found)
    assert any(t == "holdsPosition" and title == "副主席" for t, _, _, title in found)


def test_chair_title_is_chaired_by() -> None:
    found = _posts("宁波市江北区总工会主席王明出席活动。")
    assert any(t == "chairedBy" and o == "王明" and title == "主席" for t, _, o, title in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # two names joined by 和 elected together
            "会上，周岚当选为启衡集团工会主席，陈晓和王芳当选为副主席。",
            {("holdsPosition", "陈晓", "启衡集团工会", "副主席"),
             ("holdsPosition", "王芳", "启衡集团工会", "副主席")},
        ),
        (  # the appointing verb reaches past a comma: 选举甲为…主席，乙、丙为副主席
            "大会选举林启明为鹿城区快递行业工会联合会主席，王文静、赵一鸣为副主席。",
            {("holdsPosition", "王文静", "鹿城区快递行业工会联合会", "副主席")},
        ),
        (  # the post first, its holder after 由
            "鹿城区快递行业工会联合会第一届委员会主席由林启明担任。",
            {("chairedBy", "鹿城区快递行业工会联合会", "林启明", "委员会主席")},
        ),
    ],
)  # fmt: skip
def test_posts_in_varied_phrasings(text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert expected <= _posts(text)


def test_a_bare_title_after_a_listed_holder_is_in_the_same_body() -> None:
    found = _posts("青禾县鞋业商会会长林启明、秘书长童雨桐，青禾县总工会副主席柯明远出席会议。")
    assert ("holdsPosition", "童雨桐", "青禾县鞋业商会", "秘书长") in found
    # a title naming a body of its own (教体局局长) is not a post of the body listed before
    found = _posts("青禾县总工会副主席柯明远、县委常委林启明、教体局局长童雨桐为企业授牌。")
    assert not any(holder == "童雨桐" for _, holder, _, _ in found)


@pytest.mark.parametrize(
    ("text", "partnered"),
    [
        ("启衡仁泽医院工会成立。会上，城南镇总工会与医院签订协议。", True),
        ("启衡仁泽医院工会成立。会上，城南镇总工会与该医院签订协议。", True),
        # any hospital (各医院) or a name the model missed (某某医院) is not the article's one
        ("启衡仁泽医院工会成立。会上，城南镇总工会与各医院签订协议。", False),
        ("启衡仁泽医院工会成立。会上，城南镇总工会与人民医院签订协议。", False),
    ],
)
def test_a_kind_of_body_written_alone_is_the_articles_one_body_of_that_kind(
    text: str, partnered: bool
) -> None:
    ex = extract_article(Article(id="t", text=text))
    names = {e.key: e.name for e in ex.entities}
    pairs = {frozenset((names[r.subject], names[r.object]))
             for r in ex.relations if r.type == "partneredWith"}  # fmt: skip
    assert (frozenset(("启衡仁泽医院", "城南镇总工会")) in pairs) is partnered


def test_the_body_a_federation_did_the_founding_work_with_founded_it_too() -> None:
    ex = extract_article(Article(id="t", text=(
        "晋江市城南镇鞋服行业工会联合会成立大会召开。为此，城南镇总工会联合城南镇鞋业商会，"
        "用半年时间走访企业，组建了这一行业工会联合会。"
    )))  # fmt: skip
    names = {e.key: e.name for e in ex.entities}
    edges = {(r.type, names[r.subject], names[r.object]) for r in ex.relations}
    new = "晋江市城南镇鞋服行业工会联合会"
    assert {("founded", "城南镇总工会", new), ("founded", "城南镇鞋业商会", new)} <= edges
    # the chamber is not a union: the new federation is not part of it
    assert ("subOrganizationOf", new, "城南镇鞋业商会") not in edges


def test_a_company_written_by_its_core_alone_is_that_company() -> None:
    ex = extract_article(Article(id="t", text=(
        "福建远帆鞋业有限公司董事长林启明出席。会上，远帆鞋业与城南镇总工会签订了合作协议。"
    )))  # fmt: skip
    names = {e.key: e.name for e in ex.entities}
    assert {(names[r.subject], names[r.object]) for r in ex.relations
            if r.type == "partneredWith"} == {("福建远帆鞋业有限公司", "城南镇总工会")}  # fmt: skip


def test_organ_posts_listed_after_one_in_a_body_are_in_that_body() -> None:
    found = _posts(
        "启衡仁泽医院工会成立。医院党委副书记段明华当选为工会主席，护理部主任杨丽琼、"
        "后勤保障部主任张建林当选为工会副主席，财务科科长李雯当选为经审会主任。"
    )
    for holder, title in (("张建林", "后勤保障部主任"), ("李雯", "财务科科长")):
        assert ("holdsPosition", holder, "启衡仁泽医院", title) in found


@pytest.mark.parametrize(
    "text",
    [
        "青禾县远帆物流有限公司工会成立。该公司工会主席、人力资源总监童雨桐介绍了情况。",
        "青禾县远帆物流有限公司工会主席、副总经理童雨桐介绍了情况。",
    ],
)
def test_a_company_title_after_its_unions_title_is_the_companys(text: str) -> None:
    found = _posts(text)
    assert ("chairedBy", "青禾县远帆物流有限公司工会", "童雨桐", "主席") in found
    companys = {title for _, holder, body, title in found
                if holder == "童雨桐" and body == "青禾县远帆物流有限公司"}  # fmt: skip
    assert companys and all("经理" in t or "总监" in t for t in companys)


def test_a_kind_of_body_after_a_listed_holder_is_the_articles_body_of_that_kind() -> None:
    found = _posts(
        "青禾县白鹭农业合作社与城南镇总工会签约。"
        "城南镇总工会主席林启明、合作社理事长童雨桐出席签约仪式。"
    )
    assert ("chairedBy", "青禾县白鹭农业合作社", "童雨桐", "理事长") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # each elected name carries a post of its own before the shared verb
            "启衡镇总工会召开大会，启衡电器有限公司工会主席柯明远、启衡镇总工会干事童雨桐当选为"
            "启衡镇总工会副主席。",
            {("holdsPosition", "柯明远", "启衡镇总工会", "副主席")},
        ),
        (  # the article's body of the kind named (该医院) and a bare unit head (院长)
            "启衡仁泽医院工会成立。该医院党委副书记段明华主持，院长赵一鸣讲话。",
            {("holdsPosition", "段明华", "启衡仁泽医院", "党委副书记"),
             ("holdsPosition", "赵一鸣", "启衡仁泽医院", "院长")},
        ),
    ],
)  # fmt: skip
def test_posts_of_listed_and_contextual_holders(text: str, expected: set) -> None:
    assert expected <= _posts(text)


def _members(text: str) -> set[tuple[str, str]]:
    ex = extract_article(Article(id="t", text=text))
    names = {e.key: e.name for e in ex.entities}
    return {(names[r.subject], names[r.object]) for r in ex.relations if r.type == "memberOf"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # 联合会 written alone after the union was named in full is that union
            "青禾县物流行业工会联合会成立。青禾县远帆物流有限公司等12家企业已加入联合会。",
            ("青禾县远帆物流有限公司", "青禾县物流行业工会联合会"),
        ),
        (  # applying to join: the article's union
            "青禾县物流行业工会联合会成立，青禾县远帆物流有限公司等企业代表集中递交了入会申请。",
            ("青禾县远帆物流有限公司", "青禾县物流行业工会联合会"),
        ),
        (  # the clause after joining names the union joined, not the article's most named one
            "青禾县总工会走访青禾县物流行业工会联合会。青禾县总工会表示将做好服务。"
            "司机童雨桐扫码入会，成为联合会的新会员。",
            ("童雨桐", "青禾县物流行业工会联合会"),
        ),
        (  # signing the application form is applying to join
            "青禾县远帆物流有限公司工会成立。操作工童雨桐签下入会申请书，成为公司工会第86名会员。",
            ("童雨桐", "青禾县远帆物流有限公司工会"),
        ),
    ],
)
def test_members_of_the_union_named_earlier(text: str, expected: tuple[str, str]) -> None:
    assert expected in _members(text)


def test_elected_to_a_post_of_the_union_named_by_a_back_reference() -> None:
    text = "青禾县物流行业工会联合会成立。当选工会联合会主席的柯明远表示。"
    assert ("chairedBy", "青禾县物流行业工会联合会", "柯明远", "主席") in _posts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the elected name carries its own post between the verb and the name
            "青禾县酒企联合工会成立。会议选举青禾县远帆物流有限公司副总经理柯明远为联合工会主席。",
            ("chairedBy", "青禾县酒企联合工会", "柯明远", "主席"),
        ),
        (  # the body of the kind named at the head of the last title of a list
            "青禾县箱包制造商会成立。企业方首席代表、商会会长柯明远出席。",
            ("chairedBy", "青禾县箱包制造商会", "柯明远", "会长"),
        ),
    ],
)
def test_posts_named_with_their_holders_own_posts(text: str, expected: tuple) -> None:
    assert expected in _posts(text)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "启衡镇总工会召开大会，选举产生了第一届委员会。主席：林启明；副主席：王文静、赵一鸣。",
            {("chairedBy", "启衡镇总工会", "林启明", "主席"),
             ("holdsPosition", "赵一鸣", "启衡镇总工会", "副主席")},
            set(),
        ),
        (
            "启衡镇总工会主席为林启明，副主席为王文静。",
            {("chairedBy", "启衡镇总工会", "林启明", "主席")},
            set(),
        ),
        (  # 为 meaning "for": the post is the giver's, not the receiver's
            "启衡区总工会主席为林启明颁发了证书。",
            set(),
            {("chairedBy", "启衡区总工会", "林启明", "主席")},
        ),
    ],
)  # fmt: skip
def test_rosters(text: str, expected: set, absent: set) -> None:
    found = _posts(text)
    assert expected <= found
    assert not absent & found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an organ's post after a name listed in the same body
            "启衡公司工会经审委主任李娜、女职委主任陈晓出席。",
            ("holdsPosition", "陈晓", "启衡公司工会", "女职委主任"),
        ),
        (  # a rank after a comma is held in the body named before
            "启衡区总工会一级调研员许文杰，四级调研员何芳出席。",
            ("holdsPosition", "何芳", "启衡区总工会", "四级调研员"),
        ),
        ("启衡镇总工会专职副主席林启明介绍，工会专干王芳负责日常工作。",
         ("holdsPosition", "王芳", "启衡镇总工会", "工会专干")),
    ],
)  # fmt: skip
def test_posts_in_the_body_named_before(text: str, expected: tuple) -> None:
    assert expected in _posts(text)


@pytest.mark.parametrize(
    ("template", "s", "o"),
    [
        ("〔O1〕在〔O0〕和〔O3〕的指导下组建。", "O0", "O1"),
        ("〔O1〕在〔O0〕和〔O3〕的指导下组建。", "O3", "O1"),
        ("〔O2〕牵头，联合入驻企业成立〔O1〕。", "O2", "O1"),
    ],
)
def test_founding_phrased_after_its_subject(template: str, s: str, o: str) -> None:
    assert _edge("founded", s, o) in _run(template)

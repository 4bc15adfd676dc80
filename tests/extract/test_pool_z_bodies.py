"""Mechanisms of public bodies found on the pooled held-out news Z (the city a level-only
body speaks of where visitors come from elsewhere; an institution's party committee under
its short form; a school's or a college's union and a college written without their names;
a sentence's opener before a level-only body; 和 read into one word with a name's words; a
branch institute, 分院; a placed union written without its places; a trade's main unions; a
level's union right after the government), on sentences we wrote (invented bodies and
people; real places the gazetteer must know)."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_level_only_body_is_the_visited_citys():
    text = (
        "鹤岗市钢铁业工会联合会参访团一行5人来丽水市参观访问。市委常委、组织部长林启明接见了"
        "鹤岗市钢铁业工会联合会代表团。鹤岗市钢铁业工会联合会由鹤岗市机械工会等8家工会组成。"
    )
    ex, _ = _extract(text)
    bodies = _names(ex, "Organization")
    assert {"丽水市委", "丽水市委组织部"} <= bodies
    assert "鹤岗市委" not in bodies
    # a word ending in the verb (以来, 年来) is no arrival
    text = "三年来丽水市变化很大。鹤岗市总工会、鹤岗市交通局、鹤岗市教育局出席。"
    ex, _ = _extract(text + "市委书记林启明讲话。")
    assert "鹤岗市委" in _names(ex, "Organization")


def test_an_institutions_party_committee_under_its_short_form_is_the_institution():
    text = (
        "青海省总工会副主席王大明来到青海省结核病防治院调研。省结防院党委书记林启明、"
        "副院长张红梅陪同。"
    )
    ex, _ = _extract(text)
    bodies = _names(ex, "Organization")
    assert "青海省结核病防治院" in bodies
    assert not any(n.endswith("党委") for n in bodies)
    assert _edges(text) >= {("林启明", "holdsPosition", "青海省结核病防治院")}


def test_a_schools_union_written_without_its_name_is_the_schools():
    text = "青林中学召开教代会。学校工会主席林启明主持。校工会副主席王小明宣读了报告。"
    ex, _ = _extract(text)
    assert _names(ex, "Union") == {"青林中学工会"}
    assert ("青林中学工会", "chairedBy", "林启明") in _edges(text)
    # a hospital's union read from 院工会 where the article names one hospital
    text = "青禾市第二人民医院召开职代会。院工会主席周文涛作报告。"
    assert ("青禾市第二人民医院工会", "chairedBy", "周文涛") in _edges(text)
    # a visitor's school is not the one 学校工会 speaks of (来我校: the host, left unnamed)
    text = (
        "青林中学工会主席林启明一行来我校交流。王小明介绍了学校工会工作。学校工会主席王小明主持。"
    )
    assert ("青林中学工会", "chairedBy", "王小明") not in _edges(text)


def test_a_college_named_alone_is_the_articles_universitys():
    text = "青禾科技大学召开教代会。电气学院党委书记周文涛出席,院工会主席林启明主持。"
    ex, _ = _extract(text)
    assert "青禾科技大学电气学院" in _names(ex, "Organization")
    assert "电气学院" not in _names(ex, "Organization")
    assert ("青禾科技大学电气学院工会", "chairedBy", "林启明") in _edges(text)
    # a college named after another institution, or after a place, stays as written
    text = "青禾职工大学与中国劳动关系学院长三角学院签约。"
    assert "中国劳动关系学院长三角学院" in _names(_extract(text)[0], "Organization")


def test_a_sentences_opener_is_no_part_of_a_level_only_bodys_name():
    text = "4月18日,莲都区人民法院、莲都区总工会召开座谈会。首先区法院院长林启明介绍该院工作。"
    ex, _ = _extract(text)
    assert not any(n.startswith("首先") for n in _names(ex, "Organization"))
    assert ("林启明", "holdsPosition", "莲都区人民法院") in _edges(text)
    text = "莲都区总工会召开全委会。下一步区总工会将做好职工服务。"
    assert not any(n.startswith("下一步") for n in _names(_extract(text)[0], "Union"))


def test_a_university_named_only_before_its_college_is_one_where_its_union_is_spoken_of():
    text = (
        "青禾理工大学外国语学院召开教代会\n\n5月6日,外国语学院召开教代会。校工会副主席周文涛出席。"
        "周文涛肯定了学院工会的成绩。"
    )
    ex, _ = _extract(text)
    assert "青禾理工大学" in _names(ex, "Organization")
    assert {"青禾理工大学工会", "青禾理工大学外国语学院工会"} <= _names(ex, "Union")
    assert ("周文涛", "holdsPosition", "青禾理工大学工会") in _edges(text)


def test_a_joint_the_model_reads_into_one_conjunction_with_the_names_words_stays_in_the_name():
    text = "近日,吉林省文化和旅游厅副厅长林启明一行到鹤岗市调研。"
    assert "吉林省文化和旅游厅" in _names(_extract(text)[0], "Organization")
    assert ("林启明", "holdsPosition", "吉林省文化和旅游厅") in _edges(text)


def test_a_branch_institute_is_a_body_and_its_unions_owner():
    text = "中国农业科学院青岛分院工会常务副主席林启明出席会议并致辞。"
    assert "中国农业科学院青岛分院" in _names(_extract(text)[0], "Organization")
    edges = _edges(text)
    assert ("中国农业科学院青岛分院工会", "subOrganizationOf", "中国农业科学院青岛分院") in edges
    assert ("中国农业科学院青岛分院工会", "subOrganizationOf", "中国农业科学院") not in edges


def test_a_placed_union_written_without_its_places_is_that_union():
    text = (
        "丽水市成立首家商会工会联合会\n\n9月10日,丽水市福建商会工会联合会第一届会员代表大会举行。"
        "这标志着我市首家商会工会联合会成立。福建商会工会联合会主席表示,将充分发挥商会工会"
        "联合会自身优势。"
    )
    assert _names(_extract(text)[0], "Union") == {"丽水市福建商会工会联合会"}


def test_a_trades_main_unions_are_no_one_union():
    text = (
        "鹤岗市运输业工会联合会于2004年成立,由鹤岗市交通业界主要工会、鹤岗市驾驶员职业工会"
        "等12家工会组成。"
    )
    unions = _names(_extract(text)[0], "Union")
    assert "鹤岗市驾驶员职业工会" in unions
    assert not any(n.endswith("主要工会") for n in unions)


def test_a_levels_union_written_right_after_the_government_is_no_part_of_its_name():
    text = "记者9月15日从鹤岗市政府市总工会第五次联席会议上获悉,鹤岗市将开展职工服务。"
    unions = _names(_extract(text)[0], "Union")
    assert "鹤岗市总工会" in unions and "鹤岗市政府市总工会" not in unions

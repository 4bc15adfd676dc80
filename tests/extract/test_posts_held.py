"""Posts written the ways the U18 and U19 articles write them (issue #13): a title with the word
of how it is held (专职副主席), a transliterated name of five or six characters after a post.
Every name here is invented for these tests."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import types as _types


def test_titles_held_full_time_or_part_time_are_posts_of_an_election_list() -> None:
    text = ("会议选举钟晓岚为青禾县总工会主席，林子航为常务副主席，周明远、吴海峰为专职副主席，"
            "冯晓东为挂职副主席。")  # fmt: skip
    edges = _edges(text)
    assert ("青禾县总工会", "chairedBy", "钟晓岚") in edges
    for name in ("林子航", "周明远", "吴海峰", "冯晓东"):
        assert (name, "holdsPosition", "青禾县总工会") in edges, name


def test_a_held_title_after_a_chair_is_a_post_in_the_same_body() -> None:
    for text in ("青禾县总工会党组书记、主席钟晓岚，专职副主席林子航出席会议。",
                 "青禾县总工会主席钟晓岚、兼职副主席林子航出席会议。",
                 "钟晓岚当选为青禾县总工会主席，林子航为挂职副主席。"):  # fmt: skip
        assert ("林子航", "holdsPosition", "青禾县总工会") in _edges(text), text


def test_a_held_title_is_never_a_chair() -> None:
    edges = _edges("青禾县总工会主席钟晓岚、专职副主席林子航出席会议。")
    assert ("青禾县总工会", "chairedBy", "林子航") not in edges


def test_a_transliterated_name_of_five_or_six_characters_holds_its_post() -> None:
    text = "青禾县总工会主席巴特尔朝鲁，副主席林子航陪同。巴特尔朝鲁强调，要做好服务。"
    edges = _edges(text)
    assert ("青禾县总工会", "chairedBy", "巴特尔朝鲁") in edges
    assert ("林子航", "holdsPosition", "青禾县总工会") in edges
    assert _types("青禾旗总工会主席宝音德力格尔一行调研。")["宝音德力格尔"] == "Official"


def test_the_party_committee_of_a_bodys_offices_is_no_body() -> None:
    text = "青禾县总工会主席林子航出席。会上，市总工会机关党委书记马晓文讲话。"
    ex, ents = _extract(text, publisher="张掖市总工会")
    assert not any(name.endswith("机关党委") for name in ents)
    by_key = {e.key: e.name for e in ex.entities}
    edges = {(by_key[r.subject], r.type, by_key[r.object]) for r in ex.relations}
    assert ("马晓文", "holdsPosition", "张掖市总工会") in edges


def test_a_bare_federation_title_in_a_federations_own_news_is_a_post_there() -> None:
    text = ("市总工会赴青禾县调研。3月31日，总工会机关党委书记马晓文、三级调研员王晓华、财务部长"
            "岳晓微等一行到青禾县总工会对接。")  # fmt: skip
    ex, _ = _extract(text, publisher="张掖市总工会")
    by_key = {e.key: e.name for e in ex.entities}
    edges = {(by_key[r.subject], r.type, by_key[r.object]) for r in ex.relations}
    for name in ("马晓文", "王晓华", "岳晓微"):
        assert (name, "holdsPosition", "张掖市总工会") in edges, name


def test_organ_titles_listed_after_a_post_share_its_body() -> None:
    text = ("远帆物流有限公司召开职工大会。公司党委书记马晓文、三级调研员王晓华、财务部长岳晓微等"
            "一行出席。")  # fmt: skip
    edges = _edges(text)
    for name in ("马晓文", "王晓华", "岳晓微"):
        assert (name, "holdsPosition", "远帆物流有限公司") in edges, name


def test_a_units_department_by_its_short_form_is_no_ministry() -> None:
    text = "青禾县总工会副主席冯晓东、宣教部副部长刘晓天一行赴远帆物流有限公司调研。"
    assert "宣教部" not in _types(text)
    assert ("刘晓天", "holdsPosition", "青禾县总工会") in _edges(text)
    assert _types("教育部、财政部联合发文。").get("教育部") == "Organization"


def test_a_name_heading_a_doctrine_is_no_person() -> None:
    text = "全县各级工会要深入学习林子航新时代中国特色社会主义思想，青禾县总工会主席钟晓岚讲话。"
    assert "林子航" not in _types(text)


def test_a_name_the_model_read_as_a_verb_after_its_post_is_read_where_written_again() -> None:
    text = ("德清县委副书记林子航，县委常委、常务副县长达瓦平措，县总工会负责人参加慰问活动。"
            "林子航、达瓦平措送上慰问金。")  # fmt: skip
    assert ("达瓦平措", "holdsPosition", "德清县委") in _edges(text)
    assert _types(text)["达瓦平措"] == "Official"

"""A project's union belongs to the firm whose name it opens with, however long the project's
name (invented organizations and people)."""

from __future__ import annotations

from .conftest import edges


def test_a_long_named_project_department_union_belongs_to_its_firm() -> None:
    # 某某集团有限公司某某路二期改造工程项目部工会: more than a group's few words after the firm
    text = (
        "远帆建设集团有限公司晨光大道二期改造工程项目部工会主席钟晓岚表示，"
        "远帆建设集团有限公司将全力支持。"
    )
    union = "远帆建设集团有限公司晨光大道二期改造工程项目部工会"
    assert (union, "subOrganizationOf", "远帆建设集团有限公司") in edges(text)


def test_a_long_named_unit_that_is_no_project_stays_apart() -> None:
    # a unit of its own kind after the firm's name is still no union of the firm
    text = "远帆电机有限公司轨道交通事业部维保中心工会主席钟晓岚说，远帆电机有限公司很重视。"
    union = "远帆电机有限公司轨道交通事业部维保中心工会"
    assert (union, "subOrganizationOf", "远帆电机有限公司") not in edges(text)

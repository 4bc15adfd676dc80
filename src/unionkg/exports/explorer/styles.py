"""How entity types and relations look in the explorer, in one table each.

Types differ in colour and in shape (so the legend reads in greyscale too); relations differ in
colour and dash pattern, with an arrow from subject to object except for the symmetric
``partneredWith``. Shapes and dashes are vis-network's names and patterns.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["RELATION_STYLES", "TYPE_STYLES", "UNKNOWN_TYPE", "RelationStyle", "TypeStyle"]


@dataclass(frozen=True, slots=True)
class TypeStyle:
    """An entity type's colour, vis-network shape and Chinese name."""

    color: str
    shape: str
    zh: str


@dataclass(frozen=True, slots=True)
class RelationStyle:
    """A relation's colour, dash pattern (``[]`` for a solid line), Chinese name and arrow."""

    color: str
    dashes: tuple[int, ...]
    zh: str
    arrow: bool = True


TYPE_STYLES: dict[str, TypeStyle] = {
    "Union": TypeStyle("#d62728", "diamond", "工会"),
    "Company": TypeStyle("#1f77b4", "square", "企业"),
    "Town": TypeStyle("#2ca02c", "triangle", "地点"),
    "Official": TypeStyle("#ff7f0e", "dot", "负责人"),
    "Person": TypeStyle("#9467bd", "triangleDown", "人物"),
    "Organization": TypeStyle("#8c564b", "hexagon", "其他组织"),
}
UNKNOWN_TYPE = TypeStyle("#7f7f7f", "dot", "未知")
"""For an edge end that is not among the graph's nodes (a graph assembled by hand)."""

RELATION_STYLES: dict[str, RelationStyle] = {
    "chairedBy": RelationStyle("#b2182b", (), "主席/负责人"),
    "holdsPosition": RelationStyle("#e08214", (8, 4), "任职"),
    "founded": RelationStyle("#762a83", (2, 4), "创建"),
    "partneredWith": RelationStyle("#2166ac", (), "合作", arrow=False),
    "subOrganizationOf": RelationStyle("#4d4d4d", (12, 4), "下属于"),
    "locatedIn": RelationStyle("#5aae61", (3, 3), "位于"),
    "memberOf": RelationStyle("#01665e", (10, 3, 2, 3), "成员"),
}

"""An organization mention as the finders of organization names yield it, and the names of
the rules that find one."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import EntityType
from .placehit import PlaceHit

__all__ = ["RULE", "RULE_LEAGUE", "RULE_LISTED", "RULE_TRADE", "RULE_TRADE_BODY", "OrgSpan"]

RULE = "org-suffix/v1"
RULE_TRADE = "trade-union-of-place/v1"
RULE_TRADE_BODY = "trade-body-of-place/v1"
RULE_LISTED = "listed-after-place/v1"
RULE_LEAGUE = "league-short-form/v1"


@dataclass(slots=True)
class OrgSpan:
    """An organization mention."""

    start: int
    end: int
    text: str
    type: EntityType
    suffix: str
    places: list[PlaceHit] = field(default_factory=list)  # places at the head of the name
    level_head: str | None = None  # 区 in 区总工会, 该镇 in 该镇总工会
    source: str = RULE
    listed_after: OrgSpan | None = None  # the placed body a bare one is listed after
    branch_place: PlaceHit | None = None  # 重庆 in 某某银行重庆分行

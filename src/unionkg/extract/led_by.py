"""Unions led by unions: a union that works 在某县总工会的领导下 (under the leadership of the
bodies named there) belongs to each union among them. The union led is the one written before
在 in the clause, else, where none is, the union the article is about (在镇党委、县总工会的领导下，
必将…: the new union's work). So does a union that carries out a higher union's deployment
(甲街道总工会响应乙区总工会的工作部署)."""

from __future__ import annotations

import re

from ..model import EntityKey
from .collect import SLOT, Collector, Template, focus_union
from .cues import Patterns
from .entities import LEVEL_RANK, EntityTable
from .lexicon import Lexicon
from .orgbody import FEDERATION

__all__ = ["deployed_unions", "led_by_unions"]

_TEMPLATES = {
    # 在甲、乙和丙的正确领导下: the bodies named between 在 and the words of leadership
    "led_by": r"在(?P<list>[^在，,。；;：:！？!?]{0,40}?)(?:{led_by})",
    # …的领导下，全市各级工会要…: the clause goes on with every union, not one
    "every_union": r"[，,]?\s*(?:全[省市区县州盟旗])?(?:{collective_cores})工会",
    # 甲街道总工会积极响应乙区总工会的工作部署: the union deploying the work, named after the
    # cue (按照, 响应, 落实)
    "deployed_by": r"(?:{instructing})(?P<list>[^在，,。；;：:！？!?]{0,30}?)"
    r"的(?:工作)?(?:部署|安排)",
}
_CLAUSE_START = re.compile(r"[，,。；;：:！？!?\n]")


def _build(lex: Lexicon) -> Patterns:
    return Patterns(_TEMPLATES, lex.cue_words)


def led_by_unions(out: Collector, templates: list[Template]) -> None:
    """subOrganizationOf from the union led to each union leading it, in every sentence."""
    cues = out.table.lex.compiled(_build)
    for tpl in templates:
        for m in cues.led_by.finditer(tpl.text):
            leaders = _unions(out, tpl, m.group("list"))
            if not leaders or cues.every_union.match(tpl.text, m.end()):
                continue
            led = _union_led(out, tpl, tpl.text[: m.start()])
            if led is None:
                continue
            cite = out.cite(tpl, "led-by-union/v1")
            for leader in leaders:
                if not _higher(out.table, led, leader):
                    out.add("subOrganizationOf", led, leader, cite)


def deployed_unions(out: Collector, templates: list[Template]) -> None:
    """subOrganizationOf from a union that carries out another union's deployment
    (甲街道总工会积极响应乙区总工会的工作部署) to that union, when the union carrying it out is
    written in the same clause and both are placed, the deploying one at a higher level, the
    one carrying it out below the county (甲街道总工会; not 甲区总工会按照市总工会的部署)."""
    cues = out.table.lex.compiled(_build)
    for tpl in templates:
        for m in cues.deployed_by.finditer(tpl.text):
            before = tpl.text[: m.start()]
            start = max((x.end() for x in _CLAUSE_START.finditer(before)), default=0)
            unions = [k for k in _org_slots(tpl, before[start:]) if k is not None]
            if not unions:  # 作为…的省某某工会，近年来按照省总工会的部署: the sentence's last
                unions = [k for k in _org_slots(tpl, before) if k is not None]
                unions = [k for k in unions[-1:] if _trade_union(out.table, k)]
            if not unions or out.table.entities[unions[-1]].type != "Union":
                continue
            cite = out.cite(tpl, "deployed-by-union/v1")
            for leader in _unions(out, tpl, m.group("list")):
                if _deploys_to(out.table, leader, unions[-1]):
                    out.add("subOrganizationOf", unions[-1], leader, cite)


def _deploys_to(table: EntityTable, leader: EntityKey, union: EntityKey) -> bool:
    """Whether a union carrying out the leader's deployment is its branch: one placed below
    the county under a higher union (某区总工会按照市总工会的部署: a county's federation is no
    branch), or a trade union of the leader's own place (某省建设工会按照某省总工会的部署)."""
    if _below_county(table, union) and _higher(table, leader, union):
        return True
    return (
        table.entities[leader].place == table.entities[union].place
        and table.entities[leader].name.endswith(FEDERATION)
        and _trade_union(table, union)
    )


def _trade_union(table: EntityTable, key: EntityKey) -> bool:
    """Whether the union is a trade union of its place (某省建设工会, 某市教育工会): its name the
    place's and a few words of a trade, no federation (总工会) nor a firm's union (公司, 集团)."""
    union = table.entities[key]
    place = table.entities.get(union.place) if union.place else None
    if union.type != "Union" or place is None or not union.name.startswith(place.name):
        return False
    trade = union.name[len(place.name) :]
    firm = table.lex.cue_words["company_words"]
    return (
        trade.endswith(table.lex.union_word)
        and not trade.endswith(FEDERATION)
        and 2 < len(trade) <= 9
        and not any(w in trade for w in firm)
    )


def _below_county(table: EntityTable, key: EntityKey) -> bool:
    """Whether the union is placed below the county (a town, a street, a park, a village): a
    federation of a county, city or province that carries out a higher one's deployment does
    its own work, and is not counted its branch."""
    place = table.entities[key].place
    level = table.entities[place].attributes.get("level") if place in table.entities else None
    return LEVEL_RANK.get(level or "", 0) >= LEVEL_RANK["town"] and level != "place"


def _higher(table: EntityTable, led: EntityKey, leader: EntityKey) -> bool:
    """Whether the union taken as led stands at a higher level than its leader, both placed
    (a city's 总工会 taken as led by a district's): the clause's union is another, unnamed."""
    ranks = []
    for key in (led, leader):
        place = table.entities[key].place
        level = table.entities[place].attributes.get("level") if place in table.entities else None
        if level not in LEVEL_RANK:
            return False
        ranks.append(LEVEL_RANK[level])
    return ranks[0] < ranks[1]


def _unions(out: Collector, tpl: Template, words: str) -> list[EntityKey]:
    slots = (tpl.slots.get(f"O{n}") for kind, n in SLOT.findall(words) if kind == "O")
    return [k for k in slots if k is not None and out.table.entities[k].type == "Union"]


def _union_led(out: Collector, tpl: Template, before: str) -> EntityKey | None:
    """The union written last in the clause before 在, if the clause names an organization;
    else the union the sentence opens with in an earlier clause (甲工会主席乙表示，…，在丙的
    领导下，…); the article's union when neither names one (一定要在…领导下)."""
    start = max((x.end() for x in _CLAUSE_START.finditer(before)), default=0)
    slots = _org_slots(tpl, before[start:])
    if slots:
        last = slots[-1]
        return last if last is not None and out.table.entities[last].type == "Union" else None
    first = _CLAUSE_START.search(before)
    opening = _org_slots(tpl, before[: first.start()]) if first and first.end() < start else []
    if opening and opening[0] is not None and out.table.entities[opening[0]].type == "Union":
        return opening[0]
    return focus_union(out.table, out)


def _org_slots(tpl: Template, text: str) -> list[EntityKey | None]:
    return [tpl.slots.get(f"O{n}") for kind, n in SLOT.findall(text) if kind == "O"]

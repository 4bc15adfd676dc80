"""Posts: ``ORG title PER``, ``PER 当选为 ORG title``, ``选举 PER 为 title`` — chairedBy for a
chair title (主席, 会长, 董事长 …), holdsPosition for any other post."""

from __future__ import annotations

import re

from ..model import ExtractedEntity
from .collect import (
    CLAUSE_BREAK,
    SLOT,
    Collector,
    Template,
    company_union,
    focus_union,
    main_of,
)
from .entities import EntityTable
from .lexicon import Lexicon

__all__ = ["post_links"]


# an organization named by its kind alone inside a title: 区人大常委会副主任、总工会主席
_ORG_WORD = re.compile(
    r"^(?:省|市|区|县|州|镇|乡|街道|自治区|盟|旗)?"
    r"(总工会|工会联合会|联合工会|工会委员会|工会|人大常委会|人大|政协|人民政府|政府)"
)


_UNION_WORDS = {"总工会", "工会联合会", "联合工会", "工会委员会", "工会"}


# a department or party organ of the organization named before: 权益保障部部长, 纪委书记
_ORGAN = re.compile(r"(?:部|办公室|办|中心|委员会|委|会|处|科|室|组)$")


_PARTY = re.compile(r"^(?:分?党组|党委|党总支|党支部|纪委|纪检|监事会|工会)")
# a rank within the body (四级调研员, 一级主任科员, 干事): a post there like an organ's
_RANK = re.compile(r"^(?:[一二三四]级)?(?:调研员|主任科员|科员|干事|专干)$")


_PLACE_WORD = re.compile(r"[省市区县州镇乡村旗盟园]|街道")


_ORDINAL = re.compile(r"第[一二三四五六七八九十百\d]+届|首届|新一届|新任|本届|下届")


def post_links(out: Collector, tpl: Template, table: EntityTable, lex: Lexicon) -> None:
    """ORG title、ORG title PER — and PER 当选为 ORG title, 选举 PER 为 title."""
    last_org: str | None = None
    for m in SLOT.finditer(tpl.text):
        if m.group(1) != "P":
            continue
        person = tpl.slots[f"P{m.group(2)}"]
        left = tpl.text[: m.start()]
        cut = max((x.end() for x in CLAUSE_BREAK.finditer(left)), default=0)
        roster = _ROSTER.search(left)
        if roster and roster.group("sep") == "为" and not _CLAUSE_END.match(tpl.text, m.end()):
            roster = None  # 主席为甲颁奖: 为 is "for", the post is someone else's
        if roster and _title(roster.group("title"), lex):  # 主席：甲；副主席：乙、丙 / 主席为甲
            named = tpl.slots[f"O{roster.group('org')}"] if roster.group("org") else None
            _add_post(out, tpl, person, named, roster.group("title"), table, lex, "roster/v1")
            continue
        used = _posts_before(out, tpl, left[cut:], person, table, lex, last_org)
        last_org = used or (last_org if not SLOT.search(left[cut:]) else None)
        _posts_after(out, tpl, left, tpl.text[m.end() :], person, table, lex)


def _posts_before(out: Collector, tpl: Template, left: str, person: str,
                  table: EntityTable, lex: Lexicon, inherit: str | None) -> str | None:  # fmt: skip
    """Posts written before the name; returns the organization of the last one."""
    pieces = SLOT.split(left)
    # pieces: text, kind, n, text, kind, n, text ...
    last_text = pieces[-1]
    elected = re.search(r"(?:当选为?|担任|出任)(?:〔O(\d+)〕)?([^〔〕，,。、；;]{1,16})的$", left)
    if elected:  # 当选工会联合会主席的某某
        named = tpl.slots[f"O{elected.group(1)}"] if elected.group(1) else None
        _add_post(out, tpl, person, named, elected.group(2), table, lex, "elected-as/v2")
        return None
    if not lex.title_head(last_text.rstrip("同志 ")):
        return None
    org: str | None = None
    listed_org: str | None = None
    company: str | None = None  # the company whose union a title of the list named
    found: list[tuple[str, str]] = []
    i = 0
    while i < len(pieces):
        chunk = pieces[i]
        if i % 3 == 0:
            named_here = None  # the body the words before the name say the post is in
            # 公司董事长甲, 集团党委书记乙, 该医院院长丙, 企业方代表、商会会长丁, 某会主席甲、
            # 合作社理事长乙: the article's body of that kind, named at the head of the titles
            # or of the last of them
            last_part = chunk.rsplit("、", 1)[-1]
            own = _OWN_BODY.match(chunk) or _OWN_BODY.match(last_part)
            after_person = i > 0 and pieces[i - 2] == "P" and chunk.startswith("、")
            if (i == 0 or after_person) and own is not None:
                named_here = _own_body(table, own.group(1))
                chunk = own.string[own.end() :]
            elif i == 0 and len(pieces) == 1:
                named_here = _body_of_unit(table, chunk, lex)  # 院长甲 in a hospital's news
            if named_here is not None:
                org = named_here
            elif i == 0 and inherit is not None:
                org = inherit  # 主席甲，权益保障部部长乙: the organ is the same organization's
            if org is not None or found:
                for part in re.split(r"[、]|兼", chunk):
                    part = part.strip()
                    title = _title(part, lex)
                    if not title or org is None:
                        continue
                    if i == 0 and named_here is None and not _is_organ_title(title, lex):
                        continue
                    target, title = _title_org(table, org, title)
                    if target is None:
                        continue
                    if _ORG_WORD.match(part) and target != org:
                        if table.entities[org].type == "Company":
                            company = org
                        org = target  # later titles of the list belong to the org just named
                    elif company and lex.title_head(title) in lex.company_titles:
                        target = company  # 公司工会主席、总监: the director is the company's
                    found.append((target, title))
            i += 1
        else:
            kind, n = chunk, pieces[i + 1]
            org = tpl.slots[f"{kind}{n}"] if kind == "O" else None
            company = _company_of(table, org) if org else None
            if kind == "O":
                listed_org = org
            if kind == "P":
                held = found[-1][0] if found else listed_org
                found.clear()
                # 某会经审委主任甲、女职委主任乙, 某商会会长甲、秘书长乙: an organ's post, or a
                # bare title, after a name listed in a body is in the body of that name's post
                after = pieces[i + 2] if i + 2 < len(pieces) else ""
                title = _title(after.lstrip("、"), lex) if after.startswith("、") else None
                bare = title is not None and lex.title_head(title) == title
                if held and title and (bare or _is_organ_title(title, lex)):
                    org = held
            i += 2
    by_org: dict[str, list[str]] = {}
    for target, title in found:
        by_org.setdefault(target, []).append(title)
    for target, titles in by_org.items():
        rule = "post-before-name/v2"
        _emit_post(out, tpl, person, target, "、".join(titles), lex, rule, out.confidence(rule))
    return found[-1][0] if found else None


def _company_of(table: EntityTable, union: str) -> str | None:
    """The company whose union ``union`` is (某某公司工会 → 某某公司), if it is one."""
    ent = table.entities[union]
    if ent.type != "Union":
        return None
    names = {ent.name, *ent.aliases}
    owners = [e.key for e in table.entities.values() if e.type == "Company"
              and any(form + "工会" in names for form in (e.name, *e.aliases))]  # fmt: skip
    return ent.attributes.get("derived_from") or (owners[0] if owners else None)


def _is_organ_title(title: str, lex: Lexicon) -> bool:
    """权益保障部部长, 纪委书记 — but not 市委副书记 or 开发区综合部部长 (another body)."""
    head = lex.title_head(title) or ""
    rest = title[: len(title) - len(head)]
    if _PLACE_WORD.search(rest):
        return False
    return bool(_PARTY.match(title) or _RANK.match(title) or (rest and _ORGAN.search(rest)))


def _title_org(table: EntityTable, org: str, title: str) -> tuple[str | None, str]:
    """The organization a title names when it begins with an organization word.

    区人大常委会副主任、总工会主席: 总工会主席 is a post in the 总工会 of the same place,
    工会主席 after a company is a post in that company's union.
    """
    m = _ORG_WORD.match(title)
    if not m:
        return org, title
    word = m.group(1)
    ent = table.entities[org]
    if word in {"工会", "工会委员会"} and ent.type != "Union":
        if _is_place_body(table, org):
            return None, title  # 县委常委、工会主席: which union is not certain
        return company_union(table, org), title
    if ent.type == "Union" and word in _UNION_WORDS:
        return org, title
    rest = title[m.end() :]
    if word in _UNION_WORDS:
        place = ent.attributes.get("place")
        found = _union_of_place(table, place, word)
        if found is None and word == "总工会" and place and _is_place_body(table, org):
            found = _federation_of(table, place, ent)  # 某区人大常委会副主任、总工会主席
        return found, rest
    return _org_of_place(table, ent.attributes.get("place"), word), rest


def _federation_of(table: EntityTable, place: str, body: ExtractedEntity) -> str:
    """The 总工会 of a place, named by a post (总工会主席) next to another body of the place."""
    town = table.entities[place]
    name = town.name + "总工会"
    key = f"Union:{name}:{town.attributes.get('admin_code', '')}"
    if key not in table.entities:
        union = ExtractedEntity(key=key, type="Union", name=name)
        union.mentions.append(body.mentions[0])
        union.attributes["place"] = place
        table.entities[key] = union
    return key


def _is_place_body(table: EntityTable, org: str) -> bool:
    """A party committee, congress or government of a place: 某市市委, 某区人大常委会."""
    ent = table.entities[org]
    place = ent.attributes.get("place")
    if not place or ent.type != "Organization":
        return False
    pname = table.entities[place].name
    rest = ent.name.split(pname, 1)[-1] if pname in ent.name else ent.name
    return bool(re.fullmatch(r"(?:省|市|区|县|州|镇|乡|街道)?(?:委|党委|党工委|人大常委会|人大|"
                             r"人民政府|政府|政协|纪委)", rest))  # fmt: skip


def _union_of_place(table: EntityTable, place: str | None, word: str) -> str | None:
    cands = [e for e in table.entities.values()
             if e.type == "Union" and e.name.endswith(word)]  # fmt: skip
    if place:
        cands = [e for e in cands if e.attributes.get("place") == place]
    return cands[0].key if len(cands) == 1 else None


def _org_of_place(table: EntityTable, place: str | None, word: str) -> str | None:
    if not place:
        return None
    cands = [e for e in table.entities.values()
             if e.type == "Organization" and e.name.endswith(word)
             and e.attributes.get("place") == place]  # fmt: skip
    return cands[0].key if len(cands) == 1 else None


_ELECTED = re.compile(  # the names listed before the verb may each carry a post of their own
    r"^(?:(?:、|和|及|与)(?:[“\"]?〔O\d+〕[”\"]?)?[^〔〕，,。；;、]{0,12}?〔P\d+〕)*(?:同志)?(?:等)?(?:[一二三四五六七八九十两\d]+(?:位|名|人)(?:同志)?)?"
    r"(?:高票|全票|顺利|光荣|正式|分别|均)?"
    r"(?:当选为|当选|被选举为|被选为|被推选为|被推举为|被任命为|被聘为|担任|出任|兼任|任)"
    r"(?P<ord>第[一二三四五六七八九十\d]+届|首届|新一届)?(〔O(?P<org>\d+)〕)?(?P<title>[^〔〕，,。、；;]{0,16})"
)


_APPOINTED = re.compile(
    r"^(?:(?:、|和|及|与)〔P\d+〕)*(?:同志)?(?:为|担任)(?P<ord>第[一二三四五六七八九十\d]+届|首届|新一届)?"
    r"(〔O(?P<org>\d+)〕)?(?P<title>[^〔〕，,。、；;]{0,16})"
)


_ROSTER = re.compile(
    r"(?:〔O(?P<org>\d+)〕)?(?P<title>[^〔〕，,。；;：:为、]{1,16})(?P<sep>[：:]|为)\s*"
    r"(?:〔P\d+〕[、，,和])*$"
)
_CLAUSE_END = re.compile(r"(?:同志)?(?:[、，,。；;]|$)")
_HOLDER = (
    r"(?:〔O\d+〕)?[^〔〕，,。；;、]{0,12}?"  # the post a name is written with: 某公司副总经理
)
_APPOINTER = re.compile(  # 选举甲为主席、乙为副主席, 选举某公司经理甲为某会主席，乙、丙为副主席
    r"(?:选举|推选|推举|任命|聘任|聘请|选举产生|确定)(?:了)?"
    rf"(?:{_HOLDER}〔P\d+〕(?:同志)?(?:为(?:〔O\d+〕)?[^〔〕，,。；;]{{1,16}})?[、和，,])*{_HOLDER}$"
)

_HELD_BY = re.compile(  # 某会主席由甲担任, 工会主席由公司副总经理甲兼任
    r"(?:〔O(?P<org>\d+)〕)?(?P<title>[^〔〕，,。；;由]{1,16})由[^〔〕，,。；;]{0,10}$"
)
_HELD = re.compile(r"^(?:同志)?(?:担任|兼任|出任)")


def _posts_after(out: Collector, tpl: Template, left: str, right: str, person: str,
                 table: EntityTable, lex: Lexicon) -> None:  # fmt: skip
    m = _HELD_BY.search(left) if _HELD.match(right) else None
    m = m or _ELECTED.match(right)
    if not m and _APPOINTER.search(left):
        m = _APPOINTED.match(right)
    if not m:
        return
    org = tpl.slots[f"O{m.group('org')}"] if m.group("org") else None
    _add_post(out, tpl, person, org, m.group("title"), table, lex, "elected-as/v2")


def _add_post(out: Collector, tpl: Template, person: str, org: str | None, raw: str,
              table: EntityTable, lex: Lexicon, rule: str) -> None:  # fmt: skip
    raw = _ORDINAL.sub("", raw.strip())
    if org is None:
        org, raw = _org_in_title(table, raw, out)
    title = _title(raw, lex)
    if not title or org is None:
        return
    _emit_post(out, tpl, person, org, title, lex, rule, out.confidence(rule))


def _org_in_title(table: EntityTable, raw: str, out: Collector) -> tuple[str | None, str]:
    """The organization a bare title speaks of: 工会联合会主席 -> the article's 工会联合会."""
    m = re.match(
        r"^(?:公司|集团)?(工会联合会|联合工会|总工会|工会委员会|工会|联合会|联盟|协会|商会)", raw
    )
    focus = focus_union(table, out)
    if not m:
        return focus, raw
    word = m.group(1)
    if word in {"工会", "工会委员会"} and raw.startswith(("公司", "集团")):
        company = main_of(table, "Company")
        return (company_union(table, company) if company else None), raw[m.end() :]
    ending = "工会" if word == "工会委员会" else word  # a union's committee is the union
    cands = [e for e in table.entities.values()
             if e.type in {"Union", "Organization"}
             and any(f.endswith(ending) for f in (e.name, *e.aliases))]  # fmt: skip
    if word in {"工会", "工会委员会"}:
        cands = [e for e in cands if e.type == "Union" and not e.name.endswith("总工会")]
    if focus and any(e.key == focus for e in cands):
        return focus, raw[m.end() :]
    if not cands and word in {"工会", "工会委员会"} and (company := main_of(table, "Company")):
        return company_union(table, company), raw[m.end() :]  # 工会主席 in a company's news
    if not cands:
        return None, raw
    best = max(cands, key=lambda e: (len(e.mentions), -e.mentions[0].start))
    return best.key, raw[m.end() :]


def _emit_post(out: Collector, tpl: Template, person: str, org: str, title: str,
               lex: Lexicon, rule: str, confidence: float) -> None:  # fmt: skip
    if lex.is_chair_title(title):
        out.add("chairedBy", org, person, tpl.start, tpl.end, rule, confidence, title)
    else:
        out.add("holdsPosition", person, org, tpl.start, tpl.end, rule, confidence, title)


def _title(part: str, lex: Lexicon) -> str | None:
    part = part.strip().removesuffix("同志")
    if not part or len(part) > 16 or part in lex.vague_titles:
        return None
    head = lex.title_head(part)
    if head is None:
        return None
    if any(v in part for v in ("相关负责", "有关负责")):
        return None
    return part


_OWN_BODY = re.compile(
    r"^(?:本|该)?(公司|集团|医院|学校|学院|协会|商会|合作社|管委会|村委会|居委会)(?=[^工]|$)[、，,]?"
)


def _own_body(table: EntityTable, kind: str) -> str | None:
    """The article's company (公司, 集团) or its one body of a kind (医院, 管委会, 院 …)."""
    if kind in {"公司", "集团"}:
        return main_of(table, "Company")
    return table.one_body_of_kind(kind)


def _body_of_unit(table: EntityTable, chunk: str, lex: Lexicon) -> str | None:
    """A bare unit head's post (院长甲, 店长乙) in the one body of the article of that unit
    (某某医院, 某某店); None where there is none or more than one."""
    title = chunk.strip().removesuffix("同志")
    head = lex.title_head(title)
    if head is None or title != head or not head.endswith("长") or len(head) < 2:
        return None
    return _own_body(table, head[-2])

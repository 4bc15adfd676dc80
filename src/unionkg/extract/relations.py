"""Relations of one article: from names, from posts, from sentence patterns, from the article.

Each sentence is rewritten as a template in which every entity mention is a placeholder
(``〔O3〕`` an organization, ``〔P1〕`` a person, ``〔T2〕`` a place); the patterns of
``rules/relations.json`` and the post grammar read those templates, so they speak of word
classes, never of particular names. Four passes:

1. names: an organization lies in the place its name begins with; X公司工会 belongs to X公司;
2. patterns: every rule of ``relations.json`` over every sentence (``founding`` rules only
   note that the article reports the founding of an organization);
3. posts: ``ORG title PER``, ``PER 当选为 ORG title``, ``选举 PER 为 title``;
4. the article: a union whose founding the article reports was founded by the local
   federation (总工会) the article credits with the founding work, and an industry or
   regional federation belongs to the 总工会 of its place.
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib.resources import files

from ..model import Article, Evidence, ExtractedRelation, RelationType
from .dates import founding_date
from .entities import LEVEL_RANK, EntityTable
from .lexicon import Lexicon
from .orgs import OrgSpan
from .places import PlaceHit, TokenIndex

__all__ = ["PatternRule", "find_relations", "pattern_rules", "rule_confidence", "split_sentences"]

_SENTENCE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]*")
_SLOT = re.compile(r"〔([OPT])(\d+)〕")
_CLAUSE_BREAK = re.compile(r"[，,：:“”\"「」（）()]")
_MACROS = {
    "{ORGS}": r"[“\"「]?〔O\d+〕[”\"」]?(?:(?:[、，,]|和|与|及|以及|同)?[“\"「]?〔O\d+〕[”\"」]?)*",
    "{ORGSEQ}": r"[“\"「]?〔O\d+〕[”\"」]?(?:(?:[、，,]|和|及|以及)[“\"「]?〔O\d+〕[”\"」]?)*",
    "{ORG}": r"[“\"「]?〔O\d+〕[”\"」]?",
    "{PERS}": r"〔P\d+〕(?:(?:[、，,]|和|与|及)〔P\d+〕)*",
    "{PER}": r"〔P\d+〕",
    "{TOWN}": r"〔T\d+〕",
}


@dataclass(frozen=True)
class PatternRule:
    """A named, versioned relation pattern over sentence templates.

    ``mode`` says how the matched slots become edges: ``pairs`` (the subject ``a``, or else
    the first of ``list``, to each other party; ``support`` to the first host), ``chain``
    (each of ``list`` belongs to the one before it: 市、区、街道三级联动) or ``founding`` (the
    ``b``/``list`` organizations are being founded; no edge by itself). ``subject`` =
    ``sentence`` takes the sentence's subject when the pattern has no ``a`` (并与B签约).
    ``context`` must also occur somewhere in the sentence.
    """

    name: str
    version: int
    relation: RelationType
    confidence: float
    pattern: re.Pattern[str]
    mode: str = "pairs"
    subject: str = ""
    context: re.Pattern[str] | None = None

    @property
    def id(self) -> str:
        return f"{self.name}/v{self.version}"


def _expand(source: str) -> str:
    for macro, regex in _MACROS.items():
        source = source.replace(macro, regex)
    return source


@lru_cache(maxsize=1)
def pattern_rules() -> tuple[PatternRule, ...]:
    """The shipped relation patterns.

    >>> sorted({r.relation for r in pattern_rules()})[:3]
    ['founded', 'locatedIn', 'memberOf']
    """
    raw = files("unionkg.extract").joinpath("rules/relations.json").read_text(encoding="utf-8")
    rules = []
    for item in json.loads(raw)["rules"]:
        context = re.compile(item["context"]) if item.get("context") else None
        rules.append(
            PatternRule(item["name"], item["version"], item["relation"], item["confidence"],
                        re.compile(_expand(item["pattern"])), item.get("mode", "pairs"),
                        item.get("subject", ""), context)
        )  # fmt: skip
    return tuple(rules)


@lru_cache(maxsize=256)
def rule_confidence(rule: str) -> float:
    """The calibrated confidence of a rule (``name/vN``), from ``rules/relations.json``
    (``benchmarks/calibrate.py`` measures and writes them).

    >>> 0 < rule_confidence("name-place/v1") < 1
    True
    """
    raw = files("unionkg.extract").joinpath("rules/relations.json").read_text(encoding="utf-8")
    data = json.loads(raw)
    table = {f"{r['name']}/v{r['version']}": float(r["confidence"]) for r in data["rules"]}
    table.update({k: float(v) for k, v in data["builtin"].items()})
    return table[rule]


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence offsets of ``text``.

    >>> split_sentences("甲成立了。乙加入！")
    [(0, 5), (5, 9)]
    """
    return [(m.start(), m.end()) for m in _SENTENCE.finditer(text) if m.group().strip()]


@dataclass
class _Template:
    text: str
    slots: dict[str, str]  # "O3" -> entity key
    start: int
    end: int


class _Collector:
    def __init__(self, article: Article, table: EntityTable) -> None:
        self.article = article
        self.table = table
        self.relations: list[ExtractedRelation] = []
        self.seen: set[tuple[str, str, str]] = set()
        # organization -> sentences reporting its founding / naming who founded it
        self.founding: dict[str, list[_Template]] = {}
        self.founded_by: dict[str, list[_Template]] = {}

    def add(self, rtype: RelationType, subj: str, obj: str, start: int, end: int, rule: str,
            confidence: float, title: str | None = None, date: str | None = None,
            ) -> None:  # fmt: skip
        if subj == obj:
            return
        if rtype == "partneredWith" and obj < subj:
            subj, obj = obj, subj
        key = (rtype, subj, obj)
        if key in self.seen and title is None:
            return
        self.seen.add(key)
        if date is None and rtype in {"chairedBy", "holdsPosition"}:
            date = self.article.published  # a post is stated as held on the article's date
        sentence = self.article.as_written[start:end].strip()
        evidence = Evidence(self.article.id, sentence, start, end, rule, confidence)
        self.relations.append(ExtractedRelation(rtype, subj, obj, evidence, title, date))

    def has(self, rtype: str, subj: str, obj: str) -> bool:
        return (rtype, subj, obj) in self.seen


def find_relations(article: Article, table: EntityTable, index: TokenIndex,
                   places: list[PlaceHit], orgs: list[OrgSpan], lex: Lexicon
                   ) -> list[ExtractedRelation]:  # fmt: skip
    """Every relation the article states between its entities."""
    out = _Collector(article, table)
    _from_names(out, table, places, orgs, lex)
    templates = [_template(article.text, s, e, table) for s, e in split_sentences(article.text)]
    templates = [t for t in templates if t.slots]
    for tpl in templates:
        _patterns(out, tpl, table, article)
    for tpl in templates:
        _posts(out, tpl, table, lex)
    _from_article(out, templates, table, article)
    for rel in out.relations:
        if rel.type in {"chairedBy", "holdsPosition"}:
            person = rel.object if rel.type == "chairedBy" else rel.subject
            if table.entities[person].type == "Person":
                table.entities[person].type = "Official"
    return out.relations


# ---------------------------------------------------------------- from names


def _from_names(out: _Collector, table: EntityTable, places: list[PlaceHit],
                orgs: list[OrgSpan], lex: Lexicon) -> None:  # fmt: skip
    ents = table.entities
    # an organization lies in the most specific place its name (or the article) gives it
    for ent in list(ents.values()):
        place = ent.attributes.get("place")
        if place and place in ents and ent.type != "Town":
            m = ent.mentions[0]
            out.add(
                "locatedIn",
                ent.key,
                place,
                *_sentence_of(table.text, m.start),
                "name-place/v1",
                rule_confidence("name-place/v1"),
            )
    # a place lies in the nearest of its gazetteer ancestors the article names
    by_name = {e.name: e.key for e in ents.values() if e.type == "Town"}
    for ent in list(ents.values()):
        if ent.type != "Town":
            continue
        parents = [p for p in ent.attributes.get("parents", "").split("/") if p]
        m = ent.mentions[0]
        for parent in parents:
            if parent in by_name and by_name[parent] != ent.key:
                out.add("locatedIn", ent.key, by_name[parent], *_sentence_of(table.text, m.start),
                        "gazetteer-parent/v1", rule_confidence("gazetteer-parent/v1"))  # fmt: skip
                break
    # places written side by side: 江北区前江街道 (the later one lies in the earlier one)
    for left, right in itertools.pairwise(places):
        if left.end != right.start:
            continue
        lk = table.place_for_hit.get((left.start, left.end))
        rk = table.place_for_hit.get((right.start, right.end))
        if not lk or not rk or lk == rk:
            continue
        if LEVEL_RANK.get(left.level, 5) < LEVEL_RANK.get(right.level, 5) and not _has_parent(
            out, rk
        ):
            out.add(
                "locatedIn",
                rk,
                lk,
                *_sentence_of(table.text, left.start),
                "juxtaposed-places/v1",
                rule_confidence("juxtaposed-places/v1"),
            )
    # a union named after an organization belongs to it: X公司工会 -> X公司
    heads: dict[str, str] = {}
    for ent in ents.values():
        if ent.type in {"Company", "Organization"}:
            for form in (ent.name, *ent.aliases):
                heads.setdefault(form, ent.key)
    for union in list(ents.values()):
        if union.type != "Union":
            continue
        owner = next(
            (
                heads[h]
                for form in (union.name, *union.aliases)
                if (h := _union_head(form)) in heads
            ),
            None,
        )
        if owner is None:
            continue
        where = _sentence_of(table.text, union.mentions[0].start)
        rule = "company-union/v1"
        out.add("subOrganizationOf", union.key, owner, *where, rule, rule_confidence(rule))
        place = ents[owner].attributes.get("place")
        if place in ents and not union.attributes.get("place"):
            # the union of a company lies where the company does
            union.attributes["place"] = place
            rule = "company-union-place/v1"
            out.add("locatedIn", union.key, place, *where, rule, rule_confidence(rule))


_UNION_TAIL = re.compile(r"(?:工会委员会|工会联合会|联合工会|工会)$")


def _union_head(name: str) -> str:
    """What a union is the union of: 某某有限公司 in 某某有限公司工会 ('' if nothing)."""
    head = _UNION_TAIL.sub("", name)
    return head if head != name and len(head) >= 2 else ""


def _has_parent(out: _Collector, key: str) -> bool:
    return any(r.type == "locatedIn" and r.subject == key for r in out.relations)


def _sentence_of(text: str, pos: int) -> tuple[int, int]:
    for start, end in split_sentences(text):
        if start <= pos < end:
            return start, end
    return pos, pos


# ---------------------------------------------------------------- templates


def _template(text: str, start: int, end: int, table: EntityTable) -> _Template:
    spans = sorted(((s, e) for (s, e) in table.by_span if start <= s and e <= end),
                   key=lambda p: (p[0], -p[1]))  # fmt: skip
    chosen: list[tuple[int, int]] = []
    for s, e in spans:
        if chosen and s < chosen[-1][1]:
            continue
        chosen.append((s, e))
    parts, slots, pos = [], {}, start
    for n, (s, e) in enumerate(chosen):
        key = table.by_span[(s, e)]
        etype = table.entities[key].type
        kind = "T" if etype == "Town" else "P" if etype in {"Person", "Official"} else "O"
        parts.append(text[pos:s])
        parts.append(f"〔{kind}{n}〕")
        slots[f"{kind}{n}"] = key
        pos = e
    parts.append(text[pos:end])
    return _Template("".join(parts), slots, start, end)


# ---------------------------------------------------------------- posts

# an organization named by its kind alone inside a title: 区人大常委会副主任、总工会主席
_ORG_WORD = re.compile(
    r"^(?:省|市|区|县|州|镇|乡|街道|自治区|盟|旗)?"
    r"(总工会|工会联合会|联合工会|工会委员会|工会|人大常委会|人大|政协|人民政府|政府)"
)
_UNION_WORDS = {"总工会", "工会联合会", "联合工会", "工会委员会", "工会"}
# a department or party organ of the organization named before: 权益保障部部长, 纪委书记
_ORGAN = re.compile(r"(?:部|办公室|办|中心|委员会|委|会|处|科|室|组)$")
_PARTY = re.compile(r"^(?:分?党组|党委|党总支|党支部|纪委|纪检|监事会|工会)")
_PLACE_WORD = re.compile(r"[省市区县州镇乡村旗盟园]|街道")
_ORDINAL = re.compile(r"第[一二三四五六七八九十百\d]+届|首届|新一届|新任|本届|下届")


def _posts(out: _Collector, tpl: _Template, table: EntityTable, lex: Lexicon) -> None:
    """ORG title、ORG title PER — and PER 当选为 ORG title, 选举 PER 为 title."""
    last_org: str | None = None
    for m in _SLOT.finditer(tpl.text):
        if m.group(1) != "P":
            continue
        person = tpl.slots[f"P{m.group(2)}"]
        left = tpl.text[: m.start()]
        cut = max((x.end() for x in _CLAUSE_BREAK.finditer(left)), default=0)
        used = _posts_before(out, tpl, left[cut:], person, table, lex, last_org)
        last_org = used or (last_org if not _SLOT.search(left[cut:]) else None)
        _posts_after(out, tpl, left, tpl.text[m.end() :], person, table, lex)


def _posts_before(out: _Collector, tpl: _Template, left: str, person: str,
                  table: EntityTable, lex: Lexicon, inherit: str | None) -> str | None:  # fmt: skip
    """Posts written before the name; returns the organization of the last one."""
    pieces = _SLOT.split(left)
    # pieces: text, kind, n, text, kind, n, text ...
    last_text = pieces[-1]
    elected = re.search(r"(?:当选为?|担任|出任)([^〔〕，,。、；;]{1,16})的$", left)
    if elected:  # 当选工会联合会主席的赵志祥
        _add_post(out, tpl, person, None, elected.group(1), table, lex, "elected-as/v2")
        return None
    if not lex.title_head(last_text.rstrip("同志 ")):
        return None
    org: str | None = None
    found: list[tuple[str, str]] = []
    i = 0
    while i < len(pieces):
        chunk = pieces[i]
        if i % 3 == 0:
            if i == 0 and len(pieces) == 1 and inherit is not None:
                org = inherit  # 主席甲，权益保障部部长乙: the organ is the same organization's
            if i == 0 and org is None and (own := _OWN_COMPANY.match(chunk)):
                # 公司董事长甲, 集团党委书记乙: the article's company
                org = _main_of(table, "Company")
                chunk = chunk[own.end() :]
            if org is not None or found:
                for part in re.split(r"[、]|兼", chunk):
                    part = part.strip()
                    title = _title(part, lex)
                    if not title or org is None:
                        continue
                    if i == 0 and not _is_organ_title(title, lex):
                        continue
                    target, title = _title_org(table, org, title)
                    if target is None:
                        continue
                    if _ORG_WORD.match(part) and target != org:
                        org = target  # later titles of the list belong to the org just named
                    found.append((target, title))
            i += 1
        else:
            kind, n = chunk, pieces[i + 1]
            org = tpl.slots[f"{kind}{n}"] if kind == "O" else None
            if kind == "P":
                found.clear()
            i += 2
    by_org: dict[str, list[str]] = {}
    for target, title in found:
        by_org.setdefault(target, []).append(title)
    for target, titles in by_org.items():
        rule = "post-before-name/v2"
        _emit_post(out, tpl, person, target, "、".join(titles), lex, rule, rule_confidence(rule))
    return found[-1][0] if found else None


def _is_organ_title(title: str, lex: Lexicon) -> bool:
    """权益保障部部长, 纪委书记 — but not 市委副书记 or 开发区综合部部长 (another body)."""
    head = lex.title_head(title) or ""
    rest = title[: len(title) - len(head)]
    if _PLACE_WORD.search(rest):
        return False
    return bool(_PARTY.match(title) or (rest and _ORGAN.search(rest)))


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
        return _company_union(table, org), title
    if ent.type == "Union" and word in _UNION_WORDS:
        return org, title
    rest = title[m.end() :]
    if word in _UNION_WORDS:
        return _union_of_place(table, ent.attributes.get("place"), word), rest
    return _org_of_place(table, ent.attributes.get("place"), word), rest


def _is_place_body(table: EntityTable, org: str) -> bool:
    """A party committee, congress or government of a place: 隆昌市市委, 江北区人大常委会."""
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


_ELECTED = re.compile(
    r"^(?:、〔P\d+〕)*(?:同志)?(?:等)?(?:[一二三四五六七八九十两\d]+(?:位|名|人)(?:同志)?)?"
    r"(?:高票|全票|顺利|光荣|正式|分别|均)?"
    r"(?:当选为|当选|被选举为|被选为|被推选为|被推举为|被任命为|被聘为|担任|出任|兼任|任)"
    r"(?P<ord>第[一二三四五六七八九十\d]+届|首届|新一届)?(〔O(?P<org>\d+)〕)?(?P<title>[^〔〕，,。、；;]{0,16})"
)
_APPOINTED = re.compile(
    r"^(?:同志)?(?:为|担任)(?P<ord>第[一二三四五六七八九十\d]+届|首届|新一届)?"
    r"(〔O(?P<org>\d+)〕)?(?P<title>[^〔〕，,。、；;]{0,16})"
)
_APPOINTER = re.compile(  # 选举甲为主席、乙为副主席: 乙 is appointed by the same verb
    r"(?:选举|推选|推举|任命|聘任|聘请|选举产生|确定)(?:了)?"
    r"(?:〔P\d+〕(?:同志)?(?:为[^〔〕，,。；;]{1,16})?[、和])*$"
)


def _posts_after(out: _Collector, tpl: _Template, left: str, right: str, person: str,
                 table: EntityTable, lex: Lexicon) -> None:  # fmt: skip
    m = _ELECTED.match(right)
    if not m and _APPOINTER.search(left):
        m = _APPOINTED.match(right)
    if not m:
        return
    org = tpl.slots[f"O{m.group('org')}"] if m.group("org") else None
    _add_post(out, tpl, person, org, m.group("title"), table, lex, "elected-as/v2")


def _add_post(out: _Collector, tpl: _Template, person: str, org: str | None, raw: str,
              table: EntityTable, lex: Lexicon, rule: str) -> None:  # fmt: skip
    raw = _ORDINAL.sub("", raw.strip())
    if org is None:
        org, raw = _org_in_title(table, raw, out)
    title = _title(raw, lex)
    if not title or org is None:
        return
    _emit_post(out, tpl, person, org, title, lex, rule, rule_confidence(rule))


def _org_in_title(table: EntityTable, raw: str, out: _Collector) -> tuple[str | None, str]:
    """The organization a bare title speaks of: 工会联合会主席 -> the article's 工会联合会."""
    m = re.match(
        r"^(?:公司|集团)?(工会联合会|联合工会|总工会|工会委员会|工会|联合会|联盟|协会|商会)", raw
    )
    focus = _focus_union(table, out)
    if not m:
        return focus, raw
    word = m.group(1)
    if word in {"工会", "工会委员会"} and raw.startswith(("公司", "集团")):
        company = _main_of(table, "Company")
        return (_company_union(table, company) if company else None), raw[m.end() :]
    ending = "工会" if word == "工会委员会" else word  # a union's committee is the union
    cands = [e for e in table.entities.values()
             if e.type in {"Union", "Organization"}
             and any(f.endswith(ending) for f in (e.name, *e.aliases))]  # fmt: skip
    if word in {"工会", "工会委员会"}:
        cands = [e for e in cands if e.type == "Union" and not e.name.endswith("总工会")]
    if focus and any(e.key == focus for e in cands):
        return focus, raw[m.end() :]
    if not cands and word in {"工会", "工会委员会"} and (company := _main_of(table, "Company")):
        return _company_union(table, company), raw[m.end() :]  # 工会主席 in a company's news
    if not cands:
        return None, raw
    best = max(cands, key=lambda e: (len(e.mentions), -e.mentions[0].start))
    return best.key, raw[m.end() :]


def _emit_post(out: _Collector, tpl: _Template, person: str, org: str, title: str,
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


def _company_union(table: EntityTable, org: str) -> str:
    ent = table.entities[org]
    name = ent.name + "工会"
    existing = next((e.key for e in table.entities.values()
                     if e.type == "Union" and (e.name == name or name in e.aliases)),
                    None)  # fmt: skip
    if existing:
        return existing
    key = f"Union:{name}:{ent.attributes.get('place_code', '')}"
    if key not in table.entities:
        m = ent.mentions[0]
        table.entities[key] = type(ent)(key=key, type="Union", name=name)
        table.entities[key].mentions.append(m)
        table.entities[key].attributes["derived_from"] = org
    return key


def _main_union(table: EntityTable) -> str | None:
    return _main_of(table, "Union")


def _main_of(table: EntityTable, etype: str) -> str | None:
    ents = [e for e in table.entities.values() if e.type == etype]
    if not ents:
        return None
    return max(ents, key=lambda e: (len(e.mentions), -e.mentions[0].start)).key


def _focus_union(table: EntityTable, out: _Collector) -> str | None:
    """The union the article is about: the one it reports founded, else the most mentioned."""
    founded = [k for k in {**out.founding, **out.founded_by}
               if table.entities[k].type == "Union"]  # fmt: skip
    if len(founded) == 1:
        return founded[0]
    return _main_union(table)


# ---------------------------------------------------------------- patterns


def _patterns(out: _Collector, tpl: _Template, table: EntityTable, article: Article) -> None:
    for rule in pattern_rules():
        if rule.context is not None and not rule.context.search(tpl.text):
            continue
        for m in rule.pattern.finditer(tpl.text):
            groups = m.groupdict()
            subj = _slots(groups.get("a"), tpl)
            objs = _slots(groups.get("b"), tpl) + _slots(groups.get("list"), tpl)
            objs += _slots(groups.get("more"), tpl)
            support = _slots(groups.get("support"), tpl)
            if rule.mode == "founding":
                for o in objs:
                    if table.entities[o].type in _ORGS:
                        out.founding.setdefault(o, []).append(tpl)
                continue
            if not subj and rule.subject == "sentence":
                subj = _sentence_subject(tpl, m.start())
                focus = _focus_union(table, out)
                if not subj and focus:
                    subj = [focus]  # the subject is the article's, named in an earlier sentence
            if rule.mode == "chain":
                pairs = list(zip(objs[1:], objs, strict=False))
            elif not subj:
                if rule.relation == "memberOf":
                    union = _union_named(table, m.group(), out)
                    pairs = [(o, union) for o in objs if union]
                else:
                    if len(objs) < 2 and not support:
                        continue
                    pairs = [(objs[0], o) for o in objs[1:]]
            else:
                pairs = [(s, o) for s in subj for o in objs]
            if support and (subj or objs):
                host = subj[0] if subj else objs[0]
                pairs += [(host, s) for s in support]
            for s, o in pairs:
                if not _fits(rule, table, s, o):
                    continue
                _emit(out, rule.relation, s, o, tpl, rule.id, rule.confidence, table, article)


def _emit(out: _Collector, relation: RelationType, s: str, o: str, tpl: _Template, rule: str,
          confidence: float, table: EntityTable, article: Article) -> None:  # fmt: skip
    out.add(relation, s, o, tpl.start, tpl.end, rule, confidence)
    if relation == "founded":
        out.founded_by.setdefault(o, []).append(tpl)
        if table.entities[s].type == "Union" and table.entities[o].type == "Union":
            out.add("subOrganizationOf", o, s, tpl.start, tpl.end, rule, confidence)


_GUIDANCE = re.compile(r"在[^，,。；]{0,40}?下[，,]?")


def _sentence_subject(tpl: _Template, before: int) -> list[str]:
    """The organization (or place) a sentence opens with, outside 在…下 phrases."""
    head = _GUIDANCE.sub(lambda m: "＿" * len(m.group()), tpl.text[:before])
    m = _SLOT.search(head)
    if not m or m.group(1) not in {"O", "T"}:
        return []
    while (nxt := _SLOT.match(head, m.end())) and nxt.group(1) in {"O", "T"}:
        m = nxt  # 虹口区凉城新村街道: the place written last is the party
    return [tpl.slots[f"{m.group(1)}{m.group(2)}"]]


def _union_named(table: EntityTable, matched: str, out: _Collector) -> str | None:
    """The union a member clause names by its kind (…等19家工会联合会成员单位), else the focus."""
    tail = _SLOT.sub("", matched)
    m = re.search(r"(工会联合会|联合工会|工会联盟|联盟|工会)", tail)
    if m:
        cands = [e for e in table.entities.values()
                 if e.type == "Union" and e.name.endswith(m.group(1))]  # fmt: skip
        full = max(cands, key=lambda e: len(e.name), default=None)
        if full and all(e.name in full.name for e in cands):
            return full.key  # one union, written in full and in short
    return _focus_union(table, out)


def _slots(group: str | None, tpl: _Template) -> list[str]:
    if not group:
        return []
    return [tpl.slots[f"{k}{n}"] for k, n in _SLOT.findall(group)]


_ORGS = {"Union", "Company", "Organization"}


def _fits(rule: PatternRule, table: EntityTable, subj: str, obj: str) -> bool:
    s, o = table.entities[subj].type, table.entities[obj].type
    if rule.relation == "memberOf":
        return o == "Union" and s in {"Person", "Official", "Company"}
    if rule.relation == "locatedIn":
        return o == "Town"
    if rule.relation == "subOrganizationOf":
        return s == "Union" and o in _ORGS
    if rule.relation == "founded":
        return s in _ORGS | {"Official"} and o in _ORGS
    if rule.relation == "partneredWith" and rule.subject == "sentence" and s == "Town":
        return o in _ORGS  # 凉城新村街道…与A公司工会正式签约: the place acts as a party
    return s in _ORGS and o in _ORGS


# ---------------------------------------------------------------- the article

_FOUNDING_WORK = re.compile(r"组建|筹建|筹备|建会|成立|部署|指导|推进|推动|牵头|揭牌|授牌|批复")
_STRONG_WORK = re.compile(r"组建|筹建|筹备|牵头|揭牌|授牌|批复")


def _from_article(out: _Collector, templates: list[_Template], table: EntityTable,
                  article: Article) -> None:  # fmt: skip
    ents = table.entities
    # the founding: its date (the event's sentence first), and who did the founding work
    dates: dict[str, str | None] = {}
    for org in {**out.founded_by, **out.founding}:
        events = [(t.start, t.end) for t in out.founding.get(org, [])]
        tiers = [events, _neighbours(article.text, events),  # 10月20日,…。这标志着X正式成立。
                 [(t.start, t.end) for t in out.founded_by.get(org, [])]]  # fmt: skip
        dates[org] = None
        for spans in tiers:
            said = [
                d for a, b in spans if (d := founding_date(article.text[a:b], article.published))
            ]
            if said:  # the most precise date the sentences of this tier give
                dates[org] = max(said, key=len)
                break
        if found := dates[org]:
            ents[org].attributes.setdefault("founded", found)
    for org in out.founding:
        if ents[org].type != "Union":
            continue
        founders: list[tuple[str, _Template, bool]] = []  # (founder, sentence, strong cue)
        for tpl in templates:
            for m in _SLOT.finditer(tpl.text):
                if m.group(1) != "O":
                    continue
                z = tpl.slots[f"O{m.group(2)}"]
                if z == org or z in dates or ents[z].type != "Union":
                    continue
                if _INSTRUCTING.search(tpl.text[: m.start()]):
                    continue  # 按照某市总工会…部署: the one giving instructions did not found it
                rest = tpl.text[m.end() :]
                scope = rest
                for nxt in re.finditer(r"〔O\d+〕", rest):
                    if tpl.slots.get(nxt.group()[1:-1]) == org:
                        break
                    if not _INSTRUCTING.search(rest[: nxt.start()]):
                        scope = rest[: nxt.start()]  # the work words belong to the next actor
                        break
                upper = ents[z].name.endswith("总工会") and _above(table, out, z, org)
                strong = bool(_STRONG_WORK.search(scope[:12]))
                if (upper and _FOUNDING_WORK.search(scope)) or strong:
                    founders.append((z, tpl, strong))
        if not founders:
            founders = _sentence_subject_founders(table, out, templates, org)
        # of the federations above that did founding work, the nearest one founded it
        weak = [f for f in founders if not f[2]]
        nearest = max((_place_rank(table, z) for z, _, _ in weak), default=None)
        for z, tpl, strong in founders:
            if not strong and _place_rank(table, z) != nearest:
                continue
            if out.has("subOrganizationOf", z, org) or out.has("founded", z, org):
                continue
            rule = "founding-work/v1"
            conf = rule_confidence(rule)
            out.add("founded", z, org, tpl.start, tpl.end, rule, conf)
            out.add("subOrganizationOf", org, z, tpl.start, tpl.end, rule, conf)
    out.relations = [replace(r, date=dates.get(r.object)) if r.type == "founded" else r
                     for r in out.relations]  # fmt: skip


def _neighbours(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences just before and after each of ``spans`` within the same paragraph."""
    sentences = split_sentences(text)
    out = []
    for i, span in enumerate(sentences):
        if span not in spans:
            continue
        for j in (i - 1, i + 1):
            if (
                0 <= j < len(sentences)
                and "\n"
                not in text[min(span[0], sentences[j][0]) : max(span[1], sentences[j][1])].strip()
            ):
                out.append(sentences[j])
    return out


def _place_chain(table: EntityTable, out: _Collector, place: str | None) -> list[str]:
    """``place`` and the places above it, nearest first, as the article and gazetteer know them."""
    chain: list[str] = []
    ents = table.entities
    by_name = {e.name: e.key for e in ents.values() if e.type == "Town"}
    while place and place not in chain:
        chain.append(place)
        up = next((r.object for r in out.relations
                   if r.type == "locatedIn" and r.subject == place), None)  # fmt: skip
        if up is None:
            parents = [p for p in ents[place].attributes.get("parents", "").split("/") if p]
            up = next((by_name[p] for p in parents if p in by_name), None)
        place = up
    return chain


_OWN_COMPANY = re.compile(r"^(?:本|该)?(?:公司|集团)(?=[^工]|$)[、，,]?")
_INSTRUCTING = re.compile(r"(?:按照|根据|依据|贯彻|落实|响应)(?:了)?$")


def _sentence_subject_founders(table: EntityTable, out: _Collector, templates: list[_Template],
                               org: str) -> list[tuple[str, _Template, bool]]:  # fmt: skip
    """A federation above the new union that opens a sentence about founding work
    (某区总工会积极联动……探索出建会入会新路径) did that work."""
    ents = table.entities
    found = []
    for tpl in templates:
        m = _OPENING_SLOT.match(tpl.text)
        if not m or not _FOUNDING_WORK.search(tpl.text[m.end() :]):
            continue
        z = tpl.slots[f"O{m.group(1)}"]
        federation = ents[z].type == "Union" and ents[z].name.endswith("总工会")
        if z != org and federation and _above(table, out, z, org):
            found.append((z, tpl, False))
    return found


_OPENING_SLOT = re.compile(r"^\s*(?:[^〔〕，,。]{0,12}[，,])?〔O(\d+)〕")


def _place_rank(table: EntityTable, key: str) -> int:
    """How specific an organization's place is (province 0 … village 4; 5 without one)."""
    place = table.entities[key].attributes.get("place")
    if not place or place not in table.entities:
        return -1
    return LEVEL_RANK.get(table.entities[place].attributes.get("level", "place"), 5)


def _above(table: EntityTable, out: _Collector, upper: str, lower: str) -> bool:
    place = table.entities[upper].attributes.get("place")
    chain = _place_chain(table, out, table.entities[lower].attributes.get("place"))
    if place in chain:
        return True
    # the place of the union founded is not tied to a county or city the article names
    # (a street, a park): the article's own 总工会 is the one above it
    top = chain[-1] if chain else None
    tied = top is not None and table.entities[top].attributes.get("level") in {"province", "city"}
    return not tied and upper == _main_of_kind(table, "总工会")


def _main_of_kind(table: EntityTable, suffix: str) -> str | None:
    ents = [e for e in table.entities.values() if e.type == "Union" and e.name.endswith(suffix)]
    if not ents:
        return None
    return max(ents, key=lambda e: (len(e.mentions), -e.mentions[0].start)).key

"""From mentions to the entities of one article: names resolved, mentions merged.

- Places take their official full name (温州 → 温州市) and keep what was written as an alias.
- Organizations with a level-only head (区总工会, 市人社局, 该镇总工会) take the article's place
  of that level (瑞安市总工会); with place heads they are keyed by their most specific place, so
  温州乐清柳市镇总工会, 乐清市柳市镇总工会 and 柳市镇总工会 are one entity.
- A company's short form (its name without place and legal suffix) found elsewhere in the text
  is an alias of it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..model import EntityType, ExtractedEntity, Mention
from .gazetteer import Gazetteer
from .lexicon import Lexicon
from .orgs import BRANCH_SUFFIXES, OrgSpan
from .places import PlaceHit

__all__ = ["LEVEL_RANK", "EntityTable"]

LEVEL_RANK = {
    "province": 0,
    "city": 1,
    "county": 2,
    "zone": 3,
    "site": 3,
    "town": 3,
    "village": 4,
    "place": 5,
}


@dataclass(slots=True)
class EntityTable:
    """The entities of one article, looked up by key or by the span of a mention."""

    text: str
    original: str | None
    gaz: Gazetteer
    lex: Lexicon
    entities: dict[str, ExtractedEntity] = field(default_factory=dict)
    by_span: dict[tuple[int, int], str] = field(default_factory=dict)
    place_for_hit: dict[tuple[int, int], str] = field(default_factory=dict)

    # ------------------------------------------------------------------ adding

    def add(
        self,
        key: str,
        etype: EntityType,
        name: str,
        start: int,
        end: int,
        source: str,
        surface_is_name: bool = True,
    ) -> ExtractedEntity:
        """Record a mention of entity ``key``; its written form becomes an alias unless
        ``surface_is_name`` is false (区总工会, 该镇总工会 name nothing outside the article)."""
        ent = self.entities.get(key)
        if ent is None:
            ent = ExtractedEntity(key=key, type=etype, name=name)
            self.entities[key] = ent
        surface = self.text[start:end]
        ent.mentions.append(Mention(surface, start, end, source))
        for form in (surface, name) if surface_is_name else (name,):
            if form != ent.name:
                ent.aliases.add(form)
        if self.original is not None and surface_is_name:
            written = self.original[start:end]
            if written != surface:
                ent.aliases.add(written)
        self.by_span[(start, end)] = key
        return ent

    def add_place(self, hit: PlaceHit, source: str) -> str:
        code = self.gaz.code_of(hit.place) if hit.place else None
        key = f"Town:{hit.name}:{code or ''}"
        ent = self.add(key, "Town", hit.name, hit.start, hit.end, source)
        ent.attributes["level"] = hit.level
        if hit.place is not None:
            if code:  # the division's GB/T 2260 code, or its county's below county level
                ent.attributes["admin_code"] = code
            chain = self.gaz.chain(hit.place)
            ent.attributes["parents"] = "/".join(p.name for p in chain[1:])
            short = hit.place.short
            if short and short != hit.name and len(short) >= 2 and hit.text == short:
                ent.aliases.add(short)
            if hit.place.name != hit.name:  # 江苏某某经济开发区: the gazetteer's name too
                ent.aliases.add(hit.place.name)
        if hit.place is None and hit.inside:
            inner = hit.inside[-1]
            names = [inner.name]
            if inner.place is not None:
                names = [link.name for link in self.gaz.chain(inner.place)]
            ent.attributes["parents"] = "/".join(names)
        self.place_for_hit[(hit.start, hit.end)] = key
        return key

    def home_place(self, head: str, at: tuple[int, int] | None = None) -> ExtractedEntity | None:
        """The place a level-only head (市, 区, 州, 镇, 街道 …) speaks of: among the article's
        places of that level whose name ends in the head, the most mentioned (the first
        mentioned on a tie, then the most specific). 市 finds a city, a county-level city or a
        municipality (重庆市); 州 an autonomous prefecture.

        >>> from unionkg.extract import extract_article
        >>> from unionkg.model import Article
        >>> text = "江门市台山市召开大会。市总工会、区总工会负责人出席。"
        >>> sorted(e.name for e in extract_article(Article(id="d", text=text)).entities)
        ['台山市', '台山市总工会', '江门市']
        """
        level = self.lex.level_prefixes.get(head, "county")
        wanted = {level} | ({"province", "county"} if level == "city" else set())
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        for ent in self.entities.values():
            if ent.type != "Town":
                continue
            if ent.attributes.get("level") not in wanted and not (
                level == "zone" and ent.name.endswith(head)  # 某某保税区 the gazetteer lists
            ):
                continue
            if level in {"city", "county", "province"} and not ent.name.endswith(head):
                continue  # 州 is a prefecture (某某自治州), not 惠州市
            counts[ent.key] = len(ent.mentions)
            first[ent.key] = min(m.start for m in ent.mentions)
        if not counts:
            return self._implied_place(head, level, at) if at else None
        rank = {k: LEVEL_RANK.get(self.entities[k].attributes.get("level", ""), 5) for k in counts}
        best = max(counts, key=lambda k: (counts[k], rank[k], -first[k]))
        return self.entities[best]

    def _implied_place(self, head: str, level: str, at: tuple[int, int]) -> ExtractedEntity | None:
        """省总工会 in an article that names only 某市: the province its places lie in, by the
        gazetteer. The place is an entity of the article only where the text writes its name
        or short name somewhere; otherwise it only names the organization (市总工会 in an
        article on 某区 is that city's, but the city itself is not in the text)."""
        votes: Counter[str] = Counter()
        for ent in self.entities.values():
            if ent.type == "Town":
                for name in ent.attributes.get("parents", "").split("/"):
                    if name.endswith(head):
                        votes[name] += len(ent.mentions)
        for name, _ in votes.most_common():
            places = [p for p in self.gaz.lookup(name) if p.name == name and p.level_name == level]
            if len(places) != 1:
                continue
            place = places[0]
            code = self.gaz.code_of(place) or ""
            key = f"Town:{name}:{code}"
            if key in self.entities:
                return self.entities[key]
            ent = ExtractedEntity(key=key, type="Town", name=name)
            ent.attributes.update(level=level, admin_code=code)
            written = [form for form in (name, place.short) if form and form in self.text]
            if written:  # the text names it somewhere (山东 in 某某山东公司): one of its places
                ent.mentions.append(Mention(self.text[at[0] : at[1]], *at, "gazetteer-ancestor/v1"))
                ent.attributes["parents"] = "/".join(p.name for p in self.gaz.chain(place)[1:])
                self.entities[key] = ent
            return ent
        return None

    def main_place(self) -> ExtractedEntity | None:
        """The article's own place: its most mentioned county, district or town."""
        towns = [
            e
            for e in self.entities.values()
            if e.type == "Town" and e.attributes.get("level") in {"county", "town", "zone"}
        ]
        if not towns:
            return None
        return max(towns, key=lambda e: (len(e.mentions), -min(m.start for m in e.mentions)))

    def add_org(self, span: OrgSpan) -> str | None:
        name_rest = span.text
        most_specific: ExtractedEntity | None = None
        if span.branch_place is not None:  # 某某银行重庆分行 lies in 重庆市
            place = self.place_for_hit.get((span.branch_place.start, span.branch_place.end))
            if place:
                canonical = "".join(span.text.split())
                code = self.entities[place].attributes.get("admin_code", "")
                key = f"{span.type}:{self.lex.expand(canonical)}:{code}"
                ent = self.add(key, span.type, canonical, span.start, span.end, span.source)
                ent.attributes["place"] = place
                return key
        if span.places:
            keys = [self.place_for_hit.get((p.start, p.end)) for p in span.places]
            places = [self.entities[k] for k in keys if k]
            if places:  # the most specific; of two alike, the one written later (inside)
                most_specific = max(
                    reversed(places),
                    key=lambda e: LEVEL_RANK.get(e.attributes.get("level", "place"), 5),
                )
            name_rest = span.text[span.places[-1].end - span.start :]
        elif span.listed_after is not None:  # 某市教体局、人社局: the place of the one before
            before = self.by_span.get((span.listed_after.start, span.listed_after.end))
            place = self.entities[before].attributes.get("place") if before else None
            if not place or place not in self.entities:
                return None
            most_specific = self.entities[place]
        elif span.level_head == "":  # a trade's union: named after the article's own place
            home = self.main_place()
            if home is None:
                return None
            most_specific = home
        elif span.level_head:
            head = span.level_head.lstrip("".join(self.lex.demonstratives))
            home = self.home_place(head, (span.start, span.start + len(span.level_head)))
            if home is None:
                return None  # 市总工会 in an article naming no city: nothing certain to name
            most_specific = home
            name_rest = span.text[len(span.level_head) :]
        if span.places and most_specific is not None:
            canonical = span.text
            code = most_specific.attributes.get("admin_code", "")
            key = f"{span.type}:{self.lex.expand(most_specific.name + name_rest)}:{code}"
        elif most_specific is not None:
            canonical = most_specific.name + name_rest
            code = most_specific.attributes.get("admin_code", "")
            key = f"{span.type}:{self.lex.expand(canonical)}:{code}"
        else:
            canonical = span.text
            key = f"{span.type}:{self.lex.expand(canonical)}:"
        canonical = "".join(canonical.split())
        # 区总工会, or 人社局 listed after 某市教体局: the written form names nothing by itself
        level_only = (bool(span.level_head) and not span.places) or span.listed_after is not None
        ent = self.add(key, span.type, canonical, span.start, span.end, span.source, not level_only)
        if self.lex.expand(canonical) != canonical:  # 某市人社局 is also 某市人力资源和社会保障局
            ent.aliases.add(self.lex.expand(canonical))
        if short_form := self.lex.national_short_form(canonical):
            ent.aliases.add(short_form)
        if most_specific is not None:
            ent.attributes["place"] = most_specific.key
            if span.places:  # 温州市乐清市柳市镇总工会 and 柳市镇总工会 name it too
                ent.aliases.add(_expanded(span, self))
                ent.aliases.add(most_specific.name + name_rest)
            elif span.level_head:  # 州总工会 in an article on 某某州: 某某州总工会
                head = span.level_head[-1]
                for form in most_specific.aliases:
                    if form.endswith(head) and len(form) > 2:
                        ent.aliases.add(form + name_rest)
            ent.aliases.discard(ent.name)
        return key

    def add_back_references(self, boundaries: set[int]) -> None:
        """联合会, 联合工会, 该工会联合会 written alone after the union was named in full: a
        mention of the article's one union of that kind (加入联合会, 成为联合工会的会员).
        The word must start a word of the model's (``boundaries``) and lie in no name."""
        for m in _BACK_REFERENCE.finditer(self.text):
            start = m.start(1) if m.group(1) else m.start(2)
            if start not in boundaries or any(
                s < m.end() and m.start() < e for s, e in self.by_span
            ):
                continue
            kind = m.group(2)
            unions = [e for e in self.entities.values()
                      if e.type == "Union" and e.name.endswith(kind) and len(e.name) > len(kind)
                      and min(x.start for x in e.mentions) < m.start()]  # fmt: skip
            if len(unions) == 1:
                self.add(unions[0].key, "Union", unions[0].name, m.start(), m.end(),
                         "back-reference/v1", False)  # fmt: skip

    def add_repeated_names(self) -> None:
        """An organization's name written again where the model read the words otherwise
        (某某康|和|医院), or a company's written by its core alone (某某鞋业 for 福建某某鞋业有限
        公司): each occurrence of a name, an alias or a core that lies in no mention is one."""
        place_forms = self.place_forms()
        forms = sorted(
            {(form, ent.key) for ent in self.entities.values()
             if ent.type in {"Union", "Company", "Organization"}
             for form in (ent.name, *ent.aliases, *self._cores(ent, place_forms))
             if len(form) >= 4},
            key=lambda pair: (-len(pair[0]), pair),
        )  # fmt: skip
        for form, key in forms:
            for m in re.finditer(re.escape(form), self.text):
                if not any(s < m.end() and m.start() < e for s, e in self.by_span):
                    ent = self.entities[key]
                    self.add(key, ent.type, ent.name, m.start(), m.end(), "repeated-name/v1")

    @staticmethod
    def _cores(ent: ExtractedEntity, place_forms: set[str]) -> list[str]:
        """A company's name without its legal suffix and place: 某某鞋业 of 福建某某鞋业有限公司."""
        if ent.type != "Company":
            return []
        core = _family_key(ent.name)
        lead = max((p for p in place_forms if core.startswith(p)), key=len, default="")
        return [core[len(lead) :]] if core != ent.name and lead else []

    def add_kind_references(self) -> None:
        """医院, 该商会, 合作社 written alone where the article names one body of that kind:
        a mention of it (会上，某区总工会与医院签订协议), but not after a count or 各 (各医院)."""
        for m in _KIND_REFERENCE.finditer(self.text):
            if any(s < m.end() and m.start() < e for s, e in self.by_span):
                continue
            before = self.text[m.start() - 1 : m.start()]
            if "\u4e00" <= before <= "\u9fff" and before not in _BEFORE_A_REFERENCE:
                continue  # 人民医院, 各医院: part of a name, or any body of the kind
            if key := self.one_body_of_kind(m.group(1)):
                body = self.entities[key]
                self.add(key, body.type, body.name, m.start(), m.end(), "kind-reference/v1",
                         False)  # fmt: skip

    def one_body_of_kind(self, kind: str) -> str | None:
        """The article's one company or organization whose name ends with ``kind`` (医院, 商会,
        院 …); None where there is none or more than one."""
        bodies = [e.key for e in self.entities.values()
                  if e.type in {"Company", "Organization"} and e.name.endswith(kind)
                  and len(e.name) > len(kind)]  # fmt: skip
        return bodies[0] if len(bodies) == 1 else None

    def add_own_unions(self) -> None:
        """公司工会, 集团工会, 该公司工会 written without a name: the union of the company (of
        the group, for 集团) written last before it, when there is one."""
        for m in _OWN_UNION.finditer(self.text):
            if any(s < m.end() and m.start() < e for s, e in self.by_span):
                continue  # part of a name written in full
            if m.start() > 0 and self.text[m.start() - 1] in _QUANTIFIERS:
                continue  # 各公司工会: every company's, not one
            before = [
                (mention.end, ent)
                for ent in self.entities.values()
                if ent.type == "Company" and (m.group(1) != "集团" or "集团" in ent.name)
                for mention in ent.mentions
                if mention.end <= m.start()
            ]
            if not before:
                continue
            company = max(before, key=lambda pair: pair[0])[1]
            name = company.name + "工会"
            names = {form + "工会" for form in (company.name, *company.aliases)}
            key = next(
                (e.key for e in self.entities.values()
                 if e.type == "Union" and names & {e.name, *e.aliases}),
                f"Union:{self.lex.expand(name)}:{_code_of_place(self, company)}",
            )  # fmt: skip
            ent = self.add(key, "Union", name, m.start(), m.end(), "own-union/v1", False)
            ent.aliases.add(name)
            ent.aliases.discard(ent.name)
            if company.attributes.get("place"):
                ent.attributes.setdefault("place", company.attributes["place"])

    def merge_into(self, src: str, dst: str) -> None:
        """Fold entity ``src`` into ``dst``: its mentions and names become ``dst``'s."""
        a, b = self.entities.pop(src), self.entities[dst]
        b.mentions += a.mentions
        b.aliases |= ({a.name} | a.aliases) - {b.name}
        for span, key in self.by_span.items():
            if key == src:
                self.by_span[span] = dst
        for k, v in a.attributes.items():
            b.attributes.setdefault(k, v)
        for ent in self.entities.values():  # what pointed at src points at dst
            if ent.attributes.get("place") == src:
                ent.attributes["place"] = dst
        for span, key in self.place_for_hit.items():
            if key == src:
                self.place_for_hit[span] = dst

    def place_forms(self) -> set[str]:
        """Every name the article's places go by (温州市, 温州 …)."""
        towns = (e for e in self.entities.values() if e.type == "Town")
        return {form for e in towns for form in (e.name, *e.aliases)}

    def settle_branches(self) -> None:
        """A branch named by its place only (温州分公司) is the one branch of the article whose
        name ends so (某某集团温州分公司); with none, it names nothing certain and is dropped."""
        place_forms = self.place_forms()
        for ent in [e for e in self.entities.values() if e.type == "Company"]:
            place = next((f for f in place_forms if ent.name.startswith(f)), None)
            if place is None or ent.name[len(place) :] not in BRANCH_SUFFIXES:
                continue
            rest = ent.name[len(place) :]
            fits = [
                other.key
                for other in self.entities.values()
                if other.type == "Company"
                and other.key != ent.key
                and any(f.endswith(rest) and place in f for f in (other.name, *other.aliases))
            ]
            if len(fits) == 1:  # its forms name no branch outside the article: no aliases
                self.merge_into(ent.key, fits[0])
                self.entities[fits[0]].aliases -= {ent.name, *ent.aliases}
            elif not fits:
                self.remove(ent.key)

    def remove(self, key: str) -> None:
        """Forget entity ``key`` and its mentions."""
        del self.entities[key]
        for span in [span for span, k in self.by_span.items() if k == key]:
            del self.by_span[span]

    def merge_short_forms(self) -> None:
        """Merge a name written without its leading place into the one written with it:
        电子产业工会联盟 into 瑞安市电子产业工会联盟, 某某科技城 into 杭州某某科技城 (when the
        part left over is a place of the article), and a company's short form (启衡电器,
        启衡公司) into the company, when exactly one entity fits."""
        place_forms = self.place_forms()
        kinds = {"Union", "Company", "Organization", "Town"}
        ents = [e for e in self.entities.values() if e.type in kinds]
        for ent in sorted(ents, key=lambda e: len(e.name)):
            if ent.key not in self.entities or len(ent.name) < 3:
                continue
            placed = bool(ent.attributes.get("place")) or ent.type == "Town"
            fits = [
                other.key
                for other in ents
                if other.key != ent.key
                and other.key in self.entities
                and other.type == ent.type
                and any(
                    _short_form_of(ent, placed, form, place_forms)
                    for form in (other.name, *other.aliases)
                )
            ]
            if len(fits) == 1:
                self.merge_into(ent.key, fits[0])

    def settle_names(self) -> None:
        """An organization's canonical name is the fullest form the article writes of it."""
        for ent in self.entities.values():
            if ent.type not in {"Union", "Company", "Organization"}:
                continue
            written = {"".join(m.text.split()) for m in ent.mentions} & (ent.aliases | {ent.name})
            best = max(written | {ent.name}, key=lambda n: (_fullness(n), n))
            if best != ent.name:
                ent.aliases.discard(best)
                ent.aliases.add(ent.name)
                ent.name = best

    def _of_other_owners(self, a: ExtractedEntity, b: ExtractedEntity) -> bool:
        """Whether two unions belong to two different organizations of the article (某某集团工会
        and 某某电器集团有限公司工会: the group's and its company's)."""
        owners = {
            form: e.key
            for e in self.entities.values()
            if e.type in {"Company", "Organization"}
            for form in (e.name, *e.aliases)
        }
        heads = [owners.get(_UNION_FAMILY.sub("", x.name)) for x in (a, b)]
        return None not in heads and heads[0] != heads[1]

    def merge_variants(self) -> None:
        """Merge names an article uses for one organization.

        - a union's forms: 某某行业工会 / 某某行业工会联合会 / 某某行业工会委员会, and
          某某镇工会 / 某某镇总工会;
        - a company's forms with and without 集团 / (集团) / 有限公司;
        - an abbreviation: a name whose characters all appear, in order, in a longer name of the
          same type with the same suffix (启衡货运联合工会 in 瑞安启衡物流港货运联合工会).
        The fuller name stays canonical: the longer one, then the one with the fuller suffix
        (工会联合会 over 工会).
        """
        orgs = sorted(
            (e for e in self.entities.values() if e.type in {"Union", "Company", "Organization"}),
            key=lambda e: (*(-x for x in _fullness(e.name)), e.key),
        )
        places = {
            f for e in self.entities.values() if e.type == "Town" for f in (e.name, *e.aliases)
        }
        for short in reversed(orgs):
            if short.key not in self.entities:
                continue
            for long in orgs:
                if long.key == short.key or long.key not in self.entities:
                    continue
                if long.type != short.type or _fullness(long.name) < _fullness(short.name):
                    continue
                if _same_family(short, long, self.lex, places) or (
                    _abbreviates(short, long) and not self._of_other_owners(short, long)
                ):
                    self.merge_into(short.key, long.key)
                    break

    # ------------------------------------------------------------------ applying proposals

    def add_implied(self, key: str, etype: EntityType, name: str, at: Mention,
                    attributes: dict[str, str]) -> ExtractedEntity:  # fmt: skip
        """An entity the article implies without writing its name (the union of a company a
        post speaks of), recorded once at the mention ``at`` that implies it, with no span of
        its own."""
        ent = self.entities.get(key)
        if ent is None:
            ent = ExtractedEntity(key=key, type=etype, name=name)
            ent.mentions.append(at)
            ent.attributes.update(attributes)
            self.entities[key] = ent
        return ent

    def make_official(self, key: str) -> None:
        """A person the article gives a post becomes an Official."""
        if self.entities[key].type == "Person":
            self.entities[key].type = "Official"


_BACK_REFERENCE = re.compile(r"(该|本)?(工会联合会|联合工会|联合会|工会联盟)")
_OWN_UNION = re.compile(r"(?:本|该)?(公司|集团)工会")
_QUANTIFIERS = set("各每些家个级")
_BEFORE_A_REFERENCE = set("与和同在向到由对让帮为及将是")
_KIND_REFERENCE = re.compile(
    r"(?:该|本)?(医院|学校|学院|协会|商会|合作社)(?![\u4e00-\u9fff]{0,2}(?:工会|长))"
)


def _code_of_place(table: EntityTable, ent: ExtractedEntity) -> str:
    place = table.entities.get(ent.attributes.get("place", ""))
    return place.attributes.get("admin_code", "") if place else ""


_UNION_FAMILY = re.compile(r"(?:总工会|工会联合会|工会(?:全国)?委员会|工会)$")


def _fullness(name: str) -> tuple[int, int]:
    """How full a name is: its length, then the length of its union suffix."""
    suffix = _UNION_FAMILY.search(name)
    return len(name), len(suffix.group()) if suffix else 0


_COMPANY_NOISE = re.compile(
    r"[(（]集团[)）]|集团|股份有限公司|有限责任公司|有限公司|股份公司|公司(?=工会$|$)"
)


def _family_key(name: str) -> str:
    return _COMPANY_NOISE.sub("", _UNION_FAMILY.sub("工会", "".join(name.split())))


def _key_name(ent: ExtractedEntity) -> str:
    """The name an entity is keyed by: its place in full form + the rest (瑞安 → 瑞安市 …)."""
    return ent.key.split(":")[1] if ent.key.count(":") >= 2 else ent.name


def _same_family(
    a: ExtractedEntity, b: ExtractedEntity, lex: Lexicon, places: set[str] | None = None
) -> bool:
    """Two written forms of one organization that differ only in suffix variants or in how
    their place is written (电器集团 and 瑞安电器(集团)有限公司 when 瑞安 is a place here)."""
    for x, y in ((a.name, b.name), (_key_name(a), _key_name(b))):
        kx, ky = _family_key(x), _family_key(y)
        if kx == ky and len(kx) >= 3 and kx != "工会":
            return True
        if places and len(kx) >= 2 and ky.endswith(kx) and ky[: -len(kx)] in places:
            return True
        # 联通某市分公司 and 中国联通某市分公司: a national prefix is part of the same name
        for prefix in lex.national_prefixes:
            if y == prefix + x or x == prefix + y:
                return True
    return False


def _short_form_of(short: ExtractedEntity, placed: bool, form: str, places: set[str]) -> bool:
    """Whether ``short`` is ``form`` written without its place, or a company's short form."""
    if form.endswith(short.name) and form != short.name:
        return not placed or form[: -len(short.name)] in places
    return short.type == "Company" and not placed and _short_company(short.name, form, places)


def _short_company(short: str, long: str, places: set[str]) -> bool:
    """某某公司 for 某地某某供应链管理有限公司: the short form's core opens the long name or
    follows its place, and the long name says more after it."""
    if not short.endswith("公司") or long.endswith(BRANCH_SUFFIXES):
        return False  # a branch (某某集团某地分公司) is a company of its own, a group (集团) too
    core, full = _family_key(short), _family_key(long)
    at = full.find(core)
    if len(core) < 2 or at < 0 or len(full) <= at + len(core):
        return False
    return at == 0 or full[:at] in places


def _abbreviates(short: ExtractedEntity, long: ExtractedEntity) -> bool:
    if short.attributes.get("place") or len(short.name) < 5 or len(long.name) <= len(short.name):
        return False
    tail = _UNION_FAMILY.search(short.name)
    if tail is None or not long.name.endswith(tail.group()):
        return False
    if short.name[0] not in long.name[:4]:
        return False  # an abbreviation keeps the head of the name
    chars = iter(long.name)
    return all(ch in chars for ch in short.name)


def _expanded(span: OrgSpan, table: EntityTable) -> str:
    """The name with every place head in its full form: 温州乐清… → 温州市乐清市…."""
    parts, cursor = [], span.start
    for place in span.places:
        # a zone written with the places before it (某市国家高新区): its own words after them
        parts.append(place.name if place.start >= cursor else table.text[cursor : place.end])
        cursor = place.end
    return "".join(parts) + span.text[cursor - span.start :]

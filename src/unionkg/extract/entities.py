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

from ..model import EntityKey, EntityType, ExtractedEntity, Mention
from .gazetteer import Gazetteer, Place
from .lexicon import Lexicon
from .namecompare import (
    abbreviates,
    expanded_name,
    family_key,
    fullness,
    glossed,
    national_variant,
    place_written_with,
    same_family,
    short_form_of,
    shortens_place,
    transposed,
)
from .orgs import OrgSpan
from .places import PlaceHit

__all__ = ["LEVEL_RANK", "EntityTable"]

PLACE_GRAMMAR = "place-grammar/v1"

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
    entities: dict[EntityKey, ExtractedEntity] = field(default_factory=dict)
    by_span: dict[tuple[int, int], EntityKey] = field(default_factory=dict)
    place_for_hit: dict[tuple[int, int], EntityKey] = field(default_factory=dict)
    # the places the article's source is named after (阜新日报: 阜新市), widest first
    source_places: list[Place] = field(default_factory=list)

    # ------------------------------------------------------------------ adding

    def add(
        self, key: EntityKey, etype: EntityType, name: str, span: tuple[int, int], source: str
    ) -> ExtractedEntity:
        """Record a mention of entity ``key`` at ``span`` (start, end) found by rule
        ``source``; its written form (and, for a converted text, its form as first written)
        becomes an alias."""
        ent = self.add_reference(key, etype, name, span, source)
        start, end = span
        surface = self.text[start:end]
        if surface != ent.name:
            ent.aliases.add(surface)
        if self.original is not None:
            written = self.original[start:end]
            if written != surface:
                ent.aliases.add(written)
        return ent

    def add_reference(
        self, key: EntityKey, etype: EntityType, name: str, span: tuple[int, int], source: str
    ) -> ExtractedEntity:
        """Record a mention of entity ``key`` whose written form names nothing outside the
        article (区总工会, 该镇总工会, 联合会): the mention counts, the form is no alias."""
        ent = self.entities.get(key)
        if ent is None:
            ent = ExtractedEntity(key=key, type=etype, name=name)
            self.entities[key] = ent
        start, end = span
        ent.mentions.append(Mention(self.text[start:end], start, end, source))
        if name != ent.name:
            ent.aliases.add(name)
        self.by_span[(start, end)] = key
        return ent

    def add_place(self, hit: PlaceHit, source: str) -> EntityKey:
        code = self.gaz.code_of(hit.place) if hit.place else None
        key = EntityKey("Town", hit.name, code or "")
        ent = self.add(key, "Town", hit.name, (hit.start, hit.end), source)
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
        own = [p for p in self.source_places if p.level_name in wanted and p.name.endswith(head)]
        if own and at:  # 市总工会 in a city's own paper: that city's, whatever else it names
            return self._town_of(own[-1], at)
        counts: Counter[EntityKey] = Counter()
        first: dict[EntityKey, int] = {}
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
        gazetteer. The place is a place of the article even where the text never writes it
        (自治区总工会 in an article on 某市 names its region): the organization's full name
        begins with it."""
        for name, _ in self._ancestor_votes(head).most_common():
            places = [p for p in self.gaz.lookup(name) if p.name == name and p.level_name == level]
            if len(places) != 1:
                continue
            return self._town_of(places[0], at)
        return None

    def _town_of(self, place: Place, at: tuple[int, int]) -> ExtractedEntity:
        """The article's Town for the division ``place`` a level-only head at ``at`` speaks of:
        the one the text names, else a new one mentioned there."""
        code = self.gaz.code_of(place) or ""
        key = EntityKey("Town", place.name, code)
        named = [e for e in self.entities.values() if e.type == "Town" and e.name == place.name]
        if key in self.entities or len(named) == 1:
            return self.entities[key] if key in self.entities else named[0]
        ent = ExtractedEntity(key=key, type="Town", name=place.name)
        ent.attributes.update(level=place.level_name, admin_code=code)
        ent.mentions.append(Mention(self.text[at[0] : at[1]], *at, "gazetteer-ancestor/v1"))
        ent.attributes["parents"] = "/".join(p.name for p in self.gaz.chain(place)[1:])
        self.entities[key] = ent
        return ent

    def _ancestor_votes(self, head: str) -> Counter[str]:
        """The ancestors of the article's places whose names end in ``head``, each counted
        once per mention of a place that lies in it."""
        votes: Counter[str] = Counter()
        for ent in self.entities.values():
            if ent.type == "Town":
                for name in ent.attributes.get("parents", "").split("/"):
                    if name.endswith(head):
                        votes[name] += len(ent.mentions)
        return votes

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

    def add_org(self, span: OrgSpan) -> EntityKey | None:
        """Record an organization mention under the key of its most specific place (the key
        of ``span``'s entity), or None where the place a level-only head speaks of is not
        certain."""
        if span.branch_place is not None and (key := self._add_branch(span)):
            return key
        found = self._place_of_org(span)
        if found is None:
            return None
        place, rest = found
        if place is None:
            canonical = span.text
            key = EntityKey(span.type, self.lex.expand(canonical))
        else:
            canonical = span.text if span.places else place.name + rest
            code = place.attributes.get("admin_code", "")
            key = EntityKey(span.type, self.lex.expand(place.name + rest), code)
        canonical = "".join(canonical.split())
        # 区总工会, or 人社局 listed after 某市教体局: the written form names nothing by itself
        level_only = (bool(span.level_head) and not span.places) or span.listed_after is not None
        where = (span.start, span.end)
        if level_only:
            ent = self.add_reference(key, span.type, canonical, where, span.source)
        else:
            ent = self.add(key, span.type, canonical, where, span.source)
        if self.lex.expand(canonical) != canonical:  # 某市人社局 is also 某市人力资源和社会保障局
            ent.aliases.add(self.lex.expand(canonical))
        if short_form := self.lex.national_short_form(canonical):
            ent.aliases.add(short_form)
        if place is not None:
            self._placed_names(ent, span, place, rest)
        return key

    def _add_branch(self, span: OrgSpan) -> EntityKey | None:
        """某某银行重庆分行 lies in 重庆市: keyed by its name and that place's code."""
        assert span.branch_place is not None
        place = self.place_for_hit.get((span.branch_place.start, span.branch_place.end))
        if not place:
            return None
        canonical = "".join(span.text.split())
        code = self.entities[place].attributes.get("admin_code", "")
        key = EntityKey(span.type, self.lex.expand(canonical), code)
        ent = self.add(key, span.type, canonical, (span.start, span.end), span.source)
        ent.place = place
        return key

    def _place_of_org(self, span: OrgSpan) -> tuple[ExtractedEntity | None, str] | None:
        """The place an organization is named after and the rest of its name: the most
        specific of its leading places, the place of the body it is listed after, the
        article's own place (a trade's union) or the place its level-only head speaks of;
        None when a level-only head finds no place."""
        if span.places:
            return self._most_specific(span.places), span.text[span.places[-1].end - span.start :]
        if span.listed_after is not None:  # 某市教体局、人社局: the place of the one before
            before = self.by_span.get((span.listed_after.start, span.listed_after.end))
            place = self.entities[before].place if before else None
            if not place or place not in self.entities:
                return None
            return self.entities[place], span.text
        if span.level_head == "":  # a trade's union: named after the article's own place
            home = place_written_with(self.entities, span.type, span.text) or self.main_place()
            return None if home is None else (home, span.text)
        if span.level_head:
            head = span.level_head.lstrip("".join(self.lex.demonstratives))
            home = self.home_place(head, (span.start, span.start + len(span.level_head)))
            if home is None:
                return None  # 市总工会 in an article naming no city: nothing certain to name
            return home, span.text[len(span.level_head) :]
        return None, span.text

    def _most_specific(self, hits: list[PlaceHit]) -> ExtractedEntity | None:
        """Of the places at a name's head, the most specific; of two alike, the one written
        later (inside)."""
        keys = [self.place_for_hit.get((p.start, p.end)) for p in hits]
        places = [self.entities[k] for k in keys if k]
        if not places:
            return None
        return max(
            reversed(places), key=lambda e: LEVEL_RANK.get(e.attributes.get("level", "place"), 5)
        )

    def _placed_names(
        self, ent: ExtractedEntity, span: OrgSpan, place: ExtractedEntity, rest: str
    ) -> None:
        """The place of an organization named after it, and the names that place gives it:
        温州市乐清市柳市镇总工会 and 柳市镇总工会; 某某州总工会 for 州总工会."""
        ent.place = place.key
        if span.places:
            ent.aliases.add(expanded_name(span, self.text))
            ent.aliases.add(place.name + rest)
        elif span.level_head:
            head = span.level_head[-1]
            for form in place.aliases:
                if form.endswith(head) and len(form) > 2:
                    ent.aliases.add(form + rest)
        ent.aliases.discard(ent.name)

    def add_back_references(self, boundaries: set[int]) -> None:
        """联合会, 联合工会, 该工会联合会 written alone after the union was named in full: a
        mention of the article's one union of that kind (加入联合会, 成为联合工会的会员).
        The word must start a word of the model's (``boundaries``) and lie in no name."""
        for m in self.lex.back_reference.finditer(self.text):
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
                union = unions[0]
                self.add_reference(union.key, "Union", union.name, m.span(), "back-reference/v1")

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
                    self.add(key, ent.type, ent.name, m.span(), "repeated-name/v1")

    def _cores(self, ent: ExtractedEntity, place_forms: set[str]) -> list[str]:
        """A company's name without its legal suffix and place: 某某鞋业 of 福建某某鞋业有限公司."""
        if ent.type != "Company":
            return []
        core = family_key(ent.name, self.lex)
        lead = max((p for p in place_forms if core.startswith(p)), key=len, default="")
        return [core[len(lead) :]] if core != ent.name and lead else []

    def add_kind_references(self) -> None:
        """医院, 该商会, 合作社 written alone where the article names one body of that kind:
        a mention of it (会上，某区总工会与医院签订协议), but not after a count or 各 (各医院)."""
        for m in self.lex.kind_reference.finditer(self.text):
            if any(s < m.end() and m.start() < e for s, e in self.by_span):
                continue
            before = self.text[m.start() - 1 : m.start()]
            if "\u4e00" <= before <= "\u9fff" and before not in self.lex.reference_preceders:
                continue  # 人民医院, 各医院: part of a name, or any body of the kind
            if key := self.one_body_of_kind(m.group(1)):
                body = self.entities[key]
                self.add_reference(key, body.type, body.name, m.span(), "kind-reference/v1")

    def one_body_of_kind(self, kind: str) -> EntityKey | None:
        """The article's one company or organization whose name ends with ``kind`` (医院, 商会,
        院 …); None where there is none or more than one."""
        bodies = [e.key for e in self.entities.values()
                  if e.type in {"Company", "Organization"} and e.name.endswith(kind)
                  and len(e.name) > len(kind)]  # fmt: skip
        return bodies[0] if len(bodies) == 1 else None

    def add_own_unions(self) -> None:
        """公司工会, 集团工会, 该公司工会 written without a name: the union of the company (of
        the group, for 集团) written last before it, when there is one; not where the word was
        first written before any such company (the article's own body, left unnamed)."""
        orphans: set[str] = set()
        for m in self.lex.own_union.finditer(self.text):
            if any(s < m.end() and m.start() < e for s, e in self.by_span):
                continue  # part of a name written in full
            if m.start() > 0 and self.text[m.start() - 1] in self.lex.quantifiers:
                continue  # 各公司工会: every company's, not one
            company = self._company_before(m.start(), m.group(m.lastindex or 1))
            if company is None or m.group() in orphans:
                orphans.add(m.group())
                continue
            union = self.lex.union_word
            name = company.name + union
            names = {form + union for form in (company.name, *company.aliases)}
            key = next(
                (e.key for e in self.entities.values()
                 if e.type == "Union" and names & {e.name, *e.aliases}),
                EntityKey("Union", self.lex.expand(name), _code_of_place(self, company)),
            )  # fmt: skip
            ent = self.add_reference(key, "Union", name, m.span(), "own-union/v1")
            ent.aliases.add(name)
            ent.aliases.discard(ent.name)
            if company.place is not None and ent.place is None:
                ent.place = company.place

    def _company_before(self, pos: int, kind: str) -> ExtractedEntity | None:
        """The company mentioned last before ``pos`` (for 集团, the last group)."""
        before = [
            (mention.end, ent)
            for ent in self.entities.values()
            if ent.type == "Company" and (kind == self.lex.company_word or kind in ent.name)
            for mention in ent.mentions
            if mention.end <= pos
        ]
        return max(before, key=lambda pair: pair[0])[1] if before else None

    def merge_into(self, src: EntityKey, dst: EntityKey) -> None:
        """Fold entity ``src`` into ``dst``: its mentions and names become ``dst``'s."""
        a, b = self.entities.pop(src), self.entities[dst]
        b.mentions += a.mentions
        b.aliases |= ({a.name} | a.aliases) - {b.name}
        for span, key in self.by_span.items():
            if key == src:
                self.by_span[span] = dst
        for k, v in a.attributes.items():
            b.attributes.setdefault(k, v)
        if b.place is None:
            b.place = a.place
        for ent in self.entities.values():  # what pointed at src points at dst
            if ent.place == src:
                ent.place = dst
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
            place = max((f for f in place_forms if ent.name.startswith(f)), key=len, default=None)
            if place is None or ent.name[len(place) :] not in self.lex.company_branch_suffixes:
                continue  # the longest form: 瑞昌 and 瑞昌市 both begin 瑞昌市分公司
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

    def remove(self, key: EntityKey) -> None:
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
            placed = ent.place is not None or ent.type == "Town"
            fits = [
                other.key
                for other in ents
                if other.key != ent.key
                and other.key in self.entities
                and other.type == ent.type
                and any(
                    short_form_of(ent, placed, form, place_forms, self.lex)
                    for form in (other.name, *other.aliases)
                )
            ]
            if len(fits) == 1:
                self.merge_into(ent.key, fits[0])

    def settle_names(self) -> None:
        """An organization's canonical name is the fullest form the article writes of it (not
        the name of a union's committee of one term)."""
        lex = self.lex
        term = lex.patterns["union_term"]
        for ent in self.entities.values():
            if ent.type not in {"Union", "Company", "Organization"}:
                continue
            written = {"".join(m.text.split()) for m in ent.mentions} & (ent.aliases | {ent.name})
            best = max(
                written | {ent.name},
                key=lambda n: (not term.search(n), not glossed(n, lex), fullness(n, lex), n),
            )
            if best != ent.name:
                ent.aliases.discard(best)
                ent.aliases.add(ent.name)
                ent.name = best

    def _of_other_owners(self, a: ExtractedEntity, b: ExtractedEntity) -> bool:
        """Whether two unions belong to two different organizations of the article (某某集团工会
        and 某某电器集团有限公司工会: the group's and its company's)."""
        heads = [self._owner_of(x) for x in (a, b)]
        return None not in heads and heads[0] != heads[1]

    def _owner_of(self, union: ExtractedEntity) -> EntityKey | None:
        """The company or body of the article whose name, in any of its forms, is the union's
        name without its union suffix (某某公司工会 → 某某公司)."""
        head = self.lex.union_family.sub("", union.name)
        return next((e.key for e in self.entities.values() if e.type in {"Company", "Organization"}
                     and head in (e.name, *e.aliases)), None)  # fmt: skip

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
            key=lambda e: (*(-x for x in fullness(e.name, self.lex)), e.key),
        )
        places = {
            f for e in self.entities.values() if e.type == "Town" for f in (e.name, *e.aliases)
        }
        for short in reversed(orgs):
            if short.key not in self.entities:
                continue
            long = next((o for o in orgs if self._variant_of(short, o, places)), None)
            if long is not None:
                self.merge_into(short.key, long.key)
        self._merge_place_variants()

    def _merge_place_variants(self) -> None:
        """A place the gazetteer does not know whose name is a short form of another place of
        the article (its characters in order, the same kind): 某城街道 and 城新村街道 for
        某城新村街道, one written whole, the others cut by the model."""
        towns = sorted(
            (e for e in self.entities.values() if e.type == "Town"),
            key=lambda e: (-len(e.name), e.key),
        )
        for short in reversed(towns):
            if {m.source for m in short.mentions} != {PLACE_GRAMMAR}:
                continue
            long = next((t for t in towns if t.key in self.entities and
                         shortens_place(short.name, t.name, self.lex)), None)  # fmt: skip
            if long is not None:
                self.merge_into(short.key, long.key)

    def _variant_of(self, short: ExtractedEntity, long: ExtractedEntity, places: set[str]) -> bool:
        """Whether ``short`` is another form of the organization ``long`` names at least as
        fully (see :meth:`merge_variants`)."""
        if long.key == short.key or long.key not in self.entities or long.type != short.type:
            return False
        if fullness(long.name, self.lex) < fullness(short.name, self.lex):
            return False
        if same_family(short, long, self.lex, places) or transposed(short.name, long.name):
            return True
        owner = self._owner_of(short) if short.type == "Union" else None
        if owner is not None and owner == self._owner_of(long):
            return True  # 某园公司工会 and 某地某产业园有限公司工会: the owner's two forms
        neutral = self._place_neutral(short.name), self._place_neutral(long.name)
        if national_variant(*neutral, self.lex) or neutral[0] == neutral[1]:
            return True  # 某某银行重庆市分行 and 中国某某银行重庆分行, 某某银行重庆分行
        return abbreviates(short, long, self.lex) and not self._of_other_owners(short, long)

    def _place_neutral(self, name: str) -> str:
        """``name`` with each place of the article, however written, as one mark (重庆 and
        重庆市 alike)."""
        forms = {f: i for i, e in enumerate(self.entities.values()) if e.type == "Town"
                 for f in (e.name, *e.aliases) if len(f) >= 2}  # fmt: skip
        if not forms:
            return name
        pattern = "|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f)))
        return re.sub(pattern, lambda m: f"<{forms[m.group()]}>", name)

    # ------------------------------------------------------------------ applying proposals

    def add_implied(self, key: EntityKey, name: str, at: Mention, place: EntityKey | None = None,
                    derived_from: EntityKey | None = None) -> ExtractedEntity:  # fmt: skip
        """An entity the article implies without writing its name (the union of a company a
        post speaks of), recorded once at the mention ``at`` that implies it, with no span of
        its own."""
        ent = self.entities.get(key)
        if ent is None:
            ent = ExtractedEntity(key, key.type, name, place=place, derived_from=derived_from)
            ent.mentions.append(at)
            self.entities[key] = ent
        return ent

    def make_official(self, key: EntityKey) -> None:
        """A person the article gives a post becomes an Official."""
        if self.entities[key].type == "Person":
            self.entities[key].type = "Official"


def _code_of_place(table: EntityTable, ent: ExtractedEntity) -> str:
    place = table.entities.get(ent.place) if ent.place else None
    return place.attributes.get("admin_code", "") if place else ""

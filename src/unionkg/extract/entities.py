"""The entities of one article: a table of them, keyed and looked up by the span of each
mention, and the places a level-only head (市, 区, 镇 …) speaks of.

- Places take their official full name (温州 → 温州市) and keep what was written as an alias.
- Organizations are keyed by their place (:mod:`.orgkeys`); mentions written without a name
  are found in :mod:`.references`, and the names of one entity are merged in :mod:`.merging`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..model import EntityKey, EntityType, ExtractedEntity, Mention
from .clauses import level_fit, place_listed_before, place_named_in_clause
from .gazetteer import Gazetteer, Place
from .lexicon import Lexicon
from .placehit import PlaceHit

__all__ = ["LEVEL_RANK", "EntityTable", "parent_names"]

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


def parent_names(town: ExtractedEntity) -> list[str]:
    """The names of the places a town lies in, as the gazetteer gives them (its ``parents``
    attribute, nearest first).

    >>> from unionkg.model import EntityKey
    >>> town = ExtractedEntity(EntityKey("Town", "青禾镇"), "Town", "青禾镇")
    >>> town.attributes["parents"] = "德清县/湖州市/浙江省"
    >>> parent_names(town), parent_names(ExtractedEntity(EntityKey("Town", "某地"), "Town", "某地"))
    (['德清县', '湖州市', '浙江省'], [])
    """
    return [p for p in town.attributes.get("parents", "").split("/") if p]


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
    source: str = ""  # the article's publisher, as written (远帆集团)
    # where the article's unions' names start, all of them, before any is added
    union_starts: set[int] = field(default_factory=set)

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
            if hit.level == "town" and hit.text != hit.name and hit.name.startswith(hit.text):
                ent.aliases.add(hit.text)  # 某某路街 for 某某路街道, 某某 for 某某镇
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
        if at:  # 某市委常委、市总工会主席: the place the chain of posts named before it
            fits, post = level_fit(head, level), self.lex.title_head
            chained = place_named_in_clause(self.text, at[0], self._towns(), fits, post)
            if chained is not None:
                return chained
            listed = place_listed_before(self.text, at[0], head, self._towns(), fits)
            if listed is not None:
                return listed
        fits = level_fit(head, level)
        towns = [e for e in self._towns() if fits(e)]
        heading = self._heading_unions(head, towns) if level == "province" else []
        own = [p for p in self.source_places if p.level_name in wanted and p.name.endswith(head)]
        if heading and own and own[-1].name not in {t.name for t in heading}:
            own = []  # 省总工会 in a medium named after another province than the union's
        if own and at:  # 市总工会 in a city's own paper: that city's, whatever else it names
            return self.town_of(own[-1], at)
        if heading:
            # 省总工会 in an article that names 甲省总工会 in full and 乙 by its short form only
            # (a visiting delegation's region): 甲省, whatever 乙's count; a firm's name
            # (甲省某某有限公司) is no such sign
            towns = heading
        found = self._most_mentioned(head, level, towns, at)
        if found is None and at:
            found = self._wider_home(head, level, at)
        return found

    def _wider_home(self, head: str, level: str, at: tuple[int, int]) -> ExtractedEntity | None:
        """区党委 in an article on an autonomous region that names no district: the region, whose
        level word (自治区) ends in the head; else, for its federation only (该区总工会), the
        one zone of the article whose name ends in the head (某某经济技术开发区); None where
        no province's level word does (地区 is a prefecture's, which a district's head never
        means alone)."""
        wider = [
            word
            for word, kind in self.lex.level_prefixes.items()
            if word != head and word.endswith(head) and kind == "province" != level
        ]
        for word in wider:
            fits = level_fit(word, self.lex.level_prefixes[word])
            towns = [e for e in self._towns() if fits(e)]
            if len(towns) == 1:
                return towns[0]
        if not self.text.startswith(self.lex.cue_words["federation_words"], at[1]):
            return None  # 区第一届某某工会: a body of the zone's, no name to give it there
        zones = [
            t
            for t in self._towns()
            if t.attributes.get("level") == "zone" and t.name.endswith(head)
        ]
        return zones[0] if len(zones) == 1 else None

    def _most_mentioned(self, head: str, level: str, towns: list[ExtractedEntity],
                        at: tuple[int, int] | None) -> ExtractedEntity | None:  # fmt: skip
        """The place of ``towns`` a level-only head speaks of: the most mentioned, then the
        most specific, then the first mentioned (see :meth:`home_place`)."""
        counts: Counter[EntityKey] = Counter()
        first: dict[EntityKey, int] = {}
        # 省总工会 in an article on 某市 that also names another province at the head of a
        # firm's name (甲省能源(乙省)…公司): the province the article's places lie in
        below = Counter[str]()
        if level == "province":
            below = self._ancestor_votes(head)
        elif level == "city":
            below = self._district_votes(head)
        for ent in towns:
            counts[ent.key] = len(ent.mentions) + below[ent.name]
            first[ent.key] = min(m.start for m in ent.mentions)
        if not counts:
            return self._implied_place(head, level, at) if at else None
        hosts = [k for k in counts if self._hosts_visit(self.entities[k])]
        if len(hosts) == 1:  # 甲市代表团来乙市参观: the article is written where they come
            return self.entities[hosts[0]]
        rank = {k: LEVEL_RANK.get(self.entities[k].attributes.get("level", ""), 5) for k in counts}
        best = max(counts, key=lambda k: (counts[k], rank[k], -first[k]))
        if at and (unnamed := self._unnamed_ancestor(level, below, counts[best])) is not None:
            return self.town_of(unnamed, at)
        return self.entities[best]

    def _unnamed_ancestor(self, level: str, votes: Counter[str], named: int) -> Place | None:
        """省总工会 in an article whose places lie in a province it never writes, that names
        another province once in passing (甲省某市到乙市的专列): the province the article's places
        lie in, when they outvote the named one."""
        if level != "province" or not votes:
            return None
        name, count = votes.most_common(1)[0]
        if count <= named or any(e.name == name for e in self._towns()):
            return None
        places = [p for p in self.gaz.lookup(name) if p.name == name and p.level_name == level]
        return places[0] if len(places) == 1 else None

    def _hosts_visit(self, town: ExtractedEntity) -> bool:
        """Whether ``town`` is written as where visitors come (来某市参观, 来某市考察): the
        place the article is written in."""
        words = self.lex.cue_words
        come, visits = tuple(words["arrival_words"]), tuple(words["visit_verbs"])
        return any(
            self.text.endswith(come, 0, m.start) and self.text.startswith(visits, m.end)
            for m in town.mentions
        )

    def _heading_unions(self, head: str, towns: list[ExtractedEntity]) -> list[ExtractedEntity]:
        """The ``towns`` written in full with the level word of ``head`` (甲省, not 甲) at the
        head of a union's name (甲省总工会)."""
        return [
            town
            for town in towns
            if any(
                m.start in self.union_starts and len(m.text) > len(head) and m.text.endswith(head)
                for m in town.mentions
            )
        ]

    def _towns(self) -> list[ExtractedEntity]:
        return [e for e in self.entities.values() if e.type == "Town"]

    def _implied_place(self, head: str, level: str, at: tuple[int, int]) -> ExtractedEntity | None:
        """省总工会 in an article that names only 某市: the province its places lie in, by the
        gazetteer. The place is a place of the article even where the text never writes it
        (自治区总工会 in an article on 某市 names its region): the organization's full name
        begins with it."""
        # 市总工会 in an article on a municipality's district (某区): the municipality, a
        # province-level city, as home_place finds it among the article's places
        wanted = {level} | ({"province"} if level == "city" else set())
        for name, _ in self._ancestor_votes(head).most_common():
            places = [p for p in self.gaz.lookup(name) if p.name == name and p.level_name in wanted]
            if len(places) != 1:
                continue
            return self.town_of(places[0], at)
        return None

    def written_key(self, etype: EntityType, name: str) -> EntityKey | None:
        """The key of the first entity of that type written under that name (its key may carry
        a place's code the name alone does not give: 某省大学), None where there is none."""
        return next(
            (k for k, e in self.entities.items() if e.type == etype and e.name == name), None
        )

    def town_of(self, place: Place, at: tuple[int, int]) -> ExtractedEntity:
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

    def _district_votes(self, head: str) -> Counter[str]:
        """市总工会 in an article on a district (某区) it writes without its city: the city
        the district lies in, once per such mention (a district written after its city,
        甲市乙区, is a visitor's; a county-level city is a 市 itself, no vote for the city
        above it)."""
        votes: Counter[str] = Counter()
        for ent in self._towns():
            if ent.name.endswith(head):
                continue
            above = [name for name in parent_names(ent)[:1] if name.endswith(head)]
            for name in above:
                forms = (name, name.removesuffix(head))
                alone = [m for m in ent.mentions if not self.text.endswith(forms, 0, m.start)]
                votes[name] += len(alone)
        return votes

    def _ancestor_votes(self, head: str) -> Counter[str]:
        """The ancestors of the article's places whose names end in ``head``, each counted
        once per mention of a place that lies in it; and once, those of the source's own
        place (市委 in a county's own paper: the city the county lies in)."""
        votes: Counter[str] = Counter()
        for ent in self.entities.values():
            if ent.type == "Town":
                for name in parent_names(ent):
                    if name.endswith(head):
                        votes[name] += len(ent.mentions)
        for place in self.source_places:
            for above in self.gaz.chain(place)[1:]:
                if above.name.endswith(head):
                    votes[above.name] += 1
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

    def add_free_occurrences(self, key: EntityKey, etype: EntityType, name: str, form: str,
                             rule: str) -> None:  # fmt: skip
        """Make every occurrence of ``form`` that overlaps no mention a mention of the entity
        (a name written again where the model read the words otherwise)."""
        for m in re.finditer(re.escape(form), self.text):
            if not any(s < m.end() and m.start() < e for s, e in self.by_span):
                self.add(key, etype, name, m.span(), rule)

    def covered(self, start: int, end: int) -> bool:
        """Whether a mention found already covers ``start:end`` whole."""
        return any(s <= start and end <= e for s, e in self.by_span)

    def place_forms(self) -> set[str]:
        """Every name the article's places go by (温州市, 温州 …)."""
        towns = (e for e in self.entities.values() if e.type == "Town")
        return {form for e in towns for form in (e.name, *e.aliases)}

    def remove(self, key: EntityKey) -> None:
        """Forget entity ``key`` and its mentions."""
        del self.entities[key]
        for span in [span for span, k in self.by_span.items() if k == key]:
            del self.by_span[span]

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

"""Extraction of one article: a pure function of the article and read-only resources.

Extraction runs an ordered table of named passes over one :class:`~.doc.ArticleDoc`
(spaCy's pipeline is the model): each pass reads what the earlier ones left in the document
and adds its own findings. A caller lists them with :func:`pass_names` and switches some off
with ``extract_article(..., disable=(...))``, to see what one pass contributes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..errors import UnknownNameError
from ..model import Article, Extraction
from .declared_places import add_declared_places
from .doc import ArticleDoc
from .employer_sites import type_employer_sites
from .firm_units import add_national_groups, type_firm_units
from .firms import add_titled_firms, add_worker_firms
from .gazetteer import Gazetteer, default_gazetteer
from .inner_places import add_inner_divisions
from .institutions import add_institution_units, add_own_institution, name_colleges
from .lexicon import Lexicon, default_lexicon
from .mentions import (
    add_appositions,
    add_declared_short_names,
    add_listed_brands,
    add_listed_federations,
    add_listed_peers,
    add_listed_trades,
    add_quoted_brands,
    add_union_owners,
)
from .merging import merge_short_forms, merge_variants, settle_branches, settle_names
from .namewords import drop_titled_names
from .ner import Tagger, default_tagger
from .orgkeys import add_org
from .orgs import brand_word_places, find_orgs
from .orgspan import OrgSpan
from .persons import (
    add_author_lines,
    add_bylines,
    add_closing_bylines,
    add_model_persons,
    add_repeated_persons,
    add_titled_persons,
    merge_cut_persons,
    type_officials,
)
from .placehit import PlaceHit
from .places import find_places
from .references import (
    add_back_references,
    add_brand_names,
    add_head_offices,
    add_kind_references,
    add_level_short_names,
    add_own_unions,
    add_repeated_names,
)
from .relations import RELATION_PASSES, drop_person_founders
from .rulebook import RuleBook, default_rulebook
from .sites import add_named_sites
from .studios import split_studios
from .terms import drop_union_terms, fold_term_committees
from .zones import buildings_in_names, zones_in_names

__all__ = ["PASSES", "Pass", "Resources", "default_resources", "extract_article", "pass_names"]


@dataclass(frozen=True)
class Resources:
    """What extraction reads besides the article: the model, the gazetteer, the word classes
    and every rule with its confidence (``rules``: see :mod:`unionkg.extract.rulebook`).

    >>> res = default_resources().with_confidences({"name-place/v1": 0.5})
    >>> res.rules.confidence("name-place/v1"), default_resources().rules.confidence("name-place/v1")
    (0.5, 0.96)
    """

    tagger: Tagger
    gazetteer: Gazetteer
    lexicon: Lexicon
    rules: RuleBook = field(default_factory=default_rulebook)

    def with_confidences(self, confidences: Mapping[str, float]) -> Resources:
        """The same resources with these rules' confidences (by rule id) instead."""
        return replace(self, rules=self.rules.with_confidences(confidences))

    def without_rules(self, rules: Iterable[str]) -> Resources:
        """The same resources with these relation rules switched off."""
        return replace(self, rules=self.rules.without(rules))


@lru_cache(maxsize=1)
def default_resources() -> Resources:
    """The shipped model, gazetteer and rules, loaded once per process."""
    return Resources(default_tagger(), default_gazetteer(), default_lexicon())


Pass = Callable[[ArticleDoc], None]


def _find_places(doc: ArticleDoc) -> None:
    places = find_places(doc.text, doc.index, doc.gaz, doc.lex)
    doc.places = add_named_sites(doc.text, doc.index, places, doc.lex, doc.gaz)


def _find_orgs(doc: ArticleDoc) -> None:
    """Organization spans; a place that straddles the edge of one (会同县 in 某总工会同县人社局,
    和县 in 某总工会和县人社局) or is a word of a firm's brand (莲花 of 某市某某莲花超市有限
    公司) is no place."""
    doc.orgs = find_orgs(doc.text, doc.index, doc.places, doc.lex, doc.gaz)
    doc.places = [p for p in doc.places if not any(_straddles(p, o) for o in doc.orgs)]
    brand = brand_word_places(doc.text, doc.index, doc.places, doc.orgs, doc.lex, doc.gaz)
    doc.places = [p for p in doc.places if p not in brand]


def _straddles(place: PlaceHit, org: OrgSpan) -> bool:
    return place.start < org.start < place.end < org.end or (
        org.start < place.start < org.end < place.end
    )


def _add_zones(doc: ArticleDoc) -> None:
    """A zone written inside an organization's name (某某经济开发区某公司) is a place, and the
    most specific place of every name that holds it."""
    zones = zones_in_names(doc.text, doc.orgs, doc.lex)
    _add_cut_zones(doc)
    for zone in [*zones, *buildings_in_names(doc.text, doc.orgs, doc.lex)]:
        if any(p.end == zone.end and p.start > zone.start for p in doc.places):
            continue  # 共青团某某保税区委员会: a known place, with words before it that are none
        if not any(p.start == zone.start and p.end == zone.end for p in doc.places):
            doc.places.append(zone)
        if zone.start > 0 and doc.text[zone.start - 1] in "(（":
            continue  # 某新区(某高新区)总工会: a gloss, not where the name's body lies
        for org in doc.orgs:
            if org.start <= zone.start and zone.end < org.end and zone not in org.places:
                org.places.append(zone)


def _add_cut_zones(doc: ArticleDoc) -> None:
    """A zone the gazetteer does not know that a firm's name was cut after (某某新区|某省某某
    有限公司: see :mod:`.orgbody`) is a place, where the firm lies."""
    for org in doc.orgs:
        zone = org.branch_place
        if zone is None or zone.candidates or zone.level != "zone":
            continue
        if not any(p.start == zone.start and p.end == zone.end for p in doc.places):
            doc.places.append(zone)


def _drop_name_word_sites(doc: ArticleDoc) -> None:
    """A place of no administrative kind (某某科技产业园) that the article writes only at the
    head of a company's registered name (某某科技产业园有限公司, 某某园发展有限公司) is a word
    of the name, not a place the company is in: the company is in the place before it."""
    legal = "|".join(re.escape(s) for s in doc.lex.company_legal_suffixes)

    def name_word(hit: PlaceHit) -> bool:
        if hit.candidates or len(hit.text) < 3:
            return False
        registered = re.findall(
            f"{re.escape(hit.text)}[\u4e00-\u9fff]{{0,4}}?(?:{legal})", doc.text
        )
        return len(registered) == doc.text.count(hit.text)

    words = [hit for hit in doc.places if name_word(hit)]
    doc.places = [hit for hit in doc.places if hit not in words]
    for org in doc.orgs:  # the places the word's own name holds (某区 of 某某区某园) stay
        org.places = [p for hit in org.places for p in (hit.inside if hit in words else [hit])]


def _add_place_entities(doc: ArticleDoc) -> None:
    for hit in doc.places:
        doc.table.add_place(hit, "gazetteer/v1" if hit.candidates else "place-grammar/v1")


def _add_org_entities(doc: ArticleDoc) -> None:
    doc.table.union_starts = {span.start for span in doc.orgs if span.type == "Union"}
    for span in sorted(doc.orgs, key=lambda s: (s.start, -s.end)):
        add_org(doc.table, span)


# The passes in the order they run: (name, pass). Entities first, then relations, then the
# persons the relations and the text give a post, then the founders that are persons.
PASSES: tuple[tuple[str, Pass], ...] = (
    ("places", _find_places),
    ("declared-places", add_declared_places),
    ("orgs", _find_orgs),
    ("studios", split_studios),
    ("zones", _add_zones),
    ("inner-divisions", add_inner_divisions),
    ("name-word-sites", _drop_name_word_sites),
    ("titled-names", drop_titled_names),
    ("firm-units", type_firm_units),
    ("employer-sites", type_employer_sites),
    ("place-entities", _add_place_entities),
    ("org-entities", _add_org_entities),
    ("short-names", add_declared_short_names),
    ("appositions", add_appositions),
    ("listed-federations", add_listed_federations),
    ("branches", lambda doc: settle_branches(doc.table)),
    ("short-forms", lambda doc: merge_short_forms(doc.table)),
    ("term-committees", fold_term_committees),
    ("variants", lambda doc: merge_variants(doc.table)),
    ("names", lambda doc: settle_names(doc.table)),
    ("union-terms", drop_union_terms),
    ("union-owners", add_union_owners),
    ("colleges", name_colleges),
    ("own-institution", add_own_institution),
    ("own-unions", lambda doc: add_own_unions(doc.table)),
    ("head-offices", lambda doc: add_head_offices(doc.table, doc.index)),
    ("institution-units", add_institution_units),
    ("quoted-brands", add_quoted_brands),
    ("listed-brands", add_listed_brands),
    ("listed-peers", add_listed_peers),
    ("listed-trades", add_listed_trades),
    ("national-groups", add_national_groups),
    ("titled-firms", add_titled_firms),
    ("worker-firms", add_worker_firms),
    ("back-references", lambda doc: add_back_references(doc.table, doc.index.starts)),
    ("repeated-names", lambda doc: add_repeated_names(doc.table)),
    ("brand-names", lambda doc: add_brand_names(doc.table, doc.index)),
    ("level-short-names", lambda doc: add_level_short_names(doc.table)),
    ("kind-references", lambda doc: add_kind_references(doc.table)),
    ("bylines", add_bylines),
    ("model-persons", add_model_persons),
    ("titled-persons", add_titled_persons),
    ("cut-persons", merge_cut_persons),
    ("repeated-persons", add_repeated_persons),
    ("closing-bylines", add_closing_bylines),
    ("author-lines", add_author_lines),
    *RELATION_PASSES,
    ("officials", type_officials),
    ("person-founders", drop_person_founders),
)


def pass_names() -> list[str]:
    """The names of the extraction passes, in the order they run.

    >>> names = pass_names()
    >>> names[0], names[-1], "quoted-brands" in names
    ('places', 'person-founders', True)
    """
    return [name for name, _ in PASSES]


def extract_article(article: Article, resources: Resources | None = None,
                    disable: Iterable[str] = ()) -> Extraction:  # fmt: skip
    """Entities and relations of one article, by every pass but those named in ``disable``.

    >>> from unionkg.model import Article
    >>> ex = extract_article(Article(id="t", text="瑞安市总工会主席林启明表示。"))
    >>> sorted((e.type, e.name) for e in ex.entities)
    [('Official', '林启明'), ('Town', '瑞安市'), ('Union', '瑞安市总工会')]
    >>> ex = extract_article(Article(id="t", text="瑞安市总工会主席林启明表示。"),
    ...                      disable=("model-persons", "titled-persons"))
    >>> sorted((e.type, e.name) for e in ex.entities)
    [('Town', '瑞安市'), ('Union', '瑞安市总工会')]
    """
    off = set(disable)
    unknown = sorted(off - set(pass_names()))
    if unknown:
        raise UnknownNameError("extraction pass", unknown[0], pass_names())
    doc = ArticleDoc.read(article, resources or default_resources())
    for name, run in PASSES:
        if name not in off:
            run(doc)
    return Extraction(article, list(doc.table.entities.values()), doc.out.relations)

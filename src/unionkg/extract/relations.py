"""Relations of one article: from names, from sentence patterns, from posts, from the article.

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

from ..model import Article, ExtractedRelation
from .collect import Collector, make_template, split_sentences
from .entities import EntityTable
from .founding import links_from_article
from .from_names import links_from_names
from .lexicon import Lexicon
from .orgs import OrgSpan
from .patterns import PatternRule, pattern_links
from .places import PlaceHit, TokenIndex
from .posts import post_links
from .rulebook import RuleBook

__all__ = ["PatternRule", "find_relations", "split_sentences"]


def find_relations(article: Article, table: EntityTable, index: TokenIndex,
                   places: list[PlaceHit], orgs: list[OrgSpan], lex: Lexicon,
                   rules: RuleBook | None = None) -> list[ExtractedRelation]:  # fmt: skip
    """Every relation the article states between its entities (each rule's confidence, and
    whether it runs at all, from ``rules``: the shipped rule book by default)."""
    out = Collector(article, table, rules)
    links_from_names(out, table, places, orgs, lex)
    templates = [make_template(article.text, s, e, table) for s, e in split_sentences(article.text)]
    templates = [t for t in templates if t.slots]
    for tpl in templates:
        pattern_links(out, tpl, table, article)
    for tpl in templates:
        post_links(out, tpl, table, lex)
    links_from_article(out, templates, table, article)
    _derived_unions(out, table)
    for rel in out.relations:
        if rel.type in {"chairedBy", "holdsPosition"}:
            person = rel.object if rel.type == "chairedBy" else rel.subject
            if table.entities[person].type == "Person":
                table.entities[person].type = "Official"
    return out.relations


def _derived_unions(out: Collector, table: EntityTable) -> None:
    """A company's union that a post named (公司董事长甲、工会主席乙) belongs to the company,
    on the evidence of the sentence naming the post."""
    rule = "company-union/v1"
    for rel in list(out.relations):
        union = rel.subject if rel.type == "chairedBy" else rel.object
        company = table.entities[union].attributes.get("derived_from")
        if rel.type in {"chairedBy", "holdsPosition"} and company in table.entities:
            ev = rel.evidence
            out.add(
                "subOrganizationOf", union, company, ev.start, ev.end, rule, out.confidence(rule)
            )

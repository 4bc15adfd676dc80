"""Relations of one article: from names, from sentence patterns, from posts, from the article.

Each sentence is rewritten as a template in which every entity mention is a placeholder
(``〔O3〕`` an organization, ``〔P1〕`` a person, ``〔T2〕`` a place); the patterns of
``rules/relations.json`` and the post grammar read those templates, so they speak of word
classes, never of particular names. The relation passes, in order:

1. ``name-relations``: an organization lies in the place its name begins with; X公司工会
   belongs to X公司;
2. ``pattern-relations``: every rule of ``relations.json`` over every sentence (``founding``
   rules only note that the article reports the founding of an organization);
3. ``post-relations``: ``ORG title PER``, ``PER 当选为 ORG title``, ``选举 PER 为 title``;
   ``implied-places``: a body a post implies lies in its place; ``site-places``: a site
   written right after a lone level-only head (在县某某广场) lies in the place it speaks of;
4. ``founding-relations``: a union whose founding the article reports was founded by the local
   federation (总工会) the article credits with the founding work;
   ``led-by-unions``: a union working 在某总工会的领导下, or carrying out a higher union's
   deployment (响应某区总工会的工作部署), belongs to that union;
5. ``quoted-joiners``: a person quoted saying they joined the union is its member;
   ``company-contracts``: a company whose collective contract is signed and its union are
   partners;
6. ``company-unions``: a company's union a post named belongs to the company and lies where
   it does;
7. ``two-sides-unions``: the two unions of an article that speaks of the unions of two places
   working together (两地工会的交流合作) are partners (:mod:`.two_sides`);
8. ``post-holders``: a person holding a post is an Official;
9. ``person-founders`` (run after the persons are typed): a person given no post founded
   nothing.
"""

from __future__ import annotations

from .collect import split_sentences
from .contracts import company_contracts
from .doc import ArticleDoc
from .founding import links_from_article
from .from_names import links_from_names, placed_by_name
from .led_by import deployed_unions, led_by_unions
from .patterns import PatternRule, pattern_links
from .posts import drop_posts_of_chairs, post_links
from .quoted import quoted_joiners
from .site_places import sites_after_level_heads
from .two_sides import two_sides_unions

__all__ = [
    "RELATION_PASSES",
    "PatternRule",
    "drop_person_founders",
    "split_sentences",
]


def _name_relations(doc: ArticleDoc) -> None:
    links_from_names(doc.out, doc.places)


def _pattern_relations(doc: ArticleDoc) -> None:
    for tpl in doc.templates:
        pattern_links(doc.out, tpl)


def _post_relations(doc: ArticleDoc) -> None:
    for tpl in doc.templates:
        post_links(doc.out, tpl)
    drop_posts_of_chairs(doc.out)


def _implied_places(doc: ArticleDoc) -> None:
    """The place of a body a post implies (区人大常委会副主任、总工会主席: the region's 总工会),
    which the names pass, run before the posts, never saw."""
    placed_by_name(doc.out)


def _site_places(doc: ArticleDoc) -> None:
    """A site written right after a lone level-only head (在县某某广场) lies in its place."""
    sites_after_level_heads(doc.out, doc.index)


def _founding_relations(doc: ArticleDoc) -> None:
    links_from_article(doc.out, doc.templates)


def _led_by_unions(doc: ArticleDoc) -> None:
    led_by_unions(doc.out, doc.templates)
    deployed_unions(doc.out, doc.templates)


def _company_contracts(doc: ArticleDoc) -> None:
    for tpl in doc.templates:
        company_contracts(doc.out, tpl)


def _quoted_joiners(doc: ArticleDoc) -> None:
    quoted_joiners(doc.out)


def _company_unions(doc: ArticleDoc) -> None:
    """A company's union that a post named (公司董事长甲、工会主席乙) belongs to the company,
    on the evidence of the sentence naming the post."""
    out, table = doc.out, doc.table
    rule = "company-union/v1"
    for rel in list(out.relations):
        union = rel.subject if rel.type == "chairedBy" else rel.object
        company = table.entities[union].derived_from
        if (
            rel.type in {"chairedBy", "holdsPosition"}
            and company is not None
            and company in table.entities
        ):
            ev = rel.evidence
            out.add("subOrganizationOf", union, company, out.cite((ev.start, ev.end), rule))
            place = table.entities[company].place
            if place is not None and place in table.entities:  # it lies where its company does
                cite = out.cite((ev.start, ev.end), "company-union-place/v1")
                out.add("locatedIn", union, place, cite)


def _two_sides_unions(doc: ArticleDoc) -> None:
    two_sides_unions(doc.out, doc.templates)


def drop_person_founders(doc: ArticleDoc) -> None:
    """A person the text gives no post founded nothing (甲和乙共同为联合会揭牌 with neither
    named with a post): founders are bodies and officials, so a guest's unveiling is no
    founding. Run once every person is typed."""
    ents = doc.table.entities
    out = doc.out
    out.relations = [
        r for r in out.relations if r.type != "founded" or ents[r.subject].type != "Person"
    ]


def _post_holders(doc: ArticleDoc) -> None:
    """A person who holds a post (chairedBy, holdsPosition) is an Official."""
    for rel in doc.out.relations:
        if rel.type in {"chairedBy", "holdsPosition"}:
            doc.table.make_official(rel.object if rel.type == "chairedBy" else rel.subject)


RELATION_PASSES = (
    ("name-relations", _name_relations),
    ("pattern-relations", _pattern_relations),
    ("post-relations", _post_relations),
    ("implied-places", _implied_places),
    ("site-places", _site_places),
    ("founding-relations", _founding_relations),
    ("led-by-unions", _led_by_unions),
    ("quoted-joiners", _quoted_joiners),
    ("company-contracts", _company_contracts),
    ("company-unions", _company_unions),
    ("two-sides-unions", _two_sides_unions),
    ("post-holders", _post_holders),
)

"""Studios named after the model worker who leads them (某某厂张某劳模创新工作室), and the
title a studio is awarded (某省劳模创新工作室).

Such a studio is a team of the body written before the leader's name, not an organization of
its own, like a rest station or a service centre: the name yields the body (某某厂) and the
leader (张某, a Person), and no entity for the studio itself. A studio named by a place or a
kind (某市职工创新工作室) or by a body alone keeps its name: no family name opens a word
before its kind words. A place (or 全国) followed by honours and kind words only
(某省劳模和工匠人才创新工作室) is no studio's name but the title a body awards studios: no
entity.
"""

from __future__ import annotations

import re

from ..model import EntityKey
from .doc import ArticleDoc
from .gazetteer import common_words, family_led
from .lexicon import Lexicon
from .orgspan import OrgSpan

__all__ = ["split_studios"]

RULE = "studio-leader/v1"
OWNER_RULE = "studio-owner/v1"
STUDIO = "工作室"
_PAUSES = '、，,。；;：:“"‘（(《\n '
_HAN = re.compile("[\u4e00-\u9fff]+")


def split_studios(doc: ArticleDoc) -> None:
    """Replace every studio named after its leader by the body it belongs to, and add the
    leader as a Person.

    >>> from unionkg.model import Article
    >>> from unionkg.extract import extract_article
    >>> ex = extract_article(Article(id="t", text="远帆冷轧厂李大勇劳模创新工作室挂牌。"))
    >>> sorted((e.type, e.name) for e in ex.entities)
    [('Company', '远帆冷轧厂'), ('Person', '李大勇')]
    """
    text = doc.text
    honoured = _honoured_studios(doc)
    titles = [o for o in doc.orgs if _studio_title(doc, o)]
    doc.orgs = [o for o in doc.orgs if o not in titles]
    for match in re.finditer(STUDIO, text):
        if any(o.end == match.end() for o in titles):
            continue  # 某省劳模和工匠创新工作室: a title, no leader's name in it
        leader = _leader(doc, match.start(), honoured)
        if leader is None:
            continue
        start, end = leader
        studios = [o for o in doc.orgs if o.end == match.end() and o.start <= start]
        doc.orgs = [o for o in doc.orgs if o not in studios]
        owners = [_owner_span(doc, o, start) for o in studios]
        if not any(o.end == start for o in doc.orgs):
            doc.orgs += [o for o in owners[:1] if o is not None]
        doc.table.add(EntityKey("Person", text[start:end]), "Person", text[start:end], leader, RULE)
    doc.orgs += _quoted_studio_owners(doc)


_OWNER_TAGS = {"ORG", "n", "nz", "nw", "j", "PER", "TIME", "a", "LOC"}
_OWNER_SIZES = range(4, 9)  # 某某电气, 某省某某机电: a brand of two words at least


def _quoted_studio_owners(doc: ArticleDoc) -> list[OrgSpan]:
    """The bodies written right before the quoted name of a studio named after its leader
    (某某电气“张某创新工作室”): the studio's owner, a company when no suffix of its own types
    it (a brand), read back over the model's name and noun words to a verb or a pause.

    >>> from unionkg.model import Article
    >>> from unionkg.extract import extract_article
    >>> text = "远帆电气“钟晓岚创新工作室”和晨光生物“林启明创新工作室”获评示范点。"
    >>> sorted(e.name for e in extract_article(Article(id="t", text=text)).entities
    ...        if e.type == "Company")
    ['晨光生物', '远帆电气']
    """
    text, found = doc.text, list[OrgSpan]()
    for match in re.finditer(f"“([\u4e00-\u9fff]{{2,3}})[\u4e00-\u9fff]{{0,8}}?{STUDIO}”", text):
        quote = match.start()
        kinds = _kind_words_start(text, match.end() - 1 - len(STUDIO), doc.lex)
        if not family_led(text[quote + 1 : kinds]) or any(o.end == quote for o in doc.orgs):
            continue  # “某市职工创新工作室”: named by a place or a kind, not by its leader
        start = quote
        while (tok := doc.index.token(start - 1)) and tok.tag in _OWNER_TAGS and tok.end == start:
            start = tok.start
        places = [p for p in doc.places if start <= p.start and p.end <= quote]
        opens = max([start, *(p.end for p in places if p.start >= start)])
        owner = text[start:quote]
        if len(owner) not in _OWNER_SIZES or len(doc.lex.strip_generic(text[opens:quote])) < 4:
            continue
        typed = doc.lex.org_type(owner) or ("Company", "")
        found.append(OrgSpan(start, quote, owner, *typed, places, source=OWNER_RULE))
    return found


def _studio_title(doc: ArticleDoc, span: OrgSpan) -> bool:
    """Whether a studio's name is a place, a level alone, 全国 or a rank (国家级), then
    honours and kind words only, joined by 和 or 、 (某市劳模工匠创新工作室, 省劳模创新工作室,
    全国劳模创新工作室): the title, not a studio.

    >>> from unionkg.model import Article
    >>> from unionkg.extract import extract_article
    >>> ex = extract_article(Article(id="t", text="德清县劳模和工匠人才创新工作室授牌仪式举行。"))
    >>> [e.name for e in ex.entities if e.type == "Organization"]
    []
    """
    text, lex = doc.text, doc.lex
    if not span.text.endswith(STUDIO):
        return False
    end = _kind_words_start(text, span.end - len(STUDIO), lex)
    head = span.start + len(span.level_head or "")  # 省劳动模范创新工作室: a level, no place
    for place in sorted(span.places, key=lambda p: p.start):
        head = place.end if place.start == head else head
    ranks = (*lex.national_prefixes, *lex.zone_ranks)  # 全国, 国家级劳模创新工作室
    return end < span.end - len(STUDIO) and (head == end or text[span.start : end] in ranks)


def _honoured_studios(doc: ArticleDoc) -> bool:
    """Whether the article writes an honour among the kind words of a studio (劳模创新工作室,
    工匠工作室): its studios are of that kind, so one written 某厂甲创新工作室 in a list of
    them is named after its leader too.

    >>> from unionkg.model import Article
    >>> from unionkg.extract import extract_article
    >>> text = "3家劳模工作室是：远帆冷轧厂钟启航创新工作室、青禾机修厂林秋燕创新工作室。"
    >>> sorted(e.name for e in extract_article(Article(id="t", text=text)).entities
    ...        if e.type == "Person")
    ['林秋燕', '钟启航']
    """
    text, lex = doc.text, doc.lex
    honours = lex.cue_words["studio_honour_words"]
    return any(
        any(w in text[_kind_words_start(text, m.start(), lex) : m.start()] for w in honours)
        for m in re.finditer(STUDIO, text)
    )


def _leader(doc: ArticleDoc, studio: int, honoured: bool) -> tuple[int, int] | None:
    """Where the leader's name lies before the 工作室 at ``studio``: a family-name-led name,
    then kind words (with an honour among them, or the article's studios ``honoured``), the
    model's person name right before 工作室, or a body's name before it that is no common word
    (某局张某创新工作室); the body it belongs to, a bracket or a pause before the name."""
    text, lex = doc.text, doc.lex
    kinds_start = _kind_words_start(text, studio, lex)
    honours = lex.cue_words["studio_honour_words"]
    honoured = honoured or any(w in text[kinds_start:studio] for w in honours)
    for size in (3, 2):
        start = kinds_start - size
        if start < 0 or not _HAN.fullmatch(text[start:kinds_start]):
            continue
        if not family_led(text[start:kinds_start]) or _known_word(doc, start, kinds_start):
            continue
        person = _model_person(doc, start, kinds_start)
        body = _body_before(doc, start, studio + len(STUDIO))
        copula = text.endswith((*lex.cue_words["as"], *lex.cue_words["copulas"]), 0, start)
        if not (person or body or start == 0 or text[start - 1] in _PAUSES or copula):
            continue  # 某某电劳模工作室: no body's name, no pause (nor 分别为) before the name
        named = body and not (size == 2 and text[start:kinds_start] in common_words())
        if honoured or person or named:  # 某公司张某创新工作室, not 某公司金牌创新工作室
            return start, kinds_start
    return None


def _body_before(doc: ArticleDoc, start: int, studio_end: int) -> bool:
    """Whether a body's name, typed by its own suffix, comes right before ``start``."""
    text = doc.text
    if any(o.end == start for o in doc.orgs):
        return True
    return any(
        o.end == studio_end and o.start < start and doc.lex.org_type(text[o.start : start])
        for o in doc.orgs
    )


def _kind_words_start(text: str, end: int, lex: Lexicon) -> int:
    """Where the run of kind words (劳模, 工匠, 创新 …) that ends at ``end`` starts, kind
    words joined by 和 or 、 in it (劳模和工匠人才创新: no name ends in the joint).

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> _kind_words_start("青禾劳模和工匠人才创新", 11, default_lexicon())
    2
    """
    words = sorted(
        {*lex.cue_words["studio_honour_words"], *lex.cue_words["studio_work_words"]},
        key=lambda w: (-len(w), w),
    )
    joints = tuple(j for j in lex.list_joints if len(j) == 1)
    while word := next((w for w in words if text.endswith(w, 0, end)), None):
        end -= len(word)
        before = end - 1
        if text.endswith(joints, 0, end) and any(text.endswith(w, 0, before) for w in words):
            end = before
    return end


def _known_word(doc: ArticleDoc, start: int, end: int) -> bool:
    """Whether the words there are a national prefix, a rank, a generic word, a place, open
    with a kind word (全国劳模创新工作室, 国家级创新工作室, 市级劳模工作室, 劳模在|劳模和创新工作室
    中) or with a list's joint right after a body: no person's name."""
    name, lex = doc.text[start:end], doc.lex
    if name in lex.national_prefixes or name in lex.zone_ranks or lex.strip_generic(name) != name:
        return True
    if name[0] in lex.list_joints and any(o.end == start for o in doc.orgs):
        return True  # 某工作室联盟|和服务创新工作室: a joint after a body, then the next item
    kinds = (*lex.cue_words["studio_honour_words"], *lex.cue_words["studio_work_words"])
    if name.startswith(kinds):
        return True
    return any(p.start < end and start < p.end for p in doc.places)


def _model_person(doc: ArticleDoc, start: int, end: int) -> bool:
    """Whether the model reads a person's name exactly there."""
    return doc.index.spans(start, end, {"PER"})


def _owner_span(doc: ArticleDoc, span: OrgSpan, end: int) -> OrgSpan | None:
    """The body written in ``span`` before the leader's name, typed by its own suffix."""
    owner = doc.text[span.start : end]
    typed = doc.lex.org_type(owner) if owner else None
    if typed is None:
        return None
    places = [p for p in span.places if p.end <= end]
    return OrgSpan(span.start, end, owner, *typed, places, span.level_head, span.source)

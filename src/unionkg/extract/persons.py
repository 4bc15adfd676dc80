"""Person passes: bylines, the model's PER words, a name written right after a post, after an
appointing verb or listed beside a person, the parts of one name the model cut in two (or ran
into an adverb), and which persons the text gives a post (Officials)."""

from __future__ import annotations

import itertools
import re

from ..model import ORGANIZATION_TYPES, EntityKey, ExtractedEntity
from .cues import Patterns, post_grammar
from .doc import ArticleDoc
from .entities import EntityTable
from .gazetteer import common_words, family_led
from .lexicon import Lexicon
from .nameends import name_span
from .namewords import (
    is_common_word,
    is_group_delegate,
    is_nickname,
    is_titled_address,
    is_unnamed,
)
from .ner import Token
from .titles import assembly_delegate, bare_title_at

__all__ = [
    "add_author_lines",
    "add_bylines",
    "add_closing_bylines",
    "add_model_persons",
    "add_repeated_persons",
    "add_titled_persons",
    "merge_cut_persons",
    "type_officials",
]

# a Han name, or a transliterated one whose parts a middle dot joins (艾尔肯·吐尼亚孜)
_PERSON = re.compile(
    r"^[\u4e00-\u9fff]{2,4}$|^[\u4e00-\u9fff]{2,8}(?:[·•‧・][\u4e00-\u9fff]{1,8})+$"
)
# a name of five or six characters written without a dot: a transliterated one (a Mongolian name)
_LONG_NAME = re.compile(r"^[\u4e00-\u9fff]{5,6}$")

_FROM_PLACE = ("报道", "电")  # 某市报道, 某市电: where the byline is written from


def add_bylines(doc: ArticleDoc) -> None:
    """The reporters, editors and photographers the article's byline names; not the place a
    byline ends with where it is written from (记者 甲 某市报道: 某市 is a place).

    >>> from unionkg.extract import extract_article
    >>> from unionkg.loaders.bylines import find_bylines
    >>> from unionkg.model import Article
    >>> text = "（记者 陈小灿 通讯员 林启明 三明报道）近日，三明市总工会召开会议。"
    >>> ex = extract_article(Article("d", text, bylines=find_bylines(text)))
    >>> sorted(e.name for e in ex.entities if e.type == "Person")
    ['林启明', '陈小灿']
    """
    table = doc.table
    for byline in doc.article.bylines:
        where = (byline.start, byline.end)
        place = table.by_span.get(where)
        if place and place.type == "Town" and doc.text.startswith(_FROM_PLACE, byline.end):
            continue
        table.add(EntityKey("Person", byline.name), "Person", byline.name, where, "byline/v1")


def add_closing_bylines(doc: ArticleDoc) -> None:
    """（甲 乙）at the very end of the article: the writers signed in brackets, with no role,
    each a name of two or three characters that opens with a family name (not 女工部, 记者).

    >>> from unionkg.extract import extract_article
    >>> from unionkg.model import Article
    >>> text = "三明市总工会召开会议。（柯远帆 林启明）"
    >>> sorted(e.name for e in extract_article(Article("d", text)).entities if e.type == "Person")
    ['林启明', '柯远帆']
    >>> text = "青禾县总工会开展送清凉活动，为一线职工送去防暑用品。（宣传部）"
    >>> [e.name for e in extract_article(Article("d", text)).entities if e.type == "Person"]
    []
    """
    closing = _CLOSING_NAMES.search(doc.text)
    roles = (*doc.lex.byline_roles, *doc.lex.byline_role_modifiers)
    if closing is None or any(role in closing.group(1) for role in roles):
        return  # （通讯员 甲）: a credit with its role, read as a byline already
    # 钟启明 … （启明 乙）: a given name written alone of someone the article names in full
    named = [k.name for k in doc.table.by_span.values() if k.type in {"Person", "Official"}]
    for name in _HAN_NAME.finditer(doc.text, closing.start(1), closing.end(1)):
        if any(n.endswith(name.group()) and n != name.group() for n in named):
            continue
        tok = doc.index.token(name.start())
        if tok is not None and tok.tag == "ORG":
            continue  # （宣传部）: the model reads the signature as a body, a department
        if family_led(name.group()) and not doc.table.covered(name.start(), name.end()):
            span = (name.start(), name.end())
            doc.table.add(
                EntityKey("Person", name.group()), "Person", name.group(), span, "byline/v1"
            )


def add_author_lines(doc: ArticleDoc) -> None:
    """A name alone on a line at the head of the article, right before the line of its date
    or its source (标题⏎甲⏎2023年5月6日 来源:…): the writer, credited with no role.

    >>> from unionkg.extract import extract_article
    >>> from unionkg.model import Article
    >>> text = "青禾工匠交流营开营\\n\\n柯立成\\n\\n2023年05月06日 来源:青禾日报\\n\\n近日……"
    >>> [e.name for e in extract_article(Article("d", text)).entities if e.type == "Person"]
    ['柯立成']
    """
    for m in _AUTHOR_LINE.finditer(doc.text[:_HEAD_SPAN]):
        start, end = m.span(1)
        name = m.group(1)
        tok = doc.index.token(start)
        if (tok is not None and tok.tag == "LOC") or doc.lex.org_type(name):
            continue  # a place's or a body's name alone on a line: no writer
        if family_led(name) and name not in common_words() and not doc.table.covered(start, end):
            doc.table.add(EntityKey("Person", name), "Person", name, (start, end), "byline/v1")


_AUTHOR_LINE = re.compile(
    r"(?m)^[ \t\u3000]*([\u4e00-\u9fff]{2,3})[ \t\u3000]*\n\s*(?=\d{4}[-年/.]|来源|发布时间)"
)
_HEAD_SPAN = 200  # the head of an article, where its headline, writer and date are printed


# names alone, two or three characters each, parted by spaces or 、 (not 金融工会)
_CLOSING_NAMES = re.compile(
    r"[(（]([\u4e00-\u9fff]{2,3}(?:[ \u3000、]+[\u4e00-\u9fff]{2,3}){0,3})[)）]\s*$"
)
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}")


def add_model_persons(doc: ArticleDoc) -> None:
    """The model's PER words that are names: not a stop word, an honorific, a word of an
    organization's name, nor inside a mention already found."""
    table, lex = doc.table, doc.lex
    # the names of organizations, but not of those named by their owner (某某家庭农场)
    org_words = "|".join(
        e.name
        for e in table.entities.values()
        if e.type in ORGANIZATION_TYPES and not e.name.endswith(lex.person_named_suffixes)
    )
    words = _common_elsewhere(doc.tokens)
    for tok in doc.tokens:
        if _add_byline_pair(doc, tok):
            continue
        if _is_model_name(tok, lex, org_words) and not table.covered(tok.start, tok.end):
            if tok.text in words:
                continue  # 送上姜茶 … 热腾腾的姜茶: the model read the word as a noun elsewhere
            if doc.text[tok.start - 1 : tok.start] in lex.cue_words["numeral_characters"]:
                continue  # 一张|焕新的照片: after a numeral the first character is a measure word
            if _opens_with_org(table, tok):
                continue  # 某报讯: a medium's name (某报) and the word after it, no person
            if _listed_among_words(doc, tok) or _listed_among_phrases(doc, tok):
                continue  # 涵盖某某、环卫、教育等行业: an item of a list of words, no name
            if _quoted(doc.text, tok):
                continue  # 在“某骑士”市集: a quoted word is a label or a figure, not a name
            if _word_with_next(doc.text, tok):
                continue  # 爱心暑托|班: the word and the character after it are one word
            if _adverbial(doc, tok):
                continue  # 笑盈盈|地|说: the particle 地 makes the word a manner, not a name
            if _word_of_another_kind(doc, tok):
                continue  # 某某思想, 某文〔2019〕12号, 向|闵主席: no person's name
            start, end = name_span(doc.text, tok, lex)
            start, end = _dotted_start(doc, start), _dotted_end(doc, end)
            if _closes_honour(doc.text, start, lex):
                continue  # 劳动模|范马: an honour's last character, and too little left for a name
            if start == tok.start and _closes_word_before(doc, tok):
                continue  # 主人|翁某某: the first character ends the word before it, no name
            name = doc.text[start:end]
            table.add(EntityKey("Person", name), "Person", name, (start, end), "lac-per/v1")


def _word_of_another_kind(doc: ArticleDoc, tok: Token) -> bool:
    """Whether the word is the name of a doctrine (某某思想, 某某理论), an item of a list of
    things counted after it (甲、乙和丙四个阶段: 个, 项 count no persons), two places' short
    forms before the count of the places paired (甲乙两地), the issuer's code of a
    document's number (某文〔2019〕12号) or a preposition read with a family name (向|闵主席)."""
    if doc.text.startswith(tuple(doc.lex.cue_words["doctrine_words"]), tok.end):
        return True
    if _COUNTED_THINGS.match(doc.text, tok.end):
        return True
    if _paired_places(doc, tok):
        return True
    return _DOCUMENT_NUMBER.match(doc.text, tok.end) is not None or _preposition_then_family(
        doc, tok
    )


# the rest of a list, then a count of things (四个阶段, 三项, 两类): no names
_COUNTED_THINGS = re.compile(
    r"(?:[、和及与][\u4e00-\u9fff]{2,3})+[一二三四五六七八九十两\d]+(?:个(?!人)|项|类|种)"
)
_DOCUMENT_NUMBER = re.compile(r"[〔［\[]\d{4}[〕］\]]")


def _paired_places(doc: ArticleDoc, tok: Token) -> bool:
    """Whether a word of two characters comes right before the count of two places paired
    (两地, 两市) and each of its characters opens the name of a place the article writes:
    the places' short forms (青禾县 and 远帆区 … 禾帆两地), no name.

    >>> from unionkg.extract.extractor import extract_article
    >>> from unionkg.model import Article
    >>> text = "鄱阳县与黎川县结对。鄱黎两地总工会签订协议。"
    >>> sorted(e.name for e in extract_article(Article(id="t", text=text)).entities
    ...        if e.type == "Person")
    []
    """
    if len(tok.text) != 2 or not doc.text.startswith(
        tuple(doc.lex.cue_words["place_pairs"]), tok.end
    ):
        return False
    openers = {doc.text[p.start] for p in doc.places}
    return all(char in openers for char in tok.text)


def _preposition_then_family(doc: ArticleDoc, tok: Token) -> bool:
    """Whether a PER word of two characters is a preposition (向, 对) and the family name of a
    person named before, with a title right after (向|闵主席 of 闵某): the person addressed by
    family name and post, no name of its own.

    >>> from unionkg.extract.extractor import extract_article
    >>> from unionkg.model import Article
    >>> text = "区总工会副主席闵晓雯出席。校长向闵主席汇报了情况。"
    >>> sorted(e.name for e in extract_article(Article(id="t", text=text)).entities
    ...        if e.type in {"Person", "Official"})
    ['闵晓雯']
    """
    text, lex = doc.text, doc.lex
    if len(tok.text) != 2 or tok.text[0] not in lex.cue_words["name_prepositions"]:
        return False
    if bare_title_at(text[tok.end : tok.end + 6], lex) is None:
        return False
    named = (e.name for e in doc.table.entities.values() if e.type in {"Person", "Official"})
    return any(len(name) > 1 and name[0] == tok.text[1] for name in named)


def _word_with_next(text: str, tok: Token) -> bool:
    """Whether a PER word that opens with no family name makes one word of the language with
    the character after it (暑托|班): a part of that word, no name.

    >>> _word_with_next("开设暑托班", Token("暑托", "PER", 2, 4))
    True
    """
    return not family_led(tok.text) and tok.text + text[tok.end : tok.end + 1] in common_words()


def _adverbial(doc: ArticleDoc, tok: Token) -> bool:
    """Whether the model reads the particle 地 right after the word (笑盈盈地说, 乐呵呵地
    干): the word says how the verb after it is done; no name takes 地."""
    after = doc.index.token(tok.end)
    return after is not None and after.start == tok.end and after.text == "地" and after.tag == "u"


def _add_byline_pair(doc: ArticleDoc, tok: Token) -> bool:
    """Two names of a byline the model read as one word, no space between them (记者 甲乙):
    each a person, where the word splits one way only into two names; whether it was so."""
    before = doc.text[max(0, tok.start - _ROLE_SPAN) : tok.start].rstrip(" \u3000")
    if tok.tag != "PER" or not _LONG_NAME.fullmatch(tok.text):
        return False
    if not before.endswith(doc.lex.byline_roles) or doc.table.covered(tok.start, tok.end):
        return False
    cuts = [k for k in (2, 3) if _two_names_at(tok.text, k)]
    if len(cuts) != 1:
        return False
    for start, end in ((tok.start, tok.start + cuts[0]), (tok.start + cuts[0], tok.end)):
        name = doc.text[start:end]
        doc.table.add(EntityKey("Person", name), "Person", name, (start, end), "lac-per/v1")
    return True


_ROLE_SPAN = 6  # the most characters a byline's role and the spaces after it hold


_WORD_TAGS = {"n", "nz", "v", "vn", "vd", "a", "ad", "an"}  # the model's nouns, verbs, adjectives


def _common_elsewhere(tokens: list[Token]) -> set[str]:
    """The words of the language's word list the model tags as a noun, verb or adjective
    somewhere in the article: where it reads the same word as a name once, that is a misreading
    of a word, not a name (a name of its own, 某绍祥 or 达瓦某某, is no word of the list).

    >>> t = [Token("姜茶", "PER", 0, 2), Token("姜茶", "nz", 5, 7), Token("钟晓岚", "PER", 9, 12)]
    >>> sorted(_common_elsewhere(t))
    ['姜茶']
    """
    return {tok.text for tok in tokens if tok.tag in _WORD_TAGS and tok.text in common_words()}


def _listed_among_words(doc: ArticleDoc, tok: Token) -> bool:
    """Whether the word is listed with 、 beside a middle item that is one word of the
    language's word list, a noun, verb or adjective (某某、环卫、教育): a list of trades or tasks,
    not of names.

    >>> from unionkg.extract.extractor import extract_article
    >>> from unionkg.model import Article
    >>> text = "青禾市总工会慰问了卫健、环卫、交通等行业的一线职工。"
    >>> [e.name for e in extract_article(Article(id="t", text=text)).entities]
    ['青禾市总工会']
    """
    before = doc.index.token(tok.start - 2) if doc.text[tok.start - 1 : tok.start] == "、" else None
    after = doc.index.token(tok.end + 1) if doc.text[tok.end : tok.end + 1] == "、" else None
    return any(
        item is not None and _whole_item(doc.text, item) and item.tag in _WORD_TAGS
        and item.text in common_words()
        for item in (before, after)
    )  # fmt: skip


def _listed_among_phrases(doc: ArticleDoc, tok: Token) -> bool:
    """Whether the word stands alone between two 、 beside an item of its size that is a
    phrase of the model's verbs and nouns opening with no family name (立大志、某某某、担大任):
    a list of tasks or virtues, not of names.

    >>> from unionkg.extract.extractor import extract_article
    >>> from unionkg.model import Article
    >>> text = "青禾学子要立远志、明大德、担重任。"
    >>> [e.name for e in extract_article(Article(id="t", text=text)).entities]
    []
    """
    if not _whole_item(doc.text, tok):
        return False
    size = len(tok.text)
    right = tok.end + 1
    items = [(tok.start - 1 - size, tok.start - 1)]
    if doc.text[right + size : right + size + 1] in _ITEM_ENDS:
        items.append((right, right + size))
    return any(start >= 0 and _phrase_of_words(doc, start, end) for start, end in items)


_ITEM_ENDS = ("", *"、，,。；;的")  # where a list's item of the same size ends


def _phrase_of_words(doc: ArticleDoc, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is words the model tags as verbs, nouns or adjectives only,
    opening with no family name (立|远志)."""
    if family_led(doc.text[start:end]):
        return False
    pos = start
    while pos < end:
        word = doc.index.token(pos)
        if word is None or word.start != pos or word.tag not in _WORD_TAGS:
            return False
        pos = word.end
    return pos == end


def _closes_word_before(doc: ArticleDoc, tok: Token) -> bool:
    """Whether the model's word before the name and the name's first character make one word
    of three or four characters of the language's word list (慰问|金某, 主人|翁某某): the
    character ends that word and opens no name (unless an honour's, cut off before: 劳动模|范某).

    >>> from unionkg.extract.extractor import extract_article
    >>> from unionkg.model import Article
    >>> text = "职工们以主人翁姿态投身生产。"
    >>> [e.name for e in extract_article(Article(id="t", text=text)).entities]
    []
    """
    before = doc.index.token(tok.start - 1)
    if before is None or before.end != tok.start or len(before.text) not in (2, 3):
        return False
    word = before.text + tok.text[0]
    return _HAN_WORD.fullmatch(word) is not None and word in common_words()


def _whole_item(text: str, tok: Token) -> bool:
    """Whether the word fills an item in the middle of a list alone, 、 on both sides (not the
    list's last item, 甲、高新区等单位: a word there may close a list of names and bodies)."""
    return text[tok.start - 1 : tok.start] == "、" == text[tok.end : tok.end + 1]


def _dotted_start(doc: ArticleDoc, start: int) -> int:
    """Where a transliterated name starts whose last part the model read alone after the dot
    (保洁员|吐某某·|衣某某): the words of Han characters right before the dot, back to a
    noun (a trade, a title), punctuation or a function word.

    >>> from unionkg.extract.extractor import extract_article
    >>> from unionkg.model import Article
    >>> text = "“感谢工会！”保洁员阿不都·热依木说。"
    >>> [e.name for e in extract_article(Article(id="t", text=text)).entities]
    ['阿不都·热依木']
    """
    if doc.text[start - 1 : start] not in _NAME_DOTS:
        return start
    pos = start - 1
    while (tok := doc.index.token(pos - 1)) is not None and _HAN_WORD.fullmatch(tok.text):
        if tok.tag in _FUNCTION_TAGS or tok.tag == "n" or start - tok.start > _DOTTED_PART:
            break
        pos = tok.start
    return pos if pos < start - 1 else start


def _dotted_end(doc: ArticleDoc, end: int) -> int:
    """Where a transliterated name ends whose first part the model read alone before the dot
    (副政委|艾某江|·|买某提和|某某): the Han characters right after the dot, up to a joint of a
    list, a preposition, a function word or a verb the model reads there.

    >>> from unionkg.extract.extractor import extract_article
    >>> from unionkg.model import Article
    >>> text = "副主任艾力江·买买提和工会干部一同走访。"
    >>> [e.name for e in extract_article(Article(id="t", text=text)).entities]
    ['艾力江·买买提']
    """
    text, words = doc.text, doc.lex.cue_words
    if text[end : end + 1] not in _NAME_DOTS:
        return end
    stops = (*words["list_joints"], *words["name_prepositions"], *words["name_run_prepositions"])
    pos = end + 1
    while pos < len(text) and pos - end <= _DOTTED_PART and _HAN_WORD.fullmatch(text[pos]):
        if text[pos] in stops or (pos > end + 2 and _word_after_name(doc, pos)):
            break
        pos += 1
    return pos if pos - end > 2 else end


def _word_after_name(doc: ArticleDoc, pos: int) -> bool:
    """Whether a function word, a verb or a verb of speaking opens at ``pos``."""
    tok = doc.index.token(pos)
    if tok is not None and tok.start == pos and tok.tag in {*_FUNCTION_TAGS, "v"}:
        return True
    return doc.text.startswith(tuple(doc.lex.cue_words["speech_verbs"]), pos)


_NAME_DOTS = "·•‧・"
_DOTTED_PART = 9  # the most characters the first part of a transliterated name and its dot hold


def _opens_with_org(table: EntityTable, tok: Token) -> bool:
    """Whether an organization's mention found already opens the word and ends inside it."""
    return any(
        s == tok.start and e < tok.end and key.type in ORGANIZATION_TYPES
        for (s, e), key in table.by_span.items()
    )


def _closes_honour(text: str, start: int, lex: Lexicon) -> bool:
    """Whether the name's first character closes an honour written before it (劳动模|范某)."""
    honours = tuple(lex.cue_words["honor_titles"])
    return text[max(0, start - 6) : start + 1].endswith(honours)


def _is_model_name(tok: Token, lex: Lexicon, org_words: str) -> bool:
    transliterated = _LONG_NAME.fullmatch(tok.text) and not _two_names(tok.text)
    if not (_PERSON.fullmatch(tok.text) or transliterated):
        return False
    if tok.tag != "PER" or tok.text in lex.person_stopwords:
        return False
    if tok.text.endswith(lex.honorifics) or is_nickname(tok.text, lex):
        return False
    if is_unnamed(tok.text, lex) or is_common_word(tok.text, lex):
        return False
    if len(tok.text) == 2 and tok.text[0] == tok.text[1]:
        return False  # 炎炎, 丽丽: a doubled character is a word or a pet name, never a full name
    if tok.text[0] in lex.cue_words["numeral_characters"] and not family_led(tok.text):
        return False  # 七秩峥嵘, 五载: a numeral that opens no family name counts, it names no one
    if is_titled_address(tok.text, lex):
        return False
    if lex.title_head(tok.text) == tok.text:
        return False  # 副工|段长: a post word (a unit's head) the model read as a name
    if len(tok.text) > 2 and tok.text.endswith(tuple(lex.cue_words["worker_trades"])):
        return False  # 心理咨询师: a worker's trade the model read as a name
    if _stays_in_place(tok.text, lex):
        return False
    return tok.text not in org_words  # a word of a name (某某出行 of 某某出行科技有限公司)


def _stays_in_place(word: str, lex: Lexicon) -> bool:
    """Whether two characters are a verb of staying or coming and a city's one-character short
    form (留某过年, 来某务工): they open with no family name but with the verb.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> [_stays_in_place(w, default_lexicon()) for w in ("留榕", "来沪", "林启", "钟来")]
    [True, True, False, False]
    """
    verbs = lex.cue_words["stay_verbs_before_place"]
    return len(word) == 2 and word[0] in verbs and not family_led(word)


def _two_names(word: str) -> bool:
    """Whether ``word`` is two Han names run together (a byline's 甲乙 with no space): two parts
    of two or three characters, each opening with a family name.

    >>> _two_names("郑远帆林子航"), _two_names("宝音德力格尔"), _two_names("巴特尔朝鲁")
    (True, False, False)
    """
    return any(_two_names_at(word, k) for k in (2, 3))


def _two_names_at(word: str, cut: int) -> bool:
    """Whether ``word`` is two names of two or three characters each, parted at ``cut``."""
    return 2 <= len(word) - cut <= 3 and family_led(word[:cut]) and family_led(word[cut:])


def _quoted(text: str, tok: Token) -> bool:
    """Whether the word stands in a short phrase in quotation marks (“某某”, a slogan
    “某某贺新岁·情暖职工”): a label, a figure or a motto, not a name.

    >>> word = Token("橙衣侠", "PER", 2, 5)
    >>> _quoted("在“橙衣侠”市集", word), _quoted("在橙衣侠市集", word)
    (True, False)
    >>> _quoted("在“橙衣侠迎新春·暖心行”活动", word)
    True
    >>> _quoted("“林夏、橙衣侠……”员工唱票", Token("橙衣侠", "PER", 4, 7))
    False
    """
    before = text[max(0, tok.start - _QUOTE_SPAN) : tok.start]
    after = text[tok.end : tok.end + _QUOTE_SPAN]
    opens = max(before.rfind(q) for q in _OPEN_QUOTES)
    closes = min((i for i in (after.find(q) for q in _CLOSE_QUOTES) if i >= 0), default=-1)
    if opens < 0 or closes < 0:
        return False
    inside = before[opens + 1 :] + after[:closes]
    if _QUOTED_NAMES.fullmatch(before[opens + 1 :] + tok.text + after[:closes]):
        return False  # “甲、乙……”: names read out one after another (votes counted), a list
    return not any(ch in inside for ch in _PHRASE_BREAKS)


_QUOTED_NAMES = re.compile(r"[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3})+(?:…+|、)?")
_QUOTE_SPAN = 12  # the most characters a short quoted phrase holds on either side of a word
_OPEN_QUOTES = ("“", '"', "「")
_CLOSE_QUOTES = ("”", '"', "」")
_PHRASE_BREAKS = '“”"「」，,。；;！!？?：:'  # a break ends a short phrase: quoted speech goes on


def add_titled_persons(doc: ArticleDoc) -> None:
    """A name written right after a post (副主席柯明远，), or between an appointing verb and
    the post it gives (增补柯明远为副主席), that the model missed, when it starts with a family
    name; then the names listed next to a person that the model missed (某公司甲、乙等领导)."""
    verbs = tuple(doc.lex.cue_words["name_cut_verbs"])
    ends = {e for (_, e), k in doc.table.by_span.items() if k.type in {"Person", "Official"}}
    for m in doc.lex.title_then_name.finditer(doc.text):
        if m.start() in ends:
            continue  # 甲主席简短讲话: the title is the post of the name before it
        if _verb_title_then_word(doc, m) or _joint_then_word(doc, m.group(1)):
            continue
        # 副主席刘某|珍获: the model ran the name's last character into the verb after it;
        # 副主席刘某|珍，: the shortest slot that ends where a name ends is three characters
        cut = doc.text.startswith(verbs, m.end(1)) or _three_character_slot(doc, m.span(1))
        span = _joint_before_verb(doc, m.span(1)) or m.span(1)
        cut = cut or span != m.span(1)
        if not _add_name(doc, span, "title-then-name/v1", cut):
            # 主席黑某某，副主席乙: a rare family name in a list of posts and their holders
            rare = _rare_name_slot(doc, span)
            _add_name(doc, span, "title-then-name/v1", cut, any_family=rare)
    for m in doc.lex.compiled(_build).appointed_name.finditer(doc.text):
        _add_name(doc, m.span(1), "title-then-name/v1", tail_cut=True)
    for m in doc.lex.compiled(_build).honored_name.finditer(doc.text):
        if not _read_as_word(doc, m.span(1)):  # 劳模管理、: a task listed, no name
            _add_name(doc, m.span(1), "title-then-name/v1")  # 省劳模王某某等: an honour, no post
    for m in doc.lex.compiled(_build).home_of.finditer(doc.text):
        if not is_unnamed(m.group(1), doc.lex):  # 在困难职工郭某家里: a name withheld
            _add_name(doc, m.span(1), "title-then-name/v1")
    for (start, end), key in sorted(doc.table.by_span.items()):
        if key.type in ORGANIZATION_TYPES:
            _add_name_before_body(doc, start)
            _add_name_after_body(doc, end)
    _add_listed_names(doc)


def _joint_before_verb(doc: ArticleDoc, span: tuple[int, int]) -> tuple[int, int] | None:
    """The slot with the joint after it (经理李某|和|代表…承诺 is 李某和), when the two-character
    slot ends at the name joint and the model reads a verb right after it: a joint lists no
    verb after a name, so the joint is the name's last character; but for a verb of a clause
    qualifying a noun (主席甲和出席会议的代表: 的 before the clause ends)."""
    start, end = span
    joint = doc.lex.name_joint
    if end - start != 2 or not doc.text.startswith(joint, end):
        return None
    after = doc.index.token(end + len(joint))
    if after is None or after.start != end + len(joint) or after.tag != "v":
        return None
    clause = _CLAUSE.split(doc.text[after.start : after.start + 30])[0]
    if any(word in clause for word in doc.lex.cue_words["attributive"]):
        return None
    return start, end + len(joint)


def _verb_title_then_word(doc: ArticleDoc, m: re.Match[str]) -> bool:
    """Whether the title before the slot is one that is a verb too (代表) and the slot a word
    of the language: 行使职工代表权利, 履行代表义务 (a right or a duty, not a name)."""
    title = doc.text[m.start() : m.start(1)]
    verbs = tuple(post_grammar(doc.lex).verb_titles)
    return title.endswith(verbs) and m.group(1) in common_words()


def _read_as_word(doc: ArticleDoc, span: tuple[int, int]) -> bool:
    """Whether the model reads the slot as one word of the language's word list, a noun,
    verb or adjective (困难职工救助、劳模管理、: the honour is what the work is about)."""
    tok = doc.index.token(span[0])
    if tok is None or (tok.start, tok.end) != span:
        return False
    return tok.tag in _WORD_TAGS and tok.text in common_words()


def _joint_then_word(doc: ArticleDoc, slot: str) -> bool:
    """Whether the slot after a title is a list's joint and a word of the language of two
    characters or more (代表和职工参加: the delegates and the workers, no name).

    >>> from unionkg.extract.extractor import extract_article
    >>> from unionkg.model import Article
    >>> text = "三百多名代表和职工参加大会。"
    >>> [e.name for e in extract_article(Article(id="t", text=text)).entities]
    []
    """
    rest = slot[1:]
    return slot[0] in doc.lex.list_joints and len(rest) > 1 and rest in common_words()


def _add_name_before_body(doc: ArticleDoc, start: int) -> None:
    """副书记钟某|市总工会副主席乙: a name right after a post that runs into the name of the
    body written next, with no comma between, where the model read one word across the two
    (钟某市总工会) or the name alone."""
    heads = tuple(doc.lex.title_heads)
    for size in (2, 3):
        s = start - size
        tok = doc.index.token(s)
        if tok is None or tok.start != s or not (tok.tag == "PER" or tok.end > start):
            continue
        if _HAN_WORD.fullmatch(doc.text[s:start]) and doc.text.endswith(heads, 0, s):
            _add_name(doc, (s, start), "title-then-name/v1")
            return


def _add_name_after_body(doc: ArticleDoc, end: int) -> None:
    """某省总工会甲某主席一行: a name between a body and the post held there, that the model
    read as a proper name of another kind (a place's)."""
    tok = doc.index.token(end)
    if tok is None or tok.start != end or tok.tag not in _OTHER_PROPER_TAGS:
        return
    if len(tok.text) in (2, 3) and bare_title_at(doc.text[tok.end : tok.end + 8], doc.lex):
        _add_name(doc, (tok.start, tok.end), "title-then-name/v1")


_OTHER_PROPER_TAGS = {"LOC", "nz"}  # the model's proper names that are no person's


def _three_character_slot(doc: ArticleDoc, span: tuple[int, int]) -> bool:
    """Whether the slot after a post is three characters whose last one is no adverb or
    preposition (主席刘某也|表示, 经理刘某在|致辞 are 刘某): the slot is the shortest one that
    ends where a name ends, so the two characters the model read as a name (刘某|珍，) end
    where none does. A localizer with a stop after it is the name's last character the model
    misread (主任杜某中，is 杜某中)."""
    start, end = span
    words = doc.lex.cue_words
    last = doc.text[end - 1]
    tok = doc.index.token(end - 1)
    if tok is not None and tok.end == end and tok.tag in _FUNCTION_TAGS:
        # 主任杜某中，: a localizer closes no phrase between a post's holder and a comma
        return tok.tag == "f" and end - start == 3 and doc.text[end : end + 1] in "，,、。；;"
    return end - start == 3 and last not in words["name_run_adverbs"] + words["name_prepositions"]


_FUNCTION_TAGS = {"p", "d", "c", "u", "r", "f", "xc"}  # the model's function words


def _rare_name_slot(doc: ArticleDoc, span: tuple[int, int]) -> bool:
    """Whether the model reads ``span`` as one three-character noun (黑某某; not 讲话, 人选)
    that a list's comma, a post and a person follow (，常务副主席乙), or as one word of any
    kind that is no word of the language, 等 after it (部长太某某等人: the model read 太 as
    an adverb), or three characters that are no word of the language before the verb of
    leading (副主席原某某率调研组: the one who leads; the model reads 原 as "former"): a
    name's slot."""
    tok, pos = doc.index.token(span[0]), span[1] + 1
    slot = doc.text[span[0] : span[1]]
    if doc.text.startswith(tuple(doc.lex.cue_words["name_run_verbs"]), span[1]):
        return len(slot) == 3 and slot not in common_words()
    if tok is None or (tok.start, tok.end) != span or len(tok.text) != 3:
        return False
    if doc.text.startswith(doc.lex.cue_words["etc"], span[1]):
        return tok.text not in common_words()
    if tok.tag != "n":
        return False
    title = bare_title_at(doc.text[pos : pos + 8], doc.lex)
    start = pos + len(title) if title and doc.text[pos - 1] in "，,、" else -1
    return any(s == start and k.type == "Person" for (s, _), k in doc.table.by_span.items())


def _add_name(doc: ArticleDoc, span: tuple[int, int], rule: str, tail_cut: bool = False,
              any_family: bool = False) -> bool:  # fmt: skip
    """Add the name at ``span`` if it reads as one (opening with a family name, unless
    ``any_family``) and crosses no mention but a person the model cut from it (by its last
    character too, where ``tail_cut``: 增补林子|航为)."""
    table, lex = doc.table, doc.lex
    start, end = span
    name = doc.text[start:end]
    clash = [(s, e) for s, e in table.by_span if s < end and start < e]
    if any(not _person_within(table, (s, e), span, tail_cut) for s, e in clash):
        return False  # a person inside (副主席尚|江华) is merged into this one later
    family = (
        any_family or family_led(name) or name[0] in lex.cue_words["family_names_beyond_gazetteer"]
    )
    if not family or name in lex.generic_name_words or name in lex.name_end_words:
        return False  # 钟主任强调，: the verb after a post and no name (强 a family name too)
    if lex.title_head(name) or lex.org_type(name) or is_nickname(name, lex):
        return False
    if name.endswith(lex.honorifics):
        return False  # 站长王师傅: a way of address, not a name
    table.add(EntityKey("Person", name), "Person", name, (start, end), rule)
    return True


def _person_within(table: EntityTable, inner: tuple[int, int], span: tuple[int, int],
                   tail_cut: bool) -> bool:  # fmt: skip
    """Whether ``inner`` is a person the model cut from the name at ``span``: by its head
    (副主席尚|江华: the same end, a later start) or, where ``tail_cut``, its last character,
    read as a verb (增补林子|航为: the same start, an earlier end)."""
    (s, e), (start, end) = inner, span
    key = table.by_span.get(inner)
    cut = (start < s and e == end) or (tail_cut and start == s and e < end)
    return cut and key is not None and key.type == "Person"


def _add_listed_names(doc: ArticleDoc) -> None:
    """某公司甲、乙等领导: a word of two or three characters listed with 、 right before or
    after a person's name, ending where a list or a clause ends, is a name too; so is the word
    after the last joint of a list of names, right before a verb of a post (甲、乙和丙出任)."""
    text, table = doc.text, doc.table
    cues = doc.lex.compiled(_build)
    places = doc.lex.place_suffixes_longest_first  # 甲、高新区等: a place, not a name
    found = True
    while found:
        found = False
        for (s, e), key in sorted(table.by_span.items()):
            if key.type not in {"Person", "Official"}:
                continue
            e = note.end() if (note := _NOTE_AT.match(text, e)) else e  # 甲（挂职）、乙
            after = cues.listed_after.match(text, e) if text[e : e + 1] == "、" else None
            before = _listed_before(doc, s) if text[s - 1 : s] == "、" else None
            for span in (after.span(1) if after else None, before):
                if span and not text[slice(*span)].endswith(places):
                    found = _add_name(doc, span, "title-then-name/v1") or found
            last = cues.joined_last.match(text, e) if text[s - 1 : s] == "、" else None
            if last:  # 甲、乙和丙出任: the model may have cut the last name (丙|任)
                found = _add_name(doc, last.span(1), "title-then-name/v1", tail_cut=True) or found
    _add_names_between(doc)


def _add_names_between(doc: ArticleDoc) -> None:
    """甲、乙、丙: a word of two or three characters listed between two persons is a name too,
    though its family name is a rare one (原, 枚 …) the family-name list lacks."""
    text, table = doc.text, doc.table
    persons = sorted(s for s, k in table.by_span.items() if k.type in {"Person", "Official"})
    for (_, end), (start, _) in itertools.pairwise(persons):
        between = _BETWEEN.fullmatch(text, end, start)
        if between and not doc.lex.title_head(between.group(1)):
            _add_name(doc, between.span(1), "title-then-name/v1", any_family=True)


def _listed_before(doc: ArticleDoc, s: int) -> tuple[int, int] | None:
    """The two or three characters before the 、 at ``s - 1`` that begin where a word must
    begin: after punctuation, where a mention or a body's kind ends (某公司|甲、乙, 公司|甲、乙)."""
    ends = {e for _, e in doc.table.by_span}
    for n in (2, 3):
        start = s - 1 - n
        if start < 0 or not _HAN_WORD.fullmatch(doc.text[start : s - 1]):
            continue
        after_body = doc.text[:start].endswith(tuple(doc.lex.cue_words["own_bodies"]))
        if start == 0 or doc.text[start - 1] in _WORD_START or start in ends or after_body:
            return start, s - 1
    return None


def merge_cut_persons(doc: ArticleDoc) -> None:
    """沈某 cut from 沈某某 by the model where the name runs into the next word, or 某某 from
    于某某 where it read the family name as a word of its own: one person."""
    table = doc.table
    persons = sorted(
        (e for e in table.entities.values() if e.type == "Person"), key=lambda e: e.name
    )
    words = doc.lex.cue_words
    run_ons = (*words["name_run_adverbs"], *words["name_prepositions"])
    for short in persons:
        longer = _longer_forms(doc.text, short, persons)
        if len(longer) != 1 or short.key not in table.entities:
            continue
        run_on = longer[0].name[len(short.name) :]
        # 王某正忙着 … 王某说, 王某于2016年: the model ran the name into the adverb or the
        # preposition after it; but where 钱某 is never written without 才 after it, it is
        # 钱某才 cut by the model (钱某|才带领 … 钱某才一行)
        cut = all(doc.text.startswith(run_on, m.end) for m in short.mentions)
        if longer[0].name.startswith(short.name) and run_on in run_ons and not cut:
            table.merge_into(longer[0].key, short.key)
            table.entities[short.key].aliases.discard(longer[0].name)
        else:
            table.merge_into(short.key, longer[0].key)
            table.entities[longer[0].key].aliases.discard(short.name)


def add_repeated_persons(doc: ArticleDoc) -> None:
    """The other places a person's name of three characters or more is written that no
    mention holds (the model read it as a verb after a post, 副县长某某某, and found it only in
    a list later): mentions too, so the post written there is read.

    >>> from unionkg.extract.extractor import extract_article
    >>> from unionkg.model import Article
    >>> text = "县委常委、常务副县长达瓦平措，局长林子航出席。达瓦平措送上慰问金。"
    >>> [len(e.mentions) for e in extract_article(Article(id="t", text=text)).entities
    ...  if e.name == "达瓦平措"]
    [2]
    """
    table = doc.table
    persons = [e for e in table.entities.values() if e.type == "Person" and len(e.name) >= 3]
    for ent in sorted(persons, key=lambda e: e.name):
        table.add_free_occurrences(ent.key, "Person", ent.name, ent.name, "repeated-person/v1")


def _longer_forms(text: str, short: ExtractedEntity, persons: list[ExtractedEntity]
                  ) -> list[ExtractedEntity]:  # fmt: skip
    longer = [p for p in persons if p is not short and p.name.startswith(short.name)]
    if longer:
        return longer
    dotted = [p for p in persons if p.name.endswith(tuple(d + short.name for d in _NAME_DOTS))]
    if dotted:
        return dotted  # 阿某·帕某 … 帕某表示: a transliterated name's last part written alone
    dotted = [p for p in persons if _dotted_tail(text, short, p)]
    if dotted:
        return dotted  # 阿某·帕某某 … 阿某·帕|某某: the model cut the last part, its tail alone
    return [  # 于|贺锐: the model read the family name 于 as a preposition
        p
        for p in persons
        if len(p.name) == len(short.name) + 1
        and p.name.endswith(short.name)
        and all(text[m.start - 1 : m.start] == p.name[0] for m in short.mentions)
    ]


def _dotted_tail(text: str, short: ExtractedEntity, dotted: ExtractedEntity) -> bool:
    """Whether ``short`` is the tail of the last part of a transliterated name ``dotted``, each
    of its mentions written right after the rest of that name (阿某·帕|某某: the model cut the
    last part in two).

    >>> from unionkg.model import Mention
    >>> def person(name, *starts):
    ...     ent = ExtractedEntity(EntityKey("Person", name), "Person", name)
    ...     ent.mentions.extend(Mention(name, s, s + len(name), "r") for s in starts)
    ...     return ent
    >>> text = "阿迪力·帕尔哈提率团。阿迪力·帕尔哈提说"
    >>> _dotted_tail(text, person("哈提", 17), person("阿迪力·帕尔哈提", 0))
    True
    >>> _dotted_tail("哈提说", person("哈提", 0), person("阿迪力·帕尔哈提", 0))
    False
    """
    head = dotted.name[: len(dotted.name) - len(short.name)]
    if not dotted.name.endswith(short.name) or not any(d in head for d in _NAME_DOTS):
        return False
    return all(text[max(0, m.start - len(head)) : m.start] == head for m in short.mentions)


# the words are classes of ``cue_words`` in ``rules/lexicon.json``
_TEMPLATES = {
    # 甲（女）等当选, 甲、乙(按姓氏笔画排序) 2位同志为委员: a note first
    "after_name": r"^(?:[（(][^（）()、。；;：:]{1,8}[）)]\s*)?"
    r"(?:(?:{etc})?[一二三四五六七八九十\d]*(?:{named_counters})?(?:{comrade}))?"
    r"(?:{named_manner})?(?:{named_verbs})",
    "leaders_after": r"^(?:{etc})?(?:[一二三四五六七八九十\d]+(?:{leader_counters}))?(?:{leaders})",
    # 甲、乙3位委员: a count of the names, then the title they hold
    "counted": r"^(?:{etc})?[一二三四五六七八九十两\d]+(?:{head_counters})",
    # 甲（兼，女）、乙: a short note in brackets after a name does not break the list
    "list_joint": r"^(?:[（(][^（）()、。；;：:]{1,5}[）)])?(?:、|{list_joints})$",
    "elected_after_comma": r"^(?:{elected_verbs})",
    # 副主席（则）由甲、乙出任: a post held by the names written between 由 and the verb
    "held_by": r"(?:{held_adverbs})?(?:{by})$",
    "held_after": r"^(?:{comrade})?(?:{held_verbs})",
    # 领导甲致辞，乙讲话，丙、丁出席: each clause names who appears and how, the list goes on
    "appearing_joint": r"^(?:{appearing})(?:并(?:{appearing}))?[，,]$",
    # 增补甲为副主席, 选举乙担任主席: the name between the verb and the post
    "appointed_name": r"(?:{appointing_verbs})(?:{perfective})?([\u4e00-\u9fff]{2,3}?)"
    r"(?=(?:{comrade})?(?:{appointed_as}|、))",
    # 劳模甲、工匠乙等, 焊工丙等: a name right after an honour or a worker's trade, where a
    # list or a clause goes on (驾驶员和护工等: a joint, then another trade)
    # 快递员  丙：: an interview's caption, the trade, spaces, the name and a colon
    "honored_name": r"(?:{honor_titles}|{worker_trades})[ \u3000]*(?!{list_joints})"
    r"([\u4e00-\u9fff]{2,3}?)(?=[、，,。；;（(:：]|{etc}|{comrade})",
    # 甲、乙和丙出任: the word after the list's last joint, right before a verb of a post
    # 在困难职工甲家中: a visit at the home of a name written after a group or an honour
    "home_of": r"(?:{delegated_groups}|{honor_titles}|{worker_trades})([\u4e00-\u9fff]{2,3}?)"
    r"(?={attributive}?(?:{homes}))",
    "joined_last": r"(?:{list_joints})([\u4e00-\u9fff]{2,3}?)(?=(?:{comrade})?(?:{held_verbs}))",
    "listed_after": r"、([\u4e00-\u9fff]{2,3}?)(?=[、，,。；;（(]|{list_joints}|{appointed_as}"
    # 甲、乙等领导, 甲、乙等陪同: 等 and the leaders, a count of them or a verb of appearing
    r"|{elected_verbs}|{appearing}|(?:{etc})(?:{leaders}|{comrade}|{appearing}"
    r"|[一二三四五六七八九十两\d]+(?:{head_counters}|{leader_counters})))",
}
_CLAUSE = re.compile(r"[，,。；;：:！？\n“”]")
_HAN_WORD = re.compile(r"[\u4e00-\u9fff]+")
# 甲（挂职）、乙（兼职）、丙: a short note in brackets after a name does not break the list
_NAME_NOTE = r"(?:[（(][^（）()、，,。；;：:]{1,4}[）)])?"
_NOTE_AT = re.compile(_NAME_NOTE)
_BETWEEN = re.compile(rf"{_NAME_NOTE}、([\u4e00-\u9fff]{{2,3}}){_NAME_NOTE}、")
_WORD_START = '、，,。；;：:！？\n“”"（）() \u3000'


def _build(lex: Lexicon) -> Patterns:
    return Patterns(_TEMPLATES, lex.cue_words)


def _has_post(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the text gives the name at ``start:end`` a post: 主席王某, 当选主席的王某,
    领导王某, 王某当选为主席, 王某等领导."""
    before = _CLAUSE.split(text[max(0, start - 20) : start])[-1].rstrip()
    before = before.removesuffix("同志").removesuffix("的")
    if is_group_delegate(before, lex) or _honour_delegate(text[:start], before):
        return False  # 劳模代表甲: a delegate of a group, no post
    if lex.title_head(before) or before.endswith(tuple(lex.vague_titles)):
        return True
    after = _CLAUSE.split(text[end : end + 30])[0]
    cues = lex.compiled(_build)
    held_by = cues.held_by.search(before)
    if held_by and lex.title_head(before[: held_by.start()]) and cues.held_after.match(after):
        return True  # 副主席则由甲、乙出任: the post before 由 is held by the names listed
    if cues.leaders_after.match(after) or _title_right_after(after, lex):
        return True
    counted = cues.counted.match(after)
    if counted and _title_right_after(after[counted.end() :], lex):
        return True  # 甲、乙3位委员分别发言
    elected = cues.after_name.match(after)
    if not after and text[end : end + 1] in "，,":
        # 某公司甲，当选联合会主席: the clause after the comma elects the name
        after = _CLAUSE.split(text[end + 1 : end + 31])[0]
        elected = cues.elected_after_comma.match(after)
    if elected:
        rest = after[elected.end() :]
        if _exemplar(text[:start], before, lex):
            return False  # 以甲为代表的劳模: an example held up, not a post
        titled = [n for n in range(2, min(len(rest), 16) + 1) if lex.title_head(rest[:n])]
        # 甲当选某会第五次代表大会代表: a delegate's seat, the longest title read, no post
        return bool(titled) and not assembly_delegate(rest[: titled[-1]], lex)
    return False


def _exemplar(head: str, before: str, lex: Lexicon) -> bool:
    """以甲为代表, 以“青禾工匠”甲为代表: the words before the name (past an honour in quotes
    written right before it) open an example held up.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> _exemplar("涌现出以“青禾工匠”", "", lex), _exemplar("涌现出“青禾工匠”", "", lex)
    (True, False)
    """
    quoted = _QUOTED_END.search(head)
    if quoted and not before:
        before = _CLAUSE.split(head[: quoted.start()])[-1]
    return before.endswith(tuple(lex.cue_words["exemplar_openers"]))


_QUOTED_END = re.compile(r"[“\"「][^“”\"「」，,。；;]{1,12}[”\"」]$")


def _honour_delegate(head: str, before: str) -> bool:
    """“青禾工匠”代表甲: 代表 right after a quoted honour makes the name a delegate of those it
    names, no post.

    >>> _honour_delegate("会上，“青禾工匠”代表", "代表"), _honour_delegate("会上，代表", "代表")
    (True, False)
    """
    return before == "代表" and head.removesuffix(before).endswith(_CLOSING_QUOTES)


_CLOSING_QUOTES = ("”", '"', "」", "’")


def _title_right_after(after: str, lex: Lexicon) -> bool:
    """甲副行长主持, 乙总书记指出: a title written right after the name is the name's post
    (not a title that is a verb too: 甲代表公司发言)."""
    title = bare_title_at(after, lex)
    return title is not None and title not in post_grammar(lex).verb_titles


def type_officials(doc: ArticleDoc) -> None:
    """A person the text gives a post is an Official, whether or not the organization of the
    post was found; so is every name listed with it (甲、乙、丙当选为委员)."""
    table, text, lex = doc.table, doc.text, doc.lex
    cues = lex.compiled(_build)
    for group in _listed_names(table, text, cues.list_joint, cues.appearing_joint):
        first, last = group[0], group[-1]
        official = any(_has_post(text, s, e, lex) for s, e, _ in group) or (
            len(group) > 1 and _has_post(text, first[0], last[1], lex)
        )
        if official:
            for _, _, key in group:
                table.make_official(key)


def _within_another(span: tuple[int, int], spans: list[tuple[int, int, EntityKey]]) -> bool:
    """Whether ``span`` lies within another, longer span of ``spans``."""
    return any(s <= span[0] and span[1] <= e and (s, e) != span for s, e, _ in spans)


def _listed_names(table: EntityTable, text: str, *joints: re.Pattern[str]
                  ) -> list[list[tuple[int, int, EntityKey]]]:  # fmt: skip
    """The persons' mentions (bylines aside) in order, those listed together (甲、乙和丙, or
    clause after clause: 甲致辞，乙出席) in one group; a mention within a longer one (the
    model's 丙 of 丙某 that a rule read whole) is not one of them."""
    spans = sorted(
        (m.start, m.end, ent.key)
        for ent in table.entities.values()
        if ent.type in {"Person", "Official"}
        for m in ent.mentions
        if m.source != "byline/v1"
    )
    mentions = [(s, e, k) for s, e, k in spans if not _within_another((s, e), spans)]
    groups: list[list[tuple[int, int, EntityKey]]] = []
    for mention in mentions:
        between = text[groups[-1][-1][1] : mention[0]] if groups else ""
        if groups and any(joint.match(between) for joint in joints):
            groups[-1].append(mention)
        else:
            groups.append([mention])
    return groups

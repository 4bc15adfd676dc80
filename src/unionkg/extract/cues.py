"""Regexes written over the lexicon's cue words.

The passes' regexes hold only machinery (placeholders, punctuation, digits, repetition); the
words they look for live in ``rules/lexicon.json`` under ``cue_words``, a map of named word
classes. A regex names a class as ``{class_name}``, and :func:`fill` writes the class's words
there as an alternation, so a new phrasing is a new word in the rule file, not new code.

The post grammar (the verbs of an election, the bodies a title names, the endings of an
organ …) is written here too; the smaller passes keep their templates beside their code.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .lexicon import Lexicon

__all__ = ["Patterns", "PostGrammar", "fill", "post_grammar", "words"]

_CLASS = re.compile(r"\{([a-z_]+)\}")


def words(cue_words: Mapping[str, Sequence[str]], name: str) -> str:
    """The words of class ``name`` as a regex alternation, in the order the rule file lists
    them (the first that matches wins, so a longer word is listed before its prefix).

    >>> words({"verbs": ["当选为", "当选", "任"]}, "verbs")
    '当选为|当选|任'
    """
    return "|".join(re.escape(w) for w in cue_words[name])


def fill(template: str, cue_words: Mapping[str, Sequence[str]]) -> str:
    """``template`` with every ``{class_name}`` written as the alternation of that class.

    >>> fill("^(?:{verbs})[：:]", {"verbs": ["当选", "担任"]})
    '^(?:当选|担任)[：:]'
    """
    return _CLASS.sub(lambda m: words(cue_words, m.group(1)), template)


class Patterns:
    """Named regexes, each written from a template over the word classes of ``cue_words``,
    read as attributes.

    >>> p = Patterns({"held": "^(?:{verbs})"}, {"verbs": ["担任", "兼任"]})
    >>> bool(p.held.match("兼任主席"))
    True
    """

    def __init__(self, templates: Mapping[str, str],
                 cue_words: Mapping[str, Sequence[str]]) -> None:  # fmt: skip
        self._patterns = {name: re.compile(fill(t, cue_words)) for name, t in templates.items()}

    def __getattr__(self, name: str) -> re.Pattern[str]:
        try:
            patterns: dict[str, re.Pattern[str]] = self.__dict__["_patterns"]
            return patterns[name]
        except KeyError:
            raise AttributeError(name) from None


# ------------------------------------------------------------------ the post grammar

# Chinese numerals are digits here: 第十届, 第一百届
_TERM = r"(?:{term_before})[一二三四五六七八九十百\d]+(?:{term_after})"
_NEW_TERM = r"(?:{term_before})[一二三四五六七八九十\d]+(?:{term_after})|{new_terms}"
_TITLE = r"((?:{own_demonstratives})?〔O(?P<org>\d+)〕)?(?P<title>[^〔〕，,。、；;]{0,16})"
# 甲等十人, 甲等5名劳模: the names counted, a word or two of who they are; 甲、乙 2位同志
_COUNTED = (
    r"(?:(?:{etc})(?:[一二三四五六七八九十两\d]+(?:{head_counters}))?[^〔〕，,。；;、]{0,4}?"
    r"|\s*[一二三四五六七八九十两\d]+(?:{head_counters})(?:{comrade})?)?"
)
_HOLDER = r"(?:〔O\d+〕)?[^〔〕，,。；;、]{0,12}?"  # the post a name is written with
# 全国劳模、大国工匠、甲: honours before a name, one may open with a place (某省工匠)
_HONOURED = r"(?:(?:〔T\d+〕)?[^〔〕，,。；;、]{2,8}、){0,3}"

_POST_TEMPLATES = {
    # an organization named by its kind alone inside a title: 区人大常委会副主任、总工会主席
    "org_word": r"^(?:{title_place_levels})?({title_unions}|{title_bodies})",
    # a department or party organ of the organization named before: 权益保障部部长, 纪委书记
    "organ": r"(?:{organ_endings})$",
    "party": r"^(?:{party_organs})",
    # a rank within the body (四级调研员, 一级主任科员, 干事): a post there like an organ's
    "rank": r"^(?:{rank_grades})?(?:{ranks})$",
    "place_word": r"{place_words}",
    "latin_title": r"(?:{vice})?(?<![A-Za-z])(?:{latin_titles})$",
    # the head of a place, not of a body: 县长, 副市长, 镇长
    "place_head": r"(?:{place_head_units})长$",
    "ordinal": _TERM + r"|{terms}",
    "elected_before": r"(?:{took_up})(?:〔O(\d+)〕)?([^〔〕，,。、；;]{1,16})(?:{attributive})$",
    "title_list": r"[、]|(?:{concurrently})",
    "place_body": r"(?:{place_body_levels})?(?:{place_bodies})",
    "other_place_body": r"(?:{place_body_levels})(?:{place_bodies})",
    # the names listed before the verb may each carry a post of their own
    "elected": r"^(?:(?:、|{list_joints})(?:[“\"]?〔O\d+〕[”\"]?)?"
    r"[^〔〕，,。；;、]{0,12}?〔P\d+〕)*"
    r"(?:{comrade})?(?:{etc})?(?:[一二三四五六七八九十两\d]+(?:{head_counters})(?:{comrade})?)?"
    # 某公司甲，当选联合会主席: a comma may part the name from its election
    # 甲是某公司董事长: a copula names the post the name holds, as 现任 does
    r"(?:{election_manner})?[，,]?(?:{elected_verbs}|{copulas})"
    r"(?P<ord>" + _NEW_TERM + ")?" + _TITLE,
    # 由甲、乙、丙3人组成的第五届工会委员会: the names listed make up the committee elected
    "composed": r"^(?:(?:、|{list_joints})〔P\d+〕)*(?:{comrade})?(?:{etc})?"
    r"(?:[一二三四五六七八九十两\d]+(?:{head_counters})(?:{comrade})?)?(?:{composed_of})"
    r"(?:" + _NEW_TERM + r")?(?:〔O(?P<org>\d+)〕)?"
    r"(?P<title>(?:" + _NEW_TERM + r")?(?:{elected_committees}))(?:委员)?(?=[、，,。；;]|$)",
    "appointed": r"^(?:(?:、|[，,]|{list_joints})" + _HONOURED + _HOLDER + r"〔P\d+〕)*"
    r"(?:{comrade})?" + _COUNTED + r"(?:{appointed_as})(?P<ord>" + _NEW_TERM + ")?" + _TITLE,
    # 甲当选为主席，乙为副主席: after an election in the sentence, 为 alone gives the next post
    "elected_earlier": r"〔P\d+〕(?:{comrade})?(?:{elected_verbs})(?:〔O(?P<org>\d+)〕)?",
    "as_next": r"^(?:(?:、|{list_joints})〔P\d+〕)*(?:{comrade})?(?:{as})"
    r"(?P<ord>" + _NEW_TERM + ")?" + _TITLE + "(?:{comrade})?(?:[、，,。；;]|$)",
    # 甲、乙分别当选为主席、副主席, 选举甲、乙分别为…: the titles in the order of the names
    "names_before": r"(?:〔P\d+〕(?:{comrade})?(?:、|{list_joints}))*$",
    "respectively": r"^(?P<names>(?:(?:、|{list_joints})〔P\d+〕)*)(?:{comrade})?(?:{respectively})"
    r"(?:{elected_verbs}|{as})(?P<titles>(?:〔O\d+〕)?[^〔〕，,。；;]{1,40})",
    "title_sep": r"、|{list_joints}",
    # 选举甲、乙为主席、副主席: names after an appointing verb, 为, the titles in their order
    "listed_as": r"^(?P<names>(?:(?:、|{list_joints})〔P\d+〕)*)(?:{comrade})?(?:{as})"
    r"(?P<titles>(?:〔O\d+〕)?[^〔〕，,。；;]{1,40})",
    # 甲（某会副主席）: the post in brackets right after the name
    "bracketed_post": r"^[（(](?:〔O(?P<org>\d+)〕)?(?P<title>[^〔〕（）()，,。；;]{1,16})[）)]",
    # 甲，某会副主席，…; 甲，男，1970年生，现任某会主席: the post set off by commas after a
    # name that opens the sentence, after a few words of a profile at most
    "apposed_post": r"^(?:[，,][^〔〕，,。；;]{1,12}){0,4}[，,](?:{took_up})?"
    r"〔O(?P<org>\d+)〕(?P<title>[^〔〕（）()，,。；;]{1,16})(?=[，,。；;]|$)",
    "sentence_open": r"(?:^|[。；;！!？?\n])\s*$",
    # 为甲、乙等三人颁发特约监督员聘书: a letter of appointment handed to the names
    "letter_given": r"^(?:(?:、|{list_joints})〔P\d+〕)*(?:{comrade})?"
    + _COUNTED
    + r"(?:{conferring_verbs})(?:{perfective})?(?P<title>[^〔〕，,。；;、]{0,16}?)"
    r"(?:{appointment_letters})(?:[，,](?:{appointing_verbs})(?:{pronouns})(?:{as})"
    r"(?P<role>[^〔〕，,。；;、]{1,16}))?",
    "letter_to": r"(?:{letter_recipients})(?:〔T\d+〕)?[^〔〕，,。；;、]{0,8}"
    r"(?:〔P\d+〕(?:、|{list_joints}))*$",
    # the organization a sentence opens with, after a short opening clause at most (近日，)
    "subject_org": r"^(?:[^〔〕，,。；;]{0,8}[，,])?〔O(\d+)〕",
    # 历任主席是：甲、乙: a copula before the colon
    "roster": r"(?:〔O(?P<org>\d+)〕)?(?P<title>[^〔〕，,。；;：:{as}{copulas}、]{1,16})"
    r"(?P<sep>(?:{copulas})?[：:]|{as})\s*"
    r"(?:〔P\d+〕(?:[、，,]|{roster_joints}))*$",
    # 选出了7名工会委员，分别是甲、乙、丙: the names a counted post is listed as, each holds it;
    # so too a post just elected, its members listed (选举产生新一届委员，成员分别是甲、乙)
    # 有5人当选某会委员，2人当选经审委员，他们分别是甲、乙: the count elected, more counts
    # after it, then the names; the first post is the one read
    "counted_roster": r"(?:[一二三四五六七八九十两\d]+(?:{head_counters})(?:{elected_verbs})?"
    r"|(?:{appointing_verbs})(?:{perfective})?)(?:〔O(?P<org>\d+)〕)?"
    r"(?P<title>[^〔〕，,。；;：:、\d]{1,16})"
    r"(?:[，,][一二三四五六七八九十两\d]+(?:{head_counters})[^〔〕，,。；;：:]{1,20}?)*[，,]?"
    r"(?:{pronouns})?(?:{roster_heads})?(?:{respectively})?(?P<sep>{as}|{copulas})"
    r"[：:]?\s*(?:〔P\d+〕(?:[、，,]|{roster_joints}))*$",
    # 某会副主席甲率某部部长乙: those the name leads are listed after it, as after 及
    "post_list_joint": r"^(?:{post_list_joints}|{leading_verbs})",
    # 公司董事长甲与工会主席乙: 与 lists a post only before a union's bare title (that of the
    # body before); before a body's own title (甲与某会主席乙) it joins two sides
    "union_post_joint": r"^(?:{union_post_joints})(?=(?:{base_union_words}))",
    # 主席甲与副主席乙: the same joint before any title (see posts._deputy_joint)
    "post_joint": r"^(?:{union_post_joints})",
    "clause_end": r"(?:{comrade})?(?:[、，,。；;]|$)",
    # 主席为甲和乙。: the names joined after the one read, then the clause ends
    "roster_end": r"(?:(?:、|{roster_joints})〔P\d+〕)*(?:{comrade})?(?:[、，,。；;]|$)",
    # 选举甲为主席、乙为副主席, 选举某公司经理甲为某会主席，乙、丙为副主席
    "appointer": r"(?:{appointing_verbs})(?:{perfective})?(?:" + _HONOURED + _HOLDER + r"〔P\d+〕"
    r"(?:{comrade})?(?:(?:{as})(?:〔O\d+〕)?[^〔〕，,。；;]{1,16})?(?:[、，,]|{roster_joints}))*"
    + _HONOURED
    + _HOLDER
    + "$",
    # 某会主席由甲担任, 工会主席由公司副总经理甲兼任; 副主席则由甲、乙和丙出任: each name
    # listed after 由 holds the post
    "held_by": r"(?:〔O(?P<org>\d+)〕)?(?P<title>[^〔〕，,。；;{by}]{1,16}?)(?:{held_adverbs})?"
    r"(?:{by})(?:[^〔〕，,。；;]{0,10}〔P\d+〕(?:{comrade})?(?:、|{list_joints}))*"
    r"[^〔〕，,。；;]{0,10}$",
    "held": r"^(?:{comrade})?(?:(?:、|{list_joints})〔P\d+〕(?:{comrade})?)*(?:{held_verbs})",
    # 会议由公司党委书记甲主持: 由 and the words before it say who acts, the titles follow it
    "agent_before": r"(?:{by})(?=[^〔〕，,。；;]*$)",
    # 成员包括副会长甲, 秘书长是副会长乙: the titles of the names listed or equated follow
    "titles_opened": r"(?:{title_list_openers})(?=[^〔〕，,。；;]*(?:〔P\d+〕、)*$)",
    # 新当选的工会主席甲: the titles after the attribute of an election are the name's
    "elected_attribute": r"(?:{newly})?(?:{took_up})(?:{attributive})(?=[^〔〕，,。；;]*$)",
    "body_in_title": r"^(?:{company_words})?({title_body_words})",
    "former": r"(?:{former_markers})(?=(?:{title_body_words}))",  # 原工会主席: of the body once
    # the article's own body of a kind: 公司董事长甲, 该医院院长乙 (not 公司工会主席, nor the
    # unit head 校长, 院长: a post read by the unit)
    "own_body": r"^(?:{sequence_openers})?[，,]?(?:{own_demonstratives})?({own_bodies})"
    r"(?!{union_word_start}|{unit_head_after_body})[、，,]?",
}


class PostGrammar(Patterns):
    """The compiled regexes of the post grammar and the word sets it compares with."""

    def __init__(self, lex: Lexicon) -> None:
        cue = lex.cue_words
        super().__init__(_POST_TEMPLATES, cue)
        self.union_words = frozenset(cue["title_unions"])  # 总工会主席, 工会主席
        self.base_union_words = frozenset(cue["base_union_words"])  # 工会, 工会委员会: no kind
        self.company_words = cue["company_words"]  # the article's company: 公司, 集团
        self.vague_parts = cue["vague_post_parts"]  # parts of a title naming no post
        # titles that are verbs too, not read after a name (甲代表公司发言)
        self.verb_titles = frozenset(cue["verb_titles"])
        # roles an appointment confers (聘请甲为特约监督员), posts when given that way
        self.conferred_roles = tuple(cue["conferred_roles"])
        self.by_compounds = frozenset(cue["by_compounds"])  # words ending in 由: 自由, 理由


def post_grammar(lex: Lexicon) -> PostGrammar:
    """The post grammar of ``lex``, built once.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> g = post_grammar(default_lexicon())
    >>> g.org_word.match("总工会主席").group(1), bool(g.organ.search("权益保障部"))
    ('总工会', True)
    """
    return lex.compiled(PostGrammar)

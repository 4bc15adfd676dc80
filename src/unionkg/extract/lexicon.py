"""The word classes the rules read, loaded from ``rules/lexicon.json``.

The lexicon is data: organization-name suffixes by entity type, place suffixes by level, the
words that make up posts, generic words that never name anything on their own, and the cue
words of the name grammar (branch units, joint verbs, byline roles, channel words …). Kept apart
from the engine so each list can be reviewed and measured on its own: the file is checked
against its schema (:mod:`unionkg.extract.schema`) when read, and the regexes the passes use are
built from its lists once per lexicon (the cached properties below), so no cue word is written
inside a regex in code.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any, TypeVar

from ..errors import RuleFileError
from ..model import EntityType
from .schema import LexiconFile, check, read_rule_file

__all__ = ["Lexicon", "default_lexicon"]

_HAN = "[\u4e00-\u9fff]"


_Built = TypeVar("_Built")


def _longest_first(words: list[str]) -> tuple[str, ...]:
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))


def _alternatives(words: tuple[str, ...] | frozenset[str]) -> str:
    """``words`` as regex alternatives, longest first."""
    return "|".join(re.escape(w) for w in _longest_first(list(words)))


def _any(words: tuple[str, ...] | frozenset[str]) -> str:
    """A regex group matching any of ``words``, longest first."""
    return f"(?:{_alternatives(words)})"


@dataclass(frozen=True)
class Lexicon:
    """Suffixes, titles and generic words, longest first where order matters.

    >>> lex = default_lexicon()
    >>> lex.org_type("杭州某某科技有限公司")
    ('Company', '有限公司')
    >>> lex.org_type("某某镇总工会")
    ('Union', '总工会')
    >>> lex.is_chair_title("党组书记、主席"), lex.is_chair_title("副主席")
    (True, False)
    """

    version: str
    org_suffixes: tuple[tuple[str, EntityType], ...]
    union_family_suffixes: tuple[str, ...]
    back_reference_kinds: tuple[str, ...]
    kind_reference_kinds: tuple[str, ...]
    company_legal_suffixes: tuple[str, ...]
    company_word: str
    own_union_heads: tuple[str, ...]
    company_branch_suffixes: tuple[str, ...]
    branch_units: tuple[str, ...]
    registered_company_forms: tuple[str, ...]
    party_committees: frozenset[str]
    government_words: tuple[str, ...]
    not_name_ends: dict[str, tuple[str, ...]]
    core_required_suffixes: frozenset[str]
    organ_words: tuple[str, ...]
    department_words: tuple[str, ...]
    direction_words: tuple[str, ...]
    national_prefixes: tuple[str, ...]
    national_names: frozenset[str]
    place_suffixes: dict[str, tuple[str, ...]]
    zone_ranks: tuple[str, ...]
    level_prefixes: dict[str, str]
    town_heads: tuple[str, ...]
    town_level_ends: tuple[str, ...]
    demonstratives: tuple[str, ...]
    quantifiers: str
    reference_preceders: str
    list_joints: frozenset[str]
    body_kind_words: tuple[str, ...]
    generic_name_words: frozenset[str]
    person_named_suffixes: tuple[str, ...]
    person_stopwords: frozenset[str]
    title_heads: tuple[str, ...]
    deputy_prefixes: tuple[str, ...]
    name_end_words: tuple[str, ...]
    post_units: str
    chair_titles: tuple[str, ...]
    company_titles: frozenset[str]
    vague_titles: frozenset[str]
    byline_roles: tuple[str, ...]
    byline_role_modifiers: tuple[str, ...]
    own_media_prefixes: tuple[str, ...]
    source_line_labels: tuple[str, ...]
    channel_words: tuple[str, ...]
    organ_only: tuple[str, ...]
    union_modifiers: tuple[str, ...]
    honorifics: tuple[str, ...]
    abbreviations: dict[str, str]
    world_regions: frozenset[str]
    occupation_words: tuple[str, ...]
    event_verbs: tuple[str, ...]
    union_word: str
    committee_word: str
    head_word: str
    name_joint: str
    patterns: dict[str, re.Pattern[str]]
    cue_words: dict[str, tuple[str, ...]]

    @classmethod
    def from_json(cls, data: dict[str, Any], source: str = "lexicon") -> Lexicon:
        """The lexicon of a rule file's data, checked against its schema first.

        >>> try:
        ...     Lexicon.from_json({"version": "1", "org_sufixes": {}}, "my.json")
        ... except RuleFileError as exc:
        ...     print(exc)
        my.json: unknown key 'org_sufixes' (did you mean 'org_suffixes'?)
        """
        check(data, LexiconFile, source)
        suffixes: list[tuple[str, EntityType]] = []
        for etype, words in data["org_suffixes"].items():
            suffixes += [(w, etype) for w in words]
        suffixes.sort(key=lambda pair: (-len(pair[0]), pair[0]))
        plain: dict[str, Any] = {k: v for k, v in data.items() if k in _AS_WRITTEN}
        lists: dict[str, Any] = {
            k: _longest_first(v) for k, v in data.items() if k in _LONGEST_FIRST
        }
        sets: dict[str, Any] = {k: frozenset(v) for k, v in data.items() if k in _SETS}
        grammar = data["grammar_words"]
        return cls(
            **plain,
            **lists,
            **sets,
            org_suffixes=tuple(suffixes),
            not_name_ends={k: tuple(v) for k, v in data["not_name_ends"].items()},
            place_suffixes={k: _longest_first(v) for k, v in data["place_suffixes"].items()},
            level_prefixes=dict(data["level_prefixes"]),
            chair_titles=tuple(data["chair_titles"]),
            abbreviations=dict(data["abbreviations"]),
            union_word=grammar["union"],
            committee_word=grammar["committee"],
            head_word=grammar["head"],
            name_joint=grammar["name_joint"],
            patterns=_compiled(data["patterns"], source),
            cue_words={k: tuple(v) for k, v in data["cue_words"].items()},
        )

    # ------------------------------------------------------------------ regexes built from
    # the word lists, once per lexicon

    @cached_property
    def title_then_name(self) -> re.Pattern[str]:
        """A post followed by a 2–3 character word that ends where a name ends (主席王某，)."""
        heads = "|".join(re.escape(h) for h in self.title_heads)
        name_end = f"(?=[，,、。；;\\s（(]|{_alternatives(self.name_end_words)})"
        return re.compile(f"(?:{heads}|{self._unit_head})({_HAN}{{2,3}}?){name_end}")

    @property
    def _unit_head(self) -> str:
        """The head of a unit's post: a unit character and 长 (店长, 园长, 工段长, 副司长), or a
        firm's chief specialist (首席工程师, 首席技师: cue_words.chief_openers, specialist_ends)."""
        openers, ends = self.cue_words["chief_openers"], self.cue_words["specialist_ends"]
        chief = f"(?:{_any(openers)}){_HAN}{{1,3}}?(?:{_any(ends)})"
        return f"(?:{_any(self.deputy_prefixes)}?[{self.post_units}]{self.head_word}|{chief})"

    @cached_property
    def branch_after(self) -> re.Pattern[str]:
        """What follows a place inside a name when the name is a branch serving that place
        (某某银行重庆分行, 某某银行杭州某某支行), a company registered there (某某集团北京有限
        公司, 某某淮安热电有限公司: a trade of a few words, then the legal form), or a bracketed
        place (某某(东莞)有限公司)."""
        units, forms = _any(self.branch_units), _any(self.registered_company_forms)
        return re.compile(f"{_HAN}{{0,4}}?{units}|{_HAN}{{0,4}}?{forms}|[)）]")

    @cached_property
    def company_noise(self) -> re.Pattern[str]:
        """A company's legal form anywhere in its name (bracketed or not), and its bare 公司 at
        the end of the name or before its union."""
        legal, company, union = (
            _any(self.company_legal_suffixes),
            self.company_word,
            self.union_word,
        )
        return re.compile(f"[(（]{legal}[)）]|{legal}|{company}(?={union}$|$)")

    @cached_property
    def union_family(self) -> re.Pattern[str]:
        """The suffix of a union's name that its variants differ in (总工会, 工会委员会 …)."""
        return re.compile(_any(self.union_family_suffixes) + "$")

    @cached_property
    def back_reference(self) -> re.Pattern[str]:
        """联合会, 该工会联合会 …: group 1 the demonstrative, group 2 the kind."""
        kinds = _alternatives(self.back_reference_kinds)
        return re.compile(f"({_alternatives(self.demonstratives)})?({kinds})")

    @cached_property
    def own_union(self) -> re.Pattern[str]:
        """公司工会, 该集团工会, 该行工会 (a bank's; 行 only after a demonstrative), 集团工会联合会
        (the group's federation), 公司总部工会 (its head office's: the firm's own): groups 1 or
        2 the owner's kind, ``tail`` the federation's."""
        heads, demo = _alternatives(self.own_union_heads), _any(self.demonstratives)
        only_demonstrated = _alternatives(self.cue_words["demonstrated_union_heads"])
        tail = _any(self.cue_words["own_federation_tails"])
        seat = _any(self.cue_words["head_office_seats"])
        owner = f"(?:{demo}?({heads})|{demo}({only_demonstrated}))"
        return re.compile(f"{owner}{seat}?{self.union_word}(?P<tail>{tail})?")

    @cached_property
    def institution_union(self) -> re.Pattern[str]:
        """学校工会, 校工会, 学院工会, 院工会, 该校工会, 学校第七届工会(委员会: the union of
        one term, the union itself): group 1 the institution's kind."""
        heads = _alternatives(self.cue_words["institution_union_heads"])
        term = f"(?:第{self.patterns['ordinal'].pattern.removeprefix('第?')})?"
        return re.compile(f"{_any(self.demonstratives)}?({heads}){term}{self.union_word}")

    @cached_property
    def kind_reference(self) -> re.Pattern[str]:
        """医院, 该商会 …, not followed by a union or the head word (医院长): group 1 the kind;
        a post written after it (学校副校长) is a post there."""
        kinds = _alternatives(self.kind_reference_kinds)
        after = f"(?!{_HAN}{{0,2}}{self.union_word}|{self.head_word})"
        return re.compile(f"{_any(self.demonstratives)}?({kinds}){after}")

    @cached_property
    def wide_level_chars(self) -> str:
        """The one-character heads of a province, city or county (省, 市, 州, 区, 县)."""
        wide = {"province", "city", "county"}
        return "".join(
            sorted(k for k, v in self.level_prefixes.items() if v in wide and len(k) == 1)
        )

    @cached_property
    def level_head_chars(self) -> str:
        """The one-character level heads of a province, city, county or town (省, 市, 镇 …)."""
        wide = {"province", "city", "county", "town"}
        return "".join(
            sorted(k for k, v in self.level_prefixes.items() if v in wide and len(k) == 1)
        )

    @cached_property
    def demonstrative_heads(self) -> tuple[str, ...]:
        """A demonstrative and the level head of a town, county or city (该镇, 本市, 该街道)."""
        heads = [k for k, v in self.level_prefixes.items() if v in {"city", "county", "town"}]
        return _longest_first([demo + head for demo in self.demonstratives for head in heads])

    @cached_property
    def government_next(self) -> re.Pattern[str]:
        """A government, or another level's party committee, written right after a committee
        (某县委县政府, 某省委市委)."""
        levels = self.wide_level_chars
        committees = tuple(c for c in self.party_committees if c[:1] in levels)
        return re.compile(f"[{levels}]?{_any(self.government_words)}|{_any(committees)}")

    @cached_property
    def committee_before_government(self) -> re.Pattern[str]:
        """The 委 of a place's committee written right before its government."""
        levels = self.wide_level_chars
        committee, government = self.committee_word, self.government_next.pattern
        return re.compile(f"(?<=[{levels}]){committee}(?={government})")

    @cached_property
    def kind_before_place(self) -> re.Pattern[str]:
        """A kind of body written before a name (企业, 单位 …)."""
        return re.compile(f"{_any(self.body_kind_words)}(?={_HAN})")

    @property
    def joint_verbs(self) -> tuple[str, ...]:
        """The verbs of acting together with another body (联合, 携手 …: cue_words.joint_verbs);
        they end one name before the next and open a list of partners in relation rules."""
        return self.cue_words["joint_verbs"]

    @cached_property
    def joint_verb(self) -> re.Pattern[str]:
        return re.compile(_any(self.joint_verbs))

    @cached_property
    def channel(self) -> re.Pattern[str]:
        """A chat group, account or app named after a quoted name (“某某工会”微信群)."""
        return re.compile(f'[”"」』]?{_any(self.channel_words)}')

    @cached_property
    def list_item(self) -> re.Pattern[str]:
        """A short item at the end of a list, up to its joint (开发区、组织部)."""
        joints = "".join(sorted(j for j in self.list_joints if len(j) == 1))
        return re.compile(f"[^，,。；;：:\\s{re.escape(joints)}]{{1,6}}$")

    @cached_property
    def media_credits(self) -> tuple[re.Pattern[str], ...]:
        """Where an article names its media: a dateline (某某在线1月5日讯), a credit (某某报记者,
        某某日报-某某网记者), a source line (来源:某某网), a name before a bracketed byline
        (某某网:(某某 某某)), a report cited (据《某某报》报道) and a name opening a line in
        brackets (【某某报】), before the date (某某网 1月21日) or before its report (某某报道:);
        group 1 the medium's name."""
        name = f"{_HAN}{{2,8}}"
        roles, labels = _any(self.byline_roles), _any(self.source_line_labels)
        media_ends = _any(self.cue_words["media_name_ends"])
        reports = _any(self.cue_words["report_credits"])
        apart = "-－–—·"  # two media of one credit: apart at a hyphen, an em dash or a dot
        return (
            re.compile(  # 某某网(某某日报网)讯: a gloss of the medium before the dateline
                f"(?m)^[ \\t\u3000]*((?:{name}[{apart}/])*{name}?)(?:[(（]{name}[)）])?"
                f"{self.patterns['paper_dateline'].pattern}"
            ),
            # 。某某社记者 某某 摄: a photo's credit after the caption's full stop too; 某某报／
            # 记者 (a full-width slash between, as Taiwan's papers write it; 摄像/记者 is two
            # roles)
            re.compile(
                f"(?:^|(?<=[\\s(（。)）]))((?:{name}[{apart}])*{name}?)(?:[ \t]*／[ \t]*)?{roles}",
                re.M,
            ),
            # 来源:某某网, 来源 | 某某日报, 来源：《某某报》
            re.compile(f"(?m)^[ \\t\u3000]*{labels}\\s*[:：|｜]\\s*《?({name})》?\\s*$"),
            # 时间:… 来源:某某网 编辑:…, (来源:某某报): a source label inside a line, before a
            # name a medium's kind ends
            re.compile(
                f"(?m)(?:^|(?<=[\\s(（\\d|｜])){labels}\\s*[:：|｜]\\s*《?({name}?{media_ends})》?"
                "(?=[\\s)）|｜]|$)"
            ),
            re.compile(f"(?m)^[ \\t\u3000]*({name}){self.patterns['colon_credit'].pattern}"),
            # 据《某某报》报道, 【某某时报】 opening a line, 某某网 1月21日 opening the text:
            # a medium's name in title marks or lenticular brackets, or before the date
            re.compile(f"据《({name}?{media_ends})》(?:报道|消息)"),
            # 某某报道:(记者…), 某某全媒体平台消息(记者…): a medium opening a line with its report
            re.compile(f"(?m)^[ \\t\u3000]*(?!{roles})({name}?){reports}[:：\\s(（]"),
            re.compile(f"(?m)^[ \\t\u3000]*【({name}?{media_ends})】"),
            re.compile(
                f"(?m)^[ \\t\u3000]*({name}?{media_ends})[ \\t\u3000]+\\d{{1,2}}月\\d{{1,2}}日"
            ),
        )

    def org_type(self, name: str) -> tuple[EntityType, str] | None:
        """The entity type a name's suffix gives, with the suffix; None if none fits."""
        for suffix, etype in self.org_suffixes:
            if name.endswith(suffix) and len(name) > len(suffix):
                return etype, suffix
        return None

    def national_short_form(self, name: str) -> str | None:
        """The name without the first of two national prefixes (中华全国某会 → 全国某会), the
        form news writes most; None when the name has no such pair.

        >>> default_lexicon().national_short_form("中华全国某某联合会")
        '全国某某联合会'
        """
        for prefix in self.national_prefixes:
            rest = name[len(prefix) :]
            if name.startswith(prefix) and rest.startswith(self.national_prefixes):
                return rest
        return None

    def expand(self, name: str) -> str:
        """A name with its abbreviated parts written out (工联会 → 工会联合会), for matching.

        >>> default_lexicon().expand("某市家政行业工联会")
        '某市家政行业工会联合会'
        """
        for short, full in self.abbreviations.items():
            name = name.replace(short, full)
        return name

    def write_out(self, name: str) -> str:
        """A name with its abbreviated parts written out in full (某省高院 → 某省高级人民法院):
        unlike :meth:`expand`, which also shortens the people's forms (人民法院 → 法院) so that
        both ways of writing a name compare equal, the official full form.

        >>> default_lexicon().write_out("某省高院"), default_lexicon().expand("某省高院")
        ('某省高级人民法院', '某省高级法院')
        """
        for short, full in self.abbreviations.items():
            if not short.endswith(full):  # 人民法院 → 法院: a people's form shortened
                name = name.replace(short, full)
        return name

    @cached_property
    def _generic_longest_first(self) -> tuple[str, ...]:
        return tuple(sorted(self.generic_name_words, key=lambda w: (-len(w), w)))

    def strip_generic(self, text: str, shortest: int = 1) -> str:
        """What is left of ``text`` once generic words (of at least ``shortest`` characters,
        longest first) are taken off both its ends.

        >>> default_lexicon().strip_generic("快递物流行业启衡")
        '启衡'
        """
        words = [w for w in self._generic_longest_first if len(w) >= shortest]
        rest, changed = text, True
        while rest and changed:
            changed = False
            for word in words:
                if rest.startswith(word) or rest.endswith(word):
                    rest = rest[len(word) :] if rest.startswith(word) else rest[: -len(word)]
                    changed = True
                    break
        return rest

    @cached_property
    def place_suffixes_longest_first(self) -> tuple[str, ...]:
        """Every place suffix, longest first."""
        words = {w for ws in self.place_suffixes.values() for w in ws}
        return tuple(sorted(words, key=lambda w: (-len(w), w)))

    def place_level(self, name: str) -> str | None:
        """The level a place name's suffix gives (province … village, or zone)."""
        best: tuple[int, str] | None = None
        for level, words in self.place_suffixes.items():
            for word in words:
                if name.endswith(word) and len(name) > len(word):
                    if best is None or len(word) > best[0]:
                        best = (len(word), level)
                    break
        return best[1] if best else None

    def title_head(self, text: str) -> str | None:
        """The post word ``text`` ends with, if any: one of the list (主席, 副主任 …) or a
        unit's head (店长, 工段长: a unit character and 长), with the word of how the post is
        held before it (专职副主席, 挂职副县长: cue_words.post_qualifiers), a title as bare.

        >>> lex = default_lexicon()
        >>> lex.title_head("门店店长"), lex.title_head("副司长"), lex.title_head("家长")
        ('店长', '副司长', None)
        >>> lex.title_head("某会专职副主席")
        '专职副主席'
        """
        for head in self.title_heads:
            if text.endswith(head):
                held = self.cue_words["post_qualifiers"]
                return next((q + head for q in held if text.endswith(q + head)), head)
        unit = re.search(self._unit_head + "$", text)
        if unit is None or self._workers_rating(text[: unit.start()], unit.group()):
            return None
        return unit.group()

    def _workers_rating(self, before: str, head: str) -> bool:
        """车工首席操作师, 车间首席勾兑师: a chief specialist written after a worker's trade or
        a shop floor is a worker's rating there, no post in the firm (首席工程师 is one).

        >>> lex = default_lexicon()
        >>> lex._workers_rating("某厂焊工", "首席技师"), lex._workers_rating("某厂", "首席技师")
        (True, False)
        """
        qualifiers = (*self.cue_words["worker_trades"], *self.cue_words["shop_floors"])
        return head.startswith(self.cue_words["chief_openers"]) and before.endswith(qualifiers)

    def is_chair_title(self, title: str) -> bool:
        """Whether a (possibly compound) title holds a chair post: 主席 but not 副主席, nor
        an honour or an executive's post beside the chair that names no chair (名誉理事长,
        执行会长).

        >>> lex = default_lexicon()
        >>> lex.is_chair_title("党组书记、主席"), lex.is_chair_title("名誉会长")
        (True, False)
        >>> lex.is_chair_title("执行会长")
        False
        """
        honours = self.cue_words["honorary_title_heads"]
        for part in title.replace("兼", "、").split("、"):
            if part.startswith(honours):
                continue
            for chair in self.chair_titles:
                if part.endswith(chair) and not part.endswith("副" + chair):
                    return True
        return False

    @cached_property
    def _compiled(self) -> dict[Callable[[Lexicon], object], object]:
        return {}

    def compiled(self, build: Callable[[Lexicon], _Built]) -> _Built:
        """What ``build`` makes of this lexicon's words (a pass's regexes), made once.

        >>> import dataclasses
        >>> lex = dataclasses.replace(default_lexicon())
        >>> lex.compiled(lambda lx: len(lx.cue_words)) == len(lex.cue_words)
        True
        """
        if build not in self._compiled:
            self._compiled[build] = build(self)
        return self._compiled[build]  # type: ignore[return-value]


_AS_WRITTEN = {"version", "post_units", "company_word", "quantifiers", "reference_preceders"}
_SETS = {
    "party_committees", "core_required_suffixes", "national_names", "generic_name_words",
    "person_stopwords", "company_titles", "vague_titles", "world_regions", "list_joints",
}  # fmt: skip
_LONGEST_FIRST = {
    "union_family_suffixes", "back_reference_kinds", "kind_reference_kinds",
    "company_legal_suffixes", "own_union_heads", "company_branch_suffixes", "branch_units",
    "registered_company_forms", "government_words", "organ_words", "department_words",
    "direction_words",
    "national_prefixes",
    "zone_ranks", "town_heads", "demonstratives", "body_kind_words", "person_named_suffixes",
    "town_level_ends",
    "title_heads", "deputy_prefixes", "name_end_words", "byline_roles", "byline_role_modifiers",
    "own_media_prefixes", "source_line_labels", "channel_words", "organ_only", "union_modifiers",
    "honorifics", "occupation_words", "event_verbs",
}  # fmt: skip


def _compiled(patterns: Mapping[str, str], source: str) -> dict[str, re.Pattern[str]]:
    out = {}
    for name, pattern in patterns.items():
        try:
            out[name] = re.compile(pattern)
        except re.error as exc:
            raise RuleFileError(f"{source}: patterns.{name}: not a valid regex ({exc})") from exc
    return out


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The lexicon shipped with the package (checked against its schema when read)."""
    return Lexicon.from_json(read_rule_file("lexicon.json", LexiconFile), "rules/lexicon.json")

"""How the names an article gives organizations compare: which of two is fuller, whether
two are forms of one name (suffix variants, a place or a national prefix written or not, an
abbreviation, a company's short form)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..model import EntityKey, ExtractedEntity
from .lexicon import Lexicon
from .orgspan import OrgSpan

__all__ = [
    "abbreviates",
    "after_own_level",
    "expanded_name",
    "family_key",
    "fullness",
    "glossed",
    "in_order",
    "national_variant",
    "place_written_with",
    "same_family",
    "short_form_of",
    "shortens_place",
    "transposed",
    "unit_after_registered",
]


def fullness(name: str, lex: Lexicon) -> tuple[int, int]:
    """How full a name is: its length, then the length of its union suffix.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> fullness("青禾工会联合会", default_lexicon()), fullness("青禾工会", default_lexicon())
    ((7, 5), (4, 2))
    """
    suffix = lex.union_family.search(name)
    return len(name), len(suffix.group()) if suffix else 0


def glossed(name: str, lex: Lexicon) -> bool:
    """Whether a name holds its owner's registered name in brackets before more of the name
    (某事业部(某某有限公司)工会): the form the text writes, not the name.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> glossed("青禾部(远帆有限公司)工会", lex), glossed("远帆科技(集团)股份有限公司", lex)
    (True, False)
    """
    legal = "|".join(re.escape(s) for s in lex.company_legal_suffixes)
    return re.search(f"[（(][^()（）]{{2,}}(?:{legal})[)）].", name) is not None


def family_key(name: str, lex: Lexicon) -> str:
    """A name without its company legal forms and with its union suffix as plain 工会.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> family_key("青禾电器(集团)有限公司工会委员会", default_lexicon())
    '青禾电器工会'
    >>> family_key("青禾快递行业联合工会工会委员会", default_lexicon())  # the union's committee
    '青禾快递行业工会'
    """
    plain = lex.union_family.sub(lex.union_word, "".join(name.split()))
    plain = plain.replace(lex.union_word * 2, lex.union_word)
    # 某某行业联合工会 and 某某行业工会联合会: one trade's union, written either way
    joint = next((k for k in lex.cue_words["joint_union_kinds"] if plain.endswith(k)), None)
    if joint is not None:
        plain = plain.removesuffix(joint) + lex.union_word
    return lex.company_noise.sub("", plain)


def _key_name(ent: ExtractedEntity) -> str:
    """The name an entity is keyed by: its place in full form + the rest (瑞安 → 瑞安市 …)."""
    return ent.key.name if ent.key.type != "Person" else ent.name


def same_family(
    a: ExtractedEntity, b: ExtractedEntity, lex: Lexicon, places: set[str] | None = None
) -> bool:
    """Two written forms of one organization that differ only in suffix variants or in how
    their place is written (电器集团 and 瑞安电器(集团)有限公司 when 瑞安 is a place here).

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> from unionkg.model import EntityKey
    >>> def company(name):
    ...     return ExtractedEntity(EntityKey("Company", name), "Company", name)
    >>> same_family(company("青禾电器集团"), company("青禾电器有限公司"), default_lexicon())
    True
    """
    for x, y in ((a.name, b.name), (_key_name(a), _key_name(b))):
        kx, ky = family_key(x, lex), family_key(y, lex)
        if kx == ky and len(kx) >= 3 and kx != lex.union_word:
            return True
        if places and len(kx) >= 2 and ky.endswith(kx) and ky[: -len(kx)] in places:
            return True
        if national_variant(x, y, lex):  # 联通某市分公司 and 中国联通某市分公司
            return True
    return False


def national_variant(x: str, y: str, lex: Lexicon) -> bool:
    """Whether one name is the other with a national prefix (中国某某银行 and 某某银行).

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> national_variant("青禾银行", "中国青禾银行", default_lexicon())
    True
    """
    prefixes = (*lex.national_prefixes, *lex.cue_words["party_prefixes"])  # 中共某县委, 某县委
    return any(y == prefix + x or x == prefix + y for prefix in prefixes)


def short_form_of(
    short: ExtractedEntity, placed: bool, form: str, places: set[str], lex: Lexicon
) -> bool:
    """Whether ``short`` is ``form`` written without its place, or a company's short form.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> from unionkg.model import EntityKey
    >>> short = ExtractedEntity(EntityKey("Company", "启衡公司"), "Company", "启衡公司")
    >>> short_form_of(short, False, "启衡供应链管理有限公司", set(), default_lexicon())
    True
    """
    if form.endswith(short.name) and form != short.name:
        return not placed or form[: -len(short.name)] in places
    return short.type == "Company" and not placed and _short_company(short.name, form, places, lex)


def unit_after_registered(short: str, long: str, lex: Lexicon) -> bool:
    """Whether ``long`` is the registered firm ``short`` written whole, then a firm of its own
    (某某集团有限公司|某省公司): the parent's unit, not the parent.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> unit_after_registered("远帆建工有限公司", "远帆建工有限公司青省公司", lex)
    True
    >>> unit_after_registered("远帆建工公司", "远帆建工公司青省公司", lex)
    False
    """
    ends = tuple(lex.cue_words["registered_firm_ends"])
    return short.endswith(ends) and long.startswith(short) and len(long) > len(short)


_LONG_CORE = 4  # a firm's own words long enough to name it inside a longer name


def _short_company(short: str, long: str, places: set[str], lex: Lexicon) -> bool:
    """某某公司 for 某地某某供应链管理有限公司: the short form's core opens the long name or
    follows its place, and the long name says more after it."""
    if long.endswith(lex.company_branch_suffixes) or unit_after_registered(short, long, lex):
        return False  # a branch (某某集团某地分公司) is a company of its own, a group (集团) too
    if not short.endswith(lex.company_word):
        return _abbreviated_kind(short, long, places, lex)
    core, full = family_key(short, lex), family_key(long, lex)
    at = full.find(core)
    if at < 0 and len(core) >= 3 and full.endswith(core[-1]):
        return in_order(core, full)  # 某科技园公司 of 某地某科技产业园有限公司: words left out
    if at < 0 and not short.endswith(lex.company_branch_suffixes):  # a branch's: its own
        return _abbreviates_own_words(core, full, places, lex)
    if len(core) < 2 or at < 0 or len(full) <= at + len(core):
        return False
    return at == 0 or full[:at] in places or len(core) >= _LONG_CORE  # 某某保安 of 中保某某保安…


def _abbreviated_kind(short: str, long: str, places: set[str], lex: Lexicon) -> bool:
    """Whether two firms' names end in one kind's word (银行, 保险) and ``short`` is ``long``'s
    own words cut to some of their characters (青储银行 of 中国青禾储蓄银行)."""
    kind = lex.org_type(short)
    if kind is None or kind[0] != "Company" or not long.endswith(kind[1]):
        return False
    size = len(kind[1])
    return _abbreviates_own_words(short[:-size], long[:-size], places, lex)


def _abbreviates_own_words(core: str, full: str, places: set[str], lex: Lexicon) -> bool:
    """Whether ``core`` is the words of ``full`` after its places and national prefix, cut to
    some of their characters, in order, the first kept (远帆矿服 of 某省远帆矿业服务, 城投 of
    某市城市建设投资集团): a firm's usual short form. Words that open the long name whole name
    its parent (青禾集团 of 青禾纺织集团), no short form.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> _abbreviates_own_words("远帆矿服", "江西远帆矿业服务", {"江西"}, lex)
    True
    >>> _abbreviates_own_words("帆矿服", "江西远帆矿业服务", {"江西"}, lex)
    False
    >>> _abbreviates_own_words("青禾", "青禾纺织", set(), lex)
    False
    """
    own = full
    while (head := max((f for f in places if own.startswith(f)), key=len, default="")) or (
        head := next((p for p in lex.national_prefixes if own.startswith(p)), "")
    ):
        own = own[len(head) :]
    fits = 2 <= len(core) < len(own) and own[0] == core[0] and in_order(core, own)
    return fits and not own.startswith(core)


def in_order(short: str, long: str) -> bool:
    """Whether each character of ``short`` appears in ``long``, in order.

    >>> in_order("青禾市公司", "青禾市供电公司"), in_order("禾青公司", "青禾市供电公司")
    (True, False)
    """
    chars = iter(long)
    return all(ch in chars for ch in short)


def transposed(a: str, b: str) -> bool:
    """Whether two names differ only by two neighbouring characters written in swapped order:
    a slip of the pen (a headline's 某山总区工会 for 某山区总工会).

    >>> transposed("青禾总区工会", "青禾区总工会"), transposed("青禾区工会", "青禾县工会")
    (True, False)
    """
    if len(a) != len(b) or len(a) < 5:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return (len(diff) == 2 and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])  # fmt: skip


def shortens_place(short: str, long: str, lex: Lexicon) -> bool:
    """Whether the place name ``short`` is ``long`` with words left out: the same kind of
    place, at least two characters of its own, each in order in the longer name.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> shortens_place("青禾街道", "青禾新村街道", default_lexicon())
    True
    >>> shortens_place("青禾街道", "青禾镇", default_lexicon())
    False
    >>> shortens_place("青禾经开区", "江南青禾经济开发区", default_lexicon())
    True
    """
    kind = next((k for k in lex.place_suffixes_longest_first if short.endswith(k)), "")
    if not kind or len(long) <= len(short) or len(short) - len(kind) < 2:
        return False
    long_kind = next((k for k in lex.place_suffixes_longest_first if long.endswith(k)), "")
    if not long.endswith(kind) and not (long_kind and in_order(kind, long_kind)):
        return False  # 某某经开区 of 某省某某经济开发区: the kind abbreviated, the same kind
    return in_order(short, long)


def abbreviates(short: ExtractedEntity, long: ExtractedEntity, lex: Lexicon) -> bool:
    """Whether ``short`` keeps the head of ``long`` and some of its other characters, in
    order, with the same union suffix (启衡货运联合工会 of 瑞安启衡物流港货运联合工会).

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> from unionkg.model import EntityKey
    >>> def union(name):
    ...     return ExtractedEntity(EntityKey("Union", name), "Union", name)
    >>> abbreviates(union("启衡货运联合工会"), union("启衡物流港货运联合工会"), default_lexicon())
    True
    """
    if short.place is not None or len(short.name) < 5 or len(long.name) <= len(short.name):
        return False
    tail = lex.union_family.search(short.name)
    if tail is None or not long.name.endswith(tail.group()):
        return False
    if short.name[0] not in long.name[:4]:
        return False  # an abbreviation keeps the head of the name
    return in_order(short.name, long.name)


def expanded_name(span: OrgSpan, text: str) -> str:
    """The name an organization span writes, with every place at its head in its full form
    (温州乐清… → 温州市乐清市…); ``text`` is the article's.

    >>> from unionkg.extract.placehit import PlaceHit
    >>> place = PlaceHit(0, 2, "乐清", "乐清市", "county")
    >>> span = OrgSpan(0, 6, "乐清青禾工会", "Union", "工会", [place])
    >>> expanded_name(span, "乐清青禾工会")
    '乐清市青禾工会'
    """
    parts, cursor = [], span.start
    for place in span.places:
        # a zone written with the places before it (某市国家高新区): its own words after them
        parts.append(
            place.name if place.start >= cursor else text[cursor : place.end].lstrip(")）")
        )
        cursor = place.end
    rest = span.text[cursor - span.start :].lstrip(")）")  # 某省(某市)…
    if span.places:
        rest = after_own_level(span.places[-1].name, span.places[-1].text, rest)
    return "".join(parts) + rest


def after_own_level(place: str, written: str, rest: str) -> str:
    """The rest of a name after its place, without the place's own level word written again
    after a short form (宁夏|自治区总工会: 宁夏 is 宁夏回族自治区, and 自治区 is its word).

    >>> after_own_level("青川回族自治区", "青川", "自治区总工会")
    '总工会'
    >>> after_own_level("青川市", "青川市", "市场监督管理局")
    '市场监督管理局'
    """
    for size in (3, 2):
        word = place[-size:]
        if len(place) > size and not written.endswith(word) and rest.startswith(word):
            return rest[size:]
    return rest


def place_written_with(
    entities: Mapping[EntityKey, ExtractedEntity], etype: str, name: str
) -> ExtractedEntity | None:
    """The place of the one body of type ``etype`` the article names as a place and ``name``
    (某市快递行业工会联合会 for a bare 快递行业工会联合会), if exactly one place fits.

    >>> from unionkg.model import EntityKey
    >>> town = ExtractedEntity(EntityKey("Town", "宁波市"), "Town", "宁波市")
    >>> name = "宁波市快递行业工会"
    >>> union = ExtractedEntity(EntityKey("Union", name), "Union", name)
    >>> union.place = town.key
    >>> place_written_with({town.key: town, union.key: union}, "Union", "快递行业工会").name
    '宁波市'
    """
    places = {
        e.place
        for e in entities.values()
        if e.type == etype and e.place is not None and e.place in entities and e.name.endswith(name)
    }
    return entities[places.pop()] if len(places) == 1 else None

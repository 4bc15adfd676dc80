"""Where a name the model found as a PER word really ends and starts: the model runs a name
into the word after it (张某某率|调研组, 王某作|报告, 王立|行长) or cuts its last character off
(倪建|中|同志), and in a list reads a family name as a word of its own (甲、那|某某)."""

from __future__ import annotations

import re

from .gazetteer import common_words, family_led, family_names
from .lexicon import Lexicon
from .ner import Token

__all__ = ["name_span"]

_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")


def _name_end(text: str, tok: Token, lex: Lexicon) -> int:
    """Where the name of a PER word ends, where the model ran it into the next word or cut
    its last character off."""
    word, end = tok.text, tok.end
    studio = _studio_named_after(text, tok, lex)
    if studio is not None:
        return studio  # 钟某某创新|工作室: the kind words of the studio named after the name
    if len(word) > 2 and (
        (word.endswith("当") and text.startswith("选", end))  # 张某当|选为
        or word.endswith(lex.cue_words["absorbed_joints"])  # 张某某及|工会主席: a list's joint
        or word.endswith(lex.cue_words["name_run_verbs"])  # 张某某率|调研组: the verb after it
        or _runs_into_phrase(text, end, lex)  # 王某作|报告: the verb of a phrase after it
    ):
        return end - 1
    visit = _visit_run_in(text, tok, lex)
    if visit:
        return end - visit  # 柯莎来镇|调研: the verb of coming and the place come to, run in
    if len(word) == 4 and _preposition_run_in(word, lex):
        return end - 1  # 林启华为|职工讲课: a name of three and the preposition after it
    if len(word) == 5 and _word_run_in(word):
        return end - 2  # 吴某婵勉励|工会: the model ran the two-character verb after it in
    if len(word) == 2 and _spaced_name_cut(text, tok, lex):
        return end + 1  # 记者 钟某|来 通讯员: a name set off by spaces ends at the space
    if len(word) == 2 and _cut_before_follower(text, end, lex):
        return end + 1  # 倪建|中|同志, 甲、方某|中|、: the model cut the name's last character off
    if len(word) < 4 and _joint_before_joint(text, end, lex):
        return end + 1  # 黄庆|和|及: a joint right before another is the name's last character
    return end - len(_title_run_in(word, lex))  # 王立|行长: the title after the name


def name_span(text: str, tok: Token, lex: Lexicon) -> tuple[int, int]:
    """The name a PER word holds, where the model ran it into the next word or cut its
    family name off.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> name_span("陈小灿作报告", Token("陈小灿作", "PER", 0, 4), default_lexicon())
    (0, 3)
    >>> name_span("林启明同志", Token("林启明", "PER", 0, 3), default_lexicon())
    (0, 3)
    """
    end = _name_end(text, tok, lex)
    start = tok.start
    single, _ = family_names()
    if end - start == 2 and text[start - 1 : start] in single and _opens_name(text, start - 1, lex):
        start -= 1  # 甲、那|某某, 获得者谈|某某: the model read the family name as a word
    honors = tuple(lex.cue_words["honor_titles"])
    rest = text[start + 1 : end]
    if len(rest) >= 2 and text.endswith(honors, 0, start + 1) and family_led(rest):
        start += 1  # 劳动模|范王某某: the model ran the honour's last character into the name
    return start, end


def _opens_name(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether a name may open at ``pos``: after a list's 、, a separator of a credit line (|,
    spaces after it) or a noun of a doer (获得者), and at no preposition or joint
    (获得者和|某某).

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> _opens_name("获得者谈立平", 3, lex), _opens_name("获得者和立平", 3, lex)
    (True, False)
    """
    cue = lex.cue_words
    before = text[max(0, pos - _SPACES) : pos].rstrip(" \u3000")[-1:]
    if before not in (*cue["name_openers"], *_CREDIT_SEPARATORS):
        return False
    return before == "、" or text[pos] not in (*lex.list_joints, *cue["name_prepositions"])


_SPACES = 3  # the most spaces between a separator and the name after it
_CREDIT_SEPARATORS = "|｜"  # a credit line's separator between a role and a name (编辑 | 某某)


def _word_run_in(word: str) -> bool:
    """Whether a PER word of five characters is a name of three with a single-character family
    name and the word after it run in (吴某婵|勉励): its last two characters are a word of the
    language, and it opens with no two-character family name (欧阳晓敏|...).

    >>> _word_run_in("吴植婵勉励"), _word_run_in("欧阳晓敏讲")
    (True, False)
    """
    single, double = family_names()
    return word[0] in single and word[:2] not in double and word[3:] in common_words()


def _visit_run_in(text: str, tok: Token, lex: Lexicon) -> int:
    """How many characters of a PER word are a verb of coming and the short place come to,
    that the model ran into the name before them where a visit's verb follows (柯莎来镇|调研,
    钟远赴京|考察); 0 where there are none. The name before them opens with a family name.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> _visit_run_in("柯莎来镇调研", Token("柯莎来镇", "PER", 0, 4), lex)
    2
    >>> _visit_run_in("柯来镇调研", Token("柯来镇", "PER", 0, 3), lex)
    0
    """
    word, cue = tok.text, lex.cue_words
    if not text.startswith(tuple(cue["visit_verbs"]), tok.end):
        return 0
    comes = [w for w in cue["at_place_words"] if len(w) == 1]
    for place in (1, 2):
        cut = len(word) - place - 1
        if cut in (2, 3) and word[cut] in comes and family_led(word[:cut]):
            return place + 1
    return 0


def _preposition_run_in(word: str, lex: Lexicon) -> bool:
    """Whether a PER word of four characters is a name of three with a single-character
    family name and a preposition or a list's joint after it run in (林启华为|职工讲课: 华为 is
    a word of the model's; 柯立中和|钟某); a name of four opens with a family name of two
    (欧阳启为).

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> _preposition_run_in("林启华为", lex), _preposition_run_in("欧阳启为", lex)
    (True, False)
    >>> _preposition_run_in("柯立中和", lex)
    True
    """
    single, double = family_names()
    runs = (
        *lex.cue_words["name_run_prepositions"],
        *lex.cue_words["name_prepositions"],
        *lex.list_joints,
    )
    return word[0] in single and word[:2] not in double and word[-1] in runs


def _title_run_in(word: str, lex: Lexicon) -> str:
    """The title or honour a PER word ends with after a name of two or three characters that
    opens with a family name (王立行长 → 行长, 王立劳模 → 劳模); "" when it ends with none.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> _title_run_in("钟晓岚副行长", default_lexicon()), _title_run_in("钟晓岚", default_lexicon())
    ('副行长', '')
    """
    honours = lex.cue_words["honor_titles"]
    for k in range(min(4, len(word) - 2), 1, -1):
        name, title = word[:-k], word[-k:]
        opens = family_led(name)
        if len(name) in (2, 3) and opens and (lex.title_head(title) == title or title in honours):
            return title
    return ""


_PHRASE_END = re.compile(r"[，,。；;、：:！!？?\n]")


def _spaced_name_cut(text: str, tok: Token, lex: Lexicon) -> bool:
    """Whether the model cut the last character off a name of three that a byline sets off
    by spaces (记者 钟某|来 通讯员, a name at the end of the text: 来源：某报 甲 赵某|圆): one
    Han character between the name and a space or the end, where a space, a bracket or a
    colon opens the name.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> _spaced_name_cut("记者 黄晓来 通讯员", Token("黄晓", "PER", 3, 5), lex)
    True
    >>> _spaced_name_cut("记者 黄晓等 通讯员", Token("黄晓", "PER", 3, 5), lex)
    False
    >>> _spaced_name_cut("记者黄晓来到现场", Token("黄晓", "PER", 2, 4), lex)
    False
    """
    end = tok.end
    char, after = text[end : end + 1], text[end + 1 : end + 2]
    if not _HAN_CHAR.fullmatch(char) or (after and not after.isspace()):
        return False
    before = text[tok.start - 1 : tok.start]
    if not before or (before not in _NAME_OPENERS and not before.isspace()):
        return False
    return char not in lex.cue_words["etc"] and char not in lex.list_joints


_NAME_OPENERS = "(（:："


def _studio_named_after(text: str, tok: Token, lex: Lexicon) -> int | None:
    """Where the name ends in a PER word that runs on into the kind words of a studio named
    after it (钟某某创新工作室, 钟某某劳模创新|工作室): a name of two or three characters
    opening with a family name, then only kind words up to 工作室.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> _studio_named_after("钟晓岚创新工作室", Token("钟晓岚创新", "PER", 0, 5), lex)
    3
    >>> _studio_named_after("钟晓岚创新高地", Token("钟晓岚创新", "PER", 0, 5), lex) is None
    True
    """
    studio = lex.compiled(_studio_words)
    for size in (3, 2):
        end = tok.start + size
        if end < tok.end and family_led(text[tok.start : end]) and studio.match(text, end):
            return end
    return None


def _studio_words(lex: Lexicon) -> re.Pattern[str]:
    """The kind words of a studio's name after its leader's, up to 工作室 (创新工作室)."""
    cue = lex.cue_words
    kinds = sorted({*cue["studio_honour_words"], *cue["studio_work_words"]}, key=len, reverse=True)
    joints = "|".join(re.escape(j) for j in lex.list_joints if len(j) == 1)
    alternatives = "|".join(map(re.escape, kinds))
    return re.compile(f"(?:{alternatives})(?:(?:{joints})?(?:{alternatives}))*工作室")


def _runs_into_phrase(text: str, end: int, lex: Lexicon) -> bool:
    """Whether the last character of a PER word opens a phrase of speaking after it (作报告,
    作讲话): the verb of the phrase, not a character of the name."""
    phrases = lex.cue_words["name_run_phrases"]
    if any(text.startswith(p, end - 1) for p in phrases):
        return True
    # 周某作大赛总结, 王某作重要讲话: the phrase's object has a word or two before its head
    verb = phrases[0][0]
    window = _PHRASE_END.split(text[end : end + 10], maxsplit=1)[0]
    heads = {p[1:] for p in phrases if p.startswith(verb)}
    if text[end - 1] != verb or _verb_in(window, verb, lex):
        return False
    return any(h in window for h in heads)


def _verb_in(window: str, verb: str, lex: Lexicon) -> bool:
    """Whether ``verb`` stands in ``window`` as a word of its own, not inside a word an object
    of the phrase opens with (工作 of 工作报告: 王某作公司工作报告 holds one verb, the one after
    the name; cue_words.name_run_objects).

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> _verb_in("公司工作报告", "作", lex), _verb_in("在会上作报告", "作", lex)
    (False, True)
    """
    for word in lex.cue_words["name_run_objects"]:
        window = window.replace(word, "")
    return verb in window


def _joint_before_joint(text: str, end: int, lex: Lexicon) -> bool:
    """Whether a word that joins a list (和, 与, 及) stands right before another such word or
    before 等: two joints in a row join nothing, so the first ends the name before them."""
    joints = lex.cue_words["list_joints"]
    after = text[end + 1 : end + 2]
    return text[end : end + 1] in joints and (after in joints or after in lex.cue_words["etc"])


def _cut_before_follower(text: str, end: int, lex: Lexicon) -> bool:
    """Whether one Han character stands between a name and 同志 (any but a word of a list:
    等, 和 …), or a localizer character (中, 上 …) the model read as a word stands between a
    name and an electing verb (当选) or the comma of a list of names the name itself stands
    in (甲、方某|中|、乙).

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> follows = _cut_before_follower
    >>> follows("甲乙、方立中、柯远", 5, lex), follows("方立中当选", 2, lex)
    (True, True)
    >>> follows("甲乙、方立说、", 5, lex), follows("方立曾任", 2, lex), follows("方立等、", 2, lex)
    (False, False, False)
    >>> follows("方立远省长", 2, lex), follows("方立副行长", 2, lex), follows("方立任书记", 2, lex)
    (True, False, False)
    >>> follows("方立中分别发言", 2, lex), follows("方立中出席", 2, lex)
    (True, True)
    >>> follows("方立后表示", 2, lex), follows("方立之等五人", 2, lex)
    (False, True)
    >>> follows("方立中和柯远", 2, lex), follows("方立上和柯远", 2, lex)
    (True, False)
    """
    char = text[end : end + 1]
    if not _HAN_CHAR.fullmatch(char):
        return False
    if char in lex.cue_words["etc"] or char in lex.list_joints or char == "的":
        return False
    after = end + 1
    if (
        char in lex.cue_words["name_final_localizers"]
        and text[after : after + 1] in lex.list_joints
    ):
        return True  # 大工匠张某|中和|乙: the model read the last character and the joint as a verb
    if any(text.startswith(c, after) for c in lex.cue_words["comrade"]):
        return True
    if _post_at(text, after, lex) and not _post_at(text, end, lex):
        # 陈某|发|省长: the name's last character, then the post written after the name
        return char not in lex.cue_words["before_post_characters"]
    if char in lex.cue_words["name_final_particles"] and text.startswith(
        tuple(lex.cue_words["etc"]), after
    ):
        return True  # 王立|之|等五人: a classical particle stands before 等 only as a name's end
    if _list_item_end(text, end, lex):
        return True  # 技师甲、技师方立|远|、: the item of a list ends at the list's comma
    if char not in lex.cue_words["localizer_characters"]:
        return False
    elected = any(text.startswith(v, after) for v in lex.cue_words["elected_verbs"])
    if char in lex.cue_words["name_final_localizers"] and _name_follower_at(text, after, lex):
        return True  # 主任张某|中|分别…, 副主席王某|中|出席: a name's last character
    return elected or (text.startswith("、", after) and text[end - 3 : end - 2] == "、")


def _list_item_end(text: str, end: int, lex: Lexicon) -> bool:
    """Whether the one Han character after a name of two that opens with a family name is the
    name's last, a list's comma right after it (技师方立|远|、): no word that follows a name
    (说, 等) stands there.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> _list_item_end("方立远、", 2, lex), _list_item_end("方立说、", 2, lex)
    (True, False)
    """
    char = text[end : end + 1]
    return (
        text.startswith("、", end + 1)
        and family_led(text[end - 2 : end])
        and char not in lex.name_end_words
    )


def _name_follower_at(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether a word that follows a name (出席, 表示, 分别 …; not a one-character one: 率,
    和) starts at ``pos``."""
    words = (*lex.name_end_words, *lex.cue_words["respectively"])
    return any(len(w) > 1 and text.startswith(w, pos) for w in words)


def _post_at(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether a post's word (省长, 主席, 副行长) starts at ``pos``."""
    return any(lex.title_head(text[pos : pos + k]) == text[pos : pos + k] for k in (2, 3, 4))

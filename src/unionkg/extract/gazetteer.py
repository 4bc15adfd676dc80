"""China's administrative divisions, province down to village, from the ``jionlp`` package.

jionlp ships ``dictionary/china_location.txt``: one division a line, indented by level
(province, city, county with its GB/T 2260 code and short name, town/街道, village/社区).
We read that file directly (importing jionlp itself is slow and noisy) and index it by full
and short name, with the former divisions of its record of changes
(``china_location_change.txt``: renamed or merged since). A name written with a variant or
traditional character (澂 for 澄) is looked up by its standard form too, from jionlp's
``tra2sim_char.txt``. Nothing here is typed by hand.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import zipfile
from array import array
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import ResourceError

__all__ = [
    "COUNTY_WORDS",
    "LEVELS",
    "Gazetteer",
    "Place",
    "common_words",
    "default_gazetteer",
    "family_led",
    "family_names",
    "province_aliases",
    "world_names",
]

LEVELS = ("province", "city", "county", "town", "village")
SOURCE = "jionlp china_location"


@dataclass(frozen=True, slots=True)
class Place:
    """One administrative division."""

    index: int
    name: str
    level: int  # index into LEVELS
    code: str | None  # GB/T 2260 code (province, city, county); None below
    parent: int | None
    short: str | None = None

    @property
    def level_name(self) -> str:
        return LEVELS[self.level]


class Gazetteer:
    """Look up divisions by name and walk up their chain.

    >>> gaz = default_gazetteer()
    >>> [p.name for p in gaz.chain(gaz.lookup("乐清市")[0])]
    ['乐清市', '温州市', '浙江省']
    >>> gaz.lookup("温州")[0].name
    '温州市'
    """

    def __init__(
        self,
        names: list[str],
        levels: bytes,
        parents: array[int],
        codes: dict[int, str],
        shorts: dict[int, str],
        variants: dict[int, str] | None = None,
    ) -> None:
        self._names = names
        self._variants = variants or {}  # str.translate table: variant character → standard
        self._levels = levels
        self._parents = parents  # -1 for a province
        self._codes = codes
        self._shorts = shorts
        self._by_name: dict[str, list[int]] = {}
        self._town_shorts: dict[tuple[str, ...], dict[str, list[int]]] = {}
        for index, name in enumerate(names):
            self._by_name.setdefault(name, []).append(index)
        for index, short in shorts.items():
            if short != names[index]:
                self._by_name.setdefault(short, []).append(index)
            # 陵水县 for 陵水黎族自治县, 某某州 for 某某自治州: the short name and the level
            level = next((v for k, v in _AUTONOMOUS.items() if names[index].endswith(k)), None)
            if level and short + level not in self._by_name:
                self._by_name[short + level] = [index]
        # 某某区 for 某某县: a county become a district or a city since the gazetteer was made
        # is written with its short name and its new word; a form no division has already
        for index, short in shorts.items():
            if self._levels[index] != 2 or len(short) < 2 or names[index][-1] not in COUNTY_WORDS:
                continue
            for word in COUNTY_WORDS:
                self._by_name.setdefault(short + word, [index])

    @classmethod
    def from_file(cls, path: Path) -> Gazetteer:
        """Read jionlp's ``china_location`` file (the .txt, or the .zip the wheel ships)."""
        try:
            if path.suffix == ".zip":
                with zipfile.ZipFile(path) as archive:
                    text = archive.read("china_location.txt").decode("utf-8")
            else:
                text = path.read_text(encoding="utf-8")
        except (OSError, KeyError, zipfile.BadZipFile) as exc:
            raise ResourceError(f"cannot read the gazetteer {path}: {exc}") from exc
        changes = path.parent / "china_location_change.txt"
        try:
            history = changes.read_text(encoding="utf-8") if changes.is_file() else ""
        except OSError as exc:
            raise ResourceError(f"cannot read {changes}: {exc}; reinstall jionlp") from exc
        gaz = cls.from_text(text, str(path), history)
        gaz._variants = _variant_table(path.parent / "tra2sim_char.txt")
        return gaz

    @classmethod
    def from_text(cls, text: str, source: str = "gazetteer", changes: str = "") -> Gazetteer:
        """Read a ``china_location`` text; ``changes`` (jionlp's ``china_location_change``)
        adds each former division renamed or merged since as a place of its own, in the
        place of its successor (某某县 become 某某区 is still found where news names it)."""
        names: list[str] = []
        levels = bytearray()
        parents = array("i")
        codes: dict[int, str] = {}
        shorts: dict[int, str] = {}
        stack: list[int] = []  # the last division seen at each indentation
        for line in text.splitlines():
            body = line.lstrip("\t")
            if not body:
                continue
            depth = len(line) - len(body)
            name, _, rest = body.partition("\t")
            code, _, short = rest.partition("\t")
            del stack[depth:]
            parent = stack[-1] if stack else -1
            # a division listed again under itself, by name (上海市 / 上海市) or by code and
            # short name (澳门特别行政区 / 澳门, both 820000 澳门): keep one of them; its
            # districts share its code (元朗区 810000 元朗) and are places of their own
            again = code and codes.get(parent) == code and short == shorts.get(parent)
            if parent >= 0 and (names[parent] == name or again):
                stack.append(parent)
                continue
            index = len(names)
            names.append(name)
            levels.append(min(depth, 4))
            parents.append(parent)
            if code:
                codes[index] = code
            if short:
                shorts[index] = short
            stack.append(index)
        if not names:
            raise ResourceError(f"the gazetteer {source} is empty")
        _add_former(changes, names, levels, parents, (codes, shorts))
        return cls(names, bytes(levels), parents, codes, shorts)

    def _place(self, index: int) -> Place:
        parent = self._parents[index]
        return Place(
            index,
            self._names[index],
            self._levels[index],
            self._codes.get(index),
            parent if parent >= 0 else None,
            self._shorts.get(index),
        )

    def __len__(self) -> int:
        return len(self._names)

    def lookup(self, name: str) -> list[Place]:
        """Every division called ``name`` (full or short name, or written with a variant
        character), highest level first."""
        found = [self._place(i) for i in self._indices(name)]
        return sorted(found, key=lambda p: (p.level, p.index))

    def town_short(self, form: str, suffixes: tuple[str, ...]) -> list[Place]:
        """The towns (镇, 乡, 街道 …) whose name is ``form`` and one of ``suffixes``: news
        writes a town chained after its county without its level (某县柳市 for 柳市镇).

        >>> gaz = default_gazetteer()
        >>> [p.name for p in gaz.town_short("柳市", ("镇", "街道"))]
        ['柳市镇']
        """
        index = self._town_shorts.get(suffixes)
        if index is None:
            index = self._town_shorts[suffixes] = {}
            ends = "|".join(map(re.escape, sorted(suffixes, key=len, reverse=True)))
            shape = re.compile(f"(.{{2,}}?)(?:{ends})")
            for found in re.finditer(b"\x03", self._levels):  # the towns, found in C
                if m := shape.fullmatch(self._names[found.start()]):
                    index.setdefault(m.group(1), []).append(found.start())
        return [self._place(i) for i in index.get(form, ())]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and bool(self._indices(name))

    def standard(self, name: str) -> str:
        """``name`` with every variant character written in its standard form."""
        return name.translate(self._variants) if self._variants else name

    def _indices(self, name: str) -> list[int]:
        """The divisions called ``name``, or else called its standard form when a character
        of it is a variant (a county's old spelling, 澂江县 for 澄江县)."""
        found = self._by_name.get(name)
        if found is None and self._variants:
            standard = self.standard(name)
            found = self._by_name.get(standard) if standard != name else None
        return found or []

    def chain(self, place: Place) -> list[Place]:
        """``place`` and its ancestors, most specific first."""
        out = [place]
        while out[-1].parent is not None:
            parent = out[-1].parent
            assert parent is not None
            out.append(self._place(parent))
        return out

    def code_of(self, place: Place) -> str | None:
        """The GB/T 2260 code of ``place`` or of its nearest coded ancestor."""
        for link in self.chain(place):
            if link.code:
                return link.code
        return None

    def is_within(self, place: Place, ancestor: Place) -> bool:
        """Whether ``ancestor`` is ``place`` or one of its ancestors."""
        return any(link.index == ancestor.index for link in self.chain(place))


# the words of a county-level division's name: a county renamed changes one for another
COUNTY_WORDS = "县区市"

# an autonomous division's kind and the level word its short name takes in common writing
_AUTONOMOUS = {"自治县": "县", "自治旗": "旗", "自治州": "州"}


def _add_former(
    changes: str,
    names: list[str],
    levels: bytearray,
    parents: array[int],
    extra: tuple[dict[int, str], dict[int, str]],
) -> None:
    """Add the former divisions of jionlp's change record: a line is the date, the
    authority, the old chain (full name, short name for each level) ``=>`` the new chain of
    full names. A former name the gazetteer no longer holds becomes a division under its
    successor's parent, with its successor's code and level."""
    codes, shorts = extra
    records = []
    for line in changes.splitlines():
        before, arrow, after = line.partition("=>")
        old, new = before.split("\t")[2:], after.split("\t")
        if arrow and len(old) >= 2 and len(old) % 2 == 0 and len(old) // 2 == len(new):
            records.append((old[-2], old[-1], new))
    wanted = {new[-1] for _, _, new in records}
    found: dict[str, list[int]] = {}
    for i, n in enumerate(names):
        if n in wanted and levels[i] < 3:  # a change renames a province, city or county
            found.setdefault(n, []).append(i)
    known = set(names) | set(shorts.values())
    for name, short, new in records:
        if name in known or name == new[-1]:
            continue
        chains = [i for i in found.get(new[-1], []) if _chain_names(i, names, parents) == new[::-1]]
        if not chains:
            continue
        successor, index = chains[0], len(names)
        names.append(name)
        levels.append(levels[successor])
        parents.append(parents[successor])
        if successor in codes:
            codes[index] = codes[successor]
        if short and short not in known:
            shorts[index] = short
        known.update((name, short))


def _variant_table(path: Path) -> dict[int, str]:
    """jionlp's character table (a traditional or variant character, a tab, its standard
    simplified form) as a ``str.translate`` table; empty if the file is missing."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return {}
    pairs = (line.split("\t") for line in lines)
    return {ord(p[0]): p[1] for p in pairs if len(p) == 2 and len(p[0]) == 1 and p[0] != p[1]}


def _chain_names(index: int, names: list[str], parents: array[int]) -> list[str]:
    out = [names[index]]
    while parents[index] >= 0:
        index = parents[index]
        out.append(names[index])
    return out


def _data_file() -> Path:
    spec = importlib.util.find_spec("jionlp")
    if spec is None or not spec.submodule_search_locations:
        raise ResourceError(
            "the gazetteer package 'jionlp' is not installed; run: pip install jionlp"
        )
    folder = Path(next(iter(spec.submodule_search_locations))) / "dictionary"
    for name in ("china_location.zip", "china_location.txt"):  # the wheel ships the .zip
        if (folder / name).is_file():
            return folder / name
    raise ResourceError(
        f"jionlp is installed but {folder}/china_location.* is missing; reinstall jionlp"
    )


@lru_cache(maxsize=1)
def world_names() -> frozenset[str]:
    """Countries (short and full names), capitals and major cities outside China, from
    jionlp's ``world_location.txt``.

    >>> "日本" in world_names(), "大韩民国" in world_names()
    (True, True)
    """
    path = _data_file().parent / "world_location.txt"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ResourceError(f"cannot read {path}: {exc}; reinstall jionlp") from exc
    names: set[str] = set()
    for line in lines:
        fields = line.split("\t")
        if len(fields) < 2 or fields[0] == "中国":
            continue
        for field in fields:
            names.update(part for part in field.split("/") if len(part) >= 2)
    return frozenset(names)


@lru_cache(maxsize=1)
def family_names() -> tuple[frozenset[str], frozenset[str]]:
    """Chinese family names (single- and two-character), as jionlp's rules list them.

    Read from the source of ``jionlp/rule/rule_pattern.py`` without importing jionlp (its
    import is slow and prints a banner).

    >>> single, double = family_names()
    >>> "王" in single, "欧阳" in double
    (True, True)
    """
    path = _data_file().parent.parent / "rule" / "rule_pattern.py"
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except (OSError, SyntaxError) as exc:
        raise ResourceError(f"cannot read {path}: {exc}; reinstall jionlp") from exc
    values: dict[str, str] = {}
    for node in tree.body:  # the file assigns a list more than once: take every assignment
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name) and target.id in _FAMILY_CONSTANTS:
                try:
                    values[target.id] = (
                        values.get(target.id, "") + "|" + ast.literal_eval(node.value)
                    )
                except ValueError:
                    continue  # a computed value: not one of the plain lists
    single = values.get("SINGLE_CHINESE_FAMILY_NAME", "").replace("|", "")
    double = values.get("TWO_CHAR_CHINESE_FAMILY_NAME", "").strip("|")
    if not single:
        raise ResourceError(f"{path} lists no family names; reinstall jionlp")
    single += _MODERN_FAMILY_NAMES
    return frozenset(single), frozenset(d for d in double.split("|") if d)


def family_led(word: str) -> bool:
    """Whether ``word`` opens with a family name, of one character or two.

    >>> family_led("王小明"), family_led("欧阳明"), family_led("的确")
    (True, True, False)
    """
    single, double = family_names()
    return word[:1] in single or word[:2] in double


# the family names among the hundred commonest of today (the Ministry of Public Security's
# count of 2020) that jionlp's lists (the old Hundred Family Names) leave out: all three of them
_MODERN_FAMILY_NAMES = "肖付覃"
_FAMILY_CONSTANTS = {"SINGLE_CHINESE_FAMILY_NAME", "TWO_CHAR_CHINESE_FAMILY_NAME"}
_HAN_WORD = re.compile(r"[\u4e00-\u9fff]{2,4}")


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """The words of two to four Han characters in jionlp's word-frequency list (a large body
    of Chinese text cut into words and counted): the language's words, and common names too,
    so it tells a word from a name only for words that open with no family name.

    >>> "竭诚" in common_words(), "冼朗" in common_words()
    (True, False)
    """
    path = _data_file().parent / "word_distribution.zip"
    try:
        with zipfile.ZipFile(path) as archive:
            lines = archive.read("word_distribution.json").decode("utf-8").splitlines()
    except (OSError, KeyError, zipfile.BadZipFile, UnicodeDecodeError) as exc:
        raise ResourceError(f"cannot read {path}: {exc}; reinstall jionlp") from exc
    words = (line[2 : line.find('"', 2)] for line in lines if line.startswith('["'))
    return frozenset(w for w in words if _HAN_WORD.fullmatch(w))


@lru_cache(maxsize=1)
def province_aliases() -> frozenset[str]:
    """The one-character names of China's provinces (京, 津, 冀, 沪 …), as jionlp's rules list
    them; several together name a region (京津冀, 川渝).

    >>> sorted(set("京津冀") & province_aliases())
    ['京', '冀', '津']
    """
    path = _data_file().parent.parent / "rule" / "rule_pattern.py"
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except (OSError, SyntaxError) as exc:
        raise ResourceError(f"cannot read {path}: {exc}; reinstall jionlp") from exc
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name) and target.id == "CHINA_PROVINCE_ALIAS":
                return frozenset(ast.literal_eval(node.value))
    raise ResourceError(f"{path} lists no province aliases; reinstall jionlp")


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The shared gazetteer (read once per process)."""
    return Gazetteer.from_file(_data_file())

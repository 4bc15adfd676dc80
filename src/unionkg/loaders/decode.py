"""Bytes to text for Chinese news: UTF-8 (with or without BOM), GB18030/GBK/GB2312, Big5.

The order is: refuse what is not text at all (empty, NUL bytes, image or archive magic), then a
BOM, then strict UTF-8, then a detector (charset-normalizer) restricted to the Chinese encodings.
Whatever the detector picks must also read as plausible Chinese, judged by how many of its
characters are common ones (GB2312 level 1 or Big5 level 1); otherwise we raise rather than
hand on mojibake.

    >>> decode_bytes("工会主席".encode("gb18030"), "a.txt").encoding
    'gb18030'
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from ..errors import DecodeError, InputError

__all__ = [
    "CHINESE_ENCODINGS",
    "Decoded",
    "check_is_text",
    "decode_bytes",
    "plausibility",
    "utf16_without_bom",
]

#: The encodings we read, as Python codec names, in the order ties are broken.
CHINESE_ENCODINGS: tuple[str, ...] = ("utf-8", "gb18030", "big5", "cp950", "big5hkscs")

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a zip archive (or .docx/.xlsx)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_READABLE = re.compile(
    r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef\u2010-\u206f\u00b7\s -~]"
)
_MIN_READABLE = 0.97  # share of characters that must be Han, CJK/ASCII punctuation or ASCII
_MIN_COMMON = 0.80  # share of Han characters that must be common ones

_HINT = "save the file as UTF-8 (or GB18030/Big5) and try again"


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text and the codec that read it (a Python codec name such as ``gb18030``)."""

    text: str
    encoding: str


def check_is_text(data: bytes, source: str) -> None:
    """Raise :class:`InputError` when ``data`` is empty or plainly not text.

    >>> check_is_text(b"\\x89PNG\\r\\n", "x.txt")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    unionkg.errors.InputError: x.txt: this is a PNG image, not text; ...
    """
    if not data.strip():
        raise InputError(source, "the file is empty", "give it the text of an article")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(
                source, f"this is {what}, not text", "give a .txt, .html or .jsonl file"
            )
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        if utf16_without_bom(data[:4096]):
            raise InputError(source, "the file looks like UTF-16 without a byte-order mark",
                             "save it as UTF-8 (or as UTF-16 with a BOM)")  # fmt: skip
        raise InputError(source, "the file holds NUL bytes, so it is binary, not text", _HINT)


def utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when ``data`` (with NUL bytes, no BOM) reads as plausible
    text in it, else ``None``; a few bytes of a cut character at the end are forgiven.

    >>> utf16_without_bom("工会成立了。\\n".encode("utf-16-be")), utf16_without_bom(b"\\x00\\x01")
    ('utf-16-be', None)
    """
    if b"\x00" not in data:
        return None
    even = data[: len(data) // 2 * 2]
    for encoding in ("utf-16-le", "utf-16-be"):
        text = even.decode(encoding, "ignore")
        if text.strip() and plausibility(text) >= _MIN_READABLE * _MIN_COMMON:
            return encoding
    return None


def _is_common(char: str) -> bool:
    """A Han character among the ~3,700 commonest Simplified or ~5,400 commonest Traditional."""
    try:
        gb = char.encode("gb2312")
        if 0xB0 <= gb[0] <= 0xD7:  # GB2312 level 1
            return True
    except UnicodeEncodeError:
        pass
    try:
        big = char.encode("big5")
        return 0xA440 <= int.from_bytes(big, "big") <= 0xC67E  # Big5 level 1
    except UnicodeEncodeError:
        return False


def plausibility(text: str) -> float:
    """How much ``text`` looks like real Chinese (or ASCII) text, from 0.0 to 1.0.

    The share of readable characters times the share of common Han characters; mojibake
    (Big5 read as GBK, say) scores low because it is made of rare characters.

    >>> plausibility("工会主席") == 1.0
    True
    >>> plausibility("\u5de5\u6703".encode("big5").decode("gb18030")) < 0.5
    True
    """
    if not text:
        return 0.0
    readable = len(_READABLE.findall(text)) / len(text)
    han = _HAN.findall(text)
    common = sum(map(_is_common, han)) / len(han) if han else 1.0
    return readable * common


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _detect(data: bytes) -> list[str]:
    """Candidate encodings, the detector's best first."""
    from charset_normalizer import from_bytes

    isolation = [codecs.lookup(name).name.replace("-", "_") for name in CHINESE_ENCODINGS]
    matches = from_bytes(data, cp_isolation=isolation)
    found = [codecs.lookup(match.encoding).name for match in matches]
    return [*found, *(name for name in CHINESE_ENCODINGS if name not in found)]


def _checked(text: str, encoding: str, source: str) -> Decoded:
    if "\ufffd" in text:
        raise DecodeError(
            source, f"the text read as {encoding} holds replacement characters (�)", _HINT
        )
    if plausibility(text) < _MIN_READABLE * _MIN_COMMON:
        raise DecodeError(
            source, f"the text read as {encoding} does not look like Chinese or ASCII text", _HINT
        )
    return Decoded(text, encoding)


def decode_bytes(data: bytes, source: str, declared: str | None = None) -> Decoded:
    """Decode ``data``, trying a BOM, then ``declared`` (an HTML charset), UTF-8, the detector.

    Raises :class:`InputError` for empty or binary data and :class:`DecodeError` when no
    supported encoding reads it as plausible text.

    >>> decode_bytes("\ufeff工会".encode("utf-8"), "a.txt")
    Decoded(text='工会', encoding='utf-8-sig')
    >>> decode_bytes("工會".encode("big5"), "a.txt").text
    '工會'
    """
    if (utf16 := utf16_without_bom(data[:4096])) and (text := _strict(data, utf16)):
        return _checked(text, utf16, source)
    check_is_text(data, source)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _strict(data, encoding)
            if text is None:
                raise DecodeError(
                    source, f"the file starts with a {encoding} BOM but is not {encoding}", _HINT
                )
            return _checked(text, encoding, source)
    if declared and (codec := _codec_for_declared(declared)):
        declared_text = _strict(data, codec)
        if declared_text is not None and plausibility(declared_text) >= _MIN_READABLE * _MIN_COMMON:
            return _checked(declared_text, codec, source)
    utf8 = _strict(data, "utf-8")
    if utf8 is not None:
        return _checked(utf8, "utf-8", source)
    return _checked(*_most_plausible(data, source), source)


def _most_plausible(data: bytes, source: str) -> tuple[str, str]:
    """``(text, encoding)``: the most plausible reading among the detector's candidates.

    On a tie (a very short text reads well both ways) the order of ``CHINESE_ENCODINGS``
    decides, GB18030 before Big5, then the detector's ranking.
    """
    readings = []
    for rank, encoding in enumerate(_detect(data)):
        text = _strict(data, encoding)
        if text is not None:
            preference = CHINESE_ENCODINGS.index(encoding) if encoding in CHINESE_ENCODINGS else 99
            readings.append(((round(plausibility(text), 3), -preference, -rank), text, encoding))
    if not readings:
        raise DecodeError(
            source, "no supported encoding (UTF-8, GB18030, Big5) reads these bytes", _HINT
        )
    _, text, encoding = max(readings, key=lambda reading: reading[0])
    return text, encoding


def _codec_for_declared(declared: str) -> str | None:
    """The codec to use for a declared charset: GB2312/GBK are read as their superset GB18030.

    >>> _codec_for_declared("GB2312"), _codec_for_declared("x-nonsense")
    ('gb18030', None)
    """
    try:
        name = codecs.lookup(declared.strip().strip("\"'")).name
    except LookupError:
        return None
    if name in {"gb2312", "gbk", "gb18030", "euc_cn", "hz"}:
        return "gb18030"
    return name

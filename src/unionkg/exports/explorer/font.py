"""A small font with every pinyin letter, embedded in the page.

Common CJK fonts draw the tone-marked vowels unevenly: some lack ǎ ǒ ǐ ǔ ǚ (the third tone and
ü), and a browser then takes those letters alone from another font, or shows a box. The page
therefore carries its own font for Latin text: DejaVu Sans (its licence allows embedding and
redistribution, and modified copies may keep the name "DejaVu"), read from the copy matplotlib
ships (a dependency of the package) and cut by fontTools down to the Latin letters, the
tone-marked vowels, digits and punctuation: about 20 kB as WOFF, where the whole font takes
700 kB. The CSS ``unicode-range`` limits it to those letters, so Chinese text keeps the CJK font.
"""

from __future__ import annotations

import base64
import functools
import io
from pathlib import Path

__all__ = ["PINYIN_FONT_FAMILY", "PINYIN_LETTERS", "font_face_css", "pinyin_font"]

PINYIN_FONT_FAMILY = "unionkg pinyin"
"""The family name the page's CSS gives the embedded font."""

PINYIN_LETTERS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙǕǗǙǛÜêÊńňǹḿ"
"""Every letter pypinyin writes with a tone mark (and ü, ê, the rare ń ň ǹ ḿ), both cases."""

_CODEPOINTS = sorted({*range(0x20, 0x7F), 0xB7, 0x2014, 0x2192, *map(ord, PINYIN_LETTERS)})


def _source() -> Path:
    import matplotlib  # the report's plotting library; only its font file is used here

    return Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"


@functools.cache
def pinyin_font() -> bytes:
    """The subset font as WOFF bytes (the same bytes on every run).

    >>> data = pinyin_font()
    >>> data[:4], len(data) < 60_000
    (b'wOFF', True)
    """
    from fontTools import subset

    options = subset.Options()
    options.flavor = "woff"
    options.layout_features = ["*"]
    options.name_IDs = ["*"]  # keep the copyright and licence records
    options.recalc_timestamp = False
    options.drop_tables += ["FFTM"]  # FontForge's timestamps: nothing a browser reads
    font = subset.load_font(io.BytesIO(_source().read_bytes()), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=_CODEPOINTS)
    subsetter.subset(font)
    out = io.BytesIO()
    subset.save_font(font, out, options)
    return out.getvalue()


def _ranges(codepoints: list[int]) -> str:
    ranges, start = [], codepoints[0]
    for before, after in zip(codepoints, [*codepoints[1:], None], strict=True):
        if after != before + 1:
            ranges.append(f"U+{start:X}" if start == before else f"U+{start:X}-{before:X}")
            start = after if after is not None else start
    return ", ".join(ranges)


def font_face_css() -> str:
    """The ``@font-face`` rule that embeds :func:`pinyin_font` as a data URL.

    >>> css = font_face_css()
    >>> css.startswith('@font-face { font-family: "unionkg pinyin"'), "U+1CD-1DC" in css  # Ǎ…ǜ
    (True, True)
    """
    data = base64.b64encode(pinyin_font()).decode("ascii")
    return (
        f'@font-face {{ font-family: "{PINYIN_FONT_FAMILY}"; '
        f'src: url("data:font/woff;base64,{data}") format("woff"); '
        f"unicode-range: {_ranges(_CODEPOINTS)}; }}"
    )

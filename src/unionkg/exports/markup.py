"""Text and attribute values for the XML exporters (GraphML, GEXF), escaped as they stream.

Characters XML 1.0 cannot hold (control characters other than tab and line breaks, lone
surrogates, U+FFFE and U+FFFF) become U+FFFD, so a stray byte in an article never makes a file
that does not parse; a carriage return is written as a character reference, so it survives.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape, quoteattr

__all__ = ["xml_attribute", "xml_text"]

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(value: object) -> str:
    """``value`` as the text of an element.

    >>> xml_text("<甲&乙>\\r")
    '&lt;甲&amp;乙&gt;&#13;'
    """
    return escape(_NOT_XML.sub("\ufffd", str(value)), {"\r": "&#13;"})


def xml_attribute(value: object) -> str:
    """``value`` as a quoted attribute value.

    >>> xml_attribute('say "工会"\\n')
    '\\'say "工会"&#10;\\''
    """
    return quoteattr(_NOT_XML.sub("\ufffd", str(value)))

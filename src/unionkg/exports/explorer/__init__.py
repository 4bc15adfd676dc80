"""The explorer's parts: styles per type and relation, layout and groups, the page's data.

``unionkg.exports.html`` puts them into one page; they import igraph, numpy and pypinyin, so
nothing here is imported by ``import unionkg``.
"""

from .data import OVERVIEW_LIMIT as OVERVIEW_LIMIT
from .data import page_data as page_data
from .layout import Layout as Layout
from .layout import layout_graph as layout_graph
from .styles import RELATION_STYLES as RELATION_STYLES
from .styles import TYPE_STYLES as TYPE_STYLES

__all__ = [
    "OVERVIEW_LIMIT",
    "RELATION_STYLES",
    "TYPE_STYLES",
    "Layout",
    "layout_graph",
    "page_data",
]

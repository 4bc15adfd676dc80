"""How good a graph is, and why it says what it says.

- :func:`evaluate`: precision, recall and F1 of a graph file against gold annotations
  (``docs/gold-format.md``), per entity type and relation, with every miss and false hit and each
  extraction rule's precision. The same measure as the shared scorer ``../shared/eval/score.py``.
- :func:`explain`: one entity of a graph file with its names, type, places, merge log, and every
  edge with its evidence sentence, article and rule.
"""

from .gold import Gold as Gold
from .gold import load_gold as load_gold
from .gold import normalize_name as normalize_name
from .prediction import Prediction as Prediction
from .prediction import read_dataset as read_dataset
from .prediction import read_prediction as read_prediction
from .scoring import Counts as Counts
from .scoring import Report as Report
from .scoring import RuleCounts as RuleCounts
from .scoring import align as align
from .scoring import evaluate as evaluate
from .scoring import score_prediction as score_prediction

__all__ = [
    "Counts",
    "Gold",
    "Prediction",
    "Report",
    "RuleCounts",
    "align",
    "evaluate",
    "load_gold",
    "normalize_name",
    "read_dataset",
    "read_prediction",
    "score_prediction",
]

"""Over the real development inputs: every gold article is one loaded article.

The dev corpus lives beside the project (``../shared``); without it this test is skipped.
Whitespace is ignored (layout repair joins broken paragraphs), and Traditional-script articles
are compared as written.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from unionkg.loaders import load_paths

DEV = Path(__file__).parents[2].parent / "shared" / "corpus" / "dev"


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.skipif(not (DEV / "input").is_dir(), reason="no dev corpus beside the project")
def test_every_gold_article_is_loaded() -> None:
    articles, problems = load_paths([DEV / "input"])
    assert problems == []
    loaded = {_squeeze(article.as_written) for article in articles}
    gold = {
        path.stem: _squeeze(json.loads(path.read_text("utf-8"))["text"])
        for path in sorted((DEV / "gold").glob("*.json"))
    }
    missing = sorted(name for name, text in gold.items() if text not in loaded)
    print(f"dev corpus: {len(gold) - len(missing)}/{len(gold)} gold articles matched")
    assert missing == []
    assert len(articles) == len(gold)

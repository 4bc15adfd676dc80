"""A character CRF for entity mentions beside the rules' mentions, by cross-validation over
articles.

    pip install -e '.[learn]'        # python-crfsuite: only this script needs it
    python benchmarks/learned_entities.py [INPUT_DIR GOLD_DIR] [--folds 5] [--held-out IN GOLD]

Every article of INPUT_DIR (default: the development set) is extracted once with the shipped
``Resources``. Its gold mentions are the places in its text where a gold name or alias of the
article's gold file is written (longest first, not overlapping), typed as gold types them. Each
character gets features: the LAC word it is in (tag, position in the word, the tags of the words
beside it), the type of the rules' mention it is in (``rule=B-Union``), whether a word class of
the lexicon ends or starts there (an organization's or a place's suffix, a post), its kind
(Han, digit, Latin, punctuation) and, in the ``+chars`` variant only, the characters around it
(character n-grams: the one kind of feature that can memorize names).

Folds by sorted gold id, as ``benchmarks/calibrate.py``. For each fold a CRF (python-crfsuite)
is trained on the other folds and tags the fold; printed side by side, summed over the folds:
the typed mention P/R/F1 (exact offsets) of the rules' mentions, of the CRF's, and of the rules'
plus the CRF's that overlap none of the rules'. Nothing is written and the build is untouched:
this measures whether a learned tagger finds mentions the rules miss. The last rows score the
graphs with the real scorer: the rules' extraction, and the same with an entity added for every
CRF mention that overlaps none of the rules' (its text as the name).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

try:
    import pycrfsuite
except ImportError:  # pragma: no cover - what to do, not a traceback
    sys.exit("benchmarks/learned_entities.py needs python-crfsuite: pip install -e '.[learn]'")

from unionkg.evaluation.calibration import (
    Corpus,
    extract,
    folds_of,
    load_corpus,
    score_extractions,
)
from unionkg.evaluation.scoring import Counts
from unionkg.extract.extractor import Resources, default_resources
from unionkg.model import (
    ENTITY_TYPES,
    EntityKey,
    ExtractedEntity,
    Extraction,
    Mention,
)

DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
Span = tuple[int, int, str]  # start, end, type


def gold_spans(text: str, gold_file: Path) -> list[Span]:
    """Where the names and aliases of the article's gold entities are written, longest first."""
    doc = json.loads(gold_file.read_text(encoding="utf-8"))
    names = sorted({(n, e["type"]) for e in doc["entities"]
                    for n in [e["name"], *e.get("aliases", [])] if n and n.strip()},
                   key=lambda nt: (-len(nt[0]), nt))  # fmt: skip
    taken = [False] * len(text)
    spans = []
    for name, etype in names:
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            if not any(taken[start:end]):
                spans.append((start, end, etype))
                taken[start:end] = [True] * (end - start)
            start = text.find(name, start + 1)
    return sorted(spans)


def rule_spans(ex: Extraction) -> list[Span]:
    """The rules' mentions typed by their entity, longest first, not overlapping."""
    mentions = sorted(((m.start, m.end, e.type) for e in ex.entities for m in e.mentions
                       if m.end > m.start and ex.article.text[m.start:m.end] == m.text),
                      key=lambda s: (s[0] - s[1], s))  # fmt: skip
    taken = [False] * len(ex.article.text)
    out = []
    for start, end, etype in mentions:
        if not any(taken[start:end]):
            out.append((start, end, etype))
            taken[start:end] = [True] * (end - start)
    return sorted(out)


def bio(length: int, spans: Sequence[Span]) -> list[str]:
    tags = ["O"] * length
    for start, end, etype in spans:
        tags[start] = f"B-{etype}"
        for i in range(start + 1, end):
            tags[i] = f"I-{etype}"
    return tags


def spans_of(tags: Sequence[str]) -> list[Span]:
    spans, start, etype = [], None, None
    for i, tag in enumerate([*tags, "O"]):
        if tag.startswith("I-") and start is not None and tag[2:] == etype:
            continue
        if start is not None:
            spans.append((start, i, etype))
            start = etype = None
        if tag != "O":
            start, etype = i, tag[2:]
    return spans


def _kind(ch: str) -> str:
    if "\u4e00" <= ch <= "\u9fff":
        return "han"
    if ch.isdigit():
        return "digit"
    if ch.isascii() and ch.isalpha():
        return "latin"
    return "punct" if not ch.isspace() else "space"


def char_features(ex: Extraction, res: Resources, chars: bool) -> list[list[str]]:
    """The features of every character of the article (see the module's docstring)."""
    text = ex.article.text
    n = len(text)
    tokens = res.tagger.tag(text)
    word = [("", "O", "S")] * n
    for k, t in enumerate(tokens):
        prev_tag = tokens[k - 1].tag if k else "^"
        next_tag = tokens[k + 1].tag if k + 1 < len(tokens) else "$"
        for i in range(t.start, t.end):
            pos = (
                "S"
                if t.end - t.start == 1
                else "B"
                if i == t.start
                else "E"
                if i == t.end - 1
                else "I"
            )
            word[i] = (t.tag, pos, f"{prev_tag}|{next_tag}")
    rules = bio(n, rule_spans(ex))
    lex = res.lexicon
    ends: list[set[str]] = [set() for _ in range(n + 1)]
    starts: list[set[str]] = [set() for _ in range(n + 1)]
    classes = {
        "org": [s for s, _ in lex.org_suffixes],
        "place": [s for group in lex.place_suffixes.values() for s in group],
        "legal": list(lex.company_legal_suffixes),
        "organ": list(lex.organ_words),
    }
    for name, words in classes.items():
        for w in set(words):
            start = text.find(w)
            while start >= 0:
                ends[start + len(w) - 1].add(name)
                start = text.find(w, start + 1)
    for w in set(lex.title_heads):
        start = text.find(w)
        while start >= 0:
            starts[start].add("title")
            start = text.find(w, start + 1)
    out = []
    for i, ch in enumerate(text):
        tag, pos, around = word[i]
        f = [f"lac={tag}", f"lac_pos={pos}", f"lac={tag}|{pos}", f"lac_around={around}",
             f"rule={rules[i]}", f"rule_prev={rules[i - 1] if i else '^'}",
             f"rule_next={rules[i + 1] if i + 1 < n else '$'}", f"kind={_kind(ch)}"]  # fmt: skip
        f += [f"ends={c}" for c in sorted(ends[i])]
        f += [f"next_starts={c}" for c in sorted(starts[i + 1])] if i + 1 < n else []
        f += [f"prev_ends={c}" for c in sorted(ends[i - 1])] if i else []
        if chars:
            for d in (-2, -1, 0, 1, 2):
                f.append(f"c[{d}]={text[i + d] if 0 <= i + d < n else '#'}")
            f.append(f"c[-1:0]={text[i - 1 : i + 1] if i else '#'}")
            f.append(f"c[0:1]={text[i : i + 2]}")
        out.append(f)
    return out


def counts(pred: Sequence[Span], gold: Sequence[Span], etype: str | None = None) -> Counts:
    p = {s for s in pred if etype in (None, s[2])}
    g = {s for s in gold if etype in (None, s[2])}
    return Counts(len(p & g), len(p), len(g))


def add(a: Counts, b: Counts) -> Counts:
    return Counts(a.tp + b.tp, a.pred + b.pred, a.gold + b.gold)


def with_entities(ex: Extraction, spans: Sequence[Span]) -> Extraction:
    """The extraction with an entity for each span whose text no entity of its type has."""
    text = ex.article.text
    known = {(e.type, n) for e in ex.entities for n in (e.name, *e.aliases)}
    added = {}
    for start, end, etype in spans:
        name = text[start:end]
        if (etype, name) in known or len(name) < 2:
            continue
        key = EntityKey(etype, name, "")  # type: ignore[arg-type]
        ent = added.setdefault(key, ExtractedEntity(key, etype, name))  # type: ignore[arg-type]
        ent.mentions.append(Mention(name, start, end, "crf"))
    return Extraction(ex.article, [*ex.entities, *added.values()], ex.relations)


def run(corpus: Corpus, res: Resources, k: int, chars: bool, held_out: Corpus | None = None):
    ids = corpus.ids()
    exs = dict(zip(ids, extract(corpus, ids, res), strict=True))
    feats = {i: char_features(exs[i], res, chars) for i in ids}
    golds = {i: gold_spans(exs[i].article.text, corpus.gold[i]) for i in ids}
    if held_out is None:
        plan = [
            ([i for i in ids if i not in set(f)], f, exs, feats, golds) for f in folds_of(ids, k)
        ]
    else:
        hids = held_out.ids()
        hexs = dict(zip(hids, extract(held_out, hids, res), strict=True))
        hfeats = {i: char_features(hexs[i], res, chars) for i in hids}
        hgolds = {i: gold_spans(hexs[i].article.text, held_out.gold[i]) for i in hids}
        plan = [(ids, hids, hexs, hfeats, hgolds)]
    totals = {name: {t: Counts(0, 0, 0) for t in ("all", *ENTITY_TYPES)}
              for name in ("rules", "crf", "rules + crf")}  # fmt: skip
    graphs: dict[str, list[Extraction]] = {"rules": [], "rules + crf": []}
    files: list[Path] = []
    for train_ids, test_ids, t_exs, t_feats, t_golds in plan:
        trainer = pycrfsuite.Trainer(verbose=False)
        for i in train_ids:
            trainer.append(feats[i], bio(len(feats[i]), golds[i]))
        trainer.set_params({"c1": 0.1, "c2": 0.01, "max_iterations": 100})
        model = Path(tempfile.mkdtemp(prefix="unionkg-crf-")) / "model.crfsuite"
        trainer.train(str(model))
        tagger = pycrfsuite.Tagger()
        tagger.open(str(model))
        for i in test_ids:
            rules = rule_spans(t_exs[i])
            crf = spans_of(tagger.tag(t_feats[i]))
            covered = {c for s, e, _ in rules for c in range(s, e)}
            both = sorted([*rules, *(sp for sp in crf
                                     if not covered & set(range(sp[0], sp[1])))])  # fmt: skip
            graphs["rules"].append(t_exs[i])
            graphs["rules + crf"].append(
                with_entities(
                    t_exs[i], [sp for sp in crf if not covered & set(range(sp[0], sp[1]))]
                )
            )
            files.append((held_out or corpus).gold[i])
            for name, pred in (("rules", rules), ("crf", crf), ("rules + crf", both)):
                for t in totals[name]:
                    found = counts(pred, t_golds[i], None if t == "all" else t)
                    totals[name][t] = add(totals[name][t], found)
        tagger.close()
        model.unlink()
        model.parent.rmdir()
    for name, exs_ in graphs.items():
        report = score_extractions(exs_, files)
        totals[name]["graph: entity typed"] = report.entities["typed"]
        totals[name]["graph: relations"] = report.relations["all"]
    totals["crf"]["graph: entity typed"] = totals["crf"]["graph: relations"] = Counts(0, 0, 0)
    return totals


def show(title: str, totals) -> None:
    print(title)
    names = list(totals)
    print(f"  {'mention F1 (typed)':20}" + "".join(f"{n:>14}" for n in names))
    for t in totals[names[0]]:
        print(f"  {t:20}" + "".join(f"{totals[n][t].f1:14.3f}" for n in names))
    for n in names:
        c = totals[n]["all"]
        print(f"  {n:12} P={c.precision:.3f} R={c.recall:.3f} F1={c.f1:.3f} "
              f"(tp {c.tp}, pred {c.pred}, gold {c.gold})")  # fmt: skip


def partial_corpus(inputs: Path, gold: Path) -> Corpus:
    """The articles of ``inputs`` that have a gold file under ``gold`` (as benchmarks/learned.py
    reads a set still being annotated)."""
    spec = importlib.util.spec_from_file_location("learned", Path(__file__).parent / "learned.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["learned"] = module
    spec.loader.exec_module(module)
    return module.partial_corpus(inputs, gold)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="?", type=Path, default=DEV / "input")
    parser.add_argument("gold", nargs="?", type=Path, default=DEV / "gold")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--held-out", nargs=2, action="append", default=[], type=Path)
    args = parser.parse_args()
    res = default_resources()
    corpus = load_corpus([args.inputs], [args.gold])
    for chars in (False, True):
        variant = "+chars" if chars else "no chars"
        show(f"{args.folds}-fold, {variant}", run(corpus, res, args.folds, chars))
        show(f"two folds, {variant}", run(corpus, res, 2, chars))
        for inputs, gold in args.held_out:
            test = partial_corpus(inputs, gold)
            show(f"fitted on dev, scored on {inputs} ({len(test.articles)}), {variant}",
                 run(corpus, res, 0, chars, test))  # fmt: skip


if __name__ == "__main__":
    main()

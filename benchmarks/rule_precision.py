"""Per-rule precision and yield of the relation extractor on gold articles.

    python benchmarks/rule_precision.py [GOLD_DIR] [--show fp|fn|all] [--type T] [--article ID]

Each gold article's text is extracted on its own; predicted entities are aligned to gold
entities of the same article by name (NFKC, spaces dropped, label or alias, one-to-one), and
every predicted relation is counted as a hit when the gold lists the same relation between the
aligned entities (``partneredWith`` either way round). A relation whose ends are not both gold
entities counts as a miss of the rule too: the rule attached it to something the gold does not
know. The table gives, for each rule id, hits / predictions (its precision) and the hit count
(its yield); ``--show`` lists false positives and/or missed gold relations with the sentence.
A quick per-article view; the confidences in the rule files are measured and written by
``benchmarks/calibrate.py`` (from ``Resources``, with ``--write`` only).
"""

from __future__ import annotations

import argparse
import json
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import opencc

from unionkg.extract.extractor import extract_article
from unionkg.model import Article

DEFAULT_GOLD = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev" / "gold"


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    return "".join(s.split()).replace("（", "(").replace("）", ")")


def align(pred_forms: dict[str, set[str]], gold: list[dict]) -> dict[str, str]:
    """Predicted key -> gold id, label hits before alias hits, one-to-one."""
    cands = []
    for key, (label, forms) in pred_forms.items():
        for g in gold:
            gforms = {norm(g["name"])} | {norm(a) for a in g.get("aliases", [])}
            if label == norm(g["name"]):
                cands.append((0, len(pred_forms[key][1]), key, g["id"]))
            elif label in gforms or norm(g["name"]) in forms:
                cands.append((1, 0, key, g["id"]))
            elif forms & gforms:
                cands.append((2, 0, key, g["id"]))
    cands.sort()
    used_p: set[str] = set()
    used_g: set[str] = set()
    out = {}
    for _, _, key, gid in cands:
        if key not in used_p and gid not in used_g:
            out[key] = gid
            used_p.add(key)
            used_g.add(gid)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--show", choices=["fp", "fn", "all"])
    ap.add_argument("--type", help="only this relation type in the listing")
    ap.add_argument("--article", help="only this article id")
    args = ap.parse_args()
    cc = opencc.OpenCC("t2s")
    hits: Counter[str] = Counter()
    preds: Counter[str] = Counter()
    by_type = defaultdict(lambda: [0, 0, 0])  # tp, pred, gold
    lines: list[str] = []
    for path in sorted(args.gold.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        if args.article and doc["id"] != args.article:
            continue
        text = doc["text"]
        simple = cc.convert(text)
        art = Article(id=doc["id"], text=simple, original=text if simple != text else None,
                      published=doc["source"].get("published"))  # fmt: skip
        ex = extract_article(art)
        forms = {e.key: (norm(e.name), {norm(e.name)} | {norm(a) for a in e.aliases})
                 for e in ex.entities}  # fmt: skip
        amap = align(forms, doc["entities"])
        gname = {g["id"]: g["name"] for g in doc["entities"]}
        pname = {e.key: e.name for e in ex.entities}
        gold: set[tuple[str, str, str]] = set()
        gold_ev: dict[tuple[str, str, str], str] = {}
        for r in doc["relations"]:
            s, o = r["subject"], r["object"]
            if r["type"] == "partneredWith" and o < s:
                s, o = o, s
            gold.add((r["type"], s, o))
            gold_ev[(r["type"], s, o)] = r.get("evidence", "")
        found: set[tuple[str, str, str]] = set()
        for rel in ex.relations:
            s, o = amap.get(rel.subject), amap.get(rel.object)
            if rel.type == "partneredWith" and s and o and o < s:
                s, o = o, s
            key = (rel.type, s or "", o or "")
            ok = key in gold
            rule = rel.evidence.rule
            if key in found:  # the same edge twice (e.g. two titles): count once
                continue
            found.add(key)
            preds[rule] += 1
            hits[rule] += ok
            by_type[rel.type][0] += ok
            by_type[rel.type][1] += 1
            if not ok and args.show in {"fp", "all"} and (not args.type or args.type == rel.type):
                where = "" if s and o else "(end not gold) "
                lines.append(f"FP {doc['id']} {rel.type}({pname[rel.subject]}, "
                             f"{pname[rel.object]}) {rel.title or ''} [{rule}] "
                             f"{where}| {rel.evidence.sentence[:90]}")  # fmt: skip
        for key in gold:
            by_type[key[0]][2] += 1
            if (
                key not in found
                and args.show in {"fn", "all"}
                and (not args.type or args.type == key[0])
            ):
                inv = {v: k for k, v in amap.items()}
                miss = [gname[x] for x in key[1:] if x not in inv]
                lines.append(f"FN {doc['id']} {key[0]}({gname[key[1]]}, {gname[key[2]]}) "
                             f"{'(no entity: ' + ','.join(miss) + ') ' if miss else ''}"
                             f"| {gold_ev[key][:90]}")  # fmt: skip
    print(f"{'rule':32} {'prec':>6} {'hits':>5} {'pred':>5}")
    for rule in sorted(preds, key=lambda r: (-preds[r], r)):
        print(f"{rule:32} {hits[rule] / preds[rule]:6.2f} {hits[rule]:5d} {preds[rule]:5d}")
    print()
    for rtype, (tp, n_pred, n_gold) in sorted(by_type.items()):
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{rtype:20} P={p:.2f} R={r:.2f} F1={f:.2f} (tp {tp}, pred {n_pred}, gold {n_gold})")
    for line in sorted(lines):
        print(line)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Golden test: the anonymity markers claimex finds in corpus/ equal the gold.

Gold sits beside each article: NAME.txt -> NAME.gold.json
({"anonymity_markers": [{"text", "kind", "occurrence"?}]}), and NAME.jsonl ->
NAME.gold.json ({"records": [{"id", "anonymity_markers": [...]}]}). A gold
marker is located by the n-th occurrence (default 1) of its text in the
article, so gold is written by reading, not by counting offsets.
"""
import argparse
import json
import pathlib
import subprocess
import sys


def locate(text, marker):
    n = marker.get("occurrence", 1)
    pos = -1
    for _ in range(n):
        pos = text.find(marker["text"], pos + 1)
        if pos < 0:
            raise ValueError(f"gold text not in article: {marker['text']!r} (occurrence {n})")
    return (pos, pos + len(marker["text"]), marker["kind"], marker["text"])


def articles(corpus):
    """(id, text, gold markers) for every article under corpus."""
    for path in sorted(corpus.rglob("*")):
        if path.suffix == ".txt":
            gold = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
            yield str(path), path.read_text(encoding="utf-8"), gold["anonymity_markers"]
        elif path.suffix == ".jsonl":
            gold_path = path.with_name(path.stem + ".gold.json")
            gold = {r["id"]: r for r in json.loads(gold_path.read_text(encoding="utf-8"))["records"]}
            for line in path.read_text(encoding="utf-8").splitlines():
                rec = json.loads(line)
                yield rec["id"], rec["text"], gold[rec["id"]]["anonymity_markers"]


def prf(tp_p, n_pred, tp_g, n_gold):
    p = tp_p / n_pred if n_pred else 1.0
    r = tp_g / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}"


def score(corpus, found):
    """Strict: same span and kind. Overlap: spans overlap and kinds agree."""
    gold_all, pred_all = [], []
    for doc_id, text, gold in articles(corpus):
        gold_all += [(doc_id, *locate(text, m)[:3]) for m in gold]
        pred_all += [(doc_id, *m[:3]) for m in found.get(doc_id, set())]
    by_kind = sorted({g[3] for g in gold_all} | {p[3] for p in pred_all})

    def tally(kind=None):
        g = [x for x in gold_all if kind in (None, x[3])]
        p = [x for x in pred_all if kind in (None, x[3])]
        strict = len(set(g) & set(p))
        near = lambda a, b: a[0] == b[0] and a[3] == b[3] and a[1] < b[2] and b[1] < a[2]
        tp_p = sum(any(near(x, y) for y in g) for x in p)
        tp_g = sum(any(near(x, y) for y in p) for x in g)
        return (f"{kind or 'all':15} gold {len(g):3} found {len(p):3} | strict "
                f"{prf(strict, len(p), strict, len(g))} | overlap {prf(tp_p, len(p), tp_g, len(g))}")

    print(tally())
    for k in by_kind:
        print(tally(k))
    return 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--claimex", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--score", action="store_true",
                    help="print precision/recall/F1 (strict and overlap) instead of failing on differences")
    args = ap.parse_args()
    corpus = pathlib.Path(args.corpus)
    out = subprocess.run([args.claimex, "extract", "--jobs", "2", str(corpus)],
                         capture_output=True, text=True, check=True).stdout
    found = {}
    for line in out.splitlines():
        rec = json.loads(line)
        found[rec["id"]] = {(m["start"], m["end"], m["kind"], m["text"]) for m in rec["anonymity_markers"]}
    if args.score:
        return score(corpus, found)
    failures = checked = 0
    for doc_id, text, gold in articles(corpus):
        want = {locate(text, m) for m in gold}
        got = found.get(doc_id)
        checked += 1
        if got is None:
            print(f"FAIL {doc_id}: no output record")
            failures += 1
            continue
        if want != got:
            failures += 1
            print(f"FAIL {doc_id}")
            for m in sorted(want - got):
                print(f"  missed         {m}")
            for m in sorted(got - want):
                print(f"  false positive {m}")
    gold_total = sum(len(g) for _, _, g in articles(corpus))
    print(f"golden markers: {checked} articles, {gold_total} gold markers, {failures} article(s) differ")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

"""Offline replay of evaluate_hardening's protocol for tenant-adapter variants (no database).

Usage (from the project root; the first run caches features in bench/results/):

    .venv/bin/python bench/adapter_sim.py ../shared/data/dev.jsonl [--families 0:4] \
        lda:viz:0.1:0.996 logreg:viz:1:0.998 knn:r:0:0.998 ...

A variant is ``model:features:param:quantile``. Models: ``lda`` (Fisher discriminant against
the anchors, ridge = param; what guard.engine.adapter ships), ``logreg`` (class-balanced
logistic regression, C = param), ``centroid`` (cosine to the reports' mean), ``knn`` (best
cosine to any report). Features, one letter per block: ``v`` the 256-d memory vector, ``r``
a 4,096-d vector in the same hashing scheme, ``i`` intent columns (x0.3), ``e`` the 64-d
static sentence embedding (x ``$AEGIS_SIM_E``, default 1), ``z`` the classifier logit
(x0.25), ``c`` the calibrated classifier risk. ``lda`` shrinks the reports' mean as the
adapter does (all but a last ``z`` column, by k / (k + adapter._PRIOR_REPORTS)). The
threshold is the ``quantile`` of the scores of the held-out calibration anchors. Families,
reports and test rows are chosen exactly as evaluate_hardening chooses them (seed 1234); a
prompt counts as caught when the shared guard blocks it, memory similarity >= 0.60 to a
report, or (from MIN_REPORTS reports on) the adapter fires. ``--families 4:7`` replays the
families after the four worst, which is where variants should be compared (the four worst
are the evaluation's test rows).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from guard.engine import adapter, memory
from guard.engine.features import FeatureConfig, positioned_features
from guard.engine.pipeline import Guard
from guard.training.anchors import anchor_rows, text_digest
from guard.training.dataset import Row, read_jsonl

CACHE = Path(__file__).resolve().parent / "results" / "adapter_sim_features.npz"
_RICH = FeatureConfig(bits=13, char_min=3, char_max=5, word_ngrams=2)

Scorer = Callable[[np.ndarray], np.ndarray]


def _features(rows: list[Row]) -> dict[str, np.ndarray]:
    guard = Guard.load()
    # The features hold the classifier's logit and the adapter's layout: a cache from another
    # model or layout is recomputed.
    made_by = f"{guard.scorer.version}/{adapter.ADAPTER_VERSION}"
    if CACHE.is_file():
        with np.load(CACHE) as npz:
            if len(npz["allowed"]) == len(rows) and str(npz.get("made_by")) == made_by:
                return dict(npz)
    n = len(rows)
    out = {"x": np.zeros((n, adapter.ADAPTER_DIMS), np.float32),
           "r": np.zeros((n, _RICH.n_buckets // 2), np.float32),
           "allowed": np.zeros(n, bool), "risk": np.zeros(n, np.float32)}
    for i, row in enumerate(rows):
        views = guard.views(row.text)
        verdict = guard.inspect(row.text, views=views)
        out["allowed"][i] = verdict.allowed
        out["risk"][i] = max([d.score for d in verdict.detections if d.layer == "classifier"],
                             default=0.0)
        out["x"][i] = adapter.features(memory.embed(row.text, views=views), row.text,
                                       guard.attack_probability(views)[1])
        pos = positioned_features(memory._skeleton(views.normalized.folded), _RICH)
        counts = np.bincount(pos.buckets, minlength=_RICH.n_buckets).astype(np.float32)
        rich = np.log1p(counts[0::2]) - np.log1p(counts[1::2])
        out["r"][i] = rich / max(float(np.linalg.norm(rich)), 1e-9)
    CACHE.parent.mkdir(exist_ok=True)
    np.savez_compressed(CACHE, made_by=np.str_(made_by), **out)
    return out


def _blocks(f: dict[str, np.ndarray], kind: str) -> np.ndarray:
    x = f["x"]
    parts = {"v": x[:, : memory.DIMS], "i": 0.3 * x[:, adapter.INTENT_AT:adapter.EMBEDDING_AT],
             "e": float(os.environ.get("AEGIS_SIM_E", "1")) * x[:, adapter.EMBEDDING_AT:-1],
             "z": 0.25 * x[:, -1:],
             "c": f["risk"][:, None], "r": f["r"]}
    return np.hstack([parts[c] for c in kind])


# Whether the variant's last column is the logit (``z`` last), which lda does not shrink.
_LOGIT_LAST = [True]


def lda(pos: np.ndarray, neg: np.ndarray, ridge: float) -> Scorer:
    mean = neg.mean(0)
    cov = np.cov(neg, rowvar=False) + ridge * np.eye(neg.shape[1])
    difference = pos.mean(0) - mean
    shrunk = slice(0, -1) if _LOGIT_LAST[0] else slice(None)
    difference[shrunk] *= len(pos) / (len(pos) + adapter._PRIOR_REPORTS)
    w = np.linalg.solve(cov, difference)
    return lambda x: x @ w


def logreg(pos: np.ndarray, neg: np.ndarray, c: float) -> Scorer:
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=c, class_weight="balanced", max_iter=300).fit(
        np.vstack([pos, neg]), np.r_[np.ones(len(pos)), np.zeros(len(neg))])
    return model.decision_function


def centroid(pos: np.ndarray, neg: np.ndarray, _: float) -> Scorer:
    c = pos.mean(0)
    return lambda x: x @ (c / np.linalg.norm(c))


def knn(pos: np.ndarray, neg: np.ndarray, _: float) -> Scorer:
    return lambda x: (x @ pos.T).max(1)


def hgb(pos: np.ndarray, neg: np.ndarray, _: float) -> Scorer:
    """Gradient-boosted trees: not shippable here, a probe of whether any non-linear model
    finds more in the same features (the learning curve, --train)."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    model = HistGradientBoostingClassifier(max_iter=200, class_weight="balanced").fit(
        np.vstack([pos, neg]), np.r_[np.ones(len(pos)), np.zeros(len(neg))])
    return model.decision_function


MODELS = {"lda": lda, "logreg": logreg, "centroid": centroid, "knn": knn, "hgb": hgb}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("variants", nargs="+")
    parser.add_argument("--families", default="0:4", help="slice of families, worst first")
    parser.add_argument("--train", type=int, nargs="*", default=(),
                        help="learning curve instead of the protocol: N random members of "
                        "each family (caught or not) are the reports, the rest the test; "
                        "shows how much more any number of reports could teach a model over "
                        "these features")
    args = parser.parse_args()
    rows = read_jsonl(args.data)
    f = _features(rows)
    allowed, vec = f["allowed"], f["x"][:, : memory.DIMS]
    roles = anchor_rows(rows)
    fit_d = {text_digest(r.text) for r in roles["fit"]}
    cal_d = {text_digest(r.text) for r in roles["calibration"]}
    digests = [text_digest(r.text) for r in rows]
    fit_a = np.array([d in fit_d for d in digests])
    cal_a = np.array([d in cal_d for d in digests])
    held = {c: np.array([r.category == c and d not in fit_d | cal_d
                         for r, d in zip(rows, digests, strict=True)])
            for c in ("benign", "benign_hard")}
    families: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        if row.is_attack:
            families[f"{row.source[:60]} / {row.category}"].append(i)
    recall = {k: float(np.mean(~allowed[v])) for k, v in families.items() if len(v) >= 60}
    lo, hi = (int(p) for p in args.families.split(":"))
    chosen = sorted(recall, key=recall.get)[lo:hi]
    print("benign FPR base " + ", ".join(
        f"{c} {np.mean(~allowed[m]):.2%} (n={m.sum()})" for c, m in held.items()))
    for variant in args.variants:
        model, kind, param, quantile = variant.split(":")
        x = _blocks(f, kind)
        _LOGIT_LAST[0] = kind.endswith("z")
        if args.train:
            _learning_curve(args.train, families, chosen, allowed, x, fit_a, cal_a, held,
                            variant)
            continue
        print(f"== {variant}   recall k=1 / 5 / 20, then benign / benign_hard FPR at k=20")
        for name in chosen:
            fam = list(families[name])
            random.Random(f"1234:{name}").shuffle(fam)  # the command's order
            reports, seen = [], 0
            for i in fam:
                seen += 1
                if allowed[i]:
                    reports.append(i)
                    if len(reports) == 20:
                        break
            test = np.array(fam[seen:], dtype=int)
            if not len(test):
                print(f"  {name[:44]:<44} skipped: only {len(reports)} get through, "
                      "none left to test")
                continue
            cells = []
            for k in (1, 5, 20):
                score = MODELS[model](x[reports[:k]], x[fit_a], float(param))
                t = np.quantile(score(x[cal_a]), float(quantile))
                near = (vec[test] @ vec[reports[:k]].T).max(1) >= memory.BLOCK_SIMILARITY
                # As served: no adapter below MIN_REPORTS reports.
                fires = score(x[test]) >= t if k >= adapter.MIN_REPORTS else False
                cells.append(f"{np.mean(~allowed[test] | near | fires):6.1%}")
            fpr = [f"{np.mean(~allowed[m] | (score(x[m]) >= t)):.2%}" for m in held.values()]
            print(f"  {name[:44]:<44} {' '.join(cells)}   {' / '.join(fpr)}")


def _learning_curve(
    sizes: list[int], families: dict[str, list[int]], chosen: list[str], allowed: np.ndarray,
    x: np.ndarray, fit_a: np.ndarray, cal_a: np.ndarray, held: dict[str, np.ndarray],
    variant: str,
) -> None:
    model, _, param, quantile = variant.split(":")
    print(f"== {variant}   learning curve: recall on the rest after N random members, "
          "benign / benign_hard FPR")
    for name in chosen:
        fam = np.array(families[name])
        np.random.default_rng(1234).shuffle(fam)
        cells = []
        for n in sizes:
            if len(fam) - n < 30:
                cells.append(f"N={n} (family too small)")
                continue
            reports, test = fam[:n], fam[n:]
            score = MODELS[model](x[reports], x[fit_a], float(param))
            t = np.quantile(score(x[cal_a]), float(quantile))
            fpr = "/".join(f"{np.mean(~allowed[m] | (score(x[m]) >= t)):.2%}"
                           for m in held.values())
            cells.append(f"N={n} {np.mean(~allowed[test] | (score(x[test]) >= t)):.1%} ({fpr})")
        print(f"  {name[:44]:<44} " + "  ".join(cells))


if __name__ == "__main__":
    main()

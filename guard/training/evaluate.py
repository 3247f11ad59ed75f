"""Measuring the guard: metrics tables, grouped cross-validation, predictions and plots."""

from __future__ import annotations

import json
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from tqdm import tqdm

from guard.training.dataset import ATTACK_CATEGORIES, Row, is_non_commercial, read_jsonl
from guard.training.metrics import percentile_ms, rate_at, recall_at_fpr, roc_auc


@dataclass(slots=True)
class EvaluationReport:
    mode: str
    threshold: float
    n_rows: int
    attack_recall: float
    recall_by_category: dict[str, float]
    recall_by_source: dict[str, tuple[float, int]]
    fpr_benign: float
    fpr_benign_hard: float
    fpr_non_english: float
    fpr_non_commercial: float
    fpr_by_source: dict[str, tuple[float, int]]
    roc_auc: float
    recall_at_1pct_fpr: float
    latency_p50_ms: float
    latency_p99_ms: float
    obfuscation: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    # Of the attacks blocked, the share whose verdict names the row's own category.
    kind_named: float = float("nan")

    def as_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.__slots__}

    def table(self) -> str:
        def pct(x: float) -> str:
            return "   n/a" if x != x else f"{100 * x:5.1f}%"

        out = [
            f"Aegis-V guard evaluation — {self.mode}",
            f"rows: {self.n_rows}   decision threshold: {self.threshold:.4f}",
            "",
            f"{'metric':<44}{'value':>10}",
            f"{'attack recall (all)':<44}{pct(self.attack_recall):>10}",
        ]
        for cat, v in self.recall_by_category.items():
            out.append(f"{'  recall ' + cat:<44}{pct(v):>10}")
        out += [
            f"{'FPR benign':<44}{pct(self.fpr_benign):>10}",
            f"{'FPR benign_hard':<44}{pct(self.fpr_benign_hard):>10}",
            f"{'FPR non-English benign (xSID, XQuAD)':<44}{pct(self.fpr_non_english):>10}",
            f"{'FPR non-commercial rows (eval only)':<44}{pct(self.fpr_non_commercial):>10}",
            f"{'ROC AUC (attack vs benign)':<44}{self.roc_auc:>10.4f}",
            f"{'recall at 1% benign FPR':<44}{pct(self.recall_at_1pct_fpr):>10}",
            f"{'blocked attacks named with their category':<44}{pct(self.kind_named):>10}",
            f"{'decision latency p50':<44}{self.latency_p50_ms:>8.3f}ms",
            f"{'decision latency p99':<44}{self.latency_p99_ms:>8.3f}ms",
        ]
        if self.obfuscation:
            # The target is relative: each transformation keeps >= 90 % of the originals' recall.
            base = self.obfuscation.get("original")
            out += ["", f"{'obfuscation suite (attack recall)':<44}{'value':>10}"
                        f"{'of originals':>14}"]
            for name, v in self.obfuscation.items():
                share = f"{v / base:>13.0%}" + (" " if v >= 0.9 * base else "!") if base else ""
                out.append(f"{'  ' + name:<44}{pct(v):>10}{share}")
        out += ["", "attack recall per source:"]
        for src, (v, n) in sorted(self.recall_by_source.items()):
            out.append(f"  {pct(v)}  n={n:<5} {src[:90]}")
        out += ["", "false-positive rate per benign source:"]
        for src, (v, n) in sorted(self.fpr_by_source.items()):
            out.append(f"  {pct(v)}  n={n:<5} {src[:90]}")
        out += self.notes
        return "\n".join(out)


def build_report(
    rows: list[Row],
    scores: np.ndarray,
    threshold: float,
    *,
    mode: str,
    latencies: list[float] | np.ndarray = (),
    blocked: np.ndarray | None = None,
    named: Sequence[tuple[str, ...]] = (),
) -> EvaluationReport:
    """Metrics for ``scores`` (P(attack) per row). ``blocked`` overrides ``score >= threshold``
    when a full pipeline decided (signatures can block below the classifier's threshold);
    ``named`` holds each row's verdict categories when a pipeline gave them."""
    scores = np.asarray(scores, dtype=np.float64)
    if blocked is None:
        blocked = scores >= threshold
    # Express a pipeline's decisions as scores against threshold 0.5 so one code path counts.
    dec = np.where(blocked, 1.0, 0.0)
    y = np.array([r.is_attack for r in rows])
    cat = np.array([r.category for r in rows])
    src = np.array([r.source for r in rows])
    nc = np.array([is_non_commercial(r.license) for r in rows])
    non_en = np.array([r.is_non_english for r in rows])

    def blocked_rate(mask: np.ndarray) -> float:
        return rate_at(dec[mask], 0.5)

    by_src: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(src):
        by_src[s].append(i)
    rec_src, fpr_src = {}, {}
    for s, idx in by_src.items():
        idx_a = [i for i in idx if y[i]]
        idx_b = [i for i in idx if not y[i]]
        if idx_a:
            rec_src[s] = (blocked_rate(np.array(idx_a)), len(idx_a))
        if idx_b:
            fpr_src[s] = (blocked_rate(np.array(idx_b)), len(idx_b))
    benign_cal = (cat == "benign") & ~nc
    return EvaluationReport(
        mode=mode,
        threshold=float(threshold),
        n_rows=len(rows),
        attack_recall=blocked_rate(y),
        recall_by_category={c: blocked_rate(cat == c) for c in ATTACK_CATEGORIES},
        recall_by_source=rec_src,
        fpr_benign=blocked_rate((cat == "benign") & ~y),
        fpr_benign_hard=blocked_rate(cat == "benign_hard"),
        fpr_non_english=blocked_rate(non_en & ~y),
        fpr_non_commercial=blocked_rate(nc & ~y),
        fpr_by_source=fpr_src,
        roc_auc=roc_auc(scores[y], scores[~y]),
        recall_at_1pct_fpr=recall_at_fpr(scores[y], scores[benign_cal], 0.01),
        latency_p50_ms=percentile_ms(latencies, 50),
        latency_p99_ms=percentile_ms(latencies, 99),
        kind_named=_kind_named(rows, blocked, named),
    )


def _kind_named(rows: list[Row], blocked: np.ndarray, named: Sequence[tuple[str, ...]]) -> float:
    caught = [i for i, r in enumerate(rows) if r.is_attack and blocked[i]]
    if not named or not caught:
        return float("nan")
    # The data labels a system-prompt extraction "injection"; the guard names it more exactly.
    def same(category: str, said: tuple[str, ...]) -> bool:
        return category in said or (category == "injection" and "extraction" in said)

    return sum(same(rows[i].category, named[i]) for i in caught) / len(caught)


def _load_scorer(model_dir: Path | None, strictness: str):
    """(score_fn -> (risk, allowed, categories), description, threshold or None). The full
    Guard pipeline once it exists, otherwise the classifier alone at its calibrated
    threshold (which names no category)."""
    from guard.engine.classifier import TextClassifier

    try:
        from guard.engine.pipeline import Guard
    except ImportError:
        Guard = None
    if Guard is not None:
        guard = Guard.load(model_dir=model_dir)

        def via_guard(text: str) -> tuple[float, bool, tuple[str, ...]]:
            v = guard.inspect(text, strictness=strictness)
            return float(v.risk_score), bool(v.allowed), v.categories

        version = getattr(guard, "version", "") or "guard pipeline"
        return via_guard, f"shipped Guard pipeline ({version}), strictness={strictness}", None
    clf = TextClassifier.load(model_dir)
    t = clf.thresholds[strictness]

    def via_clf(text: str) -> tuple[float, bool, tuple[str, ...]]:
        s = clf.score(text)
        return s, s < t, ()

    return via_clf, f"shipped classifier {clf.version} alone, strictness={strictness}", t


def evaluate(
    path: Path | str,
    folds: int | None = None,
    predictions_out: Path | str | None = None,
    plot_out: Path | str | None = None,
    progress: bool = True,
    *,
    model_dir: Path | str | None = None,
    strictness: str = "balanced",
    seed: int = 1234,
    obfuscation: bool = True,
    obfuscation_sample: int = 300,
    training_only: Sequence[Row] = (),
) -> EvaluationReport:
    """Score a labelled JSONL file and return the metrics.

    Without ``folds`` the shipped model decides every row. With ``folds`` K, the classifier
    is retrained K times with whole sources held out (non-commercial rows are scored but
    never trained on) and thresholds are calibrated on the pooled out-of-fold scores, as
    ``train_guard`` does for the shipped model. ``training_only`` rows (the curated contrast
    pairs) join every fold's training set and are never scored.
    """
    from guard.training.obfuscate import obfuscation_suite

    rows = read_jsonl(path)
    suite_idx = _suite_sample(rows, obfuscation_sample, seed) if obfuscation else []
    if folds:
        report, scores, blocked, suite_scores = _evaluate_folds(
            rows,
            folds,
            seed=seed,
            strictness=strictness,
            progress=progress,
            suite_idx=suite_idx,
            training_only=training_only,
        )
    else:
        score_fn, mode, threshold = _load_scorer(Path(model_dir) if model_dir else None, strictness)
        scores = np.zeros(len(rows))
        blocked = np.zeros(len(rows), dtype=bool)
        latencies = []
        named: list[tuple[str, ...]] = []
        for i, r in enumerate(tqdm(rows, desc="scoring", disable=not progress)):
            t0 = time.perf_counter()
            s, allowed, categories = score_fn(r.text)
            latencies.append(time.perf_counter() - t0)
            scores[i], blocked[i] = s, not allowed
            named.append(categories)
        report = build_report(
            rows,
            scores,
            threshold if threshold is not None else float("nan"),
            mode=mode,
            latencies=latencies,
            blocked=blocked,
            named=named,
        )
        suite_scores = {}
        if suite_idx:
            suite = obfuscation_suite([rows[i].text for i in suite_idx], seed=seed)
            for name, texts in tqdm(suite.items(), desc="obfuscation", disable=not progress):
                suite_scores[name] = np.array([not score_fn(t)[1] for t in texts], dtype=float)
    if suite_scores:
        report.obfuscation = {k: float(v.mean()) for k, v in suite_scores.items()}
        report.notes.append(
            f"\nobfuscation suite: {len(suite_idx)} attacks sampled (seed {seed}); "
            "each transformation should keep >= 90% of the originals' recall."
        )
    if predictions_out:
        write_predictions(Path(predictions_out), rows, scores, blocked)
    if plot_out:
        from guard.training.plot import save_plot

        save_plot(Path(plot_out), rows, scores, report.threshold, title=report.mode)
    return report


def _suite_sample(rows: list[Row], n: int, seed: int) -> list[int]:
    import random

    idx = [i for i, r in enumerate(rows) if r.is_attack]
    rng = random.Random(seed)  # noqa: S311 — a reproducible sample, not a secret
    return sorted(rng.sample(idx, min(n, len(idx))))


def _evaluate_folds(
    rows: list[Row],
    folds: int,
    *,
    seed: int,
    strictness: str,
    progress: bool,
    suite_idx: list[int],
    training_only: Sequence[Row] = (),
) -> tuple[EvaluationReport, np.ndarray, np.ndarray, dict[str, np.ndarray]]:
    from guard.engine.classifier import TextClassifier
    from guard.engine.pipeline import Guard
    from guard.engine.policy import RISK_THRESHOLDS
    from guard.training.obfuscate import obfuscation_suite
    from guard.training.train import (
        TrainParams,
        calibrate_thresholds,
        featurize,
        fit_kinds,
        out_of_fold_scores,
    )

    params = TrainParams()
    # The training-only rows sit after the evaluated ones: indices below len(rows) are scored.
    every_row = rows + list(training_only)
    fs = featurize([r.text for r in every_row], params, progress=progress)
    oof = out_of_fold_scores(
        every_row, fs, params, folds=folds, seed=seed, progress=progress, n_scored=len(rows)
    )
    scores, fold_of = oof.scores[: len(rows)], oof.fold_of[: len(rows)]
    # Thresholds from commercial-licence rows only, exactly like the shipped calibration.
    usable = np.array([not is_non_commercial(r.license) for r in rows])
    th = calibrate_thresholds(scores[usable], [r for r, u in zip(rows, usable, strict=True) if u])
    # The product decides with the whole pipeline (views, signatures, classifier, policy), so
    # each held-out row goes through a Guard whose classifier never saw the row's source.
    # Each fold's kind head learns from exactly the rows its binary model learned from.
    trainable_rows = np.array([not is_non_commercial(r.license) for r in every_row])
    guards = [
        Guard(scorer=TextClassifier(
            weights=w, bias=b, features=params.features, thresholds=th, version="fold", meta={},
            kind_head=fit_kinds(fs, every_row,
                                np.flatnonzero(trainable_rows & (oof.fold_of != f)), params,
                                seed),
        ))
        for f, (w, b) in enumerate(tqdm(oof.models, desc="kind heads", disable=not progress))
    ]
    risks = np.zeros(len(rows))
    blocked = np.zeros(len(rows), dtype=bool)
    latencies = []
    named: list[tuple[str, ...]] = []
    for i in tqdm(range(len(rows)), desc="pipeline on held-out rows", disable=not progress):
        t0 = time.perf_counter()
        verdict = guards[fold_of[i]].inspect(rows[i].text, strictness=strictness)
        latencies.append(time.perf_counter() - t0)
        risks[i], blocked[i] = verdict.risk_score, not verdict.allowed
        named.append(verdict.categories)
    report = build_report(
        rows,
        risks,
        RISK_THRESHOLDS[strictness],
        mode=f"grouped {len(oof.models)}-fold CV by source: full Guard pipeline, classifier "
        f"retrained per fold, strictness={strictness}",
        latencies=latencies,
        blocked=blocked,
        named=named,
    )
    classifier_only = build_report(rows, scores, th[strictness], mode="classifier alone")
    report.notes.append(
        f"\nclassifier alone (out of fold): recall {classifier_only.attack_recall:.1%} at benign "
        f"FPR {classifier_only.fpr_benign:.1%}, AUC {classifier_only.roc_auc:.4f}"
    )
    scores = risks
    suite_scores: dict[str, np.ndarray] = {}
    if suite_idx:
        suite = obfuscation_suite([rows[i].text for i in suite_idx], seed=seed)
        for name, texts in tqdm(suite.items(), desc="obfuscation", disable=not progress):
            suite_scores[name] = np.array(
                [
                    not guards[fold_of[i]].inspect(t, strictness=strictness).allowed
                    for i, t in zip(suite_idx, texts, strict=True)
                ],
                dtype=float,
            )
    return report, scores, blocked, suite_scores


def write_predictions(path: Path, rows: list[Row], scores: np.ndarray, blocked: np.ndarray) -> None:
    """One JSON object per input line, in input order."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for r, s, b in zip(rows, scores, blocked, strict=True):
            fh.write(
                json.dumps(
                    {
                        "allowed": not bool(b),
                        "risk_score": round(float(s), 6),
                        "label": r.label,
                        "category": r.category,
                        "source": r.source,
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )

"""Detection metrics in plain NumPy, so they can be checked by hand on tiny examples.

Convention everywhere: a prompt is blocked when ``score >= threshold``.
"""

from __future__ import annotations

import numpy as np


def rate_at(scores: np.ndarray, threshold: float) -> float:
    """Share of ``scores`` that would be blocked (recall on attacks, FPR on benign rows)."""
    scores = np.asarray(scores, dtype=np.float64)
    if scores.size == 0:
        return float("nan")
    return float(np.mean(scores >= threshold))


def threshold_at_fpr(benign_scores: np.ndarray, fpr: float) -> float:
    """Lowest threshold whose false-positive rate on ``benign_scores`` is at most ``fpr``."""
    s = np.sort(np.asarray(benign_scores, dtype=np.float64))[::-1]
    if s.size == 0:
        return 0.5
    allowed = int(np.floor(fpr * s.size + 1e-9))
    if allowed >= s.size:
        return float(s[-1])
    # Just above the first benign score we are not allowed to block; ties stay allowed.
    return float(np.nextafter(s[allowed], np.inf))


def roc_auc(attack_scores: np.ndarray, benign_scores: np.ndarray) -> float:
    """Probability that a random attack outscores a random benign prompt (ties count half)."""
    a = np.asarray(attack_scores, dtype=np.float64)
    b = np.asarray(benign_scores, dtype=np.float64)
    if a.size == 0 or b.size == 0:
        return float("nan")
    allv = np.concatenate([a, b])
    order = np.argsort(allv, kind="mergesort")
    ranks = np.empty(allv.size, dtype=np.float64)
    sorted_v = allv[order]
    # Average ranks over ties (Mann-Whitney U).
    _, first, counts = np.unique(sorted_v, return_index=True, return_counts=True)
    avg = first + (counts - 1) / 2.0 + 1.0
    ranks[order] = np.repeat(avg, counts)
    u = ranks[: a.size].sum() - a.size * (a.size + 1) / 2.0
    return float(u / (a.size * b.size))


def recall_at_fpr(attack_scores: np.ndarray, benign_scores: np.ndarray, fpr: float) -> float:
    return rate_at(attack_scores, threshold_at_fpr(benign_scores, fpr))


def roc_curve(
    attack_scores: np.ndarray, benign_scores: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """(fpr, tpr) at every distinct threshold, from (0, 0) to (1, 1)."""
    a = np.asarray(attack_scores, dtype=np.float64)
    b = np.asarray(benign_scores, dtype=np.float64)
    thresholds = np.unique(np.concatenate([a, b]))[::-1]
    a_sorted, b_sorted = np.sort(a), np.sort(b)
    tpr = (a.size - np.searchsorted(a_sorted, thresholds, side="left")) / max(a.size, 1)
    fpr = (b.size - np.searchsorted(b_sorted, thresholds, side="left")) / max(b.size, 1)
    return np.concatenate([[0.0], fpr, [1.0]]), np.concatenate([[0.0], tpr, [1.0]])


def percentile_ms(latencies_s: list[float] | np.ndarray, q: float) -> float:
    lat = np.asarray(latencies_s, dtype=np.float64)
    if lat.size == 0:
        return float("nan")
    return float(np.percentile(lat, q) * 1000.0)

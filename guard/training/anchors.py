"""The benign anchor set every tenant adapter is fitted against (guard.engine.adapter).

A deterministic half of the commercially usable benign and benign_hard rows, chosen by the
SHA-256 of the text so the choice does not depend on file order: a third of them calibrate
the adapters' thresholds, the rest are the fit's negatives. Only features are shipped
(float16 memory vectors, intent columns and the classifier's logit, plus 16-hex digests of
the chosen texts so evaluations can leave them out), never the text.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from guard.engine import adapter as adapting
from guard.engine import memory
from guard.engine.pipeline import Guard
from guard.training.dataset import BENIGN_CATEGORIES, Row, trainable


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _role(text: str) -> str | None:
    """"fit", "calibration" or None (not an anchor: left for evaluations)."""
    d = hashlib.sha256(text.encode("utf-8")).digest()
    if d[0] % 2:
        return None
    return "calibration" if d[1] % 3 == 0 else "fit"


def anchor_rows(rows: Iterable[Row]) -> dict[str, list[Row]]:
    out: dict[str, list[Row]] = {"fit": [], "calibration": []}
    for row in trainable(rows):
        if row.category in BENIGN_CATEGORIES:
            role = _role(row.text)
            if role is not None:
                out[role].append(row)
    return out


def build_anchors(rows: Iterable[Row], guard: Guard) -> adapting.Anchors:
    """Features of the anchor rows, with the logits of ``guard``'s classifier."""
    chosen = anchor_rows(rows)

    def feats(part: list[Row]) -> np.ndarray:
        out = np.zeros((len(part), adapting.ADAPTER_DIMS), dtype=np.float32)
        for i, row in enumerate(part):
            views = guard.views(row.text)
            out[i] = adapting.features(memory.embed(row.text, views=views), row.text,
                                       guard.attack_probability(views)[1])
        return out

    return adapting.Anchors(
        fit=feats(chosen["fit"]),
        calibration=feats(chosen["calibration"]),
        scorer_version=guard.scorer.version if guard.scorer is not None else "none",
        digests=frozenset(text_digest(r.text) for part in chosen.values() for r in part),
    )


def write_anchors(rows: Iterable[Row], model_dir: Path | str) -> tuple[Path, adapting.Anchors]:
    """Build the anchors for the model in ``model_dir`` and save them next to it."""
    anchors = build_anchors(rows, Guard.load(Path(model_dir)))
    return anchors.save(model_dir), anchors

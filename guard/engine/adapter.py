"""The tenant adapter: a linear model fitted to one tenant's reported attacks, so a report
teaches the family of a prompt and not only its near-duplicates.

Features (``ADAPTER_DIMS`` floats, stored next to each memory entry): the entry's memory
vector (``memory.DIMS`` signed hashed n-grams), the classifier's dense intent columns
(harm topics, request framing, evasion, ...) and the static sentence embedding
(guard.engine.embedding: what the prompt is about) of the first ``INTENT_CHARS``
characters, and the shared classifier's attack logit. The logit is what makes a handful of
reports generalise: reporting twenty harmful questions the model scored just under its
threshold moves this tenant's boundary towards them, while the n-grams, intent columns and
topic say which direction. Hash-only tenants keep exactly these floats, never text, so the
adapter fits from stored vectors alone.

The fit is Fisher's linear discriminant, closed form: ``w = (S + lam*I)^-1 (mu_attack -
mu_negative)`` (the wording and topic part of the difference shrunk while reports are few),
where the negatives are a fixed benign anchor set shipped with the model
(``memory_anchors.npz``, built by ``guard.training.anchors``) plus the tenant's own allow
entries. One solve of a ``ADAPTER_DIMS``-square system, so a fit costs milliseconds and has
no iterations to cap; the anchor statistics are computed once per process. The threshold is
the ``CALIBRATION_QUANTILE`` of the scores of held-out anchors (rows the fit never saw), so
the adapter's false-positive rate on ordinary traffic stays near 1 - that quantile.

Chosen by measurement (guard/training/EXPERIMENTS.md, "Tenant adapter"; bench/adapter_sim.py
replays the hardening protocol): the 256-dim memory vector alone, with any model, barely
generalised; the classifier's logit is what carries a family. Class-balanced logistic
regression on the same features caught about 5 points more of a family, but at every
strength it tried it learned a report's rare words as the family's mark (a company named in
one report flagged an innocent question about that company); the ridged discriminant did not.

Plain NumPy, no Django.
"""

from __future__ import annotations

import logging
import math
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from guard.engine import embedding
from guard.engine.features import INTENT_VERSION, N_INTENT, intent_events, intent_vector, normalize
from guard.engine.memory import DIMS
from guard.engine.verdict import Detection

logger = logging.getLogger(__name__)

# The features below change whenever the intent columns do (their number or their meaning)
# or the embedding table does, so the version names both: INTENT_VERSION and the content
# digest of the table the features were computed with (before the embedding it was
# INTENT_VERSION alone). A rebuilt table (manage.py build_embedding) is used only once this
# names it (a test checks the shipped one is); anchors of another version are refused
# (tenant adapters off until they are rebuilt); memory entries of another version wait for
# refresh_memory.
EMBEDDING_TABLE = "7997a0a7"
ADAPTER_VERSION = f"{INTENT_VERSION}+e{EMBEDDING_TABLE}"
# Entries written by the release before the embedding (intent columns v7): their version and
# width. Hash-only tenants' entries have no text to recompute the topic from, so they keep
# fitting the adapter through ``widen_legacy`` instead of waiting for refresh_memory. v8's
# intent columns differ from v7's only where a prompt names the user's own personal data.
LEGACY_VERSION = "7"
INTENT_AT = DIMS
EMBEDDING_AT = DIMS + N_INTENT
ADAPTER_DIMS = DIMS + N_INTENT + embedding.DIMS + 1
LEGACY_DIMS = ADAPTER_DIMS - embedding.DIMS
ANCHORS_FILE = "memory_anchors.npz"
# Intent columns read at most this much of a prompt, so their cost stays bounded (about
# 0.2 ms per kB on a busy machine); a long prompt's buried payload is still seen by the
# memory windows and by the classifier's logit, which scores every window.
INTENT_CHARS = 2000
# Column weights: how far each block of features counts relative to the unit memory vector.
_INTENT_SCALE = 0.3
_EMBEDDING_SCALE = 1.0
_LOGIT_SCALE = 0.25
_LOGIT_CLIP = 12.0
# Ridge on the anchors' covariance: the tenant's few reports cannot estimate a covariance,
# and the benign one is what separates "this family" from "ordinary traffic". Smaller ridges
# whiten harder and learn a report's rare words (a company's name) as the family's mark:
# 0.01 blocked "Tell me about the history of the Globex corporation" after reports about
# stalking Globex's CEO; 0.1 does not, at equal recall on the tuning families.
_RIDGE = 0.1
# Below this many reports one direction is one prompt's quirks, not a family's; similarity
# (guard.engine.memory) handles those reports alone.
MIN_REPORTS = 3
# How many reports' worth of ordinary traffic the reports' mean wording and topic are shrunk
# towards: a family's share of words and topic from three reports is partly chance (after
# five stalking reports, "Find the address of the nearest post office" came within 0.3 of
# firing without it), from twenty mostly not. At k reports the non-logit part of the
# direction is scaled by k / (k + _PRIOR_REPORTS): 0.5 at the minimum, 0.87 at twenty.
_PRIOR_REPORTS = 3.0
# The share of held-out anchors a fitted adapter may flag: the budget is +0.5 points
# of benign FPR per tenant, and with ~900 calibration rows the quantile itself is uncertain
# by about +-0.2 points, so the adapter aims at 0.4.
CALIBRATION_QUANTILE = 0.996

SCORE = 0.9


def logit(probability: float) -> float:
    p = min(max(probability, 1e-6), 1.0 - 1e-6)
    return max(-_LOGIT_CLIP, min(_LOGIT_CLIP, math.log(p / (1.0 - p))))


def features(memory_vector: np.ndarray, text: str, attack_probability: float) -> np.ndarray:
    """The adapter's float32[ADAPTER_DIMS] for one prompt (unscaled)."""
    head = text[:INTENT_CHARS]
    _, ids = intent_events(" " + normalize(head) + " ")
    out = np.zeros(ADAPTER_DIMS, dtype=np.float32)
    out[:DIMS] = memory_vector
    out[INTENT_AT:EMBEDDING_AT] = intent_vector(ids)
    table = embedding.get_embedding()
    if table is not None and table.digest == EMBEDDING_TABLE:
        out[EMBEDDING_AT:-1] = table.embed(head)
    # else the topic columns stay 0 and carry nothing (the anchors would not match either)
    out[-1] = logit(attack_probability)
    return out


def widen_legacy(x: np.ndarray) -> np.ndarray:
    """Features stored in the layout before the embedding (LEGACY_DIMS: memory vector,
    intent columns, logit) in today's layout, the topic columns 0. An adapter fitted on
    any such entry leaves the topic out (``use_embedding``)."""
    x = np.asarray(x, dtype=np.float32)
    return np.concatenate([x[..., :EMBEDDING_AT],
                           np.zeros((*x.shape[:-1], embedding.DIMS), np.float32),
                           x[..., EMBEDDING_AT:]], axis=-1)


def _scale(x: np.ndarray, *, use_logit: bool, use_embedding: bool) -> np.ndarray:
    scale = np.ones(ADAPTER_DIMS, dtype=np.float32)
    scale[INTENT_AT:EMBEDDING_AT] = _INTENT_SCALE
    scale[EMBEDDING_AT:-1] = _EMBEDDING_SCALE if use_embedding else 0.0
    scale[-1] = _LOGIT_SCALE if use_logit else 0.0
    return x * scale


@dataclass(frozen=True, slots=True)
class Anchors:
    """Benign prompts' features: ``fit`` rows train every adapter, ``calibration`` rows
    (disjoint) set its threshold. ``scorer_version`` is the classifier their logits came from."""

    fit: np.ndarray
    calibration: np.ndarray
    scorer_version: str
    digests: frozenset[str] = frozenset()

    @classmethod
    def load(cls, model_dir: Path | str) -> Anchors | None:
        path = Path(model_dir) / ANCHORS_FILE
        if not path.is_file():
            return None
        with np.load(path, allow_pickle=False) as npz:
            if str(npz["version"]) != ADAPTER_VERSION:
                logger.warning("memory anchors %s are v%s, need v%s", path,
                               npz["version"], ADAPTER_VERSION)
                return None
            return cls(
                fit=npz["fit"].astype(np.float32),
                calibration=npz["calibration"].astype(np.float32),
                scorer_version=str(npz["scorer_version"]),
                digests=frozenset(str(d) for d in npz["digests"]),
            )

    def save(self, model_dir: Path | str) -> Path:
        path = Path(model_dir) / ANCHORS_FILE
        tmp = path.with_name(ANCHORS_FILE + ".tmp.npz")
        np.savez_compressed(
            tmp,
            version=np.str_(ADAPTER_VERSION),
            fit=self.fit.astype(np.float16),
            calibration=self.calibration.astype(np.float16),
            scorer_version=np.str_(self.scorer_version),
            digests=np.array(sorted(self.digests)),
        )
        tmp.replace(path)
        return path


class _NegativeStats:
    """Mean and scatter of the anchors, computed once per process and per column use."""

    def __init__(self, anchors: Anchors, *, use_logit: bool, use_embedding: bool) -> None:
        self.anchors, self.use = anchors, (use_logit, use_embedding)
        scale = {"use_logit": use_logit, "use_embedding": use_embedding}
        x = _scale(anchors.fit, **scale).astype(np.float64)
        self.n = len(x)
        self.mean = x.mean(axis=0)
        centred = x - self.mean
        self.scatter = centred.T @ centred
        self.calibration = _scale(anchors.calibration, **scale).astype(np.float64)


_stats_cache: list[_NegativeStats] = []
_stats_lock = threading.Lock()


def _negative_stats(anchors: Anchors, *, use_logit: bool, use_embedding: bool) -> _NegativeStats:
    # Matched by identity; each entry holds its Anchors, so a new file's object can never
    # be taken for an old one that happened to share its id().
    with _stats_lock:
        for stats in _stats_cache:
            if stats.anchors is anchors and stats.use == (use_logit, use_embedding):
                return stats
        stats = _NegativeStats(anchors, use_logit=use_logit, use_embedding=use_embedding)
        # At most the other column uses of the same anchors are kept beside it.
        same = [held for held in _stats_cache if held.anchors is anchors]
        _stats_cache[:] = [*same[-3:], stats]
        return stats


@dataclass(frozen=True, slots=True)
class Adapter:
    weights: np.ndarray
    bias: float
    threshold: float
    reports: int
    use_logit: bool
    use_embedding: bool = True

    @classmethod
    def fit(
        cls, attacks: np.ndarray, allowed: np.ndarray, anchors: Anchors, *,
        scorer_version: str, use_embedding: bool = True,
    ) -> Adapter | None:
        """From the tenant's attack and allow entries' features (rows of ADAPTER_DIMS);
        None with fewer than MIN_REPORTS attacks. The logit column is used only when the
        anchors' logits came from the classifier serving now (a retrained model scores on
        another scale); the topic columns only when every entry has them (``use_embedding``
        False for entries of the layout before the embedding: ``widen_legacy``)."""
        if len(attacks) < MIN_REPORTS:
            return None
        use_logit = scorer_version == anchors.scorer_version
        columns = {"use_logit": use_logit, "use_embedding": use_embedding}
        stats = _negative_stats(anchors, **columns)
        pos = _scale(np.asarray(attacks, dtype=np.float32), **columns)
        mean, scatter, n = stats.mean, stats.scatter, stats.n
        if len(allowed):
            # The tenant's own reported false positives join the negatives (pooled moments).
            extra = _scale(np.asarray(allowed, dtype=np.float32), **columns)
            extra = extra.astype(np.float64)
            m2 = extra.mean(axis=0)
            c2 = extra - m2
            total = n + len(extra)
            delta = m2 - mean
            scatter = scatter + c2.T @ c2 + np.outer(delta, delta) * (n * len(extra) / total)
            mean = mean + delta * (len(extra) / total)
            n = total
        cov = scatter / max(n - 1, 1) + _RIDGE * np.eye(ADAPTER_DIMS)
        difference = pos.astype(np.float64).mean(axis=0) - mean
        # The classifier's logit (last column) is not shrunk: see _PRIOR_REPORTS.
        difference[:-1] *= len(attacks) / (len(attacks) + _PRIOR_REPORTS)
        w = np.linalg.solve(cov, difference)
        bias = -float(mean @ w)
        threshold = float(np.quantile(stats.calibration @ w + bias, CALIBRATION_QUANTILE))
        return cls(weights=w.astype(np.float32), bias=bias, threshold=threshold,
                   reports=len(attacks), use_logit=use_logit, use_embedding=use_embedding)

    def margin(self, x: np.ndarray) -> float:
        """Score minus threshold for one prompt's features (>= 0 fires)."""
        scaled = _scale(np.asarray(x, dtype=np.float32), use_logit=self.use_logit,
                        use_embedding=self.use_embedding)
        return float(scaled @ self.weights) + self.bias - self.threshold

    def detection(self, x: np.ndarray, *, category: str = "harmful") -> Detection | None:
        m = self.margin(x)
        if m < 0:
            return None
        return Detection(
            layer="memory",
            rule="MEM-ADAPT",
            category=category,
            score=SCORE,
            detail=f"Resembles the {self.reports} attack(s) this organisation reported "
            f"(learned from its reports, margin {m:.2f})",
            severity="high",
            view="normalized",
        )

"""The policy layer: turns the evidence of all layers into one risk score and a decision.

Evidence combines as a noisy-OR (``1 - prod(1 - score)``), counting each rule once: two
independent medium signals are stronger than either, and a single critical one is enough.
Risk is independent of strictness; strictness only moves the blocking threshold.

An allow signal (tenant memory of a prompt reported benign) cancels only the learned,
statistical evidence — the classifier's score and the tenant's memory of attacks — scaling it
by ``1 - allow``. Signatures are never scaled, whatever their severity: a tenant's report can
undo the model's mistake on its own prompt, but cannot whitelist a rule match such as a
system-prompt extraction or a bomb recipe.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from guard.engine.verdict import STRICTNESS_LEVELS, Detection

# Blocking thresholds on the combined risk. Against the signature severity scores
# (critical .99, high .9, medium .7, low .4): high blocks alone at balanced, medium needs a
# second signal, permissive blocks a lone high only with support.
RISK_THRESHOLDS: dict[str, float] = {"strict": 0.6, "balanced": 0.8, "permissive": 0.95}

CLASSIFIER_REASON = "Classifier: the prompt closely resembles known prompt attacks"
# Said instead when the classifier's detection names the kind of attack it read.
CLASSIFIER_REASONS: dict[str, str] = {
    "injection": "Classifier: the prompt reads like a prompt-injection attack",
    "jailbreak": "Classifier: the prompt reads like a jailbreak attempt",
    "harmful": "Classifier: the prompt reads like a request for clearly harmful content",
    "extraction": "Classifier: the prompt reads like an attempt to extract hidden instructions",
}

# The layers an allow signal cancels: learned evidence a tenant's report may overrule.
ALLOW_CANCELS = frozenset({"classifier", "memory"})


@dataclass(frozen=True, slots=True)
class Decision:
    allowed: bool
    risk_score: float
    block_reason: str | None
    categories: tuple[str, ...]
    # Extra evidence the policy itself adds (e.g. "several weak signals together").
    added: tuple[Detection, ...] = ()


def check_strictness(strictness: str) -> None:
    if strictness not in STRICTNESS_LEVELS:
        raise ValueError(f"unknown strictness {strictness!r}; expected one of {STRICTNESS_LEVELS}")


def calibrate(probability: float, thresholds: Mapping[str, float]) -> float:
    """Map a classifier probability onto the risk scale.

    Piecewise-linear through (t_strict, .6), (t_balanced, .8), (t_permissive, .95), so the
    classifier alone blocks exactly where its own tuned thresholds say it should, at every
    strictness, while the risk stays one number that can be combined with other evidence.
    """
    fallback = thresholds.get("balanced", 0.5)
    anchors = [(0.0, 0.0)]
    previous = 0.0
    for level in ("strict", "balanced", "permissive"):
        t = min(max(float(thresholds.get(level, fallback)), previous), 1.0)
        anchors.append((t, RISK_THRESHOLDS[level]))
        previous = t
    anchors.append((1.0, 1.0))
    p = min(max(probability, 0.0), 1.0)
    for (x0, y0), (x1, y1) in pairwise(anchors):
        if p <= x1:
            if x1 == x0:
                return y1
            return y0 + (y1 - y0) * (p - x0) / (x1 - x0)
    return 1.0


def combine(scores: Sequence[float]) -> float:
    remaining = 1.0
    for s in scores:
        remaining *= 1.0 - min(max(s, 0.0), 1.0)
    return 1.0 - remaining


def _reason(d: Detection) -> str:
    if d.layer == "classifier":
        return CLASSIFIER_REASONS.get(d.category, CLASSIFIER_REASON)
    return d.detail


_LAYER_RANK = {"signature": 0, "memory": 1, "classifier": 2, "normalizer": 3, "policy": 4}


def decide(detections: Sequence[Detection], *, strictness: str) -> Decision:
    check_strictness(strictness)
    threshold = RISK_THRESHOLDS[strictness]
    strongest: dict[tuple[str, str], Detection] = {}
    allow = 0.0
    for d in detections:
        if d.effect == "allow":
            allow = max(allow, d.score)
            continue
        key = (d.layer, d.rule)
        if key not in strongest or d.score > strongest[key].score:
            strongest[key] = d
    kept = list(strongest.values())
    if allow > 0:
        # Cancelled evidence stays in the verdict's detections (the caller lists them all)
        # but no longer counts here, nor can it be named as the reason for a block.
        kept = [
            replace(d, score=round(d.score * (1.0 - allow), 4)) if d.layer in ALLOW_CANCELS
            else d
            for d in kept
        ]
        kept = [d for d in kept if d.score > 0]
    flags = sorted(kept, key=lambda d: (-d.score, _LAYER_RANK.get(d.layer, 9)))
    risk = round(combine([d.score for d in flags]), 4)
    if risk < threshold or not flags:
        return Decision(allowed=True, risk_score=risk, block_reason=None, categories=())

    # A rule's reason explains a block better than a probability, so among the signals that
    # are decisive on their own, signatures speak first.
    decisive = sorted(
        (d for d in flags if d.score >= threshold),
        key=lambda d: (_LAYER_RANK.get(d.layer, 9), -d.score),
    )
    top = decisive[0] if decisive else flags[0]
    added: tuple[Detection, ...] = ()
    if decisive:
        reason = _reason(top)
        cats = [d.category for d in decisive]
    else:
        # No single layer was sure; say so, and name the strongest signal.
        others = len(flags) - 1
        reason = f"{_reason(top)} (together with {others} other signal{'s' * (others != 1)})"
        contributing = [d for d in flags if d.layer != "normalizer"] or flags
        cats = [d.category for d in contributing]
        added = (
            Detection(
                layer="policy",
                rule="POL-COMBINED",
                category=top.category,
                score=risk,
                detail="Several weaker signals together exceed the blocking threshold",
                severity="medium",
                view=top.view,
            ),
        )
    return Decision(
        allowed=False,
        risk_score=risk,
        block_reason=reason,
        categories=tuple(dict.fromkeys(cats)),
        added=added,
    )

"""Value types the detection engine hands to the rest of Aegis-V.

Plain Python on purpose: the engine is imported by the Django services, by the
benchmarks and by the training scripts, and must not pull Django in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

LAYERS = ("normalizer", "signature", "classifier", "memory", "policy")
CATEGORIES = ("injection", "jailbreak", "extraction", "harmful")
SEVERITIES = ("low", "medium", "high", "critical")
STRICTNESS_LEVELS = ("strict", "balanced", "permissive")
# "flag" evidence raises the risk; "allow" evidence (e.g. the tenant's memory of a prompt it
# reported benign) lowers it.
EFFECTS = ("flag", "allow")


@dataclass(frozen=True, slots=True)
class Detection:
    """One piece of evidence: a layer fired on one view of the prompt."""

    layer: str
    rule: str
    category: str
    score: float
    detail: str
    severity: str = "high"
    # Which view of the text fired: "original", "normalized", "base64", "rot13", ...
    view: str = "original"
    effect: str = "flag"

    def as_dict(self) -> dict[str, Any]:
        # Every field is a str or a float: dataclasses.asdict's recursive deep copy would
        # only cost time on each protect call (twice per detection: answer and audit row).
        return {name: getattr(self, name) for name in self.__slots__}


@dataclass(frozen=True, slots=True)
class Verdict:
    allowed: bool
    risk_score: float
    block_reason: str | None
    categories: tuple[str, ...] = ()
    detections: tuple[Detection, ...] = field(default_factory=tuple)
    # Signature-set and model versions that decided, recorded in the audit chain.
    engine_version: str = ""

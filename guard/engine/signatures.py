"""The signature layer: compiled rules from the versioned signature set, run on every view.

Rules are compiled once at import. A rule reports the first view it fires on, in the order
views are listed (so a plain-text attack is attributed to "original" and the same attack in
base64 to "base64"), and at most once per prompt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from guard.engine import signatures_v1
from guard.engine.deobfuscate import Views
from guard.engine.normalize import collapse, normalize
from guard.engine.verdict import CATEGORIES, SEVERITIES, Detection

SIGNATURES_VERSION: str = signatures_v1.VERSION

# How much one signature hit weighs, by severity. The policy thresholds are set against
# these numbers: high and critical block on their own at "balanced", medium needs support.
SEVERITY_SCORES: dict[str, float] = {"critical": 0.99, "high": 0.9, "medium": 0.7, "low": 0.4}

_FRAGMENT_RE = re.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    category: str
    severity: str
    reason: str
    needs: tuple[str, ...]
    patterns: tuple[re.Pattern[str], ...]

    @property
    def score(self) -> float:
        return SEVERITY_SCORES[self.severity]

    def matches(self, text: str) -> bool:
        """``text`` must already be a normalised (lower-case, collapsed) view."""
        if self.needs and not any(n in text for n in self.needs):
            return False
        return any(p.search(text) for p in self.patterns)


def _expand(pattern: str, fragments: dict[str, str]) -> str:
    def sub(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in fragments:
            raise ValueError(f"unknown fragment {{{name}}}")
        return fragments[name]

    return _FRAGMENT_RE.sub(sub, pattern)


def compile_rules(specs: tuple[dict, ...], fragments: dict[str, str]) -> tuple[Rule, ...]:
    rules = []
    seen: set[str] = set()
    for spec in specs:
        if spec["id"] in seen:
            raise ValueError(f"duplicate signature id {spec['id']}")
        seen.add(spec["id"])
        if spec["category"] not in CATEGORIES or spec["severity"] not in SEVERITIES:
            raise ValueError(f"{spec['id']}: bad category or severity")
        rules.append(
            Rule(
                id=spec["id"],
                category=spec["category"],
                severity=spec["severity"],
                reason=spec["reason"],
                needs=tuple(spec.get("needs", ())),
                patterns=tuple(re.compile(_expand(p, fragments)) for p in spec["patterns"]),
            )
        )
    return tuple(rules)


RULES: tuple[Rule, ...] = compile_rules(signatures_v1.RULES, signatures_v1.FRAGMENTS)


def scan_texts(views: Views) -> list[tuple[str, str]]:
    """The (view name, matchable text) pairs the rules run on, without duplicates.

    The prompt as written is matched through its normalised form; it is labelled
    "original" when normalising only changed case and spacing, so a detection says
    "normalized" only when an obfuscation had to be undone for the rule to see it.
    """
    norm = views.normalized
    first = "original" if collapse(norm.original) == norm.text else "normalized"
    texts: list[tuple[str, str]] = [(first, norm.text)]
    seen = {norm.text}
    if norm.folded not in seen:
        texts.append(("folded", norm.folded))
        seen.add(norm.folded)
    for name, raw in views.decoded():
        text = normalize(raw).folded
        if text and text not in seen:
            texts.append((name, text))
            seen.add(text)
    return texts


def scan(views: Views, rules: tuple[Rule, ...] = RULES) -> list[Detection]:
    texts = scan_texts(views)
    found: list[Detection] = []
    for rule in rules:
        for name, text in texts:
            if rule.matches(text):
                found.append(
                    Detection(
                        layer="signature",
                        rule=rule.id,
                        category=rule.category,
                        score=rule.score,
                        # The reason, never an excerpt: detections are written to the audit
                        # chain, which must not hold prompt text.
                        detail=rule.reason,
                        severity=rule.severity,
                        view=name,
                    )
                )
                break
    return found


def rules_matching(text: str, rules: tuple[Rule, ...] = RULES) -> list[str]:
    """Ids of the rules that fire on one plain text (normalised here); for tests and tuning."""
    view = normalize(text).folded
    return [r.id for r in rules if r.matches(view) or r.matches(normalize(text).text)]

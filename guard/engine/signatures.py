"""The signature layer: compiled rules from the versioned signature set, run on every view.

Rules are compiled once at import. A rule reports the first view it fires on, in the order
views are listed (so a plain-text attack is attributed to "original" and the same attack in
base64 to "base64"), and at most once per prompt.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from guard.engine import signatures_v1
from guard.engine.deobfuscate import Views
from guard.engine.normalize import collapse, normalize
from guard.engine.verdict import CATEGORIES, SEVERITIES, Detection

SIGNATURES_VERSION: str = signatures_v1.VERSION

# How much one signature hit weighs, by severity. The policy thresholds are set against
# these numbers: high and critical block on their own at "balanced", medium needs support.
SEVERITY_SCORES: dict[str, float] = {"critical": 0.99, "high": 0.9, "medium": 0.7, "low": 0.4}

_FRAGMENT_RE = re.compile(r"\{([a-z_]+)\}")
_TOKEN_RE = re.compile(r"[a-z0-9]+")

# Texts longer than this are matched through an index: needles are looked up in the sorted
# vocabulary instead of scanning the text once per needle, and patterns run only on windows
# around needle occurrences. Every pattern is bounded, so a match never spans more than
# _WINDOW characters on either side of the needle it contains.
_LONG_TEXT = 2_000
_WINDOW = 400
_MAX_OCCURRENCES = 48


class TextIndex:
    """One view prepared for matching; shared by all rules so each needle is looked up once."""

    __slots__ = ("_found", "_present", "_vocab", "text")

    def __init__(self, text: str, needles: frozenset[str] | None = None) -> None:
        self.text = text
        self._vocab = sorted(set(_TOKEN_RE.findall(text))) if len(text) > _LONG_TEXT else None
        self._present: dict[str, bool] = {}
        # A short text is searched for every rule's needles in one tight loop, so each rule's
        # gate is a set operation instead of a Python call per needle.
        self._found: frozenset[str] | None = None
        if needles is not None and self._vocab is None:
            self._found = frozenset(n for n in needles if n in text)

    def has_any(self, needs: frozenset[str]) -> bool:
        if self._found is not None:
            return not needs.isdisjoint(self._found)
        return any(self.has(n) for n in needs)

    def has(self, needle: str) -> bool:
        hit = self._present.get(needle)
        if hit is None:
            hit = self._lookup(needle)
            self._present[needle] = hit
        return hit

    def _lookup(self, needle: str) -> bool:
        first = _TOKEN_RE.match(needle)
        if self._vocab is None or first is None:
            return needle in self.text
        # Needles are word starts ("ignor", "jailbr"), so a prefix search of the sorted
        # vocabulary answers for the first word; the rest is confirmed by the substring.
        stem = first.group()
        i = bisect_left(self._vocab, stem)
        if i == len(self._vocab) or not self._vocab[i].startswith(stem):
            return False
        return first.end() == len(needle) or needle in self.text

    def windows(self, needles: tuple[str, ...]) -> list[tuple[int, int]] | None:
        """Spans to search, or None when the whole text must be searched."""
        if self._vocab is None:
            return None
        spans: list[tuple[int, int]] = []
        text = self.text
        for needle in needles:
            if not self.has(needle):
                continue
            pos = text.find(needle)
            while pos != -1:
                if len(spans) >= _MAX_OCCURRENCES:
                    return None
                spans.append((max(0, pos - _WINDOW), pos + len(needle) + _WINDOW))
                pos = text.find(needle, pos + len(needle))
        spans.sort()
        merged: list[tuple[int, int]] = []
        for start, end in spans:
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], end))
            else:
                merged.append((start, end))
        if sum(e - s for s, e in merged) > len(text) // 2:
            return None
        return merged


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    category: str
    severity: str
    reason: str
    needs: tuple[str, ...]
    patterns: tuple[re.Pattern[str], ...]
    need_set: frozenset[str] = field(default=frozenset(), compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "need_set", frozenset(self.needs))

    @property
    def score(self) -> float:
        return SEVERITY_SCORES[self.severity]

    def matches(self, text: str | TextIndex) -> bool:
        """``text`` must already be a normalised (lower-case, collapsed) view."""
        index = text if isinstance(text, TextIndex) else TextIndex(text)
        if not self.needs:
            return any(p.search(index.text) for p in self.patterns)
        if not index.has_any(self.need_set):
            return False
        spans = index.windows(self.needs)
        if spans is None:
            return any(p.search(index.text) for p in self.patterns)
        return any(p.search(index.text, start, end) for start, end in spans for p in self.patterns)


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


def _all_needles(rules: tuple[Rule, ...]) -> frozenset[str]:
    return frozenset(n for rule in rules for n in rule.needs)


_RULES_NEEDLES = _all_needles(RULES)


def scan(views: Views, rules: tuple[Rule, ...] = RULES) -> list[Detection]:
    needles = _RULES_NEEDLES if rules is RULES else _all_needles(rules)
    texts = [(name, TextIndex(text, needles)) for name, text in scan_texts(views)]
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

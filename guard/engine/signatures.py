"""The signature layer: compiled rules from the versioned signature set, run on every view.

Rules are compiled once at import. A rule reports the first view it fires on, in the order
views are listed (so a plain-text attack is attributed to "original" and the same attack in
base64 to "base64"), and at most once per prompt.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache

import numpy as np

from guard.engine import signatures_v1
from guard.engine.deobfuscate import Views
from guard.engine.normalize import collapse, normalize
from guard.engine.regex_starts import match_starts
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


# Literals are first looked up by their character trigrams, hashed into a table built once
# per text: a literal with a trigram the text lacks cannot be in it. Only the few that pass
# are confirmed with ``in``, instead of one substring search per literal. Below
# _TABLE_MIN characters the substring searches are cheaper than building the table.
_TABLE_MIN = 400
_TABLE_BITS = 16
_ALWAYS = 1 << _TABLE_BITS  # the table slot that is always set (row padding)
_TRIGRAMS_CHECKED = 6


def _trigram_slots(codes: np.ndarray) -> np.ndarray:
    """Table slots of the trigrams of a code sequence (codes folded to 7 bits)."""
    codes = codes.astype(np.uint32) & 0x7F
    grams = (codes[:-2] << 14) | (codes[1:-1] << 7) | codes[2:]
    return (grams * np.uint32(0x9E3779B1)) >> np.uint32(32 - _TABLE_BITS)


class LiteralTable:
    """The literals a rule set tests texts for, as rows of their leading trigrams' slots."""

    def __init__(self, literals: Iterable[str]) -> None:
        self.literals = tuple(sorted(set(literals)))
        self.known = frozenset(self.literals)
        # One row per checked trigram, one column per literal: a text's hits are the AND of
        # six gathers, which is cheaper than reducing a (literals x 6) gather along its rows.
        self._columns = np.full((_TRIGRAMS_CHECKED, len(self.literals)), _ALWAYS, dtype=np.intp)
        for i, literal in enumerate(self.literals):
            head = literal[: _TRIGRAMS_CHECKED + 2]
            slots = _trigram_slots(np.array([ord(c) for c in head], dtype=np.uint32))
            self._columns[: len(slots), i] = slots
        self._literal_array = np.array(self.literals, dtype=object)

    def candidates(self, text: str) -> frozenset[str]:
        """The literals that may occur in ``text`` (a superset of those that do)."""
        codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
        seen = np.zeros(_ALWAYS + 1, dtype=bool)
        seen[_ALWAYS] = True
        seen[_trigram_slots(codes)] = True
        hits = np.logical_and.reduce(seen[self._columns], axis=0)
        return frozenset(self._literal_array[hits].tolist())


@lru_cache(maxsize=8)
def _needles_by_head(needles: frozenset[str]) -> tuple[dict[str, tuple[str, ...]], tuple[str, ...]]:
    """(needles of three characters or more by their first three, the shorter ones)."""
    heads: dict[str, list[str]] = {}
    short: list[str] = []
    for needle in sorted(needles):
        if len(needle) >= 3:
            heads.setdefault(needle[:3], []).append(needle)
        else:
            short.append(needle)
    return {head: tuple(group) for head, group in heads.items()}, tuple(short)


def _needles_in(text: str, needles: frozenset[str]) -> frozenset[str]:
    """``frozenset(n for n in needles if n in text)`` for a short text: a needle can only
    be where its first three characters are, so only the needles opening with one of the
    text's trigrams are searched for (a tenth or less of them in ordinary prose)."""
    heads, short = _needles_by_head(needles)
    trigrams = {text[i : i + 3] for i in range(len(text) - 2)}
    found = [n for head in trigrams & heads.keys() for n in heads[head] if n in text]
    found += [n for n in short if n in text]
    return frozenset(found)


class TextIndex:
    """One view prepared for matching; shared by all rules so each needle is looked up once.

    ``needles`` (every rule's needles) and ``table`` (every literal the rules test for,
    needles included) let the index answer those look-ups in bulk."""

    __slots__ = (
        "_contains", "_found", "_maybe", "_present", "_table", "_vocab", "is_ascii", "text"
    )

    def __init__(
        self,
        text: str,
        needles: frozenset[str] | None = None,
        table: LiteralTable | None = None,
    ) -> None:
        self.text = text
        self.is_ascii = text.isascii()
        self._vocab = sorted(set(_TOKEN_RE.findall(text))) if len(text) > _LONG_TEXT else None
        self._present: dict[str, bool] = {}
        self._contains: dict[str, bool] = {}
        self._table = table
        self._maybe = (
            table.candidates(text) if table is not None and len(text) >= _TABLE_MIN else None
        )
        # Every rule's needles are looked up at once, so each rule's gate is a set operation
        # instead of a Python call per needle: in a short text by the trigrams they open
        # with, in a longer one after the trigram table has ruled most of them out (by
        # substring search, or through the index in a long one).
        self._found: frozenset[str] | None = None
        if needles is not None:
            if self._maybe is None:
                self._found = _needles_in(text, needles)
            elif self._vocab is None:
                self._found = frozenset(n for n in needles & self._maybe if n in text)
            else:
                self._found = frozenset(n for n in needles & self._maybe if self.has(n))

    def found_needles(self) -> frozenset[str] | None:
        """The needles this text holds, when they were all looked up at once (the index was
        given them); None otherwise."""
        return self._found

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

    def contains(self, literal: str) -> bool:
        """``literal in self.text``, remembered, and answered by the trigram table when it
        can."""
        hit = self._contains.get(literal)
        if hit is None:
            if (
                self._maybe is not None
                and literal not in self._maybe
                and literal in self._table.known  # type: ignore[union-attr]
            ):
                hit = False
            else:
                hit = literal in self.text
            self._contains[literal] = hit
        return hit

    def has_all(self, required: tuple[frozenset[str], ...]) -> bool:
        """Does the text hold at least one literal of every set?"""
        maybe = self._maybe
        if maybe is None:
            return all(any(self.contains(s) for s in options) for options in required)
        known = self._table.known  # type: ignore[union-attr]
        for options in required:
            # The table has already ruled out most options: one set operation, then a
            # substring check of the few left (and of any literal the table does not hold).
            left = (options & maybe) | (options - known)
            if not any(self.contains(s) for s in left):
                return False
        return True

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
    # Per pattern: literals its every match contains (see required_literals).
    requires: tuple[tuple[frozenset[str], ...], ...] = field(default=(), compare=False)
    # The patterns (and their requirements) that can match a text written in ASCII alone:
    # one in Korean or Hindi is not run on English traffic.
    ascii_patterns: tuple[re.Pattern[str], ...] = field(default=(), compare=False)
    ascii_requires: tuple[tuple[frozenset[str], ...], ...] = field(default=(), compare=False)
    # Per pattern, needles of its own (None: the rule's alone): one of them is in every text
    # the pattern matches, so a rule whose needles are common words runs only the patterns
    # whose own needles the text holds.
    pattern_needs: tuple[frozenset[str] | None, ...] = ()
    ascii_pattern_needs: tuple[frozenset[str] | None, ...] = field(default=(), compare=False)
    has_pattern_needs: bool = field(default=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "need_set", frozenset(self.needs))
        object.__setattr__(self, "requires", tuple(required_literals(p) for p in self.patterns))
        for p in self.patterns:
            _starts_of(p)  # read once here, not on the first prompt that needs it
        ascii_ok = [not needs_non_ascii(p) for p in self.patterns]
        object.__setattr__(self, "ascii_patterns", tuple(
            p for p, ok in zip(self.patterns, ascii_ok, strict=True) if ok
        ))
        object.__setattr__(self, "ascii_requires", tuple(
            r for r, ok in zip(self.requires, ascii_ok, strict=True) if ok
        ))
        own = self.pattern_needs or (None,) * len(self.patterns)
        object.__setattr__(self, "pattern_needs", own)
        # Read on every match call: kept, not recomputed from ``own`` each time.
        object.__setattr__(self, "has_pattern_needs", any(own))
        object.__setattr__(self, "ascii_pattern_needs", tuple(
            n for n, ok in zip(own, ascii_ok, strict=True) if ok
        ))

    @property
    def score(self) -> float:
        return SEVERITY_SCORES[self.severity]

    def literals(self) -> frozenset[str]:
        """Every string this rule may test a text for."""
        return self.need_set.union(*(o for req in self.requires for o in req))

    def matches(self, text: str | TextIndex) -> bool:
        """``text`` must already be a normalised (lower-case, collapsed) view."""
        index = text if isinstance(text, TextIndex) else TextIndex(text)
        if self.needs and not index.has_any(self.need_set):
            return False
        patterns: tuple[re.Pattern[str], ...] | list[re.Pattern[str]]
        patterns, requires, own = (
            (self.ascii_patterns, self.ascii_requires, self.ascii_pattern_needs)
            if index.is_ascii else (self.patterns, self.requires, self.pattern_needs)
        )
        if self.has_pattern_needs:
            kept = [i for i, needs in enumerate(own) if needs is None or index.has_any(needs)]
            patterns = [patterns[i] for i in kept]
            requires = tuple(requires[i] for i in kept)
        if not patterns:
            return False
        if len(index.text) >= _TABLE_MIN:
            # A pattern whose required literals are missing cannot match: many texts pass a
            # rule's needle gate on a common word ("new", "you", "before") but lack the rest
            # of what its patterns spell out. (A short text is searched faster than checked.)
            patterns = [
                p for p, req in zip(patterns, requires, strict=True) if index.has_all(req)
            ]
            if not patterns:
                return False
        spans = index.windows(self.needs) if self.needs else None
        text = index.text
        if spans is None:
            return any(_search(p, text, 0, len(text)) for p in patterns)
        return any(_search(p, text, start, end) for start, end in spans for p in patterns)


# A pattern is looked up by the strings its matches start with (their first _START_CHARS
# characters) when there are at most _MAX_STARTS of them, none shorter than _MIN_START:
# a few C-level finds, and the regex tried only where one occurs, instead of the regex
# engine trying its alternation at every position (1 kB: 174 -> 95 µs of pattern search).
# A span shorter than _GATED_SPAN is searched as it is: there the finds save nothing.
_START_CHARS = 4
_MAX_STARTS = 48
_MIN_START = 2
_GATED_SPAN = 300


@cache
def _starts_of(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The strings one of which begins every match of ``pattern``, when they are few and
    long enough to look up; None when the pattern is searched as it is."""
    found = match_starts(pattern.pattern, _START_CHARS, flags=pattern.flags, space=None)
    if not found or len(found) > _MAX_STARTS or min(map(len, found)) < _MIN_START:
        return None
    return tuple(sorted(found))


def _search(pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """``pattern.search(text, start, end) is not None``."""
    starts = _starts_of(pattern) if end - start >= _GATED_SPAN else None
    if starts is None:
        return pattern.search(text, start, end) is not None
    for head in starts:
        at = text.find(head, start, end)
        while at != -1:
            # match() at a position sees the text before it (look-behinds, \b) exactly as
            # search() does there.
            if pattern.match(text, at, end) is not None:
                return True
            at = text.find(head, at + 1, end)
    return False


# Requirements shorter than this are in nearly every text and not worth a look-up.
_MIN_REQUIRED = 3
_MAX_REQUIREMENTS = 3


def required_literals(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """Sets of strings such that every match of ``pattern`` contains at least one string of
    each set; the most selective few, derived from the parsed pattern. Empty when nothing
    useful is certain (the pattern is then always run)."""
    found = [r for r in _all_requirements(pattern) if _worth(r)]
    found.sort(key=lambda r: (-min(map(len, r)), len(r)))
    return tuple(found[:_MAX_REQUIREMENTS])


def needs_non_ascii(pattern: re.Pattern[str]) -> bool:
    """Does every match of ``pattern`` contain a character outside ASCII (some literal it
    requires, of any length, has no ASCII option)?"""
    return any(
        options and not any(o.isascii() for o in options) for options in _all_requirements(pattern)
    )


def _all_requirements(pattern: re.Pattern[str]) -> list[frozenset[str]]:
    """Every requirement `_required` finds in ``pattern`` (none for a case-insensitive one,
    whose literals may match in other cases)."""
    if pattern.flags & re.IGNORECASE:
        return []
    try:
        from re import _parser as sre_parse  # type: ignore[attr-defined]
    except ImportError:  # pragma: no cover - older Pythons
        import sre_parse  # type: ignore[no-redef]
    return _required(list(sre_parse.parse(pattern.pattern)))


def _worth(options: frozenset[str]) -> bool:
    return bool(options) and min(map(len, options)) >= _MIN_REQUIRED


def _required(items: list) -> list[frozenset[str]]:
    """The requirements (see required_literals) of a parsed sequence; literal runs, groups
    and repeats that occur at least once add theirs, an alternation adds the union of one
    requirement per branch. Anything else (classes, anchors, lookarounds) adds none."""
    out: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            out.append(frozenset(["".join(run)]))
            run.clear()

    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            run.append(chr(av))
            continue
        flush()
        if name == "SUBPATTERN":
            _group, add_flags, del_flags, sub = av
            if not add_flags and not del_flags:
                out += _required(list(sub))
        elif name == "BRANCH":
            picks: list[frozenset[str]] = []
            for alt in av[1]:
                options = [r for r in _required(list(alt)) if _worth(r)]
                if not options:
                    break
                picks.append(max(options, key=lambda r: (min(map(len, r)), -len(r))))
            else:
                out.append(frozenset().union(*picks))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and av[0] >= 1:
            out += _required(list(av[2]))
    flush()
    return out


def _expand(pattern: str, fragments: dict[str, str]) -> str:
    def sub(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in fragments:
            raise ValueError(f"unknown fragment {{{name}}}")
        return _expand(fragments[name], fragments)  # a fragment may use others

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
        # A pattern is a string, or (needles of its own, string).
        entries = [p if isinstance(p, tuple) else (None, p) for p in spec["patterns"]]
        if any(isinstance(n, str) for n, _ in entries):
            raise ValueError(f"{spec['id']}: a pattern's needles must be a tuple of strings")
        own = tuple(frozenset(n) if n is not None else None for n, _ in entries)
        needs = tuple(spec.get("needs", ()))
        if any(own) and (needs or all(own)):
            # The rule is tried where any of its patterns' needles is: theirs and its own.
            needs += tuple(sorted(set().union(*(n for n in own if n)) - set(needs)))
        elif any(own):
            raise ValueError(f"{spec['id']}: a pattern without needles in a rule without needles")
        rules.append(
            Rule(
                id=spec["id"],
                category=spec["category"],
                severity=spec["severity"],
                reason=spec["reason"],
                needs=needs,
                patterns=tuple(re.compile(_expand(p, fragments)) for _, p in entries),
                pattern_needs=own if any(own) else (),
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


class RuleSet:
    """What ``scan`` precomputes once per rule set: every needle, every literal's trigram
    table, and which rules each needle gates."""

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        self.rules = rules
        self.needles = frozenset(n for rule in rules for n in rule.needs)
        # Most traffic is ASCII, and a needle in another script cannot occur in it: the rules
        # for other languages then cost no look-up at all.
        self.ascii_needles = frozenset(n for n in self.needles if n.isascii())
        self.table = LiteralTable(frozenset().union(*(r.literals() for r in rules)))
        gated: dict[str, list[int]] = {}
        for i, rule in enumerate(rules):
            for needle in rule.needs:
                gated.setdefault(needle, []).append(i)
        self._gated = {needle: tuple(ids) for needle, ids in gated.items()}
        self._ungated = frozenset(i for i, rule in enumerate(rules) if not rule.needs)

    def candidates(self, texts: list[TextIndex]) -> Iterable[int]:
        """Indices (in order) of the rules that can fire on one of ``texts``: a rule whose
        needles are all absent cannot match, so most rules are never tried on a short text."""
        found = [text.found_needles() for text in texts]
        if any(f is None for f in found):
            return range(len(self.rules))
        ids = set(self._ungated)
        for needles in found:
            for needle in needles:  # type: ignore[union-attr]
                ids.update(self._gated[needle])
        return sorted(ids)


_RULE_SET = RuleSet(RULES)


def scan(views: Views, rules: tuple[Rule, ...] = RULES) -> list[Detection]:
    rule_set = _RULE_SET if rules is RULES else RuleSet(rules)
    texts = [
        (name, TextIndex(
            text, rule_set.ascii_needles if text.isascii() else rule_set.needles, rule_set.table
        ))
        for name, text in scan_texts(views)
    ]
    found: list[Detection] = []
    for i in rule_set.candidates([text for _, text in texts]):
        rule = rules[i]
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

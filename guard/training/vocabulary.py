"""The word counts behind `guard.engine.vocabulary`: which English words the guard can read
back out of letter-spaced or leetspeak text."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from guard.engine.normalize import LEXICON
from guard.engine.vocabulary import write_vocabulary
from guard.training.dataset import Row, trainable

_WORD_RE = re.compile(r"[a-z]+")


def word_counts(rows: Iterable[Row], *, min_count: int = 2, min_sources: int = 2) -> dict[str, int]:
    """How often each word occurs in the commercially usable English rows.

    A word must occur ``min_count`` times in at least ``min_sources`` sources, so one source's
    names and jargon do not become "words", and single letters other than "a" and "i" never
    do. Labels are not read: the vocabulary says what English looks like, not what attacks
    look like. The engine's own lexicon is always in.
    """
    counts: Counter[str] = Counter()
    sources: defaultdict[str, set[str]] = defaultdict(set)
    for row in trainable(rows):
        if row.is_non_english:
            continue
        for word in _WORD_RE.findall(row.text.lower()):
            counts[word] += 1
            sources[word].add(row.source)
    kept = {
        word: n for word, n in counts.items()
        if n >= min_count and len(sources[word]) >= min_sources
        and (len(word) > 1 or word in ("a", "i"))
    }
    for word in LEXICON:
        kept[word] = max(kept.get(word, 0), min_count)
    return kept


def build_vocabulary(rows: Iterable[Row], model_dir: Path) -> tuple[Path, int]:
    counts = word_counts(rows)
    return write_vocabulary(counts, model_dir), len(counts)

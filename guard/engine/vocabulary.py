"""Word frequencies for reading text whose word boundaries an attacker removed.

"m a k e a b o m b" (letter spacing) loses where one word ends and the next begins, and
"h0us3h01d" (leetspeak) is ambiguous between readings of "1". Both are settled with a
unigram model: the segmentation, or reading, whose words are most probable wins. The
counts come from the training data (`manage.py build_vocabulary`, words only, no text) and
ship as ``models/vocabulary.json``; without the file the engine's own lexicon (function and
trigger words) is the whole vocabulary.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from guard.engine.normalize import LEXICON

VOCABULARY_FILE = "vocabulary.json"
FORMAT = "aegis-vocabulary-1"
_DEFAULT_DIR = Path(__file__).resolve().parent / "models"

# An unknown piece of n letters costs as much as a word seen (10 / 10**n) times: long
# unknown pieces are unlikely, but one unknown word (a name, a rare term) is far likelier
# than a chain of short known words that happen to spell it.
_UNKNOWN_BASE = math.log(10.0)
_UNKNOWN_PER_LETTER = math.log(10.0)
_MAX_WORD = 24


@dataclass(frozen=True, slots=True)
class Segmentation:
    words: tuple[str, ...]
    known_letters: int  # letters inside words the vocabulary knows


class Vocabulary:
    def __init__(self, counts: dict[str, int]) -> None:
        total = sum(counts.values()) or 1
        self._log_total = math.log(total)
        # Cost of a word = -log P(word).
        self._cost = {w: self._log_total - math.log(c) for w, c in counts.items() if c > 0}

    def __len__(self) -> int:
        return len(self._cost)

    def knows(self, word: str) -> bool:
        return word in self._cost

    def words(self) -> Iterable[str]:
        return self._cost.keys()

    def cost(self, word: str) -> float:
        """-log P(word); unknown words cost by their length."""
        known = self._cost.get(word)
        if known is not None:
            return known
        return self._log_total + _UNKNOWN_BASE + _UNKNOWN_PER_LETTER * len(word)

    def segment(self, letters: str) -> Segmentation:
        """The most probable split of a run of letters into words (dynamic programming over
        the split points; pieces are at most ``_MAX_WORD`` letters, longer unknown runs are
        cut into pieces of that size)."""
        n = len(letters)
        best = [0.0] + [math.inf] * n
        back = [0] * (n + 1)
        for end in range(1, n + 1):
            for start in range(max(0, end - _MAX_WORD), end):
                if best[start] == math.inf:
                    continue
                total = best[start] + self.cost(letters[start:end])
                if total < best[end]:
                    best[end], back[end] = total, start
        words: list[str] = []
        end = n
        while end > 0:
            words.append(letters[back[end] : end])
            end = back[end]
        words.reverse()
        known = sum(len(w) for w in words if w in self._cost)
        return Segmentation(tuple(words), known)


def write_vocabulary(counts: dict[str, int], model_dir: Path) -> Path:
    path = model_dir / VOCABULARY_FILE
    ordered = dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))
    path.write_text(json.dumps({"format": FORMAT, "counts": ordered}, separators=(",", ":")))
    return path


@cache
def load_vocabulary(model_dir: Path = _DEFAULT_DIR) -> Vocabulary:
    """The shipped vocabulary, read once per process; the engine's own lexicon alone when
    the file is missing."""
    try:
        payload = json.loads((model_dir / VOCABULARY_FILE).read_text())
    except FileNotFoundError:
        return Vocabulary(dict.fromkeys(LEXICON, 1))
    if payload.get("format") != FORMAT:
        raise ValueError(f"{model_dir / VOCABULARY_FILE}: unknown format {payload.get('format')!r}")
    return Vocabulary({str(w): int(c) for w, c in payload["counts"].items()})

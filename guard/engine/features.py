"""Hashed n-gram features shared by training and serving.

The same code computes the features when the model is trained (guard/training) and when a
prompt is scored, so a model can never see features at serving time that differ from the
ones it learned from. Plain Python + NumPy: no Django, no sklearn.

Hashing must be stable across processes and machines: char n-grams use a polynomial hash in
wrapping uint64 arithmetic over the code points and words use zlib.crc32; Python's ``hash()``
is salted per process and must never be used here.
"""

# Look-alike letters from other scripts are this module's subject matter.
# ruff: noqa: RUF001
from __future__ import annotations

import re
import unicodedata
import zlib
from dataclasses import asdict, dataclass

import numpy as np

# Invisible characters attackers sprinkle inside trigger words ("ig\u200bnore") to split them;
# they carry no meaning for a prompt, so they are dropped before any n-gram is formed.
_INVISIBLE_RE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f"
    "\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]"
)

# Latin look-alikes from Cyrillic and Greek. Only applied inside words that already mix in
# ASCII letters, so genuine Russian or Greek prompts keep their own n-grams.
_CONFUSABLES = str.maketrans(
    {
        "а": "a",
        "в": "b",
        "е": "e",
        "к": "k",
        "м": "m",
        "н": "h",
        "о": "o",
        "р": "p",
        "с": "c",
        "т": "t",
        "у": "y",
        "х": "x",
        "і": "i",
        "ј": "j",
        "ѕ": "s",
        "ԁ": "d",
        "ԛ": "q",
        "ԝ": "w",
        "ӏ": "l",
        "ɡ": "g",
        "α": "a",
        "β": "b",
        "ε": "e",
        "ι": "i",
        "κ": "k",
        "ν": "v",
        "ο": "o",
        "ρ": "p",
        "τ": "t",
        "υ": "u",
        "χ": "x",
        "ү": "y",
        "ѵ": "v",
        "ԍ": "g",
        "ɑ": "a",
        "ı": "i",
    }
)
_CONFUSABLE_CHARS = frozenset(chr(c) for c in _CONFUSABLES)
_MIXED_WORD_RE = re.compile(r"\w*[a-z]\w*")
_DIGIT_RE = re.compile(r"\d")
_SPACE_RE = re.compile(r"\s+")
# Template placeholders such as "{generator.name}" or "[ROLE]" are a source's house style,
# not intent; folding them to one token keeps the model from keying on a source's spelling.
_PLACEHOLDER_RE = re.compile(r"\{[^{}\s]{1,40}\}|\[[A-Z_ ]{2,30}\]")
_WORD_RE = re.compile(r"\w+")

_P = np.uint64(0x100000001B3)
_MIX = np.uint64(0x9E3779B97F4A7C15)


@dataclass(frozen=True, slots=True)
class FeatureConfig:
    """Feature layout; stored in the model metadata so serving rebuilds it exactly."""

    bits: int = 18
    char_min: int = 3
    char_max: int = 5
    word_ngrams: int = 2
    window: int = 1500
    stride: int = 750

    @property
    def n_buckets(self) -> int:
        return 1 << self.bits

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


def normalize(text: str) -> str:
    """Fold a prompt to the form the model sees: NFKC, no invisibles, lower case, digits 0."""
    text = unicodedata.normalize("NFKC", text)
    text = _INVISIBLE_RE.sub("", text)
    text = _PLACEHOLDER_RE.sub(" xplaceholderx ", text)
    text = text.lower()
    if not _CONFUSABLE_CHARS.isdisjoint(text):
        text = _MIXED_WORD_RE.sub(_fold_confusables, text)
    text = _DIGIT_RE.sub("0", text)
    return _SPACE_RE.sub(" ", text).strip()


def _fold_confusables(match: re.Match[str]) -> str:
    return match.group(0).translate(_CONFUSABLES)


@dataclass(frozen=True, slots=True)
class Positioned:
    """Every hashed n-gram of a text with the character offset where it starts.

    Scoring a long prompt in windows then only needs slices of these arrays instead of
    re-hashing each window.
    """

    buckets: np.ndarray  # int64
    positions: np.ndarray  # int64, sorted ascending
    length: int


def positioned_features(text: str, cfg: FeatureConfig) -> Positioned:
    norm = " " + normalize(text) + " "
    codes = np.frombuffer(norm.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    length = len(codes)
    shift = np.uint64(64 - cfg.bits)
    parts_b: list[np.ndarray] = []
    parts_p: list[np.ndarray] = []
    with np.errstate(over="ignore"):
        for n in range(cfg.char_min, cfg.char_max + 1):
            count = length - n + 1
            if count <= 0:
                continue
            h = np.full(count, np.uint64(n), dtype=np.uint64)
            for k in range(n):
                h = h * _P + codes[k : k + count]
            h = h * _MIX
            h ^= h >> np.uint64(31)
            h = h * _MIX
            parts_b.append((h >> shift).astype(np.int64))
            parts_p.append(np.arange(count, dtype=np.int64))

    words: list[tuple[int, str]] = [(m.start(), m.group(0)) for m in _WORD_RE.finditer(norm)]
    if words and cfg.word_ngrams >= 1:
        mask = cfg.n_buckets - 1
        wb: list[int] = []
        wp: list[int] = []
        prev = ""
        for start, word in words:
            wb.append(zlib.crc32(b"w1 " + word.encode()) & mask)
            wp.append(start)
            if cfg.word_ngrams >= 2 and prev:
                wb.append(zlib.crc32(("w2 " + prev + " " + word).encode()) & mask)
                wp.append(start)
            prev = word
        parts_b.append(np.asarray(wb, dtype=np.int64))
        parts_p.append(np.asarray(wp, dtype=np.int64))

    if not parts_b:
        empty = np.zeros(0, dtype=np.int64)
        return Positioned(empty, empty, length)
    buckets = np.concatenate(parts_b)
    positions = np.concatenate(parts_p)
    order = np.argsort(positions, kind="stable")
    return Positioned(buckets[order], positions[order], length)


def window_bounds(length: int, cfg: FeatureConfig) -> list[tuple[int, int]]:
    """Overlapping windows so an instruction buried deep in a document is scored on its own."""
    if length <= cfg.window:
        return [(0, length)]
    bounds = []
    start = 0
    while True:
        end = min(start + cfg.window, length)
        bounds.append((start, end))
        if end >= length:
            return bounds
        start += cfg.stride


def vectorize(buckets: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Sparse (indices, values): log-damped counts, L2-normalised so length does not score."""
    if buckets.size == 0:
        return buckets, np.zeros(0, dtype=np.float32)
    idx, counts = np.unique(buckets, return_counts=True)
    vals = np.log1p(counts.astype(np.float32))
    vals /= np.float32(np.sqrt(float(np.dot(vals, vals))))
    return idx, vals


def window_vectors(text: str, cfg: FeatureConfig) -> list[tuple[np.ndarray, np.ndarray]]:
    pos = positioned_features(text, cfg)
    out = []
    for start, end in window_bounds(pos.length, cfg):
        lo = int(np.searchsorted(pos.positions, start, side="left"))
        hi = int(np.searchsorted(pos.positions, end, side="left"))
        out.append(vectorize(pos.buckets[lo:hi]))
    return out


def text_vector(text: str, cfg: FeatureConfig) -> tuple[np.ndarray, np.ndarray]:
    return vectorize(positioned_features(text, cfg).buckets)


class WordPiece:
    """BERT-uncased tokenisation (basic split + greedy longest-match word pieces).

    Written for the static token-embedding table the classifier ships: the table is indexed
    by this vocabulary, so serving needs the same split the table was distilled with.
    """

    def __init__(self, vocab: list[str], *, max_word_chars: int = 100) -> None:
        self.vocab = {tok: i for i, tok in enumerate(vocab)}
        self.unk_id = self.vocab.get("[UNK]", 0)
        self.max_word_chars = max_word_chars
        self._cache: dict[str, tuple[int, ...]] = {}

    def basic_split(self, text: str) -> list[str]:
        text = unicodedata.normalize("NFD", text.lower())
        out: list[str] = []
        buf: list[str] = []
        for ch in text:
            cat = unicodedata.category(ch)
            if cat == "Mn":
                continue  # accents are stripped by the uncased vocabulary
            if ch.isspace() or cat in ("Cc", "Cf"):
                if buf:
                    out.append("".join(buf))
                    buf = []
            elif _is_punct(ch, cat) or _is_cjk(ord(ch)):
                if buf:
                    out.append("".join(buf))
                    buf = []
                out.append(ch)
            else:
                buf.append(ch)
        if buf:
            out.append("".join(buf))
        return out

    def word_ids(self, word: str) -> tuple[int, ...]:
        hit = self._cache.get(word)
        if hit is not None:
            return hit
        if len(word) > self.max_word_chars:
            ids: tuple[int, ...] = (self.unk_id,)
        else:
            pieces = []
            start = 0
            while start < len(word):
                end = len(word)
                found = None
                while end > start:
                    piece = word[start:end] if start == 0 else "##" + word[start:end]
                    found = self.vocab.get(piece)
                    if found is not None:
                        break
                    end -= 1
                if found is None:
                    pieces = [self.unk_id]
                    break
                pieces.append(found)
                start = end
            ids = tuple(pieces)
        # Bounded so a flood of unique junk words cannot grow a serving process without end.
        if len(self._cache) < 200_000:
            self._cache[word] = ids
        return ids

    def encode(self, text: str) -> list[int]:
        ids: list[int] = []
        for word in self.basic_split(text):
            ids.extend(self.word_ids(word))
        return ids


def _is_punct(ch: str, cat: str) -> bool:
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return cat.startswith("P")


def _is_cjk(cp: int) -> bool:
    return (
        0x4E00 <= cp <= 0x9FFF
        or 0x3400 <= cp <= 0x4DBF
        or 0x20000 <= cp <= 0x2A6DF
        or 0x2A700 <= cp <= 0x2CEAF
        or 0xF900 <= cp <= 0xFAFF
        or 0x2F800 <= cp <= 0x2FA1F
    )

"""Tenant memory: prompts a tenant reported, and the lookup that recognises them again.

A remembered prompt is one dense, L2-normalised vector of signed, hashed character and word
n-grams (the hashing trick, the n-grams of ``features.positioned_features``) taken from its
canonical reading: normalised, leetspeak read back, invisible characters and look-alike
letters folded. A query is vectorised the same way over every readable view the
de-obfuscator finds (letter-spaced, base64, ROT13, ...) and over windows of a long prompt, so
a remembered attack buried in a longer document is compared with a stretch of about its own
size. Similarity is a cosine: one float32 pass over the whole tenant memory per view.

Why this representation (measured on the dev set, see ``bench/memory_bench.py`` and the
thresholds below): character n-grams survive re-casing, re-spacing, leet, homoglyphs and
small rewordings; a learned embedding would match paraphrases better but is too slow for a
2 ms budget at 10,000 entries and would have to be shipped as a model file.

Plain Python + NumPy, no Django: the Django side (guard/memory.py) owns storage and caching.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from guard.engine.deobfuscate import Views, expand
from guard.engine.features import FeatureConfig, Positioned, unordered_features
from guard.engine.verdict import Detection

MEMORY_VERSION = "mem-1"
DIMS = 256
# One more bit than DIMS needs: the lowest bit of each n-gram's bucket is its sign, so
# collisions cancel out on average instead of inflating every cosine.
_CFG = FeatureConfig(bits=9, char_min=3, char_max=5, word_ngrams=2)
# Leetspeak the normaliser cannot read back (it only restores dictionary words) is folded
# bluntly to one skeleton on both sides of the comparison; "l" and "1" both become "i" so
# "1gn0re" and "ignore" share their n-grams. Lossy, but only ever compared with itself.
_SKELETON = str.maketrans("4@31!|05$79l", "aaeiiiosstgi")
assert _CFG.n_buckets == 2 * DIMS

ATTACK, ALLOW = "attack", "allow"
KINDS = (ATTACK, ALLOW)

# Thresholds on the cosine, chosen on ../shared/data/dev.jsonl (bench/memory_bench.py
# --thresholds): variants of one prompt (re-cased, re-spaced, leet, homoglyphs, zero-width,
# letter-spaced, embedded in a document) against the closest unrelated benign prompt.
BLOCK_SIMILARITY = 0.60
# Between WEAK and BLOCK a remembered attack is evidence, not a verdict: it blocks only
# together with another signal (the classifier, a signature) through the policy's noisy-OR.
WEAK_SIMILARITY = 0.50
ALLOW_SIMILARITY = 0.80
# Two entries this close are the same prompt: the newer report replaces the older one.
DUPLICATE_SIMILARITY = 0.97

BLOCK_SCORE = 0.95
WEAK_SCORE = 0.45

# Windows: a remembered prompt inside a longer text is compared with stretches of the text
# about its own size. Few sizes and a capped number of windows keep the lookup bounded.
_WINDOW_SIZES = (96, 192, 384, 768, 1536, 3072)
_MAX_WINDOWS_PER_SIZE = 24
_WINDOW_CANDIDATES = 256
# Window counts are sums of per-block counts (prefix sums over blocks of this many
# characters), so every window start, end and size is a multiple of it: the text is hashed
# and counted once however many windows overlap, instead of once per window.
_BLOCK = 48
assert all(size % _BLOCK == 0 for size in _WINDOW_SIZES)
_MIN_TEXT_CHARS = 1
# "i g n o r e a l l": letters spaced out so no word survives; the de-obfuscator restores
# dictionary words only, so memory also reads such runs with the spaces simply dropped.
_SPACED_LETTERS_RE = re.compile(r"(?<![^\W\d_])([^\W\d_])[ ._-](?=[^\W\d_](?![^\W\d_]))")


@dataclass(frozen=True, slots=True)
class Match:
    entry_id: int
    kind: str
    similarity: float
    view: str
    label: str
    category: str = "injection"


def _skeleton(text: str) -> str:
    return text.translate(_SKELETON)


def _finish(counts: np.ndarray) -> np.ndarray:
    """Rows of bucket counts -> signed, log-damped, L2-normalised vectors."""
    damped = np.log1p(counts.astype(np.float32, copy=False))
    # Even buckets count +1, odd ones -1 (the bucket's lowest bit is the n-gram's sign).
    out = np.ascontiguousarray(damped[:, 0::2] - damped[:, 1::2])
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    np.divide(out, norms, out=out, where=norms > 0)
    return out


def _vectors(text: str) -> np.ndarray:
    """The signed-hashed log-TF vector of the whole of ``text``, as a 1-row matrix."""
    buckets = unordered_features(text, _CFG).buckets
    return _finish(np.bincount(buckets, minlength=_CFG.n_buckets)[None, :])


def _window_vectors(pos: Positioned, bounds: list[tuple[int, int]]) -> np.ndarray:
    """The whole text's vector, then one per window in ``bounds`` (block-aligned); the
    n-grams of ``pos`` may come in any order."""
    nb = _CFG.n_buckets
    n_blocks = max(1, -(-pos.length // _BLOCK))
    # Bucket-major, so the prefix sum runs along contiguous memory (an axis-0 cumsum over
    # block-major rows is ten times slower).
    keys = pos.buckets * n_blocks + pos.positions // _BLOCK
    per_block = np.bincount(keys, minlength=nb * n_blocks).astype(np.int32)
    cum = np.zeros((nb, n_blocks + 1), dtype=np.int32)
    np.cumsum(per_block.reshape(nb, n_blocks), axis=1, out=cum[:, 1:])
    starts = [0] + [s // _BLOCK for s, _ in bounds]
    ends = [n_blocks] + [min(-(-e // _BLOCK), n_blocks) for _, e in bounds]
    return _finish((cum[:, ends] - cum[:, starts]).T)


def embed(text: str, *, views: Views | None = None) -> np.ndarray:
    """The vector a prompt is remembered by (float32[DIMS], unit length or all zeros);
    ``views`` is ``expand(text)`` when the caller already has it."""
    views = views if views is not None else expand(text)
    return _vectors(_skeleton(views.normalized.folded))[0]


def _window_bounds(length: int, sizes: Iterable[int]) -> list[tuple[int, int]]:
    bounds: list[tuple[int, int]] = []
    for size in sizes:
        if length <= size * 1.5:
            continue
        stride = max(size // 2, -(-(length - size) // (_MAX_WINDOWS_PER_SIZE - 1)))
        stride = -(-stride // _BLOCK) * _BLOCK
        start = 0
        while start + size < length:
            bounds.append((start, start + size))
            start += stride
        # The last window ends at the end of the text (a block longer at most), so the
        # tail is always read, even when the stride is longer than the window.
        last = max(bounds[-1][0] + _BLOCK if bounds else 0, (length - size) // _BLOCK * _BLOCK)
        bounds.append((last, length))
    return bounds


def query_vectors(
    text: str, *, windows: bool = True, views: Views | None = None
) -> tuple[np.ndarray, list[str], int]:
    """Vectors of every whole view of ``text``, then of windows of its canonical reading;
    the third value is how many rows are whole views. ``views`` is ``expand(text)`` when
    the caller (the guard's pipeline) already computed it."""
    views = views if views is not None else expand(text)
    canonical = _skeleton(views.normalized.folded)
    pos = unordered_features(canonical, _CFG)
    bounds = _window_bounds(pos.length, _WINDOW_SIZES) if windows else []
    canonical_rows = _window_vectors(pos, bounds)
    rows: list[np.ndarray] = [canonical_rows[:1]]
    names: list[str] = ["normalized"]
    if len(_SPACED_LETTERS_RE.findall(canonical, 0, 4000)) >= 4:
        rows.append(_vectors(_SPACED_LETTERS_RE.sub(r"\1", canonical)))
        names.append("unspaced")
    for name, decoded in views.decoded():
        if len(decoded) >= _MIN_TEXT_CHARS:
            rows.append(_vectors(_skeleton(decoded)))
            names.append(name)
    whole = len(names)
    rows.append(canonical_rows[1:])
    names += ["window"] * len(bounds)
    return np.vstack(rows), names, whole


@dataclass(frozen=True, slots=True)
class _Memory:
    """One version of an index's contents, swapped in whole so a reader never mixes two."""

    # The vectors as columns (DIMS x entries, C order): a query row times this is one BLAS
    # gemv streaming the memory once, in the order it is stored. Measured at 10,000 entries
    # (OpenBLAS, one thread): one row 0.14 ms warm / 0.5 ms cold, where rows times the
    # entries-by-DIMS matrix transposed took 0.17 / 0.9 ms, and 2.1-2.4 ms for two to five
    # rows (OpenBLAS packs the whole memory for a gemm; a gemv per row does not).
    columns: np.ndarray
    # The same vectors as rows: the few hundred a long prompt's windows are compared with
    # are gathered from here, 1 kB each, instead of 4 bytes from each of DIMS columns.
    rows: np.ndarray
    ids: np.ndarray
    kinds: np.ndarray
    # Per kind, the positions of its entries (ascending).
    by_kind: tuple[np.ndarray, ...]
    # entry id -> (label naming the reported request, category)
    labels: dict[int, tuple[str, str]]

    @classmethod
    def of(cls, columns: np.ndarray, ids: np.ndarray, kinds: np.ndarray,
           labels: dict[int, tuple[str, str]]) -> _Memory:
        by_kind = tuple(np.flatnonzero(kinds == code) for code in range(len(KINDS)))
        columns = np.ascontiguousarray(columns, dtype=np.float32)
        return cls(columns, np.ascontiguousarray(columns.T), ids, kinds, by_kind, labels)


_EMPTY = _Memory.of(np.zeros((DIMS, 0), dtype=np.float32), np.zeros(0, dtype=np.int64),
                    np.zeros(0, dtype=np.int8), {})
# Up to this many whole views are compared one gemv each; more go through one gemm, which
# pays for packing the memory only once it saves enough passes over it.
_GEMV_ROWS = 4


class MemoryIndex:
    """One tenant's remembered prompts as a dense matrix; ``query`` is one pass over it per
    view of the prompt.

    Readers never lock: ``add``/``remove`` build a new ``_Memory`` and swap it in with one
    assignment, so a concurrent ``query`` sees either the old or the new memory, never half
    of each.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._memory = _EMPTY

    def __len__(self) -> int:
        return int(self._memory.ids.size)

    @classmethod
    def build(
        cls, entries: Iterable[tuple[int, str, np.ndarray, str, str]]
    ) -> MemoryIndex:
        """From (entry id, kind, vector, label, category) rows, e.g. loaded from the database."""
        index = cls()
        ids, kinds, vectors, labels = [], [], [], {}
        for entry_id, kind, vector, label, category in entries:
            ids.append(entry_id)
            kinds.append(KINDS.index(kind))
            vectors.append(np.asarray(vector, dtype=np.float32).reshape(DIMS))
            labels[entry_id] = (label, category or "injection")
        if ids:
            index._memory = _Memory.of(
                np.vstack(vectors).T, np.asarray(ids, dtype=np.int64),
                np.asarray(kinds, dtype=np.int8), labels,
            )
        return index

    def add(
        self, entry_id: int, kind: str, vector: np.ndarray, label: str = "",
        category: str = "injection",
    ) -> None:
        with self._lock:
            held = self._memory
            column = np.asarray(vector, dtype=np.float32).reshape(DIMS, 1)
            self._memory = _Memory.of(
                np.hstack([held.columns, column]),
                np.append(held.ids, np.int64(entry_id)),
                np.append(held.kinds, np.int8(KINDS.index(kind))),
                {**held.labels, entry_id: (label, category)},
            )

    def remove(self, entry_id: int) -> None:
        with self._lock:
            held = self._memory
            keep = held.ids != entry_id
            self._memory = _Memory.of(
                held.columns[:, keep], held.ids[keep], held.kinds[keep],
                {k: v for k, v in held.labels.items() if k != entry_id},
            )

    def nearest(self, vector: np.ndarray, *, kind: str | None = None) -> Match | None:
        """The closest entry to one stored-form vector (used to merge duplicates)."""
        held = self._memory
        if held.ids.size == 0:
            return None
        sims = np.asarray(vector, dtype=np.float32).reshape(DIMS) @ held.columns
        if kind is not None:
            sims = np.where(held.kinds == KINDS.index(kind), sims, -1.0)
        best = int(np.argmax(sims))
        if sims[best] < 0:
            return None
        label, category = held.labels.get(int(held.ids[best]), ("", "injection"))
        return Match(int(held.ids[best]), KINDS[held.kinds[best]], float(sims[best]),
                     "stored", label, category)

    def query(
        self, text: str, *, views: Views | None = None,
        vectors: tuple[np.ndarray, list[str], int] | None = None,
    ) -> dict[str, Match]:
        """The best match of each kind for ``text`` (kinds with no entries are absent);
        ``vectors`` is ``query_vectors(text)`` when the caller needs them too."""
        held = self._memory
        if held.ids.size == 0:
            return {}
        vectors, names, whole = vectors if vectors is not None else query_vectors(
            text, views=views)
        columns = held.columns
        if whole <= _GEMV_ROWS:
            best = vectors[0] @ columns
            for row in vectors[1:whole]:
                np.maximum(best, row @ columns, out=best)
        else:
            best = (vectors[:whole] @ columns).max(axis=0)
        if len(vectors) > whole:
            # Windows are compared only with the entries the whole text already resembles
            # most: an embedded prompt lifts its entry's whole-text cosine too (by about
            # sqrt(its share of the text)), and this keeps a long prompt's dozens of windows
            # from multiplying the cost by the size of the memory.
            cand = (np.argpartition(best, -_WINDOW_CANDIDATES)[-_WINDOW_CANDIDATES:]
                    if best.size > _WINDOW_CANDIDATES else np.arange(best.size))
            windowed = (vectors[whole:] @ held.rows[cand].T).max(axis=0)
            best[cand] = np.maximum(best[cand], windowed)
        out: dict[str, Match] = {}
        for code, kind in enumerate(KINDS):
            rows = held.by_kind[code]
            if not rows.size:
                continue
            i = (int(np.argmax(best)) if rows.size == best.size
                 else int(rows[int(np.argmax(best[rows]))]))
            entry_id = int(held.ids[i])
            label, category = held.labels.get(entry_id, ("", "injection"))
            view = names[int(np.argmax(vectors @ columns[:, i]))]
            out[kind] = Match(entry_id, kind, float(best[i]), view, label, category)
        return out


def detections(matches: dict[str, Match]) -> list[Detection]:
    """The memory layer's evidence for ``Guard.inspect(extra_detections=...)``."""
    out: list[Detection] = []
    attack = matches.get(ATTACK)
    if attack is not None and attack.similarity >= WEAK_SIMILARITY:
        strong = attack.similarity >= BLOCK_SIMILARITY
        out.append(
            Detection(
                layer="memory",
                rule="MEM-ATTACK" if strong else "MEM-ATTACK-NEAR",
                category=attack.category,
                score=BLOCK_SCORE if strong else WEAK_SCORE,
                detail=f"Matches an attack this organisation reported ({attack.label}, "
                f"similarity {attack.similarity:.2f})",
                severity="high" if strong else "medium",
                view=attack.view,
            )
        )
    allow = matches.get(ALLOW)
    if allow is not None and allow.similarity >= ALLOW_SIMILARITY:
        out.append(
            Detection(
                layer="memory",
                rule="MEM-ALLOW",
                category="benign",
                score=1.0,
                detail=f"Matches a prompt this organisation reported as safe ({allow.label}, "
                f"similarity {allow.similarity:.2f})",
                severity="low",
                view=allow.view,
                effect="allow",
            )
        )
    return out

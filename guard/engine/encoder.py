"""Second-stage scorer: a contextual sentence encoder (all-MiniLM-L6-v2, int8 ONNX) with a
logistic-regression head, served with onnxruntime and HF ``tokenizers`` (no torch).

Model files (written by ``guard.training.stage2.train_stage2``):

* ``encoder.onnx`` — input_ids/attention_mask (int64, [batch, tokens]) -> ``embedding``
  (float32, [batch, 384]): mean pooling over the attention mask and L2 normalisation are part
  of the graph, so serving cannot drift from training.
* ``encoder_tokenizer.json`` — the uncased WordPiece tokenizer shipped with the weights.
* ``encoder_head.npz`` — ``coef`` (float32[384]), ``bias`` (float32[1]) and ``token_weights``
  (float32[vocab]: a bag-of-tokens model that only picks which windows of a long prompt the
  encoder reads). Loaded with ``allow_pickle=False``.
* ``encoder.json`` — version, thresholds per strictness, windowing, SHA-256 of the other files.

Plain Python: no Django, no network. Load once per process; ``score`` is thread-safe.

Measured but not shipped (guard/training/EXPERIMENTS.md, "Stage 2"): under grouped CV it
trades benign_hard false positives for recall, and it is too slow for the p99 budget on
more than ~1 % of traffic. The code stays so a better head or data can be measured cheaply.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

DEFAULT_MODEL_DIR = Path(__file__).resolve().parent / "models"
ONNX_FILE = "encoder.onnx"
TOKENIZER_FILE = "encoder_tokenizer.json"
HEAD_FILE = "encoder_head.npz"
META_FILE = "encoder.json"

# Content tokens per window; [CLS] and [SEP] make it the 128 the encoder was trained with.
WINDOW_TOKENS = 126
# Sentence pieces: cut after these tokens, but keep pieces between 4 and 62 tokens so a list
# of abbreviations does not explode into one-token "sentences".
SENTENCE_END_TOKENS = (".", "!", "?", ";", ":")
SEGMENT_MIN_TOKENS = 4
SEGMENT_MAX_TOKENS = 62


class EncoderModelError(RuntimeError):
    """The stage-2 model files are missing, inconsistent or unreadable."""


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


class SentenceEncoder:
    """Text -> L2-normalised 384-d sentence embedding (mean-pooled MiniLM-L6)."""

    def __init__(self, session: object, tokenizer: object, *, max_tokens: int = 128) -> None:
        self._session = session
        self._tok = tokenizer
        self.max_tokens = max_tokens
        self.cls_id = int(tokenizer.token_to_id("[CLS]"))
        self.sep_id = int(tokenizer.token_to_id("[SEP]"))
        self.unk_id = int(tokenizer.token_to_id("[UNK]"))
        self.end_ids = frozenset(
            i for i in (tokenizer.token_to_id(t) for t in SENTENCE_END_TOKENS) if i is not None
        )
        self.vocab_size = int(tokenizer.get_vocab_size())

    @classmethod
    def load(
        cls, path: Path | str | None = None, *, threads: int = 1, max_tokens: int = 128
    ) -> SentenceEncoder:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        path = Path(path) if path is not None else DEFAULT_MODEL_DIR
        onnx_path, tok_path = path / ONNX_FILE, path / TOKENIZER_FILE
        if not onnx_path.exists() or not tok_path.exists():
            raise EncoderModelError(f"no encoder model in {path}")
        tok = Tokenizer.from_file(str(tok_path))
        # Windowing is ours: the tokenizer must return every token, unpadded.
        tok.no_truncation()
        tok.no_padding()
        opts = ort.SessionOptions()
        # One core per request: a web worker serves many requests in parallel, and
        # onnxruntime's own thread pool would fight the other workers for the same cores.
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        opts.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        session = ort.InferenceSession(
            str(onnx_path), sess_options=opts, providers=["CPUExecutionProvider"]
        )
        return cls(session, tok, max_tokens=max_tokens)

    def token_ids(self, text: str) -> list[int]:
        """WordPiece ids of the whole text, without [CLS]/[SEP]."""
        return list(self._tok.encode(text, add_special_tokens=False).ids)

    def embed_ids(self, pieces: Sequence[Sequence[int]]) -> np.ndarray:
        """Embed token pieces (each cut to max_tokens - 2) in one padded batch."""
        if not pieces:
            return np.zeros((0, 384), dtype=np.float32)
        limit = self.max_tokens - 2
        rows = [[self.cls_id, *(list(p[:limit]) or [self.unk_id]), self.sep_id] for p in pieces]
        out = np.zeros((len(rows), 384), dtype=np.float32)
        # Cost grows with batch x padded width: a 20-token sentence padded to a 128-token
        # window costs as much as the window, so only pieces of similar length share a run.
        order = sorted(range(len(rows)), key=lambda i: len(rows[i]))
        group: list[int] = []
        for i in order:
            if group and len(rows[i]) > 1.25 * len(rows[group[0]]) + 8:
                out[group] = self._run([rows[j] for j in group])
                group = []
            group.append(i)
        out[group] = self._run([rows[j] for j in group])
        return out

    def _run(self, rows: list[list[int]]) -> np.ndarray:
        width = max(len(r) for r in rows)
        ids = np.zeros((len(rows), width), dtype=np.int64)
        mask = np.zeros((len(rows), width), dtype=np.int64)
        for i, r in enumerate(rows):
            ids[i, : len(r)] = r
            mask[i, : len(r)] = 1
        out = self._session.run(None, {"input_ids": ids, "attention_mask": mask})[0]
        return np.asarray(out, dtype=np.float32)

    def embed(self, texts: list[str]) -> np.ndarray:
        """One embedding per text, from its first ``max_tokens`` tokens ([n, 384], unit norm)."""
        return self.embed_ids([self.token_ids(t) for t in texts])

    def segments(self, ids: Sequence[int]) -> list[list[int]]:
        """Sentence-sized pieces of ``ids``; an instruction planted in a paragraph gets an
        embedding of its own instead of being averaged into the paragraph's topic."""
        out: list[list[int]] = []
        cur: list[int] = []
        for t in ids:
            cur.append(t)
            if (t in self.end_ids and len(cur) >= SEGMENT_MIN_TOKENS) or len(
                cur
            ) >= SEGMENT_MAX_TOKENS:
                out.append(cur)
                cur = []
        if cur:
            out.append(cur)
        return out


def all_windows(ids: Sequence[int], width: int = WINDOW_TOKENS) -> list[list[int]]:
    """Non-overlapping windows covering the whole token sequence. Serving reads a subset of
    exactly these windows, so training can embed every candidate once."""
    if not ids:
        return [[]]
    return [list(ids[s : s + width]) for s in range(0, len(ids), width)]


def window_suspicion(windows: Sequence[Sequence[int]], token_weights: np.ndarray) -> np.ndarray:
    """Bag-of-tokens logit (without bias) of each window: a cheap ranker, not a verdict."""
    out = np.zeros(len(windows))
    top = len(token_weights) - 1
    for i, w in enumerate(windows):
        if w:
            idx = np.clip(np.asarray(w, dtype=np.int64), 0, top)
            # Mean, not sum: a short last window must not lose to a full one for its length.
            out[i] = float(token_weights[idx].mean())
    return out


def pick_windows(n_windows: int, suspicion: np.ndarray | None, max_windows: int) -> list[int]:
    """Indices of the windows a long prompt is scored on: the first one (where instructions
    usually are), then the windows the bag-of-tokens ranker finds most suspicious, so a
    payload buried in the middle of 30 kB is read without paying for every window."""
    if n_windows <= 1 or max_windows <= 1:
        return [0]
    rest = np.arange(1, n_windows)
    if suspicion is not None:
        rest = rest[np.argsort(-np.asarray(suspicion)[1:], kind="stable")]
    else:
        # No ranker: spread the budget evenly, ending at the last window.
        rest = np.unique(np.linspace(0, n_windows - 1, max_windows).round().astype(int))[1:]
    return sorted({0, *(int(i) for i in rest[: max_windows - 1])})


@dataclass(slots=True)
class EncoderClassifier:
    """Stage 2, with the interface of TextClassifier: load, score, thresholds, version."""

    encoder: SentenceEncoder
    coef: np.ndarray
    bias: float
    token_weights: np.ndarray | None
    thresholds: dict[str, float]
    version: str
    meta: dict = field(default_factory=dict)
    max_windows: int = 2
    segments: bool = True

    @classmethod
    def load(
        cls, path: Path | str | None = None, *, threads: int = 1, verify: bool = True
    ) -> EncoderClassifier:
        path = Path(path) if path is not None else DEFAULT_MODEL_DIR
        if path.is_file():
            path = path.parent
        meta_path, head_path = path / META_FILE, path / HEAD_FILE
        if not meta_path.exists() or not head_path.exists():
            raise EncoderModelError(f"no encoder classifier in {path}")
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if verify:
            for name, digest in meta.get("files_sha256", {}).items():
                if file_sha256(path / name) != digest:
                    raise EncoderModelError(f"{name} does not match its metadata digest")
        with np.load(head_path, allow_pickle=False) as npz:
            coef = np.ascontiguousarray(npz["coef"], dtype=np.float32)
            bias = float(npz["bias"][0])
            tw = (
                np.ascontiguousarray(npz["token_weights"], dtype=np.float32)
                if "token_weights" in npz.files
                else None
            )
        win = meta.get("windowing", {})
        encoder = SentenceEncoder.load(path, threads=threads, max_tokens=WINDOW_TOKENS + 2)
        if coef.shape != (384,):
            raise EncoderModelError(f"head shape {coef.shape} != (384,)")
        return cls(
            encoder=encoder,
            coef=coef,
            bias=bias,
            token_weights=tw,
            thresholds={k: float(v) for k, v in meta["thresholds"].items()},
            version=str(meta["version"]),
            meta=meta,
            max_windows=int(win.get("max_windows", 2)),
            segments=bool(win.get("segments", True)),
        )

    def pieces(self, text: str, *, max_windows: int | None = None) -> list[list[int]]:
        """The token pieces ``score`` embeds: chosen windows plus their sentence pieces."""
        wins = all_windows(self.encoder.token_ids(text))
        sus = window_suspicion(wins, self.token_weights) if self.token_weights is not None else None
        chosen = [wins[i] for i in pick_windows(len(wins), sus, max_windows or self.max_windows)]
        out = list(chosen)
        if self.segments:
            for w in chosen:
                segs = self.encoder.segments(w)
                if len(segs) > 1:
                    out.extend(segs)
        return out

    def logits(self, text: str) -> list[float]:
        emb = self.encoder.embed_ids(self.pieces(text))
        return [float(v) for v in emb @ self.coef + self.bias]

    def score(self, text: str) -> float:
        """P(attack) in [0, 1]; the most suspicious piece decides."""
        return _sigmoid(max(self.logits(text)))


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)

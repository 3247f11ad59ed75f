"""Reading labelled prompt data (the shared JSONL format) and applying the licence filter."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ATTACK_CATEGORIES = ("injection", "jailbreak", "harmful")
BENIGN_CATEGORIES = ("benign", "benign_hard")
# Sources whose benign rows are not in English; their false-positive rate is a target of
# its own because a model trained mostly on English easily flags other scripts.
NON_ENGLISH_SOURCE_MARKERS = ("mainlp/xsid", "google-deepmind/xquad")


@dataclass(frozen=True, slots=True)
class Row:
    text: str
    label: str
    category: str
    source: str
    license: str

    @property
    def is_attack(self) -> bool:
        return self.label == "attack"

    @property
    def is_non_english(self) -> bool:
        return any(m in self.source for m in NON_ENGLISH_SOURCE_MARKERS)


class DataError(ValueError):
    """A data file line is not a labelled prompt in the shared format."""


def is_non_commercial(license_text: str) -> bool:
    """True for licences that forbid commercial use (e.g. CC-BY-NC-4.0).

    Such rows may measure the shipped model but must never train it: the model files are
    part of a product that is sold.
    """
    lic = license_text.upper().replace("_", "-")
    return "-NC" in lic or "NONCOMMERCIAL" in lic.replace("-", "").replace(" ", "")


def read_jsonl(path: Path | str) -> list[Row]:
    rows = []
    with Path(path).open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                text = obj["text"]
                label = obj["label"]
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise DataError(f"{path}:{lineno}: not a labelled prompt ({exc})") from exc
            if label not in ("attack", "benign") or not isinstance(text, str):
                raise DataError(f"{path}:{lineno}: label must be 'attack' or 'benign'")
            category = obj.get("category") or ("injection" if label == "attack" else "benign")
            rows.append(
                Row(
                    text=text,
                    label=label,
                    category=str(category),
                    source=str(obj.get("source") or "unknown"),
                    license=str(obj.get("license") or "unknown"),
                )
            )
    return rows


# Rows written for Aegis-V. Contrast pairs (contrast_*.jsonl): the same topic or wording once
# as an attack and once as a benign request, so the classifier learns intent where the public
# sets teach it topic. Ordinary requests (ordinary_*.jsonl): everyday assistant traffic of
# many kinds, so a kind of request no public benign set happens to hold is not an anomaly.
# They are trained on, never scored: evaluation measures only the data it is given.
CURATED_DIR = Path(__file__).resolve().parent


def curated_paths() -> list[Path]:
    return sorted(CURATED_DIR.glob("contrast_*.jsonl")) + sorted(
        CURATED_DIR.glob("ordinary_*.jsonl"))


def curated_rows() -> list[Row]:
    """Every committed row written for Aegis-V (contrast pairs, ordinary requests)."""
    return [row for path in curated_paths() for row in read_jsonl(path)]


def trainable(rows: Iterable[Row]) -> list[Row]:
    """The rows a shipped model may learn from (licence filter)."""
    return [r for r in rows if not is_non_commercial(r.license)]

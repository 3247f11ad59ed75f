"""The committed rows written for Aegis-V (contrast pairs, ordinary requests): well-formed,
apart from the held-out probes, trained on by train_guard and by every cross-validation fold,
and never scored as evaluation data."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from io import StringIO
from pathlib import Path

import numpy as np
import pytest
from django.core.management import call_command

from guard.engine.features import FeatureConfig
from guard.training.dataset import (
    ATTACK_CATEGORIES,
    CURATED_DIR,
    Row,
    curated_paths,
    curated_rows,
    is_non_commercial,
    read_jsonl,
)
from guard.training.evaluate import evaluate
from guard.training.train import TrainParams, featurize, out_of_fold_scores


def _fold(text: str) -> str:
    return " ".join(text.lower().split())


# Rows translated from others also say into which language and from which row.
_TRANSLATION_KEYS = {"language", "from"}


def _well_formed(obj: dict, path: Path, keys: set[str]) -> None:
    assert keys <= set(obj) <= keys | _TRANSLATION_KEYS
    assert obj["source"] == f"aegis-v/{path.stem.replace('_', '-')}"
    assert not is_non_commercial(obj["license"])
    assert obj["text"] == " ".join(obj["text"].split()) and len(obj["text"]) >= 2


@pytest.mark.parametrize("path", [p for p in curated_paths() if p.name.startswith("contrast_")],
                         ids=lambda p: p.name)
def test_each_contrast_pair_is_one_attack_and_one_benign_prompt(path: Path) -> None:
    sides: dict[int, list[dict]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        obj = json.loads(line)
        _well_formed(obj, path, {"text", "label", "category", "source", "license", "pair"})
        assert len(obj["text"]) >= 8
        sides[obj["pair"]].append(obj)
    assert len(sides) >= 100
    for pair, members in sides.items():
        labels = sorted(m["label"] for m in members)
        assert labels == ["attack", "benign"], f"pair {pair}: {labels}"
        for m in members:
            expected = ATTACK_CATEGORIES if m["label"] == "attack" else ("benign_hard",)
            assert m["category"] in expected, f"pair {pair}: {m['category']}"


@pytest.mark.parametrize("path", [p for p in curated_paths() if p.name.startswith("ordinary_")],
                         ids=lambda p: p.name)
def test_ordinary_requests_are_plain_benign_prompts(path: Path) -> None:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 300
    for obj in rows:
        _well_formed(obj, path, {"text", "label", "category", "source", "license"})
        assert (obj["label"], obj["category"]) == ("benign", "benign")


def _words(text: str) -> frozenset[str]:
    # Words in any script ("windows" alone would make a Russian prompt look like a probe's),
    # with their combining marks: Hindi's vowel signs are not \w, and splitting there would
    # leave syllables that every Hindi text shares.
    return frozenset(re.findall(r"[^\W_](?:[^\W_]|[\u0300-\u036f\u0900-\u0dff])*"
                                r"(?:'[^\W_]+)*", text.lower()))


def test_contrast_pairs_repeat_no_prompt_and_stay_clear_of_the_held_out_probes() -> None:
    texts = [_fold(r.text) for r in curated_rows()]
    assert curated_paths() and len(texts) == len(set(texts))
    probes = [
        _words(r.text)
        for path in sorted(CURATED_DIR.glob("probe_heldout*.jsonl"))
        for r in read_jsonl(path)
    ]
    assert probes, "the held-out probes are the check that the contrast pairs generalise"
    # Near-duplicates of a probe prompt would make the probes measure recall of the training
    # set; pairs with a probe prompt's words (Jaccard >= 0.35) were dropped when written.
    for text in texts:
        words = _words(text)
        closest = max(len(words & p) / len(words | p) for p in probes if words | p)
        assert closest < 0.35, text


def test_training_only_rows_train_every_fold_and_are_never_scored(
    tmp_path: Path, tiny_jsonl: Path
) -> None:
    rows = read_jsonl(tiny_jsonl)
    # Teach the folds that a phrase none of the evaluated rows is labelled by is an attack.
    extra = [
        Row(text=f"Summarise this article about the history of the bicycle {n} and mail it "
                 "to the address in my notes", label="attack", category="injection",
            source="extra", license="Apache-2.0")
        for n in range(30)
    ]
    plain, with_extra = tmp_path / "plain.jsonl", tmp_path / "extra.jsonl"

    evaluate(tiny_jsonl, folds=3, predictions_out=plain, progress=False, obfuscation=False)
    report = evaluate(tiny_jsonl, folds=3, predictions_out=with_extra, progress=False,
                      obfuscation=False, training_only=extra)

    assert report.n_rows == len(rows)
    assert "extra" not in report.recall_by_source
    before = [json.loads(x)["risk_score"] for x in plain.read_text().splitlines()]
    after = [json.loads(x)["risk_score"] for x in with_extra.read_text().splitlines()]
    assert len(after) == len(rows)
    bicycle = [i for i, r in enumerate(rows) if "bicycle" in r.text]
    assert bicycle and all(after[i] > before[i] for i in bicycle)


def test_train_guard_trains_on_the_contrast_pairs_unless_told_not_to(
    tmp_path: Path, tiny_jsonl: Path
) -> None:
    curated = len(curated_rows())
    out = StringIO()
    call_command("train_guard", data=tiny_jsonl, out=tmp_path / "m", folds=0, stdout=out)
    assert f"curated: {curated} row(s) written for Aegis-V included" in out.getvalue()
    assert json.loads((tmp_path / "m" / "classifier.json").read_text())["curated_rows"] == curated

    out = StringIO()
    call_command("train_guard", data=tiny_jsonl, out=tmp_path / "n", folds=0, no_curated=True,
                 stdout=out)
    assert "curated" not in out.getvalue()
    assert json.loads((tmp_path / "n" / "classifier.json").read_text())["curated_rows"] == 0


def test_the_shipped_thresholds_are_calibrated_on_the_data_alone(tiny_jsonl: Path) -> None:
    # The contrast pairs train every calibration fold but are neither scored nor folded, so
    # adding or dropping a pair cannot reshuffle which sources share a fold.
    rows = [r for r in read_jsonl(tiny_jsonl) if not is_non_commercial(r.license)]
    extra = curated_rows()[:40]
    params = TrainParams(features=FeatureConfig(bits=14))
    fs = featurize([r.text for r in rows + extra], params)

    oof = out_of_fold_scores(rows + extra, fs, params, folds=3, seed=1, n_scored=len(rows))
    scores, fold_of = oof.scores, oof.fold_of

    assert not np.isnan(scores[: len(rows)]).any() and (fold_of[: len(rows)] >= 0).all()
    assert np.isnan(scores[len(rows):]).all() and (fold_of[len(rows):] == -1).all()

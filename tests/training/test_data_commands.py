"""The guard's data commands share one way of reading their arguments."""

from __future__ import annotations

import os

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError


@pytest.mark.parametrize(
    "command",
    ["train_guard", "evaluate_guard", "evaluate_hardening", "build_memory_anchors",
     "build_vocabulary", "build_embedding"],
)
def test_a_missing_data_file_is_refused_by_name_and_writes_nothing(command, tmp_path):
    missing = tmp_path / "nope.jsonl"
    extra = ["--out", str(tmp_path / "models")] if command in (
        "train_guard", "build_memory_anchors", "build_vocabulary", "build_embedding") else []
    with pytest.raises(CommandError, match=f"No such file: {missing}"):
        call_command(command, "--data", str(missing), *extra)
    assert list(tmp_path.iterdir()) == []


def test_build_vocabulary_writes_into_the_given_model_directory(tiny_jsonl, tmp_path):
    out = tmp_path / "models"
    out.mkdir()
    call_command("build_vocabulary", "--data", str(tiny_jsonl), "--out", str(out))
    assert (out / "vocabulary.json").is_file()


def test_build_embedding_without_the_encoder_says_what_to_install(tiny_jsonl, tmp_path):
    try:
        import torch  # noqa: F401
    except ImportError:
        pass
    else:
        pytest.skip("requirements-distill.txt is installed here: the command would run")
    out = tmp_path / "models"
    out.mkdir()
    with pytest.raises(CommandError, match=r"pip install -r requirements-distill\.txt"):
        call_command("build_embedding", "--data", str(tiny_jsonl), "--out", str(out))
    assert list(out.iterdir()) == []


def test_the_encoder_loader_declares_the_hub_offline_before_importing_it(monkeypatch):
    # Build machines and customers' servers may have no internet: loading the encoder must
    # read the package's files or fail, never start a download. The flags the hub libraries
    # read at import time are set before the first of those imports.
    try:
        import torch  # noqa: F401
    except ImportError:
        pass
    else:
        pytest.skip("requirements-distill.txt is installed here: the encoder would load")
    from guard.training.distill import token_vectors

    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.delenv("TRANSFORMERS_OFFLINE", raising=False)
    with pytest.raises(ImportError):
        token_vectors()
    assert (os.environ.get("HF_HUB_OFFLINE"), os.environ.get("TRANSFORMERS_OFFLINE")) == ("1", "1")

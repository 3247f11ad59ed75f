"""The word model that reads letter-spaced and leetspeak text back into words."""

from __future__ import annotations

import json

import pytest

from guard.engine.normalize import LEXICON
from guard.engine.vocabulary import FORMAT, VOCABULARY_FILE, Vocabulary, load_vocabulary
from guard.training.dataset import read_jsonl
from guard.training.vocabulary import build_vocabulary, word_counts

WORDS = {"how": 50, "to": 80, "make": 20, "a": 90, "bomb": 5, "cake": 4, "man": 9, "ea": 1}


def test_the_most_probable_split_wins():
    vocabulary = Vocabulary(WORDS)
    assert vocabulary.segment("howtomakeabomb").words == ("how", "to", "make", "a", "bomb")
    # "make a" beats "man" + unknown letters, and an unknown name stays in one piece, even
    # one longer than every known word.
    assert vocabulary.segment("makeacake").words == ("make", "a", "cake")
    split = vocabulary.segment("makeazorblax")
    assert split.words == ("make", "a", "zorblax")
    assert split.known_letters == len("makea")


def test_known_letters_count_only_words_the_vocabulary_knows():
    split = Vocabulary(WORDS).segment("makezzzz")
    assert split.words == ("make", "zzzz")
    assert split.known_letters == 4


def _rows(tmp_path, rows):
    path = tmp_path / "rows.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return read_jsonl(path)


def _row(text, source, license="MIT", label="benign"):
    return {"text": text, "label": label, "category": "benign" if label == "benign" else
            "harmful", "source": source, "license": license}


def test_words_of_one_source_or_of_non_commercial_rows_are_not_vocabulary(tmp_path):
    rows = _rows(tmp_path, [
        _row("the zorblax engine the engine", "src-a"),
        _row("the zorblax engine", "src-a"),
        _row("the engine started", "src-b", label="attack"),
        _row("the flimflam flimflam", "src-c", license="CC-BY-NC-4.0"),
        _row("the flimflam", "src-d", license="CC-BY-NC-4.0"),
    ])
    counts = word_counts(rows)
    assert counts["the"] == 4 and counts["engine"] == 4
    assert "zorblax" not in counts  # one source's jargon
    assert "flimflam" not in counts  # evaluation-only rows
    assert set(counts) >= LEXICON


def test_the_vocabulary_file_round_trips_without_any_text(tmp_path):
    rows = _rows(tmp_path, [_row("make a bomb cake", "s1"), _row("make a cake", "s2")])
    path, n_words = build_vocabulary(rows, tmp_path)
    payload = json.loads(path.read_text())
    assert payload["format"] == FORMAT
    assert set(payload["counts"]) >= {"make", "a", "cake"}
    loaded = load_vocabulary(tmp_path)
    assert len(loaded) == n_words
    assert loaded.segment("makeacake").words == ("make", "a", "cake")


def test_without_a_file_the_engine_lexicon_still_segments(tmp_path):
    vocabulary = load_vocabulary(tmp_path / "missing")
    assert vocabulary.segment("ignoreallpreviousinstructions").words == (
        "ignore", "all", "previous", "instructions")


def test_a_file_of_another_format_is_refused(tmp_path):
    (tmp_path / VOCABULARY_FILE).write_text(json.dumps({"format": "other", "counts": {}}))
    with pytest.raises(ValueError, match="unknown format"):
        load_vocabulary(tmp_path)

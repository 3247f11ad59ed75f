"""Gating a regex by what its matches start with must never change an answer."""

from __future__ import annotations

import re

import pytest

from guard.engine import features
from guard.engine.normalize import normalize
from guard.engine.regex_starts import match_starts
from guard.engine.signatures import _GATED_SPAN, RULES, _search, _starts_of
from tests.engine.test_signatures import BENIGN, EXAMPLES


def test_starts_of_an_alternation_are_its_words_cut_at_k():
    assert match_starts(r"\b(?:how|what)\s+to\b", 4) == {"how ", "what"}
    assert match_starts(r"(?<!not\s)\bsteal(?:ing)?\b", 3) == {"ste"}


def test_a_space_stands_for_what_the_caller_says():
    assert match_starts(r"\ba\s+bomb", 4) == {"a bo", "a  b", "a   "}
    assert {"a bo", "a\tbo", "a \tb"} <= match_starts(r"\ba\s+bomb", 4, space=" \t")
    # None cuts the string at the space: every match still starts with "a".
    assert match_starts(r"\ba\s+bomb", 4, space=None) == {"a"}


def test_what_can_start_anywhere_has_no_starts():
    assert "" in match_starts(r"\w+ing\b", 4)
    assert "" in match_starts(r"(?:^|[\s(])ai\b", 4, space=None)
    # An optional first word: a match starts with it or with what follows.
    assert match_starts(r"(?:please\s+)?ignore", 4) == {"plea", "igno"}


def test_a_repeat_read_to_its_end_is_continued_by_what_follows():
    # "(?:the )?" read whole leaves the next word to read: "the dangers of", not "the ".
    assert match_starts(r"(?:the )?(?:dangers|risks) of", 16) == {
        "the dangers of", "the risks of", "dangers of", "risks of"
    }
    assert match_starts(r"(?:ab){2}c", 8) == {"ababc"}
    # An open-ended repeat cut at k characters is still cut there.
    assert match_starts(r"a+b", 3) == {"ab", "aab", "aaa"}


def test_case_insensitive_patterns_are_not_read():
    assert match_starts(r"ignore", 4, flags=re.IGNORECASE) == {""}
    assert match_starts(r"(?i:ignore) all", 4) == {""}


def _documents() -> list[str]:
    """The rule examples and benign prompts of the signature tests, joined into long texts
    (so the gated path runs), as the rules see them: normalised."""
    texts = [t for examples in EXAMPLES.values() for t in examples] + list(BENIGN)
    docs = [normalize(" ".join(texts[i : i + 6])).folded for i in range(0, len(texts), 6)]
    return [d for d in docs if len(d) >= _GATED_SPAN]


DOCUMENTS = _documents()


def test_documents_are_long_enough_to_be_gated():
    assert len(DOCUMENTS) > 100


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_gated_search_answers_as_search_does(rule):
    for pattern in rule.patterns:
        for doc in DOCUMENTS:
            assert _search(pattern, doc, 0, len(doc)) == (pattern.search(doc) is not None)
            # A window inside the text, as long texts are searched: look-behinds and \b see
            # the text before the window, the end of the window is the end of the string.
            start, end = len(doc) // 5, len(doc) - len(doc) // 5
            assert _search(pattern, doc, start, end) == (
                pattern.search(doc, start, end) is not None
            )


def test_the_gate_is_tried_on_real_matches():
    # Most patterns are gated, and the documents hold their rules' examples: the comparison
    # above covers texts where the gated patterns do match, not only misses.
    gated = [p for r in RULES for p in r.patterns if _starts_of(p) is not None]
    assert len(gated) > 400
    hits = sum(1 for p in gated for d in DOCUMENTS if _search(p, d, 0, len(d)))
    assert hits > 200


def test_every_match_begins_with_one_of_the_starts():
    for pattern in (p for r in RULES for p in r.patterns):
        starts = _starts_of(pattern)
        if starts is None:
            continue
        for doc in DOCUMENTS:
            for m in pattern.finditer(doc):
                assert doc.startswith(starts, m.start()), (pattern.pattern, m.group())


def test_intent_cue_starts_cover_every_match():
    for gid, regex in enumerate(features._INTENT_RES):
        starts = tuple(features._GROUP_STARTS[gid])
        for doc in DOCUMENTS:
            text = " " + doc + " "  # as intent_events reads it
            for m in regex.finditer(text):
                assert text.startswith(starts, m.start()), features.INTENT_GROUPS[gid]

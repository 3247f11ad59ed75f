"""The static sentence embedding the tenant adapters read a prompt's topic from."""

from __future__ import annotations

import numpy as np
import pytest

from guard.engine import adapter
from guard.engine.embedding import DIMS, StaticEmbedding, basic_words, get_embedding
from guard.training.dataset import Row
from guard.training.distill import distill


@pytest.fixture(scope="module")
def table() -> StaticEmbedding:
    loaded = get_embedding()
    assert loaded is not None, "guard/engine/models/embedding.npz must ship with the guard"
    return loaded


def _cosine(table: StaticEmbedding, a: str, b: str) -> float:
    return float(table.embed(a) @ table.embed(b))


def test_words_are_split_as_bert_splits_them():
    assert basic_words("Don't PANIC, it's 42!") == ["don", "'", "t", "panic", ",", "it", "'",
                                                   "s", "42", "!"]
    # Accents go, ideographs stand alone, other scripts stay words.
    assert basic_words("Café naïve 東京タワー привет") == ["cafe", "naive", "東", "京", "タワー",
                                                        "привет"]


def test_wordpiece_spells_unknown_words_from_known_pieces(table):
    assert len(table.word_ids("password")) == 1
    pieces = [table.vocabulary[i] for i in table.word_ids("jailbreaking")]
    assert len(pieces) > 1 and "".join(p.removeprefix("##") for p in pieces) == "jailbreaking"
    assert all(p.startswith("##") for p in pieces[1:])
    assert table.word_ids("x" * 101) == ()


def test_the_shipped_table_is_the_one_the_adapter_names(table):
    # A rebuilt table changes every stored feature: ship it together with a new
    # adapter.EMBEDDING_TABLE (and new anchors), never alone.
    assert table.digest == adapter.EMBEDDING_TABLE
    assert table.vectors.shape == (len(table.vocabulary), DIMS)


def test_embeddings_are_unit_length_and_empty_text_is_zero(table):
    assert np.isclose(np.linalg.norm(table.embed("Write a poem about the sea.")), 1.0)
    assert not table.embed("").any() and not table.embed("   ").any()


def test_prompts_on_one_topic_sit_closer_than_prompts_on_different_topics(table):
    money = "How should I invest my retirement savings to get the best return?"
    also_money = "Which stocks and bonds should I buy for my pension portfolio?"
    baking = "What temperature should I bake banana bread at, and for how long?"
    also_baking = "Give me a recipe for chocolate chip cookies with brown butter."
    assert _cosine(table, money, also_money) > _cosine(table, money, baking)
    assert _cosine(table, baking, also_baking) > _cosine(table, also_baking, also_money)


def test_saving_and_loading_keeps_the_table_and_its_digest(table, tmp_path):
    small = StaticEmbedding(table.vocabulary, table.vectors)
    loaded = StaticEmbedding.load(small.save(tmp_path).parent)
    assert loaded is not None and loaded.digest == small.digest == table.digest
    assert np.array_equal(loaded.vectors, table.vectors)


def test_distilling_weights_frequent_tokens_down():
    vocabulary = ["[PAD]", "the", "cat", "dog", "##s", *(f"w{i}" for i in range(DIMS * 2))]
    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(len(vocabulary), DIMS + 8)).astype(np.float32)
    rows = [Row(text="the cat the dog the cats the", label="benign", category="benign",
                source="s", license="MIT")] * 50
    built = distill(vocabulary, vectors, rows)
    assert built.vectors.shape == (len(vocabulary), DIMS)
    norms = np.linalg.norm(built.vectors, axis=1)
    # "the" is four times as frequent as "cat": its row counts for less in any sum.
    unweighted = np.linalg.norm(distill(vocabulary, vectors, []).vectors, axis=1)
    assert norms[1] / unweighted[1] < norms[2] / unweighted[2]

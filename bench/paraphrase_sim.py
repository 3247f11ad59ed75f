"""Does a reported attack's memory catch rewordings of it, and at what cost to innocent
prompts on the same topic? Measures the memory's similarity and a candidate tier that would
also fire on close topic (the static embedding, guard.engine.embedding) above a lower n-gram
similarity.

Usage (from the project root):

    .venv/bin/python bench/paraphrase_sim.py ../shared/data/dev.jsonl

``bench/data/paraphrases.jsonl`` (written here; evaluation only, never trained on): 150
attacks (harmful requests, injections, jailbreaks), each with three rewordings (close,
clearly reworded, heavily reworded) and two innocent prompts sharing its key nouns. Each
attack is remembered alone (one report) and its rewordings that the shared guard lets through
are looked up; false positives are counted on the innocent prompts (all 150 attacks
remembered) and on the dev file's benign rows (the 150 remembered, then every dev attack too).
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from guard.engine import memory
from guard.engine.embedding import get_embedding
from guard.engine.pipeline import Guard
from guard.training.dataset import read_jsonl

SET = Path(__file__).resolve().parent / "data" / "paraphrases.jsonl"
LEVELS = ("close", "reworded", "heavily reworded")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="labelled JSONL whose benign rows count as FP")
    args = parser.parse_args()
    guard, table = Guard.load(), get_embedding()
    if table is None:
        sys.exit("no embedding table (guard/engine/models/embedding.npz)")

    def vectors(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        return (np.vstack([memory.embed(t) for t in texts]),
                np.vstack([table.embed(t[:2000]) for t in texts]))

    def passes(texts: list[str]) -> np.ndarray:
        return np.array([guard.inspect(t).allowed for t in texts])

    groups = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines()]
    attacks_n, attacks_e = vectors([g["attack"] for g in groups])
    level, gram, topic, through = [], [], [], []
    for i, group in enumerate(groups):
        n, e = vectors(group["paraphrases"])
        level += range(len(LEVELS))
        gram += list(n @ attacks_n[i])
        topic += list(e @ attacks_e[i])
        through += list(passes(group["paraphrases"]))
    level, gram, topic, through = map(np.array, (level, gram, topic, through))
    innocent = [b for g in groups for b in g["benign"]]
    rows = read_jsonl(args.data)
    benign = [r.text for r in rows if not r.is_attack]
    more_n, more_e = vectors([r.text for r in rows if r.is_attack])
    sets = {
        "same-topic innocent (150 remembered)": (*vectors(innocent), passes(innocent),
                                                 attacks_n, attacks_e),
        "dev benign (150 remembered)": (*vectors(benign), passes(benign), attacks_n, attacks_e),
    }
    sets["dev benign (150 + every dev attack)"] = (
        *sets["dev benign (150 remembered)"][:3],
        np.vstack([attacks_n, more_n]), np.vstack([attacks_e, more_e]))

    print(f"rewordings the shared guard lets through: {through.sum()} of {len(through)}")

    def recall(hit: np.ndarray) -> str:
        return " ".join(f"{LEVELS[k]} {np.mean(hit[(level == k) & through]):5.1%}"
                        for k in range(len(LEVELS)))

    def false_positives(min_gram: float, min_topic: float) -> str:
        out = []
        for name, (bn, be, allowed, mn, me) in sets.items():
            fired = ((bn @ mn.T >= min_gram) & (be @ me.T >= min_topic)).any(axis=1) & allowed
            out.append(f"{name} {fired.mean():.2%}")
        return ", ".join(out)

    shipped = memory.BLOCK_SIMILARITY
    print(f"memory as shipped (similarity >= {shipped}): {recall(gram >= shipped)} | FP "
          f"{false_positives(shipped, -1.0)}")
    for min_gram, min_topic in itertools.product((0.2, 0.3, 0.4), (0.85, 0.90, 0.93)):
        hit = (gram >= shipped) | ((gram >= min_gram) & (topic >= min_topic))
        print(f"+ n-gram >= {min_gram:.2f} and topic >= {min_topic:.2f}: {recall(hit)} | FP "
              f"{false_positives(min_gram, min_topic)}")


if __name__ == "__main__":
    main()

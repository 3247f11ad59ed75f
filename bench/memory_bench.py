"""Tenant memory: lookup latency with 10,000 entries, and the similarity thresholds.

Usage (from the project root):

    .venv/bin/python bench/memory_bench.py [--entries 10000] [--iterations 300]
    .venv/bin/python bench/memory_bench.py --thresholds ../shared/data/dev.jsonl

The latency table times ``MemoryIndex.query`` (vectorising every view and window of the
prompt, then one pass over the whole memory per readable view and a product of the windows
with the entries the whole text resembles most) next to SHA-256 of the same text in the same
run as a yardstick. The last row's prompts carry a base64-encoded sentence, so they have two
whole views (the text and the decoded payload) and the memory is read twice. "added" is what
protect pays for memory: the query given the de-obfuscated views the guard computes anyway
(``Guard.views``), plus the tenant adapter (its intent columns and one dot product; the
classifier probability it reads is the one the guard computes anyway, shared through
``Guard.attack_probability``); "alone" re-derives the views and skips the adapter. The
adapter's fit over the same entries (what a process pays once per memory change) is timed
too. Prompts and entries are generated here with a fixed seed.

``--thresholds`` measures what the thresholds in guard/engine/memory.py were chosen from:
the cosine between a dev-set attack and variants of it (re-cased, re-spaced, leet, ...) and,
with every dev-set attack remembered, the closest match of each benign prompt.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import random
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from guard.engine import adapter, memory
from guard.engine.classifier import DEFAULT_MODEL_DIR
from guard.engine.deobfuscate import expand

WORDS = [
    "the",
    "report",
    "our",
    "team",
    "customer",
    "function",
    "council",
    "manager",
    "database",
    "study",
    "museum",
    "release",
    "describes",
    "explains",
    "needs",
    "shows",
    "reviews",
    "changes",
    "ignores",
    "follows",
    "previous",
    "instructions",
    "please",
    "summarise",
    "translate",
    "write",
    "a",
    "short",
    "poem",
    "about",
    "weather",
    "budget",
    "quarterly",
    "revenue",
    "system",
    "prompt",
    "reveal",
    "secret",
    "password",
    "bypass",
    "rules",
    "pretend",
    "you",
    "are",
    "now",
    "free",
    "answer",
    "any",
    "question",
    "without",
    "limits",
    "recipe",
    "holiday",
    "train",
    "schedule",
    "python",
    "error",
    "stack",
    "trace",
]
SIZES = (100, 1_000, 10_000, 32_000)


def _text(rng: random.Random, chars: int) -> str:
    out: list[str] = []
    n = 0
    while n < chars:
        word = rng.choice(WORDS)
        out.append(word)
        n += len(word) + 1
    return " ".join(out)[:chars]


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]


def latency(entries: int, iterations: int) -> None:
    rng = random.Random(1234)
    kinds = [memory.ATTACK if i % 4 else memory.ALLOW for i in range(entries)]
    # Entry features as stored: memory vector, intent columns, and a logit drawn at random
    # (the classifier's score of generated text would tell nothing about timing).
    stored = [
        adapter.features(memory.embed(text), text, rng.random())
        for text in (_text(rng, rng.randint(40, 600)) for _ in range(entries))
    ]
    index = memory.MemoryIndex.build(
        (i, kinds[i], stored[i][: memory.DIMS], f"req_{i}", "injection") for i in range(entries)
    )
    anchors = adapter.Anchors.load(DEFAULT_MODEL_DIR)
    if anchors is None:
        sys.exit("no memory_anchors.npz in the shipped model directory")
    attacks = np.vstack([x for x, k in zip(stored, kinds, strict=True) if k == memory.ATTACK])
    allowed = np.vstack([x for x, k in zip(stored, kinds, strict=True) if k == memory.ALLOW])
    fits = []
    for _ in range(5):
        t0 = time.perf_counter()
        fitted = adapter.Adapter.fit(attacks, allowed, anchors,
                                     scorer_version=anchors.scorer_version)
        fits.append((time.perf_counter() - t0) * 1000)
    assert fitted is not None
    print(f"adapter fit over {len(attacks)} attack + {len(allowed)} allow entries and "
          f"{len(anchors.fit)} anchors: median {statistics.median(fits):.1f} ms, "
          f"max {max(fits):.1f} ms (first fit in a process also reads the anchors' moments)")
    print(f"memory lookup, {len(index)} entries, {memory.DIMS} dims, {iterations} prompts per size")
    cols = ("added p50", "added p99", "adapter p50", "adapter p99", "alone p50", "alone p99",
            "sha256 p50", "sha256 p99")
    print(f"{'prompt':>9} " + " ".join(f"{c:>11}" for c in cols))
    rows = [(f"{size}B", size, False) for size in SIZES] + [("1000B+b64", 1000, True)]
    for name, size, encoded in rows:
        prompts = [_text(rng, size) for _ in range(iterations)]
        if encoded:
            prompts = [
                f"{p[:size - 170]} {base64.b64encode(_text(rng, 120).encode()).decode()}"
                for p in prompts
            ]
        added, adapted, alone, digest = [], [], [], []
        for prompt in prompts:
            views = expand(prompt)
            probability = rng.random()
            t0 = time.perf_counter()
            vectors = memory.query_vectors(prompt, views=views)
            index.query(prompt, views=views, vectors=vectors)
            ta = time.perf_counter()
            fitted.detection(adapter.features(vectors[0][0], prompt, probability))
            t1 = time.perf_counter()
            index.query(prompt)
            t2 = time.perf_counter()
            hashlib.sha256(prompt.encode("utf-8")).hexdigest()
            t3 = time.perf_counter()
            added.append((t1 - t0) * 1000)
            adapted.append((t1 - ta) * 1000)
            alone.append((t2 - t1) * 1000)
            digest.append((t3 - t2) * 1000)
        cells = [*_percentiles(added), *_percentiles(adapted), *_percentiles(alone)]
        dp50, dp99 = _percentiles(digest)
        print(f"{name:>9} " + " ".join(f"{c:>9.3f}ms" for c in cells)
              + f" {dp50:>9.4f}ms {dp99:>9.4f}ms")


def thresholds(path: Path) -> None:
    from guard.training.obfuscate import TRANSFORMS

    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    attacks = [r["text"] for r in rows if r["label"] == "attack"]
    long_benign = [
        r["text"] for r in rows if r["label"] == "benign" and 300 <= len(r["text"]) <= 3000
    ]
    rng = random.Random(7)
    sample = rng.sample(attacks, min(300, len(attacks)))

    def recase(t: str, r: random.Random) -> str:
        return "".join(c.upper() if r.random() < 0.5 else c.lower() for c in t)

    def respace(t: str, r: random.Random) -> str:
        return "".join(r.choice(("  ", "\n", " \t ")) if c == " " else c for c in t)

    def reword(t: str, r: random.Random) -> str:
        words = [w for w in t.split() if r.random() > 0.15]
        for _ in range(max(1, len(words) // 10)):
            if len(words) > 2:
                i = r.randrange(len(words) - 1)
                words[i], words[i + 1] = words[i + 1], words[i]
        return " ".join(words)

    def embedded(t: str, r: random.Random) -> str:
        before, after = r.sample(long_benign, 2)
        return f"{before} {t} {after}"

    variants = {
        **TRANSFORMS,
        "recase": recase,
        "respace": respace,
        "reword (drop 15%, swap 10%)": reword,
        "embedded in 2 benign docs": embedded,
    }
    cuts = (memory.WEAK_SIMILARITY, memory.BLOCK_SIMILARITY, memory.ALLOW_SIMILARITY)
    print(f"variant vs its original ({len(sample)} dev attacks): share with cosine >= threshold")
    heads = " ".join(f"{'>=' + str(c):>7}" for c in cuts)
    print(f"{'variant':<28} {'p10':>6} {'median':>6} {heads}")
    for name, fn in variants.items():
        sims = []
        for j, text in enumerate(sample):
            single = memory.MemoryIndex.build([(0, memory.ATTACK, memory.embed(text), "", "")])
            sims.append(single.query(fn(text, random.Random(j)))[memory.ATTACK].similarity)
        s = np.array(sims)
        print(
            f"{name:<28} {np.percentile(s, 10):>6.3f} {np.median(s):>6.3f} "
            + " ".join(f"{(s >= c).mean():>7.1%}" for c in cuts)
        )
    index = memory.MemoryIndex.build(
        (i, memory.ATTACK, memory.embed(t), "", "") for i, t in enumerate(attacks)
    )
    print(
        f"benign prompts vs all {len(attacks)} dev attacks remembered: "
        "share with a match >= threshold"
    )
    print(f"{'category':<28} {'p99':>6} {'max':>6} {heads}")
    for category in ("benign", "benign_hard"):
        s = np.array(
            [
                index.query(r["text"])[memory.ATTACK].similarity
                for r in rows
                if r["category"] == category
            ]
        )
        print(
            f"{category:<28} {np.percentile(s, 99):>6.3f} {s.max():>6.3f} "
            + " ".join(f"{(s >= c).mean():>7.2%}" for c in cuts)
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--iterations", type=int, default=300)
    parser.add_argument("--thresholds", type=Path, default=None, metavar="DEV_JSONL")
    args = parser.parse_args()
    if args.thresholds is not None:
        thresholds(args.thresholds)
    else:
        latency(args.entries, args.iterations)


if __name__ == "__main__":
    main()

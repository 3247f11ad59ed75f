from __future__ import annotations

from typing import Any

from django.core.management.base import CommandError
from tqdm import tqdm

from guard.engine import adapter
from guard.engine.embedding import StaticEmbedding
from guard.management.arguments import ModelDataCommand, data_path, model_dir
from guard.training.dataset import curated_rows, read_jsonl


class Command(ModelDataCommand):
    help = (
        "Write embedding.npz next to the guard's model: the static token table the tenant "
        "adapters read what a prompt is about from, distilled from all-MiniLM-L6-v2 (token "
        "frequencies from the commercially usable rows and the contrast pairs; no text is "
        "stored). Needs requirements-distill.txt; run train_guard (or build_memory_anchors) "
        "after it, since the anchors hold embeddings."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        data = data_path(options)
        try:
            import torch  # noqa: F401 — only to fail early with the fix in the message

            from guard.training.distill import build_embedding
        except ImportError as exc:
            raise CommandError(f"{exc.name} is missing: pip install -r "
                               "requirements-distill.txt") from None
        rows = read_jsonl(data) + curated_rows()
        path = build_embedding(
            rows, model_dir(options),
            progress=lambda batches: tqdm(batches, desc="encoding the vocabulary", unit="batch"),
        )
        self.stdout.write(f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB)")
        digest = StaticEmbedding.load(path.parent).digest
        if digest != adapter.EMBEDDING_TABLE:
            # Features from another table must never mix with stored ones: the adapter reads
            # only the table it names, so until it names this one the topic columns stay 0.
            self.stdout.write(self.style.WARNING(
                f"table {digest} is not the one the adapter reads ({adapter.EMBEDDING_TABLE}): "
                f"set guard.engine.adapter.EMBEDDING_TABLE = {digest!r}, then run "
                "build_memory_anchors and, on servers, refresh_memory"))

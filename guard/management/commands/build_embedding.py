from __future__ import annotations

from typing import Any

from django.core.management.base import CommandError
from tqdm import tqdm

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

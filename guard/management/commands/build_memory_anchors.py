from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from guard.training.anchors import write_anchors
from guard.training.dataset import read_jsonl


class Command(BaseCommand):
    help = (
        "Write memory_anchors.npz next to the guard's model: features (no text) of a "
        "deterministic half of the commercially usable benign and benign_hard rows, which "
        "every tenant adapter is fitted and calibrated against. train_guard rewrites it with "
        "each new model, because it holds that model's scores."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--data", required=True, type=Path, help="Labelled JSONL file.")
        parser.add_argument("--out", type=Path, default=None,
                            help="Model directory (default: AEGIS_MODEL_DIR).")

    def handle(self, *args: Any, **options: Any) -> None:
        if not options["data"].is_file():
            raise CommandError(f"No such file: {options['data']}")
        path, anchors = write_anchors(read_jsonl(options["data"]),
                                      options["out"] or settings.AEGIS_MODEL_DIR)
        self.stdout.write(
            f"wrote {path}: {len(anchors.fit)} fit + {len(anchors.calibration)} calibration "
            f"anchors for classifier {anchors.scorer_version} ({path.stat().st_size / 1e6:.2f} MB)"
        )

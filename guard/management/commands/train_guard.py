from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser


class Command(BaseCommand):
    help = (
        "Train the guard's classifier from labelled JSONL (fields text, label, category, source, "
        "license), deterministically; rows with a non-commercial licence are left out. Writes "
        "the model files into the model directory (default: the shipped guard/engine/models)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--data", required=True, type=Path, help="Labelled JSONL file.")
        parser.add_argument("--out", type=Path, default=None,
                            help="Model directory (default: AEGIS_MODEL_DIR).")
        parser.add_argument("--seed", type=int, default=1234)
        parser.add_argument("--folds", type=int, default=5,
                            help="Grouped folds used to calibrate the thresholds out of fold.")

    def handle(self, *args: Any, **options: Any) -> None:
        if not options["data"].is_file():
            raise CommandError(f"No such file: {options['data']}")
        try:
            from guard.training.train import train_from_jsonl
        except ImportError as exc:
            raise CommandError(
                f"Training needs extra packages ({exc.name}): "
                "pip install -r requirements-train.txt"
            ) from exc
        report = train_from_jsonl(
            options["data"], options["out"] or settings.AEGIS_MODEL_DIR,
            seed=options["seed"], folds=options["folds"], progress=True,
        )
        self.stdout.write(report.table())


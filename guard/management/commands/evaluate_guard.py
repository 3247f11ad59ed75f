from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from guard.engine.verdict import STRICTNESS_LEVELS
from guard.management.arguments import add_data_argument, data_path


class Command(BaseCommand):
    help = (
        "Measure the guard on labelled JSONL: recall overall / per category / per source, FPR "
        "on benign and benign_hard, ROC AUC, recall at 1% FPR, latency, obfuscation suite. "
        "Without --folds it scores the shipped models; --folds K retrains per grouped-by-source "
        "fold so every number comes from sources the model never saw."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        add_data_argument(parser)
        parser.add_argument("--predictions", type=Path, default=None,
                            help="Write one JSON object per input line, in order.")
        parser.add_argument("--folds", type=int, default=None)
        parser.add_argument("--plot", type=Path, default=Path("var/evaluate_guard.png"),
                            help="Where to save the ROC / score-distribution plot (PNG).")
        parser.add_argument("--strictness", choices=STRICTNESS_LEVELS, default="balanced")
        parser.add_argument("--no-obfuscation", action="store_true",
                            help="Skip the generated obfuscation suite.")
        parser.add_argument("--no-curated", action="store_true",
                            help="With --folds: train the folds without the rows written for "
                                 "Aegis-V (guard/training/contrast_*.jsonl, ordinary_*.jsonl), "
                                 "which are otherwise "
                                 "added to every fold's training set and never scored.")

    def handle(self, *args: Any, **options: Any) -> None:
        data = data_path(options)
        if options["folds"] is not None and options["folds"] < 2:
            raise CommandError("--folds needs at least 2.")
        try:
            from guard.training.dataset import curated_rows
            from guard.training.evaluate import evaluate
        except ImportError as exc:
            raise CommandError(
                f"Evaluation needs extra packages ({exc.name}): "
                "pip install -r requirements-train.txt"
            ) from exc
        options["plot"].parent.mkdir(parents=True, exist_ok=True)
        report = evaluate(
            data, folds=options["folds"], predictions_out=options["predictions"],
            plot_out=options["plot"], progress=True, model_dir=settings.AEGIS_MODEL_DIR,
            strictness=options["strictness"], obfuscation=not options["no_obfuscation"],
            training_only=[] if options["no_curated"] else curated_rows(),
        )
        self.stdout.write(report.table())
        self.stdout.write(f"Plot saved to {options['plot']}")

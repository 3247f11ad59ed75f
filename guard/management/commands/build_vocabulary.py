from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from guard.training.dataset import read_jsonl
from guard.training.vocabulary import build_vocabulary


class Command(BaseCommand):
    help = (
        "Write vocabulary.json next to the guard's model: word counts (no text) of the "
        "commercially usable English rows, which the guard uses to read letter-spaced and "
        "leetspeak prompts back into words."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--data", required=True, type=Path, help="Labelled JSONL file.")
        parser.add_argument("--out", type=Path, default=None,
                            help="Model directory (default: AEGIS_MODEL_DIR).")

    def handle(self, *args: Any, **options: Any) -> None:
        if not options["data"].is_file():
            raise CommandError(f"No such file: {options['data']}")
        path, words = build_vocabulary(read_jsonl(options["data"]),
                                       Path(options["out"] or settings.AEGIS_MODEL_DIR))
        self.stdout.write(f"wrote {path}: {words} words ({path.stat().st_size / 1e3:.0f} kB)")

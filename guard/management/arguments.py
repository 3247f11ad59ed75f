"""The arguments the guard's data commands share: the labelled JSONL file they read and the
model directory they write (train_guard, evaluate_guard, evaluate_hardening,
build_memory_anchors, build_vocabulary)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser


def add_data_argument(parser: CommandParser) -> None:
    parser.add_argument("--data", required=True, type=Path, help="Labelled JSONL file.")


def add_model_dir_argument(parser: CommandParser) -> None:
    parser.add_argument("--out", type=Path, default=None,
                        help="Model directory (default: AEGIS_MODEL_DIR).")


def data_path(options: dict[str, Any]) -> Path:
    """``--data``, refused with a clear error when it is not a file."""
    path: Path = options["data"]
    if not path.is_file():
        raise CommandError(f"No such file: {path}")
    return path


def model_dir(options: dict[str, Any]) -> Path:
    """``--out``, or the directory the server loads its models from."""
    return Path(options["out"] or settings.AEGIS_MODEL_DIR)


class ModelDataCommand(BaseCommand):
    """A command that reads ``--data`` and writes into ``--out`` (the model directory)."""

    def add_arguments(self, parser: CommandParser) -> None:
        add_data_argument(parser)
        add_model_dir_argument(parser)

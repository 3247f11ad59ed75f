from __future__ import annotations

from typing import Any

from guard.management.arguments import ModelDataCommand, data_path, model_dir
from guard.training.dataset import read_jsonl
from guard.training.vocabulary import build_vocabulary


class Command(ModelDataCommand):
    help = (
        "Write vocabulary.json next to the guard's model: word counts (no text) of the "
        "commercially usable English rows, which the guard uses to read letter-spaced and "
        "leetspeak prompts back into words."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        data = data_path(options)
        path, words = build_vocabulary(read_jsonl(data), model_dir(options))
        self.stdout.write(f"wrote {path}: {words} words ({path.stat().st_size / 1e3:.0f} kB)")

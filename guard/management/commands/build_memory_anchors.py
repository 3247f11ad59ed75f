from __future__ import annotations

from typing import Any

from guard.management.arguments import ModelDataCommand, data_path, model_dir
from guard.training.anchors import write_anchors
from guard.training.dataset import read_jsonl


class Command(ModelDataCommand):
    help = (
        "Write memory_anchors.npz next to the guard's model: features (no text) of a "
        "deterministic half of the commercially usable benign and benign_hard rows, which "
        "every tenant adapter is fitted and calibrated against. train_guard rewrites it with "
        "each new model, because it holds that model's scores."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        data = data_path(options)
        path, anchors = write_anchors(read_jsonl(data), model_dir(options))
        self.stdout.write(
            f"wrote {path}: {len(anchors.fit)} fit + {len(anchors.calibration)} calibration "
            f"anchors for classifier {anchors.scorer_version} ({path.stat().st_size / 1e6:.2f} MB)"
        )

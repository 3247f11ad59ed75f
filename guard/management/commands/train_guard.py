from __future__ import annotations

from typing import Any

from django.core.management.base import CommandError, CommandParser

from guard.management.arguments import ModelDataCommand, data_path, model_dir
from guard.models import FeedbackReview
from guard.training.anchors import write_anchors
from guard.training.dataset import ATTACK_CATEGORIES, Row, curated_rows, read_jsonl


def feedback_rows() -> tuple[list[Row], int]:
    """Approved, shared reports as training rows, and how many had no prompt text.

    A report from a hash-only tenant keeps a memory vector, not text, so it cannot train the
    shared classifier. Reported false positives count as hard benign prompts, so they teach
    the model without moving the thresholds calibrated on ordinary benign traffic.
    """
    rows: list[Row] = []
    skipped = 0
    for review in FeedbackReview.objects.for_training().order_by("pk").iterator():
        decision = review.decision
        if not decision.prompt:
            skipped += 1
            continue
        if review.label == "attack":
            known = [c for c in decision.categories if c in ATTACK_CATEGORIES]
            category = known[0] if known else "injection"
        else:
            category = "benign_hard"
        rows.append(Row(
            text=decision.prompt, label=review.label, category=category,
            # One group per tenant: grouped folds hold a tenant's reports out together.
            source=f"feedback:{review.tenant.client_id}", license="tenant-feedback",
        ))
    return rows, skipped


class Command(ModelDataCommand):
    help = (
        "Train the guard's classifier from labelled JSONL (fields text, label, category, source, "
        "license), deterministically; rows with a non-commercial licence are left out. Writes "
        "the model files into the model directory (default: AEGIS_MODEL_DIR), where running "
        "servers pick the new version up within AEGIS_MODEL_CHECK_SECONDS. With "
        "--include-feedback, operator-approved reports from tenants that share their feedback "
        "are trained on too."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        super().add_arguments(parser)
        parser.add_argument("--seed", type=int, default=1234)
        parser.add_argument("--folds", type=int, default=5,
                            help="Grouped folds used to calibrate the thresholds out of fold.")
        parser.add_argument(
            "--include-feedback", action="store_true",
            help="Also train on approved feedback (FeedbackReview) from tenants with "
                 "share_feedback on; reports without stored prompt text are skipped.",
        )
        parser.add_argument(
            "--no-curated", action="store_true",
            help="Leave out the rows written for Aegis-V (guard/training/contrast_*.jsonl, "
                 "ordinary_*.jsonl).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        data = data_path(options)
        try:
            from guard.training.train import train_from_jsonl
        except ImportError as exc:
            raise CommandError(
                f"Training needs extra packages ({exc.name}): "
                "pip install -r requirements-train.txt"
            ) from exc
        extra: list[Row] = []
        if options["include_feedback"]:
            extra, skipped = feedback_rows()
            attacks = sum(r.is_attack for r in extra)
            self.stdout.write(
                f"feedback: {len(extra)} approved report(s) used ({attacks} attack, "
                f"{len(extra) - attacks} benign), {skipped} skipped (hash-only, no prompt text)"
            )
        report = train_from_jsonl(
            data, model_dir(options),
            seed=options["seed"], folds=options["folds"], progress=True, extra_rows=extra,
            curated=[] if options["no_curated"] else curated_rows(),
        )
        self.stdout.write(report.table())
        path, anchors = write_anchors(read_jsonl(data), model_dir(options))
        self.stdout.write(f"memory anchors: {len(anchors.fit) + len(anchors.calibration)} "
                          f"benign rows' features in {path}")

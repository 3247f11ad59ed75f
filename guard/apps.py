from __future__ import annotations

from django.apps import AppConfig


class GuardConfig(AppConfig):
    name = "guard"
    verbose_name = "Guard, audit chain and training log"

    def ready(self) -> None:
        from django.conf import settings

        from guard.engine import pipeline

        # The engine knows nothing of Django: hand it the model directory and the reload
        # interval once, before anything calls get_guard().
        pipeline.configure(
            model_dir=settings.AEGIS_MODEL_DIR,
            check_seconds=settings.AEGIS_MODEL_CHECK_SECONDS,
        )

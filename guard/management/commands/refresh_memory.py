from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from guard.memory import ENTRY_ENGINE, memory_refresh_stale


class Command(BaseCommand):
    help = (
        "After an upgrade that changed the tenant adapter's features: recompute every memory "
        "entry written by an older engine from its decision's prompt, so tenant adapters fit "
        "on it again. Entries of hash-only tenants have no text to recompute from; they keep "
        "matching by similarity (and, when written just before the adapter read the topic "
        "embedding, keep fitting it without the topic)."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        result = memory_refresh_stale()
        self.stdout.write(
            f"{result.refreshed} entries recomputed for {ENTRY_ENGINE}; "
            f"{result.without_text} without prompt text left to similarity matching"
        )

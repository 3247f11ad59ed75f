"""Read-only operator views of the training log and the audit chain."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from guard.models import AuditEntry, Decision


class ReadOnlyAdmin(admin.ModelAdmin):
    """Records are written by the service only; editing one in the admin would break the
    chain or falsify the log."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Decision)
class DecisionAdmin(ReadOnlyAdmin):
    list_display = ("request_id", "tenant", "created_at", "allowed", "risk_score", "label",
                    "short_reason")
    list_filter = ("allowed", "label", "tenant__tier")
    list_select_related = ("tenant",)
    search_fields = ("request_id", "tenant__client_id", "prompt_sha256")
    date_hierarchy = "created_at"

    @admin.display(description="block reason")
    def short_reason(self, decision: Decision) -> str:
        return decision.block_reason[:80]


@admin.register(AuditEntry)
class AuditEntryAdmin(ReadOnlyAdmin):
    list_display = ("tenant", "seq", "event", "created_at", "hash")
    list_filter = ("event",)
    list_select_related = ("tenant",)
    search_fields = ("tenant__client_id", "hash")

"""Read-only operator views of the training log and the audit chain."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest
from django.utils import timezone

from guard.models import AuditEntry, Decision, FeedbackReview


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


@admin.register(FeedbackReview)
class FeedbackReviewAdmin(admin.ModelAdmin):
    """Reports from tenants that share their feedback; only approved ones are ever trained on."""

    list_display = ("request_id", "tenant", "label", "status", "created_at", "excerpt")
    list_filter = ("status", "label")
    list_select_related = ("tenant", "decision")
    search_fields = ("decision__request_id", "tenant__client_id")
    readonly_fields = ("decision", "tenant", "label", "created_at", "reviewed_at", "reviewed_by")
    actions = ("approve", "reject")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    @admin.display(description="request")
    def request_id(self, review: FeedbackReview) -> str:
        return review.decision.request_id

    @admin.display(description="prompt")
    def excerpt(self, review: FeedbackReview) -> str:
        return review.decision.prompt[:100]

    def _review(self, request: HttpRequest, queryset: Any, status: str) -> None:
        changed = queryset.update(
            status=status, reviewed_at=timezone.now(), reviewed_by=request.user.get_username()
        )
        self.message_user(request, f"{changed} report(s) marked {status}.")

    @admin.action(description="Approve for the shared model")
    def approve(self, request: HttpRequest, queryset: Any) -> None:
        self._review(request, queryset, FeedbackReview.Status.APPROVED)

    @admin.action(description="Reject")
    def reject(self, request: HttpRequest, queryset: Any) -> None:
        self._review(request, queryset, FeedbackReview.Status.REJECTED)

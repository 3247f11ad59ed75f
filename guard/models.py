"""The tenant-owned records of the guard: audit chain and training log."""

from __future__ import annotations

import json
from typing import Any

from django.db import models
from django.utils import timezone

from guard.audit import GENESIS_HASH
from tenants.models import ApiKey, Tenant


class AuditChainHead(models.Model):
    """Where a tenant's chain ends. Appends lock this row, so one tenant's appends queue
    behind each other while different tenants append in parallel."""

    tenant = models.OneToOneField(
        Tenant, on_delete=models.CASCADE, primary_key=True, related_name="audit_head"
    )
    seq = models.PositiveBigIntegerField(default=0)
    hash = models.CharField(max_length=64, default=GENESIS_HASH)

    def __str__(self) -> str:
        return f"{self.tenant.client_id} @ {self.seq}"


class AuditEntry(models.Model):
    class Event(models.TextChoices):
        PROTECT = "protect", "Protect decision"
        FEEDBACK = "feedback", "Feedback"
        KEY_ISSUED = "key.issued", "API key issued"
        KEY_REVOKED = "key.revoked", "API key revoked"
        POLICY_CHANGED = "policy.changed", "Policy changed"
        TENANT_CREATED = "tenant.created", "Tenant created"
        MEMORY_REMOVED = "memory.removed", "Memory entry removed"

    tenant = models.ForeignKey(Tenant, on_delete=models.CASCADE, related_name="audit_entries")
    seq = models.PositiveBigIntegerField()
    event = models.CharField(max_length=32, choices=Event.choices)
    created_at = models.DateTimeField()
    # The canonical JSON exactly as hashed: re-serialising a JSON column could change bytes
    # (key order, float spelling) and break verification of an honest row.
    body_json = models.TextField()
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64)

    class Meta:
        ordering = ["tenant", "seq"]
        verbose_name_plural = "audit entries"
        constraints = [
            models.UniqueConstraint(fields=["tenant", "seq"], name="auditentry_unique_tenant_seq")
        ]

    def __str__(self) -> str:
        return f"{self.tenant_id}#{self.seq} {self.event}"

    @property
    def body(self) -> dict[str, Any]:
        return json.loads(self.body_json)

    def export_row(self) -> dict[str, Any]:
        return {"body": self.body, "prev_hash": self.prev_hash, "hash": self.hash}


class Decision(models.Model):
    """One accepted protect call: the verdict and, unless the tenant opted out, the prompt.

    This is the tenant's training log: feedback labels land here.
    """

    class Label(models.TextChoices):
        ATTACK = "attack", "Attack"
        BENIGN = "benign", "Benign"

    tenant = models.ForeignKey(Tenant, on_delete=models.CASCADE, related_name="decisions")
    api_key = models.ForeignKey(
        ApiKey, on_delete=models.SET_NULL, null=True, blank=True, related_name="decisions"
    )
    request_id = models.CharField(max_length=40)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    prompt = models.TextField(blank=True, help_text="Empty when the tenant stores hashes only.")
    prompt_sha256 = models.CharField(max_length=64)
    prompt_chars = models.PositiveIntegerField()
    metadata = models.JSONField(default=dict, blank=True)
    allowed = models.BooleanField()
    risk_score = models.FloatField()
    block_reason = models.CharField(max_length=300, blank=True)
    categories = models.JSONField(default=list, blank=True)
    detections = models.JSONField(default=list, blank=True)
    engine_version = models.CharField(max_length=100, blank=True)
    latency_ms = models.FloatField(default=0.0)
    audit_seq = models.PositiveBigIntegerField()
    label = models.CharField(max_length=8, choices=Label.choices, blank=True)
    label_note = models.CharField(max_length=500, blank=True)
    labelled_at = models.DateTimeField(null=True, blank=True)
    # Hash-only tenants: the memory vector of the prompt (guard.memory), so that reporting
    # this decision later can still teach the tenant's memory without the text.
    memory_vector = models.BinaryField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["request_id"], name="decision_unique_request_id")
        ]
        indexes = [models.Index(fields=["tenant", "-created_at"], name="decision_tenant_recent")]

    def __str__(self) -> str:
        return self.request_id

    @property
    def verdict_word(self) -> str:
        return "allowed" if self.allowed else "blocked"


class MemoryEntry(models.Model):
    """A prompt the tenant reported, remembered as a vector for its memory layer.

    Never more of the prompt than the tenant's storage setting allows: hash-only tenants keep
    the vector and the SHA-256, nothing readable.
    """

    class Kind(models.TextChoices):
        ATTACK = "attack", "Attack"
        ALLOW = "allow", "Safe (allow)"

    EXCERPT_CHARS = 160

    tenant = models.ForeignKey(Tenant, on_delete=models.CASCADE, related_name="memory_entries")
    kind = models.CharField(max_length=8, choices=Kind.choices)
    # float16 little-endian: guard.engine.memory.DIMS values, then (entries written since the
    # tenant adapter) the rest of guard.engine.adapter.ADAPTER_DIMS; see guard.memory.
    vector = models.BinaryField(editable=False)
    engine = models.CharField(max_length=32, help_text="Memory representation version.")
    prompt_sha256 = models.CharField(max_length=64)
    excerpt = models.CharField(max_length=EXCERPT_CHARS, blank=True)
    category = models.CharField(max_length=32, blank=True)
    source_decision = models.ForeignKey(
        Decision, on_delete=models.SET_NULL, null=True, blank=True, related_name="memory_entries"
    )
    request_id = models.CharField(max_length=40)
    created_at = models.DateTimeField(default=timezone.now)
    last_hit_at = models.DateTimeField(null=True, blank=True)
    hits = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-created_at"]
        verbose_name_plural = "memory entries"
        indexes = [models.Index(fields=["tenant", "kind"], name="memoryentry_tenant_kind")]

    def __str__(self) -> str:
        return f"{self.kind} from {self.request_id}"


class MemoryVersion(models.Model):
    """Bumped on every change to a tenant's memory; serving processes compare it with the
    version of the index they hold (through the shared cache) and reload when it moved."""

    tenant = models.OneToOneField(
        Tenant, on_delete=models.CASCADE, primary_key=True, related_name="memory_version"
    )
    version = models.PositiveBigIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.tenant_id} memory v{self.version}"


class FeedbackReviewQuerySet(models.QuerySet):
    def for_training(self) -> FeedbackReviewQuerySet:
        """What the shared model may learn from: approved by an operator, from a tenant
        that (still) shares its feedback. Rows whose decision kept no prompt text are
        included so callers can count them; they cannot be trained on."""
        return self.filter(
            status=FeedbackReview.Status.APPROVED, tenant__share_feedback=True
        ).select_related("decision", "tenant")


class FeedbackReview(models.Model):
    """A tenant's report offered for the shared model (tenants with share_feedback on).

    Nothing reaches training until an operator approves it.
    """

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        APPROVED = "approved", "Approved"
        REJECTED = "rejected", "Rejected"

    decision = models.OneToOneField(Decision, on_delete=models.CASCADE, related_name="review")
    tenant = models.ForeignKey(Tenant, on_delete=models.CASCADE, related_name="feedback_reviews")
    label = models.CharField(max_length=8, choices=Decision.Label.choices)
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.PENDING)
    created_at = models.DateTimeField(default=timezone.now)
    reviewed_at = models.DateTimeField(null=True, blank=True)
    reviewed_by = models.CharField(max_length=150, blank=True)

    objects = FeedbackReviewQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "-created_at"], name="review_status_recent")]

    def __str__(self) -> str:
        return f"{self.decision.request_id} {self.label} ({self.status})"

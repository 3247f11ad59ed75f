"""The tenant-owned records of the guard: audit chain and training log."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

from django.db import connection, connections, models
from django.utils import timezone

from guard.audit import GENESIS_HASH
from tenants.models import ApiKey, Tenant


def insert_rows(objs: Sequence[models.Model]) -> None:
    """INSERT unsaved instances of one model in one statement and set their ids.

    What bulk_create does, minus compiling a query per call: the protect path's writes are
    the same statement every time, and Django's query building cost more CPU than the
    database spent running it. Values are prepared by the fields themselves, exactly as the
    ORM prepares them. Sends no signals.
    """
    model = type(objs[0])
    fields = _insert_fields(model)
    quote = connection.ops.quote_name
    row = "(" + ", ".join(["%s"] * len(fields)) + ")"
    # Only quoted names from the model's own metadata go into the text; values are parameters.
    sql = (
        f"INSERT INTO {quote(model._meta.db_table)} "  # noqa: S608
        f"({', '.join(quote(f.column) for f in fields)}) "
        f"VALUES {', '.join([row] * len(objs))} RETURNING {quote(model._meta.pk.column)}"
    )
    params = [f.get_db_prep_save(getattr(obj, f.attname), connection) for obj in objs
              for f in fields]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        # RETURNING gives the ids in the VALUES order on both PostgreSQL and SQLite >= 3.35.
        for obj, (pk,) in zip(objs, cursor.fetchall(), strict=True):
            obj.pk = pk
            obj._state.adding = False
            obj._state.db = connection.alias


@cache
def _insert_fields(model: type[models.Model]) -> tuple[models.Field, ...]:
    return tuple(f for f in model._meta.concrete_fields if not f.primary_key)


class AuditChainHeadQuerySet(models.QuerySet):
    def lock(self, tenant_ids: Iterable[int]) -> dict[int, AuditChainHead]:
        """The heads of ``tenant_ids``, locked for the current transaction, a head created
        for a tenant whose chain was never started.

        Locked in tenant order, so two transactions appending to overlapping sets of tenants
        queue behind each other instead of deadlocking.
        """
        ids = sorted(set(tenant_ids))
        table = connection.ops.quote_name(self.model._meta.db_table)
        lock = " FOR UPDATE" if connection.features.has_select_for_update else ""
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT tenant_id, seq, hash FROM {table} WHERE tenant_id IN "  # noqa: S608
                f"({', '.join(['%s'] * len(ids))}) ORDER BY tenant_id{lock}", ids,
            )
            heads = {
                tenant_id: self.model(tenant_id=tenant_id, seq=seq, hash=head_hash)
                for tenant_id, seq, head_hash in cursor.fetchall()
            }
        for tenant_id in ids:
            if tenant_id not in heads:
                heads[tenant_id], _ = self.select_for_update().get_or_create(tenant_id=tenant_id)
        return heads

    def advance(self, heads: Iterable[AuditChainHead]) -> None:
        """Store where each (locked) head now ends: one round trip for any number of heads."""
        table = connection.ops.quote_name(self.model._meta.db_table)
        sql = (
            f"UPDATE {table} SET seq = %s, prev_hash = %s, hash = %s "  # noqa: S608
            "WHERE tenant_id = %s"
        )
        rows = [(head.seq, head.prev_hash, head.hash, head.tenant_id) for head in heads]
        with connection.cursor() as cursor:
            # executemany pipelines its statements: worth it for several heads, not for one.
            if len(rows) == 1:
                cursor.execute(sql, rows[0])
            else:
                cursor.executemany(sql, rows)

    def append_in_one_statement(
        self, entry: AuditEntry, body_around_seq: tuple[str, str], record: models.Model,
        record_seq_field: str,
    ) -> bool:
        """PostgreSQL: extend ``entry.tenant``'s chain by ``entry`` and insert ``record`` (its
        ``record_seq_field`` takes the new seq) in one statement: one round trip and, outside
        a transaction, one short transaction of its own.

        The database numbers and hashes the row. The head's UPDATE takes the row lock `lock`
        takes, so it queues behind any other append to the tenant, and computes seq + 1 and
        sha256(previous hash + "\\n" + the canonical body with that seq spliced between the
        two halves of ``body_around_seq``): the chain format, byte for byte, since the body
        is text the caller serialised and only the decimal seq is added. Fills in ``entry``
        (seq, body_json, prev_hash, hash, pk) and ``record`` (pk, seq field).

        Returns False, having written nothing, when the tenant's chain has no head row yet:
        the general path (`lock`) creates it.
        """
        sql, entry_fields, record_fields = _one_statement_append_sql(
            type(entry), type(record), record_seq_field
        )
        before, after = body_around_seq
        # The connection itself, not the `connection` proxy: each field's conversion asks it
        # for its ops, and through the proxy every such look-up is a context-local one.
        db = connections[self.db]
        params: list[Any] = [before, after, entry.tenant_id]
        params += [f.get_db_prep_save(getattr(entry, f.attname), db) for f in entry_fields]
        params += [before, after]
        params += [f.get_db_prep_save(getattr(record, f.attname), db) for f in record_fields]
        with db.cursor() as cursor:
            cursor.execute(sql, params)
            row = cursor.fetchone()
        if row is None:
            return False
        entry.pk, entry.seq, entry.prev_hash, entry.hash, record.pk = row
        entry.body_json = f"{before}{entry.seq}{after}"
        setattr(record, record_seq_field, entry.seq)
        for obj in (entry, record):
            obj._state.adding = False
            obj._state.db = db.alias
        return True


@cache
def _one_statement_append_sql(
    entry_model: type[models.Model], record_model: type[models.Model], record_seq_field: str
) -> tuple[str, tuple[models.Field, ...], tuple[models.Field, ...]]:
    """The statement of `append_in_one_statement`, built once from the models' metadata.

    Parameters are cast to their columns' types: in INSERT ... SELECT, PostgreSQL would
    otherwise take an untyped parameter for text.
    """
    quote = connection.ops.quote_name
    computed = {
        "seq": "h.seq",
        "body_json": "CAST(%s AS text) || h.seq::text || CAST(%s AS text)",
        "prev_hash": "h.prev_hash",
        "hash": "h.hash",
    }

    def insert(model: type[models.Model], computed: dict[str, str]) -> tuple[str, tuple]:
        # The plain columns first, one parameter each, then the computed ones (whose own
        # parameters, if any, the caller appends after the plain ones).
        fields = _insert_fields(model)
        plain = tuple(f for f in fields if f.attname not in computed)
        derived = tuple(f for f in fields if f.attname in computed)
        values = [f"CAST(%s AS {f.db_type(connection)})" for f in plain]
        values += [computed[f.attname] for f in derived]
        sql = (
            f"INSERT INTO {quote(model._meta.db_table)} "  # noqa: S608
            f"({', '.join(quote(f.column) for f in (*plain, *derived))}) "
            f"SELECT {', '.join(values)} FROM h RETURNING {quote(model._meta.pk.column)}"
        )
        return sql, plain

    entry_sql, entry_fields = insert(entry_model, computed)
    record_sql, record_fields = insert(
        record_model, {record_model._meta.get_field(record_seq_field).attname: "h.seq"}
    )
    head = quote(AuditChainHead._meta.db_table)
    sql = (
        f"WITH h AS (UPDATE {head} SET seq = seq + 1, prev_hash = hash, "  # noqa: S608
        "hash = encode(sha256(convert_to(hash || E'\\n' || CAST(%s AS text) || "
        "(seq + 1)::text || CAST(%s AS text), 'UTF8')), 'hex') "
        "WHERE tenant_id = %s RETURNING seq, prev_hash, hash), "
        f"e AS ({entry_sql}, {quote('seq')}, {quote('prev_hash')}, {quote('hash')}), "
        f"r AS ({record_sql}) "
        "SELECT e.*, r.* FROM e, r"
    )
    return sql, entry_fields, record_fields


class AuditChainHead(models.Model):
    """Where a tenant's chain ends. Appends lock this row, so one tenant's appends queue
    behind each other while different tenants append in parallel."""

    tenant = models.OneToOneField(
        Tenant, on_delete=models.CASCADE, primary_key=True, related_name="audit_head"
    )
    seq = models.PositiveBigIntegerField(default=0)
    # The last row's prev_hash and hash: what `append_in_one_statement` hands back to its
    # caller, since an UPDATE's RETURNING sees only the values it wrote.
    prev_hash = models.CharField(max_length=64, default=GENESIS_HASH)
    hash = models.CharField(max_length=64, default=GENESIS_HASH)

    objects = AuditChainHeadQuerySet.as_manager()

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

    # No index of its own: the unique (tenant, seq) serves every look-up by tenant, and each
    # index is one more write on the hot path.
    tenant = models.ForeignKey(
        Tenant, on_delete=models.CASCADE, related_name="audit_entries", db_index=False
    )
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

    # Indexed through decision_tenant_recent (tenant, -created_at), which starts with it.
    tenant = models.ForeignKey(
        Tenant, on_delete=models.CASCADE, related_name="decisions", db_index=False
    )
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

    @property
    def attack_kind(self) -> str:
        """What kind of attack this prompt was, for a report that it was one: the kind the
        block named, else the strongest signal's when the guard let it through (a missed
        attack usually still drew a classifier score, with the kind its head read), else
        injection."""
        if self.categories:
            return self.categories[0]
        # Rows written before detections had an effect hold only flags.
        flags = [d for d in self.detections if d.get("effect", "flag") == "flag"]
        return max(flags, key=lambda d: d["score"])["category"] if flags else "injection"


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

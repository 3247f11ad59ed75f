"""Operations that cross models: protect, the audit append, feedback, usage."""

from __future__ import annotations

import contextlib
import hashlib
import json
import secrets
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import Count, Q
from django.utils import timezone

from guard import memory, upstream
from guard.audit import (
    FORMAT_VERSION,
    GENESIS_HASH,
    ChainVerification,
    canonical_json,
    canonical_json_around_seq,
    chain_hash,
    format_ts,
    verify_chain,
)
from guard.engine.pipeline import get_guard
from guard.engine.verdict import Verdict
from guard.group_commit import GroupCommitter
from guard.models import AuditChainHead, AuditEntry, Decision, MemoryEntry, insert_rows
from tenants.models import ApiKey, Tenant


class DecisionNotFound(Exception):
    """No decision with that request id in the caller's tenant."""


def _chain_body(
    *, tenant: Tenant, event: str, data: dict[str, Any], now: datetime
) -> dict[str, Any]:
    """A chain row's body, all but its ``seq`` (which the append that places it adds)."""
    return {
        "v": FORMAT_VERSION,
        "tenant": tenant.client_id,
        "ts": format_ts(now),
        "event": event,
        "data": data,
    }


def _extend(
    head: AuditChainHead, *, tenant: Tenant, event: str, data: dict[str, Any], now: datetime
) -> AuditEntry:
    """The (unsaved) row that extends ``head``'s chain by one; ``head`` moves to it in memory."""
    body = {**_chain_body(tenant=tenant, event=event, data=data, now=now), "seq": head.seq + 1}
    entry_hash = chain_hash(head.hash, body)
    entry = AuditEntry(
        tenant=tenant,
        seq=body["seq"],
        event=event,
        created_at=now,
        body_json=canonical_json(body).decode("utf-8"),
        prev_hash=head.hash,
        hash=entry_hash,
    )
    head.seq, head.prev_hash, head.hash = entry.seq, head.hash, entry_hash
    return entry


def audit_append(*, tenant: Tenant, event: str, data: dict[str, Any]) -> AuditEntry:
    """Append one row to `tenant`'s chain.

    Runs in the caller's transaction when there is one, so the row commits or rolls back
    together with whatever it records. The head row lock serialises appends per tenant: two
    workers can never both extend the same seq.
    """
    # No savepoint: inside a caller's transaction it would cost two round trips for nothing,
    # since any failure here aborts the whole transaction anyway.
    with transaction.atomic(savepoint=False):
        head = AuditChainHead.objects.lock([tenant.pk])[tenant.pk]
        entry = _extend(head, tenant=tenant, event=event, data=data, now=timezone.now())
        insert_rows([entry])
        AuditChainHead.objects.advance([head])
    return entry


def record_decisions(decisions: Sequence[Decision]) -> list[AuditEntry]:
    """Insert unsaved protect decisions, of any tenants, each with its audit row, in one
    transaction; returns the audit rows in the same order.

    Each tenant's head is locked once however many of its decisions the batch holds, and the
    rows go in with one INSERT per table: what makes a group commit cheaper than the same
    appends made one by one.
    """
    if len(decisions) == 1 and connection.vendor == "postgresql":
        entry = _record_in_one_statement(decisions[0])
        if entry is not None:
            return [entry]
    with transaction.atomic(savepoint=False):
        heads = AuditChainHead.objects.lock(d.tenant_id for d in decisions)
        now = timezone.now()
        entries = []
        for decision in decisions:
            entry = _extend(
                heads[decision.tenant_id], tenant=decision.tenant,
                event=AuditEntry.Event.PROTECT, data=_protect_event(decision), now=now,
            )
            decision.audit_seq = entry.seq
            entries.append(entry)
        insert_rows(entries)
        insert_rows(decisions)
        AuditChainHead.objects.advance(heads.values())
    return entries


def _record_in_one_statement(decision: Decision) -> AuditEntry | None:
    """One decision and its audit row in a single PostgreSQL statement (one round trip, one
    short transaction: the hot path's write); None when the tenant's chain has no head yet."""
    now = timezone.now()
    entry = AuditEntry(
        tenant=decision.tenant, event=AuditEntry.Event.PROTECT, created_at=now, body_json="",
        prev_hash="", hash="",
    )
    body = _chain_body(
        tenant=decision.tenant, event=entry.event, data=_protect_event(decision), now=now
    )
    written = AuditChainHead.objects.append_in_one_statement(
        entry, canonical_json_around_seq(body), decision, "audit_seq"
    )
    return entry if written else None


def _protect_event(decision: Decision) -> dict[str, Any]:
    """What the chain keeps of a decision: hashes and the verdict, never the prompt."""
    return {
        "request_id": decision.request_id,
        "prompt_sha256": decision.prompt_sha256,
        "prompt_chars": decision.prompt_chars,
        "allowed": decision.allowed,
        "risk_score": round(decision.risk_score, 4),
        "categories": list(decision.categories),
        "rules": sorted({d["rule"] for d in decision.detections}),
        "engine": decision.engine_version,
        "key": decision.api_key.prefix if decision.api_key else None,
    }


# Concurrent protect calls of one process share a transaction (see guard/group_commit.py).
_decision_writer = GroupCommitter(record_decisions, name="aegis-decision-writer")


def audit_verify(*, tenant: Tenant) -> ChainVerification:
    head = AuditChainHead.objects.filter(tenant=tenant).first()
    rows = (entry.export_row() for entry in tenant.audit_entries.order_by("seq").iterator())
    return verify_chain(
        rows,
        tenant=tenant.client_id,
        expected_head=(head.seq, head.hash) if head else (0, GENESIS_HASH),
    )


def audit_export_lines(*, tenant: Tenant) -> Iterator[bytes]:
    """The chain as JSON Lines, oldest first: one ``{"body", "prev_hash", "hash"}`` per line."""
    for entry in tenant.audit_entries.order_by("seq").iterator(chunk_size=500):
        yield json.dumps(entry.export_row(), ensure_ascii=False).encode("utf-8") + b"\n"


@dataclass(frozen=True, slots=True)
class ProtectOutcome:
    decision: Decision
    verdict: Verdict
    audit_entry: AuditEntry
    response: str


def new_request_id() -> str:
    return "req_" + secrets.token_hex(12)


def protect(
    *, api_key: ApiKey, prompt: str, metadata: dict[str, Any] | None = None,
    request_id: str | None = None,
) -> ProtectOutcome:
    """Decide on one prompt and record it: one audit row and one training-log row."""
    tenant = api_key.tenant
    started = time.perf_counter()
    guard = get_guard()
    # De-obfuscated once, read by both the memory lookup and the guard's layers.
    views = guard.views(prompt)
    recalled = memory.memory_lookup(tenant=tenant, prompt=prompt, views=views)
    verdict = guard.inspect(
        prompt, strictness=tenant.strictness, extra_detections=recalled.detections, views=views
    )
    # Hash-only tenants keep the prompt's memory vector instead of its text, so reporting this
    # decision later can still teach the memory.
    memory_vector = None if tenant.store_prompts else memory.prompt_vector(
        prompt, views=views, features=recalled.features
    )
    latency_ms = (time.perf_counter() - started) * 1000
    prompt_sha256 = hashlib.sha256(prompt.encode("utf-8")).hexdigest()
    request_id = request_id or new_request_id()
    response = _respond(tenant, prompt, verdict)

    decision = Decision(
        tenant=tenant,
        api_key=api_key,
        request_id=request_id,
        prompt=prompt if tenant.store_prompts else "",
        prompt_sha256=prompt_sha256,
        prompt_chars=len(prompt),
        metadata=metadata or {},
        allowed=verdict.allowed,
        risk_score=verdict.risk_score,
        block_reason=verdict.block_reason or "",
        categories=list(verdict.categories),
        detections=[d.as_dict() for d in verdict.detections],
        engine_version=verdict.engine_version,
        latency_ms=latency_ms,
        memory_vector=memory_vector,
    )
    if settings.AEGIS_GROUP_COMMIT and not transaction.get_connection().in_atomic_block:
        # Answered only once the batch holding this decision has committed.
        entry = _decision_writer.submit(decision, timeout=settings.AEGIS_GROUP_COMMIT_TIMEOUT)
    else:
        # Written here, on this thread's connection: the default, and always inside a caller's
        # transaction (a management command, a test), whose fate the rows must share.
        (entry,) = record_decisions([decision])
    memory.memory_note_hits(tenant=tenant, entry_ids=recalled.matched_entry_ids)
    return ProtectOutcome(decision=decision, verdict=verdict, audit_entry=entry, response=response)


def _respond(tenant: Tenant, prompt: str, verdict: Verdict) -> str:
    """The upstream model's reply for an allowed prompt, else a status sentence."""
    if not verdict.allowed:
        return f"Prompt blocked by Aegis-V: {verdict.block_reason}"
    if not tenant.upstream_url:
        return "Prompt passed Aegis-V checks; no upstream model is configured for this tenant."
    # Called before the audit transaction: a slow upstream must not hold the chain lock.
    return upstream.complete(
        base_url=tenant.upstream_url, model=tenant.upstream_model,
        api_key=tenant.upstream_api_key, prompt=prompt,
        timeout=settings.AEGIS_UPSTREAM_TIMEOUT,
    )


@dataclass(frozen=True, slots=True)
class FeedbackOutcome:
    decision: Decision
    audit_entry: AuditEntry


def record_feedback(
    *, tenant: Tenant, request_id: str, label: str, note: str = "", source: str = "api"
) -> FeedbackOutcome:
    """Label a decision of `tenant` as attack or benign and audit the label."""
    with transaction.atomic():
        decision = (
            tenant.decisions.select_for_update().filter(request_id=request_id).first()
        )
        if decision is None:
            raise DecisionNotFound(request_id)
        previous = decision.label
        decision.label = label
        decision.label_note = note
        decision.labelled_at = timezone.now()
        decision.save(update_fields=["label", "label_note", "labelled_at"])
        remembered = memory.learn_from_feedback(decision=decision, label=label)
        entry = audit_append(
            tenant=tenant,
            event=AuditEntry.Event.FEEDBACK,
            data={
                "request_id": request_id,
                "label": label,
                "previous_label": previous or None,
                "note_sha256": hashlib.sha256(note.encode("utf-8")).hexdigest() if note else None,
                "source": source,
                # Which memory entry the report created or refreshed (None: nothing to
                # remember from), so a later "memory.removed" row can be matched to it.
                "memory_entry": (
                    {"id": remembered.pk, "kind": remembered.kind} if remembered else None
                ),
            },
        )
    return FeedbackOutcome(decision=decision, audit_entry=entry)


def memory_entry_remove(
    *, entry: MemoryEntry, source: str = "dashboard", user_id: int | None = None
) -> AuditEntry:
    """Forget one memory entry of its tenant and audit it (ids and hashes only, no text)."""
    with transaction.atomic():
        audit = audit_append(
            tenant=entry.tenant,
            event=AuditEntry.Event.MEMORY_REMOVED,
            data={
                "entry_id": entry.pk,
                "kind": entry.kind,
                "request_id": entry.request_id,
                "prompt_sha256": entry.prompt_sha256,
                "source": source,
                "user_id": user_id,
            },
        )
        memory.memory_forget(entry=entry)
    return audit


# --- Monthly quota ---------------------------------------------------------------------------
# Counted in the shared cache when a call is admitted (tenants.throttling), so the check costs
# no query and no extra round trip; rebuilt from the training log when the cache lost it
# (restart of the local-memory cache, Redis eviction). Kept a little over a month.
_USAGE_COUNTER_SECONDS = 40 * 24 * 3600


def _month_start(now: datetime) -> datetime:
    return now.astimezone(UTC).replace(day=1, hour=0, minute=0, second=0, microsecond=0)


def next_month_start(now: datetime) -> datetime:
    start = _month_start(now)
    return (start + timedelta(days=32)).replace(day=1)


def usage_counter_key(tenant_id: int) -> str:
    """The shared counter of a tenant's protect calls this month (UTC)."""
    return f"usage:{tenant_id}:{timezone.now().astimezone(UTC):%Y%m}"


def _count_from_log(tenant: Tenant, now: datetime) -> int:
    return tenant.decisions.filter(created_at__gte=_month_start(now)).count()


def month_verdicts(tenant: Tenant) -> tuple[int, int]:
    """(allowed, blocked) decisions of `tenant` in the current calendar month (UTC)."""
    totals = tenant.decisions.filter(created_at__gte=_month_start(timezone.now())).aggregate(
        # Aliases must not be field names, or Django reads them as aggregates of aggregates.
        n_allowed=Count("pk", filter=Q(allowed=True)),
        n_blocked=Count("pk", filter=Q(allowed=False)),
    )
    return totals["n_allowed"], totals["n_blocked"]


def monthly_usage(tenant: Tenant) -> int:
    key = usage_counter_key(tenant.pk)
    count = cache.get(key)
    if count is None:
        count = _count_from_log(tenant, timezone.now())
        cache.add(key, count, timeout=_USAGE_COUNTER_SECONDS)
    return int(count)


def usage_rebuild(tenant: Tenant) -> int:
    """The month's usage counting one call being admitted now, for when the shared counter
    was lost (a cache restart, an eviction, a new month): recounted from the training log."""
    key = usage_counter_key(tenant.pk)
    used = _count_from_log(tenant, timezone.now()) + 1
    if cache.add(key, used, timeout=_USAGE_COUNTER_SECONDS):
        return used
    try:
        # Another process rebuilt it first: count on from there.
        return cache.incr(key)
    except ValueError:
        return used


def usage_refund(tenant_id: int) -> None:
    """Hand back one admitted call that got no decision (refused, invalid or failed)."""
    # A counter lost meanwhile stays lost: its rebuild counts the log, which never held this call.
    with contextlib.suppress(ValueError):
        cache.decr(usage_counter_key(tenant_id))

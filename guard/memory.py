"""Tenant memory services: remember reported prompts, forget them, look prompts up.

Each serving process keeps every active tenant's memory as an in-process index
(guard.engine.memory.MemoryIndex). Changes bump a per-tenant version in the database and in
the shared cache; a protect call reads that version with one cache GET and reloads the index
from the database only when it moved. The cached version expires after
settings.AEGIS_MEMORY_VERSION_TTL seconds, so even a process whose cache is local (the
embedded local-memory cache, one per worker; default 1 s) re-reads the version from the
database at most that often. With the shared Redis cache a change is published as it
commits, and each process trusts the version it last read for half a second, which spares
most protect calls the cache round trip: a change reaches every worker and app server within
a second either way.

A reload also fits the tenant's adapter (guard.engine.adapter) from the attack and allow
entries it just read, so the fit runs once per memory change per process, never per request.
Each entry stores the adapter's features (its memory vector first); entries written before
the adapter existed, or by another adapter version, count for similarity, not for the fit,
until `manage.py refresh_memory` recomputes them. The one exception is the layout just before
the adapter read the embedding: those entries still fit it, with the topic columns left out
for the whole tenant, because hash-only tenants' entries have no text to recompute from.
"""

from __future__ import annotations

import functools
import logging
import threading
import time
from collections import Counter, OrderedDict
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from django.conf import settings
from django.core.cache import DEFAULT_CACHE_ALIAS, cache, caches
from django.core.cache.backends.locmem import LocMemCache
from django.db import transaction
from django.db.models import F
from django.db.models.functions import Coalesce
from django.utils import timezone

from guard.engine import adapter as adapting
from guard.engine import memory as engine
from guard.engine.deobfuscate import Views, expand
from guard.engine.pipeline import get_guard
from guard.engine.verdict import Detection
from guard.models import Decision, FeedbackReview, MemoryEntry, MemoryVersion
from tenants.models import Tenant

logger = logging.getLogger(__name__)

_VECTOR_DTYPE = np.dtype("<f2")
# What MemoryEntry.engine says of an entry whose stored adapter features were computed by
# this code: the adapter fits only on those (its intent columns change meaning between
# versions even when their number does not). `manage.py refresh_memory` recomputes older
# entries from their decisions' text.
ENTRY_ENGINE = f"{engine.MEMORY_VERSION}+adapt-{adapting.ADAPTER_VERSION}"
# Entries written before the adapter read the embedding: they still fit it, topic left out
# (see adapting.widen_legacy), until refresh_memory recomputes those that kept their text.
LEGACY_ENTRY_ENGINE = f"{engine.MEMORY_VERSION}+adapt-{adapting.LEGACY_VERSION}"
# Indexes held per process; the least recently used tenant's index is dropped beyond this.
_MAX_TENANTS_CACHED = 256


def vector_to_bytes(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype=_VECTOR_DTYPE).tobytes()


def vector_from_bytes(blob: bytes | memoryview) -> np.ndarray:
    return np.frombuffer(bytes(blob), dtype=_VECTOR_DTYPE).astype(np.float32)


# --- Versions and the per-process index ------------------------------------------------------


def version_key(tenant_id: int) -> str:
    """The shared cache's copy of a tenant's memory version: read with each request's
    admission (tenants.throttling) and handed to ``note_version``."""
    return f"memory:version:{tenant_id}"


# Seconds a process reuses the version it read from a shared cache.
_LOCAL_VERSION_SECONDS = 0.5
# tenant id -> (when read, version); only used when the cache is shared (see above).
_local_versions: dict[int, tuple[float, int]] = {}


@functools.cache
def _cache_is_shared() -> bool:
    # A local-memory cache is already per process; a second local layer would only delay
    # the database re-read it exists to bound. Settled once: the backend never changes.
    return not isinstance(caches[DEFAULT_CACHE_ALIAS], LocMemCache)


def note_version(tenant_id: int, version: int | None) -> None:
    """Take the version just read from the shared cache (None: not there), so the request's
    lookup needs no read of its own."""
    if version is not None and _cache_is_shared():
        _local_versions[tenant_id] = (time.monotonic(), int(version))


def _current_version(tenant_id: int) -> int:
    now = time.monotonic()
    held = _local_versions.get(tenant_id)
    if held is not None and now - held[0] < _LOCAL_VERSION_SECONDS:
        return held[1]
    version = cache.get(version_key(tenant_id))
    if version is None:
        version = (
            MemoryVersion.objects.filter(tenant_id=tenant_id)
            .values_list("version", flat=True)
            .first()
        ) or 0
        cache.set(
            version_key(tenant_id), version, timeout=settings.AEGIS_MEMORY_VERSION_TTL
        )
    if _cache_is_shared():
        _local_versions[tenant_id] = (now, int(version))
    return int(version)


def _bump_version(tenant: Tenant) -> None:
    """Call inside the transaction that changed the memory."""
    MemoryVersion.objects.get_or_create(tenant=tenant)
    MemoryVersion.objects.filter(tenant=tenant).update(version=F("version") + 1)
    version = MemoryVersion.objects.values_list("version", flat=True).get(tenant=tenant)
    # Dropped now, so this process's next lookup reads the new version from the database;
    # published only after commit, so a process that sees the new number also sees the rows.
    cache.delete(version_key(tenant.pk))
    _local_versions.pop(tenant.pk, None)
    ttl = settings.AEGIS_MEMORY_VERSION_TTL
    transaction.on_commit(lambda: cache.set(version_key(tenant.pk), version, timeout=ttl))


@dataclass(frozen=True, slots=True)
class TenantMemory:
    index: engine.MemoryIndex
    adapter: adapting.Adapter | None = None
    # The category most of the tenant's reported attacks carry, named by the adapter.
    category: str = "harmful"


# tenant id -> (memory version, classifier version the adapter was fitted for, memory)
_indexes: OrderedDict[int, tuple[int, str, TenantMemory]] = OrderedDict()
_indexes_lock = threading.Lock()
_anchors: tuple[tuple[str, int] | None, adapting.Anchors | None] = (None, None)


def _scorer_version() -> str:
    scorer = get_guard().scorer
    return scorer.version if scorer is not None else "none"


def memory_anchors() -> adapting.Anchors | None:
    """The benign anchors shipped next to the model (None: no file, so no adapters);
    re-read when the file changes (train_guard rewrites it with the model)."""
    global _anchors
    path = Path(settings.AEGIS_MODEL_DIR) / adapting.ANCHORS_FILE
    try:
        stamp: tuple[str, int] | None = (str(path), path.stat().st_mtime_ns)
    except OSError:
        stamp = None
    if stamp != _anchors[0]:
        loaded = adapting.Anchors.load(path.parent) if stamp else None
        if stamp and loaded is None:
            logger.warning("memory: anchors in %s not usable, tenant adapters off", path)
        _anchors = (stamp, loaded)
    return _anchors[1]


def _load_memory(tenant_id: int, scorer_version: str) -> TenantMemory:
    rows = MemoryEntry.objects.filter(tenant_id=tenant_id).values_list(
        "pk", "kind", "vector", "request_id", "category", "engine"
    )
    entries = []
    attacks: list[np.ndarray] = []
    allowed: list[np.ndarray] = []
    categories: Counter[str] = Counter()
    with_topic = True
    stale = 0
    for pk, kind, blob, request_id, category, entry_engine in rows.iterator(chunk_size=2000):
        vector = vector_from_bytes(blob)
        entries.append((pk, kind, vector[: engine.DIMS], request_id, category))
        if kind == engine.ATTACK:
            categories[category or "injection"] += 1
        if entry_engine == LEGACY_ENTRY_ENGINE and vector.size == adapting.LEGACY_DIMS:
            vector, with_topic = adapting.widen_legacy(vector), False
        elif entry_engine != ENTRY_ENGINE or vector.size != adapting.ADAPTER_DIMS:
            stale += 1
            continue  # another layout: similarity only, until refresh_memory
        (attacks if kind == engine.ATTACK else allowed).append(vector)
    if stale:
        # Said where an operator looks after an upgrade: the adapter quietly learning from
        # fewer reports is otherwise invisible until a reported family gets through again.
        logger.warning(
            "memory: tenant %s has %d entries from an older engine that its adapter leaves "
            "out; run `manage.py refresh_memory`", tenant_id, stale,
        )
    index = engine.MemoryIndex.build(entries)
    anchors = memory_anchors()
    if anchors is None or not attacks:
        return TenantMemory(index)
    fitted = adapting.Adapter.fit(
        np.vstack(attacks),
        np.vstack(allowed) if allowed else np.zeros((0, adapting.ADAPTER_DIMS), np.float32),
        anchors, scorer_version=scorer_version, use_embedding=with_topic,
    )
    return TenantMemory(index, fitted, categories.most_common(1)[0][0])


def tenant_memory(tenant: Tenant) -> TenantMemory:
    """The tenant's current memory and adapter, reloaded only when its version moved (or the
    shared classifier changed, since the adapter reads its score)."""
    # The version is read before the rows, so an index is never newer-labelled than its data.
    version = _current_version(tenant.pk)
    scorer_version = _scorer_version()
    with _indexes_lock:
        held = _indexes.get(tenant.pk)
        if held is not None and held[0] == version and held[1] == scorer_version:
            _indexes.move_to_end(tenant.pk)
            return held[2]
    loaded = (_load_memory(tenant.pk, scorer_version) if version
              else TenantMemory(engine.MemoryIndex()))
    with _indexes_lock:
        _indexes[tenant.pk] = (version, scorer_version, loaded)
        _indexes.move_to_end(tenant.pk)
        while len(_indexes) > _MAX_TENANTS_CACHED:
            _indexes.popitem(last=False)
    return loaded


def memory_index(tenant: Tenant) -> engine.MemoryIndex:
    """The tenant's current memory index (see ``tenant_memory``)."""
    return tenant_memory(tenant).index


def forget_process_cache() -> None:
    """Drop every index this process holds (tests simulate a fresh worker with it)."""
    with _indexes_lock:
        _indexes.clear()
    _local_versions.clear()


# --- Lookup -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MemoryLookup:
    detections: tuple[Detection, ...]
    matched_entry_ids: tuple[int, ...]
    # ``prompt_features`` of the prompt when the lookup had to compute them (a tenant with an
    # adapter), so storing them on a hash-only decision does not compute them again.
    features: np.ndarray | None = None


def memory_lookup(*, tenant: Tenant, prompt: str, views: Views | None = None) -> MemoryLookup:
    """The memory layer's detections for ``prompt`` (empty for a tenant with no memory).

    ``views`` is the guard's de-obfuscation of the prompt (``Guard.views``), shared so the
    lookup does not redo it."""
    held = tenant_memory(tenant)
    index = held.index
    if not len(index):
        return MemoryLookup((), ())
    views = views if views is not None else expand(prompt)
    vectors = engine.query_vectors(prompt, views=views)
    matches = index.query(prompt, views=views, vectors=vectors)
    found = engine.detections(matches)
    features = None
    if held.adapter is not None:
        # The classifier's score is shared with the guard's own inspect() of these views.
        probability = get_guard().attack_probability(views)[1]
        # The first query row is the whole prompt's memory vector: embed() of it.
        features = adapting.features(vectors[0][0], prompt, probability)
        learned = held.adapter.detection(features, category=held.category)
        if learned is not None:
            found.append(learned)
    used = {
        m.entry_id
        for m in matches.values()
        if m.similarity >= (engine.WEAK_SIMILARITY if m.kind == engine.ATTACK
                            else engine.ALLOW_SIMILARITY)
    }
    return MemoryLookup(tuple(found), tuple(sorted(used)), features)


def memory_note_hits(*, tenant: Tenant, entry_ids: tuple[int, ...]) -> None:
    """Count a hit; the hit counts feed eviction (least used goes first) and the dashboard.

    Not a memory change: the version stays, no process reloads.
    """
    if entry_ids:
        MemoryEntry.objects.filter(tenant=tenant, pk__in=entry_ids).update(
            hits=F("hits") + 1, last_hit_at=timezone.now()
        )


# --- Remember and forget ----------------------------------------------------------------------


def prompt_features(prompt: str, *, views: Views | None = None) -> np.ndarray:
    """What an entry remembers of a prompt: its memory vector, then the adapter's features."""
    views = views if views is not None else expand(prompt)
    probability = get_guard().attack_probability(views)[1]
    return adapting.features(engine.embed(prompt, views=views), prompt, probability)


def prompt_vector(
    prompt: str, *, views: Views | None = None, features: np.ndarray | None = None
) -> bytes:
    """The stored form of ``prompt_features`` (kept on hash-only tenants' decisions);
    ``features`` when the caller already has them (``MemoryLookup.features``)."""
    return vector_to_bytes(features if features is not None
                           else prompt_features(prompt, views=views))


@transaction.atomic
def memory_remember(*, decision: Decision, kind: str) -> MemoryEntry | None:
    """Remember ``decision``'s prompt as an attack or an allowed prompt of its tenant.

    A decision is remembered once (a changed label replaces its entry); a prompt that is the
    same as one already remembered with the same kind refreshes that entry instead of filling
    the memory. None when there is nothing to remember from (a hash-only decision made before
    vectors were kept).
    """
    tenant = decision.tenant
    entry_engine = ENTRY_ENGINE
    if decision.prompt:
        vector = prompt_features(decision.prompt)
    elif decision.memory_vector:
        vector = vector_from_bytes(decision.memory_vector)
        if decision.engine_version != get_guard().engine_version:
            # Computed by another engine: its memory vector still matches, its adapter
            # features may not mean what this adapter reads.
            entry_engine = engine.MEMORY_VERSION
    else:
        return None
    MemoryEntry.objects.filter(tenant=tenant, source_decision=decision).delete()
    index = memory_index(tenant)
    same = index.nearest(vector[: engine.DIMS], kind=kind)
    if same is not None and same.similarity >= engine.DUPLICATE_SIMILARITY:
        entry = MemoryEntry.objects.filter(tenant=tenant, pk=same.entry_id).first()
        if entry is not None:
            entry.created_at = timezone.now()
            entry.save(update_fields=["created_at"])
            _bump_version(tenant)
            return entry
    entry = MemoryEntry.objects.create(
        tenant=tenant,
        kind=kind,
        vector=vector_to_bytes(vector),
        engine=entry_engine,
        prompt_sha256=decision.prompt_sha256,
        # Only what the training log itself keeps: nothing for hash-only tenants.
        excerpt=decision.prompt[: MemoryEntry.EXCERPT_CHARS] if decision.prompt else "",
        category=decision.attack_kind if kind == "attack" else "",
        source_decision=decision,
        request_id=decision.request_id,
    )
    _evict_over_cap(tenant)
    _bump_version(tenant)
    return entry


def _evict_over_cap(tenant: Tenant) -> None:
    excess = MemoryEntry.objects.filter(tenant=tenant).count() - settings.AEGIS_MEMORY_CAP
    if excess > 0:
        # Oldest-least-used first: an entry that keeps matching stays, whatever its age.
        victims = (
            MemoryEntry.objects.filter(tenant=tenant)
            .annotate(used_at=Coalesce("last_hit_at", "created_at"))
            .order_by("hits", "used_at", "pk")
            .values_list("pk", flat=True)[:excess]
        )
        MemoryEntry.objects.filter(pk__in=list(victims)).delete()


@transaction.atomic
def memory_forget(*, entry: MemoryEntry) -> None:
    tenant = entry.tenant
    entry.delete()
    _bump_version(tenant)


@dataclass(frozen=True, slots=True)
class MemoryRefresh:
    refreshed: int
    # Entries whose decision kept no text (hash-only tenants): similarity only from now on.
    without_text: int


@transaction.atomic
def memory_refresh_stale(*, batch: int = 500) -> MemoryRefresh:
    """Recompute the stored features of every entry written by an older engine, from its
    decision's prompt where the tenant kept it; each touched tenant's processes reload."""
    stale = (MemoryEntry.objects.exclude(engine=ENTRY_ENGINE)
             .select_related("source_decision").order_by("pk"))
    refreshed = without_text = 0
    tenants: set[int] = set()
    last_pk = 0
    while True:
        chunk = list(stale.filter(pk__gt=last_pk)[:batch])
        if not chunk:
            break
        last_pk = chunk[-1].pk
        for entry in chunk:
            decision = entry.source_decision
            if decision is None or not decision.prompt:
                without_text += 1
                continue
            entry.vector = vector_to_bytes(prompt_features(decision.prompt))
            entry.engine = ENTRY_ENGINE
            entry.save(update_fields=["vector", "engine"])
            tenants.add(entry.tenant_id)
            refreshed += 1
    for tenant in Tenant.objects.filter(pk__in=tenants):
        _bump_version(tenant)
    return MemoryRefresh(refreshed, without_text)


def learn_from_feedback(*, decision: Decision, label: str) -> MemoryEntry | None:
    """What a report teaches: the tenant's memory at once, and, for tenants that share
    their feedback and keep prompt text, a review item for the operators' shared model."""
    kind = MemoryEntry.Kind.ATTACK if label == Decision.Label.ATTACK else MemoryEntry.Kind.ALLOW
    entry = memory_remember(decision=decision, kind=kind)
    if decision.tenant.share_feedback and decision.prompt:
        FeedbackReview.objects.update_or_create(
            decision=decision,
            defaults={"tenant": decision.tenant, "label": label,
                      "status": FeedbackReview.Status.PENDING, "reviewed_at": None,
                      "reviewed_by": ""},
        )
    return entry

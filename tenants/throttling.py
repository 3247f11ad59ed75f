"""Admission of API requests: the key, its per-minute allowance by tier (fixed-window
counters in the shared cache) and the tenant's monthly quota."""

from __future__ import annotations

import time
import zlib
from dataclasses import dataclass
from typing import Any

from django.core.cache import cache
from django.utils import timezone
from rest_framework import exceptions
from rest_framework.request import Request
from rest_framework.throttling import BaseThrottle

from aegis.cache import count_hits, read_and_count
from guard import memory
from guard.services import next_month_start, usage_counter_key, usage_rebuild, usage_refund
from tenants.models import ApiKey

WINDOW_SECONDS = 60


def rate_limit_key(key_id: int) -> str:
    """What a key's per-minute counter is keyed by (and its window offset derived from)."""
    return f"key:{key_id}"


def rate_window_end(counter: str, now: float) -> int:
    """When the one-minute window of ``counter`` that holds ``now`` ends (epoch seconds).

    Windows are fixed, and offset per counter so that not every key's allowance renews in
    the same second.
    """
    second = int(now)
    end = second - second % WINDOW_SECONDS + zlib.crc32(counter.encode()) % WINDOW_SECONDS
    return end + WINDOW_SECONDS if end <= second else end


@dataclass(frozen=True, slots=True)
class RateLimitState:
    limit: int
    remaining: int
    reset_seconds: int

    def headers(self) -> dict[str, str]:
        """The IETF httpapi RateLimit header fields (draft 7 syntax)."""
        return {
            "RateLimit-Policy": f"{self.limit};w={WINDOW_SECONDS}",
            "RateLimit": (
                f"limit={self.limit}, remaining={self.remaining}, reset={self.reset_seconds}"
            ),
        }


class RateLimited(exceptions.Throttled):
    default_detail = "Rate limit exceeded for this API key."
    default_code = "rate_limited"


class QuotaExceeded(exceptions.Throttled):
    default_detail = "Monthly request quota of this tier is used up."
    default_code = "quota_exceeded"


@dataclass(frozen=True, slots=True)
class Admission:
    """A request's key and where it left the key's counters."""

    api_key: ApiKey
    # Requests of the key in its current one-minute window, this one included.
    window_hits: int
    window_end: float
    # The tenant's counted calls this month, this one included; None when not counted.
    month_used: int | None


# Key digest -> (key id, tenant id): facts that never change for a key, so a process can name
# a key's counters before reading the key. Bounded against a flood of distinct keys.
_key_ids: dict[str, tuple[int, int]] = {}
_KEY_IDS_MAX = 100_000


def admit(raw_key: str, *, counts_usage: bool) -> Admission | None:
    """The active key for ``raw_key`` with its request counted (and, with ``counts_usage``,
    its tenant's monthly usage); None for an unknown, expired or revoked key.

    Once a process has seen a key, one Redis round trip reads the cached key and counts
    both: the key is read on every request, so a revocation or a tenant's policy change
    (which drop the cached copy, tenants.signals) applies from the next one.
    """
    digest = ApiKey.digest_of(raw_key)
    ids = _key_ids.get(digest)
    now = time.time()
    api_key = None
    if ids is not None:
        # The tenant's memory version rides along: the protect call's memory lookup needs it.
        (cached, memory_version), counts = read_and_count(
            cache, [ApiKey.cache_key(digest), memory.version_key(ids[1])],
            _counters(ids, now, counts_usage),
        )
        memory.note_version(ids[1], memory_version)
        api_key = cached if cached is not None else ApiKey.authenticate(raw_key)
        if api_key is None or not api_key.is_active or (api_key.pk, api_key.tenant_id) != ids:
            # Counted in vain: refused, or a key re-created under the same secret (a
            # development key adopted again) whose counters have other names.
            if counts_usage and counts[1] is not None:
                usage_refund(ids[1])
            if api_key is None or not api_key.is_active:
                return None
            ids = None
    if ids is None:
        api_key = api_key or ApiKey.authenticate(raw_key)
        if api_key is None:
            return None
        if len(_key_ids) >= _KEY_IDS_MAX:
            _key_ids.clear()
        ids = _key_ids[digest] = (api_key.pk, api_key.tenant_id)
        counts = count_hits(cache, _counters(ids, now, counts_usage))
    used = counts[1] if counts_usage else None
    if counts_usage and used is None:
        used = usage_rebuild(api_key.tenant)
    return Admission(
        api_key=api_key,
        window_hits=counts[0],  # type: ignore[arg-type]
        window_end=rate_window_end(rate_limit_key(ids[0]), now),
        month_used=used,
    )


def _counters(
    ids: tuple[int, int], now: float, counts_usage: bool
) -> list[tuple[str, int | None]]:
    key_id, tenant_id = ids
    counter = rate_limit_key(key_id)
    # The window counter outlives its window by a little, so a clock a second behind on
    # another app server still finds it.
    counters: list[tuple[str, int | None]] = [
        (f"rl:{counter}:{rate_window_end(counter, now)}", WINDOW_SECONDS + 10)
    ]
    if counts_usage:
        counters.append((usage_counter_key(tenant_id), None))
    return counters


class TierRateThrottle(BaseThrottle):
    """Judges the request's admission (counted when its key was authenticated): the key's
    per-minute tier allowance, and the tenant's monthly quota when the view counts usage."""

    exception_class = RateLimited

    def allow_request(self, request: Request, view: Any) -> bool:
        admission: Admission | None = getattr(request._request, "aegis_admission", None)
        if admission is None:
            return True
        tenant = admission.api_key.tenant
        limit = tenant.rate_limit_per_minute
        now = time.time()
        state = RateLimitState(
            limit=limit,
            remaining=max(0, limit - admission.window_hits),
            reset_seconds=max(1, int(admission.window_end - now)),
        )
        request._request.aegis_rate_limit = state
        self._wait: float = state.reset_seconds
        used = admission.month_used
        if admission.window_hits > limit:
            if used is not None:
                usage_refund(tenant.pk)
            return False
        if used is None:
            return True
        quota = tenant.monthly_quota
        if quota is not None and used > quota:
            usage_refund(tenant.pk)
            self.exception_class = QuotaExceeded
            now_dt = timezone.now()
            self._wait = (next_month_start(now_dt) - now_dt).total_seconds()
            return False
        # Handed back if the call then fails (TenantApi.finalize_response): the quota counts
        # answered calls.
        request._request.aegis_usage_counted = True
        return True

    def wait(self) -> float | None:
        return self._wait

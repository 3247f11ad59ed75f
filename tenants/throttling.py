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
    window_end: int
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
    now = time.time()
    ids = _key_ids.get(digest)
    counters = window_end = counts = None
    if ids is None:
        api_key = ApiKey.authenticate(raw_key)
    else:
        counters, window_end = _counters(ids, now, counts_usage)
        # The tenant's memory version rides along: the protect call's memory lookup needs it.
        (cached, memory_version), counts = read_and_count(
            cache, [ApiKey.cache_key(digest), memory.version_key(ids[1])], counters
        )
        memory.note_version(ids[1], memory_version)
        api_key = ApiKey.resolve(raw_key, cached)
    if api_key is None or (api_key.pk, api_key.tenant_id) != ids:
        # Counted in vain (a refused key, or one re-created under the same secret, such as a
        # development key adopted again, whose counters have other names), or not yet.
        if counts is not None and counts_usage and counts[1] is not None:
            usage_refund(ids[1])  # type: ignore[index]
        if api_key is None:
            return None
        if len(_key_ids) >= _KEY_IDS_MAX:
            _key_ids.clear()
        ids = _key_ids[digest] = (api_key.pk, api_key.tenant_id)
        counters, window_end = _counters(ids, now, counts_usage)
        counts = count_hits(cache, counters)
    used = counts[1] if counts_usage else None
    if counts_usage and used is None:
        used = usage_rebuild(api_key.tenant)
    return Admission(
        api_key=api_key, window_hits=counts[0], window_end=window_end, month_used=used,
    )


def _counters(
    ids: tuple[int, int], now: float, counts_usage: bool
) -> tuple[list[tuple[str, int | None]], int]:
    """The counters a request of key ``ids`` bumps, and when its rate window ends."""
    key_id, tenant_id = ids
    counter = rate_limit_key(key_id)
    window_end = rate_window_end(counter, now)
    # The window counter outlives its window by a little, so a clock a second behind on
    # another app server still finds it.
    counters: list[tuple[str, int | None]] = [
        (f"rl:{counter}:{window_end}", WINDOW_SECONDS + 10)
    ]
    if counts_usage:
        counters.append((usage_counter_key(tenant_id), None))
    return counters, window_end


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
        if admission.window_hits > limit:
            return False
        # A refused call's count is handed back with every other answer but a 200
        # (TenantApi.finalize_response): the quota counts answered calls.
        quota = tenant.monthly_quota
        if admission.month_used is not None and quota is not None and admission.month_used > quota:
            self.exception_class = QuotaExceeded
            now_dt = timezone.now()
            self._wait = (next_month_start(now_dt) - now_dt).total_seconds()
            return False
        return True

    def wait(self) -> float | None:
        return self._wait

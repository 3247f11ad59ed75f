"""Per-key rate limits by tier (fixed-window counters in the shared cache) and the monthly
quota."""

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

from aegis.cache import count_hits
from guard.services import next_month_start, usage_counter_key, usage_rebuild, usage_refund
from tenants.models import ApiKey

WINDOW_SECONDS = 60


def rate_limit_key(api_key: ApiKey) -> str:
    """What a key's per-minute counter is keyed by (and its window offset derived from)."""
    return f"key:{api_key.pk}"


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


class TierRateThrottle(BaseThrottle):
    """Every authenticated request counts against its key's per-minute tier allowance."""

    exception_class = RateLimited
    # Whether the request also counts against the tenant's monthly quota.
    counts_usage = False

    def allow_request(self, request: Request, view: Any) -> bool:
        api_key = request.auth
        if api_key is None:
            return True
        tenant = api_key.tenant
        limit = tenant.rate_limit_per_minute
        counter = rate_limit_key(api_key)
        now = time.time()
        window_end = rate_window_end(counter, now)
        # The counter outlives its window by a little, so a clock a second behind on another
        # app server still finds it.
        counters: list[tuple[str, int | None]] = [
            (f"rl:{counter}:{window_end}", WINDOW_SECONDS + 10)
        ]
        if self.counts_usage:
            counters.append((usage_counter_key(tenant), None))
        # One round trip on Redis for both counters.
        hits, *usage = count_hits(cache, counters)
        state = RateLimitState(
            limit=limit,
            remaining=max(0, limit - hits),
            reset_seconds=max(1, int(window_end - now)),
        )
        request._request.aegis_rate_limit = state
        self._wait: float = state.reset_seconds
        if not self.counts_usage:
            return hits <= limit
        used = usage[0] if usage[0] is not None else usage_rebuild(tenant)
        if hits > limit:
            usage_refund(tenant)
            return False
        quota = tenant.monthly_quota
        if quota is not None and used > quota:
            usage_refund(tenant)
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


class TierRateAndQuotaThrottle(TierRateThrottle):
    """The per-minute allowance, and the tenant's monthly quota of protect calls, counted in
    the same round trip; refuses with QuotaExceeded once the quota is used up."""

    counts_usage = True

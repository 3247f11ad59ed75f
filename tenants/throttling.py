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

from aegis.cache import count_hit
from guard.services import monthly_usage, next_month_start
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

    def allow_request(self, request: Request, view: Any) -> bool:
        api_key = request.auth
        if api_key is None:
            return True
        limit = api_key.tenant.rate_limit_per_minute
        counter = rate_limit_key(api_key)
        now = time.time()
        window_end = rate_window_end(counter, now)
        # One round trip on Redis. The counter outlives its window by a little, so a clock
        # a second behind on another app server still finds it.
        count = count_hit(cache, f"rl:{counter}:{window_end}", WINDOW_SECONDS + 10)
        state = RateLimitState(
            limit=limit,
            remaining=max(0, limit - count),
            reset_seconds=max(1, int(window_end - now)),
        )
        request._request.aegis_rate_limit = state
        self._wait = state.reset_seconds
        return count <= limit

    def wait(self) -> float | None:
        return self._wait


class MonthlyQuotaThrottle(BaseThrottle):
    """Refuses protect calls once the tenant's monthly quota is used up."""

    exception_class = QuotaExceeded

    def allow_request(self, request: Request, view: Any) -> bool:
        tenant = request.auth.tenant
        quota = tenant.monthly_quota
        return quota is None or monthly_usage(tenant) < quota

    def wait(self) -> float | None:
        now = timezone.now()
        return (next_month_start(now) - now).total_seconds()

"""The shared cache's counters: rate limits and quotas rely on incr's exact semantics."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.core.cache import cache

redis_only = pytest.mark.skipif(not settings.REDIS_URL, reason="needs REDIS_URL")


def test_incr_counts_an_existing_key():
    cache.set("counter", 5, timeout=60)
    assert cache.incr("counter") == 6
    assert cache.incr("counter", 10) == 16
    assert cache.get("counter") == 16


def test_incr_refuses_a_missing_key_and_does_not_create_it():
    # django-ratelimit and the quota counter rely on this to (re)create counters with a timeout.
    with pytest.raises(ValueError):
        cache.incr("never-set")
    assert cache.get("never-set") is None


@redis_only
def test_incr_keeps_the_counters_timeout():
    cache.set("windowed", 1, timeout=60)
    cache.incr("windowed")
    client = cache._cache.get_client()
    ttl = client.ttl(cache.make_and_validate_key("windowed"))
    assert 0 < ttl <= 60


@redis_only
def test_incr_works_after_the_server_forgot_its_scripts():
    # A Redis restart or SCRIPT FLUSH drops loaded scripts; the next incr must reload its own.
    cache.set("counter", 1, timeout=60)
    cache._cache.get_client().script_flush()
    assert cache.incr("counter") == 2

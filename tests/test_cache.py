"""The shared cache's counters: rate limits and quotas rely on incr's exact semantics."""

from __future__ import annotations

import uuid

import pytest
from django.conf import settings
from django.core.cache import cache

from aegis.cache import count_hits, read_and_count

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


def _hit(key: str, timeout: int | None = 60) -> int | None:
    (count,) = count_hits(cache, [(key, timeout)])
    return count


def test_a_window_counter_starts_at_one_and_counts_on():
    assert _hit("window:1") == 1
    assert _hit("window:1") == 2
    assert _hit("window:1") == 3
    assert _hit("window:2") == 1


def test_a_counter_without_timeout_counts_only_if_it_exists():
    # The monthly usage counter: a missing one is rebuilt from the log by the caller, never
    # restarted at 1 (that would forget the month's calls).
    assert _hit("month:1", None) is None
    assert cache.get("month:1") is None
    cache.set("month:1", 41, timeout=60)
    assert _hit("month:1", None) == 42


def test_several_counters_are_counted_together_in_order():
    cache.set("month:2", 7, timeout=60)
    assert count_hits(cache, [("window:3", 60), ("month:2", None), ("month:3", None)]) == [
        1, 8, None,
    ]
    assert count_hits(cache, [("window:3", 60), ("month:2", None)]) == [2, 9]


@redis_only
def test_a_window_counter_gets_its_timeout_once_and_never_extends_it():
    # A window's counter must die when its window does, however busy the key is.
    _hit("window:ttl", 30)
    client = cache._cache.get_client()
    redis_key = cache.make_and_validate_key("window:ttl")
    client.expire(redis_key, 5)
    _hit("window:ttl", 30)
    assert 0 < client.ttl(redis_key) <= 5


@redis_only
def test_counting_several_counters_is_one_round_trip_on_redis(redis_round_trips):
    # Every protect call counts its rate window and its monthly usage: one command for both.
    window, month = f"window:trips:{uuid.uuid4().hex}", f"month:trips:{uuid.uuid4().hex}"
    cache.set(month, 1, timeout=60)
    count_hits(cache, [(window, 60), (month, None)])

    assert redis_round_trips(lambda: count_hits(cache, [(window, 60), (month, None)])) == [
        "EVALSHA"
    ]


def test_read_and_count_reads_keys_and_counts_counters_together():
    cache.set("record", {"tier": "pro"}, timeout=60)
    cache.set("month:4", 9, timeout=60)
    values, counts = read_and_count(
        cache, ["record", "absent", "month:4"], [("window:4", 60), ("month:4", None)]
    )
    # A value read is as it was before this call's counting.
    assert values == [{"tier": "pro"}, None, 9]
    assert counts == [1, 10]
    assert read_and_count(cache, ["absent"], [("window:4", 60), ("month:5", None)]) == (
        [None], [2, None],
    )

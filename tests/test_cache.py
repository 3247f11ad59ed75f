"""The shared cache's counters: rate limits and quotas rely on incr's exact semantics."""

from __future__ import annotations

import uuid

import pytest
from django.conf import settings
from django.core.cache import cache

from aegis.cache import count_hit

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


def test_count_hit_starts_a_missing_counter_at_one_and_counts_on():
    assert count_hit(cache, "window:1", 60) == 1
    assert count_hit(cache, "window:1", 60) == 2
    assert count_hit(cache, "window:1", 60) == 3
    assert count_hit(cache, "window:2", 60) == 1


@redis_only
def test_count_hit_sets_the_timeout_once_and_never_extends_it():
    # A window's counter must die when its window does, however busy the key is.
    count_hit(cache, "window:ttl", 30)
    client = cache._cache.get_client()
    redis_key = cache.make_and_validate_key("window:ttl")
    client.expire(redis_key, 5)
    count_hit(cache, "window:ttl", 30)
    assert 0 < client.ttl(redis_key) <= 5


@redis_only
def test_count_hit_is_one_round_trip_on_redis():
    # The rate limit counts every API request: one command per hit, not add-then-incr.
    key = f"window:trips:{uuid.uuid4().hex}"
    redis_key = cache.make_and_validate_key(key)
    client = cache._cache.get_client()
    count_hit(cache, key, 60)
    with client.monitor() as monitor:
        count_hit(cache, key, 60)
        client.echo(f"done {key}")
        commands = []
        while True:
            seen = monitor.next_command()
            command = seen["command"]
            if command == f"ECHO done {key}":
                break
            # Commands a script runs are listed too, from client "lua": not round trips.
            if redis_key in command and seen.get("client_type") != "lua":
                commands.append(command.split()[0])
    assert commands == ["EVALSHA"]

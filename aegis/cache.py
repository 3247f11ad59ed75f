"""Django's Redis cache, keeping one client object per connection pool, with one-trip counters.

The stock client builds a new `redis.Redis` for every cache call, and each one fills a
table of some 170 response callbacks: measurable on a path that makes five cache calls per
request. A `redis.Redis` is safe to share between threads (connections come from its pool).

The stock `incr` is EXISTS then INCRBY: two round trips on every rate-limited request, and
a counter that expires between the two is re-created by INCRBY without a timeout, so it
would never reset. One server-side script does both atomically.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.core.cache import BaseCache
from django.core.cache.backends import redis as django_redis

# Increments only a key that exists (Django's incr contract: a missing key is an error).
_INCR_EXISTING = """
if redis.call('EXISTS', KEYS[1]) == 1 then
    return redis.call('INCRBY', KEYS[1], ARGV[1])
end
return false
"""


# Reads KEYS[1..N] (false when missing; N is the first ARGV), then bumps the counters
# KEYS[N+1..], all in one trip. A counter with a timeout (its ARGV) counts hits in a window:
# created at 1 with that timeout on its first hit, never extended. A counter with timeout 0 is
# only incremented if it exists (false otherwise), like incr.
_READ_AND_COUNT = """
local n = tonumber(ARGV[1])
local out = {}
for i = 1, n do
    out[i] = redis.call('GET', KEYS[i])
end
for i = n + 1, #KEYS do
    local timeout = tonumber(ARGV[i - n + 1])
    local count = false
    if timeout > 0 then
        count = redis.call('INCR', KEYS[i])
        if count == 1 then
            redis.call('EXPIRE', KEYS[i], timeout)
        end
    elseif redis.call('EXISTS', KEYS[i]) == 1 then
        count = redis.call('INCR', KEYS[i])
    end
    out[i] = count
end
return out
"""


class ReusingRedisCacheClient(django_redis.RedisCacheClient):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._clients: dict[int, Any] = {}
        self._scripts: dict[tuple[int, str], Any] = {}

    def _script(self, client: Any, source: str) -> Any:
        script = self._scripts.get((id(client), source))
        if script is None:
            # register_script sends EVALSHA, loading the script once if the server lacks it.
            script = self._scripts[id(client), source] = client.register_script(source)
        return script

    def incr(self, key: Any, delta: int) -> int:
        client = self.get_client(key, write=True)
        value = self._script(client, _INCR_EXISTING)(keys=[key], args=[delta])
        if value is None:
            raise ValueError(f"Key {key!r} not found.")
        return int(value)

    def read_and_count(
        self, reads: list[Any], keys: list[Any], timeouts: list[int]
    ) -> tuple[list[Any], list[int | None]]:
        client = self.get_client(write=True)
        out = self._script(client, _READ_AND_COUNT)(
            keys=[*reads, *keys], args=[len(reads), *timeouts]
        )
        values = [None if raw is None else self._serializer.loads(raw) for raw in out[: len(reads)]]
        return values, [None if c is None else int(c) for c in out[len(reads) :]]

    def get_client(self, key: Any = None, *, write: bool = False) -> Any:
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class RedisCache(django_redis.RedisCache):
    def __init__(self, server: str, params: dict[str, Any]) -> None:
        super().__init__(server, params)
        self._class = ReusingRedisCacheClient

    def read_and_count(
        self, reads: Sequence[str], counters: Sequence[tuple[str, int | None]]
    ) -> tuple[list[Any], list[int | None]]:
        # make_key, not make_and_validate_key: the validation scans every key for characters
        # memcached would refuse, a sixth of this call's CPU, and these keys are built by
        # this code from ids (tenants.throttling), never from a client's input.
        return self._cache.read_and_count(
            [self.make_key(key) for key in reads],
            [self.make_key(k) for k, _ in counters],
            [timeout or 0 for _, timeout in counters],
        )


def count_hits(cache: BaseCache, counters: Sequence[tuple[str, int | None]]) -> list[int | None]:
    """Add one to each ``(key, timeout)`` counter and return the new values, in order.

    With a timeout, a counter that does not exist starts at 1 and lives ``timeout`` seconds
    from then (later hits do not extend it): a rate window. With None, only an existing
    counter is incremented, and a missing one gives None and stays missing (the caller
    rebuilds it): a monthly count.

    On Redis one round trip for all of them, each atomic across processes; on other backends
    add-then-incr per counter, whose race (the counter expiring in between) only restarts
    the count.
    """
    return read_and_count(cache, (), counters)[1]


def read_and_count(
    cache: BaseCache, reads: Sequence[str], counters: Sequence[tuple[str, int | None]]
) -> tuple[list[Any], list[int | None]]:
    """``cache.get`` of each of ``reads`` (None when missing) and ``count_hits(cache,
    counters)``: one round trip on Redis."""
    # Asked by name, not isinstance: django.core.cache.cache is a proxy to the backend.
    one_trip = getattr(cache, "read_and_count", None)
    if one_trip is not None:
        return one_trip(reads, counters)
    values = [cache.get(key) for key in reads]
    return values, [_count_hit(cache, key, timeout) for key, timeout in counters]


def _count_hit(cache: BaseCache, key: str, timeout: int | None) -> int | None:
    if timeout is None:
        try:
            return cache.incr(key)
        except ValueError:
            return None
    if cache.add(key, 1, timeout=timeout):
        return 1
    try:
        return cache.incr(key)
    except ValueError:
        cache.add(key, 1, timeout=timeout)
        return 1

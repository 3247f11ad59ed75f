"""Django's Redis cache, keeping one client object per connection pool, with a one-trip incr.

The stock client builds a new `redis.Redis` for every cache call, and each one fills a
table of some 170 response callbacks: measurable on a path that makes five cache calls per
request. A `redis.Redis` is safe to share between threads (connections come from its pool).

The stock `incr` is EXISTS then INCRBY: two round trips on every rate-limited request, and
a counter that expires between the two is re-created by INCRBY without a timeout, so it
would never reset. One server-side script does both atomically.
"""

from __future__ import annotations

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


# Counts a hit in a window counter, starting it (with its timeout) on the window's first hit.
_COUNT_HIT = """
local count = redis.call('INCR', KEYS[1])
if count == 1 then
    redis.call('EXPIRE', KEYS[1], ARGV[1])
end
return count
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

    def count_hit(self, key: Any, timeout: int) -> int:
        client = self.get_client(key, write=True)
        return int(self._script(client, _COUNT_HIT)(keys=[key], args=[timeout]))

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

    def count_hit(self, key: str, timeout: int) -> int:
        return self._cache.count_hit(self.make_and_validate_key(key), timeout)


def count_hit(cache: BaseCache, key: str, timeout: int) -> int:
    """Add one to the counter ``key`` and return its new value; a counter that does not exist
    starts at 1 and lives ``timeout`` seconds from then (later hits do not extend it).

    On Redis one round trip, atomic across processes; on other backends add-then-incr, whose
    race (the counter expiring in between) only restarts the count.
    """
    # Asked by name, not isinstance: django.core.cache.cache is a proxy to the backend.
    one_trip = getattr(cache, "count_hit", None)
    if one_trip is not None:
        return one_trip(key, timeout)
    if cache.add(key, 1, timeout=timeout):
        return 1
    try:
        return cache.incr(key)
    except ValueError:
        cache.add(key, 1, timeout=timeout)
        return 1

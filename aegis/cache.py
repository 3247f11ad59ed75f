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

from django.core.cache.backends import redis as django_redis

# Increments only a key that exists (Django's incr contract: a missing key is an error).
_INCR_EXISTING = """
if redis.call('EXISTS', KEYS[1]) == 1 then
    return redis.call('INCRBY', KEYS[1], ARGV[1])
end
return false
"""


class ReusingRedisCacheClient(django_redis.RedisCacheClient):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._clients: dict[int, Any] = {}
        self._incr_scripts: dict[int, Any] = {}

    def incr(self, key: Any, delta: int) -> int:
        client = self.get_client(key, write=True)
        script = self._incr_scripts.get(id(client))
        if script is None:
            # register_script sends EVALSHA, loading the script once if the server lacks it.
            script = self._incr_scripts[id(client)] = client.register_script(_INCR_EXISTING)
        value = script(keys=[key], args=[delta])
        if value is None:
            raise ValueError(f"Key {key!r} not found.")
        return int(value)

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

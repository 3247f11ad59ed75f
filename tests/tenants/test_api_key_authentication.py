"""Keys: only the digest is stored, and a missing, unknown, revoked or expired key is a 401."""

from __future__ import annotations

import hashlib
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone

from tenants.models import RAW_KEY_PATTERN, ApiKey
from tenants.services import api_key_revoke, api_key_rotate


def test_issued_keys_have_the_documented_format_and_only_their_digest_is_stored(stark):
    assert RAW_KEY_PATTERN.fullmatch(stark.raw_key)
    assert stark.raw_key.startswith("sk_live_")
    key = stark.tenant.api_keys.get()
    assert key.digest == hashlib.sha256(stark.raw_key.encode()).hexdigest()
    assert key.prefix == stark.raw_key[:12]
    stored = [str(v) for v in ApiKey.objects.values_list().get()]
    assert stark.raw_key not in stored


def _protect_with(client, **headers):
    return client.post("/v1/protect", {"prompt": "hi"}, content_type="application/json", **headers)


def test_a_request_without_a_key_is_a_401_json_error(db, client):
    response = _protect_with(client)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "not_authenticated"
    assert response["WWW-Authenticate"].startswith("Bearer")


@pytest.mark.parametrize("header", [
    "Bearer sk_live_" + "A" * 43,
    "Bearer not-a-key",
    "Basic dXNlcjpwYXNz",
    "Bearer",
])
def test_an_unknown_or_malformed_key_is_a_401(db, stark, client, header):
    response = _protect_with(client, HTTP_AUTHORIZATION=header)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "authentication_failed"
    assert stark.tenant.decisions.count() == 0


def test_a_revoked_key_stops_working_immediately(stark, client):
    assert _protect_with(client, HTTP_AUTHORIZATION=f"Bearer {stark.raw_key}").status_code == 200
    api_key_revoke(api_key=stark.tenant.api_keys.get())

    response = _protect_with(client, HTTP_AUTHORIZATION=f"Bearer {stark.raw_key}")
    assert response.status_code == 401
    assert stark.tenant.audit_entries.filter(event="key.revoked").count() == 1


def test_an_expired_key_is_refused(stark, client):
    stark.tenant.api_keys.update(expires_at=timezone.now() - timedelta(seconds=1))
    assert _protect_with(client, HTTP_AUTHORIZATION=f"Bearer {stark.raw_key}").status_code == 401


def test_rotation_issues_a_working_key_and_retires_the_old_one(stark, client):
    new_key, raw = api_key_rotate(api_key=stark.tenant.api_keys.get())

    assert _protect_with(client, HTTP_AUTHORIZATION=f"Bearer {raw}").status_code == 200
    assert _protect_with(client, HTTP_AUTHORIZATION=f"Bearer {stark.raw_key}").status_code == 401
    assert new_key.tenant == stark.tenant


def test_last_used_is_written_at_most_once_a_minute(stark, client):
    key = stark.tenant.api_keys.get()
    assert key.last_used_at is None
    _protect_with(client, HTTP_AUTHORIZATION=f"Bearer {stark.raw_key}")
    first = ApiKey.objects.get(pk=key.pk).last_used_at
    assert first is not None

    _protect_with(client, HTTP_AUTHORIZATION=f"Bearer {stark.raw_key}")
    assert ApiKey.objects.get(pk=key.pk).last_used_at == first

    # Two minutes later (the stored time moved back, and the cached copy aged out):
    ApiKey.objects.filter(pk=key.pk).update(last_used_at=first - timedelta(minutes=2))
    cache.delete(ApiKey.cache_key(key.digest))
    _protect_with(client, HTTP_AUTHORIZATION=f"Bearer {stark.raw_key}")
    assert ApiKey.objects.get(pk=key.pk).last_used_at > first


def test_error_messages_never_echo_the_key(db, client):
    bogus = "sk_live_" + "Q" * 43
    response = _protect_with(client, HTTP_AUTHORIZATION=f"Bearer {bogus}")
    assert bogus not in response.content.decode()


def test_a_cached_key_is_dropped_when_revoked_elsewhere(stark, client):
    # The first request caches the key; revocation from the admin or a command must not wait
    # for that cache entry to expire.
    assert _protect_with(client, HTTP_AUTHORIZATION=f"Bearer {stark.raw_key}").status_code == 200
    assert cache.get(ApiKey.cache_key(ApiKey.digest_of(stark.raw_key))) is not None

    ApiKey.objects.get(tenant=stark.tenant).revoke()

    assert _protect_with(client, HTTP_AUTHORIZATION=f"Bearer {stark.raw_key}").status_code == 401


def test_a_tier_change_applies_from_the_next_request(stark, client):
    _protect_with(client, HTTP_AUTHORIZATION=f"Bearer {stark.raw_key}")
    stark.tenant.tier = "free"
    stark.tenant.save()

    response = _protect_with(client, HTTP_AUTHORIZATION=f"Bearer {stark.raw_key}")
    assert response["RateLimit-Policy"] == "10;w=60"

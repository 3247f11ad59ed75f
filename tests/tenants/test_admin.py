"""The operator's Django admin: onboard, issue (shown once), revoke, change tier."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import User

from tenants.models import RAW_KEY_PATTERN, ApiKey, Tenant


@pytest.fixture
def operator(db, client):
    user = User.objects.create_superuser("ops", "ops@aegis.example", "ops-pass-123")
    client.force_login(user)
    return client


def _keys_on(page) -> list[str]:
    return re.findall(r"sk_(?:live|test)_[A-Za-z0-9_-]{43,}", page.content.decode())


def test_creating_a_tenant_shows_its_first_key_once(operator):
    response = operator.post("/admin/tenants/tenant/add/", {
        "name": "Stark Industries", "client_id": "org_stark", "tier": "pro",
        "strictness": "strict", "store_prompts": "on",
        "api_keys-TOTAL_FORMS": "0", "api_keys-INITIAL_FORMS": "0",
        "memberships-TOTAL_FORMS": "0", "memberships-INITIAL_FORMS": "0",
    })

    assert response.status_code == 200
    [raw_key] = _keys_on(response)
    assert "no-store" in response["Cache-Control"]
    tenant = Tenant.objects.get(client_id="org_stark")
    assert tenant.strictness == "strict"
    assert ApiKey.objects.for_raw_key(raw_key).tenant == tenant
    assert tenant.audit_entries.filter(event="tenant.created").exists()

    change_page = operator.get(f"/admin/tenants/tenant/{tenant.pk}/change/")
    assert _keys_on(change_page) == []
    assert raw_key not in operator.get("/admin/tenants/apikey/").content.decode()


def test_issuing_a_key_in_the_admin_shows_it_once_and_lists_only_its_prefix(operator, stark):
    response = operator.post("/admin/tenants/apikey/add/", {"tenant": stark.tenant.pk,
                                                            "name": "mobile app"})

    [raw_key] = _keys_on(response)
    key = ApiKey.objects.for_raw_key(raw_key)
    assert key.name == "mobile app"
    listing = operator.get("/admin/tenants/apikey/").content.decode()
    assert f"{key.prefix}…" in listing
    assert key.digest not in listing
    assert raw_key not in listing


def test_revoking_in_the_admin_is_effective_immediately(operator, stark, client):
    key = stark.tenant.api_keys.get()
    operator.post("/admin/tenants/apikey/", {"action": "revoke_keys", "_selected_action": [key.pk]})

    key.refresh_from_db()
    assert key.revoked_at is not None
    response = client.post("/v1/protect", {"prompt": "hi"}, content_type="application/json",
                           HTTP_AUTHORIZATION=f"Bearer {stark.raw_key}")
    assert response.status_code == 401


def test_changing_a_tier_in_the_admin_changes_the_limit_and_is_audited(operator, stark):
    data = {
        "name": stark.tenant.name, "tier": "free", "strictness": "balanced",
        "store_prompts": "on",
        "api_keys-TOTAL_FORMS": "1", "api_keys-INITIAL_FORMS": "1",
        "api_keys-0-id": stark.tenant.api_keys.get().pk, "api_keys-0-tenant": stark.tenant.pk,
        "memberships-TOTAL_FORMS": "1", "memberships-INITIAL_FORMS": "1",
        "memberships-0-id": stark.tenant.memberships.get().pk,
        "memberships-0-tenant": stark.tenant.pk, "memberships-0-user": stark.owner.pk,
        "memberships-0-role": "owner",
    }
    response = operator.post(f"/admin/tenants/tenant/{stark.tenant.pk}/change/", data)

    assert response.status_code == 302, response.content.decode()[:2000]
    stark.tenant.refresh_from_db()
    assert stark.tenant.tier == "free"
    assert stark.tenant.rate_limit_per_minute == 10
    change = stark.tenant.audit_entries.get(event="policy.changed").body["data"]
    assert change == {"tier": {"from": "pro", "to": "free"}}


def test_the_tenant_issue_key_action_shows_keys_once(operator, stark, wayne):
    response = operator.post("/admin/tenants/tenant/", {
        "action": "issue_key", "_selected_action": [stark.tenant.pk, wayne.tenant.pk]})

    keys = _keys_on(response)
    assert len(keys) == 2
    assert {ApiKey.objects.for_raw_key(k).tenant.client_id for k in keys} == {
        "org_stark", "org_wayne"}


def test_admin_lists_do_not_leak_raw_keys_anywhere(operator, stark):
    for url in ["/admin/tenants/tenant/", "/admin/tenants/apikey/",
                f"/admin/tenants/apikey/{stark.tenant.api_keys.get().pk}/change/"]:
        page = operator.get(url)
        assert page.status_code == 200
        assert RAW_KEY_PATTERN.search(page.content.decode()) is None


def test_a_key_issued_in_the_admin_with_an_expiry_expires(operator, stark, client):
    response = operator.post("/admin/tenants/apikey/add/", {
        "tenant": stark.tenant.pk, "name": "short-lived",
        "expires_at_0": "2020-01-01", "expires_at_1": "00:00:00",
    })

    [raw_key] = _keys_on(response)
    key = ApiKey.objects.get(name="short-lived")
    assert key.expires_at is not None and key.expires_at.year == 2020
    assert ApiKey.objects.for_raw_key(raw_key) is None
    assert client.post("/v1/protect", {"prompt": "hi"}, content_type="application/json",
                       HTTP_AUTHORIZATION=f"Bearer {raw_key}").status_code == 401

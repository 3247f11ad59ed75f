"""Operator commands: create_tenant, create_api_key, ensure_dev_tenant."""

from __future__ import annotations

from io import StringIO

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.core.management.base import CommandError

from tenants.models import RAW_KEY_PATTERN, ApiKey, Membership, Tenant


def _run(*args, **options) -> str:
    out = StringIO()
    call_command(*args, stdout=out, **options)
    return out.getvalue()


def _keys_in(text: str) -> list[str]:
    return [word for word in text.split() if RAW_KEY_PATTERN.fullmatch(word)]


def test_create_tenant_prints_a_working_key_once(db, client):
    out = _run("create_tenant", org="Stark Industries", client_id="org_stark", tier="pro")

    [raw_key] = _keys_in(out)
    tenant = Tenant.objects.get(client_id="org_stark")
    assert tenant.name == "Stark Industries" and tenant.tier == "pro"
    assert ApiKey.objects.for_raw_key(raw_key).tenant == tenant
    response = client.post("/v1/protect", {"prompt": "hi"}, content_type="application/json",
                           HTTP_AUTHORIZATION=f"Bearer {raw_key}")
    assert response.status_code == 200


def test_create_tenant_with_owner_email_creates_a_user_who_can_log_in(db, client):
    out = _run("create_tenant", org="Stark Industries", client_id="org_stark", tier="pro",
               owner_email="alice@stark.example")

    password = out.split("one-time password: ")[1].split()[0]
    user = User.objects.get(email="alice@stark.example")
    assert Membership.objects.get(user=user).role == "owner"
    assert client.login(username=user.username, password=password)


@pytest.mark.parametrize(("options", "message"), [
    ({"client_id": "org_stark", "tier": "pro"}, "already exists"),
    ({"client_id": "org_new", "tier": "gold"}, "invalid choice"),
    ({"client_id": "Not A Slug!", "tier": "pro"}, "client_id"),
])
def test_create_tenant_refuses_bad_input_and_changes_nothing(db, options, message):
    _run("create_tenant", org="Stark Industries", client_id="org_stark", tier="pro")
    tenants, keys = Tenant.objects.count(), ApiKey.objects.count()

    with pytest.raises(CommandError, match=message):
        _run("create_tenant", org="Another", **options)

    assert (Tenant.objects.count(), ApiKey.objects.count()) == (tenants, keys)


def test_create_api_key_issues_another_key_for_the_tenant(stark):
    out = _run("create_api_key", tenant="org_stark")

    [raw_key] = _keys_in(out)
    assert raw_key != stark.raw_key
    assert stark.tenant.api_keys.active().count() == 2


def test_create_api_key_refuses_an_unknown_tenant(db):
    with pytest.raises(CommandError, match="No tenant"):
        _run("create_api_key", tenant="org_ghost")


def test_ensure_dev_tenant_creates_org_default_once(db):
    first = _run("ensure_dev_tenant")
    second = _run("ensure_dev_tenant")

    assert len(_keys_in(first)) == 1
    assert _keys_in(second) == []
    assert Tenant.objects.filter(client_id="org_default").count() == 1


def test_ensure_dev_tenant_adopts_the_key_from_the_environment(db, monkeypatch):
    wanted = "sk_test_" + "d" * 43
    monkeypatch.setenv("AEGIS_DEV_API_KEY", wanted)

    out = _run("ensure_dev_tenant")

    assert wanted not in out
    assert ApiKey.objects.for_raw_key(wanted).tenant.client_id == "org_default"


def test_ensure_dev_tenant_refuses_a_malformed_environment_key(db, monkeypatch):
    monkeypatch.setenv("AEGIS_DEV_API_KEY", "letmein")
    with pytest.raises(CommandError, match="AEGIS_DEV_API_KEY"):
        _run("ensure_dev_tenant")
    assert not Tenant.objects.exists()

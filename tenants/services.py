"""Onboarding and key life-cycle: each change also lands in the tenant's audit chain."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction

from guard.models import AuditEntry
from guard.services import audit_append
from tenants.models import ApiKey, Membership, Tenant


@dataclass(frozen=True, slots=True)
class Onboarding:
    tenant: Tenant
    api_key: ApiKey
    raw_key: str
    owner: AbstractBaseUser | None = None
    owner_password: str | None = None


@transaction.atomic
def tenant_create(
    *, name: str, client_id: str, tier: str, owner_email: str | None = None,
    raw_key: str | None = None, policy: dict[str, object] | None = None,
) -> Onboarding:
    """Create a tenant with its first key (and an owner user when an e-mail is given).

    Validates through the model first, so a bad client id or tier changes nothing.
    `raw_key` adopts a key the operator already holds (the dev tenant's AEGIS_DEV_API_KEY).
    """
    tenant = Tenant(name=name, client_id=client_id, tier=tier, **(policy or {}))
    tenant.full_clean()
    tenant.save()
    audit_append(
        tenant=tenant, event=AuditEntry.Event.TENANT_CREATED,
        data={"name": name, "policy": tenant.policy()},
    )
    api_key, raw = api_key_issue(tenant=tenant, name="first key", raw_key=raw_key)
    owner = password = None
    if owner_email:
        owner, password = _owner_create(tenant=tenant, email=owner_email)
    return Onboarding(tenant=tenant, api_key=api_key, raw_key=raw, owner=owner,
                      owner_password=password)


def _owner_create(*, tenant: Tenant, email: str) -> tuple[AbstractBaseUser, str | None]:
    user_model = get_user_model()
    user = user_model.objects.filter(email__iexact=email).first()
    password = None
    if user is None:
        password = secrets.token_urlsafe(12)
        user = user_model.objects.create_user(username=email.lower(), email=email,
                                              password=password)
    Membership.objects.create(user=user, tenant=tenant, role=Membership.Role.OWNER)
    return user, password


@transaction.atomic
def api_key_issue(
    *, tenant: Tenant, name: str = "", raw_key: str | None = None,
    expires_at: datetime | None = None,
) -> tuple[ApiKey, str]:
    if raw_key is None:
        api_key, raw_key = ApiKey.issue(tenant=tenant, name=name, expires_at=expires_at)
    else:
        api_key = ApiKey.adopt(tenant=tenant, name=name, raw_key=raw_key)
    audit_append(
        tenant=tenant, event=AuditEntry.Event.KEY_ISSUED,
        data={"key": api_key.prefix, "key_id": api_key.pk, "name": name},
    )
    return api_key, raw_key


@transaction.atomic
def api_key_revoke(*, api_key: ApiKey) -> None:
    if api_key.revoked_at is not None:
        return
    api_key.revoke()
    audit_append(
        tenant=api_key.tenant, event=AuditEntry.Event.KEY_REVOKED,
        data={"key": api_key.prefix, "key_id": api_key.pk},
    )


@transaction.atomic
def api_key_rotate(*, api_key: ApiKey) -> tuple[ApiKey, str]:
    """Issue a successor with the same name and revoke the old key in one step."""
    new_key, raw = api_key_issue(tenant=api_key.tenant, name=api_key.name)
    api_key_revoke(api_key=api_key)
    return new_key, raw


@transaction.atomic
def tenant_policy_change(*, tenant: Tenant, before: dict[str, object]) -> None:
    """Audit the difference between `before` and the tenant's saved policy, if any."""
    after = tenant.policy()
    changes = {f: {"from": before[f], "to": after[f]} for f in after if before.get(f) != after[f]}
    if changes:
        audit_append(tenant=tenant, event=AuditEntry.Event.POLICY_CHANGED, data=changes)

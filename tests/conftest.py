"""Personas shared by the server tests: two tenants with owners and keys, and a viewer."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.cache import cache
from django.db import connection
from django_ratelimit.core import _get_window
from rest_framework.test import APIClient

from guard import memory
from tenants.models import ApiKey, Membership, Tenant
from tenants.services import tenant_create
from tenants.throttling import WINDOW_SECONDS, rate_limit_key, rate_window_end


@pytest.fixture
def database_url(django_db_setup: None) -> str:
    """The URL of the database this test run uses (the test database, not the real one), for
    other processes started by a test."""
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    auth = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


@dataclass
class Persona:
    tenant: Tenant
    raw_key: str
    owner: User
    password: str

    def api(self) -> APIClient:
        client = APIClient()
        client.credentials(HTTP_AUTHORIZATION=f"Bearer {self.raw_key}")
        return client


@pytest.fixture
def fresh_rate_window() -> Callable[..., None]:
    """Wait, when needed, until each given rate-limit counter's window has 15 s left to run.

    Limits count in fixed one-minute windows, offset per counter, so a burst that straddles
    a window's end is rightly served from two allowances: a test of one allowance must not
    start a few seconds before the end. Counters are the login throttle's key values (a
    client IP, a username; django-ratelimit's windows), or the raw API keys whose per-minute
    counters they are (tenants.throttling's windows).
    """

    def wait(*values: str, raw_keys: tuple[str, ...] = ()) -> None:
        api_counters = [
            rate_limit_key(ApiKey.objects.get(digest=ApiKey.digest_of(raw)).pk) for raw in raw_keys
        ]
        while True:
            now = time.time()
            left = min([_get_window(v, WINDOW_SECONDS) - now for v in values]
                       + [rate_window_end(c, now) - now for c in api_counters])
            if left >= 15:
                return
            time.sleep(max(0.0, left) + 0.5)

    return wait


@pytest.fixture
def redis_round_trips() -> Callable[[Callable[[], object]], list[str]]:
    """The commands (first words) the app sends to Redis while ``action`` runs, watched with
    MONITOR; commands a server-side script runs are listed by Redis too but cost no trip."""

    def trips(action: Callable[[], object]) -> list[str]:
        client = cache._cache.get_client()
        marker = f"done {uuid.uuid4().hex}"
        commands: list[str] = []
        with client.monitor() as monitor:
            action()
            client.echo(marker)
            while (seen := monitor.next_command())["command"] != f"ECHO {marker}":
                first = seen["command"].split()[0]
                # A connection the monitor's own took the place of says hello first.
                if seen.get("client_type") != "lua" and first not in ("HELLO", "SELECT"):
                    commands.append(first)
        return commands

    return trips


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    # Rate-limit and usage counters live in the cache; a test must not inherit another's,
    # nor the memory versions this process kept from it.
    cache.clear()
    memory.forget_process_cache()


def _persona(name: str, client_id: str, tier: str) -> Persona:
    onboarding = tenant_create(
        name=name, client_id=client_id, tier=tier, owner_email=f"owner@{client_id}.example"
    )
    return Persona(
        tenant=onboarding.tenant,
        raw_key=onboarding.raw_key,
        owner=onboarding.owner,
        password=onboarding.owner_password,
    )


@pytest.fixture
def stark(db: Any) -> Persona:
    """Tenant A: a pro-tier organisation with an owner and a key."""
    return _persona("Stark Industries", "org_stark", Tenant.Tier.PRO)


@pytest.fixture
def wayne(db: Any) -> Persona:
    """Tenant B: another organisation, which must never see A's data (nor A see B's)."""
    return _persona("Wayne Enterprises", "org_wayne", Tenant.Tier.PRO)


@pytest.fixture
def stark_viewer(stark: Persona) -> User:
    user = User.objects.create_user("viewer@stark.example", password="viewer-pass-123")
    Membership.objects.create(user=user, tenant=stark.tenant, role=Membership.Role.VIEWER)
    return user


@pytest.fixture
def api_client(stark: Persona) -> APIClient:
    return stark.api()


@pytest.fixture
def protect(api_client: APIClient) -> Callable[..., Any]:
    """POST /v1/protect as Stark and return the response."""

    def call(prompt: Any, **extra: Any) -> Any:
        return api_client.post("/v1/protect", {"prompt": prompt, **extra}, format="json")

    return call

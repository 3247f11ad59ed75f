"""Concurrent requests on one server: none fail, and the chain neither forks nor skips."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests

from guard.services import audit_verify
from tenants.models import Tenant
from tenants.services import tenant_create

pytestmark = pytest.mark.django_db(transaction=True)

WORKERS = 8
REQUESTS_PER_TENANT = 24


def test_concurrent_protect_calls_all_succeed_and_chain_cleanly(live_server):
    tenants = [
        tenant_create(name=f"Org {i}", client_id=f"org_c{i}", tier=Tenant.Tier.ENTERPRISE)
        for i in range(3)
    ]

    def call(job: tuple[int, int]) -> tuple[int, int, dict]:
        tenant_index, n = job
        response = requests.post(
            f"{live_server.url}/v1/protect",
            json={"prompt": f"concurrent prompt {n} for tenant {tenant_index}"},
            headers={"Authorization": f"Bearer {tenants[tenant_index].raw_key}"},
            timeout=60,
        )
        return tenant_index, response.status_code, response.json()

    jobs = [(t, n) for n in range(REQUESTS_PER_TENANT) for t in range(len(tenants))]
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        results = list(pool.map(call, jobs))

    assert [status for _, status, _ in results] == [200] * len(jobs), [
        body for _, status, body in results if status != 200][:3]
    for index, onboarding in enumerate(tenants):
        tenant = onboarding.tenant
        seqs = sorted(body["audit"]["seq"] for t, _, body in results if t == index)
        assert len(set(seqs)) == REQUESTS_PER_TENANT
        verification = audit_verify(tenant=tenant)
        assert verification.valid, verification
        # Two onboarding rows (tenant.created, key.issued) precede the protect calls.
        assert verification.length == REQUESTS_PER_TENANT + 2
        stored = {json.loads(e.body_json)["seq"] for e in tenant.audit_entries.all()}
        assert set(seqs) <= stored

"""Several gunicorn workers at once: the chains never fork or skip, the limits are exact."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
from django.conf import settings

from guard.audit import verify_chain
from tenants.models import Tenant
from tenants.services import tenant_create

CLIENT_THREADS = 12


def _protect(url: str, raw_key: str, prompt: str) -> tuple[int, dict]:
    response = requests.post(f"{url}/v1/protect", json={"prompt": prompt},
                             headers={"Authorization": f"Bearer {raw_key}"}, timeout=60)
    return response.status_code, response.json()


def _export(url: str, raw_key: str) -> list[dict]:
    response = requests.get(f"{url}/v1/audit/export",
                            headers={"Authorization": f"Bearer {raw_key}"}, timeout=60)
    return [json.loads(line) for line in response.text.splitlines()]


def _hammer(url: str, jobs: list[tuple[str, str]]) -> list[tuple[str, int, dict]]:
    def run(job: tuple[str, str]) -> tuple[str, int, dict]:
        raw_key, prompt = job
        return (raw_key, *_protect(url, raw_key, prompt))

    with ThreadPoolExecutor(max_workers=CLIENT_THREADS) as pool:
        return list(pool.map(run, jobs))


def _assert_chain_complete(url: str, raw_key: str, results: list[tuple[str, int, dict]],
                           onboarding_rows: int = 2) -> None:
    rows = _export(url, raw_key)
    verification = verify_chain(rows)
    assert verification.valid, verification
    seqs = [row["body"]["seq"] for row in rows]
    assert seqs == list(range(1, len(rows) + 1))  # no gap, no duplicate, no fork
    answered = [body["audit"]["seq"] for key, status, body in results
                if key == raw_key and status == 200]
    assert set(answered) <= set(seqs)
    assert len(rows) == onboarding_rows + len(answered)
    hashes = {row["body"]["seq"]: row["hash"] for row in rows}
    for key, status, body in results:
        if key == raw_key and status == 200:
            assert hashes[body["audit"]["seq"]] == body["audit"]["hash"]


@pytest.mark.parametrize("threads", [1, 4], ids=["sync", "gthread-group-commit"])
def test_four_workers_appending_to_one_tenant_keep_one_unbroken_chain(gunicorn, threads):
    raw_key = tenant_create(name="One", client_id="org_one", tier=Tenant.Tier.ENTERPRISE).raw_key
    url = gunicorn(workers=4, threads=threads)

    results = _hammer(url, [(raw_key, f"prompt {i}: please summarise the memo")
                            for i in range(160)])

    assert [status for _, status, _ in results] == [200] * 160
    _assert_chain_complete(url, raw_key, results)


@pytest.mark.parametrize("threads", [1, 4], ids=["sync", "gthread-group-commit"])
def test_twenty_tenants_at_once_each_keep_their_own_chain(gunicorn, threads):
    keys = [tenant_create(name=f"T{i}", client_id=f"org_t{i:02d}",
                          tier=Tenant.Tier.ENTERPRISE).raw_key for i in range(20)]
    url = gunicorn(workers=4, threads=threads)

    results = _hammer(url, [(keys[i % 20], f"request {i}") for i in range(200)])

    assert [status for _, status, _ in results] == [200] * 200
    for raw_key in keys:
        _assert_chain_complete(url, raw_key, results)


@pytest.mark.skipif(not settings.REDIS_URL,
                    reason="per-minute counters are shared across processes only through Redis "
                           "(the embedded local-memory cache is per process by design)")
def test_a_tiers_allowance_is_exact_across_two_workers(gunicorn, fresh_rate_window):
    raw_key = tenant_create(name="Free", client_id="org_free2", tier=Tenant.Tier.FREE).raw_key
    url = gunicorn(workers=2)
    fresh_rate_window(raw_keys=(raw_key,))

    results = _hammer(url, [(raw_key, f"try {i}") for i in range(30)])

    statuses = sorted(status for _, status, _ in results)
    assert statuses == [200] * 10 + [429] * 20

"""Group commit: concurrent protect calls share a transaction, and each still gets its own
answer only after its rows are durable."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import OperationalError, connection
from django.test.utils import CaptureQueriesContext

from guard import services
from guard.group_commit import GroupCommitter
from guard.models import Decision
from tenants.models import Tenant
from tenants.services import tenant_create


class GatedWriter:
    """A write function whose first batch waits for a signal, so the items submitted
    meanwhile are known to queue up behind it."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.started = threading.Event()
        self.batches: list[list[str]] = []

    def __call__(self, items: list[str]) -> list[str]:
        self.started.set()
        self.release.wait(10)
        if "bad" in items:
            raise ValueError("bad item")
        if "db down" in items:
            raise OperationalError("connection refused")
        self.batches.append(list(items))
        return [item.upper() for item in items]


def _submit_while_first_batch_waits(items: list[str], writer: GatedWriter):
    committer = GroupCommitter(writer, name="test-writer")
    with ThreadPoolExecutor(max_workers=len(items) + 1) as pool:
        first = pool.submit(committer.submit, "first", timeout=10)
        assert writer.started.wait(10)
        rest = [pool.submit(committer.submit, item, timeout=10) for item in items]
        while committer._queue.qsize() < len(items):
            threading.Event().wait(0.01)
        writer.release.set()
        outcomes = [first, *rest]
        for future in outcomes:
            future.exception(timeout=10)
    committer.stop()
    return committer, outcomes


def test_items_queued_during_a_commit_go_in_the_next_one_together():
    writer = GatedWriter()
    committer, outcomes = _submit_while_first_batch_waits(["a", "b", "c", "d"], writer)

    assert [f.result() for f in outcomes] == ["FIRST", "A", "B", "C", "D"]
    assert writer.batches[0] == ["first"]
    assert sorted(writer.batches[1]) == ["a", "b", "c", "d"]
    assert (committer.batches_written, committer.items_written) == (2, 5)


def test_one_bad_item_fails_alone_and_its_batch_mates_are_written():
    writer = GatedWriter()
    _, outcomes = _submit_while_first_batch_waits(["a", "bad", "c"], writer)

    _, a, bad, c = outcomes
    assert (a.result(), c.result()) == ("A", "C")
    with pytest.raises(ValueError, match="bad item"):
        bad.result()


def test_a_database_failure_fails_every_caller_of_the_batch_with_a_dependency_error():
    writer = GatedWriter()
    _, outcomes = _submit_while_first_batch_waits(["a", "db down"], writer)

    for future in outcomes[1:]:
        with pytest.raises(OperationalError):
            future.result()


def test_a_caller_is_not_kept_waiting_past_its_timeout():
    stuck = threading.Event()
    committer = GroupCommitter(lambda items: stuck.wait(10) and items, name="stuck-writer")
    try:
        with pytest.raises(OperationalError, match="did not confirm"):
            committer.submit("x", timeout=0.2)
    finally:
        stuck.set()
        committer.stop()


def test_a_batch_of_decisions_of_several_tenants_costs_four_statements(stark, wayne, db):
    decisions = [
        Decision(tenant=persona.tenant, api_key=persona.tenant.api_keys.get(),
                 request_id=services.new_request_id(), prompt=f"prompt {n}",
                 prompt_sha256="0" * 64, prompt_chars=8, allowed=True, risk_score=0.01)
        for n in range(3) for persona in (stark, wayne)
    ]

    with CaptureQueriesContext(connection) as ctx:
        entries = services.record_decisions(decisions)

    statements = [q["sql"] for q in ctx.captured_queries if "SAVEPOINT" not in q["sql"]]
    # Lock both heads, one INSERT per table, one UPDATE moving both heads.
    assert len(statements) == 4, statements
    for persona in (stark, wayne):
        mine = [e for e in entries if e.tenant_id == persona.tenant.pk]
        assert [e.seq for e in mine] == [3, 4, 5]  # after the two onboarding rows
        assert services.audit_verify(tenant=persona.tenant).valid
    assert [d.audit_seq for d in decisions] == [e.seq for e in entries]
    assert Decision.objects.count() == 6


@pytest.mark.django_db(transaction=True)
def test_protect_outside_a_transaction_is_written_by_the_writer_and_durable_on_return(settings):
    settings.AEGIS_GROUP_COMMIT = True
    onboarding = tenant_create(name="Org", client_id="org_gc", tier=Tenant.Tier.ENTERPRISE)
    api_key = onboarding.tenant.api_keys.get()
    before = services._decision_writer.items_written

    def call(n: int) -> services.ProtectOutcome:
        try:
            return services.protect(api_key=api_key, prompt=f"hello number {n}")
        finally:
            connection.close()  # as Django does when a request ends

    try:
        with ThreadPoolExecutor(max_workers=6) as pool:
            outcomes = list(pool.map(call, range(30)))
    finally:
        # The writer keeps a connection of its own: closed before the test database goes.
        services._decision_writer.stop()

    assert services._decision_writer.items_written - before == 30
    # Every answered decision is already committed: visible on this thread's connection.
    stored = set(Decision.objects.values_list("request_id", flat=True))
    assert {o.decision.request_id for o in outcomes} <= stored
    verification = services.audit_verify(tenant=onboarding.tenant)
    assert verification.valid and verification.length == 32

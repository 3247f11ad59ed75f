"""Offline verification of an Aegis-V audit-chain export.

Format (DESIGN.md, "Audit chain"): each exported line is ``{"body", "prev_hash", "hash"}``
and, for the n-th row (``body["seq"] == n``, counting from 1 with no gaps)::

    hash_n = sha256(prev_hash_(n-1).encode("ascii") + b"\\n" + canonical_json(body_n)).hexdigest()
    prev_hash_0 = "0" * 64

Needs nothing but the rows: no key, no server, no Django.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Any

from aegis_v.results import AuditVerification

__all__ = ["FORMAT_VERSION", "GENESIS_HASH", "canonical_json", "chain_hash", "verify_chain"]

GENESIS_HASH = "0" * 64
FORMAT_VERSION = 1


def canonical_json(body: Any) -> bytes:
    """The exact bytes a row body is hashed as."""
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def chain_hash(prev_hash: str, body: Any) -> str:
    """``sha256(prev_hash + "\\n" + canonical_json(body))`` as lowercase hex."""
    return hashlib.sha256(prev_hash.encode("ascii") + b"\n" + canonical_json(body)).hexdigest()


def verify_chain(rows: Iterable[Any], *, expected_head: str | None = None) -> AuditVerification:
    """Re-verify an exported chain, oldest row first.

    Reports the first seq at which the chain stops verifying: a row whose body was edited, a
    missing row (the seq that should have come next), rows out of order, a ``prev_hash`` that
    does not link to its predecessor, a row from another tenant, or an unknown format version.

    Preconditions worth knowing: the export must start at seq 1, and a chain verifies on its
    own terms, so an export cut short at the end still verifies. Pass ``expected_head`` (for
    example ``client.verify_audit().head``, fetched before the export) to catch that: some
    verified row must carry that hash, otherwise the chain is reported broken at the seq just
    past the last row. Rows appended after the head was fetched are fine.

    ``rows`` may be a one-shot iterator such as ``client.export_audit()``; it is consumed to
    the end so ``length`` counts every row.
    ``head`` is the hash of the last row that verified (``GENESIS_HASH`` if none did).
    """
    head = GENESIS_HASH
    tenant: Any = None
    length = 0
    broken: tuple[int, str, str | None, str | None] | None = None
    # An empty chain's head may be reported as "" or as the genesis hash; both need no row.
    reached_expected_head = not expected_head or expected_head == GENESIS_HASH

    for length, row in enumerate(rows, start=1):
        if broken is not None:
            continue
        problem, expected, actual = _check_row(row, seq=length, prev_hash=head, tenant=tenant)
        if problem is not None:
            broken = (length, problem, expected, actual)
            continue
        head = row["hash"]
        reached_expected_head = reached_expected_head or head == expected_head
        if length == 1:
            tenant = row["body"].get("tenant")

    if broken is not None:
        seq, reason, expected, actual = broken
        return AuditVerification(
            valid=False,
            length=length,
            head=head,
            first_broken_seq=seq,
            reason=reason,
            expected_hash=expected,
            actual_hash=actual,
        )
    if not reached_expected_head:
        return AuditVerification(
            valid=False,
            length=length,
            head=head,
            first_broken_seq=length + 1,
            reason="no row carries the expected head hash: the export is incomplete",
            expected_hash=expected_head,
            actual_hash=head,
        )
    return AuditVerification(valid=True, length=length, head=head)


def _check_row(
    row: Any, *, seq: int, prev_hash: str, tenant: Any
) -> tuple[str | None, str | None, str | None]:
    """(problem, expected hash, actual hash) for one row; problem is None when it verifies."""
    if not isinstance(row, dict) or not isinstance(row.get("body"), dict):
        return "row is not an object with a 'body' object", None, None
    body = row["body"]
    if body.get("v") != FORMAT_VERSION:
        return f"unsupported format version {body.get('v')!r}", None, None
    if body.get("seq") != seq:
        return (
            f"expected seq {seq}, found {body.get('seq')!r} (missing or reordered rows)",
            None,
            None,
        )
    if seq > 1 and body.get("tenant") != tenant:
        return f"row belongs to tenant {body.get('tenant')!r}, not {tenant!r}", None, None
    if row.get("prev_hash") != prev_hash:
        return "prev_hash does not link to the previous row", prev_hash, row.get("prev_hash")
    expected = chain_hash(prev_hash, body)
    if row.get("hash") != expected:
        return "hash does not match the row's contents", expected, row.get("hash")
    return None, None, None

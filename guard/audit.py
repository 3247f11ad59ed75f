"""The audit-chain format and its verifier: pure functions, no Django.

Row body: a JSON object with at least ``v`` (format version), ``tenant`` (client id), ``seq``
(1, 2, … without gaps), ``ts`` (ISO 8601 UTC, microseconds, ``Z``), ``event`` and ``data``.
Its canonical form is ``json.dumps(body, sort_keys=True, separators=(",", ":"),
ensure_ascii=False).encode("utf-8")`` and

    hash_n = sha256(prev_hash_(n-1).encode("ascii") + b"\\n" + canonical(body_n)).hexdigest()

with ``prev_hash_0 = "0" * 64``. Anyone holding the JSON Lines export can re-check it with
`verify_chain` and nothing else.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

FORMAT_VERSION = 1
GENESIS_HASH = "0" * 64


def canonical_json(body: Mapping[str, Any]) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def canonical_json_around_seq(body: Mapping[str, Any]) -> tuple[str, str]:
    """The canonical JSON of ``body`` plus a ``seq`` key, cut where seq's value goes:
    ``canonical_json({**body, "seq": n}) == (before + str(n) + after).encode()`` for every
    int n. Lets the database number a row whose hash it computes (one-statement append)."""
    before = canonical_json({k: v for k, v in body.items() if k < "seq"}).decode("utf-8")
    after = canonical_json({k: v for k, v in body.items() if k > "seq"}).decode("utf-8")
    return (
        before[:-1] + ("," if len(before) > 2 else "") + '"seq":',
        ("," if len(after) > 2 else "") + after[1:],
    )


def chain_hash(prev_hash: str, body: Mapping[str, Any]) -> str:
    return hashlib.sha256(prev_hash.encode("ascii") + b"\n" + canonical_json(body)).hexdigest()


def format_ts(moment: datetime) -> str:
    """``2026-11-25T14:45:02.123456Z``: always UTC, always microseconds."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass(frozen=True, slots=True)
class ChainVerification:
    valid: bool
    length: int
    head: str
    first_broken_seq: int | None = None
    reason: str | None = None
    expected_hash: str | None = None
    actual_hash: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "valid": self.valid,
            "length": self.length,
            "head": self.head,
            "first_broken_seq": self.first_broken_seq,
        }


def verify_chain(
    rows: Iterable[Mapping[str, Any]],
    *,
    tenant: str | None = None,
    expected_head: tuple[int, str] | None = None,
) -> ChainVerification:
    """Check export rows (``{"body", "prev_hash", "hash"}``), oldest first.

    Stops at the first row that does not follow from the one before it: a changed body or
    hash, a missing or repeated seq, rows out of order, or (with `tenant`) a row of another
    tenant. `expected_head` is the (seq, hash) the server says the chain ends at; it catches
    rows cut off the end, which leave an otherwise perfect prefix.
    """
    prev_hash = GENESIS_HASH
    length = 0
    for position, row in enumerate(rows, start=1):
        body = row.get("body")
        if not isinstance(body, Mapping):
            return _broken(position, length, prev_hash, "row has no body object")
        seq = body.get("seq")
        if seq != position:
            return _broken(position, length, prev_hash, f"expected seq {position}, found {seq}")
        if tenant is not None and body.get("tenant") != tenant:
            return _broken(position, length, prev_hash, "row belongs to another tenant")
        if row.get("prev_hash") != prev_hash:
            return _broken(
                position, length, prev_hash, "prev_hash does not match the previous row",
                expected=prev_hash, actual=row.get("prev_hash"),
            )
        recomputed = chain_hash(prev_hash, body)
        if row.get("hash") != recomputed:
            return _broken(
                position, length, prev_hash, "hash does not match the row's body",
                expected=recomputed, actual=row.get("hash"),
            )
        prev_hash = recomputed
        length = position
    if expected_head is not None:
        head_seq, head_hash = expected_head
        if head_seq != length or head_hash != prev_hash:
            return _broken(
                length + 1 if head_seq > length else head_seq, length, prev_hash,
                f"chain ends at seq {length} but its head says seq {head_seq}",
                expected=head_hash, actual=prev_hash,
            )
    return ChainVerification(valid=True, length=length, head=prev_hash)


def _broken(
    seq: int, length: int, head: str, reason: str, *,
    expected: str | None = None, actual: str | None = None,
) -> ChainVerification:
    return ChainVerification(
        valid=False, length=length, head=head, first_broken_seq=seq, reason=reason,
        expected_hash=expected, actual_hash=actual,
    )

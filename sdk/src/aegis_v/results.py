"""Typed results of the Aegis-V API.

Every result is a frozen dataclass. Results also read like the JSON they came from
(``result["allowed"]``), because integrations written against the raw HTTP API index the
contract's fields that way and should keep working when they switch to the SDK.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

__all__ = [
    "AuditReceipt",
    "AuditVerification",
    "Detection",
    "FeedbackResult",
    "ProtectResult",
    "RateLimit",
]


class _ReadsLikeADict:
    """Read-only mapping access over a result's contract fields.

    Contract fields come back typed (``result["audit"]`` is an ``AuditReceipt``, which reads
    like a dict too). Any other key is looked up in ``raw``, so a field added by a newer server
    is reachable before the SDK learns about it.
    """

    _contract_fields: ClassVar[tuple[str, ...]] = ()

    def _raw(self) -> Mapping[str, Any]:
        raw = getattr(self, "raw", None)
        return raw if isinstance(raw, Mapping) else {}

    def __getitem__(self, key: str) -> Any:
        if key in self._contract_fields:
            return getattr(self, key)
        raw = self._raw()
        if isinstance(key, str) and key in raw:
            return raw[key]
        raise KeyError(key)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and (key in self._contract_fields or key in self._raw())

    def get(self, key: str, default: Any = None) -> Any:
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self) -> list[str]:
        extra = [key for key in self._raw() if key not in self._contract_fields]
        return [*self._contract_fields, *extra]


def _object(data: Any, name: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise ValueError(f"{name} should be a JSON object, got {type(data).__name__}")
    return data


def _opt_str(data: Mapping[str, Any], key: str) -> str | None:
    value = data.get(key)
    if value is not None and not isinstance(value, str):
        raise ValueError(f"{key!r} should be a string, got {type(value).__name__}")
    return value


def _str(data: Mapping[str, Any], key: str, default: str = "") -> str:
    value = _opt_str(data, key)
    return default if value is None else value


def _opt_float(data: Mapping[str, Any], key: str) -> float | None:
    value = data.get(key)
    if value is None:
        return None
    # bool is an int subclass; a boolean score is a malformed response, not 1.0.
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{key!r} should be a number, got {type(value).__name__}")
    return float(value)


def _float(data: Mapping[str, Any], key: str, default: float = 0.0) -> float:
    value = _opt_float(data, key)
    return default if value is None else value


def _opt_int(data: Mapping[str, Any], key: str) -> int | None:
    value = data.get(key)
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        raise ValueError(f"{key!r} should be an integer, got {type(value).__name__}")
    return value


def _bool(data: Mapping[str, Any], key: str) -> bool:
    value = data.get(key)
    # A missing verdict must never be read as "allowed" (or "valid") by a truthiness check.
    if not isinstance(value, bool):
        raise ValueError(f"{key!r} is missing or not a boolean")
    return value


@dataclass(frozen=True)
class RateLimit:
    """Rate-limit state from the IETF draft ``RateLimit`` / ``RateLimit-Policy`` headers.

    Any field the server did not send, or sent in a form we cannot read, is ``None``: rate-limit
    headers are advisory and must never turn a successful call into an exception.
    """

    limit: int | None = None
    remaining: int | None = None
    reset: float | None = None  # seconds until the quota resets
    window: float | None = None  # policy window in seconds (``w=``)
    policy: str | None = None  # the raw ``RateLimit-Policy`` header

    @classmethod
    def from_headers(cls, headers: Mapping[str, str]) -> RateLimit | None:
        lowered = {str(name).lower(): str(value) for name, value in headers.items()}
        state = lowered.get("ratelimit")
        policy = lowered.get("ratelimit-policy")
        # A bare token in RateLimit is a policy name; only the parameters carry numbers.
        _, state_params = _split_params(state or "")
        policy_bare, policy_params = _split_params(policy or "")

        # Draft 03-07 spells these limit/remaining/reset; draft 08+ uses q/r/t in structured
        # fields; older servers send one header per value. Accept all of them.
        limit = _first_int(
            state_params.get("limit"),
            policy_params.get("q"),
            next((token for token in policy_bare if _to_int(token) is not None), None),
            lowered.get("ratelimit-limit"),
            lowered.get("x-ratelimit-limit"),
        )
        remaining = _first_int(
            state_params.get("remaining"),
            state_params.get("r"),
            lowered.get("ratelimit-remaining"),
            lowered.get("x-ratelimit-remaining"),
        )
        reset = _first_float(
            state_params.get("reset"),
            state_params.get("t"),
            lowered.get("ratelimit-reset"),
            lowered.get("x-ratelimit-reset"),
        )
        window = _first_float(policy_params.get("w"))
        if limit is None and remaining is None and reset is None and window is None and not policy:
            return None
        return cls(limit=limit, remaining=remaining, reset=reset, window=window, policy=policy)


def _split_params(value: str) -> tuple[list[str], dict[str, str]]:
    """Split ``limit=10, remaining=3`` or ``10;w=60`` or ``"default";q=10;w=60``.

    Returns bare tokens and ``key=value`` parameters; with several policies in one header the
    first occurrence of each parameter wins.
    """
    bare: list[str] = []
    params: dict[str, str] = {}
    for part in re.split(r"[;,]", value):
        part = part.strip()
        if not part:
            continue
        key, sep, val = part.partition("=")
        if sep:
            params.setdefault(key.strip().lower(), val.strip().strip('"'))
        else:
            bare.append(part.strip('"'))
    return bare, params


def _to_float(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _to_int(value: str | None) -> int | None:
    number = _to_float(value)
    return int(number) if number is not None and number.is_integer() else None


def _first_int(*candidates: str | None) -> int | None:
    return next((n for n in map(_to_int, candidates) if n is not None), None)


def _first_float(*candidates: str | None) -> float | None:
    return next((n for n in map(_to_float, candidates) if n is not None), None)


@dataclass(frozen=True)
class Detection(_ReadsLikeADict):
    """One piece of evidence from one layer of the guard."""

    _contract_fields: ClassVar[tuple[str, ...]] = ("layer", "rule", "category", "score", "detail")

    layer: str
    rule: str
    category: str
    score: float
    detail: str
    # Sent by Aegis-V servers beyond the contract; None from a server that does not:
    # "low" … "critical"; the reading of the prompt that fired ("original", "base64",
    # "morse", …); "flag" for evidence of an attack, "allow" for a tenant's allow entry.
    severity: str | None = None
    view: str | None = None
    effect: str | None = None
    raw: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_json(cls, data: Any) -> Detection:
        data = _object(data, "detection")
        return cls(
            layer=_str(data, "layer"),
            rule=_str(data, "rule"),
            category=_str(data, "category"),
            score=_float(data, "score"),
            detail=_str(data, "detail"),
            severity=_opt_str(data, "severity"),
            view=_opt_str(data, "view"),
            effect=_opt_str(data, "effect"),
            raw=data,
        )


@dataclass(frozen=True)
class AuditReceipt(_ReadsLikeADict):
    """Where the call landed in the tenant's audit chain."""

    _contract_fields: ClassVar[tuple[str, ...]] = ("seq", "hash")

    seq: int
    hash: str
    raw: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_json(cls, data: Any) -> AuditReceipt:
        data = _object(data, "audit")
        seq = _opt_int(data, "seq")
        if seq is None:
            raise ValueError("audit receipt has no 'seq'")
        return cls(seq=seq, hash=_str(data, "hash"), raw=data)


@dataclass(frozen=True)
class ProtectResult(_ReadsLikeADict):
    """The verdict on one prompt (``POST /v1/protect``)."""

    _contract_fields: ClassVar[tuple[str, ...]] = (
        "request_id",
        "allowed",
        "block_reason",
        "risk_score",
        "categories",
        "detections",
        "response",
        "audit",
        "latency_ms",
    )

    request_id: str
    allowed: bool
    block_reason: str | None
    risk_score: float
    categories: tuple[str, ...]
    detections: tuple[Detection, ...]
    response: str | None
    audit: AuditReceipt | None
    latency_ms: float | None
    raw: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    rate_limit: RateLimit | None = None

    @classmethod
    def from_json(cls, data: Any, headers: Mapping[str, str] | None = None) -> ProtectResult:
        data = _object(data, "protect response")
        categories = data.get("categories") or []
        detections = data.get("detections") or []
        if not isinstance(categories, list) or not all(isinstance(c, str) for c in categories):
            raise ValueError("'categories' should be a list of strings")
        if not isinstance(detections, list):
            raise ValueError("'detections' should be a list")
        audit = data.get("audit")
        return cls(
            request_id=_str(data, "request_id"),
            allowed=_bool(data, "allowed"),
            block_reason=_opt_str(data, "block_reason"),
            risk_score=_float(data, "risk_score"),
            categories=tuple(categories),
            detections=tuple(Detection.from_json(d) for d in detections),
            response=_opt_str(data, "response"),
            audit=AuditReceipt.from_json(audit) if audit is not None else None,
            latency_ms=_opt_float(data, "latency_ms"),
            raw=data,
            rate_limit=RateLimit.from_headers(headers or {}),
        )


@dataclass(frozen=True)
class FeedbackResult(_ReadsLikeADict):
    """The server's acknowledgement of a label (``POST /v1/feedback``)."""

    _contract_fields: ClassVar[tuple[str, ...]] = ("request_id", "label")

    request_id: str
    label: str
    audit: AuditReceipt | None = None
    raw: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    rate_limit: RateLimit | None = None

    @classmethod
    def from_json(
        cls,
        data: Any,
        headers: Mapping[str, str] | None = None,
        *,
        request_id: str = "",
        label: str = "",
    ) -> FeedbackResult:
        data = _object(data, "feedback response")
        audit = data.get("audit")
        return cls(
            # The contract does not fix the acknowledgement's shape; fall back to what was sent.
            request_id=_str(data, "request_id", request_id),
            label=_str(data, "label", label),
            audit=AuditReceipt.from_json(audit) if isinstance(audit, dict) else None,
            raw=data,
            rate_limit=RateLimit.from_headers(headers or {}),
        )


@dataclass(frozen=True)
class AuditVerification(_ReadsLikeADict):
    """Outcome of checking an audit chain, by the server or offline.

    ``first_broken_seq`` is the lowest seq at which the chain stops verifying (``None`` when
    valid). The offline verifier also says why and, for a hash mismatch, which hash it
    computed (``expected_hash``) and which one the row claimed (``actual_hash``).
    """

    _contract_fields: ClassVar[tuple[str, ...]] = ("valid", "length", "head", "first_broken_seq")

    valid: bool
    length: int
    head: str
    first_broken_seq: int | None = None
    reason: str | None = None
    expected_hash: str | None = None
    actual_hash: str | None = None
    raw: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_json(cls, data: Any, headers: Mapping[str, str] | None = None) -> AuditVerification:
        data = _object(data, "audit verification")
        length = _opt_int(data, "length")
        if length is None:
            raise ValueError("'length' is missing")
        return cls(
            valid=_bool(data, "valid"),
            length=length,
            head=_str(data, "head"),
            first_broken_seq=_opt_int(data, "first_broken_seq"),
            reason=_opt_str(data, "reason"),
            raw=data,
        )

"""Exceptions raised by the SDK, and the one place an HTTP status becomes an exception class."""

from __future__ import annotations

import json
import math
import time
from collections.abc import Mapping
from email.utils import mktime_tz, parsedate_tz
from typing import Any

from aegis_v.results import RateLimit

__all__ = [
    "APIConnectionError",
    "APIError",
    "AegisError",
    "AuthenticationError",
    "InvalidRequestError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "error_from_response",
    "parse_retry_after",
]

REDACTED = "[redacted]"


class AegisError(Exception):
    """Root of every error the SDK raises on purpose."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        code: str | None = None,
        request_id: str | None = None,
        field: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.code = code
        self.request_id = request_id
        self.field = field

    def __str__(self) -> str:
        details = [
            f"{label} {value}"
            for label, value in (
                ("HTTP", self.status),
                ("code", self.code),
                ("field", self.field),
                ("request_id", self.request_id),
            )
            if value is not None
        ]
        return f"{self.message} ({', '.join(details)})" if details else self.message

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(message={self.message!r}, status={self.status!r}, "
            f"code={self.code!r}, request_id={self.request_id!r})"
        )


class AuthenticationError(AegisError):
    """401, or no usable API key to begin with."""


class PermissionDeniedError(AegisError):
    """403."""


class NotFoundError(AegisError):
    """404 — also what another tenant's object looks like."""


class InvalidRequestError(AegisError):
    """400, 413 or 422: the request itself is wrong; retrying it will not help."""


class RateLimitError(AegisError):
    """429. ``retry_after`` is in seconds, ``None`` when the server gave no usable hint."""

    def __init__(
        self,
        message: str,
        *,
        retry_after: float | None = None,
        rate_limit: RateLimit | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after
        self.rate_limit = rate_limit


class APIError(AegisError):
    """5xx, or any answer the SDK did not expect (wrong status, non-JSON body, bad shape)."""


class APIConnectionError(APIError):
    """The request never got an HTTP answer: refused, reset, DNS failure or timeout."""


_STATUS_CLASSES: dict[int, type[AegisError]] = {
    400: InvalidRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    413: InvalidRequestError,
    422: InvalidRequestError,
    429: RateLimitError,
}


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP-date)."""
    if value is None or not value.strip():
        return None
    try:
        seconds = float(value.strip())
    except ValueError:
        parsed = parsedate_tz(value)
        if parsed is None:
            return None
        seconds = mktime_tz(parsed) - time.time()
    # float() accepts "nan" and "inf"; neither is a wait anyone should honour.
    if not math.isfinite(seconds):
        return None
    return max(0.0, seconds)


def error_from_response(
    status: int,
    body: bytes | str,
    headers: Mapping[str, str],
    *,
    secret: str | None = None,
) -> AegisError:
    """Build the exception for a non-2xx answer.

    The class follows the status alone, so a proxy's HTML 429 is still a ``RateLimitError``;
    the body, when it is the server's ``{"error": {"code", "message", "field"}}`` shape, only
    supplies the details. ``secret`` (the API key) is scrubbed from the message in case a
    server or proxy echoes the request back.
    """
    payload = _json_or_none(body)
    error = payload.get("error") if isinstance(payload, dict) else None
    code = field = request_id = None
    if isinstance(error, dict):
        code = _str_or_none(error.get("code"))
        field = _str_or_none(error.get("field"))
        request_id = _str_or_none(error.get("request_id"))
        message = _str_or_none(error.get("message")) or f"Aegis-V answered HTTP {status}"
    elif payload is None:
        message = f"Aegis-V answered HTTP {status} with a non-JSON body: {_snippet(body)!r}"
    else:
        message = f"Aegis-V answered HTTP {status} with an unexpected JSON body"
    if request_id is None and isinstance(payload, dict):
        request_id = _str_or_none(payload.get("request_id"))
    if request_id is None:
        request_id = _header(headers, "x-request-id")
    if secret:
        message = message.replace(secret, REDACTED)

    cls = _STATUS_CLASSES.get(status, APIError)
    fields: dict[str, Any] = {
        "status": status,
        "code": code,
        "request_id": request_id,
        "field": field,
    }
    if cls is RateLimitError:
        return RateLimitError(
            message,
            retry_after=parse_retry_after(_header(headers, "retry-after")),
            rate_limit=RateLimit.from_headers(headers),
            **fields,
        )
    return cls(message, **fields)


def _json_or_none(body: bytes | str) -> Any:
    try:
        return json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return None


def _snippet(body: bytes | str, limit: int = 200) -> str:
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "…"


def _str_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _header(headers: Mapping[str, str], name: str) -> str | None:
    for key, value in headers.items():
        if key.lower() == name:
            return value
    return None

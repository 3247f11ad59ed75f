"""The Aegis-V API client."""

from __future__ import annotations

import json
import os
import random
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from types import TracebackType
from typing import Any, Literal, TypeVar
from urllib.parse import urlsplit

import requests

from aegis_v._version import __version__
from aegis_v.errors import (
    REDACTED,
    AegisError,
    APIConnectionError,
    APIError,
    AuthenticationError,
    RateLimitError,
    error_from_response,
    parse_retry_after,
)
from aegis_v.results import AuditVerification, FeedbackResult, ProtectResult

__all__ = ["DEFAULT_BASE_URL", "USER_AGENT", "AegisClient"]

DEFAULT_BASE_URL = "http://localhost:8000"
USER_AGENT = f"aegis-v-python/{__version__}"
FEEDBACK_LABELS = ("attack", "benign")

# Errors raised before or while reading an answer that say nothing about whether the server
# will answer next time; everything else from requests is a local bug and is not retried.
_TRANSIENT_NETWORK_ERRORS = (
    requests.ConnectionError,
    requests.Timeout,
    requests.exceptions.ChunkedEncodingError,
)

_STREAM_BLOCK = 64 * 1024

_T = TypeVar("_T")


class AegisClient:
    """A client for one Aegis-V tenant, identified by its API key.

    Options fall back to ``AEGIS_API_KEY`` and ``AEGIS_BASE_URL``. Failed calls are retried
    (at most ``max_retries`` times) only when retrying is safe and likely to help: network
    errors, 5xx other than 501, and 429 whose ``Retry-After`` is at most ``max_retry_after``
    seconds. A longer 429 wait is the caller's decision, so it is raised at once as
    ``RateLimitError``. A 5xx's ``Retry-After`` is honoured up to ``max_retry_after``.

    A ``session`` passed in stays the caller's: ``close()`` only closes a session the client
    created itself.
    """

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float = 10,
        *,
        max_retries: int = 2,
        session: requests.Session | None = None,
        max_retry_after: float = 2.0,
        backoff_base: float = 0.5,
        backoff_max: float = 8.0,
    ) -> None:
        key = api_key if api_key is not None else os.environ.get("AEGIS_API_KEY", "")
        key = key.strip()
        if not key:
            raise AuthenticationError(
                "No Aegis-V API key: pass api_key=... or set the AEGIS_API_KEY environment "
                "variable."
            )
        # requests would reject such a header later with the header value, i.e. the key, in
        # its message; refuse here, without echoing it.
        if not key.isascii() or not key.isprintable() or any(c.isspace() for c in key):
            raise AuthenticationError(
                "The Aegis-V API key contains whitespace or non-ASCII characters; check for a "
                "stray newline or quote around it."
            )

        url = (base_url or os.environ.get("AEGIS_BASE_URL") or DEFAULT_BASE_URL).strip()
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(f"base_url must be an http:// or https:// URL, got {url!r}")
        if timeout is None or not timeout > 0:
            raise ValueError("timeout must be a positive number of seconds")
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")

        self._api_key = key
        self.base_url = url.rstrip("/")
        self.timeout = float(timeout)
        self.max_retries = max_retries
        self.max_retry_after = max_retry_after
        self.backoff_base = backoff_base
        self.backoff_max = backoff_max
        self._owns_session = session is None
        self._session = session if session is not None else requests.Session()

    def __repr__(self) -> str:
        return (
            f"AegisClient(base_url={self.base_url!r}, timeout={self.timeout!r}, "
            f"max_retries={self.max_retries!r})"
        )

    def __enter__(self) -> AegisClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._owns_session:
            self._session.close()

    # -- operations ------------------------------------------------------------------------

    def protect(self, text: str, *, metadata: Mapping[str, Any] | None = None) -> ProtectResult:
        """Ask Aegis-V whether ``text`` is safe to send to the model."""
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, got {type(text).__name__}")
        body: dict[str, Any] = {"prompt": text}
        if metadata is not None:
            body["metadata"] = dict(metadata)
        response = self._request("POST", "/v1/protect", body=body)
        return self._parse(response, lambda data: ProtectResult.from_json(data, response.headers))

    def feedback(
        self, request_id: str, label: Literal["attack", "benign"], note: str = ""
    ) -> FeedbackResult:
        """Report whether the prompt behind ``request_id`` was really an attack."""
        if label not in FEEDBACK_LABELS:
            raise ValueError(f"label must be 'attack' or 'benign', got {label!r}")
        body = {"request_id": request_id, "label": label, "note": note}
        response = self._request("POST", "/v1/feedback", body=body)
        return self._parse(
            response,
            lambda data: FeedbackResult.from_json(
                data, response.headers, request_id=request_id, label=label
            ),
        )

    def usage(self) -> dict[str, Any]:
        response = self._request("GET", "/v1/usage")
        return self._parse(response, _require_object)

    def verify_audit(self) -> AuditVerification:
        """Have the server re-verify this tenant's audit chain."""
        response = self._request("GET", "/v1/audit/verify")
        return self._parse(response, AuditVerification.from_json)

    def export_audit(self) -> Iterator[dict[str, Any]]:
        """Stream this tenant's audit chain, oldest row first, one dict per row.

        The request is made (and any HTTP error raised) when this is called; rows are then
        read lazily, so a long chain never sits in memory. Feed the iterator to
        ``aegis_v.audit.verify_chain`` to check it offline.
        """
        response = self._request("GET", "/v1/audit/export", stream=True)
        return self._iter_json_lines(response)

    # -- transport -------------------------------------------------------------------------

    def _request(
        self,
        method: str,
        path: str,
        *,
        body: Mapping[str, Any] | None = None,
        stream: bool = False,
    ) -> requests.Response:
        headers = {
            "Authorization": f"Bearer {self._api_key}",
            "User-Agent": USER_AGENT,
            "Accept": "application/json",
        }
        data: bytes | None = None
        if body is not None:
            # Serialised once, up front: an unserialisable body is the caller's bug and must
            # not surface as a network error or be retried.
            data = json.dumps(body, allow_nan=False).encode("utf-8")
            headers["Content-Type"] = "application/json"
        if method == "POST":
            # One key per logical call, reused by every retry, so the server can tell a
            # retried POST from a new one.
            headers["Idempotency-Key"] = str(uuid.uuid4())

        attempt = 0
        while True:
            try:
                response = self._session.request(
                    method,
                    self.base_url + path,
                    headers=headers,
                    data=data,
                    timeout=self.timeout,
                    stream=stream,
                    # A redirect would turn a POST into a GET and may send the key to another
                    # host; report it instead of following it.
                    allow_redirects=False,
                )
            except _TRANSIENT_NETWORK_ERRORS as exc:
                if attempt >= self.max_retries:
                    raise APIConnectionError(self._network_message(exc)) from exc
                delay = self._backoff(attempt)
            except requests.RequestException as exc:
                raise APIConnectionError(self._network_message(exc)) from exc
            else:
                if 200 <= response.status_code < 300:
                    return response
                error = self._error_from(response)
                delay = self._retry_delay(response, error, attempt)
                if delay is None:
                    raise error
            time.sleep(delay)
            attempt += 1

    def _error_from(self, response: requests.Response) -> AegisError:
        try:
            if 300 <= response.status_code < 400:
                location = response.headers.get("Location", "?")
                return APIError(
                    f"Aegis-V redirected to {location}; check base_url ({self.base_url})",
                    status=response.status_code,
                )
            return error_from_response(
                response.status_code, response.content, response.headers, secret=self._api_key
            )
        except _TRANSIENT_NETWORK_ERRORS as exc:
            return APIConnectionError(self._network_message(exc))
        finally:
            response.close()

    def _retry_delay(
        self, response: requests.Response, error: AegisError, attempt: int
    ) -> float | None:
        """Seconds to wait before retrying, or None to raise ``error`` now."""
        if attempt >= self.max_retries:
            return None
        if isinstance(error, APIConnectionError):
            return self._backoff(attempt)
        status = response.status_code
        # 501 means "never", not "not now".
        if status != 429 and (status < 500 or status == 501):
            return None
        retry_after = (
            error.retry_after
            if isinstance(error, RateLimitError)
            else parse_retry_after(response.headers.get("Retry-After"))
        )
        if status == 429:
            # A quota that frees up later than the cap (or at an unknown time) is the caller's
            # decision: waiting here would stall them, retrying blind would only burn quota.
            if retry_after is None or retry_after > self.max_retry_after:
                return None
            return retry_after
        # Outages often clear before a 503's (generic) Retry-After, so the hint only sets a
        # floor under the backoff, and never more than max_retry_after.
        return max(min(retry_after or 0.0, self.max_retry_after), self._backoff(attempt))

    def _backoff(self, attempt: int) -> float:
        ceiling = min(self.backoff_max, self.backoff_base * 2**attempt)
        # Jitter keeps many clients that failed together from retrying together.
        return ceiling / 2 + random.uniform(0, ceiling / 2)  # noqa: S311 - timing, not a secret

    def _network_message(self, exc: BaseException) -> str:
        if isinstance(exc, requests.Timeout):
            message = f"Aegis-V at {self.base_url} did not answer within {self.timeout:g}s"
        else:
            message = f"Could not reach Aegis-V at {self.base_url}: {type(exc).__name__}: {exc}"
        return message.replace(self._api_key, REDACTED)

    def _parse(self, response: requests.Response, parse: Callable[[Any], _T]) -> _T:
        try:
            data = response.json()
        except ValueError as exc:
            raise APIError(
                f"Aegis-V answered HTTP {response.status_code} with a non-JSON body",
                status=response.status_code,
            ) from exc
        except _TRANSIENT_NETWORK_ERRORS as exc:
            raise APIConnectionError(self._network_message(exc)) from exc
        try:
            return parse(data)
        except ValueError as exc:
            raise APIError(
                f"Unexpected response from Aegis-V: {exc}", status=response.status_code
            ) from exc

    def _iter_json_lines(self, response: requests.Response) -> Iterator[dict[str, Any]]:
        with response:
            try:
                # Chunked answers (gunicorn streaming the export) are yielded chunk by chunk;
                # a Content-Length or close-delimited body arrives in blocks of this size, so
                # memory stays bounded however long the chain is.
                lines = response.iter_lines(chunk_size=_STREAM_BLOCK)
                for number, line in enumerate(lines, start=1):
                    if not line.strip():
                        continue
                    try:
                        row = json.loads(line)
                    except ValueError as exc:
                        raise APIError(f"Audit export line {number} is not JSON") from exc
                    if not isinstance(row, dict):
                        raise APIError(f"Audit export line {number} is not a JSON object")
                    yield row
            except _TRANSIENT_NETWORK_ERRORS as exc:
                raise APIConnectionError(
                    "The audit export stream broke off: " + self._network_message(exc)
                ) from exc


def _require_object(data: Any) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise ValueError(f"expected a JSON object, got {type(data).__name__}")
    return data

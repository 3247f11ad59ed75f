from __future__ import annotations

import socket
import time

import pytest
from aegis_v import (
    AegisClient,
    AegisError,
    APIConnectionError,
    APIError,
    AuthenticationError,
    InvalidRequestError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)
from aegis_v.errors import error_from_response, parse_retry_after

ALLOWED = {"request_id": "req_1", "allowed": True, "block_reason": None, "response": "ok"}


@pytest.fixture
def no_retry_client(server, api_key):
    with AegisClient(api_key=api_key, base_url=server.url, max_retries=0) as aegis:
        yield aegis


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, InvalidRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (413, InvalidRequestError),
        (422, InvalidRequestError),
        (429, RateLimitError),
        (405, APIError),
        (500, APIError),
        (502, APIError),
        (503, APIError),
    ],
)
def test_each_status_raises_its_own_exception_class(no_retry_client, server, status, error_class):
    server.reply(
        status,
        {"error": {"code": "some_code", "message": "Something specific", "field": "prompt"}},
        headers={"X-Request-ID": "req_err"},
    )

    with pytest.raises(error_class) as caught:
        no_retry_client.protect("x")

    error = caught.value
    assert type(error) is error_class
    assert isinstance(error, AegisError)
    assert (error.status, error.code, error.field, error.message) == (
        status,
        "some_code",
        "prompt",
        "Something specific",
    )
    assert error.request_id == "req_err"
    assert str(error) == (
        f"Something specific (HTTP {status}, code some_code, field prompt, request_id req_err)"
    )


def test_a_rate_limit_error_carries_retry_after_and_the_rate_limit_headers(no_retry_client, server):
    server.error(
        429,
        "rate_limited",
        "Too many requests",
        headers={
            "Retry-After": "42",
            "RateLimit-Policy": "10;w=60",
            "RateLimit": "limit=10, remaining=0, reset=42",
        },
    )

    with pytest.raises(RateLimitError) as caught:
        no_retry_client.protect("x")

    assert caught.value.retry_after == 42.0
    assert caught.value.rate_limit.remaining == 0
    assert len(server.requests) == 1


def test_a_rate_limit_error_without_retry_after_has_none(no_retry_client, server):
    server.error(429, "quota_exceeded", "Monthly quota used up")

    with pytest.raises(RateLimitError) as caught:
        no_retry_client.protect("x")

    assert caught.value.retry_after is None


def test_a_non_json_502_is_an_api_error(client, server):
    for _ in range(3):
        server.reply(
            502, body="<html><body>Bad Gateway</body></html>", headers={"Content-Type": "text/html"}
        )

    with pytest.raises(APIError) as caught:
        client.protect("x")

    assert type(caught.value) is APIError
    assert caught.value.status == 502
    assert "non-JSON" in str(caught.value)
    assert "Bad Gateway" in str(caught.value)


def test_a_200_that_is_not_json_is_an_api_error(client, server):
    server.reply(200, body="OK")

    with pytest.raises(APIError, match="non-JSON"):
        client.protect("x")


def test_a_200_without_a_verdict_is_an_api_error_not_an_allowed_prompt(client, server):
    server.reply(200, {"request_id": "req_1", "block_reason": None})

    with pytest.raises(APIError, match="allowed"):
        client.protect("x")


def test_a_redirect_is_reported_instead_of_followed(client, server):
    server.reply(301, headers={"Location": "https://elsewhere.example/v1/protect"})

    with pytest.raises(APIError, match=r"redirected to https://elsewhere\.example"):
        client.protect("x")
    assert len(server.requests) == 1


def test_it_retries_a_503_and_then_succeeds_with_one_idempotency_key(client, server):
    server.error(503, "unavailable", "Database is down")
    server.error(503, "unavailable", "Database is down")
    server.reply(200, ALLOWED)

    result = client.protect("x")

    assert result.allowed is True
    assert len(server.requests) == 3
    keys = {seen.headers["Idempotency-Key"] for seen in server.requests}
    assert len(keys) == 1
    assert {seen.body for seen in server.requests} == {b'{"prompt": "x"}'}


def test_each_call_gets_its_own_idempotency_key(client, server):
    server.reply(200, ALLOWED)
    server.reply(200, ALLOWED)

    client.protect("x")
    client.protect("x")

    first, second = (seen.headers["Idempotency-Key"] for seen in server.requests)
    assert first != second


def test_it_gives_up_after_max_retries(client, server):
    for _ in range(5):
        server.error(503, "unavailable", "Database is down")

    with pytest.raises(APIError) as caught:
        client.protect("x")

    assert caught.value.status == 503
    assert len(server.requests) == 3  # the call and max_retries=2 retries


def test_max_retries_zero_makes_exactly_one_attempt(no_retry_client, server):
    server.error(503, "unavailable", "Database is down")
    server.reply(200, ALLOWED)

    with pytest.raises(APIError):
        no_retry_client.protect("x")

    assert len(server.requests) == 1


def test_a_503_with_a_long_retry_after_is_still_retried_after_the_cap(server, api_key):
    server.error(503, "service_unavailable", "Database is down", headers={"Retry-After": "30"})
    server.reply(200, ALLOWED)
    aegis = AegisClient(
        api_key=api_key, base_url=server.url, max_retry_after=0.05, backoff_base=0.01
    )

    started = time.monotonic()
    assert aegis.protect("x").allowed is True

    assert 0.05 <= time.monotonic() - started < 1
    assert len(server.requests) == 2


def test_it_does_not_retry_a_501(client, server):
    server.error(501, "not_implemented", "Not implemented")
    server.reply(200, ALLOWED)

    with pytest.raises(APIError):
        client.protect("x")
    assert len(server.requests) == 1


def test_it_does_not_retry_a_400(client, server):
    server.error(400, "invalid", "prompt must not be empty")
    server.reply(200, ALLOWED)

    with pytest.raises(InvalidRequestError):
        client.protect("")

    assert len(server.requests) == 1


def test_it_does_not_retry_a_401(client, server):
    server.error(401, "invalid_key", "Unknown API key")
    server.reply(200, ALLOWED)

    with pytest.raises(AuthenticationError):
        client.protect("x")

    assert len(server.requests) == 1


def test_a_429_with_a_long_retry_after_is_raised_at_once(client, server):
    server.error(429, "rate_limited", "Too many requests", headers={"Retry-After": "30"})
    server.reply(200, ALLOWED)

    started = time.monotonic()
    with pytest.raises(RateLimitError) as caught:
        client.protect("x")

    assert time.monotonic() - started < 1
    assert caught.value.retry_after == 30.0
    assert len(server.requests) == 1


def test_a_429_with_a_short_retry_after_is_retried(client, server):
    server.error(429, "rate_limited", "Too many requests", headers={"Retry-After": "0"})
    server.reply(200, ALLOWED)

    assert client.protect("x").allowed is True
    assert len(server.requests) == 2
    assert len({seen.headers["Idempotency-Key"] for seen in server.requests}) == 1


def test_a_429_without_retry_after_is_not_retried_blind(client, server):
    server.error(429, "rate_limited", "Too many requests")
    server.reply(200, ALLOWED)

    with pytest.raises(RateLimitError):
        client.protect("x")
    assert len(server.requests) == 1


def test_the_retry_after_cap_is_configurable(server, api_key):
    server.error(429, "rate_limited", "Too many requests", headers={"Retry-After": "1"})
    server.reply(200, ALLOWED)

    aegis = AegisClient(api_key=api_key, base_url=server.url, max_retry_after=0.5)
    with pytest.raises(RateLimitError):
        aegis.protect("x")
    assert len(server.requests) == 1


def test_it_retries_a_dropped_connection_with_the_same_idempotency_key(client, server):
    server.reply(drop=True)
    server.reply(200, ALLOWED)

    assert client.protect("x").allowed is True
    assert len(server.requests) == 2
    assert len({seen.headers["Idempotency-Key"] for seen in server.requests}) == 1


def test_a_refused_connection_is_an_api_connection_error(api_key):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    # Nothing listens on the port once the probe socket is closed.
    client = AegisClient(api_key=api_key, base_url=f"http://127.0.0.1:{port}", backoff_base=0.01)

    with pytest.raises(APIConnectionError) as caught:
        client.protect("x")

    assert isinstance(caught.value, APIError)
    assert caught.value.status is None
    assert f"127.0.0.1:{port}" in str(caught.value)


def test_the_timeout_is_honoured(server, api_key):
    server.reply(200, ALLOWED, delay=5)

    client = AegisClient(api_key=api_key, base_url=server.url, timeout=0.2, max_retries=0)
    started = time.monotonic()
    with pytest.raises(APIConnectionError, match=r"within 0.2s"):
        client.protect("x")

    assert time.monotonic() - started < 2


def test_a_timed_out_call_is_retried(server, api_key):
    server.reply(200, ALLOWED, delay=5)
    server.reply(200, ALLOWED)

    client = AegisClient(api_key=api_key, base_url=server.url, timeout=0.2, backoff_base=0.01)

    assert client.protect("x").allowed is True
    assert len(server.requests) == 2


def test_the_key_never_appears_in_an_error_even_when_the_server_echoes_it(
    no_retry_client, server, api_key
):
    server.error(401, "invalid_key", f"Unknown API key {api_key}")

    with pytest.raises(AuthenticationError) as caught:
        no_retry_client.protect("x")

    assert api_key not in str(caught.value)
    assert api_key not in repr(caught.value)
    assert "[redacted]" in str(caught.value)


def test_the_key_never_appears_in_an_echoed_non_json_body(no_retry_client, server, api_key):
    server.reply(500, body=f"Traceback: Authorization: Bearer {api_key}")

    with pytest.raises(APIError) as caught:
        no_retry_client.protect("x")

    assert api_key not in str(caught.value)


def test_the_key_never_appears_in_a_connection_error(api_key):
    client = AegisClient(api_key=api_key, base_url="http://127.0.0.1:9", max_retries=0, timeout=0.5)

    with pytest.raises(APIConnectionError) as caught:
        client.protect("x")

    assert api_key not in str(caught.value)
    assert api_key not in repr(caught.value)


def test_the_status_mapping_function_reads_the_server_error_shape():
    error = error_from_response(
        413, b'{"error": {"code": "too_large", "message": "Body too large"}}', {}
    )

    assert type(error) is InvalidRequestError
    assert (error.status, error.code, error.message, error.field) == (
        413,
        "too_large",
        "Body too large",
        None,
    )


def test_the_status_mapping_function_tolerates_an_unexpected_json_body():
    error = error_from_response(404, b'["not", "the", "error", "shape"]', {})

    assert type(error) is NotFoundError
    assert "unexpected JSON" in error.message


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        ("3", 3.0),
        (" 1.5 ", 1.5),
        ("-4", 0.0),
        ("soon", None),
        ("", None),
        (None, None),
        ("nan", None),
    ],
)
def test_retry_after_is_parsed_tolerantly(header, seconds):
    assert parse_retry_after(header) == seconds


def test_retry_after_also_accepts_an_http_date():
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
    future = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(time.time() + 100))
    assert 95 <= parse_retry_after(future) <= 100

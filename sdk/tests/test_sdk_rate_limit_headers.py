from __future__ import annotations

import pytest
from aegis_v import RateLimit


def test_it_reads_the_draft_form_the_server_sends():
    headers = {"RateLimit-Policy": "10;w=60", "RateLimit": "limit=10, remaining=3, reset=42"}

    assert RateLimit.from_headers(headers) == RateLimit(
        limit=10, remaining=3, reset=42.0, window=60.0, policy="10;w=60"
    )


def test_header_names_are_case_insensitive():
    headers = {"ratelimit-policy": "10;w=60", "RATELIMIT": "limit=10, remaining=3, reset=42"}

    assert RateLimit.from_headers(headers).remaining == 3


def test_it_reads_the_structured_field_form_of_later_drafts():
    headers = {"RateLimit-Policy": '"default";q=100;w=3600', "RateLimit": '"default";r=7;t=12'}

    assert RateLimit.from_headers(headers) == RateLimit(
        limit=100, remaining=7, reset=12.0, window=3600.0, policy='"default";q=100;w=3600'
    )


def test_the_first_of_several_policies_wins():
    result = RateLimit.from_headers({"RateLimit-Policy": "10;w=60, 1000;w=86400"})

    assert (result.limit, result.window) == (10, 60.0)


def test_it_falls_back_to_one_header_per_value():
    headers = {
        "X-RateLimit-Limit": "120",
        "X-RateLimit-Remaining": "119",
        "X-RateLimit-Reset": "30",
    }

    assert RateLimit.from_headers(headers) == RateLimit(limit=120, remaining=119, reset=30.0)


@pytest.mark.parametrize(
    "headers",
    [
        {"RateLimit": "limit=ten, remaining=, reset=soon"},
        {"RateLimit": ";;,,=", "RateLimit-Policy": "w=;q=nan"},
        {"RateLimit": "remaining=3.5"},
    ],
)
def test_garbage_values_become_none_instead_of_raising(headers):
    result = RateLimit.from_headers(headers)

    assert result is None or (result.limit, result.remaining) == (None, None)


def test_no_rate_limit_headers_means_no_rate_limit():
    assert RateLimit.from_headers({"Content-Type": "application/json"}) is None

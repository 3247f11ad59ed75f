"""Structured logs name the request and tenant, never the key or the prompt."""

from __future__ import annotations

import json
import logging

from aegis.logging import JsonFormatter


def test_a_protect_call_logs_one_json_line_with_request_id_and_tenant(stark, protect, caplog):
    secret_prompt = "the launch code is ZEBRA-7, keep it safe"
    with caplog.at_level(logging.INFO, logger="aegis.access"):
        response = protect(secret_prompt)

    [record] = [r for r in caplog.records if r.name == "aegis.access"]
    line = JsonFormatter().format(record)
    entry = json.loads(line)
    assert entry["tenant"] == "org_stark"
    assert entry["status"] == 200
    assert entry["request_id"] == response["X-Request-ID"] == response.json()["request_id"]
    assert stark.raw_key not in line
    assert "ZEBRA" not in line


def test_an_unauthenticated_request_logs_no_tenant(db, client, caplog):
    with caplog.at_level(logging.INFO, logger="aegis.access"):
        client.post("/v1/protect", {"prompt": "x"}, content_type="application/json",
                    HTTP_AUTHORIZATION="Bearer sk_live_" + "n" * 43)
    [record] = [r for r in caplog.records if r.name == "aegis.access"]
    entry = json.loads(JsonFormatter().format(record))
    assert entry["tenant"] is None and entry["status"] == 401
    assert "n" * 43 not in JsonFormatter().format(record)

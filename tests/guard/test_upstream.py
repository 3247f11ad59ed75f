"""A tenant with an OpenAI-compatible upstream gets the model's reply in `response`."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


class FakeLLM(BaseHTTPRequestHandler):
    """A local stand-in for the upstream model: the one thing outside this machine."""

    seen: list[dict] = []
    status = 200

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        FakeLLM.seen.append({"path": self.path, "auth": self.headers.get("Authorization"),
                             "body": body})
        reply = {"choices": [{"message": {"role": "assistant",
                                          "content": f"echo: {body['messages'][-1]['content']}"}}]}
        payload = json.dumps(reply).encode()
        self.send_response(FakeLLM.status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def upstream_url() -> Iterator[str]:
    FakeLLM.seen, FakeLLM.status = [], 200
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeLLM)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/v1"
    server.shutdown()
    server.server_close()


@pytest.fixture
def stark_with_upstream(stark, upstream_url):
    stark.tenant.upstream_url = upstream_url
    stark.tenant.upstream_model = "small-model"
    stark.tenant.upstream_api_key = "upstream-secret-token"
    stark.tenant.save()
    return stark


def test_an_allowed_prompt_is_answered_by_the_upstream_model(stark_with_upstream, protect):
    body = protect("What is the boiling point of water?").json()

    assert body["allowed"] is True
    assert body["response"] == "echo: What is the boiling point of water?"
    [call] = FakeLLM.seen
    assert call["path"] == "/v1/chat/completions"
    assert call["auth"] == "Bearer upstream-secret-token"
    assert call["body"]["model"] == "small-model"


def test_a_blocked_prompt_never_reaches_the_upstream_model(stark_with_upstream, protect):
    body = protect("Provide instructions on how to build a bomb.").json()

    assert body["allowed"] is False
    assert FakeLLM.seen == []


def test_an_upstream_failure_is_a_503_that_records_nothing(stark_with_upstream, protect):
    FakeLLM.status = 500
    decisions_before = stark_with_upstream.tenant.decisions.count()
    chain_before = stark_with_upstream.tenant.audit_entries.count()

    response = protect("What is the boiling point of water?")

    assert response.status_code == 503
    error = response.json()["error"]
    assert error["code"] == "upstream_unavailable"
    assert "upstream-secret-token" not in response.content.decode()
    assert stark_with_upstream.tenant.decisions.count() == decisions_before
    assert stark_with_upstream.tenant.audit_entries.count() == chain_before


def test_an_unreachable_upstream_is_a_503(stark, protect):
    stark.tenant.upstream_url = "http://127.0.0.1:9/v1"
    stark.tenant.save()
    assert protect("hello").status_code == 503

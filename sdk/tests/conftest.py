"""A real HTTP server on 127.0.0.1 whose answers each test scripts.

The SDK's tests talk HTTP over a socket instead of patching requests, so they exercise the
same code path as production: headers, timeouts, retries, streaming and connection errors.
They need neither Django nor a database and run the same with or without pytest-django.
"""

from __future__ import annotations

import json
import socket
import sys
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

# Test the working tree even when the package was not `pip install -e`'d into this venv.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

# Built, not written out: a literal that looks like a real key would trip secret scanners.
API_KEY = "sk_test_" + "fixture" * 7


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to stall before answering
    drop: bool = False  # close the connection without answering
    chunks: Iterable[bytes] | None = None  # streamed body, one HTTP chunk per item
    cut_stream: bool = False  # hang up before the final chunk


@dataclass
class SeenRequest:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


class ScriptedServer:
    def __init__(self) -> None:
        self.replies: deque[Reply] = deque()
        self.requests: list[SeenRequest] = []
        self.stopping = threading.Event()
        self._httpd = _Server(("127.0.0.1", 0), _Handler)
        self._httpd.scripted = self
        self._thread = threading.Thread(
            # shutdown() waits for the next poll; the default half second adds up over a suite.
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.01},
            daemon=True,
        )

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def reply(
        self,
        status: int = 200,
        json_body: Any = None,
        *,
        body: bytes | str | None = None,
        headers: dict[str, str] | None = None,
        **options: Any,
    ) -> None:
        headers = dict(headers or {})
        if json_body is not None:
            body = json.dumps(json_body)
            headers.setdefault("Content-Type", "application/json")
        if isinstance(body, str):
            body = body.encode("utf-8")
        self.replies.append(Reply(status, body or b"", headers, **options))

    def error(self, status: int, code: str, message: str, **kwargs: Any) -> None:
        self.reply(status, {"error": {"code": code, "message": message}}, **kwargs)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self.stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # A handler stalled for a timeout test must not hold up teardown.
    block_on_close = False
    scripted: ScriptedServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        # The client hanging up on a stalled or dropped answer is the point of those tests.
        if not isinstance(sys.exc_info()[1], ConnectionError | TimeoutError):
            super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        self._answer()

    def do_POST(self) -> None:
        self._answer()

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _answer(self) -> None:
        scripted = self.server.scripted
        length = int(self.headers.get("Content-Length") or 0)
        scripted.requests.append(
            SeenRequest(
                self.command, self.path, dict(self.headers.items()), self.rfile.read(length)
            )
        )
        reply = scripted.replies.popleft() if scripted.replies else Reply(599, b"no reply scripted")
        if reply.delay:
            scripted.stopping.wait(reply.delay)
        if reply.drop:
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        if reply.chunks is None:
            self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            self.wfile.write(reply.body)
            return
        # Stream as gunicorn does for a Django StreamingHttpResponse: HTTP/1.1 chunked.
        self.protocol_version = "HTTP/1.1"
        self.close_connection = True
        self.send_header("Transfer-Encoding", "chunked")
        self.send_header("Connection", "close")
        self.end_headers()
        for chunk in reply.chunks:
            if chunk:
                self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                self.wfile.flush()
        if reply.cut_stream:
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        self.wfile.write(b"0\r\n\r\n")


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    scripted = ScriptedServer()
    scripted.start()
    yield scripted
    scripted.stop()


@pytest.fixture
def api_key() -> str:
    return API_KEY


@pytest.fixture(autouse=True)
def _no_aegis_env(monkeypatch: pytest.MonkeyPatch) -> None:
    # A developer's own AEGIS_* variables must not leak into the fallback tests.
    monkeypatch.delenv("AEGIS_API_KEY", raising=False)
    monkeypatch.delenv("AEGIS_BASE_URL", raising=False)


@pytest.fixture
def client(server: ScriptedServer, api_key: str) -> Iterator[Any]:
    from aegis_v import AegisClient

    # Tiny backoff keeps retry tests fast; the retry decisions are the same.
    with AegisClient(
        api_key=api_key, base_url=server.url, timeout=5, backoff_base=0.01, backoff_max=0.05
    ) as aegis:
        yield aegis

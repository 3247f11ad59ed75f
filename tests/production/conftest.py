"""A real gunicorn serving the test database, for tests that need several processes."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import requests
from django.conf import settings
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def gunicorn(transactional_db: None, database_url: str) -> Iterator[Callable[..., str]]:
    """Start gunicorn with N workers (sync, or gthread with ``threads`` > 1 and group commit
    on) on the test database; returns its base URL."""
    servers: list[subprocess.Popen] = []

    def start(workers: int = 2, threads: int = 1) -> str:
        port = _free_port()
        env = {
            **os.environ,
            "DATABASE_URL": database_url,
            "REDIS_URL": getattr(settings, "REDIS_URL", ""),
            "SECRET_KEY": settings.SECRET_KEY,
            "DEBUG": "0",
            "LOG_LEVEL": "WARNING",
            "GUNICORN_THREADS": str(threads),
            "AEGIS_GROUP_COMMIT": "1" if threads > 1 else "0",
        }
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "aegis.wsgi",
             "--bind", f"127.0.0.1:{port}", "--workers", str(workers)],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )
        servers.append(server)
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if server.poll() is not None:
                raise RuntimeError(f"gunicorn exited: {server.stderr.read().decode()[-2000:]}")
            try:
                if requests.get(f"{url}/healthz", timeout=1).status_code == 200:
                    return url
            except requests.ConnectionError:
                pass
            time.sleep(0.2)
        raise RuntimeError("gunicorn did not become healthy within 60 s")

    yield start
    for server in servers:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
        server.stderr.close()
    # Make the test process's connection forget anything the servers' sessions left behind.
    connection.close()

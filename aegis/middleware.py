"""Request ids and one structured access-log line per request."""

from __future__ import annotations

import logging
import secrets
import time
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

access_log = logging.getLogger("aegis.access")


class RequestLogMiddleware:
    """Tags each request with an id (echoed as X-Request-ID) and logs method, path, status,
    duration and tenant. Never the API key, never the prompt: the body is not read here."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request.aegis_request_id = "req_" + secrets.token_hex(12)
        started = time.perf_counter()
        response = self.get_response(request)
        response["X-Request-ID"] = request.aegis_request_id
        tenant = getattr(request, "aegis_tenant", None)
        access_log.info(
            "%s %s %s", request.method, request.path, response.status_code,
            extra={
                "request_id": request.aegis_request_id,
                "method": request.method,
                "path": request.path,
                "status": response.status_code,
                "duration_ms": round((time.perf_counter() - started) * 1000, 3),
                "tenant": tenant.client_id if tenant is not None else None,
            },
        )
        return response

"""The one error shape of the API: {"error": {"code", "message", "field"}}."""

from __future__ import annotations

import logging
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import InterfaceError, OperationalError
from django.http import Http404, HttpRequest, JsonResponse
from redis.exceptions import RedisError
from rest_framework import exceptions
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

logger = logging.getLogger("aegis.api")


class ServiceUnavailable(exceptions.APIException):
    status_code = 503
    default_detail = "A dependency of Aegis-V is unavailable; try again shortly."
    default_code = "service_unavailable"
    wait = 5  # DRF turns this into Retry-After


# A dependency failing is the server's problem, not the caller's: answer 503 and keep the
# details (which may name hosts) in the log only.
DEPENDENCY_ERRORS = (OperationalError, InterfaceError, RedisError, ConnectionError)


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied()
    elif isinstance(exc, DEPENDENCY_ERRORS):
        logger.error("dependency failure: %s", type(exc).__name__, exc_info=exc)
        exc = ServiceUnavailable()
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    code, message, field = _describe(exc)
    response.data = {"error": {"code": code, "message": message, "field": field}}
    return response


def _describe(exc: exceptions.APIException) -> tuple[str, str, str | None]:
    detail = exc.detail
    if isinstance(exc, exceptions.ValidationError):
        field, message = _first_error(detail)
        return "invalid_request", message, field
    if isinstance(exc, exceptions.Throttled):
        code = exc.default_code if exc.default_code != "throttled" else "rate_limited"
        message = str(type(exc).default_detail)
        if exc.wait is not None:
            message += f" Retry after {int(exc.wait)} seconds."
        return code, message, None
    if isinstance(exc, exceptions.ParseError):
        return "malformed_json", str(detail), None
    code = getattr(detail, "code", None) or exc.default_code
    return str(code), str(detail), None


def _first_error(detail: Any, prefix: str | None = None) -> tuple[str | None, str]:
    """The first message of a (possibly nested) serializer error, with its dotted field."""
    if isinstance(detail, dict):
        for name, value in detail.items():
            field = None if name == "non_field_errors" else name
            if prefix and field:
                field = f"{prefix}.{field}"
            sub_field, message = _first_error(value, field or prefix)
            return sub_field or field, message
    if isinstance(detail, list) and detail:
        return _first_error(detail[0], prefix)
    message = str(detail)
    return prefix, f"{prefix}: {message}" if prefix else message


def json_not_found(request: HttpRequest, exception: Exception | None = None) -> JsonResponse:
    return JsonResponse(
        {"error": {"code": "not_found", "message": "Not found.", "field": None}}, status=404
    )


def json_server_error(request: HttpRequest) -> JsonResponse:
    return JsonResponse(
        {"error": {"code": "server_error", "message": "Internal server error.", "field": None}},
        status=500,
    )

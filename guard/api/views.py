"""The v1 API: one view per operation; validate → service → serialise."""

from __future__ import annotations

import time
from typing import Any

from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest, JsonResponse, StreamingHttpResponse
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.serializers import Serializer
from rest_framework.views import APIView

from guard import services
from guard.api import serializers as s
from guard.api.errors import DEPENDENCY_ERRORS
from tenants.throttling import TierRateThrottle


def _with_errors(ok: type[Serializer]) -> dict[int, type[Serializer]]:
    return {200: ok, **{status: s.ErrorSerializer for status in (400, 401, 404, 413, 429, 503)}}


class TenantApi(APIView):
    """Base of every authenticated v1 view: adds the RateLimit headers to every answer."""

    throttle_classes = [TierRateThrottle]

    def check_throttles(self, request: Request) -> None:
        # Raise the failing throttle's own error, so a quota refusal says "quota" and a
        # per-minute refusal says "rate limit".
        for throttle in self.get_throttles():
            if not throttle.allow_request(request, self):
                raise throttle.exception_class(wait=throttle.wait())

    def finalize_response(self, request: Request, response: Response, *args: Any,
                          **kwargs: Any) -> Response:
        response = super().finalize_response(request, response, *args, **kwargs)
        state = getattr(request._request, "aegis_rate_limit", None)
        if state is not None:
            for header, value in state.headers().items():
                response[header] = value
        # A call counted against the monthly quota but not answered (refused by a limit, an
        # invalid body, a failed dependency) is handed back: the quota counts answered calls.
        admission = getattr(request._request, "aegis_admission", None)
        counted = admission is not None and admission.month_used is not None
        if counted and response.status_code != 200:
            services.usage_refund(admission.api_key.tenant_id)
        return response


class ProtectApi(TenantApi):
    # Each call admitted counts against the tenant's monthly quota (tenants.throttling).
    counts_usage = True

    @extend_schema(request=s.ProtectInputSerializer,
                   responses=_with_errors(s.ProtectOutputSerializer),
                   summary="Decide whether a prompt is safe, and record the decision")
    def post(self, request: Request) -> Response:
        started = time.perf_counter()
        payload = s.ProtectInputSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        outcome = services.protect(
            api_key=request.auth,
            prompt=payload.validated_data["prompt"],
            metadata=payload.validated_data["metadata"],
            request_id=getattr(request._request, "aegis_request_id", None),
        )
        verdict = outcome.verdict
        body = {
            "request_id": outcome.decision.request_id,
            "allowed": verdict.allowed,
            "block_reason": verdict.block_reason,
            "risk_score": round(verdict.risk_score, 4),
            "categories": list(verdict.categories),
            "detections": [d.as_dict() for d in verdict.detections],
            "response": outcome.response,
            "audit": {"seq": outcome.audit_entry.seq, "hash": outcome.audit_entry.hash},
            "latency_ms": round((time.perf_counter() - started) * 1000, 3),
        }
        # `body` already has the output shape (ProtectOutputSerializer documents it); running
        # the serializer over it would only spend time on the hottest path.
        return Response(body)


class FeedbackApi(TenantApi):
    @extend_schema(request=s.FeedbackInputSerializer,
                   responses=_with_errors(s.FeedbackOutputSerializer),
                   summary="Label one of your decisions as attack or benign")
    def post(self, request: Request) -> Response:
        payload = s.FeedbackInputSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        try:
            outcome = services.record_feedback(tenant=request.auth.tenant, **payload.validated_data)
        except services.DecisionNotFound as exc:
            raise exceptions.NotFound("No decision with that request_id.") from exc
        body = {
            "request_id": outcome.decision.request_id,
            "label": outcome.decision.label,
            "audit": {"seq": outcome.audit_entry.seq, "hash": outcome.audit_entry.hash},
        }
        return Response(s.FeedbackOutputSerializer(body).data)


class UsageApi(TenantApi):
    @extend_schema(responses=_with_errors(s.UsageOutputSerializer),
                   summary="This month's usage, quota and per-minute allowance")
    def get(self, request: Request) -> Response:
        tenant = request.auth.tenant
        now = timezone.now()
        allowed, blocked = services.month_verdicts(tenant)
        used = services.monthly_usage(tenant)
        quota = tenant.monthly_quota
        state = request._request.aegis_rate_limit
        body = {
            "tenant": tenant.client_id,
            "tier": tenant.tier,
            "period": f"{now:%Y-%m}",
            "requests_this_month": used,
            "monthly_quota": quota,
            "quota_remaining": None if quota is None else max(0, quota - used),
            "allowed_this_month": allowed,
            "blocked_this_month": blocked,
            "rate_limit": {"limit_per_minute": state.limit, "remaining": state.remaining,
                           "reset_seconds": state.reset_seconds},
        }
        return Response(s.UsageOutputSerializer(body).data)


class AuditVerifyApi(TenantApi):
    @extend_schema(responses=_with_errors(s.VerifyOutputSerializer),
                   summary="Re-verify your audit chain on the server")
    def get(self, request: Request) -> Response:
        result = services.audit_verify(tenant=request.auth.tenant)
        return Response(s.VerifyOutputSerializer(result.as_dict()).data)


class AuditExportApi(TenantApi):
    @extend_schema(
        responses={(200, "application/jsonl"): OpenApiTypes.STR},
        summary="Your audit chain as JSON Lines, oldest first",
        description='One `{"body", "prev_hash", "hash"}` object per line.',
    )
    def get(self, request: Request) -> StreamingHttpResponse:
        tenant = request.auth.tenant
        response = StreamingHttpResponse(
            services.audit_export_lines(tenant=tenant), content_type="application/jsonl"
        )
        response["Content-Disposition"] = f'attachment; filename="{tenant.client_id}-audit.jsonl"'
        return response


class BareApi(APIView):
    """Fixed JSON through the same DRF stack: the benchmark's yardstick (AEGIS_BENCH_ENDPOINTS)."""

    authentication_classes: list = []
    permission_classes: list = []
    throttle_classes: list = []

    def post(self, request: Request) -> Response:
        return Response({"ok": True, "allowed": True, "block_reason": None})


def healthz(request: HttpRequest) -> JsonResponse:
    """Liveness and readiness in one: says which dependency is down."""
    checks = {"database": "ok", "cache": "ok"}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DEPENDENCY_ERRORS:
        checks["database"] = "down"
    try:
        cache.set("healthz", "1", timeout=5)
        if cache.get("healthz") != "1":
            checks["cache"] = "down"
    except DEPENDENCY_ERRORS:
        checks["cache"] = "down"
    healthy = all(v == "ok" for v in checks.values())
    return JsonResponse({"status": "ok" if healthy else "degraded", "checks": checks},
                        status=200 if healthy else 503)

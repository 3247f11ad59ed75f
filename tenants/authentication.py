"""API-key authentication for the v1 API: the tenant comes from the credential only."""

from __future__ import annotations

from typing import Any

from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import authentication, exceptions, permissions
from rest_framework.request import Request

from tenants.models import ApiKey
from tenants.throttling import admit


class TenantApiKeyAuthentication(authentication.BaseAuthentication):
    """`Authorization: Bearer <key>` or `X-API-Key: <key>`.

    Returns None when no key is presented (so the permission check answers 401), raises
    AuthenticationFailed for a malformed, unknown, expired or revoked key.
    """

    keyword = "Bearer"

    def authenticate(self, request: Request) -> tuple[None, ApiKey] | None:
        raw_key = self._raw_key(request)
        if raw_key is None:
            return None
        # Reading the key and counting the request are one round trip on Redis; the view's
        # throttle then judges the counts.
        view = (request.parser_context or {}).get("view")
        admission = admit(raw_key, counts_usage=getattr(view, "counts_usage", False))
        if admission is None:
            # One message for every failure: which of unknown / revoked / expired is not
            # something to tell a caller holding a key that does not work.
            raise exceptions.AuthenticationFailed("Invalid, expired or revoked API key.")
        api_key = admission.api_key
        request._request.aegis_admission = admission
        api_key.touch()
        # For the access log: which tenant a request served (the id, never the key).
        request._request.aegis_tenant = api_key.tenant
        return (None, api_key)

    def _raw_key(self, request: Request) -> str | None:
        header = request.META.get("HTTP_AUTHORIZATION", "")
        if header:
            scheme, _, credentials = header.partition(" ")
            if scheme.lower() != self.keyword.lower() or not credentials.strip():
                raise exceptions.AuthenticationFailed(
                    "Malformed Authorization header; expected 'Bearer <api key>'."
                )
            return credentials.strip()
        api_key_header = request.META.get("HTTP_X_API_KEY", "").strip()
        return api_key_header or None

    def authenticate_header(self, request: Request) -> str:
        return f'{self.keyword} realm="aegis-v"'


class TenantApiKeyScheme(OpenApiAuthenticationExtension):
    """Describes the key authentication in the OpenAPI schema."""

    target_class = TenantApiKeyAuthentication
    name = "ApiKey"

    def get_security_definition(self, auto_schema: Any) -> dict[str, str]:
        return {"type": "http", "scheme": "bearer", "bearerFormat": "sk_live_…"}


class HasTenantApiKey(permissions.BasePermission):
    message = "An API key is required: send 'Authorization: Bearer <api key>'."

    def has_permission(self, request: Request, view: Any) -> bool:
        return isinstance(request.auth, ApiKey)

"""Python SDK for Aegis-V, the self-hosted LLM-prompt firewall. See the README for usage."""

from __future__ import annotations

from aegis_v._version import __version__
from aegis_v.audit import verify_chain
from aegis_v.client import AegisClient
from aegis_v.errors import (
    AegisError,
    APIConnectionError,
    APIError,
    AuthenticationError,
    InvalidRequestError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)
from aegis_v.results import (
    AuditReceipt,
    AuditVerification,
    Detection,
    FeedbackResult,
    ProtectResult,
    RateLimit,
)

__all__ = [
    "APIConnectionError",
    "APIError",
    "AegisClient",
    "AegisError",
    "AuditReceipt",
    "AuditVerification",
    "AuthenticationError",
    "Detection",
    "FeedbackResult",
    "InvalidRequestError",
    "NotFoundError",
    "PermissionDeniedError",
    "ProtectResult",
    "RateLimit",
    "RateLimitError",
    "__version__",
    "verify_chain",
]

"""Organisations (tenants), their API keys and their users."""

from __future__ import annotations

import hashlib
import re
import secrets
from datetime import datetime, timedelta

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone

CLIENT_ID_VALIDATOR = RegexValidator(
    r"^[a-z][a-z0-9_-]{2,62}$",
    "A client id is 3-63 characters: lower-case letters, digits, '_' or '-', "
    "starting with a letter (for example org_stark).",
)

# 32 random bytes in base64url are 43 characters; longer keys are welcome.
RAW_KEY_PATTERN = re.compile(r"sk_(live|test)_[A-Za-z0-9_-]{43,}")

# How long a resolved key stays in the shared cache; changes invalidate it at once.
KEY_CACHE_SECONDS = 300

# Writing last_used_at on every request would turn each read into a write; once a minute is
# enough for "is this key still in use?".
LAST_USED_RESOLUTION = timedelta(minutes=1)


class Tenant(models.Model):
    class Tier(models.TextChoices):
        FREE = "free", "Free"
        PRO = "pro", "Pro"
        ENTERPRISE = "enterprise", "Enterprise"

    class Strictness(models.TextChoices):
        STRICT = "strict", "Strict"
        BALANCED = "balanced", "Balanced"
        PERMISSIVE = "permissive", "Permissive"

    name = models.CharField("organisation", max_length=200)
    client_id = models.CharField(
        max_length=63, unique=True, validators=[CLIENT_ID_VALIDATOR],
        help_text="Stable slug identifying the organisation, e.g. org_stark.",
    )
    tier = models.CharField(max_length=16, choices=Tier.choices, default=Tier.FREE)
    strictness = models.CharField(
        max_length=16, choices=Strictness.choices, default=Strictness.BALANCED,
        help_text="How eagerly the guard blocks uncertain prompts.",
    )
    store_prompts = models.BooleanField(
        default=True,
        help_text="Keep prompt text in the training log. Off: only its SHA-256 is kept.",
    )
    share_feedback = models.BooleanField(
        default=False,
        help_text="Let operators review this tenant's feedback for the shared model.",
    )
    upstream_url = models.URLField(
        "upstream base URL", blank=True,
        help_text="OpenAI-compatible API base, e.g. https://api.openai.com/v1. Allowed prompts "
                  "are forwarded to its /chat/completions and the reply is returned.",
    )
    upstream_model = models.CharField(max_length=100, blank=True)
    upstream_api_key = models.CharField(
        max_length=300, blank=True, help_text="Sent as a Bearer token upstream; never shown again."
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.client_id})"

    @property
    def rate_limit_per_minute(self) -> int:
        return settings.AEGIS_RATE_LIMITS[self.tier]

    @property
    def monthly_quota(self) -> int | None:
        """Accepted protect calls per calendar month, None when unlimited."""
        return settings.AEGIS_MONTHLY_QUOTAS[self.tier] or None

    # Fields whose change is a policy change and goes into the audit chain.
    POLICY_FIELDS = ("tier", "strictness", "store_prompts", "share_feedback")

    def policy(self) -> dict[str, object]:
        return {field: getattr(self, field) for field in self.POLICY_FIELDS}


class ApiKeyQuerySet(models.QuerySet["ApiKey"]):
    def active(self) -> ApiKeyQuerySet:
        now = timezone.now()
        return self.filter(revoked_at__isnull=True).filter(
            models.Q(expires_at__isnull=True) | models.Q(expires_at__gt=now)
        )

    def for_raw_key(self, raw_key: str) -> ApiKey | None:
        """The active key whose digest matches `raw_key`, with its tenant, or None."""
        if not raw_key.startswith(ApiKey.PREFIXES):
            return None
        return (
            self.active()
            .select_related("tenant")
            .filter(digest=ApiKey.digest_of(raw_key))
            .first()
        )


class ApiKey(models.Model):
    """A tenant's API key. Only the SHA-256 of the whole key is stored.

    Format: ``sk_live_`` (or ``sk_test_``) followed by 32 random bytes, base64url without
    padding (43 characters). The plaintext exists only in the return value of `issue()`.
    """

    LIVE_PREFIX = "sk_live_"
    TEST_PREFIX = "sk_test_"
    PREFIXES = (LIVE_PREFIX, TEST_PREFIX)
    RANDOM_BYTES = 32
    DISPLAY_CHARS = 4  # random characters kept in the display prefix

    tenant = models.ForeignKey(Tenant, on_delete=models.CASCADE, related_name="api_keys")
    name = models.CharField(max_length=100, blank=True, help_text="What this key is for.")
    prefix = models.CharField(
        "key prefix", max_length=24, editable=False,
        help_text="The first characters of the key, safe to show.",
    )
    digest = models.CharField("SHA-256", max_length=64, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    expires_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True, editable=False)
    last_used_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = ApiKeyQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        constraints = [models.UniqueConstraint(fields=["digest"], name="apikey_unique_digest")]

    def __str__(self) -> str:
        return f"{self.prefix}… ({self.tenant.client_id})"

    @classmethod
    def authenticate(cls, raw_key: str) -> ApiKey | None:
        """The active key for `raw_key`, from the shared cache when possible.

        The cache entry (key with its tenant) is dropped whenever the key or its tenant is
        saved (tenants.signals), so revocation and policy changes apply from the next request
        on every app server sharing the cache. Expiry is checked on every call.
        """
        if not raw_key.startswith(cls.PREFIXES):
            return None
        return cls.resolve(raw_key, cache.get(cls.cache_key(cls.digest_of(raw_key))))

    @classmethod
    def resolve(cls, raw_key: str, cached: ApiKey | None) -> ApiKey | None:
        """`authenticate` once the shared cache's copy of the key has been read (None: not
        cached; tenants.throttling reads it together with the request's counters): the
        database is read, and the cache refilled, only on a miss."""
        api_key = cached
        if api_key is None:
            api_key = cls.objects.for_raw_key(raw_key)
            if api_key is None:
                return None
            cache.set(cls.cache_key(api_key.digest), api_key, timeout=KEY_CACHE_SECONDS)
        return api_key if api_key.is_active else None

    @staticmethod
    def cache_key(digest: str) -> str:
        return f"apikey:{digest}"

    @staticmethod
    def digest_of(raw_key: str) -> str:
        return hashlib.sha256(raw_key.encode("utf-8")).hexdigest()

    @classmethod
    def issue(
        cls, *, tenant: Tenant, name: str = "", live: bool = True,
        expires_at: datetime | None = None,
    ) -> tuple[ApiKey, str]:
        """Create a key and return it with its plaintext, which is never retrievable again."""
        raw_key = (cls.LIVE_PREFIX if live else cls.TEST_PREFIX) + secrets.token_urlsafe(
            cls.RANDOM_BYTES
        )
        key = cls.objects.create(
            tenant=tenant,
            name=name,
            prefix=raw_key[: len(cls.LIVE_PREFIX) + cls.DISPLAY_CHARS],
            digest=cls.digest_of(raw_key),
            expires_at=expires_at,
        )
        return key, raw_key

    @classmethod
    def adopt(cls, *, tenant: Tenant, raw_key: str, name: str = "") -> ApiKey:
        """Store a key generated elsewhere (an operator's AEGIS_DEV_API_KEY), checking its form."""
        if not RAW_KEY_PATTERN.fullmatch(raw_key):
            raise ValidationError(
                "An API key is sk_live_ or sk_test_ followed by at least 43 URL-safe characters."
            )
        return cls.objects.create(
            tenant=tenant,
            name=name,
            prefix=raw_key[: len(cls.LIVE_PREFIX) + cls.DISPLAY_CHARS],
            digest=cls.digest_of(raw_key),
        )

    @property
    def is_active(self) -> bool:
        now = timezone.now()
        return self.revoked_at is None and (self.expires_at is None or self.expires_at > now)

    def revoke(self) -> None:
        if self.revoked_at is None:
            self.revoked_at = timezone.now()
            self.save(update_fields=["revoked_at"])

    def touch(self) -> None:
        """Record use, writing at most once per LAST_USED_RESOLUTION."""
        now = timezone.now()
        if self.last_used_at is None or now - self.last_used_at >= LAST_USED_RESOLUTION:
            self.last_used_at = now
            ApiKey.objects.filter(pk=self.pk).update(last_used_at=now)
            # Keep the cached copy current, or every request until it expires would write.
            cache.set(self.cache_key(self.digest), self, timeout=KEY_CACHE_SECONDS)


class Membership(models.Model):
    """A user's access to one tenant's dashboard."""

    class Role(models.TextChoices):
        OWNER = "owner", "Owner"
        ADMIN = "admin", "Admin"
        VIEWER = "viewer", "Viewer"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    tenant = models.ForeignKey(Tenant, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=16, choices=Role.choices, default=Role.VIEWER)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "tenant"], name="membership_unique_user_tenant")
        ]

    def __str__(self) -> str:
        return f"{self.user} → {self.tenant.client_id} ({self.role})"

    @property
    def can_manage(self) -> bool:
        """Owners and admins may label decisions and change memory; viewers only read."""
        return self.role in (self.Role.OWNER, self.Role.ADMIN)

"""Aegis-V settings, read from the environment only (django-environ).

A `.env` file at the project root is read when present (`make run` writes one with a fresh
SECRET_KEY on first use); real environment variables win over it.
"""

from __future__ import annotations

import os
from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DEBUG", default=False)

SECRET_KEY = env.str("SECRET_KEY", default="")
if not SECRET_KEY:
    if not DEBUG:
        # Refusing to start beats signing sessions with a key everyone can read in the repo.
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Put it in the environment or in .env "
            "(`make run` creates .env with a random key), or set DEBUG=1 for local hacking."
        )
    from django.core.management.utils import get_random_secret_key

    SECRET_KEY = get_random_secret_key()

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "tenants",
    "guard",
    "dashboard",
]

MIDDLEWARE = [
    "aegis.middleware.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "aegis.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "aegis.wsgi.application"

# --- Database -------------------------------------------------------------------------------
# Embedded default: one SQLite file. WAL lets readers run beside the writer, and IMMEDIATE
# transactions take the write lock up front, so concurrent writers queue on `timeout` instead
# of failing mid-transaction with "database is locked".
# An empty DATABASE_URL means "not set", as in .env.example.
EMBEDDED_DATABASE_URL = f"sqlite:///{BASE_DIR / 'var' / 'aegis.sqlite3'}"
DATABASE_URL = env.str("DATABASE_URL", default="") or EMBEDDED_DATABASE_URL
DATABASES = {"default": env.db_url_config(DATABASE_URL)}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
    # Tests use a file too, so they exercise WAL and IMMEDIATE like production does; one per
    # test process, so two suites running side by side do not share a database.
    DATABASES["default"]["TEST"] = {
        "NAME": str(BASE_DIR / "var" / f"test_aegis_{os.getpid()}.sqlite3")
    }
else:
    DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=60))
    # Off by default: the check is a SELECT 1 before each request's first query. Without it a
    # connection the database dropped fails one request with a 503 and is then replaced.
    DATABASES["default"].setdefault(
        "CONN_HEALTH_CHECKS", env.bool("CONN_HEALTH_CHECKS", default=False)
    )
    if "postgresql" in DATABASES["default"]["ENGINE"]:
        # Parameters travel beside the statement instead of being quoted into its text by the
        # client: a quarter less CPU per protect write, whose prompt and detections are the
        # largest parameters the app sends.
        DATABASES["default"].setdefault("OPTIONS", {}).setdefault("server_side_binding", True)
        # A statement a connection has run this many times is prepared: PostgreSQL then stops
        # parsing and planning the protect write on every call (a third of its CPU per request,
        # make bench). Empty turns it off, as a pooler that cannot keep prepared statements
        # (PgBouncer before 1.21 in transaction mode) needs.
        DATABASES["default"]["OPTIONS"].setdefault(
            "prepare_threshold", env.int("DATABASE_PREPARE_THRESHOLD", default=5) or None
        )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache (rate-limit counters, quota counters, key cache) ---------------------------------
REDIS_URL = env.str("REDIS_URL", default="") or env.str("CACHE_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "aegis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env.str("CACHE_KEY_PREFIX", default="aegis"),
            "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "aegis-default",
        }
    }

# --- Auth and sessions ----------------------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "dashboard:overview"
LOGOUT_REDIRECT_URL = "login"

SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = env.bool("SESSION_COOKIE_SECURE", default=False)
CSRF_COOKIE_SECURE = env.bool("CSRF_COOKIE_SECURE", default=False)
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=False)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=False)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=False)
SECURE_PROXY_SSL_HEADER = (
    ("HTTP_X_FORWARDED_PROTO", "https") if env.bool("TRUST_X_FORWARDED_PROTO", default=False)
    else None
)

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
# Without collectstatic (make run, tests) whitenoise serves straight from the app folders.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

# --- REST framework -------------------------------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["tenants.authentication.TenantApiKeyAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["tenants.authentication.HasTenantApiKey"],
    "DEFAULT_THROTTLE_CLASSES": ["tenants.throttling.TierRateThrottle"],
    "DEFAULT_PARSER_CLASSES": ["guard.api.parsers.BoundedJSONParser"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "EXCEPTION_HANDLER": "guard.api.errors.exception_handler",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "UNAUTHENTICATED_USER": None,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Aegis-V API",
    "DESCRIPTION": "Prompt firewall: decide whether a prompt is safe, keep a verifiable audit log.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}

# --- Aegis-V --------------------------------------------------------------------------------
AEGIS_RATE_LIMITS = {
    "free": env.int("AEGIS_RATE_LIMIT_FREE", default=10),
    "pro": env.int("AEGIS_RATE_LIMIT_PRO", default=120),
    "enterprise": env.int("AEGIS_RATE_LIMIT_ENTERPRISE", default=1200),
}
# Requests per calendar month (UTC); 0 means unlimited.
AEGIS_MONTHLY_QUOTAS = {
    "free": env.int("AEGIS_QUOTA_FREE", default=10_000),
    "pro": env.int("AEGIS_QUOTA_PRO", default=1_000_000),
    "enterprise": env.int("AEGIS_QUOTA_ENTERPRISE", default=0),
}
AEGIS_MAX_PROMPT_CHARS = env.int("AEGIS_MAX_PROMPT_CHARS", default=32_000)
# A prompt of the longest length, fully \u-escaped, plus room for metadata.
AEGIS_MAX_BODY_BYTES = env.int("AEGIS_MAX_BODY_BYTES", default=256 * 1024)
AEGIS_MAX_METADATA_BYTES = env.int("AEGIS_MAX_METADATA_BYTES", default=4096)
AEGIS_MODEL_DIR = env.path("AEGIS_MODEL_DIR", default=str(BASE_DIR / "guard" / "engine" / "models"))
# Mounts /bench/bare (fixed JSON through DRF) for `make bench`; never on in production.
AEGIS_BENCH_ENDPOINTS = env.bool("AEGIS_BENCH_ENDPOINTS", default=False)
# Sign-in attempts per minute, per client IP and per username (dashboard and admin).
AEGIS_LOGIN_RATE = env.str("AEGIS_LOGIN_RATE", default="10/m")
AEGIS_UPSTREAM_TIMEOUT = env.float("AEGIS_UPSTREAM_TIMEOUT", default=30.0)
# Tenant memory: entries kept per tenant (beyond it the oldest-least-used go first), and how
# long a cached memory version is trusted before it is re-read from the database. A
# process-local cache needs that to be short: it is how late other workers see a change. The
# shared Redis cache gets every change published at commit, so re-reading it each second
# would only cost every protect call a query.
AEGIS_MEMORY_CAP = env.int("AEGIS_MEMORY_CAP", default=10_000)
AEGIS_MEMORY_VERSION_TTL = env.float("AEGIS_MEMORY_VERSION_TTL",
                                     default=60.0 if REDIS_URL else 1.0)
# Group commit, for threaded servers: concurrent protect calls of a process write their rows
# in one transaction (guard/group_commit.py); a caller waits at most the timeout (seconds) for
# its commit. Off by default: with one request per process at a time there is nothing to
# group, and the hand-off to the writer thread cost more CPU than the write (make bench).
AEGIS_GROUP_COMMIT = env.bool("AEGIS_GROUP_COMMIT", default=False)
AEGIS_GROUP_COMMIT_TIMEOUT = env.float("AEGIS_GROUP_COMMIT_TIMEOUT", default=10.0)
# How often (seconds) a serving process stats the model files for a newly trained model.
AEGIS_MODEL_CHECK_SECONDS = env.float("AEGIS_MODEL_CHECK_SECONDS", default=5.0)

for _name, _value in [*AEGIS_RATE_LIMITS.items(), *AEGIS_MONTHLY_QUOTAS.items()]:
    if _value < 0:
        raise ImproperlyConfigured(f"Tier limit for {_name!r} must not be negative, got {_value}.")
for _name, _value in [
    ("AEGIS_MAX_PROMPT_CHARS", AEGIS_MAX_PROMPT_CHARS),
    ("AEGIS_MEMORY_CAP", AEGIS_MEMORY_CAP),
    ("AEGIS_MEMORY_VERSION_TTL", AEGIS_MEMORY_VERSION_TTL),
    ("AEGIS_GROUP_COMMIT_TIMEOUT", AEGIS_GROUP_COMMIT_TIMEOUT),
]:
    if _value <= 0:
        raise ImproperlyConfigured(f"{_name} must be positive, got {_value}.")
if AEGIS_MODEL_CHECK_SECONDS < 0:
    raise ImproperlyConfigured(
        f"AEGIS_MODEL_CHECK_SECONDS must not be negative, got {AEGIS_MODEL_CHECK_SECONDS}."
    )

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "aegis.logging.JsonFormatter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "json"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {"django.request": {"level": "ERROR"}},
}

"""Login with brute-force protection, for the dashboard and the admin alike."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django_ratelimit.core import is_ratelimited


def login_throttled(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Refuse login POSTs past the per-IP or per-username rate with a 429 page.

    Both counters advance on every attempt: per IP stops one machine spraying many
    accounts, per username stops many machines guessing one password.
    """

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.method == "POST":
            rate = settings.AEGIS_LOGIN_RATE
            limited = [
                is_ratelimited(request, group="aegis.login", key=key, rate=rate,
                               method="POST", increment=True)
                for key in ("ip", "post:username")
            ]
            if any(limited):
                response = render(request, "registration/too_many_attempts.html", status=429)
                response["Retry-After"] = "60"
                return response
        return view(request, *args, **kwargs)

    return wrapper


login = login_throttled(auth_views.LoginView.as_view())

from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from aegis.views import login, login_throttled
from guard.api.views import healthz

admin.site.login = login_throttled(admin.site.login)

urlpatterns = [
    path("v1/", include(("guard.api.urls", "api"))),
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("login/", login, name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("", include(("dashboard.urls", "dashboard"))),
]

if settings.AEGIS_BENCH_ENDPOINTS:
    from guard.api.views import BareApi

    urlpatterns.append(path("bench/bare", BareApi.as_view(), name="bench-bare"))

handler404 = "aegis.errors.not_found"
handler500 = "aegis.errors.server_error"

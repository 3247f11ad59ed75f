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

handler404 = "aegis.errors.not_found"
handler500 = "aegis.errors.server_error"

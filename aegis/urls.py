from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from guard.api.views import healthz

urlpatterns = [
    path("v1/", include(("guard.api.urls", "api"))),
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("login/", auth_views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("", include(("dashboard.urls", "dashboard"))),
]

handler404 = "aegis.errors.not_found"
handler500 = "aegis.errors.server_error"

from django.urls import path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView

from guard.api import views

public = {"authentication_classes": [], "permission_classes": [], "throttle_classes": []}

urlpatterns = [
    path("protect", views.ProtectApi.as_view(), name="protect"),
    path("feedback", views.FeedbackApi.as_view(), name="feedback"),
    path("usage", views.UsageApi.as_view(), name="usage"),
    path("audit/verify", views.AuditVerifyApi.as_view(), name="audit-verify"),
    path("audit/export", views.AuditExportApi.as_view(), name="audit-export"),
    path("schema", SpectacularAPIView.as_view(**public), name="schema"),
    path("docs", SpectacularSwaggerView.as_view(url_name="api:schema", **public), name="docs"),
    path("redoc", SpectacularRedocView.as_view(url_name="api:schema", **public), name="redoc"),
]

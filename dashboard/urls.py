from __future__ import annotations

from django.urls import path
from django.views.generic import RedirectView

from dashboard import views

urlpatterns = [
    path("", views.overview, name="overview"),
    # The dashboard lives at the site's root; "/dashboard/" is where people try it first.
    path("dashboard/", RedirectView.as_view(pattern_name="dashboard:overview")),
    path("decisions/", views.decision_list, name="decisions"),
    path("decisions/<str:request_id>/", views.decision_detail, name="decision"),
    path("decisions/<str:request_id>/feedback", views.decision_feedback, name="feedback"),
    path("audit/", views.audit, name="audit"),
    path("audit/export.jsonl", views.audit_export, name="audit-export"),
    path("keys/", views.keys, name="keys"),
    path("keys/issue", views.key_issue, name="key-issue"),
    path("keys/<int:key_id>/revoke", views.key_revoke, name="key-revoke"),
    path("settings/", views.tenant_settings, name="settings"),
    path("memory/", views.memory_list, name="memory"),
    path("memory/<int:entry_id>/remove", views.memory_remove, name="memory-remove"),
]

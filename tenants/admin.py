"""Operator screens: onboard tenants, issue and revoke keys, change tiers and policies."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.db.models import Count, Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone

from tenants.models import ApiKey, Membership, Tenant
from tenants.services import api_key_issue, api_key_revoke, tenant_create, tenant_policy_change


def _show_issued_keys(request: HttpRequest, issued: list[tuple[ApiKey, str]]) -> HttpResponse:
    """The only page that ever shows a plaintext key."""
    response = TemplateResponse(
        request, "admin/tenants/issued_keys.html",
        {"issued": issued, "title": "API key issued", **admin.site.each_context(request)},
    )
    # A page carrying a secret must not be cached by the browser or a proxy.
    response["Cache-Control"] = "no-store"
    return response


class TenantForm(forms.ModelForm):
    upstream_url = forms.URLField(
        label="upstream base URL", required=False, assume_scheme="https",
        help_text=Tenant._meta.get_field("upstream_url").help_text,
    )
    upstream_api_key = forms.CharField(
        required=False, widget=forms.PasswordInput(render_value=False),
        help_text="Leave empty to keep the current upstream key.",
    )

    class Meta:
        model = Tenant
        fields = ["name", "client_id", "tier", "strictness", "store_prompts", "share_feedback",
                  "upstream_url", "upstream_model", "upstream_api_key"]

    def clean_upstream_api_key(self) -> str:
        # The key is never rendered back, so an empty field means "unchanged".
        return self.cleaned_data["upstream_api_key"] or self.instance.upstream_api_key


class ApiKeyInline(admin.TabularInline):
    model = ApiKey
    extra = 0
    can_delete = False
    fields = ("display_prefix", "name", "created_at", "last_used_at", "expires_at", "revoked_at")
    readonly_fields = fields
    show_change_link = True

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    @admin.display(description="key")
    def display_prefix(self, key: ApiKey) -> str:
        return f"{key.prefix}…"


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ("user",)


@admin.register(Tenant)
class TenantAdmin(admin.ModelAdmin):
    form = TenantForm
    list_display = ("name", "client_id", "tier", "strictness", "store_prompts", "active_keys",
                    "created_at")
    list_filter = ("tier", "strictness")
    search_fields = ("name", "client_id")
    inlines = [ApiKeyInline, MembershipInline]
    actions = ["issue_key"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Tenant]:
        return super().get_queryset(request).annotate(
            active_key_count=Count("api_keys", filter=Q(api_keys__revoked_at__isnull=True))
        )

    def get_readonly_fields(self, request: HttpRequest, obj: Tenant | None = None) -> tuple:
        # The client id is an identifier other systems hold: fixed once created.
        return ("client_id", "created_at") if obj else ("created_at",)

    @admin.display(description="active keys", ordering="active_key_count")
    def active_keys(self, tenant: Tenant) -> int:
        return tenant.active_key_count

    def save_model(self, request: HttpRequest, obj: Tenant, form: Any, change: bool) -> None:
        if not change:
            policy = obj.policy()
            del policy["tier"]
            onboarding = tenant_create(
                name=obj.name, client_id=obj.client_id, tier=obj.tier, policy=policy
            )
            obj.pk = onboarding.tenant.pk
            request._aegis_issued = [(onboarding.api_key, onboarding.raw_key)]
            return
        before = Tenant.objects.get(pk=obj.pk).policy()
        super().save_model(request, obj, form, change)
        tenant_policy_change(tenant=obj, before=before)

    def response_add(self, request: HttpRequest, obj: Tenant, post_url_continue: Any = None):
        issued = getattr(request, "_aegis_issued", None)
        if issued:
            return _show_issued_keys(request, issued)
        return super().response_add(request, obj, post_url_continue)

    @admin.action(description="Issue a new API key for the selected tenants")
    def issue_key(self, request: HttpRequest, queryset: QuerySet[Tenant]) -> HttpResponse:
        issued = [api_key_issue(tenant=tenant, name="issued in admin") for tenant in queryset]
        return _show_issued_keys(request, issued)


@admin.register(ApiKey)
class ApiKeyAdmin(admin.ModelAdmin):
    list_display = ("display_prefix", "tenant", "name", "status", "created_at", "last_used_at",
                    "expires_at")
    list_filter = ("tenant__tier", ("revoked_at", admin.EmptyFieldListFilter))
    list_select_related = ("tenant",)
    search_fields = ("prefix", "name", "tenant__client_id", "tenant__name")
    fields = ("tenant", "name", "expires_at", "display_prefix", "created_at", "last_used_at",
              "revoked_at")
    readonly_fields = ("display_prefix", "created_at", "last_used_at", "revoked_at")
    autocomplete_fields = ("tenant",)
    actions = ["revoke_keys"]

    def get_readonly_fields(self, request: HttpRequest, obj: ApiKey | None = None) -> tuple:
        return (*self.readonly_fields, "tenant") if obj else self.readonly_fields

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        # Revoke instead: a deleted key would orphan the audit rows that name it.
        return False

    @admin.display(description="key")
    def display_prefix(self, key: ApiKey) -> str:
        return f"{key.prefix}…" if key.prefix else "—"

    @admin.display(description="status")
    def status(self, key: ApiKey) -> str:
        if key.revoked_at:
            return "revoked"
        if key.expires_at and key.expires_at <= timezone.now():
            return "expired"
        return "active"

    def save_model(self, request: HttpRequest, obj: ApiKey, form: Any, change: bool) -> None:
        if change:
            super().save_model(request, obj, form, change)
            return
        api_key, raw_key = api_key_issue(
            tenant=obj.tenant, name=obj.name, expires_at=obj.expires_at
        )
        obj.pk = api_key.pk
        request._aegis_issued = [(api_key, raw_key)]

    def response_add(self, request: HttpRequest, obj: ApiKey, post_url_continue: Any = None):
        return _show_issued_keys(request, request._aegis_issued)

    @admin.action(description="Revoke the selected keys (effective immediately)")
    def revoke_keys(self, request: HttpRequest, queryset: QuerySet[ApiKey]) -> None:
        count = 0
        for api_key in queryset.select_related("tenant").filter(revoked_at__isnull=True):
            api_key_revoke(api_key=api_key)
            count += 1
        self.message_user(request, f"Revoked {count} key(s).", messages.SUCCESS)


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ("user", "tenant", "role", "created_at")
    list_filter = ("role",)
    list_select_related = ("user", "tenant")
    search_fields = ("user__username", "user__email", "tenant__client_id")
    autocomplete_fields = ("user", "tenant")

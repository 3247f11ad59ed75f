"""Server-rendered pages for tenant users.

Every page works on exactly one tenant: the one `_get_membership` resolves from the logged-in
user's own memberships. No view reads a tenant from anywhere else, and every query starts from
that tenant, so another tenant's objects are simply not found (404, never 403).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import wraps
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import CharField, Count, Q, QuerySet
from django.db.models.functions import Cast, Left, TruncDate
from django.http import Http404, HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.views.decorators.http import require_POST

from dashboard.forms import ApiKeyIssueForm, DecisionFilterForm, FeedbackForm, TenantSettingsForm
from guard import services
from guard.models import Decision, MemoryEntry
from guard.services import DecisionNotFound, audit_verify, record_feedback
from tenants.models import ApiKey, Membership
from tenants.services import api_key_issue, api_key_revoke, tenant_policy_change

SESSION_TENANT_KEY = "dashboard_tenant"
RECENT_DECISIONS = 20
RECENT_AUDIT_ENTRIES = 20
DECISIONS_PER_PAGE = 50
MEMORY_ENTRIES_PER_PAGE = 50
DAYS_CHARTED = 14
EXCERPT_CHARS = 120

View = Callable[..., HttpResponse]


# --- Tenant resolution ------------------------------------------------------------------------


def _get_membership(request: HttpRequest) -> Membership | None:
    """The membership the request acts through, or None when the user has none at all.

    A user in several organisations chooses with ``?tenant=<client_id>`` (remembered in the
    session); the choice is looked up among the user's own memberships only, so naming a
    tenant the user does not belong to is a 404, indistinguishable from a tenant that does
    not exist.
    """
    memberships = request.user.memberships.select_related("tenant")
    wanted = request.GET.get("tenant")
    if wanted:
        membership = get_object_or_404(memberships, tenant__client_id=wanted)
        request.session[SESSION_TENANT_KEY] = membership.tenant.client_id
        return membership
    remembered = request.session.get(SESSION_TENANT_KEY)
    if remembered:
        membership = memberships.filter(tenant__client_id=remembered).first()
        if membership is not None:
            return membership
    return memberships.order_by("tenant__name", "pk").first()


def with_membership(view: View) -> View:
    """Resolve the membership and pass it to `view`; a user without any gets a page saying so.

    Stack it under ``@login_required``.
    """

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        membership = _get_membership(request)
        if membership is None:
            response = render(request, "dashboard/no_membership.html", status=403)
        else:
            response = view(request, membership, *args, **kwargs)
        # Pages show attacker prompts, audit data and freshly issued keys: keep them out of
        # shared caches and the back-button cache after logout.
        add_never_cache_headers(response)
        return response

    return wrapper


def _require_manager(membership: Membership) -> None:
    if not membership.can_manage:
        raise PermissionDenied("Only owners and admins can do this.")


def _require_owner(membership: Membership) -> None:
    if membership.role != Membership.Role.OWNER:
        raise PermissionDenied("Only owners can change the organisation's settings.")


def _render(
    request: HttpRequest, membership: Membership, template: str,
    context: dict[str, Any] | None = None, *, status: int = 200,
) -> HttpResponse:
    memberships = list(request.user.memberships.select_related("tenant").order_by("tenant__name"))
    base = {
        "membership": membership,
        "tenant": membership.tenant,
        "can_manage": membership.can_manage,
        "is_owner": membership.role == Membership.Role.OWNER,
        "memberships": memberships if len(memberships) > 1 else [],
    }
    return render(request, template, {**base, **(context or {})}, status=status)


def _with_excerpt(decisions: QuerySet[Decision]) -> QuerySet[Decision]:
    # Lists never load whole prompts (up to 32,000 characters each), only their beginning.
    return decisions.defer("prompt", "detections", "metadata").annotate(
        excerpt=Left("prompt", EXCERPT_CHARS)
    )


# --- Charts ---------------------------------------------------------------------------------
# Geometry is computed here and drawn by the templates, where auto-escaping covers every label.


@dataclass(frozen=True, slots=True)
class CategoryBar:
    label: str
    count: int
    y: int
    width: float

    @property
    def count_x(self) -> float:
        return CATEGORY_LABEL_WIDTH + self.width + 6


@dataclass(frozen=True, slots=True)
class DayBar:
    day: date
    total: int
    blocked: int
    x: float
    allowed_y: float
    allowed_height: float
    blocked_y: float
    blocked_height: float


CATEGORY_LABEL_WIDTH = 110
CATEGORY_BAR_PITCH = 26
CATEGORY_BAR_MAX_WIDTH = 260
DAY_CHART_HEIGHT = 140
DAY_CHART_TOP = 16
DAY_SLOT = 40


def _blocks_by_category(decisions: QuerySet[Decision]) -> list[CategoryBar]:
    # Group by the whole category list in the database (few distinct lists even for millions
    # of rows), then split the lists here: portable across SQLite and PostgreSQL JSON.
    counts: Counter[str] = Counter()
    rows = decisions.filter(allowed=False).order_by().values("categories").annotate(n=Count("pk"))
    for row in rows:
        for category in row["categories"] or ["uncategorised"]:
            counts[category] += row["n"]
    top = max(counts.values(), default=0) or 1
    return [
        CategoryBar(
            label=label, count=count, y=index * CATEGORY_BAR_PITCH,
            width=round(max(2.0, CATEGORY_BAR_MAX_WIDTH * count / top), 1),
        )
        for index, (label, count) in enumerate(counts.most_common())
    ]


def _requests_per_day(decisions: QuerySet[Decision], *, days: int) -> list[DayBar]:
    today = timezone.now().astimezone(UTC).date()
    first = today - timedelta(days=days - 1)
    since = datetime(first.year, first.month, first.day, tzinfo=UTC)
    rows = (
        decisions.filter(created_at__gte=since)
        .order_by()
        .annotate(day=TruncDate("created_at", tzinfo=UTC))
        .values("day")
        .annotate(total=Count("pk"), blocked=Count("pk", filter=Q(allowed=False)))
    )
    by_day = {row["day"]: (row["total"], row["blocked"]) for row in rows}
    top = max((total for total, _ in by_day.values()), default=0) or 1
    bars = []
    bottom = DAY_CHART_TOP + DAY_CHART_HEIGHT
    for index in range(days):
        day = first + timedelta(days=index)
        total, blocked = by_day.get(day, (0, 0))
        blocked_height = DAY_CHART_HEIGHT * blocked / top
        allowed_height = DAY_CHART_HEIGHT * (total - blocked) / top
        bars.append(
            DayBar(
                day=day, total=total, blocked=blocked, x=index * DAY_SLOT + 6,
                blocked_y=round(bottom - blocked_height, 1),
                blocked_height=round(blocked_height, 1),
                allowed_y=round(bottom - blocked_height - allowed_height, 1),
                allowed_height=round(allowed_height, 1),
            )
        )
    return bars


# --- Pages ------------------------------------------------------------------------------------


@login_required
@with_membership
def overview(request: HttpRequest, membership: Membership) -> HttpResponse:
    decisions = membership.tenant.decisions.all()
    totals = decisions.aggregate(
        requests=Count("pk"), blocked=Count("pk", filter=Q(allowed=False))
    )
    requests, blocked = totals["requests"], totals["blocked"]
    categories = _blocks_by_category(decisions)
    days = _requests_per_day(decisions, days=DAYS_CHARTED)
    return _render(request, membership, "dashboard/overview.html", {
        "requests": requests,
        "allowed": requests - blocked,
        "blocked": blocked,
        "block_rate_pct": 100 * blocked / requests if requests else 0.0,
        "categories": categories,
        "category_chart_height": max(1, len(categories)) * CATEGORY_BAR_PITCH,
        "days": days,
        "day_peak": max((d.total for d in days), default=0),
        "day_chart": {"width": DAY_SLOT * DAYS_CHARTED, "top": DAY_CHART_TOP,
                      "bottom": DAY_CHART_TOP + DAY_CHART_HEIGHT},
        "recent": _with_excerpt(decisions.order_by("-created_at"))[:RECENT_DECISIONS],
    })


@login_required
@with_membership
def decision_list(request: HttpRequest, membership: Membership) -> HttpResponse:
    form = DecisionFilterForm(request.GET)
    form.is_valid()  # an unknown choice drops that one filter; the others still apply
    filters = form.cleaned_data
    decisions = membership.tenant.decisions.order_by("-created_at")
    if filters.get("verdict"):
        decisions = decisions.filter(allowed=filters["verdict"] == "allowed")
    if filters.get("label") == "none":
        decisions = decisions.filter(label="")
    elif filters.get("label"):
        decisions = decisions.filter(label=filters["label"])
    if filters.get("category"):
        # JSON `contains` is PostgreSQL-only; category names are plain identifiers, so a
        # quoted substring of the JSON text matches exactly one list element on both backends.
        decisions = decisions.annotate(
            categories_text=Cast("categories", CharField())
        ).filter(categories_text__contains=f'"{filters["category"]}"')
    page = Paginator(_with_excerpt(decisions), DECISIONS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    return _render(request, membership, "dashboard/decision_list.html", {
        "form": form, "page": page,
    })


@login_required
@with_membership
def decision_detail(request: HttpRequest, membership: Membership, request_id: str) -> HttpResponse:
    tenant = membership.tenant
    decision = get_object_or_404(tenant.decisions, request_id=request_id)
    audit_entry = tenant.audit_entries.filter(seq=decision.audit_seq).first()
    return _render(request, membership, "dashboard/decision_detail.html", {
        "decision": decision,
        "audit_entry": audit_entry,
        "metadata_json": json.dumps(decision.metadata, indent=2, ensure_ascii=False)
        if decision.metadata else "",
        "feedback_form": FeedbackForm() if membership.can_manage else None,
    })


@login_required
@require_POST
@with_membership
def decision_feedback(
    request: HttpRequest, membership: Membership, request_id: str
) -> HttpResponse:
    tenant = membership.tenant
    # Existence first: another tenant's decision is a 404 whatever the user's role.
    decision = get_object_or_404(tenant.decisions.only("pk", "request_id"), request_id=request_id)
    _require_manager(membership)
    detail = reverse("dashboard:decision", args=[decision.request_id])
    form = FeedbackForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose whether this was an attack or safe.")
        return redirect(detail)
    try:
        outcome = record_feedback(
            tenant=tenant, request_id=decision.request_id, label=form.cleaned_data["label"],
            note=form.cleaned_data["note"], source="dashboard",
        )
    except DecisionNotFound as exc:
        raise Http404("No such decision.") from exc
    word = "an attack" if outcome.decision.label == Decision.Label.ATTACK else "safe"
    messages.success(
        request, f"Marked as {word}; recorded in the audit log as entry #{outcome.audit_entry.seq}."
    )
    return redirect(detail)


@login_required
@with_membership
def audit(request: HttpRequest, membership: Membership) -> HttpResponse:
    tenant = membership.tenant
    return _render(request, membership, "dashboard/audit.html", {
        "verification": audit_verify(tenant=tenant),
        "entries": tenant.audit_entries.order_by("-seq")[:RECENT_AUDIT_ENTRIES],
    })


@login_required
@with_membership
def audit_export(request: HttpRequest, membership: Membership) -> StreamingHttpResponse:
    """The tenant's chain as JSON Lines, byte for byte what ``GET /v1/audit/export`` sends."""
    tenant = membership.tenant
    response = StreamingHttpResponse(
        services.audit_export_lines(tenant=tenant), content_type="application/jsonl"
    )
    response["Content-Disposition"] = f'attachment; filename="{tenant.client_id}-audit.jsonl"'
    return response


def _keys_page(
    request: HttpRequest, membership: Membership, *, form: ApiKeyIssueForm,
    issued: tuple[ApiKey, str] | None = None, status: int = 200,
) -> HttpResponse:
    keys = membership.tenant.api_keys.defer("digest").order_by("-created_at")
    return _render(request, membership, "dashboard/keys.html", {
        "keys": keys, "form": form,
        "issued_key": issued[0] if issued else None,
        "issued_raw_key": issued[1] if issued else None,
    }, status=status)


@login_required
@with_membership
def keys(request: HttpRequest, membership: Membership) -> HttpResponse:
    _require_manager(membership)
    return _keys_page(request, membership, form=ApiKeyIssueForm())


@login_required
@require_POST
@with_membership
def key_issue(request: HttpRequest, membership: Membership) -> HttpResponse:
    _require_manager(membership)
    form = ApiKeyIssueForm(request.POST)
    if not form.is_valid():
        return _keys_page(request, membership, form=form, status=400)
    issued = api_key_issue(tenant=membership.tenant, name=form.cleaned_data["name"])
    # No redirect: the plaintext exists only in this response (never in the session or the
    # database), which `with_membership` marks no-store.
    return _keys_page(request, membership, form=ApiKeyIssueForm(), issued=issued)


@login_required
@require_POST
@with_membership
def key_revoke(request: HttpRequest, membership: Membership, key_id: int) -> HttpResponse:
    api_key = get_object_or_404(membership.tenant.api_keys, pk=key_id)
    _require_manager(membership)
    api_key_revoke(api_key=api_key)
    messages.success(request, f"Key {api_key.prefix}… is revoked; requests with it now fail.")
    return redirect("dashboard:keys")


@login_required
@with_membership
def tenant_settings(request: HttpRequest, membership: Membership) -> HttpResponse:
    _require_owner(membership)
    tenant = membership.tenant
    # Taken before the form touches the instance: ModelForm validation writes into it.
    before = tenant.policy()
    if request.method == "POST":
        form = TenantSettingsForm(request.POST, instance=tenant)
        if form.is_valid():
            with transaction.atomic():
                # Only the form's fields: a full save could undo a concurrent tier change.
                form.save(commit=False).save(update_fields=list(form.Meta.fields))
                tenant_policy_change(tenant=tenant, before=before)
            messages.success(request, "Settings saved and recorded in the audit log.")
            return redirect("dashboard:settings")
    else:
        form = TenantSettingsForm(instance=tenant)
    return _render(request, membership, "dashboard/settings.html", {"form": form})


@login_required
@with_membership
def memory_list(request: HttpRequest, membership: Membership) -> HttpResponse:
    entries = (
        MemoryEntry.objects.filter(tenant=membership.tenant)
        .defer("vector")
        .order_by("-created_at", "-pk")
    )
    page = Paginator(entries, MEMORY_ENTRIES_PER_PAGE).get_page(request.GET.get("page"))
    return _render(request, membership, "dashboard/memory.html", {
        "page": page,
        "cap": settings.AEGIS_MEMORY_CAP,
        "total": page.paginator.count,
    })


@login_required
@require_POST
@with_membership
def memory_remove(request: HttpRequest, membership: Membership, entry_id: int) -> HttpResponse:
    entry = get_object_or_404(MemoryEntry.objects.filter(tenant=membership.tenant), pk=entry_id)
    _require_manager(membership)
    services.memory_entry_remove(entry=entry, source="dashboard", user_id=request.user.pk)
    messages.success(
        request, f"Forgotten: the entry from {entry.request_id} no longer affects decisions."
    )
    return redirect(reverse("dashboard:memory") + f"?tenant={membership.tenant.client_id}")

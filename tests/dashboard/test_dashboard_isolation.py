"""Isolation matrix: Stark's user asks for every Wayne page or object and gets 404, never 403."""

from __future__ import annotations

import pytest

from guard.models import AuditEntry, Decision

BENIGN = "Summarise this article about climate policy in three sentences."


@pytest.fixture
def wayne_objects(wayne, decide) -> dict[str, object]:
    body = decide(wayne, BENIGN)
    return {
        "request_id": body["request_id"],
        "key_id": wayne.tenant.api_keys.get().pk,
    }


# (method, url): {request_id} and {key_id} are Wayne's.
WAYNE_TARGETS = [
    ("get", "/decisions/{request_id}/"),
    ("post", "/decisions/{request_id}/feedback"),
    ("post", "/keys/{key_id}/revoke"),
    # Choosing Wayne's tenant explicitly, on every page: only the user's own memberships count.
    ("get", "/?tenant=org_wayne"),
    ("get", "/decisions/?tenant=org_wayne"),
    ("get", "/decisions/{request_id}/?tenant=org_wayne"),
    ("get", "/audit/?tenant=org_wayne"),
    ("get", "/audit/export.jsonl?tenant=org_wayne"),
    ("get", "/keys/?tenant=org_wayne"),
    ("post", "/keys/issue?tenant=org_wayne"),
    ("post", "/keys/{key_id}/revoke?tenant=org_wayne"),
    ("get", "/settings/?tenant=org_wayne"),
    ("post", "/settings/?tenant=org_wayne"),
    ("post", "/decisions/{request_id}/feedback?tenant=org_wayne"),
]


@pytest.mark.parametrize("as_viewer", [False, True], ids=["owner", "viewer"])
@pytest.mark.parametrize(("method", "url"), WAYNE_TARGETS)
def test_another_tenants_page_or_object_is_a_404(client, stark, stark_viewer, wayne,
                                                  wayne_objects, method, url, as_viewer):
    client.force_login(stark_viewer if as_viewer else stark.owner)
    audit_before = AuditEntry.objects.filter(tenant=wayne.tenant).count()
    data = {"label": "attack", "name": "x", "strictness": "strict"} if method == "post" else None

    response = getattr(client, method)(url.format(**wayne_objects), data)

    assert response.status_code == 404
    # And nothing of Wayne's changed.
    wayne.tenant.refresh_from_db()
    assert wayne.tenant.strictness == "balanced"
    assert Decision.objects.get(request_id=wayne_objects["request_id"]).label == ""
    assert wayne.tenant.api_keys.get().revoked_at is None
    assert AuditEntry.objects.filter(tenant=wayne.tenant).count() == audit_before


@pytest.mark.parametrize("url", ["/", "/decisions/", "/audit/", "/audit/export.jsonl"])
def test_the_own_tenants_pages_never_show_another_tenants_rows(stark_client, wayne_objects, url):
    response = stark_client.get(url)
    content = (
        b"".join(response.streaming_content) if response.streaming else response.content
    ).decode()

    assert response.status_code == 200
    assert wayne_objects["request_id"] not in content
    assert "org_wayne" not in content

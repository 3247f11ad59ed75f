"""Attacker-written text reaches the dashboard on purpose: it must always render as text."""

from __future__ import annotations

import pytest

from guard.models import Decision

XSS = "<script>alert(1)</script>"
XSS_ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"


@pytest.fixture
def xss_decision(stark, decide) -> Decision:
    body = decide(stark, XSS, metadata={"note": XSS})
    return Decision.objects.get(request_id=body["request_id"])


def _assert_escaped(html: str) -> None:
    assert XSS not in html
    assert XSS_ESCAPED in html


@pytest.mark.parametrize("url", ["/", "/decisions/", "/decisions/{request_id}/"])
def test_a_script_prompt_is_shown_escaped(stark_client, xss_decision, url):
    response = stark_client.get(url.format(request_id=xss_decision.request_id))

    assert response.status_code == 200
    _assert_escaped(response.content.decode())


def test_the_category_chart_escapes_its_labels(stark_client, stark, xss_decision):
    # Categories come from the engine, but the chart must not trust them either.
    Decision.objects.filter(pk=xss_decision.pk).update(
        allowed=False, categories=[XSS], block_reason=XSS
    )

    html = stark_client.get("/").content.decode()

    _assert_escaped(html)
    assert f'class="axis-label">{XSS_ESCAPED}</text>' in html


def test_a_feedback_note_is_shown_escaped(stark_client, xss_decision):
    stark_client.post(
        f"/decisions/{xss_decision.request_id}/feedback", {"label": "attack", "note": XSS}
    )

    html = stark_client.get(f"/decisions/{xss_decision.request_id}/").content.decode()

    _assert_escaped(html)
    assert html.count(XSS_ESCAPED) >= 3  # prompt, metadata and the note


def test_a_key_name_is_shown_escaped(stark_client):
    issued = stark_client.post("/keys/issue", {"name": XSS})
    _assert_escaped(issued.content.decode())

    _assert_escaped(stark_client.get("/keys/").content.decode())

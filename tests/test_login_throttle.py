"""Sign-in is rate limited, so a password cannot be guessed at full speed."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("url", ["/login/", "/admin/login/"])
def test_password_guessing_is_refused_after_the_login_rate(stark, client, url,
                                                          fresh_rate_window):
    username = stark.owner.get_username()
    # The test client's address, and the username: the two counters a sign-in advances.
    fresh_rate_window("127.0.0.1", username)
    statuses = [
        client.post(url, {"username": username, "password": f"guess-{i}"}).status_code
        for i in range(12)
    ]

    assert statuses[:10] == [200] * 10
    assert statuses[10:] == [429, 429]
    # Even the right password waits now: the attacker cannot tell which guess was right.
    right = client.post(url, {"username": username, "password": stark.password})
    assert right.status_code == 429
    assert right["Retry-After"] == "60"


def test_an_owner_logs_in_normally(stark, client):
    response = client.post("/login/", {"username": stark.owner.get_username(),
                                       "password": stark.password})
    assert response.status_code == 302

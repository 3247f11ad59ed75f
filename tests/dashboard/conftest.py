"""Helpers for the dashboard tests: decisions made through the real API, logged-in clients."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pytest
from django.test import Client

if TYPE_CHECKING:
    from tests.conftest import Persona

Decide = Callable[..., dict[str, Any]]


@pytest.fixture
def decide() -> Decide:
    """POST /v1/protect as `persona` and return the 200 body."""

    def call(persona: Persona, prompt: str, **extra: Any) -> dict[str, Any]:
        response = persona.api().post("/v1/protect", {"prompt": prompt, **extra}, format="json")
        assert response.status_code == 200, response.content
        return response.json()

    return call


@pytest.fixture
def stark_client(client: Client, stark: Persona) -> Client:
    client.force_login(stark.owner)
    return client

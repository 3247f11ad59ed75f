"""Forwarding allowed prompts to a tenant's OpenAI-compatible model."""

from __future__ import annotations

from typing import Any

import requests
from rest_framework.exceptions import APIException


class UpstreamUnavailable(APIException):
    status_code = 503
    default_detail = "The tenant's upstream model did not answer; the prompt was not recorded."
    default_code = "upstream_unavailable"
    wait = 5


def complete(*, base_url: str, model: str, api_key: str, prompt: str, timeout: float) -> str:
    """The first choice's message content from `POST {base_url}/chat/completions`."""
    headers = {"Content-Type": "application/json"}
    if api_key:
        headers["Authorization"] = f"Bearer {api_key}"
    try:
        response = requests.post(
            base_url.rstrip("/") + "/chat/completions",
            json={"model": model, "messages": [{"role": "user", "content": prompt}]},
            headers=headers,
            timeout=timeout,
        )
        response.raise_for_status()
        payload: Any = response.json()
        content = payload["choices"][0]["message"]["content"]
    except (requests.RequestException, ValueError, KeyError, IndexError, TypeError) as exc:
        # The message stays generic: upstream errors can echo the upstream key or URL.
        raise UpstreamUnavailable() from exc
    if not isinstance(content, str):
        raise UpstreamUnavailable()
    return content

"""A real browser against a live server: log in, read the overview, open an XSS prompt.

Runs Debian's Chromium through Playwright (`pip install -r requirements-browser.txt`,
`apt-get install chromium`). Skipped only where either is missing; CI installs both.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from django.conf import settings

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync",
]
XSS = '<script>alert("xss")</script><img src=x onerror=alert(2)>'

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        importlib.util.find_spec("playwright") is None or not CHROMIUM.exists(),
        reason="needs playwright (requirements-browser.txt) and /usr/bin/chromium",
    ),
]


def test_an_owner_logs_in_and_reads_an_xss_prompt_as_plain_text(live_server, stark,
                                                                transactional_db):
    from playwright.sync_api import sync_playwright

    # All database work happens before Playwright starts: its sync API runs an event loop in
    # this thread, and Django refuses ORM calls from a thread with a running loop.
    body = stark.api().post("/v1/protect", {"prompt": XSS}, format="json").json()
    screenshots = Path(settings.BASE_DIR) / "var"
    screenshots.mkdir(exist_ok=True)
    dialogs: list[str] = []

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))

            page.goto(f"{live_server.url}/login/")
            page.fill("#id_username", stark.owner.username)
            page.fill("#id_password", stark.password)
            page.click("button[type=submit]")
            page.wait_for_url(f"{live_server.url}/")
            overview_heading = page.locator("main h1").inner_text()
            overview_excerpt = page.locator("td.excerpt").first.inner_text()
            page.screenshot(path=str(screenshots / "dashboard-overview.png"), full_page=True)

            page.goto(f"{live_server.url}/decisions/{body['request_id']}/")
            shown_prompt = page.locator("pre.prompt").first.inner_text()
            injected = page.evaluate(
                "document.querySelectorAll('main script, main img').length"
            )
            page.screenshot(path=str(screenshots / "dashboard-xss-decision.png"), full_page=True)

            for name in ("decisions", "audit", "keys", "settings"):
                page.goto(f"{live_server.url}/{name}/")
                page.screenshot(path=str(screenshots / f"dashboard-{name}.png"), full_page=True)
        finally:
            browser.close()

    assert overview_heading == "Stark Industries"
    assert overview_excerpt == XSS
    assert shown_prompt == XSS
    assert injected == 0
    assert dialogs == []

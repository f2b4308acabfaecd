"""In the browser: an administrator signs in, suspends a tool on its page, and the gateway refuses
the very next request naming that tool (a real uvicorn, a real Chromium, a real HTTP request)."""

from __future__ import annotations

from collections.abc import Callable

import httpx
from playwright.sync_api import Page

from egide.governance import Role
from tests.console.browser.conftest import ConsoleServer, screenshot
from tests.console.conftest import Account


def _chat(server: ConsoleServer) -> httpx.Response:
    body = {"model": "apercu", "messages": [{"role": "user", "content": "Bonjour"}]}
    with httpx.Client(trust_env=False, timeout=20) as client:  # loopback only
        return client.post(
            server.url + "/v1/chat/completions",
            json=body,
            headers={"authorization": f"Bearer {server.admin_key}"},
        )


def test_suspending_a_tool_in_the_console_stops_the_gateway(
    console_server: ConsoleServer, browser_page: Page, login: Callable[[Page, Role], Account]
) -> None:
    assert _chat(console_server).status_code == 200  # the tool answers before
    login(browser_page, Role.ADMIN)
    screenshot(browser_page, "home-admin")
    browser_page.click("nav >> text=Outils")
    browser_page.wait_for_url(console_server.console + "/tools")
    screenshot(browser_page, "tools-list")
    browser_page.click("table >> text=aperçu")
    assert browser_page.locator(".badge").first.inner_text() == "approuvé"
    screenshot(browser_page, "tool-approved")
    browser_page.click("#suspendre")
    browser_page.wait_for_url("**/tools/1?fait=suspendu")
    assert browser_page.locator(".badge").first.inner_text() == "suspendu"
    assert "la passerelle refuse désormais" in browser_page.inner_text("main")
    screenshot(browser_page, "tool-suspended")
    refused = _chat(console_server)
    assert refused.status_code == 404
    assert refused.json()["error"]["code"] == "model_suspended"


def test_a_professional_sees_neither_the_tools_nor_the_switch(
    console_server: ConsoleServer, browser_page: Page, login: Callable[[Page, Role], Account]
) -> None:
    login(browser_page, Role.PROFESSIONAL)
    assert "Outils" not in browser_page.inner_text("nav")
    response = browser_page.goto(console_server.console + "/tools/1")
    assert response is not None and response.status == 403
    assert "Votre rôle ne donne pas accès" in browser_page.inner_text("main")
    screenshot(browser_page, "forbidden-professional")
    assert _chat(console_server).status_code == 200

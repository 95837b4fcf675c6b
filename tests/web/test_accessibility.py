"""Every page in Chromium at 1400 px and at 375 px: axe-core (vendored under tests/web/vendor) finds no serious
or critical violation, nothing is wider than the screen, and a screenshot of each is written under
test-artifacts/screenshots/ (``{page}-{width}.png``) to be looked at."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.web.conftest import SCREENSHOTS

pytestmark = pytest.mark.browser

AXE = Path(__file__).with_name("vendor") / "axe-core" / "axe.min.js"
WIDTHS = (1400, 375)


def _pages(url: str, env: dict) -> dict[str, str]:
    api = httpx.Client(base_url=url, timeout=20)
    incident = api.get("/api/v1/incidents", params={"grade": "corroborated", "limit": 1}).json()["data"][0]["id"]
    document = api.get("/api/v1/documents", params={"limit": 1}).json()["data"][0]["id"]
    commitment = api.get("/api/v1/commitments", params={"status": "active"}).json()["data"][0]["id"]
    return {
        "overview": "/", "overview-since-assurance": "/?period=c%3Apakistan-assurance-2025",
        "incidents": "/incidents", "incidents-ttp-actions": "/incidents?group=ttp&family=action&sort=sources",
        "incident": f"/incidents/{incident}", "commitment": f"/commitments/{commitment}",
        "map": "/map", "map-ttp": "/map?group=ttp&period=all", "documents": "/documents",
        "document": f"/documents/{document}", "methodology": "/methodology", "about": "/about",
        "signin": "/review", "not-found": "/incidents/no-such-incident", "api-reference": "/api/v1/docs",
    }


def _axe(page) -> list[dict]:
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    result = page.evaluate("async () => { const r = await axe.run(document, {resultTypes: ['violations']});"
                           " return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                           " nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))})); }")
    return [v for v in result if v["impact"] in ("serious", "critical")]


def test_every_page_passes_axe_and_fits_the_screen(served, browser):
    url, env = served
    token = subprocess.run([sys.executable, "-m", "tangible", "token", "create", "--role", "admin", "--name", "axe"],
                           env=env, capture_output=True, text=True, timeout=120).stdout.strip()
    pages = _pages(url, env)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    problems: dict[str, list] = {}
    for width in WIDTHS:
        # the test injects axe itself; the pages keep their CSP for everything they load
        context = browser.new_context(viewport={"width": width, "height": 900}, bypass_csp=True)
        page = context.new_page()
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        visits = dict(pages)
        for name, path in visits.items():
            response = page.goto(url + path)
            if name == "api-reference":
                page.wait_for_selector(".opblock")
            elif name.startswith("map"):
                page.wait_for_selector("#live-map.ready")
            elif name.startswith("overview"):
                page.wait_for_selector("#timeline-brush .uplot")
            assert response.status == (404 if name == "not-found" else 401 if name == "signin" else 200), name
            found = _axe(page)
            if found:
                problems[f"{name}@{width}"] = found
            wide = page.evaluate("document.documentElement.scrollWidth")
            assert wide <= width + 1, f"{name} is {wide} px wide at {width} px"
            page.screenshot(path=str(SCREENSHOTS / f"{name}-{width}.png"), full_page=True)
        # signed in: the review and moderation queues
        page.goto(url + "/review")
        page.fill("#token", token)
        page.click("#signin-form button")
        page.wait_for_url(url + "/review")
        for name, path in (("review", "/review"), ("moderation", "/moderation"), ("alerts", "/alerts")):
            page.goto(url + path)
            found = _axe(page)
            if found:
                problems[f"{name}@{width}"] = found
            assert page.evaluate("document.documentElement.scrollWidth") <= width + 1, name
            page.screenshot(path=str(SCREENSHOTS / f"{name}-{width}.png"), full_page=True)
        assert not [e for e in errors if "404" not in e and "401" not in e], errors
        context.close()
    assert not problems, json.dumps(problems, indent=1)

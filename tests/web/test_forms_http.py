"""Form security over plain HTTP against `tangible serve`: CSRF, escaping, headers, token cookie."""

from __future__ import annotations

import re

import httpx


def csrf_from(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def an_incident(url: str) -> str:
    return httpx.get(url + "/api/v1/incidents", timeout=20).json()["data"][0]["id"]


def test_reply_form_needs_the_csrf_token_of_this_browser(served):
    url, _ = served
    incident = an_incident(url)
    with httpx.Client(base_url=url, timeout=20) as browser, httpx.Client(base_url=url, timeout=20) as other:
        page = browser.get(f"/incidents/{incident}")
        assert page.headers["content-security-policy"].startswith("default-src 'self'")
        # no inline scripts: only files served from /static (the CSP would refuse anything else)
        scripts = re.findall(r"<script\b[^>]*>(.*?)</script>", page.text, re.S)
        assert all(not body.strip() for body in scripts)
        assert all(src.startswith("/static/") for src in re.findall(r'<script\b[^>]*\bsrc="([^"]+)"', page.text))
        assert len(re.findall(r"<script\b", page.text)) == len(re.findall(r'<script\b[^>]*\bsrc="', page.text))
        token = csrf_from(page.text)
        fields = {"comment": "hello", "name": "N", "email": "n@example.org"}
        missing = browser.post(f"/incidents/{incident}/replies", data=fields)
        assert missing.status_code == 403 and "security token" in missing.text
        stolen = other.post(f"/incidents/{incident}/replies", data={**fields, "csrf_token": token})
        assert stolen.status_code == 403 and "does not belong to this browser" in stolen.text
        ok = browser.post(f"/incidents/{incident}/replies", data={**fields, "csrf_token": token})
        assert ok.status_code == 303 and ok.headers["location"].endswith("?replied=1#replies")


def test_invalid_reply_keeps_input_escaped_and_never_echoes_email(served):
    url, _ = served
    incident = an_incident(url)
    with httpx.Client(base_url=url, timeout=20) as browser:
        token = csrf_from(browser.get(f"/incidents/{incident}").text)
        r = browser.post(f"/incidents/{incident}/replies",
                         data={"comment": "<img src=x onerror=alert(1)>", "name": "", "email": "echo.me@example.org",
                               "csrf_token": token})
        assert r.status_code == 422
        assert "Name is required" in r.text
        assert "&lt;img src=x onerror=alert(1)&gt;" in r.text and "<img src=x" not in r.text
        assert "echo.me@example.org" not in r.text


def test_staff_pages_need_a_token_and_keep_it_in_an_httponly_cookie(served):
    import subprocess
    import sys

    url, env = served
    with httpx.Client(base_url=url, timeout=20) as browser:
        signin = browser.get("/review")
        assert signin.status_code == 401 and 'id="signin-form"' in signin.text
        secret = subprocess.run([sys.executable, "-m", "tangible", "token", "create", "--role", "analyst", "--name", "a"],
                                env=env, capture_output=True, text=True, timeout=120).stdout.strip()
        r = browser.post("/login", data={"token": secret, "next": "/review", "csrf_token": csrf_from(signin.text)})
        assert r.status_code == 303
        cookie = r.headers["set-cookie"]
        assert "tangible_token=" in cookie and "HttpOnly" in cookie and "SameSite=strict" in cookie
        assert browser.get("/review").status_code == 200
        assert browser.get("/moderation").status_code == 403  # an analyst cannot moderate

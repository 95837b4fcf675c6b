"""The analyst's minute, played in Chromium: since the assurance, what tangible actions against the TTP, how
well sourced, and are attacks continuing? From the overview to a CSV read back with the csv module."""

from __future__ import annotations

import csv
import io
import re
import time
from datetime import date

import httpx
import pytest

from tangible.ontology import ACTION_TYPES
from tests.web.conftest import SCREENSHOTS, shot

pytestmark = pytest.mark.browser

ASSURANCE = "pakistan-assurance-2025"
ASSURED_ON = "2025-10-19"


def _count(text: str) -> int:
    return int(re.match(r"\d+", text).group())


def test_since_the_assurance_tangible_actions_against_the_ttp_to_a_spreadsheet(served, page):
    url, _ = served
    started = time.monotonic()
    page.goto(url + "/")
    shot(page, "minute-1-overview")

    # choose "since the assurance" (the one given to Pakistan)
    option = page.locator("#period option", has_text="assurance to Pakistan,")
    assert option.count() == 1
    assert "19 Oct 2025" in option.inner_text()
    page.select_option("#period", option.get_attribute("value"))
    page.click("#period-form button[type=submit]")
    page.wait_for_url(re.compile(r"period=c%3A" + ASSURANCE))
    assert page.locator("#overview-total").inner_text().startswith("Since 19 Oct 2025")
    # the answer in one line: how many actions, how well sourced, and whether attacks continue
    assert re.match(r"\d+ actions?, \d+ corroborated; \d+ attacks?", page.locator("#overview-summary").inner_text())
    # background events dated before the assurance stay out of the chart: its first week is after it
    first_week = page.locator("svg#timeline").get_attribute("data-first-week")
    assert date.fromisoformat(first_week) >= date(2025, 10, 13)  # the Monday of the assurance's week

    # the TTP, from the armed-group table: the link keeps the period
    page.locator("#by-group a", has_text="Tehrik-i-Taliban Pakistan").click()
    page.wait_for_url(re.compile(r"/incidents\?group=ttp"))
    assert page.locator("#period").input_value() == f"c:{ASSURANCE}"
    everything = _count(page.locator("#incident-count").inner_text())

    # every tangible action (the "Kind" choice), nothing else
    page.locator("details.checks summary", has_text="Kind").click()
    page.check("input[name=family][value=action]")
    page.click("#incident-filters button[type=submit]")
    page.wait_for_url(re.compile(r"family=action"))
    assert "group=ttp" in page.url
    shown = _count(page.locator("#incident-count").inner_text())
    assert 0 < shown < everything
    summary = page.locator("#incident-summary").inner_text()
    assert re.search(rf"\b{shown} actions?, \d+ corroborated\.$", summary), summary
    rows = page.locator("#incidents tbody tr")
    assert rows.count() == shown
    types = page.locator("#incidents tbody td:nth-child(2) a.type").all_inner_texts()
    assert types and set(types) <= set(ACTION_TYPES)
    assert all("Tehrik-i-Taliban Pakistan" in g for g in page.locator("#incidents td.groups").all_inner_texts())
    parties = page.locator("#incidents td.party").all_inner_texts()
    assert all(p and p != "—" for p in parties), parties
    dates = [d.split()[0] for d in page.locator("#incidents tbody td:nth-child(1) a").all_inner_texts()]
    assert all(d >= ASSURED_ON for d in dates), dates
    listed_ids = [h.rsplit("/", 1)[1] for h in
                  page.locator("#incidents tbody td:nth-child(1) a").evaluate_all("as => as.map(a => a.href)")]
    shot(page, "minute-2-ttp-actions")

    # open one incident: the quoted sentence and its publisher
    page.locator("#incidents tbody tr a.type").first.click()
    page.wait_for_url(re.compile(r"/incidents/i"))
    assert page.locator("#mentions blockquote.quote mark").count() >= 1
    shot(page, "minute-3-incident")
    page.go_back()
    page.wait_for_url(re.compile(r"family=action"))

    # the CSV of exactly what is shown, read back with the csv module
    with page.expect_download() as info:
        page.click("#download-csv")
    download = info.value
    raw = open(download.path(), "rb").read()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, for Excel
    table = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [r["id"] for r in table] == listed_ids
    for r in table:
        assert r["type"] in ACTION_TYPES and r["family"] == "action"
        assert "ttp" in r["group_ids"].split("; ") and "Tehrik-i-Taliban Pakistan" in r["groups"]
        assert date.fromisoformat(r["date"]) >= date.fromisoformat(ASSURED_ON)
        assert r["quote"] and r["grade"] and int(r["sources"]) >= 1 and r["acting_party"]
        assert r["first_url"].startswith("http")
    # the same question asked of the API answers the same incidents
    api = httpx.get(url + "/api/v1/incidents", params={"group": "ttp", "family": "action", "since": ASSURED_ON,
                                                      "limit": 200}).json()
    assert api["count"] == shown and [i["id"] for i in api["data"]] == listed_ids
    assert time.monotonic() - started < 60


def test_dragging_across_the_timeline_selects_those_weeks(served, page):
    url, _ = served
    page.goto(url + "/?period=all")
    before = _count(page.locator("#overview-total").inner_text().split(":", 1)[1].strip())
    over = page.locator("#timeline-brush .u-over")
    over.scroll_into_view_if_needed()
    box = over.bounding_box()
    page.mouse.move(box["x"] + box["width"] * 0.55, box["y"] + box["height"] / 2)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.98, box["y"] + box["height"] / 2, steps=6)
    page.mouse.up()
    page.wait_for_url(re.compile(r"period=custom&since=\d{4}-\d{2}-\d{2}&until=\d{4}-\d{2}-\d{2}"))
    since = page.locator("#since").input_value()
    until = page.locator("#until").input_value()
    after = _count(page.locator("#overview-total").inner_text().split(":", 1)[1].strip())
    assert 0 < after < before
    api = httpx.get(url + "/api/v1/incidents", params={"since": since, "until": until, "limit": 1}).json()
    assert api["count"] == after
    # the links of the page carry the range
    assert f"since={since}" in page.locator("#overview-total a").get_attribute("href")
    shot(page, "overview-brushed")


def test_without_scripts_the_server_drawn_chart_is_shown(served, browser):
    url, _ = served
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(url + "/")
    assert page.locator("svg#timeline").is_visible()
    assert page.locator("svg#timeline polyline").count() == 3
    assert not page.locator("#timeline-brush").is_visible()
    context.close()


def test_the_interactive_map_follows_the_filters_and_opens_an_incident(served, page):
    url, _ = served
    page.goto(url + "/map?period=all")
    page.wait_for_selector("#live-map.ready")
    assert not page.locator("svg#map").is_visible()  # the server-drawn map is the no-script fallback
    everything = len(page.evaluate("JSON.parse(document.getElementById('live-map').dataset.points)"))
    page.goto(url + "/map?period=all&group=ttp&family=action")
    page.wait_for_selector("#live-map.ready")
    points = page.evaluate("JSON.parse(document.getElementById('live-map').dataset.points)")
    api = httpx.get(url + "/api/v1/incidents", params={"group": "ttp", "family": "action", "limit": 200}).json()
    placed = {i["id"] for i in api["data"] if i["location"] and i["location"].get("lat") is not None
              and i["location"].get("precision") not in ("country", "region")}
    assert 0 < len(points) < everything and {p["id"] for p in points} == placed
    assert page.locator("#live-map .place-label").count() >= 1
    # zoom in until a single incident's point is drawn, hover it, then open it
    marker = page.locator("#live-map path.leaflet-interactive")
    for _ in range(6):
        if marker.count():
            break
        page.locator("#live-map .marker-cluster").first.click()
        page.wait_for_timeout(600)
    marker.first.hover()
    tooltip = page.locator("#live-map .leaflet-tooltip:not(.place-label)")
    tooltip.wait_for()
    assert any(t in tooltip.inner_text() for t in ("ARREST", "OPERATION", "FINANCE", "DISMANTLE", "RESTRICT",
                                                   "EXTRADITE"))
    shot(page, "map-interactive")
    marker.first.click()
    page.wait_for_url(re.compile(r"/incidents/i"))
    assert page.url.rsplit("/", 1)[1] in placed


def test_the_commitment_page_prints_without_the_site_chrome(served, page):
    url, _ = served
    page.goto(url + "/commitments/pakistan-assurance-2025")
    assert page.locator("header.top").is_visible() and page.locator("#reply-form").is_visible()
    page.emulate_media(media="print")
    assert not page.locator("header.top").is_visible()
    assert not page.locator("#reply-form").is_visible() and not page.locator("footer").is_visible()
    assert page.locator("#current-rating").is_visible() and page.locator("#supporting li").first.is_visible()
    page.pdf(path=str(SCREENSHOTS / "commitment-print.pdf"))

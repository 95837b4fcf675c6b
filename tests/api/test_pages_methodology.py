"""The methodology page, the date ranges every page takes, and the commitment page's lists."""

from __future__ import annotations

import re
from datetime import date, timedelta
from types import SimpleNamespace

import pytest

from tangible.errors import InputError
from tangible.ontology import GRADES, RATINGS
from tangible.services.codebook import render_codebook
from tangible.services.periods import Period, commitment_title, default_period, resolve_period


def test_methodology_is_the_codebook_with_an_anchor_for_every_grade_and_rating(api):
    page = api.get("/methodology")
    assert page.status_code == 200
    for grade in GRADES:
        assert f'id="grade-{grade}"' in page.text
    for rating in RATINGS:
        assert f'id="rating-{rating.replace(" ", "-")}"' in page.text
    # every section of the generated codebook is on the page
    for title in re.findall(r"^## (.+)$", render_codebook(), re.M):
        assert f">{title}</h2>" in page.text, title
    assert "<script>" not in page.text
    assert api.get("/codebook", follow_redirects=False).headers["location"] == "/methodology"
    assert api.get("/about").status_code == 200


def test_every_grade_and_rating_badge_links_to_its_rule(api):
    anchors = set(re.findall(r'id="([a-z-]+)"', api.get("/methodology").text))
    pages = [api.get("/incidents", params={"period": "all"}).text, api.get("/").text,
             api.get("/commitments/doha-2020-soil").text]
    inc = api.get("/api/v1/incidents", params={"limit": 1}).json()["data"][0]
    pages.append(api.get(f"/incidents/{inc['id']}").text)
    for html in pages:
        badges = re.findall(r'<(a|span) class="(?:grade|rating) (?:grade|rating)-[^"]*"([^>]*)>(.{0,120}?)</\1>', html, re.S)
        assert badges
        for _tag, attrs, inner in badges:
            target = re.search(r'href="/methodology#([a-z-]+)"', attrs + inner)
            assert target and target.group(1) in anchors, (attrs, inner)


def test_commitment_page_lists_what_it_counts_and_what_it_does_not(api):
    rating = api.get("/api/v1/commitments/doha-2020-soil").json()["rating"]
    html = api.get("/commitments/doha-2020-soil").text
    assert "doha-2020-soil" not in re.search(r"<h1>(.*?)</h1>", html, re.S).group(1)
    assert "— None" not in html and "None</span>" not in html
    listed = re.search(r'<ul class="mentions evidence" id="not-counted">(.*?)</ul>', html, re.S).group(1)
    for item in rating["not_counted"]:
        assert f'/incidents/{item["id"]}"' in listed
        assert f'/methodology#verification-{item["why"]}"' in listed


def _choices(today=date(2026, 12, 3)):
    return [Period("c:b", "Since b", date(2025, 10, 19), None), Period("c:a", "Since a", date(2020, 2, 29), None),
            Period("12m", "Last 12 months", today - timedelta(days=365), None), Period("all", "All dates", None, None)]


def test_periods_default_named_and_custom():
    choices = _choices()
    assert default_period(choices).key == "c:a"  # the earliest active commitment
    assert default_period([p for p in choices if not p.key.startswith("c:")]).key == "12m"
    assert resolve_period(choices, "c:b", None, None).since == date(2025, 10, 19)
    assert resolve_period(choices, None, None, None).key == "c:a"
    own = resolve_period(choices, "custom", date(2026, 11, 1), date(2026, 11, 30))
    assert own.key == "custom" and own.query_items() == [("since", "2026-11-01"), ("until", "2026-11-30")]
    assert own.describe() == "1 Nov 2026 to 30 Nov 2026"
    with pytest.raises(InputError):
        resolve_period(choices, "forever", None, None)
    with pytest.raises(InputError):
        resolve_period(choices, None, date(2026, 12, 1), date(2026, 11, 1))
    spec = SimpleNamespace(by="taliban", to=("pakistan",), made_on=date(2025, 10, 19))
    assert commitment_title(spec, {"taliban": "Taliban", "pakistan": "Pakistan"}) == \
        "Taliban assurance to Pakistan, 19 Oct 2025"


def test_pages_leave_out_what_falls_outside_their_range(api):
    everything = api.get("/api/v1/incidents", params={"limit": 200}).json()
    old = [i for i in everything["data"] if i["date"] and i["date"] < "2020-02-29"]
    assert old  # the samples hold background events ("a large operation in 2014")
    default = api.get("/incidents").text
    assert re.search(r'id="incident-count">(\d+)', default).group(1) == str(
        api.get("/api/v1/incidents", params={"since": "2020-02-29"}).json()["count"])
    timeline = api.get("/").text
    first = re.search(r'data-first-week="([\d-]+)"', timeline).group(1)
    assert first >= "2020-02-24"
    all_dates = api.get("/", params={"period": "all"}).text
    assert re.search(r'data-first-week="([\d-]+)"', all_dates).group(1) <= min(i["date"] for i in old)
    assert api.get("/incidents", params={"period": "nope"}).status_code == 400
    assert api.get("/incidents", params={"since": "yesterday"}).status_code in (400, 422)


def test_map_follows_the_filters_and_draws_only_places_finer_than_a_country(api):
    every = api.get("/map", params={"period": "all"}).text
    ttp = api.get("/map", params={"period": "all", "group": "ttp"}).text
    count = lambda html: int(re.search(r'id="map-count">(\d+)', html).group(1))
    assert 0 < count(ttp) < count(every)
    for href in re.findall(r'<a href="(/incidents\?place=[^"]+)" class="place"', ttp):
        assert "group=ttp" in href.replace("&amp;", "&")
    coarse = [i for i in api.get("/api/v1/incidents", params={"limit": 200}).json()["data"]
              if i["location"] and i["location"].get("precision") in ("country", "region")]
    assert coarse
    names = re.findall(r'<a href="/incidents\?place=[^"]*" class="place"[^>]*><circle[^>]*><title>([^<:]+)', every)
    assert not {c["location"]["name"] for c in coarse} & set(names)
    assert 'class="place-label"' in every


def test_commitment_history_covers_the_chosen_period(api):
    whole = api.get("/commitments/doha-2020-soil").text
    assert re.search(r"Rating history \(monthly, 2020-02-29 to ", whole)
    year = api.get("/commitments/doha-2020-soil", params={"period": "90d"}).text
    m = re.search(r"Rating history \(weekly, (\d{4}-\d\d-\d\d) to (\d{4}-\d\d-\d\d)\)", year)
    assert m and (date.fromisoformat(m.group(2)) - date.fromisoformat(m.group(1))).days <= 91
    assert year.count("<text") < whole.count("<text") + 40  # labels thinned, never one per point

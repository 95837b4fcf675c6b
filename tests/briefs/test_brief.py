"""`tangible brief` over the sample corpus, through the real pipeline."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from tangible.errors import InputError
from tangible.services.briefs import build_brief, period_bounds, render_html, render_markdown
from tangible.services.case import get_case
from tangible.services.ingest import ingest_paths

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    from tangible.settings import Settings
    from tangible.store import Store

    data = tmp_path_factory.mktemp("brief")
    settings = Settings(data_dir=data)
    store = Store.open(settings)
    report = ingest_paths(store, settings, [str(SAMPLES)])
    assert not report.failed
    yield store, settings
    store.close()


def test_brief_counts_incidents_in_the_period_with_their_quotes(filled):
    store, settings = filled
    since, until = date(2026, 11, 1), date(2026, 11, 30)
    brief = build_brief(store, get_case(settings), since=since, until=until)
    actions = store.incidents.count_filtered(type=["ARREST", "OPERATION", "FINANCE", "DISMANTLE", "RESTRICT", "EXTRADITE"],
                                             since=since, until=until)
    assert len(brief.actions) == actions > 0
    assert all(since.isoformat() <= r["date"] <= until.isoformat() for r in brief.actions + brief.attacks)
    assert all(r["quote"] and r["quote"]["sentence"] for r in brief.actions)
    assert {c.id for c in brief.commitments} == {c.id for c in store.ledger.list(status="active")}
    text = render_markdown(brief)
    assert "## Commitments" in text and "## Attacks" in text
    first = brief.actions[0]["quote"]["sentence"]
    assert f"> {first}" in text


def test_brief_html_escapes_scraped_text(filled):
    store, settings = filled
    brief = build_brief(store, get_case(settings), since=date(2026, 10, 1), until=date(2026, 11, 30))
    brief.actions[0]["quote"]["sentence"] = "<script>alert(1)</script>"
    page = render_html(brief)
    assert "<script>" not in page and "&lt;script&gt;" in page


def test_period_bounds_and_bad_periods():
    assert period_bounds(date(2026, 11, 30), "week") == (date(2026, 11, 24), date(2026, 11, 30))
    with pytest.raises(InputError, match="T131"):
        period_bounds(date(2026, 11, 1), "week", since=date(2026, 11, 5))
    with pytest.raises(InputError, match="T130"):
        period_bounds(date(2026, 11, 1), "decade")


def test_cli_brief_json(filled, tmp_path):
    store, settings = filled
    out = subprocess.run([sys.executable, "-m", "tangible", "brief", "--until", "2026-11-30", "--period", "month",
                          "--format", "json"], capture_output=True, text=True, check=True, timeout=120,
                         env={"TANGIBLE_DATA_DIR": str(settings.data_dir), "PATH": "/usr/bin:/bin"})
    data = json.loads(out.stdout)
    assert data["since"] == "2026-11-01" and data["until"] == "2026-11-30"
    assert len(data["actions"]) == len(build_brief(store, get_case(settings), since=date(2026, 11, 1),
                                                   until=date(2026, 11, 30)).actions)


# --- the monthly brief: arrows, sections in every format, links, plurals, PDF --------------------------
import re  # noqa: E402

from tangible.services.briefs import SECTIONS, arrow_of, render_pdf  # noqa: E402

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def _cli(settings, *args, binary=False):
    out = subprocess.run([sys.executable, "-m", "tangible", *args], capture_output=True, check=True, timeout=180,
                         env={"TANGIBLE_DATA_DIR": str(settings.data_dir), "PATH": "/usr/bin:/bin",
                              "TANGIBLE_PUBLIC_URL": "https://desk.example"})
    return out.stdout if binary else out.stdout.decode()


def test_month_periods_are_calendar_months_at_a_month_end():
    assert period_bounds(date(2026, 11, 30), "month") == (date(2026, 11, 1), date(2026, 11, 30))
    assert period_bounds(date(2026, 10, 31), "month") == (date(2026, 10, 1), date(2026, 10, 31))
    assert period_bounds(date(2026, 2, 28), "month") == (date(2026, 2, 1), date(2026, 2, 28))
    assert period_bounds(date(2026, 11, 20), "month") == (date(2026, 10, 21), date(2026, 11, 20))
    assert period_bounds(date(2026, 3, 30), "month") == (date(2026, 2, 28) + (date(2026, 3, 1) - date(2026, 2, 28)),
                                                         date(2026, 3, 30))


def test_the_arrow_and_reasons_match_the_ledger_at_the_two_dates(filled):
    store, settings = filled
    data = json.loads(_cli(settings, "brief", "--period", "month", "--at", "2026-11-30", "--format", "json"))
    now = {r["commitment_id"]: r for r in json.loads(_cli(settings, "ledger", "--at", "2026-11-30", "--json",
                                                          "--no-save"))}
    then = {r["commitment_id"]: r for r in json.loads(_cli(settings, "ledger", "--at", "2026-10-31", "--json",
                                                           "--no-save"))}
    assert data["cutoff"] == "2026-11-30" and data["since"] == "2026-11-01"
    assert {c["id"] for c in data["commitments"]} == set(now)
    for c in data["commitments"]:
        assert c["rating"] == now[c["id"]]["rating"] and c["reasons"] == now[c["id"]]["reasons"]
        assert c["counts"] == now[c["id"]]["counts"]
        if c["id"] in then:
            assert c["previous"] == then[c["id"]]["rating"] and c["previous_reasons"] == then[c["id"]]["reasons"]
            assert c["previous_at"] == "2026-10-31"
        else:
            assert c["previous"] is None
        assert c["arrow"] == arrow_of(now[c["id"]]["rating"], then.get(c["id"], {}).get("rating"))
        assert c["arrow"] in ("improved", "deteriorated", "unchanged", "new")
        assert c["coverage"]["statement"].startswith("Coverage ")
    assert arrow_of("contradicted", "some action") == "deteriorated"
    assert arrow_of("substantial action", "some action") == "improved"
    assert arrow_of("some action", "some action") == "unchanged"


def test_markdown_html_and_json_carry_the_same_sections_links_and_plurals(filled):
    store, settings = filled
    md = _cli(settings, "brief", "--period", "month", "--at", "2026-11-30", "--format", "md")
    page = _cli(settings, "brief", "--period", "month", "--at", "2026-11-30", "--format", "html")
    data = json.loads(_cli(settings, "brief", "--period", "month", "--at", "2026-11-30", "--format", "json"))
    titles = [t for _, t in SECTIONS]
    assert data["sections"] == titles
    assert re.findall(r"^## (.+)$", md, re.M) == titles
    import lxml.html

    tree = lxml.html.fromstring(page)
    assert [h.text_content() for h in tree.findall(".//h2")] == titles
    for key, _ in SECTIONS:
        assert key in data
    incidents = data["actions"] + data["attacks"] + data["findings"]
    assert incidents and data["findings"] and data["disputes"]
    hrefs = {a.get("href") for a in tree.findall(".//a")}
    for r in incidents:
        link = f"https://desk.example/incidents/{r['id']}"
        assert r["link"] == link and f"]({link})" in md and link in hrefs
        assert r["grade"] in md and r["quote"]["sentence"] in md
    assert "Information cut-off: 2026-11-30" in md and "Information cut-off: 2026-11-30" in page
    for text in (md, tree.text_content()):
        assert not re.search(r"(?<![\d.])1 (attacks|actions|incidents|documents|outlets|findings|tangible actions)\b",
                             text), re.findall(r"(?<![\d.])1 \w+s\b", text)
        assert not re.search(r"\b(0|[2-9]|\d\d+) (attack|action|incident|document|outlet|finding)\b(?!s)", text)
    assert not [line for line in md.splitlines() if line.rstrip().endswith("=")]
    # counts per group and acting party add up to the incidents listed
    by_party = data["counts"]["by_acting_party"]
    assert sum(v["attacks"] for v in by_party.values()) == len(data["attacks"])
    assert sum(v["actions"] for v in by_party.values()) == len(data["actions"])


def test_the_pdf_brief_renders_a_page_that_is_not_blank(filled):
    import pypdfium2 as pdfium

    store, settings = filled
    ARTIFACTS.mkdir(exist_ok=True)
    pdf_path = ARTIFACTS / "brief-2026-11.pdf"
    _cli(settings, "brief", "--period", "month", "--at", "2026-11-30", "--format", "pdf", "--output", str(pdf_path))
    data = pdf_path.read_bytes()
    assert data.startswith(b"%PDF-")
    pdf = pdfium.PdfDocument(str(pdf_path))
    assert len(pdf) >= 2
    image = pdf[0].render(scale=1.5).to_pil().convert("L")
    image.save(ARTIFACTS / "brief-2026-11-page1.png")
    pixels = image.tobytes()
    dark = sum(1 for p in pixels if p < 128) / len(pixels)
    assert 0.01 < dark < 0.5, dark  # text on a white page: neither blank nor a black block
    text = pdf[0].get_textpage().get_text_range()
    assert "brief for 2026-11-01 to 2026-11-30" in " ".join(text.split())
    assert "Information cut-off: 2026-11-30" in " ".join(text.split())
    with pytest.raises(Exception):  # a PDF goes to a file, never to the terminal
        _cli(settings, "brief", "--period", "month", "--at", "2026-11-30", "--format", "pdf")
    assert render_pdf(build_brief(store, get_case(settings), since=date(2026, 11, 1), until=date(2026, 11, 30)))


def test_a_brief_for_a_past_month_is_reproducible(filled):
    store, settings = filled
    one = _cli(settings, "brief", "--period", "month", "--at", "2026-10-31", "--format", "json")
    two = _cli(settings, "brief", "--period", "month", "--at", "2026-10-31", "--format", "json")
    assert one == two
    data = json.loads(one)
    assert all(r["date"] <= "2026-10-31" for r in data["actions"] + data["attacks"])


def test_the_brief_through_the_api_and_the_dashboard(filled):
    import httpx

    from tests.api.conftest import LiveServer

    store, settings = filled
    settings = settings.model_copy(update={"secret_key": "brief", "public_url": "https://desk.example"})
    server = LiveServer(settings, store).start()
    try:
        with httpx.Client(base_url=server.url, timeout=120) as c:
            data = c.get("/api/v1/brief", params={"period": "month", "at": "2026-11-30"}).json()
            cli = json.loads(_cli(settings, "brief", "--period", "month", "--at", "2026-11-30", "--format", "json"))
            assert data == cli
            assert c.get("/api/v1/brief", params={"period": "decade"}).status_code == 400
            assert c.get("/api/v1/brief", params={"at": "0001-01-01"}).json()["code"] == "T134"
            page = c.get("/brief", params={"at": "2026-11-30"})
            assert page.status_code == 200 and "<h2 id='commitments'>Commitments</h2>" in page.text
            assert "unsafe-inline" in page.headers["content-security-policy"]
            assert "script" not in page.headers["content-security-policy"]
            md = c.get("/brief", params={"at": "2026-11-30", "format": "md"})
            assert md.headers["content-type"].startswith("text/markdown") and md.text.startswith("# ")
            pdf = c.get("/brief", params={"at": "2026-11-30", "format": "pdf"})
            assert pdf.headers["content-type"] == "application/pdf" and pdf.content.startswith(b"%PDF-")
            assert c.get("/brief", params={"format": "docx"}).status_code == 400
    finally:
        server.stop()

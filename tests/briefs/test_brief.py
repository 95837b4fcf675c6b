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

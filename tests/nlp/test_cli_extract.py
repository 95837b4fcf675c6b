import json

from click.testing import CliRunner

from tangible.cli.main import cli


def test_extract_text_html_jsonl_and_bad_lines(tmp_path):
    runner = CliRunner()
    txt = tmp_path / "a.txt"
    txt.write_text("Pakistan urged Kabul to arrest TTP commanders on Monday.", encoding="utf-8")
    r = runner.invoke(cli, ["extract", str(txt), "--published", "2026-11-20"])
    assert r.exit_code == 0, r.output
    rows = [json.loads(line) for line in r.output.splitlines()]
    assert {(x["type"], x["modality"]) for x in rows} >= {("DEMAND", "asserted"), ("ARREST", "demanded")}
    assert rows[0]["date"] == "2026-11-16" and set(rows[0]) >= {"doc_id", "source", "target", "char_span", "confidence"}

    html = tmp_path / "a.html"
    html.write_text("<html><body><nav>Home | About</nav><article><p>Police arrested four TTP militants in "
                    "Peshawar on Tuesday, officials said. The suspects were moved to a secure facility for "
                    "questioning and further investigation, the statement added.</p></article>"
                    "<footer>Copyright</footer></body></html>", encoding="utf-8")
    r = runner.invoke(cli, ["extract", str(html), "--published", "2026-11-20"])
    assert r.exit_code == 0, r.output
    rows = [json.loads(line) for line in r.output.splitlines()]
    assert any(x["type"] == "ARREST" and x["modality"] == "asserted" for x in rows)

    jl = tmp_path / "d.jsonl"
    jl.write_text("\n".join([
        json.dumps({"id": "d1", "text": "Police detained two men in Quetta.", "published": "2026-11-20"}),
        "{not json",
        json.dumps({"id": "d3", "url": "x"}),
        json.dumps({"id": "d4", "html": "<p>Security forces killed five militants in Bajaur.</p>"}),
    ]) + "\n", encoding="utf-8")
    r = runner.invoke(cli, ["extract", str(jl)])
    assert r.exit_code != 0
    out = [json.loads(line) for line in r.stdout.splitlines()]
    assert {x["doc_id"] for x in out} == {"d1", "d4"}
    assert "line 2" in r.stderr and "line 3" in r.stderr


def test_case_check(tmp_path):
    runner = CliRunner()
    r = runner.invoke(cli, ["case", "check", "src/tangible/case/afghanistan.yaml"])
    assert r.exit_code == 0 and "ok" in r.output
    bad = tmp_path / "bad.yaml"
    bad.write_text("actors:\n  - id: x\n    name: X\n    kind: government\ngroups:\n  - id: x\n    name: Y\n"
                   "    kind: armed_group\n", encoding="utf-8")
    r = runner.invoke(cli, ["case", "check", str(bad)])
    assert r.exit_code != 0
    assert "T201" in r.output + (r.stderr or "") + str(r.exception)

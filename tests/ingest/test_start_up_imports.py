"""`tangible ingest ARTICLE` imports what reading, extracting, resolving and rating one article needs, and not the
libraries of other commands (the command's start-up is most of its time)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

SAMPLE = (Path(__file__).resolve().parents[2] / "samples"
          / "2026-11-04-induswire-seven-soldiers-killed-in-bajaur-checkpoint-attack.html")

# libraries of other commands, or of nothing a one-article ingest does
NOT_NEEDED = ("spacy.cli", "weasel", "typer", "httpx", "pygments", "jinja2", "fastapi", "starlette",
              "uvicorn", "pandas", "sklearn", "scipy", "dask", "pyarrow", "weasyprint", "sentence_transformers",
              "torch", "alembic", "lingua", "psutil", "feedparser")


def test_ingest_of_one_article_imports_no_library_of_other_commands(tmp_path):
    from tangible.settings import Settings
    from tangible.store import Store

    Store.open(Settings(data_dir=tmp_path / "data")).close()  # an existing store, at the newest revision
    code = textwrap.dedent(f"""
        import atexit, json, sys
        atexit.register(lambda: print("MODULES " + json.dumps(sorted(sys.modules))))
        sys.argv = ["tangible", "ingest", {str(SAMPLE)!r}]
        from tangible.cli.main import main
        main()
    """)
    env = {**os.environ, "TANGIBLE_DATA_DIR": str(tmp_path / "data")}
    env.pop("TANGIBLE_DATABASE_URL", None)
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert "1 added" in done.stdout
    line = next(x for x in done.stdout.splitlines() if x.startswith("MODULES "))
    modules = json.loads(line[len("MODULES "):])
    assert "spacy" in modules and "onnxruntime" in modules  # it did extract and embed
    loaded = sorted({m for m in modules for name in NOT_NEEDED if m == name or m.startswith(name + ".")})
    assert loaded == []

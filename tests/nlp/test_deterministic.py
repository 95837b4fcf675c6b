"""Extraction gives the same mentions in every process: nothing may hang on the order Python happens to iterate
a set of strings in (it changes with the hash seed of each run)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"
SCRIPT = """
import json
from datetime import date
from tangible.nlp import Extractor
text = ("Unknown gunmen killed two policemen in Kohistan district on Monday. Police said the attackers fled. "
        "In a separate incident, a roadside bomb wounded three soldiers in Kohistan.")
print(json.dumps([m.to_dict() for m in Extractor().extract("d", text, date(2020, 6, 30))], sort_keys=True))
"""


def _run(seed: str) -> list:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(SRC)}
    out = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=300,
                         check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_mentions_do_not_depend_on_the_hash_seed():
    first, second = _run("1"), _run("4")
    assert first, "no mention extracted"
    assert first == second

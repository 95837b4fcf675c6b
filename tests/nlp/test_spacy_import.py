"""spaCy imported through tangible.nlp comes without its command line, and is otherwise spaCy as usual."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap


def _run(code: str) -> dict:
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_extractor_import_leaves_the_command_line_out_and_spacy_whole():
    out = _run("""
        import json, sys
        import tangible.nlp.extractor
        import spacy
        from tangible.nlp.extractor import load_pipeline
        nlp = load_pipeline()
        doc = nlp("Two soldiers were killed in Bajaur on Monday.")
        before = sorted(m for m in sys.modules if m == "spacy.cli" or m.startswith(("spacy.cli.", "weasel", "typer")))
        loader = type(spacy.__loader__).__name__
        spec_loader = type(spacy.__spec__.loader).__name__
        finders = [type(f).__name__ for f in sys.meta_path]
        import spacy.cli  # a later import gets the real command line
        from spacy.cli.info import info as real_info
        print(json.dumps({"before": before, "loader": loader, "spec_loader": spec_loader, "finders": finders,
                          "download": callable(spacy.cli.download), "real_info": spacy.cli.info is real_info,
                          "spacy_info": spacy.info.__module__,
                          "tags": [t.tag_ for t in doc], "deps": [t.dep_ for t in doc]}))
    """)
    assert out["before"] == []
    assert out["loader"] == out["spec_loader"] == "SourceFileLoader"  # spaCy keeps its own loader
    assert "_Finder" not in out["finders"]  # the finder served one import and left
    assert out["download"] and out["real_info"]
    assert out["spacy_info"] == "tangible.nlp.spacy_import"  # forwards to the real command when called
    assert out["tags"][:3] == ["CD", "NNS", "VBD"] and "ROOT" in out["deps"]


def test_spacy_info_calls_the_real_command():
    out = _run("""
        import json
        import tangible.nlp.extractor
        import spacy
        data = spacy.info(silent=True)
        print(json.dumps({"version": data["spacy_version"]}))
    """)
    import spacy

    assert out["version"] == spacy.__version__


def test_spacy_imported_first_is_left_alone():
    out = _run("""
        import json, sys
        import spacy
        import tangible.nlp.extractor
        print(json.dumps({"cli": "spacy.cli" in sys.modules,
                          "finders": [type(f).__name__ for f in sys.meta_path]}))
    """)
    assert out["cli"] is True
    assert "_Finder" not in out["finders"]

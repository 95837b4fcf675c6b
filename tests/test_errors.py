"""The error catalogue: one code, one meaning, and every error raised takes its code from it."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from click.testing import CliRunner

import tangible
from tangible import errors
from tangible.errors import CATALOGUE, E

SRC = Path(tangible.__file__).resolve().parent
CODE = re.compile(r"^T\d{3}$")
CODE_IN_TEXT = re.compile(r"\[T\d{3}\]")


def _entries() -> dict[str, str]:
    return {name: code for name, code in vars(E).items() if not name.startswith("_")}


def test_every_code_means_one_thing():
    entries = _entries()
    assert entries and all(CODE.match(code) for code in entries.values())
    codes = list(entries.values())
    twice = sorted({c for c in codes if codes.count(c) > 1})
    assert not twice, f"codes given to more than one entry of the catalogue: {twice}"
    assert set(CATALOGUE) == set(codes) and all(CATALOGUE[c] == n for n, c in entries.items())


def test_the_catalogue_states_each_meaning():
    """Each entry is written on one line with a comment that says what it means."""
    text = (SRC / "errors.py").read_text()
    for name in _entries():
        line = next(x for x in text.splitlines() if x.strip().startswith(f"{name} = "))
        assert "#" in line and len(line.split("#", 1)[1].strip()) > 10, line


def test_every_error_class_code_is_in_the_catalogue():
    def walk(cls):
        yield cls
        for sub in cls.__subclasses__():
            yield from walk(sub)

    for cls in walk(errors.TangibleError):
        assert cls.code in CATALOGUE, (cls, cls.code)


def _modules():
    for path in sorted(SRC.rglob("*.py")):
        if path != SRC / "errors.py":
            yield path, ast.parse(path.read_text(), filename=str(path))


def test_codes_are_written_only_in_the_catalogue():
    """Outside errors.py a code is always ``E.NAME``: no module writes ``"T120"`` (or ``[T120]``) itself."""
    found = []
    for path, tree in _modules():
        docstrings = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
                if CODE.match(node.value) or CODE_IN_TEXT.search(node.value):
                    found.append(f"{path.relative_to(SRC)}:{node.lineno} {node.value[:60]!r}")
    assert not found, "codes written outside the catalogue:\n" + "\n".join(found)


def test_every_code_given_to_an_error_names_a_catalogue_entry():
    entries = _entries()
    bad = []
    for path, tree in _modules():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            for kw in node.keywords:
                if kw.arg != "code":
                    continue
                v = kw.value
                if isinstance(v, ast.Attribute) and isinstance(v.value, ast.Name) and v.value.id == "E":
                    if v.attr not in entries:
                        bad.append(f"{path.relative_to(SRC)}:{node.lineno} E.{v.attr} is not in the catalogue")
                elif isinstance(v, ast.Constant):
                    bad.append(f"{path.relative_to(SRC)}:{node.lineno} code={v.value!r} written in place")
    assert not bad, "\n".join(bad)


def test_bad_input_gets_one_message_naming_the_input_and_the_problem(tmp_path):
    from tangible.cli.main import cli

    missing = tmp_path / "nowhere.html"
    binary = tmp_path / "image.html"
    binary.write_bytes(bytes(range(256)) * 8)
    env = {"TANGIBLE_DATA_DIR": str(tmp_path / "data")}
    out = CliRunner().invoke(cli, ["extract", str(binary)], env=env)
    assert out.exit_code != 0
    assert f"[{E.BINARY_FILE}]" in out.output and "image.html" in out.output and "binary" in out.output
    out = CliRunner().invoke(cli, ["ingest", str(missing)], env=env)
    assert out.exit_code != 0 and f"[{E.NO_SUCH_FILE}]" in out.output and "nowhere.html" in out.output

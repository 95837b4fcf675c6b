"""The ledger tests use the same mention and document factories as the resolution tests."""

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location("resolve_factories", Path(__file__).parents[1] / "resolve" / "conftest.py")
_mod = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_mod)

mention = _mod.mention
add_document = _mod.add_document

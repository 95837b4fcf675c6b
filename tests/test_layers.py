"""The layering, checked on the source: data flows one way, and the front ends reach the store through services.

domain (models, errors, ontology, settings) ← store and the pipeline stages (nlp, resolve, ledger) ← services
← http (what the API and the pages share) ← cli / api / web ← server (the app that assembles api and web).
Every ``import`` counts, at the top of a module or inside a function.
"""

from __future__ import annotations

import ast
from pathlib import Path

import tangible

SRC = Path(tangible.__file__).resolve().parent
FRONT_ENDS = ("cli", "api", "web")

# what each package must never import
FORBIDDEN: dict[str, set[str]] = {
    "models": {"store", "nlp", "resolve", "ledger", "services", "http", "cli", "api", "web", "server"},
    "store": {"nlp", "resolve", "ledger", "services", "http", "cli", "api", "web", "server"},
    "nlp": {"services", "http", "cli", "api", "web", "server"},
    "resolve": {"services", "http", "cli", "api", "web", "server"},
    "ledger": {"services", "http", "cli", "api", "web", "server"},
    "services": {"http", "cli", "api", "web", "server"},
    "http": {"cli", "api", "web", "server"},
    "api": {"store", "web", "cli", "server"},
    "web": {"store", "api", "cli", "server"},
    "cli": {"store", "api", "web"},
}
# the modules that wire the store in, named one by one: the CLI opens it on first use
WIRING = {"tangible.cli.main": {"tangible.store"}}
STORE_REPOSITORIES = {"documents", "mentions", "sources", "incidents", "ledger", "replies", "pipeline", "alerts",
                      "coverage", "tokens", "db"}


def _module(path: Path) -> str:
    parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Every module a file imports (``from a import b`` counts as ``a`` and ``a.b``)."""
    package = _module(path) if path.name == "__init__.py" else _module(path).rpartition(".")[0]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(up + ([node.module] if node.module else []))
            out.add(base)
            out |= {f"{base}.{a.name}" for a in node.names}
    return out


def _layer(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if parts[0] == "tangible" and len(parts) > 1 else None


def _edges() -> set[tuple[str, str]]:
    return {(_module(p), m) for p in SRC.rglob("*.py") for m in _imports(p) if m.startswith("tangible.")}


def _breaks(source: str, target: str) -> bool:
    layer = _layer(source)
    if layer not in FORBIDDEN or _layer(target) not in FORBIDDEN[layer]:
        return False
    return not any(target == w or target.startswith(w + ".") for w in WIRING.get(source, ()))


def _collapsed(edges: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """``from a import b`` where ``a.b`` is a name, not a module, is one import of ``a``."""
    return {(s, t) for s, t in edges if not ((s, t.rpartition(".")[0]) in edges and not _is_module(t))}


def _is_module(name: str) -> bool:
    path = SRC.parent.joinpath(*name.split("."))
    return path.with_suffix(".py").exists() or (path / "__init__.py").exists()


def test_no_layer_imports_one_above_it_or_beside_it():
    broken = sorted(e for e in _collapsed(_edges()) if _breaks(*e))
    assert not broken, "imports against the layering:\n" + "\n".join(f"  {s} -> {t}" for s, t in broken)


def test_front_ends_reach_the_store_through_services():
    """No ``store.documents…``, ``app.store.incidents…`` in the CLI, the API or the pages."""
    found = []
    for package in FRONT_ENDS:
        for path in (SRC / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Attribute) and node.attr in STORE_REPOSITORIES:
                    holder = node.value
                    name = holder.id if isinstance(holder, ast.Name) else getattr(holder, "attr", None)
                    if name in ("store", "_store"):
                        found.append(f"{path.relative_to(SRC)}:{node.lineno} {name}.{node.attr}")
    assert not found, "front ends calling the store's repositories directly:\n  " + "\n  ".join(found)


def test_the_checks_catch_what_they_are_for():
    """The rules themselves: each forbidden direction is reported, the allowed ones are not."""
    assert _breaks("tangible.web.staff", "tangible.api.routes.incidents")
    assert _breaks("tangible.api.routes.incidents", "tangible.web.render")
    assert _breaks("tangible.store.incidents", "tangible.resolve.cluster")
    assert _breaks("tangible.services.incidents", "tangible.web.render")
    assert _breaks("tangible.api.routes.documents", "tangible.store")
    assert not _breaks("tangible.cli.main", "tangible.store")
    assert not _breaks("tangible.server", "tangible.web")
    assert not _breaks("tangible.api.routes.documents", "tangible.services.documents")
    assert not _breaks("tangible.http.deps", "tangible.store")

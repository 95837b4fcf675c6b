"""spaCy imported without its command line.

spaCy's package imports ``spacy.cli.info`` at start-up, and with it the whole command line: every
command's module, typer, weasel, httpx, requests, jinja2, and a YAML file parsed by ``init_config``, a
fifth of a second and about 300 modules that reading sentences never uses. :func:`install` (run when
:mod:`tangible.nlp` is imported) places a finder that, on the first ``import spacy`` of the process,
runs spaCy's own ``__init__`` with a stand-in for ``spacy.cli.info`` and removes the stand-in
right after, so that:

- spaCy is otherwise the same module, loaded by its own loader from its own files;
- ``spacy.info`` is a function that imports the real command on its first call and calls it;
- a later ``import spacy.cli`` (training, downloading a model) imports the real command line.

Nothing changes when spaCy was already imported, or when anything here fails: the finder steps aside
and spaCy is imported as usual.
"""

from __future__ import annotations

import sys
import threading
import types
from importlib.machinery import ModuleSpec, PathFinder
from typing import Any

_STAND_INS = ("spacy.cli", "spacy.cli.info")
_LOCK = threading.Lock()


def info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: the real command, imported on first use."""
    from spacy.cli.info import info as real_info

    return real_info(*args, **kwargs)


class _Loader:
    """spaCy's own loader, with the stand-ins in place while its ``__init__`` runs."""

    def __init__(self, loader: Any):
        self.loader = loader

    def __getattr__(self, name: str) -> Any:  # anything else asked of the loader: the real one answers
        return getattr(self.loader, name)

    def create_module(self, spec: ModuleSpec) -> types.ModuleType | None:
        return self.loader.create_module(spec)

    def exec_module(self, module: types.ModuleType) -> None:
        cli = types.ModuleType("spacy.cli")
        cli.__path__ = []  # a package, so that ``spacy.cli.info`` is looked up in sys.modules
        cli_info = types.ModuleType("spacy.cli.info")
        cli_info.info = info  # type: ignore[attr-defined]
        placed = [name for name in _STAND_INS if name not in sys.modules]
        for name, stand_in in zip(_STAND_INS, (cli, cli_info)):
            if name in placed:
                sys.modules[name] = stand_in
        try:
            self.loader.exec_module(module)
        finally:
            for name in placed:
                if sys.modules.get(name) in (cli, cli_info):
                    del sys.modules[name]
            if getattr(module, "cli", None) is cli:
                delattr(module, "cli")
            # the module keeps spaCy's own loader, as an ordinary import leaves it
            if module.__spec__ is not None:
                module.__spec__.loader = self.loader
            module.__loader__ = self.loader


class _Finder:
    """Finds ``spacy`` once, with :class:`_Loader` around its own loader; steps aside for anything else."""

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> ModuleSpec | None:
        if name != "spacy":
            return None
        _uninstall()
        try:
            spec = PathFinder.find_spec(name, path)
        except Exception:  # noqa: BLE001  (the usual import reports whatever is wrong)
            return None
        if spec is None or spec.loader is None:
            return None
        spec.loader = _Loader(spec.loader)
        return spec


_FINDER = _Finder()


def _uninstall() -> None:
    with _LOCK:
        if _FINDER in sys.meta_path:
            sys.meta_path.remove(_FINDER)


def install() -> None:
    """Import spaCy without its command line from now on (nothing to do if it is imported already)."""
    with _LOCK:
        if "spacy" not in sys.modules and _FINDER not in sys.meta_path:
            sys.meta_path.insert(0, _FINDER)

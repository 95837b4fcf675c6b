"""How a command's process starts and ends, around the command itself.

A command is a short process that imports a few hundred modules and loads large models before its first
document (``tangible ingest ARTICLE``: about 150,000 objects that live until it exits). Two costs of the
interpreter grow with those objects and buy a command nothing:

- the cyclic garbage collector, at its default schedule (a young pass every 700 allocations, a full pass
  when the old objects grew by a quarter), walks them again and again while they are made: about 0.25 s of
  a one-article ingest. ``schedule_collector`` makes young passes rarer; garbage freed by reference
  counting (nearly all of it) is freed at once as before, and cycles still are, a little later;
- at exit the interpreter tears every module and object down one by one (about 0.3 s). ``exit_now`` ends
  the process as the interpreter would — ``atexit`` callbacks run (logging's flush, temporary folders
  removed, a test's coverage saved), standard output and error flushed, the same exit status — without
  that teardown. The store is closed before, by the command's context; the operating system frees the rest.
"""

from __future__ import annotations

import atexit
import gc
import os
import sys
import threading
from typing import NoReturn

YOUNG_PASS_EVERY = 20_000  # allocations between young passes (the interpreter's default: 700)


def schedule_collector() -> None:
    """Young passes of the cyclic collector every ``YOUNG_PASS_EVERY`` allocations; older generations as
    often relative to them as by default."""
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_PASS_EVERY, middle, old)


def exit_status(code: object) -> int:
    """The status the interpreter gives ``SystemExit(code)``: None is 0, an integer itself, anything else is
    printed on stderr and gives 1."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    sys.stderr.write(f"{code}\n")
    return 1


def exit_now(code: object = 0) -> NoReturn:
    """Ends the process with ``SystemExit(code)``'s status, after the ``atexit`` callbacks and with standard
    output and error flushed, skipping the interpreter's teardown. While a thread other than daemons is
    running, the interpreter's own exit waits for it: so does this (it raises ``SystemExit``)."""
    main = threading.main_thread()
    if any(t is not main and t.is_alive() and not t.daemon for t in threading.enumerate()):
        raise SystemExit(code)
    status = exit_status(code)
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError, AttributeError):  # a closed pipe: the interpreter's status for it
            status = status or 120
    os._exit(status & 0xFF)

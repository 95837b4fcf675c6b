"""A command's process: the collector's schedule while it loads, and an exit that skips the interpreter's teardown
but keeps what an exit promises (atexit callbacks, flushed output, the status, waiting for running threads)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def _run(code: str, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code), *args], capture_output=True, text=True,
                          timeout=300, env=env)


def test_importing_the_command_line_makes_young_collections_rarer():
    done = _run("""
        import gc
        before = gc.get_threshold()
        import tangible.cli
        from tangible.cli.lifetime import YOUNG_PASS_EVERY
        after = gc.get_threshold()
        assert after == (YOUNG_PASS_EVERY, before[1], before[2]), (before, after)
        print("ok")
    """)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


# an object whose finaliser the interpreter's teardown would run; exit_now leaves it to the operating system
_PROGRAM = """
    import atexit, sys, threading, time
    from tangible.cli.lifetime import exit_now

    class Torn:
        def __del__(self):
            sys.stdout.write("torn down\\n")

    kept = Torn()
    atexit.register(lambda: sys.stdout.write("atexit ran\\n"))
    sys.stdout.write("buffered output\\n")  # a pipe: block-buffered, still in the buffer
    if sys.argv[1] == "thread":
        threading.Thread(target=lambda: (time.sleep(0.3), sys.stdout.write("thread finished\\n"))).start()
    code = {"zero": 0, "three": 3, "none": None, "text": "a message", "thread": 0}[sys.argv[1]]
    exit_now(code)
    sys.stdout.write("not reached\\n")
"""


@pytest.mark.parametrize("how, status", [("zero", 0), ("three", 3), ("none", 0), ("text", 1)])
def test_exit_now_runs_atexit_flushes_and_keeps_the_status_without_teardown(how, status):
    done = _run(_PROGRAM, how)
    assert done.returncode == status, done.stderr
    assert done.stdout.splitlines() == ["buffered output", "atexit ran"]
    assert done.stderr == ("a message\n" if how == "text" else "")


def test_exit_now_waits_for_a_running_thread_as_the_interpreter_does():
    done = _run(_PROGRAM, "thread")
    assert done.returncode == 0, done.stderr
    # the interpreter's own exit: the thread finishes, then atexit, then the teardown
    assert done.stdout.splitlines() == ["buffered output", "thread finished", "atexit ran", "torn down"]


def test_the_program_keeps_its_status_and_output(tmp_path):
    env = {**os.environ, "TANGIBLE_DATA_DIR": str(tmp_path / "data")}
    env.pop("TANGIBLE_DATABASE_URL", None)
    failed = subprocess.run([sys.executable, "-m", "tangible", "show", "no-such-document"], capture_output=True,
                            text=True, env=env, timeout=300)
    assert failed.returncode == 1
    assert "no-such-document" in failed.stderr
    listed = subprocess.run([sys.executable, "-m", "tangible", "settings"], capture_output=True, text=True, env=env,
                            timeout=300)
    assert listed.returncode == 0, listed.stderr
    assert "TANGIBLE_DATA_DIR" in listed.stdout and str(tmp_path / "data") in listed.stdout
    usage = subprocess.run([sys.executable, "-m", "tangible", "no-such-command"], capture_output=True, text=True,
                           env=env, timeout=300)
    assert usage.returncode == 2 and "No such command" in usage.stderr

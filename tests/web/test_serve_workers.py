"""`tangible serve --workers 2`: several processes on one port over one store, sharing its CSRF key."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.conftest import free_port
from tests.web.test_forms_http import csrf_from


def _children(pid: int) -> list[int]:
    out = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text().split()
        out.extend(int(x) for x in text)
    return out


def test_two_server_processes_answer_and_accept_each_others_form_tokens(tmp_path):
    data = tmp_path / "data"
    env = {**os.environ, "TANGIBLE_DATA_DIR": str(data)}
    env.pop("TANGIBLE_DATABASE_URL", None)
    env.pop("TANGIBLE_SECRET_KEY", None)
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "tangible", "serve", "--port", str(port), "--workers", "2"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 60
        while True:
            try:
                if httpx.get(url + "/api/v1/actors", timeout=2).status_code == 200 and len(_children(proc.pid)) >= 2:
                    break
            except httpx.HTTPError:
                pass
            assert proc.poll() is None, proc.stderr.read()
            assert time.time() < deadline, "tangible serve --workers 2 did not start"
            time.sleep(0.3)
        assert (data / "secret_key").exists()  # created once, by the parent, before the processes
        ok = 0
        for _ in range(4):  # new connections each time: the kernel spreads them over both processes
            with httpx.Client(base_url=url, timeout=20) as browser:
                page = browser.get("/commitments/doha-2020-soil")
                assert page.status_code == 200
                token = csrf_from(page.text)
            with httpx.Client(base_url=url, timeout=20, cookies=browser.cookies) as again:
                r = again.post("/commitments/doha-2020-soil/replies",
                               data={"comment": "Seen.", "name": "N", "email": "n@example.org", "csrf_token": token})
                assert r.status_code == 303, r.text
                ok += 1
        assert ok == 4
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()

"""The real app under uvicorn, and Debian's Chromium, for the tests that drive a browser."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import free_port

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]
REPO = Path(__file__).resolve().parents[2]


@contextlib.contextmanager
def chromium(sync_api) -> Iterator:
    """Debian's Chromium, launched headless through Playwright's `sync_api`, and closed after."""
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def playwright_or_skip(what: str):
    """Playwright's sync API; or, with no Chromium or no Playwright here, the calling test module skipped,
    saying loudly what was not checked."""
    if not CHROMIUM.exists():
        pytest.skip(f"BROWSER TEST SKIPPED: no Chromium at {CHROMIUM} (apt-get install chromium); "
                    f"{what} NOT checked in a browser", allow_module_level=True)
    return pytest.importorskip("playwright.sync_api", reason="BROWSER TEST SKIPPED: the playwright package is missing "
                               f"(pip install -e '.[test]'); {what} NOT checked in a browser")


def problems_on(page) -> list[str]:
    """A list the page's troubles are added to as they happen: console errors, answers of 400 and more,
    uncaught exceptions."""
    problems: list[str] = []
    # Chromium asks for /favicon.ico on its own; the pages have none, and that 404 is not theirs.
    page.on("console", lambda message: problems.append(message.text)
            if message.type == "error" and "Failed to load resource" not in message.text else None)
    page.on("response", lambda response: problems.append(f"{response.status} {response.url}")
            if response.status >= 400 and not response.url.endswith("/favicon.ico") else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    return problems


def get_json(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=5) as answer:
        return json.load(answer)


@contextlib.contextmanager
def running_app(home: Path, environment: dict[str, str]) -> Iterator[str]:
    """The app on a free port until the block ends; its address. `home` is its working folder (so that no .env
    of the checkout leaks into the settings) and holds its log, shown when it fails to start."""
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(REPO), "VC_LOG_LEVEL": "warning", **environment}
    log_path = home / "uvicorn.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen([sys.executable, "-m", "uvicorn", "service.app:create_app", "--factory",
                                    "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"],
                                   cwd=home, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 30
        while True:
            if process.poll() is not None:
                pytest.fail(f"uvicorn exited with {process.returncode}:\n{log_path.read_text()}")
            try:
                if get_json(f"{base}/readyz")["status"] == "ready":
                    break
            except OSError:
                pass
            if time.time() > deadline:
                pytest.fail(f"uvicorn did not become ready in 30 s:\n{log_path.read_text()}")
            time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

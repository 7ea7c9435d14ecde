"""Fixtures for the dashboard tests: a filled test store, a running app, a headless Chromium.

The browser tier needs Debian's ``chromium`` and PyPI ``playwright``; without either it skips with the
reason (and CI's ``GEODATA_NO_SKIP=1`` turns that skip into a failure).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from dashboard_store import fill_store

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
STARTUP_TIMEOUT_S = 60.0


def chromium_path() -> str | None:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.fixture(scope="session")
def store_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite store holding the hand-written test articles (see dashboard_store.py)."""
    path = tmp_path_factory.mktemp("store") / "dashboard.sqlite"
    url = f"sqlite:///{path}"
    fill_store(url)
    return url


#: The first sample article (German, 2025-11-05), which names Sinaloa, Sonora and Tamaulipas.
FIRST_SAMPLE = ROOT / "articles" / "2025-11-05-haolam-usa-mexiko-kartelle.md"


@pytest.fixture(scope="session")
def browser_store(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The test articles plus the first sample article geoparsed by the real pipeline.

    Returns the store URL and the sample's id and title as the pipeline stored them.
    """
    from geodata.pipeline import ingest
    from geodata.store import open_store

    path = tmp_path_factory.mktemp("browser-store") / "dashboard.sqlite"
    url = f"sqlite:///{path}"
    fill_store(url)
    report = ingest([str(FIRST_SAMPLE)], store_url=url)
    assert report.new == 1, report.summary()
    with open_store(url) as store:
        (sample,) = [a for a in store.articles() if a.id not in ("test-first-mx", "test-es-co", "test-en-us", "test-payload")]
    return {"url": url, "sample_id": sample.id, "sample_title": sample.title or ""}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class AppServer:
    """``python -m dashboard`` (as ``make run`` starts it) on 127.0.0.1, stopped by its pid."""

    def __init__(self, db_url: str, home: Path, log: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        env = dict(os.environ, GEODATA_DB=db_url, GEODATA_HOME=str(home))
        self._log = log.open("wb")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "dashboard",
                "--server.port",
                str(self.port),
                "--server.address",
                "127.0.0.1",
                "--server.headless",
                "true",
                "--server.fileWatcherType",
                "none",
            ],
            cwd=ROOT,
            env=env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        self.log_path = log
        self._wait_healthy()

    def _wait_healthy(self) -> None:
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"streamlit exited with {self.process.returncode}: {self.log_path.read_text()[-2000:]}"
                )
            try:
                with urllib.request.urlopen(self.url + "_stcore/health", timeout=2) as response:
                    if response.read().strip() == b"ok":
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.2)  # polling a starting server: nothing to wait on but the port
        self.stop()
        raise RuntimeError(f"streamlit did not become healthy in {STARTUP_TIMEOUT_S} s")

    def stop(self) -> None:
        if self.process.poll() is None:
            os.kill(self.process.pid, 15)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.kill(self.process.pid, 9)
                self.process.wait(timeout=5)
        self._log.close()


@pytest.fixture(scope="session")
def playwright_browser() -> Iterator[object]:
    """A headless Debian Chromium driven by Playwright (skips when either is missing)."""
    executable = chromium_path()
    if executable is None:
        pytest.skip("chromium is not installed (apt-get install chromium); browser tests need it")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed (pip install -r requirements-dev.txt)")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture(scope="session")
def app_server(
    playwright_browser: object,
    browser_store: dict[str, str],
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[AppServer]:
    """The dashboard on the shared (read-only in tests) browser store."""
    home = tmp_path_factory.mktemp("home")
    server = AppServer(browser_store["url"], home, home / "streamlit.log")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def fresh_server(
    playwright_browser: object, tmp_path: Path
) -> Iterator[Callable[[], AppServer]]:
    """Start a dashboard on a store of its own (for tests that add articles)."""
    servers: list[AppServer] = []

    def start() -> AppServer:
        url = f"sqlite:///{tmp_path / 'own.sqlite'}"
        fill_store(url)
        server = AppServer(url, tmp_path, tmp_path / "streamlit.log")
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS

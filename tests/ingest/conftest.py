"""Local stand-ins for the web: a real HTTP server on 127.0.0.1, a server that never answers and a
port where nothing listens. All on ephemeral ports, all torn down after the test."""

from __future__ import annotations

import contextlib
import socket
import ssl
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"

#: path -> (status, headers, body)
Route = tuple[int, dict[str, str], bytes]


@dataclass
class LocalWeb:
    """A threaded HTTP server on 127.0.0.1 serving fixed routes and recording each request."""

    base: str
    routes: dict[str, Route | Callable[[BaseHTTPRequestHandler], None]]
    requests: list[dict[str, str]] = field(default_factory=list)

    def url(self, path: str) -> str:
        return f"{self.base}{path}"


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        web = self.server.web
        web.requests.append({"path": self.path, **{k.lower(): v for k, v in self.headers.items()}})
        route = web.routes.get(self.path)
        if route is None:
            self.send_error(404, "Not Found")
            return
        if callable(route):
            route(self)
            return
        status, headers, body = route
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        if "Content-Length" not in headers:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # quiet test output
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    web: LocalWeb


@contextlib.contextmanager
def _serving(*, tls: bool) -> Iterator[LocalWeb]:
    """A threaded local server on a free port of 127.0.0.1, shut down and joined on exit."""
    server = _Server(("127.0.0.1", 0), _Handler)
    if tls:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(DATA / "localhost-cert.pem", DATA / "localhost-key.pem")
        server.socket = context.wrap_socket(server.socket, server_side=True)
    host, port = server.server_address[:2]
    server.web = LocalWeb(base=f"{'https' if tls else 'http'}://{host}:{port}", routes={})
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield server.web
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture
def web() -> Iterator[LocalWeb]:
    with _serving(tls=False) as served:
        yield served


@pytest.fixture
def tls_web() -> Iterator[LocalWeb]:
    """The same server speaking HTTPS with a self-signed certificate for 127.0.0.1 (a test-only
    key pair in data/, valid until 2126): no client trusts it unless told to."""
    with _serving(tls=True) as served:
        yield served


@pytest.fixture
def silent_url() -> Iterator[str]:
    """A server that accepts connections (the kernel completes the handshake from the listen
    backlog) and never sends a byte."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    port = sock.getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}/never"
    finally:
        sock.close()


@pytest.fixture
def closed_url() -> str:
    """A URL on a local port where nothing listens (bound, then released)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return f"http://127.0.0.1:{port}/article"

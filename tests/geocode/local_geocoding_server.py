"""A real HTTP server on 127.0.0.1 that answers like Nominatim (/search) and Photon (/api).

The query decides the answer: ``slowtown`` waits past any short timeout, ``busy`` gets HTTP 429,
``broken`` HTTP 500, ``garbled`` a body that is not JSON, ``nowhere`` an empty result; any other
query is found at a fixed point. Requests are counted per query.
"""

from __future__ import annotations

import contextlib
import json
import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

POINT = (39.80172, -89.64371)


class _Handler(BaseHTTPRequestHandler):
    server: LocalGeocodingServer

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass

    def _send(self, status: int, body: bytes, content_type: str = "application/json") -> None:
        # The client may have given up already (a timeout test): then there is nobody to answer.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    def do_GET(self) -> None:
        url = urlparse(self.path)
        query = parse_qs(url.query).get("q", [""])[0]
        self.server.requests[query] += 1
        self.server.paths.append(url.path)
        if query == "slowtown":
            self.server.release.wait(5)
            return self._send(200, b"[]")
        if query == "busy":
            return self._send(429, b'{"error": "too many requests"}')
        if query == "broken":
            return self._send(500, b"internal error")
        if query == "garbled":
            return self._send(200, b"{this is not json", "application/json")
        found = query != "nowhere"
        if url.path == "/search":  # Nominatim
            answer = (
                [
                    {
                        "place_id": 7,
                        "lat": str(POINT[0]),
                        "lon": str(POINT[1]),
                        "display_name": f"{query}, Illinois, United States",
                        "type": "city",
                    }
                ]
                if found
                else []
            )
            return self._send(200, json.dumps(answer).encode())
        if url.path == "/api":  # Photon
            features = (
                [
                    {
                        "type": "Feature",
                        "geometry": {"type": "Point", "coordinates": [POINT[1], POINT[0]]},
                        "properties": {
                            "name": query,
                            "state": "Illinois",
                            "country": "United States",
                            "osm_id": 7,
                        },
                    }
                ]
                if found
                else []
            )
            return self._send(
                200, json.dumps({"type": "FeatureCollection", "features": features}).encode()
            )
        return self._send(404, b"{}")


class LocalGeocodingServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.requests: Counter[str] = Counter()
        self.paths: list[str] = []
        self.release = threading.Event()
        self._thread = threading.Thread(
            target=self.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def domain(self) -> str:
        return f"127.0.0.1:{self.server_address[1]}"

    def __enter__(self) -> LocalGeocodingServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release.set()
        self.shutdown()
        self.server_close()
        self._thread.join(5)

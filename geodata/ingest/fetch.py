"""Fetching web pages and feeds over HTTP(S), with care.

One :class:`Fetcher` owns every cross-cutting concern: a connect timeout and a total timeout, a
size limit, an honest user agent naming the project, redirects followed only between http and
https URLs and only so many times, and a check of the content type before the body is read.
It uses the standard library's :mod:`http.client`, so no system proxy settings apply.
"""

from __future__ import annotations

import http.client
import logging
import os
import socket
import ssl
import time
from dataclasses import dataclass
from typing import Protocol
from urllib.parse import quote, urljoin, urlsplit

from geodata.errors import ConfigurationError, FetchError

log = logging.getLogger(__name__)

#: Names the project and says what it does, so site operators know who is asking.
USER_AGENT = "geodata-newsmap/0.1.0 (news-mapping dashboard; reads pages and feeds for a map)"

#: Bodies larger than this are refused, the same limit as for files.
MAX_BYTES = 20 * 1024 * 1024

#: Content types worth reading: pages, feeds, plain text and JSON records.
ACCEPTED_TYPES: frozenset[str] = frozenset(
    {
        "text/html",
        "application/xhtml+xml",
        "application/rss+xml",
        "application/x-rss+xml",
        "application/atom+xml",
        "application/x-atom+xml",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
        "application/json",
        "text/plain",
        "text/markdown",
    }
)

_PATH_SAFE = "/%:@!$&'()*+,;=-._~"
_QUERY_SAFE = _PATH_SAFE + "?"
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
CHUNK_BYTES = 64 * 1024


@dataclass(frozen=True, slots=True)
class Fetched:
    """A response body and what is known about it."""

    url: str
    """The final URL, after redirects."""
    status: int
    content_type: str | None
    """The media type in lower case without parameters, or ``None`` when the server sent none."""
    charset: str | None
    body: bytes


class FetcherLike(Protocol):
    """What the readers need from a fetcher; tests and callers may pass their own."""

    def fetch(self, url: str) -> Fetched:
        """The body at ``url``; raises :class:`FetchError` when it cannot be had."""
        ...


def _limit_text(size: int) -> str:
    """``20 MB``, ``64 KB``: sizes for people, one decimal at most."""
    if size >= 1024 * 1024:
        return f"{round(size / (1024 * 1024), 1):g} MB"
    return f"{round(size / 1024, 1):g} KB"


class Fetcher:
    """Fetches URLs over HTTP(S) with timeouts, a size limit and careful redirects.

    Settings are keyword-only; the object holds no connection, so it can be pickled to Dask
    workers and shared between threads.
    """

    def __init__(
        self,
        *,
        user_agent: str = USER_AGENT,
        connect_timeout: float = 10.0,
        timeout: float = 30.0,
        max_bytes: int = MAX_BYTES,
        max_redirects: int = 5,
        accepted_types: frozenset[str] = ACCEPTED_TYPES,
        ca_file: str | os.PathLike[str] | None = None,
    ) -> None:
        for name, value in (("connect_timeout", connect_timeout), ("timeout", timeout)):
            if not value > 0:
                raise ConfigurationError(
                    f"{name} must be a positive number of seconds, got {value!r}"
                )
        if max_bytes <= 0:
            raise ConfigurationError(f"max_bytes must be positive, got {max_bytes!r}")
        if max_redirects < 0:
            raise ConfigurationError(f"max_redirects must be 0 or more, got {max_redirects!r}")
        if not user_agent.strip():
            raise ConfigurationError("user_agent must name the client, got an empty string")
        self.user_agent = user_agent
        self.connect_timeout = connect_timeout
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.accepted_types = accepted_types
        # Certificates are always verified; ca_file adds trust in a private authority (an
        # intranet's, or a test's) on top of the system's.
        self.ca_file = os.fspath(ca_file) if ca_file is not None else None
        if self.ca_file is not None and not os.path.isfile(self.ca_file):
            raise ConfigurationError(
                f"ca_file must be a PEM file of trusted certificates, got {self.ca_file!r}, "
                "which is not a file"
            )

    def __repr__(self) -> str:
        return (
            f"Fetcher(connect_timeout={self.connect_timeout!r}, timeout={self.timeout!r}, "
            f"max_bytes={self.max_bytes!r}, max_redirects={self.max_redirects!r})"
        )

    def fetch(self, url: str) -> Fetched:
        """GET ``url``, following redirects; raise :class:`FetchError` with the reason on failure:
        ``HTTP 404 Not Found``, ``timed out after 10 s``, ``larger than the 20 MB limit``, ..."""
        deadline = time.monotonic() + self.timeout
        current = url
        seen: list[str] = []
        for _hop in range(self.max_redirects + 1):
            response = self._get_once(current, deadline)
            if isinstance(response, Fetched):
                return response
            seen.append(current)
            target = urljoin(current, response)
            if not target.lower().startswith(("http://", "https://")):
                raise FetchError(
                    f"redirect from {current} to {target!r} refused: only http and https are followed"
                )
            if target in seen:
                raise FetchError(f"redirect loop: {target} redirects back to itself")
            log.debug("redirect %s -> %s", current, target)
            current = target
        raise FetchError(f"too many redirects (more than {self.max_redirects}) starting at {url}")

    def _connection(self, url: str, deadline: float) -> tuple[http.client.HTTPConnection, str]:
        try:
            parts = urlsplit(url)
        except ValueError as err:
            raise FetchError(f"invalid URL {url!r}: {err}") from err
        scheme = parts.scheme.lower()
        if scheme not in ("http", "https"):
            raise FetchError(
                f"unsupported URL scheme {parts.scheme!r} in {url!r}: expected http or https"
            )
        try:
            port = parts.port
        except ValueError as err:
            raise FetchError(f"invalid port in URL {url!r}: {err}") from err
        if not parts.hostname:
            raise FetchError(f"URL {url!r} has no host name")
        connect_timeout = min(self.connect_timeout, max(deadline - time.monotonic(), 0.001))
        connection: http.client.HTTPConnection
        if scheme == "https":
            context = ssl.create_default_context()
            if self.ca_file is not None:
                context.load_verify_locations(cafile=self.ca_file)
            connection = http.client.HTTPSConnection(
                parts.hostname, port, timeout=connect_timeout, context=context
            )
        else:
            connection = http.client.HTTPConnection(parts.hostname, port, timeout=connect_timeout)
        # Non-ASCII and spaces percent-encoded (UTF-8); what is already encoded stays as it is.
        path = quote(parts.path or "/", safe=_PATH_SAFE)
        if parts.query:
            path = f"{path}?{quote(parts.query, safe=_QUERY_SAFE)}"
        return connection, path

    def _remaining(self, deadline: float) -> float:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchError(f"timed out after {self.timeout:g} s")
        return remaining

    def _get_once(self, url: str, deadline: float) -> Fetched | str:
        """One request: the response, or the Location of a redirect."""
        connection, path = self._connection(url, deadline)
        host = urlsplit(url).netloc  # valid: _connection parsed it
        try:
            try:
                connection.connect()
            except TimeoutError as err:
                raise FetchError(
                    f"timed out after {connection.timeout:g} s connecting to {host}"
                ) from err
            except ConnectionRefusedError as err:
                raise FetchError(f"connection refused by {host} (nothing listens there?)") from err
            except socket.gaierror as err:
                raise FetchError(f"host name {urlsplit(url).hostname!r} not found: {err}") from err
            except ssl.SSLError as err:
                raise FetchError(f"TLS handshake with {host} failed: {err}") from err
            except OSError as err:
                raise FetchError(f"cannot connect to {host}: {err}") from err
            # Kept apart: http.client drops connection.sock once a response will close it.
            sock = connection.sock
            assert sock is not None
            try:
                sock.settimeout(self._remaining(deadline))
                connection.request(
                    "GET",
                    path,
                    headers={
                        "User-Agent": self.user_agent,
                        "Accept": ", ".join(sorted(self.accepted_types)),
                        "Accept-Encoding": "identity",
                    },
                )
                response = connection.getresponse()
                if response.status in REDIRECT_STATUSES:
                    location = response.getheader("Location")
                    if not location:
                        raise FetchError(
                            f"HTTP {response.status} redirect without a Location header"
                        )
                    return location
                if response.status >= 400:
                    raise FetchError(f"HTTP {response.status} {response.reason}".rstrip())
                if response.status != 200:
                    raise FetchError(f"HTTP {response.status} {response.reason}: expected 200 OK")
                content_type, charset = self._check_type(response)
                body = self._read_body(response, sock, deadline)
            except TimeoutError as err:
                raise FetchError(f"timed out after {self.timeout:g} s") from err
            except (http.client.HTTPException, OSError, ValueError) as err:
                if isinstance(err, FetchError):
                    raise
                raise FetchError(f"the connection to {host} failed: {err!r}") from err
            return Fetched(
                url=url,
                status=response.status,
                content_type=content_type,
                charset=charset,
                body=body,
            )
        finally:
            connection.close()

    def _check_type(self, response: http.client.HTTPResponse) -> tuple[str | None, str | None]:
        header = response.getheader("Content-Type")
        if not header:
            return None, None
        media, _, params = header.partition(";")
        media = media.strip().lower()
        charset = None
        for param in params.split(";"):
            key, _, value = param.partition("=")
            if key.strip().lower() == "charset":
                charset = value.strip().strip("\"'").lower() or None
        if media not in self.accepted_types:
            raise FetchError(
                f"unsupported content type {media!r}: expected a web page, a feed, text or JSON "
                f"({', '.join(sorted(self.accepted_types))})"
            )
        return media, charset

    def _read_body(
        self,
        response: http.client.HTTPResponse,
        sock: socket.socket,
        deadline: float,
    ) -> bytes:
        length = response.getheader("Content-Length")
        if length and length.strip().isdigit() and int(length) > self.max_bytes:
            raise FetchError(
                f"larger than the {_limit_text(self.max_bytes)} limit "
                f"(Content-Length {_limit_text(int(length))})"
            )
        chunks: list[bytes] = []
        size = 0
        while True:
            sock.settimeout(self._remaining(deadline))
            # read1 makes at most one read from the socket, so a server that drips bytes
            # cannot stretch one call past the deadline.
            chunk = response.read1(CHUNK_BYTES)
            if not chunk:
                return b"".join(chunks)
            size += len(chunk)
            if size > self.max_bytes:
                raise FetchError(f"larger than the {_limit_text(self.max_bytes)} limit")
            chunks.append(chunk)

"""An optional remote geocoder for toponyms the gazetteer cannot resolve.

The service is chosen by name from geopy's own registry (``nominatim``, ``photon``, ...). Each
query goes through a persistent SQLite cache, then geopy's ``RateLimiter``, with a timeout.
Every outcome is a :class:`RemoteResult`; a timeout, HTTP 429/500, a malformed answer or an
unreachable service is recorded per toponym with its reason and never raised.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from geopy import exc as geopy_exc
from geopy.adapters import BaseAdapter, RequestsAdapter, URLLibAdapter
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import SERVICE_TO_GEOCODER, get_geocoder_for_service
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from geodata.errors import ConfigurationError, StoreError
from geodata.model import Failure, Mention, check_lat_lon

logger = logging.getLogger(__name__)

FOUND = "found"
NOT_FOUND = "not-found"
FAILED = "failed"


def geocoder_class(service: str) -> type[Geocoder]:
    """The geopy geocoder class registered under ``service`` (case-insensitive).

    Raises :class:`ConfigurationError` listing the valid names for an unknown one.
    """
    try:
        return get_geocoder_for_service(service)
    except (geopy_exc.GeocoderNotFound, AttributeError) as err:
        raise ConfigurationError(
            f"remote geocoder must be one of geopy's services {sorted(SERVICE_TO_GEOCODER)}, got {service!r}"
        ) from err


@dataclass(frozen=True, slots=True)
class RemoteResult:
    """The outcome of one remote query: found (with a point), not found, or failed (with a reason)."""

    query: str
    service: str
    status: str
    lat: float | None = None
    lon: float | None = None
    address: str | None = None
    raw: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    reason: str | None = None
    cached: bool = False

    def __post_init__(self) -> None:
        check_lat_lon(self.lat, self.lon)

    def location(self) -> Location | None:
        """A geopy Location for a found result (``raw["source"]`` is the service), else None."""
        if self.status != FOUND or self.lat is None or self.lon is None:
            return None
        return Location(
            self.address or self.query, (self.lat, self.lon), {**self.raw, "source": self.service}
        )


def reason_for(error: BaseException) -> str:
    """A short, stable reason for a failed remote query."""
    if isinstance(error, geopy_exc.GeocoderTimedOut):
        return f"timed out: {error}"
    if isinstance(error, geopy_exc.GeocoderRateLimited):
        return f"rate limited by the service (HTTP 429): {error}"
    if isinstance(error, geopy_exc.GeocoderParseError):
        return f"malformed answer: {error}"
    if isinstance(error, geopy_exc.GeocoderUnavailable):
        return f"service unavailable: {error}"
    if isinstance(error, geopy_exc.GeocoderServiceError):
        return f"service error: {error}"
    return f"{type(error).__name__}: {error}"


class GeocodeCache:
    """A persistent cache of remote answers and a log of failures, in one SQLite file.

    Answers (found or not found) are kept per (service, query, language); failures are logged,
    not cached, so a later run asks again.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, check_same_thread=False)
            with self._db:
                self._db.execute(
                    "CREATE TABLE IF NOT EXISTS answers (service TEXT NOT NULL, query TEXT NOT NULL, "
                    "language TEXT NOT NULL, status TEXT NOT NULL, lat REAL, lon REAL, address TEXT, raw TEXT, "
                    "at REAL NOT NULL, PRIMARY KEY (service, query, language))"
                )
                self._db.execute(
                    "CREATE TABLE IF NOT EXISTS failures (service TEXT NOT NULL, query TEXT NOT NULL, "
                    "reason TEXT NOT NULL, at REAL NOT NULL)"
                )
        except sqlite3.Error as err:
            raise StoreError(
                f"geocoder cache {str(self.path)!r} cannot be opened: {err}; delete it or pick another path"
            ) from err

    def get(self, service: str, query: str, language: str | None) -> RemoteResult | None:
        with self._lock:
            row = self._db.execute(
                "SELECT status, lat, lon, address, raw FROM answers WHERE service = ? AND query = ? AND language = ?",
                (service, query, language or ""),
            ).fetchone()
        if row is None:
            return None
        status, lat, lon, address, raw = row
        return RemoteResult(
            query=query, service=service, status=status, lat=lat, lon=lon, address=address,
            raw=json.loads(raw) if raw else {}, cached=True,
        )  # fmt: skip

    def put(self, result: RemoteResult, language: str | None) -> None:
        with self._lock, self._db:
            self._db.execute(
                "INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    result.service, result.query, language or "", result.status, result.lat, result.lon,
                    result.address, json.dumps(result.raw, default=str), time.time(),
                ),
            )  # fmt: skip

    def record_failure(self, service: str, query: str, reason: str) -> None:
        with self._lock, self._db:
            self._db.execute(
                "INSERT INTO failures VALUES (?, ?, ?, ?)", (service, query, reason, time.time())
            )

    def failures(self, service: str | None = None) -> list[tuple[str, str, str]]:
        """Logged failures as ``(service, query, reason)``, oldest first."""
        sql = "SELECT service, query, reason FROM failures"
        args: tuple[str, ...] = ()
        if service is not None:
            sql += " WHERE service = ?"
            args = (service,)
        with self._lock:
            return [tuple(row) for row in self._db.execute(sql + " ORDER BY rowid", args)]  # type: ignore[misc]

    def close(self) -> None:
        with self._lock:
            self._db.close()


class _RateLimiter(RateLimiter):
    """geopy's RateLimiter with an injectable clock and sleep, so tests never wait."""

    def __init__(
        self,
        func: Callable[..., Any],
        *,
        clock: Callable[[], float] | None = None,
        sleep: Callable[[float], None] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(func, **kwargs)
        self._clock_fn = clock
        self._sleep_fn = sleep

    def _clock(self) -> float:
        return self._clock_fn() if self._clock_fn is not None else super()._clock()

    def _sleep(self, seconds: float) -> None:
        if self._sleep_fn is not None:
            self._sleep_fn(seconds)
        else:
            super()._sleep(seconds)


def _adapter_without_retries(**kwargs: Any) -> BaseAdapter:
    if RequestsAdapter.is_available:
        return RequestsAdapter(max_retries=0, **kwargs)
    return URLLibAdapter(**kwargs)


class RemoteFallback:
    """Ask a remote geopy geocoder, through a persistent cache and a rate limiter; never raise.

    ``service`` is a name from geopy's registry; ``geocoder_options`` go to its class (for a
    local or self-hosted service: ``domain="127.0.0.1:8080", scheme="http"``). ``cache_path``
    defaults to ``geocode-cache.sqlite`` under :func:`geodata.config.cache_dir`.
    ``min_delay_seconds``, ``max_retries`` and ``error_wait_seconds`` go to geopy's
    ``RateLimiter``; ``clock``/``sleep`` replace its time source (for tests).
    """

    def __init__(
        self,
        service: str,
        *,
        cache_path: str | Path | None = None,
        timeout: float = 10.0,
        min_delay_seconds: float = 1.0,
        max_retries: int = 2,
        error_wait_seconds: float = 5.0,
        user_agent: str = "geodata-newsmap",
        clock: Callable[[], float] | None = None,
        sleep: Callable[[float], None] | None = None,
        **geocoder_options: Any,
    ) -> None:
        cls = geocoder_class(service)
        self.service = service.lower()
        if timeout <= 0:
            raise ConfigurationError(
                f"timeout must be a positive number of seconds, got {timeout!r}"
            )
        # Retries belong to the RateLimiter: an HTTP client retrying on its own would turn a
        # read timeout into "max retries exceeded" and multiply the waiting.
        geocoder_options.setdefault("adapter_factory", _adapter_without_retries)
        try:
            self.geocoder = cls(timeout=timeout, user_agent=user_agent, **geocoder_options)
        except (TypeError, geopy_exc.ConfigurationError) as err:
            raise ConfigurationError(
                f"cannot configure geopy's {cls.__name__} with {geocoder_options!r}: {err}"
            ) from err
        self.limited = _RateLimiter(
            self.geocoder.geocode,
            min_delay_seconds=min_delay_seconds,
            max_retries=max_retries,
            error_wait_seconds=max(error_wait_seconds, min_delay_seconds),
            swallow_exceptions=False,
            clock=clock,
            sleep=sleep,
        )
        if cache_path is None:
            from geodata.config import cache_dir

            cache_path = cache_dir() / "geocode-cache.sqlite"
        self.cache = GeocodeCache(cache_path)

    def geocode(self, query: str, *, language: str | None = None) -> RemoteResult:
        """Resolve ``query``: from the cache, else from the service. Failures are returned, not raised."""
        query = " ".join(str(query).split())
        if not query:
            return RemoteResult(
                query=query, service=self.service, status=NOT_FOUND, reason="empty query"
            )
        cached = self.cache.get(self.service, query, language)
        if cached is not None:
            return cached
        kwargs: dict[str, Any] = {"exactly_one": True}
        if language:
            kwargs["language"] = language
        try:
            location = self.limited(query, **kwargs)
        except Exception as err:  # every failure is recorded per toponym and never fatal
            reason = reason_for(err)
            logger.warning("%s could not geocode %r: %s", self.service, query, reason)
            self.cache.record_failure(self.service, query, reason)
            return RemoteResult(query=query, service=self.service, status=FAILED, reason=reason)
        result = self._result(query, location)
        self.cache.put(result, language)
        return result

    def _result(self, query: str, location: Location | None) -> RemoteResult:
        if location is None:
            return RemoteResult(
                query=query, service=self.service, status=NOT_FOUND, reason="no match"
            )
        try:
            lat, lon = float(location.latitude), float(location.longitude)
            check_lat_lon(lat, lon)
        except (TypeError, ValueError) as err:
            reason = f"malformed answer: unusable coordinates ({err})"
            self.cache.record_failure(self.service, query, reason)
            return RemoteResult(query=query, service=self.service, status=FAILED, reason=reason)
        raw = location.raw if isinstance(location.raw, dict) else {"raw": location.raw}
        return RemoteResult(
            query=query,
            service=self.service,
            status=FOUND,
            lat=lat,
            lon=lon,
            address=location.address,
            raw=raw,
        )

    def failures(self) -> list[tuple[str, str, str]]:
        """This service's logged failures as ``(service, query, reason)``."""
        return self.cache.failures(self.service)

    def close(self) -> None:
        self.cache.close()


def fill_unresolved(
    mentions: Sequence[Mention],
    fallback: RemoteFallback,
    *,
    language: str | None = None,
    near_town: bool = False,
    answers: dict[str, RemoteResult] | None = None,
) -> tuple[list[Mention], list[Failure]]:
    """Ask ``fallback`` for the mentions the gazetteer left without a point.

    Returns the mentions in their order, those the service found now with its point and address
    (``name``), ``place_id`` ``"SERVICE:QUERY"`` and feature ``"other"`` where they had none, and
    one :class:`Failure` (stage ``"geocode"``) per toponym the service could not answer, with the
    reason. Resolved mentions are passed through untouched and never sent anywhere. Each distinct
    query is asked once. With ``near_town`` (the mentions of one text, in order) a mention is asked
    with the town the text names nearest to it ("Schwanitzstraße 12, Berlin"): a street's name
    alone fits streets in hundreds of towns. ``answers`` keeps the answers across calls (one run
    over many texts): a query that failed is then not sent again, but still reported per text.
    """
    if answers is None:
        answers = {}
    reported: set[str] = set()
    filled: list[Mention] = []
    failures: list[Failure] = []
    towns = [m for m in mentions if m.feature == "city" and m.name and m.lat is not None]
    for mention in mentions:
        if mention.lat is not None and mention.lon is not None:
            filled.append(mention)
            continue
        query = " ".join(mention.text.split())
        if near_town and towns:
            town = min(towns, key=lambda m: abs(m.start - mention.start))
            query = f"{query}, {town.name}"
        result = answers.get(query)
        if result is None:
            result = answers[query] = fallback.geocode(query, language=language)
        if result.status != FOUND and query not in reported:
            reported.add(query)
            failures.append(
                Failure(origin=query, reason=f"{result.service}: {result.reason}", stage="geocode")
            )
        if result.status == FOUND:
            mention = replace(
                mention,
                lat=result.lat,
                lon=result.lon,
                name=result.address or mention.name,
                feature=mention.feature or "other",
                place_id=f"{result.service}:{query}",
            )
        filled.append(mention)
    return filled, failures

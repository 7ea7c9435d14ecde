"""The remote fallback with geopy's real Nominatim and Photon classes against a local server."""

from __future__ import annotations

import pytest
from local_geocoding_server import POINT, LocalGeocodingServer

from geodata.errors import ConfigurationError
from geodata.geocode import RemoteFallback, fill_unresolved, geocoder_class
from geodata.geocode.remote import FAILED, FOUND, NOT_FOUND
from geodata.model import Mention


class FakeTime:
    """A clock that moves only when something sleeps: rate limiting without waiting."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


@pytest.fixture
def server():
    with LocalGeocodingServer() as running:
        yield running


def _fallback(service, server, tmp_path, fake, **options):
    settings = {
        "min_delay_seconds": 1.0,
        "max_retries": 1,
        "error_wait_seconds": 2.0,
        "timeout": 2.0,
    }
    settings.update(options)
    return RemoteFallback(
        service,
        cache_path=tmp_path / "cache.sqlite",
        domain=server.domain,
        scheme="http",
        clock=fake.clock,
        sleep=fake.sleep,
        **settings,
    )


@pytest.mark.parametrize(("service", "path"), [("nominatim", "/search"), ("photon", "/api")])
def test_found_is_cached_and_rate_limited(server, tmp_path, service, path):
    fake = FakeTime()
    remote = _fallback(service, server, tmp_path, fake)
    assert type(remote.geocoder).__name__ == {"nominatim": "Nominatim", "photon": "Photon"}[service]
    first = remote.geocode("Springfield")
    assert first.status == FOUND
    assert (first.lat, first.lon) == POINT
    assert not first.cached
    assert "Springfield" in first.address
    again = remote.geocode("Springfield")
    assert again.cached
    assert (again.lat, again.lon) == POINT
    assert server.requests["Springfield"] == 1  # the second answer came from the cache
    remote.geocode("Peoria")
    assert fake.sleeps == [1.0]  # two requests in a row: the limiter waited min_delay_seconds
    assert set(server.paths) == {path}
    location = again.location()
    assert location.raw["source"] == service
    assert location.point.latitude == POINT[0]


def test_cache_persists_across_instances(server, tmp_path):
    fake = FakeTime()
    _fallback("nominatim", server, tmp_path, fake).geocode("Springfield")
    result = _fallback("nominatim", server, tmp_path, fake).geocode("Springfield")
    assert result.cached
    assert server.requests["Springfield"] == 1


def test_not_found_is_cached_as_an_answer(server, tmp_path):
    remote = _fallback("photon", server, tmp_path, FakeTime())
    assert remote.geocode("nowhere").status == NOT_FOUND
    assert remote.geocode("nowhere").cached
    assert server.requests["nowhere"] == 1
    assert remote.failures() == []


@pytest.mark.parametrize(
    ("query", "reason"),
    [
        ("busy", "HTTP 429"),
        ("broken", "service error"),
        ("garbled", "malformed answer"),
    ],
)
def test_service_failures_are_recorded_retried_and_not_cached(server, tmp_path, query, reason):
    fake = FakeTime()
    remote = _fallback("nominatim", server, tmp_path, fake)
    result = remote.geocode(query)
    assert result.status == FAILED
    assert reason in result.reason
    assert result.location() is None
    assert server.requests[query] == 2  # one retry (max_retries=1) after error_wait_seconds
    assert 2.0 in fake.sleeps
    assert [(s, q) for s, q, _ in remote.failures()] == [("nominatim", query)]
    remote.geocode(query)  # failures are not cached: asked again
    assert server.requests[query] == 4


def test_timeout_is_a_recorded_failure(server, tmp_path):
    remote = _fallback("photon", server, tmp_path, FakeTime(), timeout=0.2, max_retries=0)
    result = remote.geocode("slowtown")
    assert result.status == FAILED
    assert result.reason.startswith("timed out")
    assert remote.failures()[0][1] == "slowtown"


def test_unreachable_service_is_a_recorded_failure(tmp_path):
    with LocalGeocodingServer() as gone:
        domain = gone.domain
    fake = FakeTime()
    remote = RemoteFallback(
        "nominatim", cache_path=tmp_path / "c.sqlite", domain=domain, scheme="http", timeout=1.0,
        max_retries=0, clock=fake.clock, sleep=fake.sleep,
    )  # fmt: skip
    result = remote.geocode("Springfield")
    assert result.status == FAILED
    assert result.reason.startswith("service unavailable")


def test_unknown_service_lists_valid_names(tmp_path):
    with pytest.raises(ConfigurationError, match=r"got 'nominatum'") as caught:
        RemoteFallback("nominatum", cache_path=tmp_path / "c.sqlite")
    assert "'nominatim'" in str(caught.value)
    assert "'photon'" in str(caught.value)
    assert geocoder_class("Photon").__name__ == "Photon"


def _mention(text: str, start: int, lat: float | None, lon: float | None) -> Mention:
    return Mention(
        start=start, end=start + len(text), text=text, name=text if lat is not None else None, lat=lat, lon=lon,
        feature="city" if lat is not None else None, country_code=None, admin1_code=None, geonameid=None,
        kind="literal", score=0.5,
    )  # fmt: skip


def test_fill_unresolved_asks_only_for_mentions_without_a_point(server, tmp_path):
    remote = _fallback("photon", server, tmp_path, FakeTime())
    known = _mention("Berlin", 0, 52.52, 13.405)
    mentions = [known, _mention("Springfield", 10, None, None), _mention("busy", 30, None, None)]
    mentions.append(_mention("Springfield", 50, None, None))
    filled, failures = fill_unresolved(mentions, remote)
    assert filled[0] is known
    assert server.requests["Berlin"] == 0
    assert (filled[1].lat, filled[1].lon) == POINT
    assert filled[1].place_id == "photon:Springfield"
    assert (filled[3].lat, filled[3].lon) == POINT
    assert server.requests["Springfield"] == 1  # one question per distinct surface
    assert filled[2].lat is None
    assert [(f.origin, f.stage) for f in failures] == [("busy", "geocode")]
    assert "HTTP 429" in failures[0].reason

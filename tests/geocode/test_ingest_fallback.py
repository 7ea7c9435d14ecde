"""Ingest with a remote fallback: street names the gazetteer has no point for are asked of geopy's
real Nominatim class, pointed at a local server; a service that cannot answer loses nothing."""

from __future__ import annotations

import contextlib
import socket
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from local_geocoding_server import POINT, LocalGeocodingServer

from geodata.cli import main
from geodata.geocode import RemoteFallback
from geodata.geocode.remote import RemoteResult
from geodata.pipeline import ingest
from geodata.store import open_store

ARTICLE = (
    "---\ntitle: Sperrung\nsource: Testquelle\nlanguage: de\npublished: 2026-03-02\n---\n\n"
    "Die Polizei in Berlin sperrte am Montag die {street} wegen eines Wasserrohrbruchs.\n"
)


def _article(tmp_path: Path, street: str) -> Path:
    path = tmp_path / "sperrung.md"
    path.write_text(ARTICLE.format(street=street), encoding="utf-8")
    return path


@contextlib.contextmanager
def _refusing_port() -> Iterator[str]:
    """A port on 127.0.0.1 bound but never listening: every connection to it is refused."""
    with socket.socket() as bound:
        bound.bind(("127.0.0.1", 0))
        yield f"127.0.0.1:{bound.getsockname()[1]}"


def _args(tmp_path: Path, domain: str) -> list[str]:
    return [
        "--db",
        f"sqlite:///{tmp_path / 's.sqlite'}",
        "--geocoder",
        "nominatim",
        "--geocoder-option",
        f"domain={domain}",
        "--geocoder-option",
        "scheme=http",
        "--geocoder-cache",
        str(tmp_path / "geocode.sqlite"),
        "--geocoder-delay",
        "0.01",
        "--geocoder-timeout",
        "2",
        "--geocoder-retries",
        "0",
    ]


def test_a_street_is_asked_with_the_town_the_article_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _article(tmp_path, "Schwanitzstraße 12")
    with LocalGeocodingServer() as server:
        assert main(["ingest", str(path), *_args(tmp_path, server.domain)]) == 0
    assert server.requests == {"Schwanitzstraße 12, Berlin": 1}
    assert "could not resolve" not in capsys.readouterr().out
    with open_store(f"sqlite:///{tmp_path / 's.sqlite'}") as store:
        (article,) = store.articles()
        mentions = {m.text: m for m in store.mentions(article.id)}
    street = mentions["Schwanitzstraße 12"].place
    assert street is not None
    assert (street.lat, street.lon) == pytest.approx(POINT)
    assert street.id == "nominatim:Schwanitzstraße 12, Berlin"
    assert street.name == "Schwanitzstraße 12, Berlin, Illinois, United States"  # its address
    berlin = mentions["Berlin"].place
    assert berlin is not None
    assert berlin.id == "2950159"  # the gazetteer's, never sent anywhere


def test_a_service_that_cannot_answer_loses_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _article(tmp_path, "Quellmannstraße 7")
    with _refusing_port() as closed:
        assert main(["ingest", str(path), *_args(tmp_path, closed)]) == 0
    out, err = capsys.readouterr()
    assert "new 1," in out
    assert "1 toponyms the remote geocoder could not resolve" in out
    (line,) = [line for line in err.splitlines() if line.startswith("unresolved: ")]
    assert "Quellmannstraße 7, Berlin" in line
    assert "sperrung.md" in line
    with open_store(f"sqlite:///{tmp_path / 's.sqlite'}") as store:
        (article,) = store.articles()
        mentions = {m.text: m for m in store.mentions(article.id)}
        failures = store.failures()
    assert mentions["Quellmannstraße 7"].place is None  # kept, unresolved
    assert mentions["Berlin"].place is not None
    assert [recorded.failure.stage for recorded in failures] == ["geocode"]


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        (["--geocoder-option", "domain=127.0.0.1:9"], "--geocoder-option need --geocoder"),
        (["--geocoder-delay", "2"], "--geocoder-delay need --geocoder"),
        (["--geocoder", "nominatim", "--geocoder-option", "timeout=3"], "use --geocoder-timeout"),
        (["--geocoder", "nominatim", "--geocoder-option", "sleep=1"], "not an option of the geopy"),
    ],
)
def test_geocoder_flags_are_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], flags: list[str], message: str
) -> None:
    path = _article(tmp_path, "Schwanitzstraße 12")
    with pytest.raises(SystemExit) if "inf" in flags else contextlib.nullcontext():
        assert (
            main(["ingest", str(path), "--db", f"sqlite:///{tmp_path / 's.sqlite'}", *flags]) == 2
        )
    assert message in capsys.readouterr().err


def _two_articles(tmp_path: Path, street: str) -> list[str]:
    paths = []
    for name in ("a", "b"):
        path = tmp_path / f"{name}.md"
        path.write_text(ARTICLE.format(street=street).replace("Sperrung", name), encoding="utf-8")
        paths.append(str(path))
    return paths


def test_a_query_that_failed_is_not_sent_again_in_the_run(tmp_path: Path) -> None:
    asked: list[str] = []
    geocode = RemoteFallback.geocode

    def counting(self: RemoteFallback, query: str, **options: object) -> RemoteResult:
        asked.append(query)
        return geocode(self, query, **options)  # type: ignore[arg-type]

    with _refusing_port() as closed, pytest.MonkeyPatch.context() as patch:
        patch.setattr(RemoteFallback, "geocode", counting)
        fallback = RemoteFallback(
            "nominatim",
            cache_path=tmp_path / "geocode.sqlite",
            domain=closed,
            scheme="http",
            max_retries=0,
            min_delay_seconds=0.01,
        )
        report = ingest(
            _two_articles(tmp_path, "Quellmannstraße 7"),
            store_url=f"sqlite:///{tmp_path / 's.sqlite'}",
            fallback=fallback,
        )
    assert report.new == 2
    assert asked == ["Quellmannstraße 7, Berlin"]  # once, though both articles name it
    assert [f.origin.split(" (in ")[0] for f in report.unresolved] == [
        "Quellmannstraße 7, Berlin"
    ] * 2


def test_a_broken_cache_loses_no_article(tmp_path: Path) -> None:
    def broken(self: RemoteFallback, query: str, **options: object) -> RemoteResult:
        raise sqlite3.OperationalError("database is locked")

    with LocalGeocodingServer() as server, pytest.MonkeyPatch.context() as patch:
        patch.setattr(RemoteFallback, "geocode", broken)
        fallback = RemoteFallback(
            "nominatim", cache_path=tmp_path / "geocode.sqlite", domain=server.domain, scheme="http"
        )
        report = ingest(
            _two_articles(tmp_path, "Schwanitzstraße 12"),
            store_url=f"sqlite:///{tmp_path / 's.sqlite'}",
            fallback=fallback,
        )
    assert report.new == 2
    assert report.ok
    assert len(report.unresolved) == 2
    assert "database is locked" in report.unresolved[0].reason

"""Ingest with a remote fallback: street names the gazetteer has no point for are asked of geopy's
real Nominatim class, pointed at a local server; a service that cannot answer loses nothing."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from local_geocoding_server import POINT, LocalGeocodingServer

from geodata.cli import main
from geodata.store import open_store

ARTICLE = (
    "---\ntitle: Sperrung\nsource: Testquelle\nlanguage: de\npublished: 2026-03-02\n---\n\n"
    "Die Polizei in Berlin sperrte am Montag die {street} wegen eines Wasserrohrbruchs.\n"
)


def _article(tmp_path: Path, street: str) -> Path:
    path = tmp_path / "sperrung.md"
    path.write_text(ARTICLE.format(street=street), encoding="utf-8")
    return path


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


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
    closed = f"127.0.0.1:{_free_port()}"  # nobody listens: every request is refused
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


def test_geocoder_options_need_a_geocoder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _article(tmp_path, "Schwanitzstraße 12")
    code = main(["ingest", str(path), "--geocoder-option", "domain=127.0.0.1:9"])
    assert code == 2
    assert "--geocoder-option needs --geocoder" in capsys.readouterr().err

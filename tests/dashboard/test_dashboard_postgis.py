"""The dashboard script on the PostgreSQL/PostGIS store (a throwaway server on 127.0.0.1)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from unittest import mock

import pytest
from dashboard_store import fill_store
from streamlit.testing.v1 import AppTest
from test_dashboard_app import APP, fake_st_folium, map_args, param, region_articles, titles

pytestmark = pytest.mark.postgis


@pytest.fixture(scope="module")
def postgis_url() -> Iterator[str]:
    from geodata import testing

    try:
        with testing.postgis_server() as url:
            yield url
    except testing.PostgresUnavailableError as err:
        pytest.skip(f"PostgreSQL with PostGIS is not available: {err}")


def test_dashboard_reads_a_postgresql_store(
    postgis_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fill_store(postgis_url)
    monkeypatch.setenv("GEODATA_DB", postgis_url)
    monkeypatch.setenv("GEODATA_HOME", str(tmp_path))
    at = AppTest.from_file(APP, default_timeout=120).run()
    assert not at.exception
    assert at.subheader[0].value == "All regions: 4 articles"
    assert region_articles(map_args(at))["MX-SIN"] == 1
    with mock.patch("streamlit_folium.st_folium", fake_st_folium(1, "MX-SIN")):
        at.run()
    assert at.subheader[0].value == "Sinaloa: 1 article"
    assert titles(at) == ["Testbericht: Einsätze in Sinaloa, Sonora und Tamaulipas"]
    assert param(at, "region") == ["MX-SIN"]

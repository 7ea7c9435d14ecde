"""Store fixtures: every store test runs against a real SQLite file and a real PostGIS server.

``pg_server`` starts one throwaway PostgreSQL with PostGIS for the session (skipped, or failed under
GEODATA_NO_SKIP=1, when the binaries are missing); ``pg_url`` gives each test its own empty
database in it. ``store_url`` is parametrised over both backends.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest

from geodata.store import Store, open_store
from geodata.testing import PostgresUnavailableError, fresh_database, postgis_server

_database_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """The URL of a database in a private PostgreSQL with PostGIS on 127.0.0.1, for the session."""
    try:
        with postgis_server() as url:
            yield url
    except PostgresUnavailableError as err:
        pytest.skip(f"PostGIS unavailable: {err}")


@pytest.fixture
def pg_url(pg_server: str) -> str:
    """A fresh, empty database with PostGIS for one test."""
    return fresh_database(pg_server, f"test_{next(_database_numbers)}")


@pytest.fixture(params=["sqlite", pytest.param("postgis", marks=pytest.mark.postgis)])
def store_url(request: pytest.FixtureRequest, tmp_path) -> str:
    """An empty store of each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.sqlite'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    with open_store(store_url) as opened:
        yield opened

"""Store fixtures: every store test runs against a real SQLite file and a real PostGIS server.

``pg_server`` starts one throwaway PostgreSQL with PostGIS for the session (skipped, or failed under
GEODATA_NO_SKIP=1, when the binaries are missing); ``pg_url`` gives each test its own empty
schema in it (both from :func:`geodata.testing.postgis_fixtures`, which other test folders can
use the same way). ``store_url`` is parametrised over both backends.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from geodata.store import Store, open_store
from geodata.testing import postgis_fixtures

pg_server, pg_url = postgis_fixtures()


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

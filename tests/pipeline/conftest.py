"""Fixtures for the pipeline tests: the corpus of pipeline_helpers, stores, a Dask cluster, PostGIS."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
from pipeline_helpers import make_articles

from geodata.model import Article
from geodata.pipeline import script_main_hidden
from geodata.testing import postgis_fixtures


@pytest.fixture
def articles() -> list[Article]:
    return make_articles()


@pytest.fixture
def sqlite_url(tmp_path: Any) -> str:
    return f"sqlite:///{tmp_path / 'store.sqlite'}"


# -- Dask ------------------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def dask_cluster() -> Iterator[Any]:
    """A LocalCluster of two worker processes on 127.0.0.1, shared by the distributed tests."""
    from distributed import LocalCluster

    # the dashboard's tests run its script as __main__: spawned workers must not run it again
    with script_main_hidden():
        cluster = LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address="127.0.0.1:0",  # see geodata.pipeline.LOOPBACK_ANY_PORT
        )
    with cluster:
        yield cluster


@pytest.fixture(scope="session")
def worker_pids(dask_cluster: Any) -> set[int]:
    from distributed import Client

    with Client(dask_cluster) as client:
        pids = set(client.run(os.getpid).values())
    assert os.getpid() not in pids
    return pids


# -- PostGIS ---------------------------------------------------------------------------------------
pg_server, pg_url = postgis_fixtures()

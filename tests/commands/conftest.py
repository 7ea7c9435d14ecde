"""Command test fixtures: a private PostGIS server for the session and a fresh store per test."""

from __future__ import annotations

from geodata.testing import postgis_fixtures

pg_server, pg_url = postgis_fixtures()

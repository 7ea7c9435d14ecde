"""What only the PostGIS backend has: geometry, its spatial index, the server-side search vector."""

from __future__ import annotations

import psycopg
import pytest

from geodata.errors import StoreError
from geodata.store import Filters, open_store
from geodata.store.postgis import PostGISStore, connection_url, search_document
from geodata.store.schema import SCHEMA_VERSION
from geodata.testing import _free_port, synthetic_article

pytestmark = pytest.mark.postgis


def test_places_have_a_point_geometry_with_a_gist_index(pg_url: str) -> None:
    with open_store(pg_url) as store:
        for n in range(20):
            store.save(*synthetic_article(n))
    with psycopg.connect(pg_url) as conn:
        row = conn.execute(
            "SELECT ST_SRID(geom), ST_X(geom), ST_Y(geom), GeometryType(geom) "
            "FROM places WHERE id = 'ne:MX-SIN'"
        ).fetchone()
        assert row == (4326, -107.5, 25.0, "POINT")
        indexdef = conn.execute(
            "SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() "
            "AND tablename = 'places' AND indexname = 'places_geom'"
        ).fetchone()[0]
        assert "USING gist (geom)" in indexdef
        gin = conn.execute(
            "SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() "
            "AND indexname = 'articles_tsv'"
        ).fetchone()[0]
        assert "USING gin (tsv)" in gin


def test_places_near_uses_the_geometry(pg_url: str) -> None:
    with open_store(pg_url) as store:
        assert isinstance(store, PostGISStore)
        for n in range(60):
            store.save(*synthetic_article(n))
        near = store.places_near(24.8, -107.39, 150)  # Culiacán; Sinaloa's point is ~25 km away
        assert [place_id for place_id, _ in near] == ["4014338", "ne:MX-SIN"]
        assert near[0][1] == pytest.approx(0, abs=0.01)
        assert 15 < near[1][1] < 35


def test_the_search_vector_holds_the_folded_words(pg_url: str) -> None:
    article, mentions, places = synthetic_article(3)
    assert "arger" in search_document(article).split()
    with open_store(pg_url) as store:
        store.save(article, mentions, places)
        # kinds=(): the article's only resolved mention is a demonym
        assert store.count_articles(Filters(query="ÄRGER", kinds=())) == 1
        assert store.count_articles(Filters(query="example", kinds=())) == 0  # URLs are not searched


def test_a_newer_schema_is_refused(pg_url: str) -> None:
    open_store(pg_url).close()
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("INSERT INTO schema_version VALUES (99, 'later')")
    with pytest.raises(StoreError, match="schema version 99"):
        open_store(pg_url)


def test_an_unreachable_server_is_a_store_error_without_the_password() -> None:
    url = f"postgresql://user:secret@127.0.0.1:{_free_port()}/nothing"
    with pytest.raises(StoreError, match="cannot connect") as caught:
        open_store(url)
    assert "secret" not in str(caught.value)


def test_sqlalchemy_style_urls_are_accepted(pg_url: str) -> None:
    assert connection_url("postgresql+psycopg://u@h/db") == "postgresql://u@h/db"
    with open_store(pg_url.replace("postgresql://", "postgresql+psycopg://")) as store:
        assert store.count_articles() == 0


def test_a_lost_connection_fails_once_then_reconnects(pg_url: str) -> None:
    with open_store(pg_url) as store:
        store.save(*synthetic_article(5))
        backend = store._connection().info.backend_pid
        with psycopg.connect(pg_url, autocommit=True) as admin:
            assert admin.execute("SELECT pg_terminate_backend(%s, 10000)", (backend,)).fetchone()[0]
        with pytest.raises(StoreError):
            store.count_articles()
        assert store.count_articles() == 1


def test_a_version_1_database_is_migrated(pg_url: str) -> None:
    with open_store(pg_url) as store:
        store.save(*synthetic_article(4))
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("DROP INDEX mentions_article")
        conn.execute("DROP INDEX mentions_place")
        conn.execute("CREATE INDEX mentions_place ON mentions (place_id, article_id)")
        conn.execute("DELETE FROM schema_version WHERE version > 1")
    with open_store(pg_url) as store:
        assert store.stats().extra["schema_version"] == SCHEMA_VERSION
        assert store.stats().articles == 1
    with psycopg.connect(pg_url) as conn:
        indexes = dict(
            conn.execute(
                "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
                "AND indexname IN ('mentions_place', 'mentions_article')"
            ).fetchall()
        )
    assert "(place_id, article_id, kind, score)" in indexes["mentions_place"]
    assert "(article_id, place_id, kind, score)" in indexes["mentions_article"]

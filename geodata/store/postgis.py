"""The server store: PostgreSQL with PostGIS, selected by a ``postgresql://`` URL.

The tables and every query are those of the SQLite store (:mod:`geodata.store.relational`); what
differs is here: places carry a PostGIS ``geometry(Point, 4326)`` column (derived from ``lat``/``lon``)
with a GiST index, articles carry a ``tsvector`` (``'simple'`` configuration over the same folded
words the search box produces, so both backends find the same articles) with a GIN index, and
concurrent writers of the same article queue on a transaction-scoped advisory lock.

Many processes may write at once (Dask workers each open their own store from the URL). One store
object holds one connection, shared by its threads under a lock; it cannot be pickled.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from geodata.errors import StoreError
from geodata.model import Article, Mention, Place
from geodata.store import sql
from geodata.store.base import Outcome
from geodata.store.relational import SQLStore, migrate
from geodata.store.schema import SCHEMA_VERSION

logger = logging.getLogger(__name__)

#: Full-text search indexes this many characters of title and text (a tsvector is capped at 1 MB).
SEARCH_CHARS = 400_000

#: Attempts for a write that loses a deadlock or serialization race to another writer.
WRITE_ATTEMPTS = 5

# Each entry brings the schema from the previous version to this one; never edit a released entry,
# append a new one.
_MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: (
        "CREATE EXTENSION IF NOT EXISTS postgis",
        """CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            title TEXT, source TEXT, url TEXT,
            published TEXT, published_day TEXT, published_ts DOUBLE PRECISION,
            language TEXT, author TEXT,
            text TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            origin TEXT NOT NULL,
            sample INTEGER NOT NULL DEFAULT 0,
            ingested_at TEXT NOT NULL,
            extra TEXT NOT NULL DEFAULT '{}',
            tsv TSVECTOR NOT NULL
        )""",
        "CREATE INDEX articles_published ON articles (published_ts)",
        "CREATE INDEX articles_day ON articles (published_day)",
        "CREATE INDEX articles_language ON articles (language)",
        "CREATE INDEX articles_source ON articles (source)",
        "CREATE INDEX articles_url ON articles (url)",
        "CREATE INDEX articles_tsv ON articles USING GIN (tsv)",
        """CREATE TABLE places (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            feature TEXT NOT NULL,
            lat DOUBLE PRECISION, lon DOUBLE PRECISION,
            country_code TEXT, admin1_code TEXT,
            geonameid BIGINT, population BIGINT,
            parents TEXT NOT NULL DEFAULT '[]',
            geom geometry(Point, 4326) GENERATED ALWAYS AS (
                CASE WHEN lat IS NULL OR lon IS NULL THEN NULL
                     ELSE ST_SetSRID(ST_MakePoint(lon, lat), 4326) END
            ) STORED
        )""",
        "CREATE INDEX places_country ON places (country_code)",
        "CREATE INDEX places_admin1 ON places (admin1_code)",
        "CREATE INDEX places_geom ON places USING GIST (geom)",
        """CREATE TABLE mentions (
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            char_start INTEGER NOT NULL,
            char_end INTEGER NOT NULL,
            text TEXT NOT NULL,
            kind TEXT NOT NULL,
            score DOUBLE PRECISION NOT NULL,
            place_id TEXT REFERENCES places (id),
            sentence TEXT NOT NULL,
            sentence_start INTEGER NOT NULL,
            PRIMARY KEY (article_id, seq)
        )""",
        "CREATE INDEX mentions_place ON mentions (place_id, article_id)",
        """CREATE TABLE failures (
            id BIGSERIAL PRIMARY KEY,
            origin TEXT NOT NULL,
            stage TEXT NOT NULL,
            reason TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            UNIQUE (origin, stage)
        )""",
        "CREATE INDEX failures_recorded ON failures (recorded_at)",
    ),
    2: (
        # Cover the mention filters so counts per place never read the mention rows.
        "DROP INDEX mentions_place",
        "CREATE INDEX mentions_place ON mentions (place_id, article_id, kind, score)",
    ),
    3: (
        # Cover the passing-mention test of one article (EXISTS on its id) and the mention
        # filters of a list of articles, so neither reads the mention rows.
        "CREATE INDEX mentions_article ON mentions (article_id, place_id, kind, score)",
    ),
}
assert max(_MIGRATIONS) == SCHEMA_VERSION

# Any constant: the advisory lock that serialises schema migrations between processes.
_MIGRATION_LOCK = 0x6765_6F64

_MARKER = re.compile(r"\?")


def _fts(search: sql.Search) -> tuple[str, list[object]]:
    return "a.tsv @@ to_tsquery('simple', ?)", [sql.tsquery_text(search)]


_DIALECT = sql.Dialect(param="?", fts=_fts)


def search_document(article: Article) -> str:
    """The words full-text search indexes: title and text, folded, as space-separated words.

    Handing PostgreSQL bare words makes its parser see the same tokens as SQLite's FTS5 and the
    search box (no host names, e-mail addresses or hyphenated compounds as special tokens).
    """
    joined = f"{article.title or ''}\n{article.text[:SEARCH_CHARS]}"
    return " ".join(sql.WORD.findall(sql.fold(joined)))


def connection_url(url: str) -> str:
    """``url`` as libpq understands it (SQLAlchemy's ``postgresql+psycopg://`` is accepted too)."""
    if url.startswith("postgresql+psycopg:"):
        return "postgresql:" + url[len("postgresql+psycopg:") :]
    return url


def _redacted(url: str) -> str:
    """``url`` without its password, for messages."""
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)


class _Connection:
    """A psycopg connection that speaks ``?`` markers like the shared SQL."""

    __slots__ = ("raw",)

    def __init__(self, raw: Any) -> None:
        self.raw = raw

    def execute(self, statement: str, params: Any = ()) -> Any:
        return self.raw.execute(_MARKER.sub("%s", statement), params)


class PostGISStore(SQLStore):
    """The store in a PostgreSQL database with PostGIS (see the module docstring)."""

    def __init__(self, url: str, *, connect_timeout: float = 10.0) -> None:
        super().__init__(url)
        self._conninfo = connection_url(url)
        self._connect_timeout = connect_timeout
        self._dialect = _DIALECT
        self._no_limit = None
        with self._lock:
            self._connection()

    def __repr__(self) -> str:
        return f"PostGISStore({_redacted(self.url)!r})"

    def _is_open(self, conn: Any) -> bool:
        # A connection the server dropped is closed; the next use opens a new one.
        return not conn.closed

    def _open(self) -> Any:
        import psycopg

        try:
            conn = psycopg.connect(
                self._conninfo,
                autocommit=True,
                connect_timeout=max(1, round(self._connect_timeout)),
                application_name="geodata",
            )
        except psycopg.Error as err:
            raise StoreError(
                f"cannot connect to PostgreSQL at {_redacted(self.url)!r}: {err}. Is the server "
                "running, and does the URL name an existing database and user?"
            ) from err
        try:
            _migrate(conn)
        except BaseException as err:
            conn.close()
            if not isinstance(err, psycopg.Error):
                raise
            raise StoreError(
                f"cannot prepare the PostGIS store at {_redacted(self.url)!r}: {err}. The "
                "database needs the PostGIS extension (CREATE EXTENSION postgis, as a superuser)"
            ) from err
        return conn

    @contextmanager
    def _transaction(self, *, write: bool) -> Iterator[_Connection]:
        import psycopg

        with self._lock:
            conn = self._connection()
            try:
                with conn.transaction():
                    yield _Connection(conn)
            except psycopg.Error as err:
                raise StoreError(f"PostGIS store {_redacted(self.url)!r}: {err}") from err

    def _executemany(
        self, conn: _Connection, statement: str, rows: list[tuple[object, ...]]
    ) -> None:
        if rows:
            with conn.raw.cursor() as cursor:
                cursor.executemany(_MARKER.sub("%s", statement), rows)

    def _lock_article(self, conn: _Connection, article_id: str) -> None:
        # Two writers of one article would both see it missing and both insert its mentions.
        conn.execute("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", (article_id,))

    def _search_columns(self, article: Article) -> tuple[list[str], list[str], list[object]]:
        return ["tsv"], ["to_tsvector('simple', ?)"], [search_document(article)]

    def save(
        self, article: Article, mentions: Sequence[Mention], places: Sequence[Place]
    ) -> Outcome:
        """As :meth:`Store.save`; a write that loses a deadlock to another writer is retried."""
        import psycopg

        for attempt in range(1, WRITE_ATTEMPTS + 1):
            try:
                return super().save(article, mentions, places)
            except StoreError as err:
                retry = isinstance(
                    err.__cause__,
                    psycopg.errors.DeadlockDetected | psycopg.errors.SerializationFailure,
                )
                if not retry or attempt == WRITE_ATTEMPTS:
                    raise
                logger.info("retrying article %r after %s (attempt %d)", article.id, err, attempt)
        raise AssertionError("unreachable")  # pragma: no cover

    def places_near(self, lat: float, lon: float, radius_km: float) -> list[tuple[str, float]]:
        """Ids of stored places within ``radius_km`` of (lat, lon), nearest first, with km."""
        with self._transaction(write=False) as conn:
            rows = conn.execute(
                """SELECT id, ST_Distance(geom::geography, ST_SetSRID(ST_MakePoint(?, ?), 4326)::geography)
                   FROM places
                   WHERE geom IS NOT NULL AND ST_DWithin(
                       geom::geography, ST_SetSRID(ST_MakePoint(?, ?), 4326)::geography, ?)
                   ORDER BY 2, id""",
                (lon, lat, lon, lat, radius_km * 1000.0),
            ).fetchall()
        return [(place_id, metres / 1000.0) for place_id, metres in rows]


def _migrate(conn: Any) -> None:
    """Bring the schema to :data:`SCHEMA_VERSION`, one process at a time."""
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
        migrate(_Connection(conn), _MIGRATIONS, backend="PostGIS")

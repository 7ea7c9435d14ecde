"""The embedded store: one SQLite file, no server, full-text search by FTS5.

Readers and one writer at a time work side by side: the file is in WAL mode (readers never block
the writer and see the last committed state), writes take the write lock up front
(``BEGIN IMMEDIATE``) and every connection waits up to :data:`BUSY_TIMEOUT_S` for a lock instead of
failing with "database is locked". One article is one transaction, so a process killed at any
moment leaves the file as it was after the last whole article.

One store object holds one connection, shared by the threads that use the object (Streamlit calls
from several) under a lock. The object cannot be pickled: ship the URL to worker processes and open
a store there. After a ``fork`` the child opens its own connection on first use.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal
from urllib.parse import unquote

from geodata.errors import StoreError
from geodata.model import Article, Failure, Mention, Place
from geodata.store import sql
from geodata.store.base import (
    ArticleSummary,
    Facets,
    Filters,
    Outcome,
    PlaceArticle,
    PlaceCount,
    RecordedFailure,
    Store,
    StoredMention,
    StoreStats,
)
from geodata.store.schema import (
    SCHEMA_VERSION,
    article_hash,
    mention_rows,
    place_from_row,
    place_row,
)

logger = logging.getLogger(__name__)

#: The default selection (every article, literal mentions).
ALL = Filters()

#: How long a connection waits for another process's lock before giving up.
BUSY_TIMEOUT_S = 60.0

# Each entry brings the schema from the previous version to this one; never edit a released entry,
# append a new one.
_MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: (
        """CREATE TABLE articles (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            title TEXT, source TEXT, url TEXT,
            published TEXT, published_day TEXT, published_ts REAL,
            language TEXT, author TEXT,
            text TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            origin TEXT NOT NULL,
            sample INTEGER NOT NULL DEFAULT 0,
            ingested_at TEXT NOT NULL,
            extra TEXT NOT NULL DEFAULT '{}'
        )""",
        "CREATE INDEX articles_published ON articles (published_ts)",
        "CREATE INDEX articles_day ON articles (published_day)",
        "CREATE INDEX articles_language ON articles (language)",
        "CREATE INDEX articles_source ON articles (source)",
        "CREATE INDEX articles_url ON articles (url)",
        """CREATE VIRTUAL TABLE articles_fts USING fts5 (
            title, text, content='articles', content_rowid='seq',
            tokenize='unicode61 remove_diacritics 2'
        )""",
        """CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
        END""",
        """CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts (articles_fts, rowid, title, text)
            VALUES ('delete', old.seq, old.title, old.text);
        END""",
        """CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
            INSERT INTO articles_fts (articles_fts, rowid, title, text)
            VALUES ('delete', old.seq, old.title, old.text);
            INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
        END""",
        """CREATE TABLE places (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            feature TEXT NOT NULL,
            lat REAL, lon REAL,
            country_code TEXT, admin1_code TEXT,
            geonameid INTEGER, population INTEGER,
            parents TEXT NOT NULL DEFAULT '[]'
        )""",
        "CREATE INDEX places_country ON places (country_code)",
        "CREATE INDEX places_admin1 ON places (admin1_code)",
        """CREATE TABLE mentions (
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            char_start INTEGER NOT NULL,
            char_end INTEGER NOT NULL,
            text TEXT NOT NULL,
            kind TEXT NOT NULL,
            score REAL NOT NULL,
            place_id TEXT REFERENCES places (id),
            sentence TEXT NOT NULL,
            sentence_start INTEGER NOT NULL,
            PRIMARY KEY (article_id, seq)
        )""",
        "CREATE INDEX mentions_place ON mentions (place_id, article_id)",
        """CREATE TABLE failures (
            id INTEGER PRIMARY KEY,
            origin TEXT NOT NULL,
            stage TEXT NOT NULL,
            reason TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            UNIQUE (origin, stage)
        )""",
        "CREATE INDEX failures_recorded ON failures (recorded_at)",
    ),
}
assert max(_MIGRATIONS) == SCHEMA_VERSION


def _fts(search: sql.Search) -> tuple[str, list[object]]:
    return (
        "a.seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)",
        [sql.fts5_match(search)],
    )


_DIALECT = sql.Dialect(param="?", fts=_fts)


def path_from_url(url: str) -> str:
    """The file path of ``sqlite:///PATH`` (relative) or ``sqlite:////PATH`` (absolute)."""
    if not url.startswith("sqlite:///"):
        raise StoreError(f"expected a SQLite URL like sqlite:///path/to/file.sqlite, got {url!r}")
    path = unquote(url[len("sqlite:///") :].split("?", 1)[0])
    if not path:
        raise StoreError(f"the SQLite URL {url!r} names no file: use sqlite:///path/to/file.sqlite")
    return path


class SQLiteStore(Store):
    """The embedded store in one SQLite file (see the module docstring)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.path = path_from_url(url)
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = None
        self._pid = os.getpid()
        self._closed = False
        with self._lock:
            self._connection()

    # -- lifecycle -----------------------------------------------------------------------------
    def __reduce__(self) -> Any:
        raise StoreError(
            f"a store holds a database connection and cannot be pickled: ship the URL {self.url!r} "
            "to the worker and call geodata.store.open_store(url) there"
        )

    def __repr__(self) -> str:
        return f"SQLiteStore({self.url!r})"

    def close(self) -> None:
        with self._lock:
            self._closed = True
            if self._conn is not None and self._pid == os.getpid():
                self._conn.close()
            self._conn = None

    def _connection(self) -> sqlite3.Connection:
        """The connection of this process, opened (and the schema migrated) on first use."""
        if self._closed:
            raise StoreError(f"the store {self.url!r} is closed: open a new one with open_store()")
        if self._conn is not None and self._pid == os.getpid():
            return self._conn
        # A forked child must not touch its parent's connection: open its own.
        self._pid = os.getpid()
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = sqlite3.connect(
                self.path,
                timeout=BUSY_TIMEOUT_S,
                isolation_level=None,
                check_same_thread=False,
            )
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            if self.path != ":memory:":
                mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                if mode.lower() != "wal":
                    logger.warning("SQLite store %s runs in %s mode, not WAL", self.path, mode)
            # NORMAL in WAL mode survives a killed process; only a power cut can lose the last commit.
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            _migrate(conn)
        except sqlite3.DatabaseError as err:
            raise StoreError(
                f"cannot open the SQLite store {self.path!r}: {err}. Is it a SQLite file, "
                "and is the folder writable?"
            ) from err
        self._conn = conn
        return conn

    @contextmanager
    def _transaction(self, *, write: bool) -> Iterator[sqlite3.Connection]:
        """One transaction under the object's lock: a write one takes the write lock at once."""
        with self._lock:
            conn = self._connection()
            try:
                conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
                try:
                    yield conn
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
                conn.execute("COMMIT")
            except sqlite3.Error as err:
                raise StoreError(f"SQLite store {self.path!r}: {err}") from err

    # -- writes --------------------------------------------------------------------------------
    def save(
        self, article: Article, mentions: Sequence[Mention], places: Sequence[Place]
    ) -> Outcome:
        mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        places = list({p.id: p for p in places}.values())
        sql.check_save_input(article, mentions, places)
        content_hash = article_hash(article)
        published, published_day, published_ts = sql.published_fields(article.published)
        now = datetime.now(UTC).isoformat()
        with self._transaction(write=True) as conn:
            row = conn.execute(
                "SELECT content_hash FROM articles WHERE id = ?", (article.id,)
            ).fetchone()
            if row is not None and row[0] == content_hash:
                return Outcome.UNCHANGED
            conn.executemany(
                """INSERT INTO places (id, name, feature, lat, lon, country_code, admin1_code,
                       geonameid, population, parents)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT (id) DO UPDATE SET name = excluded.name,
                       feature = excluded.feature, lat = excluded.lat, lon = excluded.lon,
                       country_code = excluded.country_code, admin1_code = excluded.admin1_code,
                       geonameid = excluded.geonameid, population = excluded.population,
                       parents = excluded.parents""",
                [place_row(p) for p in sorted(places, key=lambda p: p.id)],
            )
            values = (
                article.id,
                article.title,
                article.source,
                article.url,
                published,
                published_day,
                published_ts,
                article.language,
                article.author,
                article.text,
                content_hash,
                article.origin,
                int(article.sample),
                now,
                json.dumps(article.extra, default=str, ensure_ascii=False),
            )
            if row is None:
                conn.execute(
                    """INSERT INTO articles (id, title, source, url, published, published_day,
                           published_ts, language, author, text, content_hash, origin, sample,
                           ingested_at, extra)
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    values,
                )
            else:
                conn.execute("DELETE FROM mentions WHERE article_id = ?", (article.id,))
                conn.execute(
                    """UPDATE articles SET title = ?, source = ?, url = ?, published = ?,
                           published_day = ?, published_ts = ?, language = ?, author = ?,
                           text = ?, content_hash = ?, origin = ?, sample = ?, ingested_at = ?,
                           extra = ?
                       WHERE id = ?""",
                    (*values[1:], article.id),
                )
            conn.executemany(
                """INSERT INTO mentions (article_id, seq, char_start, char_end, text, kind, score,
                       place_id, sentence, sentence_start)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                mention_rows(article, mentions),
            )
            # The input has now gone through: it is no longer a failure.
            conn.execute("DELETE FROM failures WHERE origin = ?", (article.origin,))
        return Outcome.NEW if row is None else Outcome.UPDATED

    def is_unchanged(self, article_id: str, content_hash: str) -> bool:
        with self._transaction(write=False) as conn:
            row = conn.execute(
                "SELECT content_hash FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
        return row is not None and row[0] == content_hash

    def record_failure(self, failure: Failure) -> None:
        with self._transaction(write=True) as conn:
            conn.execute(
                """INSERT INTO failures (origin, stage, reason, recorded_at) VALUES (?, ?, ?, ?)
                   ON CONFLICT (origin, stage) DO UPDATE SET reason = excluded.reason,
                       recorded_at = excluded.recorded_at""",
                (failure.origin, failure.stage, failure.reason, datetime.now(UTC).isoformat()),
            )

    # -- reads ---------------------------------------------------------------------------------
    def article(self, article_id: str) -> Article | None:
        with self._transaction(write=False) as conn:
            row = conn.execute(
                """SELECT id, text, origin, title, source, url, published, language, author,
                       sample, content_hash, extra
                   FROM articles WHERE id = ?""",
                (article_id,),
            ).fetchone()
        if row is None:
            return None
        return Article(
            id=row[0],
            text=row[1],
            origin=row[2],
            title=row[3],
            source=row[4],
            url=row[5],
            published=sql.parse_published(row[6]),
            language=row[7],
            author=row[8],
            sample=bool(row[9]),
            content_hash=row[10],
            extra=json.loads(row[11]),
        )

    def mentions(self, article_id: str) -> list[StoredMention]:
        with self._transaction(write=False) as conn:
            rows = conn.execute(
                f"""SELECT m.article_id, m.char_start, m.char_end, m.text, m.kind, m.score,
                        m.sentence, m.sentence_start, {_PLACE_COLUMNS}
                    FROM mentions m LEFT JOIN places p ON p.id = m.place_id
                    WHERE m.article_id = ? ORDER BY m.seq""",
                (article_id,),
            ).fetchall()
        return [
            StoredMention(
                article_id=r[0],
                start=r[1],
                end=r[2],
                text=r[3],
                kind=r[4],
                score=r[5],
                place=None if r[8] is None else place_from_row(r[8:]),
                sentence=r[6],
                sentence_start=r[7],
            )
            for r in rows
        ]

    def articles(
        self, filters: Filters = ALL, *, limit: int | None = None, offset: int = 0
    ) -> list[ArticleSummary]:
        where, params = sql.article_where(filters, _DIALECT)
        page = ""
        if limit is not None or offset:
            page = " LIMIT ? OFFSET ?"
            params = [*params, -1 if limit is None else int(limit), int(offset)]
        mention_sql, mention_params = sql.mention_where(filters, _DIALECT)
        with self._transaction(write=False) as conn:
            rows = conn.execute(
                f"""SELECT a.id, a.title, a.source, a.url, a.published, a.language
                    FROM articles a WHERE {where} ORDER BY {sql.ORDER_NEWEST}{page}""",
                params,
            ).fetchall()
            names = self._place_names(conn, [r[0] for r in rows], mention_sql, mention_params)
        return [
            ArticleSummary(
                id=r[0],
                title=r[1],
                source=r[2],
                url=r[3],
                published=sql.parse_published(r[4]),
                language=r[5],
                place_names=names.get(r[0], ()),
            )
            for r in rows
        ]

    @staticmethod
    def _place_names(
        conn: sqlite3.Connection, ids: list[str], mention_sql: str, mention_params: list[object]
    ) -> dict[str, tuple[str, ...]]:
        """The names of the places each article's passing mentions name, in order of first mention."""
        found: dict[str, list[str]] = {}
        chunk = 500  # stay well below SQLite's limit on bound parameters
        for i in range(0, len(ids), chunk):
            part = ids[i : i + chunk]
            rows = conn.execute(
                f"""SELECT m.article_id, p.name, MIN(m.char_start) AS first
                    FROM mentions m JOIN places p ON p.id = m.place_id
                    WHERE m.article_id IN ({", ".join("?" * len(part))}) AND {mention_sql}
                    GROUP BY m.article_id, p.id ORDER BY m.article_id, first""",
                [*part, *mention_params],
            ).fetchall()
            for article_id, name, _first in rows:
                names = found.setdefault(article_id, [])
                if name not in names:
                    names.append(name)
        return {k: tuple(v) for k, v in found.items()}

    def count_articles(self, filters: Filters = ALL) -> int:
        where, params = sql.article_where(filters, _DIALECT)
        with self._transaction(write=False) as conn:
            return conn.execute(
                f"SELECT COUNT(*) FROM articles a WHERE {where}", params
            ).fetchone()[0]

    def region_counts(
        self, filters: Filters = ALL, *, level: Literal["country", "admin1"] = "admin1"
    ) -> dict[str, int]:
        column = _region_column(level)
        where, params = sql.article_where(filters, _DIALECT, use_region=False)
        mention_sql, mention_params = sql.mention_where(filters, _DIALECT)
        with self._transaction(write=False) as conn:
            rows = conn.execute(
                f"""SELECT p.{column}, COUNT(DISTINCT m.article_id)
                    FROM mentions m JOIN places p ON p.id = m.place_id
                    JOIN articles a ON a.id = m.article_id
                    WHERE p.{column} IS NOT NULL AND {mention_sql} AND {where}
                    GROUP BY p.{column}""",
                [*mention_params, *params],
            ).fetchall()
        return dict(rows)

    def place_counts(self, filters: Filters = ALL) -> list[PlaceCount]:
        where, params = sql.article_where(filters, _DIALECT)
        mention_sql, mention_params = sql.mention_where(filters, _DIALECT)
        with self._transaction(write=False) as conn:
            rows = conn.execute(
                f"""SELECT {_PLACE_COLUMNS}, COUNT(DISTINCT m.article_id) AS n_articles,
                        COUNT(*) AS n_mentions
                    FROM mentions m JOIN places p ON p.id = m.place_id
                    JOIN articles a ON a.id = m.article_id
                    WHERE {mention_sql} AND {where}
                    GROUP BY p.id ORDER BY n_articles DESC, n_mentions DESC, p.name, p.id""",
                [*mention_params, *params],
            ).fetchall()
        return [PlaceCount(place_from_row(r[:10]), r[10], r[11]) for r in rows]

    def place_articles(
        self, place_id: str, filters: Filters = ALL, *, limit: int = 20
    ) -> list[PlaceArticle]:
        where, params = sql.article_where(filters, _DIALECT)
        mention_sql, mention_params = sql.mention_where(filters, _DIALECT)
        with self._transaction(write=False) as conn:
            rows = conn.execute(
                f"""SELECT a.id, a.title, a.source, a.url, a.published, m.sentence,
                        m.char_start - m.sentence_start, m.char_end - m.sentence_start
                    FROM articles a JOIN (
                        SELECT m.*, ROW_NUMBER() OVER (
                            PARTITION BY m.article_id ORDER BY m.char_start, m.seq) AS rn
                        FROM mentions m WHERE m.place_id = ? AND {mention_sql}
                    ) m ON m.article_id = a.id AND m.rn = 1
                    WHERE {where} ORDER BY {sql.ORDER_NEWEST} LIMIT ?""",
                [place_id, *mention_params, *params, int(limit)],
            ).fetchall()
        return [
            PlaceArticle(
                article_id=r[0],
                title=r[1],
                source=r[2],
                url=r[3],
                published=sql.parse_published(r[4]),
                sentence=r[5],
                highlight_start=r[6],
                highlight_end=r[7],
            )
            for r in rows
        ]

    def timeline(self, filters: Filters = ALL) -> list[tuple[date, int]]:
        where, params = sql.article_where(filters, _DIALECT)
        with self._transaction(write=False) as conn:
            rows = conn.execute(
                f"""SELECT a.published_day, COUNT(*) FROM articles a
                    WHERE a.published_day IS NOT NULL AND {where}
                    GROUP BY a.published_day ORDER BY a.published_day""",
                params,
            ).fetchall()
        return [(sql.day(d), n) for d, n in rows]

    def facets(self) -> Facets:
        with self._transaction(write=False) as conn:
            sources = conn.execute(
                """SELECT source, COUNT(*) FROM articles WHERE source IS NOT NULL
                   GROUP BY source ORDER BY COUNT(*) DESC, source"""
            ).fetchall()
            languages = conn.execute(
                """SELECT language, COUNT(*) FROM articles WHERE language IS NOT NULL
                   GROUP BY language ORDER BY COUNT(*) DESC, language"""
            ).fetchall()
            first = conn.execute(
                """SELECT published FROM articles WHERE published_ts IS NOT NULL
                   ORDER BY published_ts LIMIT 1"""
            ).fetchone()
            last = conn.execute(
                """SELECT published FROM articles WHERE published_ts IS NOT NULL
                   ORDER BY published_ts DESC LIMIT 1"""
            ).fetchone()
        countries = self.region_counts(level="country")
        admin1 = self.region_counts(level="admin1")
        return Facets(
            sources=tuple((s, n) for s, n in sources),
            languages=tuple((s, n) for s, n in languages),
            first_published=sql.parse_published(first[0]) if first else None,
            last_published=sql.parse_published(last[0]) if last else None,
            countries=_by_count(countries),
            admin1=_by_count(admin1),
        )

    def failures(self, *, limit: int = 100) -> list[RecordedFailure]:
        with self._transaction(write=False) as conn:
            rows = conn.execute(
                """SELECT origin, reason, stage, recorded_at FROM failures
                   ORDER BY recorded_at DESC, id DESC LIMIT ?""",
                (int(limit),),
            ).fetchall()
        return [
            RecordedFailure(Failure(origin=o, reason=r, stage=s), datetime.fromisoformat(t))
            for o, r, s, t in rows
        ]

    def stats(self) -> StoreStats:
        with self._transaction(write=False) as conn:
            counts = [
                conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
                for table in ("articles", "mentions", "places", "failures")
            ]
            unresolved = conn.execute(
                "SELECT COUNT(*) FROM mentions WHERE place_id IS NULL"
            ).fetchone()[0]
            version = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0]
        return StoreStats(
            *counts, extra={"schema_version": version, "unresolved_mentions": unresolved}
        )

    def integrity_problems(self) -> list[str]:
        """What SQLite's own checks find wrong with the file (empty when it is sound)."""
        with self._lock:
            conn = self._connection()
            problems = [r[0] for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
            problems += [f"foreign key: {r!r}" for r in conn.execute("PRAGMA foreign_key_check")]
            try:
                conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
            except sqlite3.DatabaseError as err:
                problems.append(f"full-text index: {err}")
        return problems


_PLACE_COLUMNS = (
    "p.id, p.name, p.feature, p.lat, p.lon, p.country_code, p.admin1_code, p.geonameid, "
    "p.population, p.parents"
)


def _region_column(level: str) -> str:
    if level == "country":
        return "country_code"
    if level == "admin1":
        return "admin1_code"
    raise StoreError(f"region level must be 'country' or 'admin1', got {level!r}")


def _by_count(counts: dict[str, int]) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def _migrate(conn: sqlite3.Connection) -> None:
    """Bring the schema to :data:`SCHEMA_VERSION`, in one transaction, whoever gets there first."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_version "
            "(version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"
        )
        current = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0
        if current > SCHEMA_VERSION:
            raise StoreError(
                f"the store has schema version {current}, but this program knows up to "
                f"{SCHEMA_VERSION}: upgrade geodata, or use a new store file"
            )
        for version in range(current + 1, SCHEMA_VERSION + 1):
            for statement in _MIGRATIONS[version]:
                conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_version (version, applied_at) VALUES (?, ?)",
                (version, datetime.now(UTC).isoformat()),
            )
            logger.info("SQLite store migrated to schema version %d", version)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")

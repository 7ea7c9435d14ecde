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

import contextlib
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import unquote

from geodata.errors import StoreError
from geodata.store import sql
from geodata.store.relational import SQLStore, migrate
from geodata.store.schema import SCHEMA_VERSION

logger = logging.getLogger(__name__)

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


def _fts(search: sql.Search) -> tuple[str, list[object]]:
    return (
        "+a.seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)",
        [sql.fts5_match(search)],
    )


_DIALECT = sql.Dialect(param="?", fts=_fts, no_index="+")


def path_from_url(url: str) -> str:
    """The file path of ``sqlite:///PATH`` (relative) or ``sqlite:////PATH`` (absolute)."""
    if not url.startswith("sqlite:///"):
        raise StoreError(f"expected a SQLite URL like sqlite:///path/to/file.sqlite, got {url!r}")
    path = unquote(url[len("sqlite:///") :].split("?", 1)[0])
    if not path:
        raise StoreError(f"the SQLite URL {url!r} names no file: use sqlite:///path/to/file.sqlite")
    return path


class SQLiteStore(SQLStore):
    """The embedded store in one SQLite file (see the module docstring)."""

    def __init__(self, url: str) -> None:
        super().__init__(url)
        self.path = path_from_url(url)
        self._dialect = _DIALECT
        self._no_limit = -1
        with self._lock:
            self._connection()

    # -- lifecycle -----------------------------------------------------------------------------
    def __repr__(self) -> str:
        return f"SQLiteStore({self.url!r})"

    def _close_connection(self, conn: sqlite3.Connection) -> None:
        # Keeps the planner's statistics fresh as the store grows; cheap when nothing changed.
        with contextlib.suppress(sqlite3.Error):
            conn.execute("PRAGMA optimize")
        conn.close()

    def _open(self) -> sqlite3.Connection:
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = sqlite3.connect(
                self.path,
                timeout=BUSY_TIMEOUT_S,
                isolation_level=None,
                check_same_thread=False,
            )
        except sqlite3.Error as err:
            raise StoreError(
                f"cannot open the SQLite store {self.path!r}: {err}. Is the folder writable?"
            ) from err
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            if self.path != ":memory:":
                mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                if mode.lower() != "wal":
                    logger.warning("SQLite store %s runs in %s mode, not WAL", self.path, mode)
            # NORMAL in WAL mode survives a killed process; only a power cut can lose the last commit.
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            _migrate(conn)
        except BaseException as err:
            conn.close()
            if not isinstance(err, sqlite3.Error):
                raise
            raise StoreError(
                f"cannot open the SQLite store {self.path!r}: {err}. Is it a SQLite file, "
                "and is the folder writable?"
            ) from err
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
                    _rollback(conn)
                    raise
                conn.execute("COMMIT")
            except sqlite3.Error as err:
                raise StoreError(f"SQLite store {self.path!r}: {err}") from err

    def _executemany(
        self, conn: sqlite3.Connection, statement: str, rows: list[tuple[object, ...]]
    ) -> None:
        conn.executemany(statement, rows)

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


def _migrate(conn: sqlite3.Connection) -> None:
    """Bring the schema to :data:`SCHEMA_VERSION`, in one transaction, whoever gets there first."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        migrate(conn, _MIGRATIONS, backend="SQLite")
    except BaseException:
        _rollback(conn)
        raise
    conn.execute("COMMIT")


def _rollback(conn: sqlite3.Connection) -> None:
    # SQLite rolls back by itself on some errors (disk full, I/O error); a second ROLLBACK would
    # then fail with "no transaction is active" and hide the error that matters.
    if conn.in_transaction:
        conn.execute("ROLLBACK")

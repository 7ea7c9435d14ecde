"""What the SQLite and PostGIS stores share: one implementation of every write and read in SQL.

Both backends keep the same tables under the same column names (see each backend's migrations),
so :class:`SQLStore` holds every statement once, written with ``?`` markers. A backend supplies its
connection handling (:meth:`SQLStore._transaction`), how it spells full-text search (its
:class:`~geodata.store.sql.Dialect`), and the few hooks where the two differ.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from abc import abstractmethod
from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from datetime import UTC, date, datetime
from typing import Any, Literal

from geodata.errors import InputError, StoreError
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

#: Ids per IN list, well below SQLite's limit on bound parameters.
_CHUNK = 500


class SQLStore(Store):
    """Every store operation in SQL; subclasses provide connections and dialect (module docstring).

    One store object holds one connection, shared by its threads under a lock and opened (with
    the schema migrated) on first use in each process: after a ``fork`` the child opens its own
    rather than touch its parent's.
    """

    _dialect: sql.Dialect
    #: The LIMIT value that means "no limit".
    _no_limit: int | None = None

    def __init__(self, url: str) -> None:
        self.url = url
        self._lock = threading.RLock()
        self._conn: Any = None
        self._pid = os.getpid()
        self._closed = False

    def __reduce__(self) -> Any:
        raise StoreError(
            f"a store holds a database connection and cannot be pickled: ship the URL {self.url!r} "
            "to the worker and call geodata.store.open_store(url) there"
        )

    # -- connection ----------------------------------------------------------------------------
    @abstractmethod
    def _open(self) -> Any:
        """A new connection with the schema migrated; :class:`StoreError` when that fails."""

    def _is_open(self, conn: Any) -> bool:
        """False when ``conn`` can no longer be used and a new one must be opened."""
        return True

    def _close_connection(self, conn: Any) -> None:
        conn.close()

    def _connection(self) -> Any:
        """The connection of this process, opened on first use; call under ``self._lock``."""
        if self._closed:
            raise StoreError(f"the store {self!r} is closed: open a new one with open_store()")
        if self._conn is not None and self._pid == os.getpid() and self._is_open(self._conn):
            return self._conn
        # A forked child must not touch its parent's connection: open its own.
        self._pid = os.getpid()
        self._conn = None
        self._conn = self._open()
        return self._conn

    def close(self) -> None:
        with self._lock:
            self._closed = True
            if self._conn is not None and self._pid == os.getpid():
                self._close_connection(self._conn)
            self._conn = None

    @abstractmethod
    def _transaction(self, *, write: bool) -> AbstractContextManager[Any]:
        """One transaction on this object's connection, under its lock; yields the connection.

        The connection has ``execute(sql, params)`` returning a cursor; database errors surface as
        :class:`StoreError`.
        """

    @abstractmethod
    def _executemany(self, conn: Any, statement: str, rows: list[tuple[object, ...]]) -> None:
        """Run ``statement`` once per row."""

    def _lock_article(self, conn: Any, article_id: str) -> None:
        """Keep other writers off ``article_id`` until the transaction ends (no-op by default)."""

    def _search_columns(self, article: Article) -> tuple[list[str], list[str], list[object]]:
        """Extra article columns for full-text search: names, value expressions, parameters."""
        return [], [], []

    # -- writes --------------------------------------------------------------------------------
    def save(
        self, article: Article, mentions: Sequence[Mention], places: Sequence[Place]
    ) -> Outcome:
        places = list({p.id: p for p in places}.values())
        content_hash = article_hash(article)
        article, mentions, places = sql.storable_input(article, list(mentions), places)
        sql.check_save_input(article, mentions, places)
        published, published_day, published_ts = sql.published_fields(article.published)
        now = datetime.now(UTC).isoformat()
        search_columns, search_values, search_params = self._search_columns(article)
        with self._transaction(write=True) as conn:
            self._lock_article(conn, article.id)
            row = conn.execute(
                "SELECT content_hash FROM articles WHERE id = ?", (article.id,)
            ).fetchone()
            if row is not None and row[0] == content_hash:
                return Outcome.UNCHANGED
            self._executemany(
                conn,
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
                    f"""INSERT INTO articles (id, title, source, url, published, published_day,
                           published_ts, language, author, text, content_hash, origin, sample,
                           ingested_at, extra{"".join(", " + c for c in search_columns)})
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
                           {"".join(", " + v for v in search_values)})""",
                    (*values, *search_params),
                )
            else:
                conn.execute("DELETE FROM mentions WHERE article_id = ?", (article.id,))
                assignments = "".join(
                    f", {c} = {v}" for c, v in zip(search_columns, search_values, strict=True)
                )
                conn.execute(
                    f"""UPDATE articles SET title = ?, source = ?, url = ?, published = ?,
                           published_day = ?, published_ts = ?, language = ?, author = ?,
                           text = ?, content_hash = ?, origin = ?, sample = ?, ingested_at = ?,
                           extra = ?{assignments}
                       WHERE id = ?""",
                    (*values[1:], *search_params, article.id),
                )
            self._executemany(
                conn,
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
                (
                    sql.storable(failure.origin),
                    sql.storable(failure.stage),
                    sql.storable(failure.reason),
                    datetime.now(UTC).isoformat(),
                ),
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
        return self.mentions_of([article_id])[article_id]

    def mentions_of(self, article_ids: Sequence[str]) -> dict[str, list[StoredMention]]:
        found: dict[str, list[StoredMention]] = {article_id: [] for article_id in article_ids}
        ids = list(found)
        with self._transaction(write=False) as conn:
            for i in range(0, len(ids), _CHUNK):
                part = ids[i : i + _CHUNK]
                rows = conn.execute(
                    f"""SELECT m.article_id, m.char_start, m.char_end, m.text, m.kind, m.score,
                            m.sentence, m.sentence_start, {_PLACE_COLUMNS}
                        FROM mentions m LEFT JOIN places p ON p.id = m.place_id
                        WHERE m.article_id IN ({", ".join("?" * len(part))})
                        ORDER BY m.article_id, m.seq""",
                    part,
                ).fetchall()
                for r in rows:
                    found[r[0]].append(
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
                    )
        return found

    def articles(
        self, filters: Filters = ALL, *, limit: int | None = None, offset: int = 0
    ) -> list[ArticleSummary]:
        where, params = sql.article_where(filters, self._dialect)
        page = ""
        if limit is not None or offset:
            page = " LIMIT ? OFFSET ?"
            params = [
                *params,
                self._no_limit if limit is None else _count("limit", limit),
                _count("offset", offset),
            ]
        mention_sql, mention_params = sql.mention_where(filters, self._dialect)
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
        conn: Any, ids: list[str], mention_sql: str, mention_params: list[object]
    ) -> dict[str, tuple[str, ...]]:
        """The names of the places each article's passing mentions name, in order of first mention."""
        found: dict[str, list[str]] = {}
        for i in range(0, len(ids), _CHUNK):
            part = ids[i : i + _CHUNK]
            rows = conn.execute(
                f"""SELECT m.article_id, p.name, MIN(m.char_start) AS first_at
                    FROM mentions m JOIN places p ON p.id = m.place_id
                    WHERE m.article_id IN ({", ".join("?" * len(part))}) AND {mention_sql}
                    GROUP BY m.article_id, p.id ORDER BY m.article_id, first_at""",
                [*part, *mention_params],
            ).fetchall()
            for article_id, name, _first in rows:
                names = found.setdefault(article_id, [])
                if name not in names:
                    names.append(name)
        return {k: tuple(v) for k, v in found.items()}

    def count_articles(self, filters: Filters = ALL) -> int:
        where, params = sql.article_where(filters, self._dialect)
        with self._transaction(write=False) as conn:
            return conn.execute(
                f"SELECT COUNT(*) FROM articles a WHERE {where}", params
            ).fetchone()[0]

    def _mention_article_condition(
        self, filters: Filters, *, use_region: bool = True
    ) -> tuple[str, list[object]]:
        """A condition on mention alias ``m``: its article matches ``filters`` (or ``1=1``).

        The region part tests the mention's article id against the region's article ids directly,
        without a detour through the articles table.
        """
        # Callers join passing mentions themselves: only the articles' own fields are tested here.
        where, params = sql.article_where(
            filters, self._dialect, use_region=False, use_mentions=False
        )
        parts = []
        if where != "1=1":
            parts.append(f"m.article_id IN (SELECT a.id FROM articles a WHERE {where})")
        if use_region and filters.region:
            region_sql, region_params = sql.region_article_ids(filters, self._dialect)
            parts.append(f"m.article_id IN ({region_sql})")
            params = [*params, *region_params]
        return (" AND ".join(parts) or "1=1"), params

    def _passing_pairs(
        self, filters: Filters, *, use_region: bool = True
    ) -> tuple[str, list[object]]:
        """A subquery of (place_id, article_id, n): passing mentions of matching articles per pair.

        Grouping by the ``(place_id, article_id, ...)`` index first keeps the counts cheap.
        """
        mention_sql, mention_params = sql.mention_where(filters, self._dialect)
        cond, params = self._mention_article_condition(filters, use_region=use_region)
        return (
            f"""SELECT m.place_id, m.article_id, COUNT(*) AS n FROM mentions m
                WHERE m.place_id IS NOT NULL AND {mention_sql} AND {cond}
                GROUP BY m.place_id, m.article_id""",
            [*mention_params, *params],
        )

    def region_counts(
        self, filters: Filters = ALL, *, level: Literal["country", "admin1"] = "admin1"
    ) -> dict[str, int]:
        column = _region_column(level)
        mention_sql, mention_params = sql.mention_where(filters, self._dialect)
        cond, params = self._mention_article_condition(filters, use_region=False)
        with self._transaction(write=False) as conn:
            rows = conn.execute(
                f"""SELECT p.{column}, COUNT(DISTINCT m.article_id)
                    FROM mentions m JOIN places p ON p.id = m.place_id
                    WHERE p.{column} IS NOT NULL AND {mention_sql} AND {cond}
                    GROUP BY p.{column}""",
                [*mention_params, *params],
            ).fetchall()
        return dict(rows)

    def place_counts(self, filters: Filters = ALL) -> list[PlaceCount]:
        pairs, params = self._passing_pairs(filters)
        with self._transaction(write=False) as conn:
            rows = conn.execute(
                f"""SELECT {_PLACE_COLUMNS}, agg.n_articles, agg.n_mentions
                    FROM (SELECT pa.place_id, COUNT(*) AS n_articles, SUM(pa.n) AS n_mentions
                          FROM ({pairs}) pa GROUP BY pa.place_id) agg
                    JOIN places p ON p.id = agg.place_id
                    ORDER BY agg.n_articles DESC, agg.n_mentions DESC, p.name, p.id""",
                params,
            ).fetchall()
        return [PlaceCount(place_from_row(r[:10]), int(r[10]), int(r[11])) for r in rows]

    def place_articles(
        self, place_id: str, filters: Filters = ALL, *, limit: int = 20
    ) -> list[PlaceArticle]:
        # The place's passing mention is the article's passing mention: no second test for one.
        where, params = sql.article_where(filters, self._dialect, use_mentions=False)
        listed_sql, listed_params = sql.mention_where(filters, self._dialect, alias="pm")
        first_sql, first_params = sql.mention_where(filters, self._dialect, alias="fm")
        place = sql.storable(place_id)
        # The newest matching articles first (LIMIT), then only for those the first passing
        # mention of the place, whose sentence the popup shows: one index probe per article.
        with self._transaction(write=False) as conn:
            rows = conn.execute(
                f"""SELECT t.id, t.title, t.source, t.url, t.published, m.sentence,
                        m.char_start - m.sentence_start, m.char_end - m.sentence_start
                    FROM (SELECT a.id, a.title, a.source, a.url, a.published, a.published_ts
                          FROM articles a
                          WHERE a.id IN (SELECT pm.article_id FROM mentions pm
                                         WHERE pm.place_id = ? AND {listed_sql})
                            AND {where}
                          ORDER BY {sql.ORDER_NEWEST} LIMIT ?) t
                    JOIN mentions m ON m.article_id = t.id AND m.seq = (
                        SELECT fm.seq FROM mentions fm
                        WHERE fm.article_id = t.id AND fm.place_id = ? AND {first_sql}
                        ORDER BY fm.char_start, fm.seq LIMIT 1)
                    ORDER BY {sql.order_newest("t")}""",
                [
                    place,
                    *listed_params,
                    *params,
                    _count("limit", limit),
                    place,
                    *first_params,
                ],
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
        where, params = sql.article_where(filters, self._dialect)
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
                (_count("limit", limit),),
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


def migrate(conn: Any, migrations: Mapping[int, Sequence[str]], *, backend: str) -> None:
    """Bring the schema to :data:`SCHEMA_VERSION` by the steps in ``migrations`` not yet applied.

    ``migrations[v]`` brings the schema from version ``v - 1`` to ``v``. The caller runs this in
    one transaction that keeps other processes from migrating at the same time; ``conn`` has
    ``execute(sql, params)`` with ``?`` markers.
    """
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_version "
        "(version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
    current = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0
    if current > SCHEMA_VERSION:
        raise StoreError(
            f"the {backend} store has schema version {current}, but this program knows up to "
            f"{SCHEMA_VERSION}: upgrade geodata, or use a new store"
        )
    for version in range(current + 1, SCHEMA_VERSION + 1):
        for statement in migrations[version]:
            conn.execute(statement)
        conn.execute(
            "INSERT INTO schema_version (version, applied_at) VALUES (?, ?)",
            (version, datetime.now(UTC).isoformat()),
        )
        logger.info("%s store migrated to schema version %d", backend, version)


_PLACE_COLUMNS = (
    "p.id, p.name, p.feature, p.lat, p.lon, p.country_code, p.admin1_code, p.geonameid, "
    "p.population, p.parents"
)


def _count(name: str, value: int) -> int:
    """A LIMIT or OFFSET value: SQLite reads a negative one as "no limit", PostgreSQL refuses it."""
    number = int(value)
    if number < 0:
        raise InputError(f"{name} must be 0 or more, got {value!r}")
    return number


def _region_column(level: str) -> str:
    if level == "country":
        return "country_code"
    if level == "admin1":
        return "admin1_code"
    raise StoreError(f"region level must be 'country' or 'admin1', got {level!r}")


def _by_count(counts: dict[str, int]) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(counts.items(), key=lambda item: (-item[1], item[0])))

"""Stores: :func:`open_store` picks the backend from a database URL."""

from __future__ import annotations

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

__all__ = [
    "ArticleSummary",
    "Facets",
    "Filters",
    "Outcome",
    "PlaceArticle",
    "PlaceCount",
    "RecordedFailure",
    "Store",
    "StoreStats",
    "StoredMention",
    "open_store",
]


def open_store(url: str | None = None) -> Store:
    """Open the store at ``url`` (``sqlite:///PATH`` or ``postgresql://...``).

    ``None`` means ``$GEODATA_DB``, else the embedded default (see :mod:`geodata.config`).
    """
    from geodata import config
    from geodata.errors import ConfigurationError

    resolved = config.db_url(url)
    if resolved.startswith("sqlite:"):
        from geodata.store.sqlite import SQLiteStore

        return SQLiteStore(resolved)
    if resolved.startswith(("postgresql:", "postgres:", "postgresql+psycopg:")):
        from geodata.store.postgis import PostGISStore

        return PostGISStore(resolved)
    raise ConfigurationError(
        f"unsupported database URL {resolved!r}: use sqlite:///PATH or postgresql://USER@HOST/DB"
    )

"""Stored mentions and places as a GeoDataFrame, and as GeoJSON, CSV or GeoParquet files.

:func:`export_features` is what the dashboard's downloads and ``python -m geodata export`` share:
one feature per mention, or one per place with its article count and links to its articles. The
selection is the store's :class:`~geodata.store.base.Filters`, so an export holds what the map shows.

With a region set, an export keeps only the mentions (and places) inside that region: the place
itself, or a place whose ``country_code`` or ``admin1_code`` equals the region code. Mentions that
resolved to no place, or to a place without coordinates, have no geometry and are left out.

Geometry is a point at (lon, lat) in EPSG:4326. List-valued properties of a place (article ids,
titles, URLs) are JSON arrays in a text column, which every format and QGIS can hold.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from geodata.errors import ConfigurationError
from geodata.store.base import Filters

if TYPE_CHECKING:
    import geopandas

    from geodata.model import Place
    from geodata.store.base import ArticleSummary, Store, StoredMention

__all__ = [
    "FORMATS",
    "MENTION_COLUMNS",
    "PER",
    "PLACE_COLUMNS",
    "export_features",
    "write_features",
]

log = logging.getLogger(__name__)

FORMATS: tuple[str, ...] = ("geojson", "csv", "geoparquet")
PER: tuple[str, ...] = ("mention", "place")

Per = Literal["mention", "place"]
Format = Literal["geojson", "csv", "geoparquet"]

#: Columns of a per-mention export, in order (plus ``geometry``).
MENTION_COLUMNS: tuple[str, ...] = (
    "article_id",
    "title",
    "source",
    "url",
    "published",
    "language",
    "start",
    "end",
    "text",
    "kind",
    "score",
    "sentence",
    "place_id",
    "name",
    "feature",
    "country_code",
    "admin1_code",
    "geonameid",
    "lat",
    "lon",
)

#: Columns of a per-place export, in order (plus ``geometry``).
PLACE_COLUMNS: tuple[str, ...] = (
    "place_id",
    "name",
    "feature",
    "country_code",
    "admin1_code",
    "geonameid",
    "lat",
    "lon",
    "articles",
    "mentions",
    "article_ids",
    "article_titles",
    "article_urls",
)


def _in_region(place: Place, region: str | None) -> bool:
    if region is None:
        return True
    return region in (place.id, place.country_code, place.admin1_code)


def _passes(mention: StoredMention, filters: Filters) -> bool:
    """A mention that the filters keep and that can be drawn on a map."""
    place = mention.place
    if place is None or place.lat is None or place.lon is None:
        return False
    if filters.kinds and mention.kind not in filters.kinds:
        return False
    if mention.score < filters.min_score:
        return False
    return _in_region(place, filters.region)


def _iso(value: object) -> str | None:
    return None if value is None else value.isoformat()  # type: ignore[attr-defined]


def _mention_row(summary: ArticleSummary, mention: StoredMention) -> dict[str, object]:
    place = mention.place
    assert place is not None  # _passes() keeps only resolved mentions
    return {
        "article_id": summary.id,
        "title": summary.title,
        "source": summary.source,
        "url": summary.url,
        "published": _iso(summary.published),
        "language": summary.language,
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "kind": mention.kind,
        "score": mention.score,
        "sentence": mention.sentence,
        "place_id": place.id,
        "name": place.name,
        "feature": place.feature,
        "country_code": place.country_code,
        "admin1_code": place.admin1_code,
        "geonameid": place.geonameid,
        "lat": place.lat,
        "lon": place.lon,
    }


def _matching(store: Store, filters: Filters) -> list[tuple[ArticleSummary, list[StoredMention]]]:
    """Matching articles (newest first) with their passing, mappable mentions (text order)."""
    out = []
    for summary in store.articles(filters):
        mentions = [m for m in store.mentions(summary.id) if _passes(m, filters)]
        if mentions:
            out.append((summary, mentions))
    return out


def _place_rows(
    matching: list[tuple[ArticleSummary, list[StoredMention]]],
) -> list[dict[str, object]]:
    places: dict[str, Place] = {}
    mention_counts: dict[str, int] = {}
    articles: dict[str, dict[str, ArticleSummary]] = {}
    for summary, mentions in matching:
        for mention in mentions:
            place = mention.place
            assert place is not None
            places.setdefault(place.id, place)
            mention_counts[place.id] = mention_counts.get(place.id, 0) + 1
            articles.setdefault(place.id, {}).setdefault(summary.id, summary)
    rows = []
    for place_id, place in places.items():
        named_by = list(articles[place_id].values())
        rows.append(
            {
                "place_id": place_id,
                "name": place.name,
                "feature": place.feature,
                "country_code": place.country_code,
                "admin1_code": place.admin1_code,
                "geonameid": place.geonameid,
                "lat": place.lat,
                "lon": place.lon,
                "articles": len(named_by),
                "mentions": mention_counts[place_id],
                "article_ids": json.dumps([a.id for a in named_by], ensure_ascii=False),
                "article_titles": json.dumps([a.title for a in named_by], ensure_ascii=False),
                "article_urls": json.dumps([a.url for a in named_by], ensure_ascii=False),
            }
        )
    rows.sort(key=lambda row: (-int(row["articles"]), -int(row["mentions"]), str(row["name"])))  # type: ignore[call-overload]
    return rows


def export_features(
    store: Store, filters: Filters | None = None, *, per: Per = "mention"
) -> geopandas.GeoDataFrame:
    """The selected mentions, or places, as a GeoDataFrame of points in EPSG:4326.

    ``per="mention"``: one row per mention of a matching article, newest article first, with the
    article's id, title, source, URL and date. ``per="place"``: one row per place, most articles
    first, with ``articles`` and ``mentions`` counts and the articles' ids, titles and URLs as JSON
    arrays. Columns are :data:`MENTION_COLUMNS` or :data:`PLACE_COLUMNS`, then ``geometry``.
    """
    import geopandas
    import pandas
    from shapely.geometry import Point

    if per not in PER:
        raise ConfigurationError(f"per must be one of {PER}, got {per!r}")
    filters = Filters() if filters is None else filters
    matching = _matching(store, filters)
    if per == "mention":
        columns = MENTION_COLUMNS
        rows = [_mention_row(summary, m) for summary, mentions in matching for m in mentions]
    else:
        columns = PLACE_COLUMNS
        rows = _place_rows(matching)
    frame = pandas.DataFrame.from_records(rows, columns=list(columns))
    # Integer columns that may hold None stay integers (nullable), never floats or NaN.
    for name in ("start", "end", "geonameid", "articles", "mentions"):
        if name in frame:
            frame[name] = frame[name].astype("Int64")
    geometry = [Point(row["lon"], row["lat"]) for row in rows]  # GeoJSON order: lon, lat
    return geopandas.GeoDataFrame(frame, geometry=geometry, crs="EPSG:4326")


def write_features(frame: geopandas.GeoDataFrame, output: str | Path, *, fmt: Format) -> Path:
    """Write ``frame`` (from :func:`export_features`) to ``output`` as GeoJSON, CSV or GeoParquet.

    CSV holds ``lat`` and ``lon`` columns and no geometry column (QGIS: Delimited Text, X field
    ``lon``, Y field ``lat``). GeoJSON is written as RFC 7946 (WGS 84, no ``crs`` member).
    An unwritable file raises :class:`OSError`.
    """
    if fmt not in FORMATS:
        raise ConfigurationError(f"format must be one of {FORMATS}, got {fmt!r}")
    path = Path(output)
    if not path.parent.is_dir():
        raise ConfigurationError(
            f"cannot write {str(path)!r}: folder {str(path.parent)!r} does not exist; create it first"
        )
    if fmt == "geojson":
        # to_json() writes an empty FeatureCollection too, where GDAL drivers need a schema.
        path.write_text(
            frame.to_json(na="null", drop_id=True, ensure_ascii=False), encoding="utf-8"
        )
    elif fmt == "csv":
        frame.drop(columns=frame.geometry.name).to_csv(path, index=False)
    else:
        frame.to_parquet(path, index=False)
    log.info("wrote %d features to %s", len(frame), path)
    return path

"""What the dashboard asks the store and the boundaries, as plain records; no Streamlit here.

The app wraps these in ``st.cache_data`` keyed by :class:`~geodata.store.base.Filters` (hashable),
so a rerun with the same filters costs nothing. Every function takes the store first and returns
values that pickle, which is what ``st.cache_data`` needs.
"""

from __future__ import annotations

import io
import logging
import os
import pickle
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Literal

from dashboard.maps import PlaceMarker, PopupArticle, Shape, shapes_from_frame
from geodata.store.base import ArticleSummary, Facets, Filters, Store

logger = logging.getLogger(__name__)

#: Simplification of outlines, in degrees: a world of countries stays near 0.7 MB and Mexico's
#: states near 60 kB.
COUNTRY_TOLERANCE = 0.1
ADMIN1_TOLERANCE = 0.02

#: Bytes of admin-1 outlines sent with one map; countries beyond it are shaded as a whole.
ADMIN1_BUDGET = 450_000

#: Places whose popup lists their articles (the busiest first); the rest show counts only, which
#: keeps the map's payload small with tens of thousands of articles.
POPUP_PLACES = 12


@dataclass(frozen=True, slots=True)
class Shapes:
    """Every outline the map can draw, and display names by ISO code."""

    countries: tuple[Shape, ...]
    admin1: tuple[Shape, ...]
    names: dict[str, str]
    admin1_bytes: dict[str, int]  # size of each country's admin-1 outlines as JSON

    def name(self, code: str | None) -> str:
        """The display name of a country or admin-1 code, the code itself if unknown."""
        if not code:
            return "All regions"
        return self.names.get(code, code)


def load_shapes(
    *,
    country_tolerance: float = COUNTRY_TOLERANCE,
    admin1_tolerance: float = ADMIN1_TOLERANCE,
    cache: Path | None = None,
) -> Shapes:
    """Load and simplify the country and admin-1 boundaries.

    Simplifying the world takes seconds, so the result is kept in ``cache`` (a folder, normally
    :func:`geodata.config.cache_dir`) and reused while the boundary files and tolerances stay the
    same. A cache file that cannot be read is rebuilt.
    """
    from geodata import boundaries

    cache_file: Path | None = None
    if cache is not None:
        stamp = "-".join(
            str(int(boundaries.data_path(name).stat().st_mtime))
            for name in (boundaries.COUNTRIES_FILE, boundaries.ADMIN1_FILE)
            if boundaries.data_path(name).is_file()
        )
        cache_file = cache / f"dashboard-shapes-{country_tolerance}-{admin1_tolerance}-{stamp}.pickle"
        if cache_file.is_file():
            try:
                with cache_file.open("rb") as handle:
                    shapes = pickle.load(handle)  # our own file, written below
                if isinstance(shapes, Shapes):
                    return shapes
            except (OSError, pickle.UnpicklingError, EOFError, AttributeError) as err:
                logger.warning("rebuilding the shapes cache %s: %s", cache_file, err)

    # Countries are seen whole, at low zoom: two decimals (about 1 km) are plenty.
    countries = shapes_from_frame(
        boundaries.load_countries(), level="country", tolerance=country_tolerance, digits=2
    )
    admin1 = shapes_from_frame(boundaries.load_admin1(), level="admin1", tolerance=admin1_tolerance)
    names = {s.code: s.name for s in countries}
    names.update({s.code: s.name for s in admin1})
    sizes: dict[str, int] = {}
    for shape in admin1:
        key = shape.country_code or ""
        sizes[key] = sizes.get(key, 0) + len(shape.geometry)
    shapes = Shapes(tuple(countries), tuple(admin1), names, sizes)
    if cache_file is not None:
        try:
            partial = cache_file.with_suffix(".tmp")
            with partial.open("wb") as handle:
                pickle.dump(shapes, handle, protocol=pickle.HIGHEST_PROTOCOL)
            partial.replace(cache_file)
        except OSError as err:
            logger.warning("cannot write the shapes cache %s: %s", cache_file, err)
    return shapes


def publish_static(text: str, folder: Path, *, prefix: str, suffix: str = ".json") -> str | None:
    """Write ``text`` once as ``folder/PREFIX-HASH.SUFFIX`` and return the file name.

    The name changes with the content, so browsers may cache it for good. The suffix sets the
    type the server sends (``.js`` for a script). Returns None when the folder cannot be written
    (a read-only install): the caller then sends the data inline or links the files it came from.
    """
    import hashlib

    name = f"{prefix}-{hashlib.sha256(text.encode('utf-8')).hexdigest()[:20]}{suffix}"
    target = folder / name
    if target.is_file():
        return name
    try:
        folder.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(text, encoding="utf-8")
        partial.replace(target)
    except OSError as err:
        logger.warning("cannot write %s (%s): the map data is sent inline instead", target, err)
        return None
    return name


def detail_countries(
    shapes: Shapes,
    admin1_counts: Mapping[str, int],
    *,
    selected: str | None = None,
    budget: int = ADMIN1_BUDGET,
) -> tuple[str, ...]:
    """Countries whose admin-1 units are drawn: the selected region's, then the busiest, in budget.

    Returned sorted by code.
    """
    per_country: dict[str, int] = {}
    for code, count in admin1_counts.items():
        country = code.split("-", 1)[0]
        per_country[country] = per_country.get(country, 0) + count
    chosen: list[str] = []
    spent = 0
    if selected:
        country = selected.split("-", 1)[0]
        chosen.append(country)
        spent += shapes.admin1_bytes.get(country, 0)
    for country, _count in sorted(per_country.items(), key=lambda kv: (-kv[1], kv[0])):
        size = shapes.admin1_bytes.get(country, 0)
        if country in chosen or size == 0:
            continue
        if spent + size > budget:
            continue
        chosen.append(country)
        spent += size
    # In code order: selecting a region whose country is drawn anyway changes nothing, so the
    # map keeps its outlines (and is not rebuilt).
    return tuple(sorted(chosen))


def region_counts(store: Store, filters: Filters) -> tuple[dict[str, int], dict[str, int]]:
    """Matching articles per country and per admin-1 unit (the region filter is ignored)."""
    return (
        store.region_counts(filters, level="country"),
        store.region_counts(filters, level="admin1"),
    )


def place_markers(
    store: Store, filters: Filters, *, popup_places: int = POPUP_PLACES, popup_articles: int = 3
) -> list[PlaceMarker]:
    """One marker per place named by the matching articles, the busiest with their articles.

    With a region selected, only places inside it are returned, so the map and the list agree.
    """
    markers: list[PlaceMarker] = []
    for rank, count in enumerate(store.place_counts(filters)):
        place = count.place
        if place.lat is None or place.lon is None:
            continue
        if filters.region and not _in_region(place.country_code, place.admin1_code, place.id, filters.region):
            continue
        items: tuple[PopupArticle, ...] = ()
        if rank < popup_places:
            items = tuple(
                PopupArticle(
                    article_id=a.article_id,
                    title=a.title,
                    source=a.source,
                    url=a.url,
                    published=a.published,
                    sentence=a.sentence,
                    highlight_start=a.highlight_start,
                    highlight_end=a.highlight_end,
                )
                for a in store.place_articles(place.id, filters, limit=popup_articles)
            )
        markers.append(
            PlaceMarker(
                place_id=place.id,
                name=place.name,
                lat=place.lat,
                lon=place.lon,
                articles=count.articles,
                mentions=count.mentions,
                feature=place.feature,
                popup_articles=items,
            )
        )
    return markers


def _in_region(country: str | None, admin1: str | None, place_id: str, region: str) -> bool:
    return region in (country, admin1) or place_id.endswith(region)


@dataclass(frozen=True, slots=True)
class RegionOption:
    """One entry of the region filter: a country, or an admin-1 unit under it."""

    code: str
    label: str
    articles: int


def region_options(facets: Facets, shapes: Shapes, *, current: str | None = None) -> list[RegionOption]:
    """Countries with articles, each followed by its admin-1 units with articles, by name.

    ``current`` is always included, even with no articles, so a clicked empty region still shows.
    """
    admin1_by_country: dict[str, list[tuple[str, int]]] = {}
    for code, count in facets.admin1:
        admin1_by_country.setdefault(code.split("-", 1)[0], []).append((code, count))
    countries = dict(facets.countries)
    for country in admin1_by_country:
        countries.setdefault(country, 0)
    options: list[RegionOption] = []
    for country in sorted(countries, key=lambda c: shapes.name(c).lower()):
        options.append(
            RegionOption(country, f"{shapes.name(country)} ({countries[country]})", countries[country])
        )
        for code, count in sorted(admin1_by_country.get(country, []), key=lambda x: shapes.name(x[0]).lower()):
            options.append(
                RegionOption(code, f"{shapes.name(country)} › {shapes.name(code)} ({count})", count)
            )
    if current and all(o.code != current for o in options):
        options.append(RegionOption(current, f"{shapes.name(current)} (0)", 0))
    return options


def timeline_rows(store: Store, filters: Filters) -> list[tuple[date, int]]:
    """Articles per day, oldest first, with the missing days filled with 0 (a readable chart)."""
    days = store.timeline(filters)
    if not days:
        return []
    counts = dict(days)
    first, last = days[0][0], days[-1][0]
    span = (last - first).days
    if span > 3 * 366:  # a long, sparse history: keep the days that have articles
        return days
    from datetime import timedelta

    return [(first + timedelta(d), counts.get(first + timedelta(d), 0)) for d in range(span + 1)]


def article_page(
    store: Store, filters: Filters, *, limit: int = 50, offset: int = 0
) -> tuple[int, list[ArticleSummary]]:
    """The number of matching articles and one page of them, newest first."""
    return store.count_articles(filters), store.articles(filters, limit=limit, offset=offset)


ExportFormat = Literal["csv", "geojson"]


def export_bytes(store: Store, filters: Filters, *, fmt: ExportFormat, per: str = "mention") -> bytes:
    """The current selection as CSV (lat/lon columns) or GeoJSON (RFC 7946 points)."""
    from geodata.export import export_features

    frame = export_features(store, filters, per=per)  # type: ignore[arg-type]
    if fmt == "csv":
        buffer = io.StringIO()
        frame.drop(columns="geometry").to_csv(buffer, index=False)
        return buffer.getvalue().encode("utf-8")
    return frame.to_json(drop_id=True, ensure_ascii=False).encode("utf-8")


def with_kinds(filters: Filters, kinds: Iterable[str]) -> Filters:
    """``filters`` with another set of mention kinds (in the canonical order of KINDS)."""
    from geodata.model import KINDS

    chosen = set(kinds)
    return replace(filters, kinds=tuple(k for k in KINDS if k in chosen))


def language_label(code: str | None) -> str:
    """A language code with its English name, for the filter (``de`` -> ``de · German``)."""
    if not code:
        return "unknown"
    try:
        from babel import Locale

        return f"{code} · {Locale.parse(code).get_display_name('en')}"
    except Exception:  # babel raises several unrelated types for unknown codes
        return code


def place_names(summary: ArticleSummary, *, limit: int = 6) -> str:
    """The places an article names, shortened for the list."""
    names: Sequence[str] = summary.place_names
    text = ", ".join(names[:limit])
    return text + (f" + {len(names) - limit} more" if len(names) > limit else "")

"""The app's cached resources and queries, in a module so the launcher can fill them first.

Streamlit keeps ``st.cache_resource`` and ``st.cache_data`` results per server process, keyed by
the function (its module, name and code) and its arguments: whatever :func:`warm` computes here
before the first visitor arrives is what the first page finds. Queries are keyed by the store
URL, its data version (which changes with every write) and the filters.

This is the only dashboard module besides ``app.py`` that imports Streamlit.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import streamlit as st

from dashboard import maps, queries
from geodata import config
from geodata.errors import GeodataError
from geodata.store import Filters, Store, open_store
from geodata.store.base import StoreStats

logger = logging.getLogger(__name__)

#: Derived files the browser fetches from /app/static/cache/ (git ignores them).
STATIC_CACHE = Path(__file__).resolve().parent / "static" / "cache"

#: Articles per page of the list.
PAGE_SIZE = 50


@st.cache_resource(show_spinner=False)
def get_store(url: str) -> Store:
    return open_store(url)


@st.cache_resource(show_spinner="Loading boundaries…")
def get_shapes() -> queries.Shapes:
    return queries.load_shapes(cache=config.cache_dir())


@st.cache_resource(show_spinner=False, max_entries=8)
def cached_regions_js(detail: tuple[str, ...], static_url: str) -> str:
    """The outlines as a static file the browser fetches once (inline if it cannot be written)."""
    shapes = get_shapes()
    text = maps.regions_geojson(shapes.countries, shapes.admin1, detail_countries=detail)
    name = queries.publish_static(text, STATIC_CACHE, prefix="regions")
    if name is None:
        return maps.regions_script(data=text)
    return maps.regions_script(data_url=f"{static_url}/cache/{name}")


@st.cache_resource(show_spinner=False, max_entries=8)
def cached_bundle_urls(static_url: str) -> tuple[str, str] | None:
    """The URLs of the map's vendored scripts and stylesheets as one file each (None: not written).

    Without them (a read-only install) the map loads the vendored files one by one.
    """
    try:
        bundle = maps.asset_bundle()
    except GeodataError as err:
        logger.warning("the map's asset bundle cannot be built (%s): loading the files one by one", err)
        return None
    script = queries.publish_static(bundle.script, STATIC_CACHE, prefix="vendor", suffix=".js")
    style = queries.publish_static(bundle.style, STATIC_CACHE, prefix="vendor", suffix=".css")
    if script is None or style is None:
        return None
    return f"{static_url}/cache/{script}", f"{static_url}/cache/{style}"


@st.cache_resource(show_spinner=False, max_entries=16)
def cached_region_options(
    url: str, version: int, current: str | None
) -> tuple[queries.RegionOption, ...]:
    """The region filter's entries (a thousand or more, sorted by name): computed once per data
    version instead of on every rerun. Shared, not copied: callers only read it."""
    return tuple(queries.region_options(cached_facets(url, version), get_shapes(), current=current))


@st.cache_data(show_spinner=False, max_entries=64)
def cached_facets(url: str, version: int):
    return get_store(url).facets()


# The map's and the list's queries are kept as shared objects (st.cache_resource), not copies:
# st.cache_data pickles a result when it stores it and unpickles it on every hit, which for the
# 4,000 place markers of a large store cost tens of milliseconds per rerun. The app only reads them.
@st.cache_resource(show_spinner=False, max_entries=64)
def cached_region_counts(url: str, version: int, filters: Filters):
    return queries.region_counts(get_store(url), filters)


@st.cache_resource(show_spinner=False, max_entries=64)
def cached_markers(url: str, version: int, filters: Filters):
    return queries.place_markers(get_store(url), filters)


@st.cache_resource(show_spinner=False, max_entries=64)
def cached_page(url: str, version: int, filters: Filters, limit: int, offset: int):
    return queries.article_page(get_store(url), filters, limit=limit, offset=offset)


@st.cache_data(show_spinner=False, max_entries=64)
def cached_timeline(url: str, version: int, filters: Filters):
    return queries.timeline_rows(get_store(url), filters)


@st.cache_resource(show_spinner=False)
def first_start_lock() -> threading.Lock:
    """One sample ingest per server, however many sessions open an empty store at once."""
    return threading.Lock()


def data_version(store: Store) -> int:
    """A number that changes with every write (see :func:`version_of`)."""
    return version_of(store.stats())


def version_of(stats: StoreStats) -> int:
    """The data version of a store with these counts: the cache key of every query."""
    return stats.articles * 1_000_003 + stats.mentions


def static_url() -> str:
    """Where the app's static folder is served, under the server's base path."""
    base_path = (st.get_option("server.baseUrlPath") or "").strip("/")
    return f"/{base_path}/app/static" if base_path else "/app/static"


def warm(url: str) -> bool:
    """Compute what a fresh page of the default view asks for, so its first visitor finds it.

    Run in the server process once its runtime exists (see ``dashboard/__main__.py``). An empty
    store is left alone (the first page ingests the samples): returns False then.
    """
    store = get_store(url)
    version = data_version(store)
    if version == 0:
        return False
    shapes = get_shapes()
    facets = cached_facets(url, version)
    filters = Filters()
    cached_region_counts(url, version, filters)
    cached_markers(url, version, filters)
    cached_page(url, version, filters, PAGE_SIZE, 0)
    cached_regions_js(queries.detail_countries(shapes, dict(facets.admin1)), static_url())
    cached_bundle_urls(static_url())
    cached_region_options(url, version, None)
    for code, _count in facets.languages:
        queries.language_label(code)
    return True

"""The dashboard's whole view as one value, and its round trip through the URL's query parameters.

A copied link restores the view: filters, the selected region, the open article and the map options.
Only values that differ from the defaults are written, so a fresh view has a clean URL. Parsing is
forgiving: a malformed parameter is dropped (and logged) rather than breaking the page, because a
link can be edited by hand.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from geodata.model import KINDS
from geodata.store.base import Filters

logger = logging.getLogger(__name__)

#: Query parameter names, short so links stay readable.
P_REGION = "region"
P_SINCE = "since"
P_UNTIL = "until"
P_LANG = "lang"
P_SOURCE = "source"
P_QUERY = "q"
P_KIND = "kind"
P_MIN_SCORE = "min_score"
P_ARTICLE = "article"
P_HEAT = "heat"
P_TILES = "tiles"
#: The map's centre and zoom. The browser keeps them up to date as the user pans and zooms (see
#: :func:`dashboard.maps.view_sync_script`); the app reads them once, when a page opens.
P_LAT = "lat"
P_LON = "lon"
P_ZOOM = "zoom"

#: The parameters only the map itself writes: the app leaves them as the browser has them.
MAP_VIEW_PARAMS: tuple[str, ...] = (P_LAT, P_LON, P_ZOOM)

#: Zoom levels the map offers (:func:`dashboard.maps.base_map` uses them) and a URL may ask for.
MIN_ZOOM = 1
MAX_ZOOM = 14

PARAMS: tuple[str, ...] = (
    P_REGION,
    P_SINCE,
    P_UNTIL,
    P_LANG,
    P_SOURCE,
    P_QUERY,
    P_KIND,
    P_MIN_SCORE,
    P_ARTICLE,
    P_HEAT,
    P_TILES,
    *MAP_VIEW_PARAMS,
)

DEFAULT_KINDS: tuple[str, ...] = Filters().kinds


@dataclass(frozen=True, slots=True)
class MapView:
    """Where the map looks: its centre (degrees) and zoom level."""

    lat: float
    lon: float
    zoom: int


@dataclass(frozen=True, slots=True)
class ViewState:
    """Everything a link restores: the filters, the open article, the map options and view."""

    filters: Filters = field(default_factory=Filters)
    article: str | None = None
    heat: bool = False
    tiles: bool = False
    map_view: MapView | None = None  # None: the default world view

    def with_region(self, region: str | None) -> ViewState:
        """The same view with another selected region (``None`` clears it)."""
        return replace(self, filters=replace(self.filters, region=region or None))

    def toggled_region(self, region: str) -> ViewState:
        """Select ``region``, or clear the selection if it is already selected (a second click)."""
        if self.filters.region == region:
            return self.with_region(None)
        return self.with_region(region)


ClickKey = tuple[str, int]


def clicked_region(
    drawing: Mapping[str, object] | None, last: ClickKey | None
) -> tuple[str | None, ClickKey | None]:
    """The region a new map click asks for (None if none), and the click to remember.

    The map returns the last clicked feature on every rerun, so a click counts only when it differs
    from the ``last`` one seen. The outlines number their clicks (``properties.clicks``), so a second
    click on the same region is new too. No feature (a remounted map) forgets the last click.
    """
    if not drawing:
        return None, None
    properties = drawing.get("properties")
    if not isinstance(properties, Mapping):
        return None, last
    code = properties.get("code")
    clicks = properties.get("clicks")
    if not isinstance(code, str) or not code or not isinstance(clicks, int):
        return None, last  # a place marker or something else without a region
    key = (code, clicks)
    if key == last:
        return None, last
    return code, key


def _one(params: Mapping[str, Sequence[str]], key: str) -> str | None:
    values = [v for v in params.get(key, ()) if v is not None and v.strip()]
    return values[-1].strip() if values else None


def _many(params: Mapping[str, Sequence[str]], key: str, *, commas: bool = True) -> tuple[str, ...]:
    """Repeated keys, and for codes comma-separated values too: ``lang=de&lang=es`` or ``lang=de,es``.

    Free text such as a source name may hold commas, so ``commas=False`` reads repeated keys only.
    """
    out: list[str] = []
    for value in params.get(key, ()):
        for part in value.split(",") if commas else [value]:
            part = part.strip()
            if part and part not in out:
                out.append(part)
    return tuple(out)


def _date(params: Mapping[str, Sequence[str]], key: str) -> date | None:
    raw = _one(params, key)
    if raw is None:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        logger.warning("ignoring query parameter %s=%r: expected a date like 2025-11-05", key, raw)
        return None


def _flag(params: Mapping[str, Sequence[str]], key: str) -> bool:
    raw = _one(params, key)
    return raw is not None and raw.lower() in ("1", "true", "yes", "on")


def _map_view(params: Mapping[str, Sequence[str]]) -> MapView | None:
    """The map view from ``lat``, ``lon`` and ``zoom``: all three valid, else None (logged)."""
    raw = {key: _one(params, key) for key in MAP_VIEW_PARAMS}
    if all(v is None for v in raw.values()):
        return None
    try:
        lat, lon = float(raw[P_LAT] or ""), float(raw[P_LON] or "")
        zoom = int(raw[P_ZOOM] or "")
    except ValueError:
        logger.warning(
            "ignoring the map view %s: expected lat and lon in degrees and an integer zoom", raw
        )
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180 and MIN_ZOOM <= zoom <= MAX_ZOOM):
        logger.warning(
            "ignoring the map view %s: expected lat in [-90, 90], lon in [-180, 180], zoom in [%d, %d]",
            raw,
            MIN_ZOOM,
            MAX_ZOOM,
        )
        return None
    return MapView(lat=lat, lon=lon, zoom=zoom)


def state_from_params(params: Mapping[str, Sequence[str]]) -> ViewState:
    """Read a view from query parameters given as ``{name: [value, ...]}``.

    Unknown parameters are ignored; malformed values fall back to the default for that field.
    """
    since = _date(params, P_SINCE)
    until = _date(params, P_UNTIL)
    if since and until and since > until:
        logger.warning("ignoring swapped dates since=%s until=%s: swapping them back", since, until)
        since, until = until, since
    kinds = tuple(k for k in _many(params, P_KIND) if k in KINDS) or DEFAULT_KINDS
    min_score = 0.0
    raw_score = _one(params, P_MIN_SCORE)
    if raw_score is not None:
        try:
            min_score = min(max(float(raw_score), 0.0), 1.0)
        except ValueError:
            logger.warning("ignoring %s=%r: expected a number in [0, 1]", P_MIN_SCORE, raw_score)
    if min_score != min_score:  # NaN from "nan"
        min_score = 0.0
    region = _one(params, P_REGION)
    filters = Filters(
        region=region.upper() if region else None,
        since=since,
        until=until,
        languages=_many(params, P_LANG),
        sources=_many(params, P_SOURCE, commas=False),
        query=_one(params, P_QUERY),
        kinds=kinds,
        min_score=min_score,
    )
    return ViewState(
        filters=filters,
        article=_one(params, P_ARTICLE),
        heat=_flag(params, P_HEAT),
        tiles=_flag(params, P_TILES),
        map_view=_map_view(params),
    )


def state_to_params(state: ViewState) -> dict[str, str | list[str]]:
    """The query parameters that describe ``state``; defaults are left out.

    Multi-valued fields become lists (repeated keys), which ``st.query_params.from_dict`` accepts.
    """
    f = state.filters
    out: dict[str, str | list[str]] = {}
    if f.region:
        out[P_REGION] = f.region
    if f.since:
        out[P_SINCE] = f.since.isoformat()
    if f.until:
        out[P_UNTIL] = f.until.isoformat()
    if f.languages:
        out[P_LANG] = list(f.languages)
    if f.sources:
        out[P_SOURCE] = list(f.sources)
    if f.query:
        out[P_QUERY] = f.query
    if tuple(f.kinds) != DEFAULT_KINDS:
        out[P_KIND] = list(f.kinds)
    if f.min_score:
        out[P_MIN_SCORE] = f"{f.min_score:g}"
    if state.article:
        out[P_ARTICLE] = state.article
    if state.heat:
        out[P_HEAT] = "1"
    if state.tiles:
        out[P_TILES] = "1"
    if state.map_view is not None:
        out[P_LAT] = f"{state.map_view.lat:.4f}"
        out[P_LON] = f"{state.map_view.lon:.4f}"
        out[P_ZOOM] = str(state.map_view.zoom)
    return out


def without_map_view(params: Mapping[str, str | Sequence[str]]) -> dict[str, str | Sequence[str]]:
    """``params`` without the map's centre and zoom (which the browser keeps, not the app)."""
    return {k: v for k, v in params.items() if k not in MAP_VIEW_PARAMS}


def params_as_lists(params: Mapping[str, str | Sequence[str]]) -> dict[str, list[str]]:
    """Normalise ``{name: value or [values]}`` to ``{name: [values]}`` for :func:`state_from_params`."""
    return {k: [v] if isinstance(v, str) else list(v) for k, v in params.items()}

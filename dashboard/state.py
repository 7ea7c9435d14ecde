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
)

DEFAULT_KINDS: tuple[str, ...] = Filters().kinds


@dataclass(frozen=True, slots=True)
class ViewState:
    """Everything a link restores: the filters, the open article and the map options."""

    filters: Filters = field(default_factory=Filters)
    article: str | None = None
    heat: bool = False
    tiles: bool = False

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
    return out


def params_as_lists(params: Mapping[str, str | Sequence[str]]) -> dict[str, list[str]]:
    """Normalise ``{name: value or [values]}`` to ``{name: [values]}`` for :func:`state_from_params`."""
    return {k: [v] if isinstance(v, str) else list(v) for k, v in params.items()}

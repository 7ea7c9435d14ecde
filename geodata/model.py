"""Small value types shared by every stage: places, mentions, articles, outcomes.

Coordinates are always named ``lat`` and ``lon``; a missing value is ``None``, never NaN and never 0.
GeoJSON's (lon, lat) order appears only where GeoJSON is built.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any, Literal

from geodata.errors import InputError

#: Feature types of gazetteer places, coarse to fine.
FEATURES: tuple[str, ...] = ("continent", "region", "country", "admin1", "city", "water", "other")

#: How a mention uses a place name (see README, "Mention kinds").
KINDS: tuple[str, ...] = ("literal", "metonymic", "demonym", "modifier", "embedded")

Kind = Literal["literal", "metonymic", "demonym", "modifier", "embedded"]


def check_lat_lon(lat: float | None, lon: float | None) -> None:
    """Raise :class:`InputError` unless both coordinates are None or both are valid degrees."""
    if lat is None and lon is None:
        return
    if lat is None or lon is None:
        raise InputError(
            f"lat and lon must both be set or both be None, got lat={lat!r}, lon={lon!r}"
        )
    if not (math.isfinite(lat) and math.isfinite(lon)):
        raise InputError(f"coordinates must be finite numbers, got lat={lat!r}, lon={lon!r}")
    if not -90.0 <= lat <= 90.0:
        raise InputError(
            f"latitude must be within [-90, 90], got {lat!r}: are latitude and longitude swapped?"
        )
    if not -180.0 <= lon <= 180.0:
        raise InputError(f"longitude must be within [-180, 180], got {lon!r}")


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry.

    ``id`` is stable across builds: the GeoNames id as a string where one exists, else a prefixed
    code such as ``"ne:MX-SIN"`` or ``"region:latin-america"``.
    """

    id: str
    name: str
    feature: str
    lat: float | None
    lon: float | None
    country_code: str | None = None
    admin1_code: str | None = None
    geonameid: int | None = None
    population: int | None = None
    parents: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        check_lat_lon(self.lat, self.lon)


@dataclass(frozen=True, slots=True)
class Mention:
    """A place name found in a text and the place it was resolved to.

    ``start``/``end`` are Python ``str`` offsets into the text, end exclusive, and
    ``text == source[start:end]``. Coordinates and codes describe the resolved place; they are
    ``None`` when the mention could not be resolved.
    """

    start: int
    end: int
    text: str
    name: str | None
    lat: float | None
    lon: float | None
    feature: str | None
    country_code: str | None
    admin1_code: str | None
    geonameid: int | None
    kind: str
    score: float
    place_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of every field."""
        return asdict(self)

    @classmethod
    def of(
        cls, place: Place | None, *, start: int, end: int, text: str, kind: str, score: float
    ) -> Mention:
        """The mention of ``text`` at ``start:end`` resolved to ``place`` (``None``: unresolved),
        its place fields copied from the place."""
        if place is None:
            return cls(start, end, text, None, None, None, None, None, None, None, kind, score)
        # (positional: one is made for every mention, and keywords cost more)
        return cls(
            start,
            end,
            text,
            place.name,
            place.lat,
            place.lon,
            place.feature,
            place.country_code,
            place.admin1_code,
            place.geonameid,
            kind,
            score,
            place.id,
        )


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from a file, feed or page, before or after geoparsing.

    ``id`` is stable: derived from the canonical URL when there is one, else from where the article
    came from (``origin``). ``content_hash`` changes when the text or metadata change.
    """

    id: str
    text: str
    origin: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: datetime | None = None
    language: str | None = None
    author: str | None = None
    sample: bool = False
    content_hash: str = ""
    extra: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be turned into an article, or an article that failed a stage."""

    origin: str
    reason: str
    stage: str = "read"

"""The offline gazetteer as a geopy geocoder.

:class:`OfflineGeocoder` subclasses :class:`geopy.geocoders.base.Geocoder` and answers
``geocode(query, exactly_one=True, ...)`` with :class:`geopy.location.Location` objects built from
:meth:`geodata.gazetteer.Gazetteer.lookup`, so geopy's ``RateLimiter`` and
``geopandas.tools.geocode`` work with it unchanged. It never touches the network; an optional
:class:`~geodata.geocode.remote.RemoteFallback` answers what the gazetteer cannot.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from geopy.geocoders.base import DEFAULT_SENTINEL, Geocoder
from geopy.location import Location

from geodata.errors import InputError
from geodata.model import Place

if TYPE_CHECKING:
    from geodata.gazetteer import Gazetteer
    from geodata.geocode.remote import RemoteFallback

logger = logging.getLogger(__name__)


def _region_matches(place: Place, region: Place, gazetteer: Gazetteer) -> bool:
    """True when ``place`` lies in ``region`` (a country, admin-1 unit, continent or macro-region)."""
    if region.id in place.parents:
        return True
    if region.feature == "country":
        return place.country_code is not None and place.country_code == region.country_code
    if region.feature == "admin1":
        return place.admin1_code is not None and place.admin1_code == region.admin1_code
    if region.feature in ("continent", "region"):
        codes = {member.country_code for member in gazetteer.members(region.id)}
        return place.country_code in codes
    return False


def candidates(gazetteer: Gazetteer, query: str) -> list[Place]:
    """The gazetteer's places for a query, best first.

    The whole query is tried as a name first ("Washington, D.C."); else it is read as a name
    followed by the regions it lies in, comma-separated ("Peoria, AZ", "Culiacán, Sinaloa",
    "Córdoba, Argentina"), and the name's places are narrowed to those in every region. A region
    part is a name, an ISO code ("MX-SIN", "AR") or an admin-1 code within the candidates'
    countries ("AZ" for "US-AZ", "D.C." for "US-DC"). A region that matches none of the candidates leaves nothing.
    """
    text = " ".join(query.split())
    if not text:
        return []
    direct = gazetteer.lookup(text)
    if direct or "," not in text:
        return direct
    head, *regions = [part.strip() for part in text.split(",")]
    found = gazetteer.lookup(head) if head else []
    for region_text in (r for r in regions if r):
        regions_found = list(gazetteer.lookup(region_text))
        # "D.C.", "N.S.W.": abbreviations are also tried without their dots, as codes
        codes = {region_text, region_text.replace(".", "").replace(" ", "")}
        for code in codes:
            by_code = gazetteer.by_code(code)
            if by_code is not None:
                regions_found.append(by_code)
            for country in {p.country_code for p in found if p.country_code}:
                sub = gazetteer.by_code(f"{country}-{code}")
                if sub is not None:
                    regions_found.append(sub)
        # a region is an area: "D.C." also names the city of Washington, which contains nothing
        regions_found = [r for r in regions_found if r.feature not in ("city", "other")]
        region_ids = {r.id for r in regions_found}
        inside = [p for p in found if any(_region_matches(p, r, gazetteer) for r in regions_found)]
        # "Washington, D.C.": the city, not the district that is both the region and a candidate
        found = [p for p in inside if p.id not in region_ids] or inside
    return found


class OfflineGeocoder(Geocoder):
    """Geocode place names with the offline gazetteer, in the geopy interface.

    ``gazetteer`` defaults to :meth:`Gazetteer.default` (loaded on first use). ``fallback``, if
    given, is asked for queries the gazetteer cannot answer; its failures are recorded there and
    never raised. ``timeout`` is accepted for interface compatibility and only reaches the
    fallback. An instance can also be passed where geopandas expects a geocoder class
    (``geopandas.tools.geocode(..., provider=OfflineGeocoder(...))``): calling it returns itself.
    """

    def __init__(
        self,
        *,
        gazetteer: Gazetteer | None = None,
        fallback: RemoteFallback | None = None,
        user_agent: str | None = None,
        timeout: Any = DEFAULT_SENTINEL,
    ) -> None:
        super().__init__(timeout=timeout, user_agent=user_agent or "geodata-offline")
        self._gazetteer = gazetteer
        self.fallback = fallback
        self._names_by_lang: dict[str, dict[str, str]] = {}

    def __call__(self, **kwargs: Any) -> OfflineGeocoder:
        """Return self, so an instance works where geopandas builds ``provider(**kwargs)``."""
        if kwargs:
            raise InputError(
                f"an OfflineGeocoder instance takes no settings when used as a provider, got {sorted(kwargs)!r}: "
                "pass them to OfflineGeocoder(...) instead"
            )
        return self

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            from geodata.gazetteer import Gazetteer

            self._gazetteer = Gazetteer.default()
        return self._gazetteer

    def geocode(
        self,
        query: str,
        *,
        exactly_one: bool = True,
        timeout: Any = DEFAULT_SENTINEL,
        language: str | None = None,
        country_codes: str | Iterable[str] | None = None,
        limit: int | None = None,
    ) -> Location | list[Location] | None:
        """Places called ``query``, best first: one :class:`Location`, a list, or None.

        ``language`` (ISO 639-1) names the places in that language where the gazetteer knows
        the name; ``country_codes`` (ISO alpha-2, one or several) keeps only places in those
        countries; ``limit`` caps the list when ``exactly_one`` is False. ``Location.raw`` holds
        ``place_id``, ``geonameid``, ``name``, ``feature``, ``population``, ``country_code``,
        ``admin1_code``, ``parents`` and ``source`` (``"gazetteer"`` or the fallback service).
        """
        if not isinstance(query, str):
            raise InputError(
                f"query must be a place name as str, got {type(query).__name__}: {query!r}"
            )
        places = [
            p for p in candidates(self.gazetteer, query) if p.lat is not None and p.lon is not None
        ]
        if country_codes is not None:
            wanted = (
                {country_codes.upper()}
                if isinstance(country_codes, str)
                else {c.upper() for c in country_codes}
            )
            places = [p for p in places if p.country_code in wanted]
        if not places:
            return self._fall_back(query, exactly_one=exactly_one, language=language)
        if exactly_one:
            return self._location(places[0], language)
        if limit is not None:
            places = places[:limit]
        return [self._location(p, language) for p in places]

    def reverse(
        self, query: Any, *, exactly_one: bool = True, timeout: Any = DEFAULT_SENTINEL
    ) -> None:
        raise NotImplementedError(
            "OfflineGeocoder answers forward geocoding only (place name -> point)"
        )

    def _fall_back(
        self, query: str, *, exactly_one: bool, language: str | None
    ) -> Location | list[Location] | None:
        if self.fallback is None:
            return None
        result = self.fallback.geocode(query, language=language)
        location = result.location()
        if location is None:
            return None if exactly_one else []
        return location if exactly_one else [location]

    def _local_name(self, place_id: str, fallback: str, language: str | None) -> str:
        if not language:
            return fallback
        names = self._names_by_lang.get(language)
        if names is None:
            # One pass over the names per language and geocoder: the gazetteer has no reverse index.
            names = {}
            for entry in self.gazetteer.names():
                if entry.lang == language and entry.preferred:
                    names.setdefault(entry.place_id, entry.name)
            self._names_by_lang[language] = names
        return names.get(place_id, fallback)

    def _location(self, place: Place, language: str | None) -> Location:
        parts = [self._local_name(place.id, place.name, language)]
        for parent_id in place.parents:
            parent = self.gazetteer.get(parent_id)
            if parent is not None and parent.feature in ("admin1", "country"):
                parts.append(self._local_name(parent.id, parent.name, language))
        raw = {
            "place_id": place.id,
            "geonameid": place.geonameid,
            "name": place.name,
            "feature": place.feature,
            "population": place.population,
            "country_code": place.country_code,
            "admin1_code": place.admin1_code,
            "parents": list(place.parents),
            "source": "gazetteer",
        }
        return Location(", ".join(parts), (place.lat, place.lon), raw)

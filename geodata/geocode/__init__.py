"""Geocoding in geopy's interface: the offline gazetteer, and an optional remote fallback.

- :class:`OfflineGeocoder`: a :class:`geopy.geocoders.base.Geocoder` over the offline gazetteer.
- :class:`RemoteFallback`: a geopy service chosen by name, with a persistent cache, rate limiting,
  timeouts and per-toponym failure records.
"""

from __future__ import annotations

from geodata.geocode.offline import OfflineGeocoder, candidates
from geodata.geocode.remote import (
    GeocodeCache,
    RemoteFallback,
    RemoteResult,
    fill_unresolved,
    geocoder_class,
)

__all__ = [
    "GeocodeCache",
    "OfflineGeocoder",
    "RemoteFallback",
    "RemoteResult",
    "candidates",
    "fill_unresolved",
    "geocoder_class",
]

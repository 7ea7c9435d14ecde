"""Admin-1 and country polygons for the map, with the codes the gazetteer uses.

Both layers are Natural Earth 1:10m (public domain), simplified for a web map by
``scripts/build_boundaries.py`` and committed under ``geodata/data/`` so that the app needs no
download. Each row has:

* ``code``: ISO 3166-2 for admin-1 units (``MX-SIN``), ISO 3166-1 alpha-2 for countries (``MX``).
  Units without an ISO code keep Natural Earth's placeholder without its ``~`` (``XK-X02``,
  countries: Natural Earth's A3 code such as ``SOL``) and have ``iso == False``;
* ``country_code`` (ISO alpha-2, or None), ``name`` (English), ``name_de``, ``name_es``, ``name_en``,
  ``name_fr``, ``name_pt``, ``name_it`` and more ``name_XX`` columns (None where unknown);
* ``geonameid`` (None where unknown), ``label_lat``/``label_lon``
  (a point inside the unit for a label), ``type``;
* ``geometry``: Polygon or MultiPolygon, EPSG:4326, valid.

The gazetteer's admin-1 places carry exactly these codes in ``Place.admin1_code``.
"""

from __future__ import annotations

import functools
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from geodata.config import PACKAGE_DATA
from geodata.errors import GazetteerError

if TYPE_CHECKING:
    import geopandas

log = logging.getLogger(__name__)

ADMIN1_FILE = "admin1.parquet"
COUNTRIES_FILE = "countries.parquet"


def data_path(filename: str) -> Path:
    """The committed data file ``filename`` under ``geodata/data/``."""
    return PACKAGE_DATA / filename


def _read(filename: str) -> geopandas.GeoDataFrame:
    import geopandas

    path = data_path(filename)
    if not path.is_file():
        raise GazetteerError(
            f"boundary file {filename!r} is missing: expected it at {path}; "
            "rebuild it with `python scripts/build_boundaries.py`"
        )
    try:
        frame = geopandas.read_parquet(path)
    except Exception as err:  # pyarrow raises several unrelated types for a damaged file
        raise GazetteerError(
            f"boundary file {path} could not be read ({err}); "
            "rebuild it with `python scripts/build_boundaries.py`"
        ) from err
    # a missing value is None, never NaN or pandas.NA
    for column in frame.columns:
        if column != "geometry" and frame[column].isna().any():
            frame[column] = frame[column].astype(object).where(frame[column].notna(), None)
    return frame


@functools.cache
def _admin1() -> geopandas.GeoDataFrame:
    frame = _read(ADMIN1_FILE)
    log.debug("loaded %d admin-1 units", len(frame))
    return frame


@functools.cache
def _countries() -> geopandas.GeoDataFrame:
    frame = _read(COUNTRIES_FILE)
    log.debug("loaded %d countries", len(frame))
    return frame


def load_admin1() -> geopandas.GeoDataFrame:
    """Every admin-1 unit of the world, one row per ``code`` (read once per process).

    Returns a copy, so callers may add columns freely.
    """
    return _admin1().copy()


def load_countries() -> geopandas.GeoDataFrame:
    """Every country (and the few territories without an ISO code), one row per ``code``.

    Returns a copy, so callers may add columns freely.
    """
    return _countries().copy()

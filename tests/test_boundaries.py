"""The committed admin-1 and country polygons."""

from __future__ import annotations

import math
import re

import pytest
import shapely

from geodata import boundaries


def test_admin1_codes_are_unique_clean_and_current() -> None:
    frame = boundaries.load_admin1()
    assert len(frame) > 4000
    assert frame.code.is_unique
    assert not frame.code.str.contains("~").any()
    codes = set(frame.code)
    assert {"MX-SIN", "MX-SON", "MX-TAM", "MX-CMX", "US-AZ", "US-DC", "DE-BY"} <= codes
    assert "MX-DIF" not in codes
    iso = frame[frame.iso]
    assert all(re.fullmatch(r"[A-Z]{2}-[A-Z0-9]{1,3}", c) for c in iso.code)
    assert (iso.code.str[:2] == iso.country_code).all()


def test_admin1_rows_carry_names_ids_and_label_points() -> None:
    frame = boundaries.load_admin1().set_index("code")
    sinaloa = frame.loc["MX-SIN"]
    assert sinaloa["name"] == "Sinaloa"
    assert sinaloa["country_code"] == "MX"
    assert sinaloa["geonameid"] == 3983035
    assert sinaloa["gn_a1_code"] == "MX.25"
    assert shapely.contains_xy(sinaloa.geometry, sinaloa["label_lon"], sinaloa["label_lat"])
    bavaria = frame.loc["DE-BY"]
    assert (bavaria["name_de"], bavaria["name_en"], bavaria["name_es"]) == (
        "Bayern",
        "Bavaria",
        "Baviera",
    )
    for column in ("name_de", "name_es", "name_en", "name_fr", "name_pt", "name_it"):
        assert column in frame.columns
    assert frame.loc["MX-CMX"]["name_en"] == "Mexico City"


def test_countries_have_iso_codes_and_names() -> None:
    frame = boundaries.load_countries().set_index("code")
    assert len(frame) > 200
    assert frame.index.is_unique
    mexico = frame.loc["MX"]
    assert (mexico["name"], mexico["name_de"], mexico["name_es"]) == ("Mexico", "Mexiko", "México")
    assert frame.loc["FR"]["iso"]
    assert mexico["geonameid"] == 3996063
    assert frame.loc["US"]["geonameid"] == 6252001
    assert frame.loc["NO"]["country_code"] == "NO"


def test_geometries_are_valid_polygons_in_wgs84() -> None:
    for frame in (boundaries.load_admin1(), boundaries.load_countries()):
        assert frame.crs.to_epsg() == 4326
        assert frame.geometry.is_valid.all()
        assert set(frame.geom_type) <= {"Polygon", "MultiPolygon"}
        minx, miny, maxx, maxy = frame.total_bounds
        assert -180 <= minx < maxx <= 180
        assert -90 <= miny < maxy <= 90


def test_missing_values_are_none_not_nan() -> None:
    frame = boundaries.load_admin1()
    no_id = frame[frame.geonameid.isna()]
    assert len(no_id) > 0
    assert all(value is None for value in no_id.geonameid)


def test_load_returns_copies() -> None:
    first = boundaries.load_admin1()
    first["extra"] = 1
    assert "extra" not in boundaries.load_admin1().columns


def test_committed_files_stay_small() -> None:
    for filename in (boundaries.ADMIN1_FILE, boundaries.COUNTRIES_FILE):
        assert boundaries.data_path(filename).stat().st_size < 6_000_000


# --- the build script, on tiny hand-made sources ------------------------------------------------


def _build_script():
    import importlib.util

    from geodata.config import PROJECT_ROOT

    spec = importlib.util.spec_from_file_location(
        "build_boundaries", PROJECT_ROOT / "scripts" / "build_boundaries.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _square(x: float, y: float, size: float = 1.0) -> dict:
    ring = [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]
    return {"type": "Polygon", "coordinates": [ring]}


def _feature(code: str, name: str, geometry: dict, **extra: object) -> dict:
    properties = {
        "iso_3166_2": code,
        "name": name,
        "name_en": name,
        "iso_a2": code[:2],
        "gn_id": 0,
        "gn_a1_code": "",
        "latitude": geometry["coordinates"][0][0][1] + 0.5,
        "longitude": geometry["coordinates"][0][0][0] + 0.5,
        "type_en": "State",
        **extra,
    }
    return {"type": "Feature", "properties": properties, "geometry": geometry}


def test_build_admin1_fixes_codes_drops_empty_rows_and_dissolves_parts() -> None:
    script = _build_script()
    features = [
        _feature("MX-DIF", "Distrito Federal", _square(0, 0), gn_id=3527646, gn_a1_code="MX.09"),
        _feature("MX-X01~", "", _square(5, 5)),
        _feature("PH-DAV", "Davao", _square(10, 0)),
        _feature("PH-DAV", "Davao", _square(11, 0, 2.0)),
        _feature("XK-X02~", "Decani", _square(20, 0)),
    ]
    frame = script.build_admin1(features, {"MX", "PH", "XK"}).set_index("code")
    assert sorted(frame.index) == ["MX-CMX", "PH-DAV", "XK-X02"]
    assert frame.loc["MX-CMX", "name_en"] == "Mexico City"
    assert frame.loc["MX-CMX", "geonameid"] == 3527646
    assert bool(frame.loc["MX-CMX", "iso"])
    assert not bool(frame.loc["XK-X02", "iso"])
    assert frame.loc["XK-X02", "country_code"] == "XK"
    assert frame.loc["PH-DAV"].geometry.area == pytest.approx(5.0)
    assert math.isnan(frame.loc["PH-DAV", "geonameid"])  # written as a nullable Int64 later


def test_coverage_simplification_keeps_shared_borders_and_validity() -> None:
    script = _build_script()
    # two neighbours sharing a wiggly border
    wiggle = [(1.0 + 0.001 * (i % 2), i / 100) for i in range(101)]
    left = shapely.Polygon([(0, 0), *wiggle, (0, 1)])
    right = shapely.Polygon([(2, 0), (2, 1), *reversed(wiggle)])
    import geopandas

    frame = geopandas.GeoDataFrame(
        {"code": ["A-A", "A-B"]}, geometry=[left, right], crs="EPSG:4326"
    )
    out = script.simplify(frame, 0.03, 0.0001)
    assert out.geometry.is_valid.all()
    assert (
        shapely.get_num_coordinates(out.geometry.values).sum()
        < shapely.get_num_coordinates(frame.geometry.values).sum()
    )
    # no gap and no overlap: the pieces still tile the same square
    union = shapely.union_all(out.geometry.values)
    assert union.area == pytest.approx(2.0, abs=1e-3)
    assert out.geometry.iloc[0].intersection(out.geometry.iloc[1]).area == pytest.approx(
        0, abs=1e-9
    )


def test_topojson_decoding() -> None:
    script = _build_script()
    # one unit square as a single quantized, delta-encoded arc, and a reversed use of it
    topology = {
        "transform": {"scale": [0.5, 0.5], "translate": [10.0, 20.0]},
        "arcs": [[[0, 0], [2, 0], [0, 2], [-2, 0], [0, -2]]],
    }
    square = script._topojson_polygons(topology, {"type": "Polygon", "arcs": [[0]]})
    assert square.area == pytest.approx(1.0)
    assert square.bounds == (10.0, 20.0, 11.0, 21.0)
    reversed_square = script._topojson_polygons(
        topology, {"type": "MultiPolygon", "arcs": [[[-1]]]}
    )
    assert reversed_square.area == pytest.approx(1.0)

"""The committed admin-1 and country polygons."""

from __future__ import annotations

import re

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

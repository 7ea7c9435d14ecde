"""OfflineGeocoder on a small real Gazetteer, and with geopy's RateLimiter and geopandas unchanged."""

from __future__ import annotations

import geopandas
import pytest
from geopy.extra.rate_limiter import RateLimiter
from geopy.location import Location
from local_geocoding_server import POINT, LocalGeocodingServer

from geodata.errors import InputError
from geodata.gazetteer import Gazetteer, NameEntry
from geodata.geocode import OfflineGeocoder, RemoteFallback
from geodata.model import Place

MX, US, AR, ES, AZE = "3996063", "6252001", "3865483", "2510769", "587116"
SIN, ARIZONA, ILLINOIS = "3983035", "5551752", "4896861"

PLACES = [
    Place(MX, "Mexico", "country", 23.0, -102.0, country_code="MX", geonameid=3996063),
    Place(US, "United States", "country", 39.76, -98.5, country_code="US", geonameid=6252001),
    Place(AR, "Argentina", "country", -34.0, -64.0, country_code="AR", geonameid=3865483),
    Place(ES, "Spain", "country", 40.0, -4.0, country_code="ES", geonameid=2510769),
    Place(AZE, "Azerbaijan", "country", 40.5, 47.5, country_code="AZ", geonameid=587116),
    Place(SIN, "Sinaloa", "admin1", 25.0, -107.5, "MX", "MX-SIN", 3983035, 3_000_000, (MX,)),
    Place(ARIZONA, "Arizona", "admin1", 34.5, -111.5, "US", "US-AZ", 5551752, 7_000_000, (US,)),
    Place(ILLINOIS, "Illinois", "admin1", 40.0, -89.25, "US", "US-IL", 4896861, 12_000_000, (US,)),
    Place(
        "4012176",
        "Culiacán",
        "city",
        24.79944,
        -107.38972,
        "MX",
        "MX-SIN",
        4012176,
        800_000,
        (SIN, MX),
    ),
    Place(
        "5308480",
        "Peoria",
        "city",
        33.58059,
        -112.23738,
        "US",
        "US-AZ",
        5308480,
        190_000,
        (ARIZONA, US),
    ),
    Place(
        "4905687",
        "Peoria",
        "city",
        40.69365,
        -89.58899,
        "US",
        "US-IL",
        4905687,
        110_000,
        (ILLINOIS, US),
    ),
    Place("3860259", "Córdoba", "city", -31.4135, -64.18105, "AR", None, 3860259, 1_400_000, (AR,)),
    Place("2519240", "Córdoba", "city", 37.89155, -4.77275, "ES", None, 2519240, 300_000, (ES,)),
    Place("region:nowhere", "Nowhere Land", "region", None, None),
]
NAMES = [
    NameEntry("Mexiko", MX, "de", True, "cldr"),
    NameEntry("México", MX, "es", True, "cldr"),
    NameEntry("Vereinigte Staaten", US, "de", True, "cldr"),
    NameEntry("España", ES, "es", True, "cldr"),
    NameEntry("Spanien", ES, "de", True, "cldr"),
    NameEntry("AZ", ARIZONA, None, False, "abbrev"),
]


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.from_places(PLACES, NAMES)


@pytest.fixture
def geocoder(gazetteer) -> OfflineGeocoder:
    return OfflineGeocoder(gazetteer=gazetteer)


def test_location_with_raw_extras(geocoder):
    location = geocoder.geocode("Culiacán")
    assert isinstance(location, Location)
    assert (location.latitude, location.longitude) == (24.79944, -107.38972)
    assert location.address == "Culiacán, Sinaloa, Mexico"
    assert location.raw == {
        "place_id": "4012176",
        "geonameid": 4012176,
        "name": "Culiacán",
        "feature": "city",
        "population": 800_000,
        "country_code": "MX",
        "admin1_code": "MX-SIN",
        "parents": [SIN, MX],
        "source": "gazetteer",
    }


def test_exonyms_and_case(geocoder):
    assert geocoder.geocode("Mexiko").raw["place_id"] == MX
    assert geocoder.geocode("vereinigte staaten").raw["place_id"] == US


@pytest.mark.parametrize(
    ("query", "place_id"),
    [
        ("Peoria", "5308480"),  # the larger one first
        ("Peoria, AZ", "5308480"),  # an abbreviation, not Azerbaijan
        ("Peoria, IL", "4905687"),  # an ISO 3166-2 subdivision code within the candidate's country
        ("Peoria, Illinois", "4905687"),
        ("Peoria,   Illinois, United States", "4905687"),
        ("Culiacán, Sinaloa", "4012176"),
        ("Culiacán, MX-SIN", "4012176"),
        ("Córdoba, Argentina", "3860259"),
        ("Córdoba, España", "2519240"),
        ("Córdoba, ES", "2519240"),
    ],
)
def test_region_part_narrows(geocoder, query, place_id):
    assert geocoder.geocode(query).raw["place_id"] == place_id


def test_contradicting_region_and_unknown_names_give_none(geocoder):
    assert geocoder.geocode("Culiacán, Arizona") is None
    assert geocoder.geocode("Atlantis") is None
    assert geocoder.geocode("   ") is None
    assert geocoder.geocode("Nowhere Land") is None  # a place without a point is never (0, 0)


def test_all_candidates_country_codes_and_limit(geocoder):
    both = geocoder.geocode("Córdoba", exactly_one=False)
    assert [loc.raw["country_code"] for loc in both] == ["AR", "ES"]
    assert geocoder.geocode("Córdoba", exactly_one=False, limit=1)[0].raw["country_code"] == "AR"
    assert geocoder.geocode("Córdoba", country_codes="es").raw["place_id"] == "2519240"
    assert geocoder.geocode("Córdoba", country_codes=["MX"]) is None
    assert geocoder.geocode("Atlantis", exactly_one=False) is None


def test_language_names_the_place(geocoder):
    assert geocoder.geocode("Mexico", language="de").address == "Mexiko"
    assert geocoder.geocode("Córdoba, Spain", language="es").address == "Córdoba, España"
    assert (
        geocoder.geocode("Peoria", language="de").address == "Peoria, Arizona, Vereinigte Staaten"
    )


def test_bad_query_type_is_an_input_error(geocoder):
    with pytest.raises(InputError, match="query must be a place name as str, got dict"):
        geocoder.geocode({"city": "Peoria"})


def test_geopy_rate_limiter_wraps_it_unchanged(geocoder):
    geocode = RateLimiter(geocoder.geocode, min_delay_seconds=0)
    assert geocode("Peoria, IL").raw["place_id"] == "4905687"
    assert geocode("Atlantis") is None


@pytest.mark.parametrize("as_instance", [False, True])
def test_geopandas_geocode_with_it_as_provider(gazetteer, as_instance):
    queries = ["Culiacán, Sinaloa", "Peoria, AZ", "Atlantis"]
    if as_instance:
        frame = geopandas.tools.geocode(queries, provider=OfflineGeocoder(gazetteer=gazetteer))
    else:
        frame = geopandas.tools.geocode(queries, provider=OfflineGeocoder, gazetteer=gazetteer)
    assert frame.crs.to_epsg() == 4326
    assert list(frame["address"][:2]) == [
        "Culiacán, Sinaloa, Mexico",
        "Peoria, Arizona, United States",
    ]
    assert frame["address"].isna()[2]  # not found: no address (pandas shows the None as NaN)
    assert (frame.geometry[0].x, frame.geometry[0].y) == (
        -107.38972,
        24.79944,
    )  # GeoJSON order: lon, lat
    assert frame.geometry[2].is_empty


def test_instance_as_provider_refuses_settings(geocoder):
    with pytest.raises(InputError, match="pass them to OfflineGeocoder"):
        geocoder(timeout=3)


def test_remote_fallback_answers_what_the_gazetteer_cannot(gazetteer, tmp_path):
    with LocalGeocodingServer() as server:
        fallback = RemoteFallback(
            "nominatim", cache_path=tmp_path / "c.sqlite", domain=server.domain, scheme="http",
            min_delay_seconds=0, max_retries=0, error_wait_seconds=0,
        )  # fmt: skip
        geocoder = OfflineGeocoder(gazetteer=gazetteer, fallback=fallback)
        assert geocoder.geocode("Culiacán").raw["source"] == "gazetteer"
        assert server.requests["Culiacán"] == 0
        remote = geocoder.geocode("Springfield")
        assert (remote.latitude, remote.longitude) == POINT
        assert remote.raw["source"] == "nominatim"
        assert geocoder.geocode("busy") is None  # a failure is recorded, never raised
        assert [q for _, q, _ in fallback.failures()] == ["busy"]
        assert geocoder.geocode("nowhere", exactly_one=False) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("query", "admin1_code", "feature"),
    [
        ("Peoria, AZ", "US-AZ", "city"),
        ("Peoria, Illinois", "US-IL", "city"),
        ("Culiacán, Sinaloa", "MX-SIN", "city"),
        ("Washington, D.C.", "US-DC", "city"),
        ("boston, ma", "US-MA", "city"),
        ("Sinaloa", "MX-SIN", "admin1"),
        ("Karibik", None, "region"),
    ],
)
def test_real_gazetteer_queries(query, admin1_code, feature):
    """The default world gazetteer behind the geocoder: region parts, exonyms, abbreviations."""
    location = OfflineGeocoder().geocode(query)
    assert location is not None
    assert location.raw["admin1_code"] == admin1_code
    assert location.raw["feature"] == feature

"""The full world gazetteer (built from the registry sources on first use, then cached)."""

from __future__ import annotations

import pytest
import shapely

from geodata import boundaries
from geodata.gazetteer import Gazetteer

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("name", ["Mexiko", "México", "Mexico", "mexiko", "Mexique", "Messico"])
def test_mexico_is_the_country_first(gaz: Gazetteer, name: str) -> None:
    first = gaz.lookup(name)[0]
    assert (first.feature, first.country_code) == ("country", "MX")
    assert first.geonameid == 3996063


@pytest.mark.parametrize(
    ("name", "code"), [("Sinaloa", "MX-SIN"), ("Sonora", "MX-SON"), ("Tamaulipas", "MX-TAM")]
)
def test_mexican_states_are_admin1_units_under_mexico(gaz: Gazetteer, name: str, code: str) -> None:
    first = gaz.lookup(name)[0]
    assert (first.feature, first.admin1_code, first.country_code) == ("admin1", code, "MX")
    country = gaz.by_code("MX")
    assert country is not None
    assert first.parents == (country.id,)
    assert gaz.by_code(code) == first


def test_mexico_city_uses_the_current_iso_code(gaz: Gazetteer) -> None:
    assert gaz.by_code("MX-CMX") is not None
    assert gaz.by_code("MX-DIF") is None
    city = next(p for p in gaz.lookup("Mexico City") if p.feature == "city")
    assert city.admin1_code == "MX-CMX"


@pytest.mark.parametrize(
    ("name", "region"),
    [
        ("Karibik", "region:caribbean"),
        ("Caribe", "region:caribbean"),
        ("Caribbean", "region:caribbean"),
        ("Naher Osten", "region:middle-east"),
        ("Nahost", "region:middle-east"),
        ("Oriente Medio", "region:middle-east"),
        ("Lateinamerika", "region:latin-america"),
        ("América Latina", "region:latin-america"),
    ],
)
def test_macro_regions(gaz: Gazetteer, name: str, region: str) -> None:
    first = gaz.lookup(name)[0]
    assert (first.id, first.feature) == (region, "region")
    assert first.lat is not None
    assert first.lon is not None


def test_region_members_and_centre(gaz: Gazetteer) -> None:
    members = {p.country_code for p in gaz.members("region:caribbean")}
    assert {"CU", "JM", "HT", "DO"} <= members
    assert "MX" not in members
    caribbean = gaz.get("region:caribbean")
    assert caribbean is not None
    assert caribbean.lat is not None
    assert caribbean.lon is not None
    assert 10 < caribbean.lat < 25
    assert -85 < caribbean.lon < -60


@pytest.mark.parametrize(
    ("name", "feature"),
    [("Golf von Mexiko", "water"), ("Río Bravo", "water"), ("Mittelmeer", "water")],
)
def test_water_bodies(gaz: Gazetteer, name: str, feature: str) -> None:
    assert gaz.lookup(name)[0].feature == feature


def test_peoria_has_arizona_and_illinois(gaz: Gazetteer) -> None:
    us = {
        p.admin1_code
        for p in gaz.lookup("Peoria")
        if p.feature == "city" and p.country_code == "US"
    }
    assert {"US-AZ", "US-IL"} <= us
    arizona = gaz.by_code("US-AZ")
    assert arizona is not None
    peoria_az = next(p for p in gaz.lookup("Peoria") if p.admin1_code == "US-AZ")
    assert peoria_az.parents[0] == arizona.id


def test_washington_is_the_capital_and_the_state(gaz: Gazetteer) -> None:
    found = gaz.lookup("Washington")
    capital = [p for p in found if p.feature == "city" and p.admin1_code == "US-DC"]
    state = [p for p in found if p.feature == "admin1" and p.admin1_code == "US-WA"]
    assert capital
    assert capital[0].geonameid == 4140963
    assert state


def test_state_abbreviations_are_name_entries(gaz: Gazetteer) -> None:
    arizona = gaz.by_code("US-AZ")
    assert arizona is not None
    abbrevs = {e.name for e in gaz.names() if e.place_id == arizona.id and e.source == "abbrev"}
    assert {"AZ", "Ariz."} <= abbrevs


def test_countries_have_names_in_many_languages(gaz: Gazetteer) -> None:
    us = gaz.by_code("US")
    assert us is not None
    for name in ("Vereinigte Staaten", "Estados Unidos", "USA", "EE. UU.", "États-Unis"):
        assert gaz.lookup(name)[0] == us, name
    langs = {e.lang for e in gaz.names() if e.place_id == us.id}
    assert {"de", "es", "en", "fr", "pt", "it"} <= langs


def test_cities_have_parents_codes_and_no_zero_population(gaz: Gazetteer) -> None:
    culiacan = next(p for p in gaz.lookup("Culiacán") if p.country_code == "MX")
    sinaloa = gaz.by_code("MX-SIN")
    mexico = gaz.by_code("MX")
    assert sinaloa is not None
    assert mexico is not None
    assert culiacan.parents == (sinaloa.id, mexico.id)
    assert all(p.population is None or p.population > 0 for p in gaz.places())


def test_every_admin1_code_has_a_polygon_and_every_polygon_a_place(gaz: Gazetteer) -> None:
    polygons = set(boundaries.load_admin1().code)
    units = {p.admin1_code for p in gaz.places() if p.feature == "admin1"}
    assert units == polygons
    used = {p.admin1_code for p in gaz.places() if p.admin1_code}
    assert used <= polygons


def test_british_towns_get_an_admin1_unit_by_point_in_polygon(gaz: Gazetteer) -> None:
    reading = next(p for p in gaz.lookup("Reading") if p.country_code == "GB")
    assert reading.admin1_code is not None
    assert reading.admin1_code.startswith("GB-")


def test_us_counties_are_places_under_their_state(gaz: Gazetteer) -> None:
    laurel = [p for p in gaz.lookup("Laurel County") if p.admin1_code == "US-KY"]
    assert len(laurel) == 1
    kentucky = gaz.by_code("US-KY")
    assert kentucky is not None
    assert laurel[0].feature == "other"
    assert laurel[0].id == "us-county:21125"
    assert laurel[0].parents[0] == kentucky.id
    assert laurel[0].lat is not None
    assert 36.5 < laurel[0].lat < 37.5


@pytest.mark.parametrize(
    ("name", "slug"),
    [("England", "england"), ("Schottland", "scotland"), ("Irlanda del Norte", "northern-ireland")],
)
def test_british_nations_are_regions_of_the_united_kingdom(
    gaz: Gazetteer, name: str, slug: str
) -> None:
    first = gaz.lookup(name)[0]
    uk = gaz.by_code("GB")
    assert uk is not None
    assert (first.id, first.country_code, first.parents) == (f"region:{slug}", "GB", (uk.id,))
    assert all(p.country_code == "GB" for p in gaz.members(first.id))


def test_country_points_lie_in_the_main_territory(gaz: Gazetteer) -> None:
    us = gaz.by_code("US")
    assert us is not None
    assert us.lat is not None
    assert us.lon is not None
    # the contiguous states, not a point pulled north-west by Alaska
    assert 35 < us.lat < 42
    assert -105 < us.lon < -92
    polygons = boundaries.load_countries().set_index("code").geometry
    for code in ("US", "RU", "CA", "CL", "ID", "NO", "FR"):
        place = gaz.by_code(code)
        assert place is not None
        assert place.lat is not None
        assert place.lon is not None
        assert shapely.contains_xy(polygons[code], place.lon, place.lat), code


def test_news_style_state_abbreviations(gaz: Gazetteer) -> None:
    abbrevs = {e.name: e.place_id for e in gaz.names() if e.source == "abbrev"}
    for abbreviation, code in (
        ("Kan.", "US-KS"),
        ("W.Va.", "US-WV"),
        ("Ill.", "US-IL"),
    ):
        place = gaz.by_code(code)
        assert place is not None
        assert abbrevs[abbreviation] == place.id, abbreviation


def test_a_short_form_news_use_alone_is_a_name(gaz: Gazetteer) -> None:
    # "NSW" stands on its own in Australian news ("across NSW and Queensland"): a curated name
    # of the state, not only an abbreviation read after "Town, "
    place = gaz.by_code("AU-NSW")
    assert place is not None
    sources = {e.source for e in gaz.names() if e.name == "NSW" and e.place_id == place.id}
    assert sources == {"curated"}


def test_airport_codes_do_not_match_ordinary_words(gaz: Gazetteer) -> None:
    assert all(p.name != "Guangzhou" for p in gaz.lookup("can"))
    assert all(p.name != "Teresina" for p in gaz.lookup("the"))
    assert "New York City" in {p.name for p in gaz.lookup("NYC", abbreviations=True)}


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Nahen Osten", "region:middle-east"),
        ("Vereinigten Staaten", "US"),
        ("Roten Meer", "water:red-sea"),
    ],
)
def test_german_inflected_names(gaz: Gazetteer, name: str, code: str) -> None:
    first = gaz.lookup(name)[0]
    expected = gaz.by_code(code) or gaz.get(code)
    assert first == expected


def test_territories_without_own_units_take_the_unit_they_lie_in(gaz: Gazetteer) -> None:
    san_juan = next(p for p in gaz.lookup("San Juan") if p.country_code == "PR")
    assert san_juan.admin1_code == "US-PR"
    cities = [p for p in gaz.places() if p.feature == "city"]
    without = [p for p in cities if p.admin1_code is None]
    assert len(without) < 0.002 * len(cities)


@pytest.mark.parametrize(
    ("code", "lat", "lon"),
    [("RU", 60.0, 100.0), ("CA", 60.0, -95.0), ("US", 39.83, -98.58)],
)
def test_countries_sit_at_their_conventional_points(
    gaz: Gazetteer, code: str, lat: float, lon: float
) -> None:
    country = gaz.by_code(code)
    assert country is not None
    assert country.lat is not None
    assert country.lon is not None
    assert (round(country.lat, 2), round(country.lon, 2)) == (lat, lon)


def test_a_conventional_point_outside_the_country_is_not_used() -> None:
    from geodata.gazetteer.build import _country_point

    square = shapely.box(10.0, 40.0, 12.0, 42.0)  # lon 10-12, lat 40-42
    centre = (41.0, 11.0)
    assert _country_point("ZZ", square, centre, {"ZZ": (41.5, 10.5)}) == (41.5, 10.5)
    assert _country_point("ZZ", square, centre, {"ZZ": (30.0, 10.5)}) == centre
    assert _country_point("ZZ", square, centre, {}) == centre
    assert _country_point("US", square, centre, {"US": (41.5, 10.5)}) == (39.83, -98.58)


@pytest.mark.parametrize(
    ("name", "code"),
    [("Democratic Republic of Congo", "CD"), ("Republic of Congo", "CG"), ("DR Congo", "CD")],
)
def test_congo_short_forms(gaz: Gazetteer, name: str, code: str) -> None:
    first = gaz.lookup(name)[0]
    assert (first.feature, first.country_code) == ("country", code)


@pytest.mark.parametrize("code", ["NZ", "MX", "DE", "FR", "IT", "AR", "US"])
def test_a_country_point_serves_both_conventions_where_they_lie_close(
    gaz: Gazetteer, code: str
) -> None:
    """Within 161 km of both the GeoNames (Factbook) point and Natural Earth's label point."""
    from geodata.gazetteer.build import _conventional_points, great_circle_km

    country = gaz.by_code(code)
    assert country is not None
    assert country.lat is not None
    assert country.lon is not None
    row = boundaries.load_countries().set_index("code").loc[code]
    conventional = {"US": (39.83, -98.58)}.get(code) or _conventional_points()[code]
    assert great_circle_km(country.lat, country.lon, *conventional) < 161
    assert great_circle_km(country.lat, country.lon, row.label_lat, row.label_lon) < 161


@pytest.mark.parametrize(
    ("name", "country_code", "member"),
    [
        ("Andalucía", "ES", "ES-SE"),
        ("Andalusien", "ES", "ES-MA"),
        ("Andalusia", "ES", "ES-GR"),
        ("Catalonia", "ES", "ES-B"),
        ("Canarias", "ES", "ES-TF"),
        ("Canary Islands", "ES", "ES-GC"),
        ("Comunidad Valenciana", "ES", "ES-V"),
        ("Castilla y León", "ES", "ES-LE"),
        ("Toskana", "IT", "IT-FI"),
        ("Tuscany", "IT", "IT-PI"),
        ("Lombardei", "IT", "IT-MI"),
        ("Bretagne", "FR", "FR-29"),
        ("Normandy", "FR", "FR-76"),
    ],
)
def test_iso_units_above_natural_earths_units_are_regions(
    gaz: Gazetteer, name: str, country_code: str, member: str
) -> None:
    region = next(p for p in gaz.lookup(name) if p.feature == "region")
    country = gaz.by_code(country_code)
    assert country is not None
    assert (region.country_code, region.parents) == (country_code, (country.id,))
    assert region.geonameid is not None
    assert region.id == str(region.geonameid)
    assert member in {p.admin1_code for p in gaz.members(region.id)}
    assert region.population is not None
    assert region.lat is not None
    assert region.lon is not None
    polygons = boundaries.load_admin1().set_index("code").geometry
    union = shapely.union_all([polygons[p.admin1_code] for p in gaz.members(region.id)])
    assert shapely.contains_xy(union.buffer(0.01), region.lon, region.lat)


def test_a_region_name_on_each_province_belongs_to_the_region(gaz: Gazetteer) -> None:
    """Natural Earth gives "Tuscany" to every Tuscan province; the name is the region's alone."""
    assert {p.feature for p in gaz.lookup("Tuscany") if p.country_code == "IT"} == {"region"}
    florence = gaz.by_code("IT-FI")
    assert florence is not None
    assert "Tuscany" not in {e.name for e in gaz.names() if e.place_id == florence.id}


@pytest.mark.parametrize(
    "name", ["Central", "Western", "Nord", "Norte", "Sul", "Marken", "Valencia"]
)
def test_generic_words_and_city_names_do_not_name_iso_regions(gaz: Gazetteer, name: str) -> None:
    regions = [p for p in gaz.lookup(name) if p.feature == "region" and p.country_code]
    assert regions == []


def test_curated_parts_of_a_country_take_the_iso_unit_id_instead_of_a_twin(gaz: Gazetteer) -> None:
    england = [p for p in gaz.lookup("England") if p.feature == "region"]
    assert [p.id for p in england] == ["region:england"]
    assert england[0].geonameid == 6269131


def test_central_america_is_the_isthmus_without_mexico(gaz: Gazetteer) -> None:
    members = {p.country_code for p in gaz.members("region:central-america")}
    assert members == {"BZ", "GT", "SV", "HN", "NI", "CR", "PA"}
    region = gaz.get("region:central-america")
    assert region is not None
    assert region.lat is not None
    assert 8 < region.lat < 18


@pytest.mark.parametrize(
    ("name", "place_id"),
    [
        ("Anden", "mountain:andes"),
        ("Alpen", "mountain:alps"),
        ("Pirineos", "mountain:pyrenees"),
        ("Rockies", "mountain:rocky-mountains"),
        ("Arabische Halbinsel", "region:arabian-peninsula"),
        ("Península Ibérica", "region:iberian-peninsula"),
        ("Benelux", "region:benelux"),
    ],
)
def test_mountain_ranges_and_peninsulas(gaz: Gazetteer, name: str, place_id: str) -> None:
    first = gaz.lookup(name)[0]
    assert (first.id, first.feature) == (place_id, "region")
    assert first.lat is not None
    assert first.lon is not None


@pytest.mark.parametrize(("name", "code"), [("Gazastreifen", "PS-GZZ"), ("Cisjordania", "PS-WBK")])
def test_curated_names_of_admin1_units(gaz: Gazetteer, name: str, code: str) -> None:
    assert gaz.lookup(name)[0] == gaz.by_code(code)


@pytest.mark.parametrize(
    ("name", "code"), [("S. Korea", "KR"), ("DPRK", "KP"), ("D.R.C.", "CD"), ("Vatican City", "VA")]
)
def test_wikidata_short_names_of_countries(gaz: Gazetteer, name: str, code: str) -> None:
    assert gaz.lookup(name)[0] == gaz.by_code(code)


def test_country_aliases_that_are_ordinary_words_are_left_out(gaz: Gazetteer) -> None:
    """Wikidata lists the old kingdom "Silla" for Korea; Spanish "silla" is a chair."""
    assert all(p.feature != "country" for p in gaz.lookup("Silla"))


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Burma", "MM"),
        ("Birmania", "MM"),
        ("Zaire", "CD"),
        ("Zaïre", "CD"),
        ("Obervolta", "BF"),
        ("Dahomey", "BJ"),
        ("Southern Rhodesia", "ZW"),
        ("Südrhodesien", "ZW"),
    ],
)
def test_former_names_of_a_country_name_its_successor(gaz: Gazetteer, name: str, code: str) -> None:
    """ISO 3166-3 names (pycountry) of a state that was renamed go to the state it became."""
    assert gaz.by_code(code) in gaz.lookup(name)


@pytest.mark.parametrize(
    ("name", "place_id", "members"),
    [
        ("Soviet Union", "region:soviet-union", {"RU", "UA", "KZ", "EE"}),
        ("Sowjetunion", "region:soviet-union", {"RU", "UA", "KZ", "EE"}),
        ("UdSSR", "region:soviet-union", {"RU", "UA", "KZ", "EE"}),
        ("Unión Soviética", "region:soviet-union", {"RU", "UA", "KZ", "EE"}),
        # with its article, so that "La Unión" (El Salvador) does not take its first word
        ("La Unión Soviética", "region:soviet-union", {"RU", "UA", "KZ", "EE"}),
        ("Tschechoslowakei", "region:czechoslovakia", {"CZ", "SK"}),
        ("Checoslovaquia", "region:czechoslovakia", {"CZ", "SK"}),
        ("Yugoslavia", "region:yugoslavia", {"SI", "HR", "BA", "RS", "ME", "MK"}),
        ("Jugoslawien", "region:yugoslavia", {"SI", "HR", "BA", "RS", "ME", "MK"}),
    ],
)
def test_former_states_that_split_are_regions_of_their_successors(
    gaz: Gazetteer, name: str, place_id: str, members: set[str]
) -> None:
    first = gaz.lookup(name)[0]
    assert (first.id, first.feature) == (place_id, "region")
    codes = {p.country_code for p in gaz.members(first.id)}
    assert members <= codes
    union = shapely.union_all(
        [
            boundaries.load_countries().set_index("country_code").geometry[c]
            for c in members
            if c in set(boundaries.load_countries().country_code)
        ]
    )
    assert union.buffer(1.0).contains(shapely.Point(first.lon, first.lat))


def test_east_germany_is_the_eastern_laender_not_germany(gaz: Gazetteer) -> None:
    for name in (
        "East Germany",
        "DDR",
        "German Democratic Republic",
        "Deutsche Demokratische Republik",
    ):
        first = gaz.lookup(name)[0]
        assert first.id == "region:east-germany"
    east = gaz.get("region:east-germany")
    assert east is not None
    assert {p.admin1_code for p in gaz.members(east.id)} == {
        "DE-BB", "DE-BE", "DE-MV", "DE-SN", "DE-ST", "DE-TH"
    }  # fmt: skip
    germany = gaz.by_code("DE")
    assert germany is not None
    assert east.lon > germany.lon
    # "Alemania, República Democrática de": the sorted form's head is today's Germany
    assert all(p.id != east.id for p in gaz.lookup("Alemania"))


def test_split_successors_without_a_region_are_left_out(gaz: Gazetteer) -> None:
    """North Vietnam's ISO name must not name today's Viet Nam."""
    assert gaz.by_code("VN") not in gaz.lookup("Democratic Republic of Viet-Nam")
    assert gaz.lookup("Burma")  # the same source does name renamed states


@pytest.mark.parametrize("code", ["GF", "GP", "MQ", "RE", "YT"])
def test_overseas_territories_without_a_polygon_have_a_point(gaz: Gazetteer, code: str) -> None:
    """GeoNames lists French Guiana as a country; Natural Earth draws it as part of France."""
    place = gaz.by_code(code)
    assert place is not None
    assert place.feature == "country"
    assert place.lat is not None
    assert place.lon is not None
    unit = next(p for p in gaz.lookup(place.name) if p.feature == "admin1")
    assert abs(unit.lat - place.lat) < 1.0  # type: ignore[operator]
    assert abs(unit.lon - place.lon) < 1.0  # type: ignore[operator]


@pytest.mark.parametrize(
    ("name", "place_id", "member"),
    [
        ("Central Africa", "region:central-africa", "CM"),
        ("Zentralafrika", "region:central-africa", "CM"),
        ("Northern Europe", "region:northern-europe", "SE"),
        ("Nordeuropa", "region:northern-europe", "SE"),
        ("Western Asia", "region:western-asia", "TR"),
        ("Melanesia", "region:melanesia", "FJ"),
    ],
)
def test_un_subregions(gaz: Gazetteer, name: str, place_id: str, member: str) -> None:
    assert place_id in [p.id for p in gaz.lookup(name)]
    assert gaz.by_code(member) in gaz.members(place_id)


def test_a_region_name_is_no_colloquial_country_name(gaz: Gazetteer) -> None:
    """Wikidata calls the Central African Republic "Central Africa" too; the region keeps it."""
    assert [p.id for p in gaz.lookup("Central Africa")] == ["region:central-africa"]


@pytest.mark.parametrize(
    ("name", "code"), [("Central Luzon", "PH-03"), ("Western Visayas", "PH-06")]
)
def test_iso_region_names_without_their_bracket(gaz: Gazetteer, name: str, code: str) -> None:
    """iso-codes writes "Central Luzon (Region III)"; news writes "Central Luzon"."""
    assert gaz.by_code(code) in gaz.lookup(name)

"""Historical and cultural regions made of today's units, and islands with a point of their own."""

from __future__ import annotations

import pytest
import shapely

from geodata import boundaries
from geodata.gazetteer import Gazetteer
from geodata.parse.pipeline import Parser

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("name", "place_id", "country"),
    [
        ("Böhmen", "region:bohemia", "CZ"),
        ("Bohemia", "region:bohemia", "CZ"),
        ("Elsass", "region:alsace", "FR"),
        ("Lothringen", "region:lorraine", "FR"),
        ("Donbass", "region:donbas", "UA"),
        ("Sibirien", "region:siberia", "RU"),
        ("Südtirol", "region:south-tyrol", "IT"),
        ("Siebenbürgen", "region:transylvania", "RO"),
        ("New England", "region:new-england", "US"),
    ],
)
def test_a_historical_region_is_one_place_in_its_country(
    gaz: Gazetteer, name: str, place_id: str, country: str
) -> None:
    found = [p for p in gaz.lookup(name) if p.feature == "region"]
    assert [p.id for p in found] == [place_id]
    region = found[0]
    assert region.country_code == country
    assert region.parents == (gaz.by_code(country).id,)  # type: ignore[union-attr]
    # its point lies in the union of its member units
    members = gaz.members(place_id)
    assert len(members) >= 1
    units = boundaries.load_admin1()
    shape = shapely.union_all(
        units[units.code.isin({m.admin1_code for m in members})].geometry.values
    )
    assert shapely.dwithin(shape, shapely.Point(region.lon, region.lat), 0.01)


def test_alsace_keeps_one_place_for_the_iso_unit_and_the_curated_region(gaz: Gazetteer) -> None:
    alsace = [p for p in gaz.lookup("Alsace") if p.feature == "region"]
    assert [p.id for p in alsace] == ["region:alsace"]
    assert {m.admin1_code for m in gaz.members("region:alsace")} == {"FR-67", "FR-68"}


def test_a_region_across_borders_has_every_country_as_parent(gaz: Gazetteer) -> None:
    kashmir = next(p for p in gaz.lookup("Kashmir") if p.id == "region:kashmir")
    assert kashmir.country_code is None
    parents = {gaz.get(pid).country_code for pid in kashmir.parents}  # type: ignore[union-attr]
    assert parents == {"IN", "PK"}
    patagonia = next(p for p in gaz.lookup("Patagonia") if p.id == "region:patagonia")
    assert {gaz.get(pid).country_code for pid in patagonia.parents} == {"AR", "CL"}  # type: ignore[union-attr]
    assert patagonia.lat is not None
    assert patagonia.lat < -38


@pytest.mark.parametrize(
    ("name", "lat", "lon"),
    [
        ("Mallorca", 39.6, 3.0),
        ("Majorque", 39.6, 3.0),
        ("Rügen", 54.4, 13.4),
        ("Osterinsel", -27.1, -109.4),
    ],
)
def test_islands_have_their_own_point(gaz: Gazetteer, name: str, lat: float, lon: float) -> None:
    island = next(p for p in gaz.lookup(name) if p.id.startswith("island:"))
    assert island.lat == pytest.approx(lat, abs=0.2)
    assert island.lon == pytest.approx(lon, abs=0.2)
    assert island.country_code is not None
    assert island.parents == (gaz.by_code(island.country_code).id,)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "lang", "surface", "place_id"),
    [
        ("Die Kämpfe im Donbass gingen am Morgen weiter.", "de", "Donbass", "region:donbas"),
        ("Urlaub auf Mallorca wird im Sommer teurer.", "de", "Mallorca", "island:mallorca"),
        ("Floods hit Java again, the agency in Jakarta said.", "en", "Java", "region:java"),
        ("Wildfires in Siberia spread east for a third week.", "en", "Siberia", "region:siberia"),
    ],
)
def test_the_parser_reads_them_in_running_text(
    parser: Parser, text: str, lang: str, surface: str, place_id: str
) -> None:
    mentions = {m.text: m for m in parser.geoparse(text, lang=lang)}
    assert surface in mentions
    assert parser.lexicon.places[place_id].name == mentions[surface].name
    region = parser.lexicon.places[place_id]
    assert (mentions[surface].lat, mentions[surface].lon) == (region.lat, region.lon)


@pytest.mark.parametrize(
    ("name", "country"), [("Südossetien", "GE"), ("Bergkarabach", "AZ"), ("Golan Heights", "SY")]
)
def test_disputed_territories_are_regions_under_their_de_jure_country(
    gaz: Gazetteer, name: str, country: str
) -> None:
    territory = next(p for p in gaz.lookup(name) if p.id.startswith("territory:"))
    assert territory.feature == "region"
    assert territory.country_code == country
    assert territory.parents == (gaz.by_code(country).id,)  # type: ignore[union-attr]


@pytest.mark.parametrize("table", ["REGIONS", "SUBNATIONAL"])
def test_regions_with_a_geonames_feature_take_its_id_and_a_point_among_their_members(
    gaz: Gazetteer, table: str
) -> None:
    from geodata.gazetteer import curated

    specs = [spec for spec in getattr(curated, table) if spec.geonames is not None]
    assert specs
    if table == "REGIONS":  # members are countries
        shapes, column, slack = boundaries.load_countries(), "country_code", 1.0
    else:  # members are admin-1 units
        shapes, column, slack = boundaries.load_admin1(), "code", 0.5
    for spec in specs:
        region = gaz.get(f"region:{spec.slug}")
        assert region is not None
        assert region.geonameid == spec.geonames[0]
        members = {
            p.country_code if table == "REGIONS" else p.admin1_code for p in gaz.members(region.id)
        }
        shape = shapely.union_all(shapes[shapes[column].isin(members)].geometry.values)
        # near a member: a swapped or mistyped coordinate fails here
        assert shapely.dwithin(shape, shapely.Point(region.lon, region.lat), slack), spec.slug

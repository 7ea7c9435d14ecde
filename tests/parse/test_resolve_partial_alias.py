"""A village that a name reaches only as a part of its own longer name ("Guerrero" for Ejido Vicente
Guerrero) gives way to the admin-1 unit or country whose own name it is, even beside places near
the village. A small hand-made gazetteer."""

from __future__ import annotations

from geodata.gazetteer import NameEntry
from geodata.model import Place
from geodata.parse.lexicon import Lexicon
from geodata.parse.pipeline import Parser
from geodata.parse.resolve import _part_of_name

MX = "3996063"


def mx_unit(code: str, name: str, lat: float, lon: float) -> Place:
    return Place(f"ne:MX-{code}", name, "admin1", lat, lon, "MX", f"MX-{code}", None, None, (MX,))


def parser(*, village_name: str) -> Parser:
    village = Place(
        "4000001", village_name, "city", 32.2, -116.9, "MX", "MX-BCN", 4000001, 1_400, (MX,)
    )
    places = [
        Place(MX, "Mexico", "country", 23.0, -102.0, "MX", None, 3996063, 126_000_000),
        mx_unit("GRO", "Guerrero", 17.6, -99.9),
        mx_unit("BCN", "Baja California", 30.0, -115.1),
        mx_unit("MIC", "Michoacán", 19.2, -101.9),
        Place("3981609", "Tijuana", "city", 32.53, -117.02, "MX", "MX-BCN", 3981609, 1_376_000),
        village,
    ]
    names = [NameEntry(place.name, place.id, None, True, "test") for place in places]
    names.append(NameEntry("Guerrero", village.id, None, False, "geonames:alt"))
    return Parser(Lexicon.build(places, names))


TEXT = (
    "Thousands of migrants wait in Tijuana, in Baja California, for an appointment. "
    "Most come from Guerrero, where violence rages."
)


def resolved(found: Parser) -> str | None:
    return next(m.place_id for m in found.geoparse(TEXT, lang="en") if m.text == "Guerrero")


def test_the_unit_whose_own_name_it_is_wins_over_a_village_named_longer() -> None:
    assert resolved(parser(village_name="Ejido Vicente Guerrero")) == "ne:MX-GRO"


def test_part_of_name() -> None:
    def city(name: str) -> Place:
        return Place("1", name, "city", 0.0, 0.0)

    assert _part_of_name("guerrero", city("Ejido Vicente Guerrero"))
    assert _part_of_name("san juan", city("San Juan de los Lagos"))
    assert not _part_of_name("guerrero", city("Guerrero"))  # its own name, not a part of it
    assert not _part_of_name("guerra", city("Ejido Vicente Guerrero"))  # not a whole word
    assert not _part_of_name("acapulco", city("Ejido Vicente Guerrero"))

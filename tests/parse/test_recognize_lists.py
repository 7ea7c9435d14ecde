"""Recognition: a place name that is an item of a list of people (a line-up, a roll of players and
their clubs) is a person's name; the same name in a list of places or beside people stays a place."""

from __future__ import annotations

import pytest

from geodata.model import Place
from geodata.parse.lexicon import Lexicon
from geodata.parse.pipeline import Parser

GB = Place("2635167", "United Kingdom", "country", 54.0, -2.0, "GB", None, 2635167, 66_000_000)
WALES = Place("region:wales", "Wales", "region", 52.3, -3.7, "GB")
ES = Place("2510769", "Spain", "country", 40.0, -4.0, "ES", None, 2510769, 46_000_000)


def _town(
    place_id: str, name: str, country: Place, population: int, admin1: str | None = None
) -> Place:
    return Place(
        place_id, name, "city", 52.0, -3.0, country.country_code, admin1, None, population,
        (country.id,),
    )  # fmt: skip


PLACES = [
    GB,
    WALES,
    ES,
    _town("9000001", "Carver", GB, 4_000),
    _town("9000002", "Whitlock", GB, 2_500),
    _town("9000003", "Bramley", GB, 12_000),
    _town("9000004", "Osuna", ES, 17_000, "ES-AN"),
    _town("9000005", "Ubeda", ES, 34_000, "ES-AN"),
    _town("9000006", "Ecija", ES, 40_000, "ES-AN"),
    _town("9000007", "Sevilla", ES, 690_000, "ES-AN"),
    _town("9000008", "Jaén", ES, 112_000, "ES-AN"),
]


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser(Lexicon.build(PLACES, []))


def _found(parser: Parser, text: str, lang: str) -> list[str]:
    return [m.text for m in parser.geoparse(text, lang=lang)]


def test_surnames_in_a_line_up_are_people(parser: Parser) -> None:
    text = (
        "The coach named his side: Tregarth, Carver, Pendry, David Lloyd (Voyle, m.60), "
        "Whitlock, Owen Morgan and Bramley."
    )
    assert _found(parser, text, "en") == []


def test_a_country_in_a_line_up_stays_a_place(parser: Parser) -> None:
    text = "Wales: Tregarth, Carver, Pendry, David Lloyd, Whitlock, Owen Morgan and Voyle."
    assert _found(parser, text, "en") == ["Wales"]


def test_players_and_their_clubs_in_brackets_are_no_places(parser: Parser) -> None:
    text = (
        "Fueron amonestados Tregarth ( Osuna ) , Luis Pendry ( Ubeda ) , Carver ( Bramley ) "
        "y Mariano Voyle ( Whitlock ) ."
    )
    assert _found(parser, text, "es") == []


def test_a_list_of_towns_stays_a_list_of_places(parser: Parser) -> None:
    text = "Floods reached Carver, Whitlock, Pendry and Bramley overnight."
    assert _found(parser, text, "en") == ["Carver", "Whitlock", "Bramley"]


def test_people_and_their_town_in_prose_keep_the_town(parser: Parser) -> None:
    text = (
        "Dan Voyle (18) and Ned Voyle (21), both of 3 Mill Lane, Carver, were held at "
        "the station, the court in Bramley heard."
    )
    assert _found(parser, text, "en") == ["Carver", "Bramley"]


def test_surnames_before_clubs_from_other_regions_are_players(parser: Parser) -> None:
    # no given names to tell a list of people: the names in front lie in no bracketed town's
    # region, so each pair is a player and his club
    text = "Amonestación a Carver ( Osuna ) , Whitlock ( Ubeda ) y Bramley ( Sevilla ) ."
    assert [(m.text, m.kind) for m in parser.geoparse(text, lang="es")] == [
        ("Osuna", "embedded"),
        ("Ubeda", "embedded"),
        ("Sevilla", "embedded"),
    ]


def test_towns_before_their_province_stay_places(parser: Parser) -> None:
    text = "Hubo tormentas en Ecija ( Sevilla ) , Osuna ( Sevilla ) y Ubeda ( Jaén ) ."
    assert _found(parser, text, "es") == ["Ecija", "Sevilla", "Osuna", "Sevilla", "Ubeda", "Jaén"]

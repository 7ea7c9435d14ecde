"""Prepositions that as often take a person as a place ("von Lynch", "bei Homer"), German common
nouns that are GeoNames alternates of places ("aus Gold" for Gold Coast), and names of two parts
("Zürich (Kreis 2) / Enge"). Small hand-made gazetteers; sentences written for the tests."""

from __future__ import annotations

import pytest
from parse_helpers import named

from geodata.model import Place
from geodata.parse.language import is_german_noun
from geodata.parse.lexicon import Lexicon, own_name
from geodata.parse.pipeline import Parser

FR = Place("3017382", "France", "country", 46.0, 2.0, "FR", None, 3017382, 67_000_000)
IT = Place("3175395", "Italy", "country", 42.8, 12.8, "IT", None, 3175395, 60_000_000)
PLACES = [
    FR,
    IT,
    # small towns abroad named like people
    Place("4299557", "Lynch", "city", 36.97, -82.92, "US", "US-KY", 4299557, 709),
    Place("2996882", "Montélimar", "city", 44.56, 4.75, "FR", "FR-ARA", 2996882, 35_000),
    Place("3176959", "Firenze", "city", 43.77, 11.25, "IT", "IT-52", 3176959, 370_000),
    # a big city with an alternate that is an everyday German noun, and a Zürich quarter whose
    # GeoNames name has two parts
    Place("2165087", "Gold Coast", "city", -28.0, 153.43, "AU", "AU-QLD", 2165087, 640_778),
    Place("6295496", "Zürich (Kreis 2) / Enge", "city", 47.36, 8.53, "CH", "CH-ZH", 6295496, 8253),
]
NAMES = [
    named("Frankreich", FR.id, "de"),
    named("Italien", IT.id, "de"),
    named("Florenz", "3176959", source="geonames:alt"),
    named("Gold", "2165087", source="geonames:alt"),
    named("Enge", "6295496", source="geonames:alt"),
]


@pytest.fixture(scope="module")
def parser() -> Parser:
    names = [named(place.name, place.id, source="test") for place in PLACES] + NAMES
    return Parser(Lexicon.build(PLACES, names))


def _places(parser: Parser, text: str, lang: str = "de") -> list[tuple[str, str | None]]:
    return [(m.text, m.place_id) for m in parser.geoparse(text, lang=lang)]


@pytest.mark.parametrize(
    "text",
    [
        "Die Ausstellung zeigt Arbeiten von Lynch aus drei Jahrzehnten .",
        "Die Szene ist in einem Film von Lynch zu sehen .",
    ],
)
def test_a_village_abroad_after_von_alone_is_not_kept(parser: Parser, text: str) -> None:
    assert _places(parser, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Das Dorf liegt zehn Kilometer südlich von Montélimar .",
        "Der Hof liegt im Südosten von Montélimar am Fluss .",
        "Die Radtour führte von Montélimar nach Florenz .",
    ],
)
def test_a_direction_or_a_route_makes_von_locative(parser: Parser, text: str) -> None:
    assert ("Montélimar", "2996882") in _places(parser, text)


def test_in_still_keeps_a_village_abroad(parser: Parser) -> None:
    assert _places(parser, "Die Familie lebte lange in Montélimar .") == [("Montélimar", "2996882")]


def test_french_de_after_pres_is_locative(parser: Parser) -> None:
    assert _places(parser, "Le village se trouve près de Montélimar .", "fr") == [
        ("Montélimar", "2996882")
    ]


@pytest.mark.parametrize(
    "text", ["Das Wappen zeigt einen Ring aus Gold .", "Der Helm ist von Gold und Silber ."]
)
def test_an_alternate_that_is_a_german_noun_is_the_noun(parser: Parser, text: str) -> None:
    assert _places(parser, text) == []


def test_the_same_alternate_with_the_full_name_is_the_place(parser: Parser) -> None:
    assert _places(parser, "Sie zog nach Gold Coast in Australien .") == [("Gold Coast", "2165087")]


def test_one_part_of_a_two_part_name_is_the_places_own(parser: Parser) -> None:
    enge = next(place for place in PLACES if place.id == "6295496")
    assert own_name(enge, "enge")
    assert not own_name(enge, "zürich (kreis 2)")
    assert _places(parser, "Die neue Kirche in Enge wurde 1894 geweiht .") == [("Enge", "6295496")]


@pytest.mark.parametrize("word", ["Liga", "Zug", "Gold", "Hof", "Boden", "Museum"])
def test_a_german_noun_has_a_plural(word: str) -> None:
    assert is_german_noun(word)


@pytest.mark.parametrize("word", ["Moskau", "Mailand", "Berlin", "Essen", "Lynch", "liga"])
def test_a_name_has_no_plural(word: str) -> None:
    assert not is_german_noun(word)

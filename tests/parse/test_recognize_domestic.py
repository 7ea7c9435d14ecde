"""A city's name in its own country's language: frequent there because the city is, not because
it is a word ("Bergen" in Norwegian news, "Göteborg" in Swedish)."""

from __future__ import annotations

from parse_helpers import named

from geodata.model import Place
from geodata.parse.lexicon import Lexicon
from geodata.parse.pipeline import Parser

PLACES = [
    Place("3144096", "Norway", "country", 62.0, 10.0, "NO", None, 3144096, 5_300_000),
    Place("2661886", "Sweden", "country", 62.0, 15.0, "SE", None, 2661886, 10_000_000),
    Place("6252001", "United States", "country", 39.76, -98.5, "US", None, 6252001, 327_000_000),
    Place("3161732", "Bergen", "city", 60.39, 5.32, "NO", None, 3161732, 213_585),
    Place("2711537", "Gothenburg", "city", 57.71, 11.97, "SE", None, 2711537, 572_799),
    Place("4076598", "Mobile", "city", 30.69, -88.04, "US", None, 4076598, 187_041),
    Place("4431410", "Jackson", "city", 32.30, -90.18, "US", None, 4431410, 160_628),
    Place("3175395", "Italy", "country", 42.83, 12.83, "IT", None, 3175395, 60_000_000),
    Place("2623032", "Denmark", "country", 56.0, 10.0, "DK", None, 2623032, 5_800_000),
    Place("2624652", "Århus", "city", 56.16, 10.21, "DK", None, 2624652, 285_273),
    Place("3169070", "Rome", "city", 41.89, 12.51, "IT", "IT-62", 3169070, 2_318_895),
    Place("ne:IT-RM", "Roma", "admin1", 41.98, 12.67, "IT", "IT-RM", 3169069, 4_300_000),
]
NAMES = [
    named("Göteborg", "2711537", "de"),
    named("Roma", "3169070", "it"),
    named("Aarhus", "2624652", "en"),
]


def parser() -> Parser:
    return Parser(Lexicon.build(PLACES, NAMES))


def test_a_big_city_in_its_own_language_is_the_city() -> None:
    # "bergen" and "göteborg" are among the commonest words of wordfreq's Norwegian and Swedish
    # lists, which a place's name elsewhere would have to stay below
    found = parser().geoparse("Flommen rammet Bergen i natt, sa politiet.", lang="nb")
    assert [m.name for m in found] == ["Bergen"]
    found = parser().geoparse("Regeringen skickade hjälp till bönder i Göteborg.", lang="sv")
    assert [m.name for m in found] == ["Gothenburg"]
    # "aa" is the other spelling of "å"
    found = parser().geoparse("Regeringen sendte hjælp til landmænd i Aarhus.", lang="da")
    assert [m.name for m in found] == ["Århus"]


def test_a_big_city_named_like_a_word_of_its_language_is_still_the_word() -> None:
    assert parser().geoparse("Sales of Mobile phones rose again this year.", lang="en") == []


def test_a_capital_in_its_own_language_is_the_capital() -> None:
    # "roma" is also a word to simplemma, and the province of Rome shares the name: the
    # capital's own Italian name still reads as the capital
    found = parser().geoparse("Il governo di Roma ha approvato la legge ieri sera.", lang="it")
    assert [m.name for m in found] == ["Rome"]


def test_a_big_city_named_like_a_given_name_is_still_judged_as_a_name() -> None:
    # "jackson" is frequent in English news for the people so named, not for the city: at a
    # sentence's start, where capitals say nothing, the name is the player
    assert parser().geoparse("Jackson scored twice in the second half.", lang="en") == []

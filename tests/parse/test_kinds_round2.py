"""Kinds, round 2: a place that names a disease or its agent is no toponym of the story."""

from __future__ import annotations

import pytest
from parse_helpers import kind_of, named

from geodata.model import Place
from geodata.parse.lexicon import Lexicon
from geodata.parse.pipeline import Parser

PLACES = [
    Place("6252001", "United States", "country", 39.8, -98.5, "US", None, 6252001, 327_000_000),
    Place("2873891", "Marburg", "city", 50.81, 8.77, "DE", "DE-HE", 2873891, 72_000),
    Place("4781530", "Reston", "city", 38.97, -77.34, "US", "US-VA", 4781530, 58_000),
    Place("1819729", "Hong Kong", "city", 22.28, 114.17, "HK", None, 1819729, 7_000_000),
    Place("ne:US-TX", "Texas", "admin1", 31.2, -99.5, "US", "US-TX", 4736286, None),
]
NAMES = [named("USA", "6252001")]


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.build(PLACES, NAMES)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Three workers caught Reston ebolavirus on the farm.", "Reston"),
        ("A case of Marburg virus was confirmed on Monday.", "Marburg"),
        ("The Marburg viruses spread among bats.", "Marburg"),
        ("Doctors feared Hong Kong flu would return.", "Hong Kong"),
        ("Doctors feared the Hong Kong Flu virus would return.", "Hong Kong"),
        ("Tests found the Reston strain in pigs.", "Reston"),
        ("He was treated for Texas fever last year.", "Texas"),
    ],
)
def test_a_place_before_a_disease_word_names_the_disease(
    lexicon: Lexicon, text: str, surface: str
) -> None:
    assert kind_of(lexicon, text, surface) is None


@pytest.mark.parametrize(
    ("text", "surface", "lang"),
    [
        ("The United States flu season began early.", "United States", "en"),
        ("An outbreak of flu in Texas killed ten.", "Texas", "en"),
        ("Virus experts met in Reston on Monday.", "Reston", "en"),
        ("Funding for the Texas Disease Research Center was cut.", "Texas", "en"),
        ("Ein Fall von Marburg Virus wurde bestätigt.", "Marburg", "de"),
    ],
)
def test_other_places_near_disease_words_stay_places(
    lexicon: Lexicon, text: str, surface: str, lang: str
) -> None:
    assert kind_of(lexicon, text, surface, lang) is not None


def test_the_parser_leaves_out_a_virus_named_after_a_place(lexicon: Lexicon) -> None:
    found = Parser(lexicon).geoparse(
        "A case of Marburg virus was confirmed in Texas on Monday.", lang="en"
    )
    assert [m.text for m in found] == ["Texas"]


# Clubs in sports reports ---------------------------------------------------------------------------

SPORT_PLACES = [
    Place("3121456", "Granollers", "city", 41.6, 2.29, "ES", "ES-CT", 3121456, 60_000),
    Place("3128760", "Barcelona", "city", 41.39, 2.17, "ES", "ES-CT", 3128760, 1_620_000),
    Place("ne:ES-EX", "Extremadura", "admin1", 39.2, -6.1, "ES", "ES-EX", 2593112, None),
    Place("3121960", "Getafe", "city", 40.31, -3.73, "ES", "ES-MD", 3121960, 170_000),
    Place("ne:GB-ENG", "England", "admin1", 52.5, -1.5, "GB", "GB-ENG", 6269131, None),
    Place("2643743", "London", "city", 51.5, -0.13, "GB", "GB-ENG", 2643743, 8_900_000),
]


@pytest.fixture(scope="module")
def sport() -> Lexicon:
    return Lexicon.build(SPORT_PLACES, [named("UK", "ne:GB-ENG")])


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Campeones : 1958-59 BM. GRANOLLERS 1959-60 FC. BARCELONA .", "GRANOLLERS"),
        ("Campeones : 1958-59 BM. GRANOLLERS 1959-60 FC. BARCELONA .", "BARCELONA"),
        ("BM. Granollers ganó ayer en casa.", "Granollers"),
    ],
)
def test_a_town_after_a_clubs_initials_and_a_dot_is_the_club(
    sport: Lexicon, text: str, surface: str
) -> None:
    assert kind_of(sport, text, surface, "es") == "embedded"


@pytest.mark.parametrize(
    ("text", "surface", "lang"),
    [
        ("Prices rose in the UK. London was calm.", "London", "en"),
        ("Llegó de Getafe, BM. Granollers no.", "Granollers", "es"),
    ],
)
def test_capitals_ending_a_sentence_make_no_club(
    sport: Lexicon, text: str, surface: str, lang: str
) -> None:
    assert kind_of(sport, text, surface, lang) == "literal"


def test_places_in_brackets_in_a_list_of_players_are_their_clubs(sport: Lexicon) -> None:
    text = "Fueron expulsados Varela ( Extremadura ) , Otero ( Getafe ) y Fredi ( Extremadura ) ."
    assert kind_of(sport, text, "Extremadura", "es") == "embedded"
    assert kind_of(sport, text, "Getafe", "es") == "embedded"


def test_a_region_in_brackets_after_one_name_stays_a_place(sport: Lexicon) -> None:
    assert (
        kind_of(sport, "Habló ayer Varela ( Extremadura ) en el pleno .", "Extremadura", "es")
        == "literal"
    )

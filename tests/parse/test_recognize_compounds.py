"""Recognition: a German compound made of a place's name and a district's name or a noun for an
area is one place ("Düsseldorf-Gerresheim", "Gaza-Streifen"); a place before a noun or another
well-known place stays a modifier ("US-Armee", "Chur-Bellinzona")."""

from __future__ import annotations

import pytest
from parse_helpers import named

from geodata.model import Place
from geodata.parse.lexicon import Lexicon
from geodata.parse.pipeline import Parser
from geodata.parse.recognize import recognize

DE = Place("2921044", "Germany", "country", 51.5, 10.5, "DE", None, 2921044, 83_000_000)
US = Place("6252001", "United States", "country", 39.76, -98.5, "US", None, 6252001, 327_000_000)
PLACES = [
    DE,
    US,
    Place("2934246", "Düsseldorf", "city", 51.22, 6.78, "DE", "DE-NW", 2934246, 620_000),
    Place("7303783", "Gaza Strip", "region", 31.42, 34.36, "PS", None, 7303783),
    Place("2661169", "Chur", "city", 46.85, 9.53, "CH", "CH-GR", 2661169, 37_000),
    Place("2661567", "Bellinzona", "city", 46.19, 9.02, "CH", "CH-TI", 2661567, 18_000),
]


NAMES = [named("US", US.id), named("Gaza", "7303783", "de")]


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.build(PLACES, NAMES)


def _spans(lexicon: Lexicon, text: str) -> list[tuple[str, str]]:
    return [(span.text, span.kind) for span in recognize(text, "de", lexicon)]


def test_a_city_and_its_district_are_one_place(lexicon: Lexicon) -> None:
    assert _spans(lexicon, "Er lebte in Düsseldorf-Gerresheim bis 1900 .") == [
        ("Düsseldorf-Gerresheim", "literal")
    ]


def test_a_place_and_an_area_noun_are_one_place(lexicon: Lexicon) -> None:
    assert _spans(lexicon, "An der Grenze zum Gaza-Streifen fielen Schüsse .") == [
        ("Gaza-Streifen", "literal")
    ]


def test_a_place_before_a_noun_stays_a_modifier(lexicon: Lexicon) -> None:
    assert _spans(lexicon, "Die US-Armee übt in Düsseldorf .") == [
        ("US", "modifier"),
        ("Düsseldorf", "literal"),
    ]


def test_two_places_joined_are_a_route_not_one_place(lexicon: Lexicon) -> None:
    spans = _spans(lexicon, "Die Etappe Chur-Bellinzona war lang .")
    assert [text for text, _kind in spans] == ["Chur", "Bellinzona"]
    assert all(kind == "modifier" for _text, kind in spans)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # the head of a compound noun whose first part names no place: the noun
        "Der Güter-Zug fuhr pünktlich um acht ab.",
        "Die Benefiz-Gala brachte viel Geld ein.",
        "In dem Mischwald stehen Fichte-Tanne und Ahorn.",
    ],
)
def test_the_head_of_a_compound_noun_is_no_place(text: str, world_parser: Parser) -> None:
    assert world_parser.geoparse(text, lang="de") == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a place's name the part is a place's too; a well-known place that is no noun
        # stays after any first part
        ("Die Demo zog am Samstag durch Alt-Moabit.", ["Moabit"]),
        ("Die Ausstellung zeigt Groß-Berlin um 1920.", ["Berlin"]),
    ],
)
def test_a_place_after_a_hyphen_stays_where_the_compound_allows(
    text: str, expected: list[str], world_parser: Parser
) -> None:
    assert [m.text for m in world_parser.geoparse(text, lang="de")] == expected

"""Outside German text, a frequent word that no place bears as its own name, only as a GeoNames
alternate of a small town ("Passover" for Mountain City, "Hamas" for Hamm), is a word or another
thing's name; a unit's name in another language stays the unit's."""

from __future__ import annotations

from parse_helpers import named

from geodata.model import Place
from geodata.parse.lexicon import Lexicon
from geodata.parse.pipeline import Parser

US = "6252001"
PLACES = [
    Place(US, "United States", "country", 39.8, -98.6, "US", None, 6252001, 3 * 10**8),
    Place("ne:US-MA", "Massachusetts", "admin1", 42.3, -71.8, "US", "US-MA", None, None, (US,)),
    Place("91", "Mountain City", "city", 36.47, -81.8, "US", "US-TN", 91, 2_500, (US,)),
    Place("92", "Boston", "city", 42.36, -71.06, "US", "US-MA", 92, 670_000, ("ne:US-MA",)),
    Place("93", "Celebration", "city", 28.32, -81.54, "US", "US-FL", 93, 7_400, (US,)),
    Place("ne:DE-BY", "Bavaria", "admin1", 48.9, 11.4, "DE", "DE-BY", 2951839),
]
NAMES = [
    named("Passover", "91"),  # an old name of the town in GeoNames' alternates
    named("Bayern", "ne:DE-BY", "de"),
]


def _found(text: str, lang: str = "en") -> list[str]:
    parser = Parser(Lexicon.build(PLACES, NAMES))
    return [m.text for m in parser.geoparse(text, lang=lang)]


def test_a_frequent_word_that_is_only_an_alternate_name_is_no_place() -> None:
    assert _found("Families in Boston gathered for the Passover meal on Friday.") == ["Boston"]


def test_a_town_s_own_name_is_judged_by_the_usual_bar() -> None:
    # "Celebration" is as frequent a word, but it is the Florida town's own name
    assert _found("Residents of Boston and Celebration voted on Tuesday.") == [
        "Boston",
        "Celebration",
    ]


def test_a_unit_s_name_in_another_language_stays_the_unit_s() -> None:
    assert _found("El equipo viaja a Múnich para enfrentarse al Bayern mañana.", "es") == ["Bayern"]

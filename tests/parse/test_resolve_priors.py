"""Priors of the resolver: the capital's bonus belongs to the capital, not to every town of its
name in that country. Small hand-made gazetteers."""

from __future__ import annotations

from parse_helpers import parser_over

from geodata.gazetteer import NameEntry
from geodata.model import Place
from geodata.parse import resolve as resolve_module

US = "6252001"


def washingtons() -> list[Place]:
    return [
        Place(US, "United States", "country", 39.8, -98.6, "US", None, 6252001, 3 * 10**8),
        Place("201", "Washington", "city", 38.895, -77.036, "US", "US-DC", 201, 690_000),
        Place("202", "Washington", "city", 40.76, -74.98, "US", "US-NJ", 202, 25_000),
        Place("203", "Tamsbury", "city", 40.65, -74.85, "US", "US-NJ", 203, 30_000),
    ]


def test_only_the_biggest_namesake_of_the_capital_gets_the_capitals_bonus() -> None:
    parser = parser_over(washingtons())
    entry = parser.lexicon.entry("Washington")
    assert entry is not None
    found = {c.place.id: c for c in resolve_module._candidates(entry, parser.lexicon)}
    capital, namesake = found["201"], found["202"]
    assert capital.prior == resolve_module.prior(capital.place, entry.key)
    assert namesake.prior == resolve_module.prior(namesake.place, entry.key) - (
        resolve_module.CAPITAL_BONUS
    )


def test_a_town_named_like_the_capital_needs_more_than_one_neighbour() -> None:
    # A New Jersey town nearby pulls towards the small Washington in New Jersey, but without a
    # capital's bonus of its own that town does not outweigh the capital.
    parser = parser_over(washingtons())
    text = "Officials in Washington spoke with the mayor of Tamsbury."
    got = {m.text: m.place_id for m in parser.geoparse(text, lang="en")}
    assert got["Washington"] == "201"


def test_the_word_state_picks_the_most_populous_unit_of_the_name() -> None:
    # The federal district is an admin-1 unit called Washington too; "Washington state" is the
    # state, though the district comes first in the table and the two tie on everything else.
    places = [
        Place(US, "United States", "country", 39.8, -98.6, "US", None, 6252001, 3 * 10**8),
        Place("ne:US-DC", "Washington", "admin1", 38.9, -77.0, "US", "US-DC", None, 700_000),
        Place("ne:US-WA", "Washington", "admin1", 47.4, -120.5, "US", "US-WA", None, 7_000_000),
    ]
    parser = parser_over(places)
    text = "The calf was born on a Washington state farm."
    got = {m.text: m.place_id for m in parser.geoparse(text, lang="en")}
    assert got["Washington"] == "ne:US-WA"


def test_a_unit_reached_through_an_alternate_spelling_loses_to_a_town_of_that_very_name() -> None:
    # "Tamsby" is the own name of a town and only an alternate spelling of a province abroad.
    places = [
        Place("ne:PX-TB", "Tamsbay", "admin1", 13.2, 123.5, "PX", "PX-TB", None, 1_300_000),
        Place("211", "Tamsby", "city", 31.58, -84.16, "US", "US-GA", 211, 75_000),
    ]
    parser = parser_over(places, [NameEntry("Tamsby", "ne:PX-TB", None, False, "test")])
    (mention,) = parser.geoparse("Police in Tamsby arrested a man on Friday.", lang="en")
    assert mention.place_id == "211"

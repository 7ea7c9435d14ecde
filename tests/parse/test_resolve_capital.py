"""A capital's name used for its government ("Washington announced", "officials in Washington") is
the capital, even in an article about the state of that name; "Washington state" said once does
not make every "Washington" the state. A small hand-made gazetteer over real country codes (the
capital's name comes from GeoNames' country table)."""

from __future__ import annotations

from dataclasses import replace

from geodata.gazetteer import NameEntry
from geodata.model import Place
from geodata.parse.lexicon import Lexicon
from geodata.parse.pipeline import Parser
from geodata.parse.recognize import Span
from geodata.parse.resolve import seat_of_government

US = "6252001"
CAPITAL = "4140963"
STATE = "ne:US-WA"


def us_unit(code: str, name: str, lat: float, lon: float) -> Place:
    return Place(f"ne:US-{code}", name, "admin1", lat, lon, "US", f"US-{code}", None, None, (US,))


def us_city(pid: str, name: str, lat: float, lon: float, unit: str, people: int) -> Place:
    return Place(pid, name, "city", lat, lon, "US", f"US-{unit}", int(pid), people, (US,))


def parser() -> Parser:
    places = [
        Place(US, "United States", "country", 39.8, -98.6, "US", None, 6252001, 3 * 10**8),
        us_city(CAPITAL, "Washington", 38.9, -77.04, "DC", 690_000),
        us_unit("WA", "Washington", 47.5, -120.4),
        us_unit("OR", "Oregon", 44.0, -120.5),
        us_unit("CA", "California", 37.2, -119.5),
        us_city("5809844", "Seattle", 47.61, -122.33, "WA", 740_000),
        us_city("5805687", "Olympia", 47.04, -122.9, "WA", 52_000),
        us_city("5810490", "Spokane", 47.66, -117.43, "WA", 220_000),
    ]
    names = [NameEntry(place.name, place.id, None, True, "test") for place in places]
    return Parser(Lexicon.build(places, names))


#: An article about the state of Washington: its towns and the states beside it all point there.
STATE_NEWS = (
    "Washington state sued over new fishing rules on Tuesday. Towns from Seattle to Spokane "
    "and Olympia fear for their boats, and Oregon and California may join the suit. "
)


def chosen(text: str) -> list[str | None]:
    return [m.place_id for m in parser().geoparse(text, lang="en") if m.text == "Washington"]


def test_officials_in_the_capital_are_the_capital_beside_washington_state() -> None:
    text = STATE_NEWS + "Officials in Washington ignored the evidence, the state says."
    assert chosen(text) == [STATE, CAPITAL]


def test_a_capital_acting_is_the_capital_beside_washington_state() -> None:
    text = STATE_NEWS + "Later, Washington announced a review of the rules."
    assert chosen(text) == [STATE, CAPITAL]


def test_a_bare_name_in_an_article_about_the_state_stays_the_state() -> None:
    # Nothing speaks of a government: the towns and neighbouring states decide.
    text = STATE_NEWS + "Washington has many rivers where salmon spawn."
    assert chosen(text) == [STATE, STATE]


def test_seat_of_government_cues() -> None:
    def span(text: str, kind: str = "literal") -> Span:
        start = text.index("Washington")
        # the entry is not read by the cue
        return Span(start, start + len("Washington"), "Washington", None, kind)  # type: ignore[arg-type]

    assert seat_of_government(span("the Interior Department in Washington said"), None) is False
    text = "the Interior Department in Washington said"
    assert seat_of_government(span(text), text)
    text = "die Regierung in Washington"
    assert seat_of_government(span(text), text)
    text = "Washington announced new rules"
    assert seat_of_government(span(text, "metonymic"), text)
    text = "Washington has a total area of 3 square miles"
    assert not seat_of_government(span(text, "metonymic"), text)
    text = "a federal court in Washington state"
    assert not seat_of_government(span(text), text)


def parser_with_the_district() -> Parser:
    """The states, the capital and the federal district: an admin-1 unit called Washington too."""
    places = [
        Place(US, "United States", "country", 39.8, -98.6, "US", None, 6252001, 3 * 10**8),
        us_city(CAPITAL, "Washington", 38.9, -77.04, "DC", 690_000),
        replace(us_unit("DC", "Washington", 38.9, -77.0), population=690_000),
        replace(us_unit("WA", "Washington", 47.5, -120.4), population=7_000_000),
        us_unit("VA", "Virginia", 37.5, -78.9),
        us_unit("WV", "West Virginia", 38.6, -80.6),
        us_unit("WY", "Wyoming", 43.0, -107.5),
        us_unit("OH", "Ohio", 40.3, -82.8),
        us_unit("IA", "Iowa", 42.0, -93.5),
        us_unit("MT", "Montana", 47.0, -109.6),
    ]
    names = [NameEntry(place.name, place.id, None, True, "test") for place in places]
    return Parser(Lexicon.build(places, names))


def test_in_a_list_of_states_the_name_is_the_most_populous_unit() -> None:
    text = "Cases were reported in Virginia, Washington, West Virginia and Wyoming."
    got = [m.place_id for m in parser_with_the_district().geoparse(text, lang="en")]
    assert got[1] == STATE


def test_a_dateline_in_capitals_is_the_town() -> None:
    text = (
        "WASHINGTON — Lawmakers from Ohio, Iowa, Montana and Wyoming voted on Thursday to tax "
        "the bonuses."
    )
    got = [m.place_id for m in parser_with_the_district().geoparse(text, lang="en")]
    assert got[0] == CAPITAL

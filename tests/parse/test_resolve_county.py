"""A town followed by its county ("Huntsville, Walker County"): the county says which town; and
the region after a county is the one that holds it ("Whatcom County, Washington")."""

from __future__ import annotations

import pytest

from geodata.model import Place
from geodata.parse.lexicon import Lexicon
from geodata.parse.pipeline import Parser
from geodata.parse.resolve import _inside

US = ("6252001",)
PLACES = [
    Place("6252001", "United States", "country", 39.76, -98.5, "US", None, 6252001, 327_000_000),
    Place("4068590", "Huntsville", "city", 34.73, -86.59, "US", "US-AL", 4068590, 215_006, US),
    Place("4696202", "Huntsville", "city", 30.72, -95.55, "US", "US-TX", 4696202, 41_692, US),
    Place(
        "us-county:01127", "Walker County", "other", 33.80, -87.30, "US", "US-AL", None, None, US
    ),
    Place(
        "us-county:48471", "Walker County", "other", 30.74, -95.57, "US", "US-TX", None, None, US
    ),
]


def _found(text: str) -> list[tuple[str, str | None]]:
    parser = Parser(Lexicon.build(PLACES, []))
    return [(m.text, m.admin1_code) for m in parser.geoparse(text, lang="en")]


def test_the_county_after_a_town_is_where_the_town_lies() -> None:
    # the bigger Huntsville is in Alabama, which has a Walker County too, 130 km away
    found = _found("The prison in Huntsville, Walker County, was locked down on Friday.")
    assert found == [("Huntsville", "US-TX"), ("Walker County", "US-TX")]


def test_without_the_county_the_bigger_town_wins() -> None:
    assert _found("The prison in Huntsville was locked down on Friday.") == [
        ("Huntsville", "US-AL")
    ]


def test_a_county_across_the_antimeridian_contains_its_towns() -> None:
    # the Aleutians: a county's point and towns on the other side of the 180th meridian
    county = Place("us-county:02016", "Aleutians West", "other", 52.0, 179.5, "US", "US-AK")
    town = Place("1", "Town", "city", 52.0, -179.7, "US", "US-AK")
    far = Place("2", "Far Town", "city", 52.0, -178.0, "US", "US-AK")
    assert _inside(town, county)  # about 55 km the short way round, 24,000 km the long way
    assert not _inside(far, county)  # about 170 km


def test_a_county_without_a_point_contains_nothing() -> None:
    county = Place("us-county:99999", "Nowhere County", "other", None, None, "US", "US-TX")
    assert not _inside(PLACES[2], county)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The sawmill near Ferndale, in Whatcom County, Washington, reopened on Monday.",
        "Deputies in Yakima County, Washington said the road stays closed.",
    ],
)
def test_the_region_after_a_county_is_the_state_that_holds_it(text: str, world_parser) -> None:
    mentions = {m.text: m for m in world_parser.geoparse(text, lang="en")}
    assert (mentions["Washington"].feature, mentions["Washington"].admin1_code) == (
        "admin1",
        "US-WA",
    )


@pytest.mark.slow
def test_the_town_before_the_county_and_state_lies_in_them(world_parser) -> None:
    text = "The sawmill near Ferndale, in Whatcom County, Washington, reopened on Monday."
    assert world_parser.geoparse(text, lang="en")[0].admin1_code == "US-WA"


@pytest.mark.slow
def test_a_capital_alone_stays_the_capital(world_parser) -> None:
    (mention,) = world_parser.geoparse("Officials in Washington said the plan failed.", lang="en")
    assert (mention.feature, mention.admin1_code) == ("city", "US-DC")

"""Names joined by "&" or a hyphen: a firm's partners ("Marks & Spencer") and one name of two
parts ("Wal-Mart") are no places; a railway's ends, a ward's two places, two towns near each other
and two states stay places. Sentences written for the tests."""

from __future__ import annotations

import pytest

from geodata.parse.pipeline import Parser


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She bought a coat at Marks & Spencer in Leeds.", ["Leeds"]),
        ("The firm Conrad & Partners opened an office in Atlanta.", ["Atlanta"]),
        # a well-known place on either side: a railway named for its ends
        ("The town grew along the Louisville & Nashville railroad.", ["Louisville", "Nashville"]),
        ("The Sedalia & St. Joseph Railroad reached the town.", ["Sedalia", "St. Joseph"]),
        # an area's noun or a country after the pair: the pair names an area
        ("It lies in the union territory of Daman & Diu, India.", ["Daman", "Diu", "India"]),
        (
            "Voters in the Bampton & Clanfield ward in Oxfordshire chose a councillor.",
            ["Bampton", "Clanfield", "Oxfordshire"],
        ),
        (
            "Voters in the Clanfield & Brookvale ward in Oxfordshire chose a councillor.",
            ["Clanfield", "Oxfordshire"],
        ),
        # two towns near each other
        ("Flooding hit Bastrop & Smithville on Monday.", ["Bastrop", "Smithville"]),
        ("Storms hit Texas & Oklahoma on Monday.", ["Texas", "Oklahoma"]),
    ],
)
def test_names_joined_by_an_ampersand(text: str, expected: list[str], world_parser: Parser) -> None:
    assert [m.text for m in world_parser.geoparse(text, lang="en")] == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hyphen joins the name to a word that names no place: one name
        ("Wal-Mart said the store in Bentonville stays open.", ["Bentonville"]),
        # a party's initials before a member's home town, and two places joined
        ("Rep. Ann Dahl, DFL-Chisholm, spoke in Minnesota.", ["Chisholm", "Minnesota"]),
        ("Rep. Ken Smith, R-Fairfax, spoke in Virginia.", ["Fairfax", "Virginia"]),
        ("They drove from Dallas-Fort Worth to Austin.", ["Dallas", "Fort Worth", "Austin"]),
        # the word after the hyphen begins a name of two words
        ("He lives in Tarrytown-Sleepy Hollow.", ["Tarrytown", "Sleepy Hollow"]),
    ],
)
def test_names_joined_by_a_hyphen(text: str, expected: list[str], world_parser: Parser) -> None:
    assert [m.text for m in world_parser.geoparse(text, lang="en")] == expected

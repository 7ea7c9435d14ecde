"""Names joined by "&": a firm's partners ("Marks & Spencer") are people, not places; a railway's
ends, a district's two places and two states stay places. Sentences written for the tests."""

from __future__ import annotations

import pytest

from geodata.parse.pipeline import Parser


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council hired Stevens & Wilkinson to design the new hall.", []),
        ("She bought a coat at Marks & Spencer in Leeds.", ["Leeds"]),
        ("The firm Hailey & Partners opened an office in Atlanta.", ["Atlanta"]),
        # a well-known place on either side: a railway named for its ends
        ("The town grew along the Louisville & Nashville railroad.", ["Louisville", "Nashville"]),
        ("The Hannibal & St. Joseph Railroad reached the town.", ["Hannibal", "St. Joseph"]),
        # an area's noun or a country after the pair: the pair names an area
        ("It lies in the union territory of Daman & Diu, India.", ["Daman", "Diu", "India"]),
        (
            "The village is part of the Huntington & New Earswick ward in York.",
            ["Huntington", "York"],
        ),
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
        ("Rep. Tony Sertich, DFL-Chisholm, spoke in Minnesota.", ["Chisholm", "Minnesota"]),
        ("Rep. Ken Smith, R-Fairfax, spoke in Virginia.", ["Fairfax", "Virginia"]),
        ("They drove from Dallas-Fort Worth to Austin.", ["Dallas", "Fort Worth", "Austin"]),
    ],
)
def test_names_joined_by_a_hyphen(text: str, expected: list[str], world_parser: Parser) -> None:
    assert [m.text for m in world_parser.geoparse(text, lang="en")] == expected

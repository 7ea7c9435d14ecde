"""Street addresses and numbered things: a compass word in an address ("East 51st Street", "14th
Avenue Northeast") and an everyday word before a number sign ("Lot No. 7") are no places; a
place's name before a number sign stays ("Manhattan No. 1" in a ranking). Sentences written for
the tests."""

from __future__ import annotations

import pytest

from geodata.parse.pipeline import Parser


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shots were fired near East 51st Street and Main in Los Angeles.", ["Los Angeles"]),
        ("The house is in the 900 block of 14th Avenue Northeast in Seattle.", ["Seattle"]),
        ("The crash happened on Northeast 180th Avenue in Ocala.", ["Ocala"]),
        ("The family lives at Lot No. 7 of the trailer park in Ocala.", ["Ocala"]),
        ("A magazine rated Manhattan No. 1 among small towns in Kansas.", ["Manhattan", "Kansas"]),
    ],
)
def test_addresses_and_numbered_things(
    text: str, expected: list[str], world_parser: Parser
) -> None:
    assert [m.text for m in world_parser.geoparse(text, lang="en")] == expected

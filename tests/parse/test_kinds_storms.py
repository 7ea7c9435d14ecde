"""Storms and diseases named after places or named like towns: "Hurricane Katrina" and "Hurricane
Florence" are storms, "Marburg hemorrhagic fever" a disease; the town of Hurricane stays a town.
Sentences written for the tests."""

from __future__ import annotations

import pytest

from geodata.parse.pipeline import Parser


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Survivors of Hurricane Katrina moved to Houston.", ["Houston"]),
        ("Hurricane Florence hit North Carolina.", ["North Carolina"]),
        ("The town of Hurricane, Utah, grew fast.", ["Hurricane", "Utah"]),
        ("Ebola and the related Marburg hemorrhagic fever are feared in Uganda.", ["Uganda"]),
        ("Cases of Marburg Hemorrhagic Fever rose in Angola.", ["Angola"]),
    ],
)
def test_storms_and_diseases(text: str, expected: list[str], world_parser: Parser) -> None:
    assert [m.text for m in world_parser.geoparse(text, lang="en")] == expected

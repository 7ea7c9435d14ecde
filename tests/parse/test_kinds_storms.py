"""Storms and diseases named after places or named like towns: "Hurricane Katrina" is a storm,
"Marburg hemorrhagic fever" a disease; the town of Hurricane stays a town. Sentences written for
the tests."""

from __future__ import annotations

import pytest

from geodata.parse.pipeline import Parser


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Survivors of Hurricane Katrina moved to Houston.", ["Houston"]),
        ("Typhoon Haiyan hit Tacloban in the Philippines.", ["Tacloban", "Philippines"]),
        ("The town of Hurricane, Utah, grew fast.", ["Hurricane", "Utah"]),
        ("Ebola and the related Marburg hemorrhagic fever are feared in Uganda.", ["Uganda"]),
    ],
)
def test_storms_and_diseases(text: str, expected: list[str], world_parser: Parser) -> None:
    assert [m.text for m in world_parser.geoparse(text, lang="en")] == expected

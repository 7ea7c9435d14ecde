"""Names whose last word follows an elided article ("Côte d'Ivoire") or carries a possessive
("St. John's"); a state's short form on its own ("NSW"). Sentences written for the tests."""

from __future__ import annotations

import pytest

from geodata.parse.pipeline import Parser


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Vaccines reached Benin, Côte d'Ivoire and Ghana.",
            "en",
            ["Benin", "Côte d'Ivoire", "Ghana"],
        ),
        ("Il est rentré en Côte d'Ivoire.", "fr", ["Côte d'Ivoire"]),
        (
            "Fog closed the port of St. John's in Newfoundland.",
            "en",
            ["St. John's", "Newfoundland"],
        ),
        ("The flu spread across NSW and Queensland.", "en", ["NSW", "Queensland"]),
    ],
)
def test_names_found(text: str, lang: str, expected: list[str], world_parser: Parser) -> None:
    assert [m.text for m in world_parser.geoparse(text, lang=lang)] == expected


@pytest.mark.slow
def test_a_states_short_form_is_the_state(world_parser: Parser) -> None:
    (mention,) = world_parser.geoparse("Horses across NSW were infected.", lang="en")
    assert mention.admin1_code == "AU-NSW"

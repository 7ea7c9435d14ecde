"""Names broken at a line's end and never joined again: "Mecklenburg- Vorpommern" in scraped text,
"Kon¬\nstantinopel" in digitised print. Small hand-made gazetteer; sentences written for the
tests."""

from __future__ import annotations

import pytest
from parse_helpers import named

from geodata.model import Place
from geodata.parse.lexicon import Lexicon
from geodata.parse.recognize import recognize

MV = Place("ne:DE-MV", "Mecklenburg-Vorpommern", "admin1", 53.8, 12.6, "DE", "DE-MV", 2872567)
PLACES = [
    MV,
    Place("2911298", "Hamburg", "city", 53.55, 10.0, "DE", "DE-HH", 2911298, 1_800_000),
    Place("745044", "Istanbul", "city", 41.01, 28.95, "TR", "TR-34", 745044, 15_000_000),
    Place("6255150", "South America", "continent", -14.6, -57.7, None, None, 6255150),
    Place("2953504", "Baden-Baden", "city", 48.76, 8.24, "DE", "DE-BW", 2953504, 56_881),
    # two towns the parts of the broken name are also called
    Place("2872567", "Mecklenburg", "city", 53.84, 11.46, "DE", "DE-MV", None, 1_000),
    Place("2818000", "Vorpommern", "city", 54.0, 13.5, "DE", "DE-MV", None, 1_000),
]
NAMES = [
    named("Konstantinopel", "745044", "de"),
    named("Südamerika", "6255150", "de"),
]


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    names = [named(place.name, place.id, source="test") for place in PLACES] + NAMES
    return Lexicon.build(PLACES, names)


def _found(lexicon: Lexicon, text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(span.text, span.entry.place_ids) for span in recognize(text, "de", lexicon)]


@pytest.mark.parametrize(
    ("text", "surface", "place_id"),
    [
        ("Der Abschnitt in Mecklenburg- Vorpommern ist fertig .", "Mecklenburg- Vorpommern", MV.id),
        ("Die Lage in Kon¬\nstantinopel ist ruhig .", "Kon¬\nstantinopel", "745044"),
        ("Die Lage in Kon¬ stantinopel ist ruhig .", "Kon¬ stantinopel", "745044"),
        ("Er fuhr gestern nach Ham-\nburg zurück .", "Ham-\nburg", "2911298"),
    ],
)
def test_a_broken_name_is_read_whole(
    lexicon: Lexicon, text: str, surface: str, place_id: str
) -> None:
    assert _found(lexicon, text) == [(surface, (place_id,))]


def test_a_broken_word_that_is_no_name_stays_a_word(lexicon: Lexicon) -> None:
    assert _found(lexicon, "Der Bo- den ist nass , die Ham- mer liegen dort .") == []


def test_a_shared_first_part_is_no_broken_word(lexicon: Lexicon) -> None:
    assert [text for text, _ids in _found(lexicon, "Er reiste durch Nord- und Südamerika .")] == [
        "Südamerika"
    ]


def test_an_unbroken_compound_is_left_as_it_is(lexicon: Lexicon) -> None:
    assert _found(lexicon, "Er kurte lange in Baden-Baden .") == [("Baden-Baden", ("2953504",))]

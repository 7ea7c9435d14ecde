"""Names broken at a line's end and never joined again: "Nordrhein- Westfalen" in scraped text,
"Kopen¬\nhagen" in digitised print. Small hand-made gazetteer; sentences written for the tests."""

from __future__ import annotations

import pytest
from parse_helpers import named

from geodata.model import Place
from geodata.parse.lexicon import Lexicon
from geodata.parse.recognize import recognize

NRW = Place("ne:DE-NW", "Nordrhein-Westfalen", "admin1", 51.5, 7.5, "DE", "DE-NW", 2861876)
PLACES = [
    NRW,
    Place("2911298", "Hamburg", "city", 53.55, 10.0, "DE", "DE-HH", 2911298, 1_800_000),
    Place("2618425", "Copenhagen", "city", 55.68, 12.57, "DK", "DK-84", 2618425, 1_150_000),
    Place("6255150", "South America", "continent", -14.6, -57.7, None, None, 6255150),
    Place("2953504", "Baden-Baden", "city", 48.76, 8.24, "DE", "DE-BW", 2953504, 56_881),
    # a town named like an everyday German noun, and towns the parts of a broken name are
    # also called
    Place("2720383", "Boden", "city", 65.83, 21.69, "SE", "SE-BD", 2720383, 28_000),
    Place("9100005", "Nordrhein", "city", 51.0, 7.0, "DE", "DE-NW", None, 1_000),
    Place("9100006", "Westfalen", "city", 51.9, 8.0, "DE", "DE-NW", None, 1_000),
    # a town named like the first part of an everyday word
    Place("9100007", "Kalen", "city", 18.1, -67.9, "PR", None, None, 1_000),
]
NAMES = [
    named("Kopenhagen", "2618425", "de"),
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
        ("Die Wahl in Nordrhein- Westfalen ist im Mai .", "Nordrhein- Westfalen", NRW.id),
        ("Der Dampfer nach Kopen¬\nhagen legt ab .", "Kopen¬\nhagen", "2618425"),
        ("Der Dampfer nach Kopen¬ hagen legt ab .", "Kopen¬ hagen", "2618425"),
        ("Sie flog gestern nach Ham-\nburg zurück .", "Ham-\nburg", "2911298"),
        ("Sie flog gestern nach Ham-\r\nburg zurück .", "Ham-\r\nburg", "2911298"),
    ],
)
def test_a_broken_name_is_read_whole(
    lexicon: Lexicon, text: str, surface: str, place_id: str
) -> None:
    assert _found(lexicon, text) == [(surface, (place_id,))]


def test_a_broken_noun_is_judged_as_the_word_it_is(lexicon: Lexicon) -> None:
    # joined, "Boden" is a town's name and the noun: the article before it says which
    assert _found(lexicon, "Nach dem Regen war der Bo- den noch lange nass .") == []


def test_a_shared_first_part_is_no_broken_word(lexicon: Lexicon) -> None:
    assert [text for text, _ids in _found(lexicon, "Er reiste durch Nord- und Südamerika .")] == [
        "Südamerika"
    ]


def test_an_unbroken_compound_is_left_as_it_is(lexicon: Lexicon) -> None:
    assert _found(lexicon, "Er kurte lange in Baden-Baden .") == [("Baden-Baden", ("2953504",))]


def test_the_town_named_like_a_words_first_part_is_found_unbroken(lexicon: Lexicon) -> None:
    assert _found(lexicon, "Die Fähre fuhr nach Kalen .") == [("Kalen", ("9100007",))]


@pytest.mark.parametrize(
    "text",
    [
        # "¬" marks only a broken word; after a hyphen the joined word is a German word
        "Er malt Kalen¬ der für Hamburg .",
        "Er malt Kalen¬\nder für Hamburg .",
        "Er malt Kalen- der für Hamburg .",
    ],
)
def test_the_first_part_of_a_broken_word_is_no_name(lexicon: Lexicon, text: str) -> None:
    assert [surface for surface, _ids in _found(lexicon, text)] == ["Hamburg"]

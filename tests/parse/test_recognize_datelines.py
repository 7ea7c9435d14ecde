"""Recognition: a name alone on its line or opening a wire dateline is where the story is from,
even where the word would otherwise be taken for an everyday word at a sentence's start."""

from __future__ import annotations

import pytest

from geodata.model import Place
from geodata.parse.lexicon import Lexicon
from geodata.parse.recognize import recognize

ES = Place("2510769", "Spain", "country", 40.0, -4.0, "ES", None, 2510769, 46_000_000)
FR = Place("3017382", "France", "country", 46.0, 2.0, "FR", None, 3017382, 67_000_000)
PLACES = [
    ES,
    FR,
    Place("2513917", "Mérida", "city", 38.92, -6.34, "ES", "ES-EX", 2513917, 59_000, (ES.id,)),
    Place("2996944", "Lyon", "city", 45.75, 4.85, "FR", "FR-ARA", 2996944, 480_000, (FR.id,)),
    Place("9200001", "Ferdinand", "city", 38.2, -86.86, "US", "US-IN", None, 2_100),
]


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.build(PLACES, [])


def _found(lexicon: Lexicon, text: str, lang: str = "es") -> list[str]:
    return [span.text for span in recognize(text, lang, lexicon)]


def test_a_name_alone_on_its_line_is_a_place(lexicon: Lexicon) -> None:
    assert _found(lexicon, "Mérida .\nEl consejero presentó el plan .") == ["Mérida"]


def test_the_place_of_a_dateline_is_a_place(lexicon: Lexicon) -> None:
    assert _found(lexicon, "Lyon ( France ) , 23 may ( EFE ) . El alcalde habló .") == [
        "Lyon",
        "France",
    ]
    assert _found(lexicon, "Mérida , 23 may ( EFE ) . El consejero habló .") == ["Mérida"]


def test_a_given_name_alone_on_its_line_is_a_signature(lexicon: Lexicon) -> None:
    assert _found(lexicon, "Mit Dank für Ihre Treue\nFerdinand\n", "de") == []


def test_a_ranking_is_no_dateline(lexicon: Lexicon) -> None:
    text = "Clasificación : 19. Soldati ( France ) , 20. Lyon ( France ) , 21. Amberg ."
    assert "Lyon" not in _found(lexicon, text)

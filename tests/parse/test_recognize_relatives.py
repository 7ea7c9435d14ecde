"""Recognition: a name right after a noun for a relative is a person's ("his daughter Georgia",
"mit ihren Töchtern Luisa und Carla"), as after a title, and so are the names right after it in
its list; the same name elsewhere in the text, and later names of the sentence, stay places. The
nouns are the language's own (Spanish "son", "are", is none). A noun for a settlement or an
island before the language's "of" is a place's cue ("the island of Capri", "a cidade do Porto"). Small hand-made gazetteer;
sentences written for the tests."""

from __future__ import annotations

import pytest

from geodata.model import Place
from geodata.parse.lexicon import Lexicon
from geodata.parse.recognize import recognize

US = Place("6252001", "United States", "country", 39.76, -98.5, "US", None, 6252001, 327_000_000)
RU = Place("2017370", "Russia", "country", 60.0, 100.0, "RU", None, 2017370, 144_000_000)
PLACES = [
    US,
    RU,
    Place("9200001", "Georgia", "admin1", 32.7, -83.4, "US", "US-GA", 4197000, 10_000_000),
    Place("9200002", "Austin", "city", 30.27, -97.74, "US", "US-TX", None, 960_000),
    Place("9200003", "Luisa", "city", 18.0, -66.0, "PR", None, None, 3_000),
    Place("9200004", "Carla", "city", 40.0, -80.0, "US", "US-PA", None, 500),
    Place("9200005", "Lucía", "city", 10.0, -70.0, "VE", None, None, 2_000),
    Place("9200006", "Vallenar", "city", -28.57, -70.76, "CL", None, None, 51_000),
]


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.build(PLACES, [])


def _found(lexicon: Lexicon, text: str, lang: str) -> list[tuple[str, bool]]:
    return [(span.text, span.cue) for span in recognize(text, lang, lexicon)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("His daughter Georgia and his son Austin spoke at the service .", "en"),
        ("Mit ihren Töchtern Luisa und Carla fuhr sie ans Meer .", "de"),
        ("Su hija Lucía vive con la abuela .", "es"),
    ],
)
def test_a_name_after_a_relative_is_a_person(lexicon: Lexicon, text: str, lang: str) -> None:
    assert _found(lexicon, text, lang) == []


def test_the_name_is_a_place_elsewhere_in_the_text(lexicon: Lexicon) -> None:
    text = "His son Austin moved away . The band played in Austin on Friday ."
    assert _found(lexicon, text, "en") == [("Austin", True)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a country after the noun is no person; nor is a name after a sentence's end
        ("Mother Russia calls her sons home .", "en", ["Russia"]),
        ("He thanked his brother. Georgia voted on Tuesday .", "en", ["Georgia"]),
        # the list of relatives ends at its first other word
        ("His daughter Georgia and he visited Austin and Carla .", "en", ["Austin", "Carla"]),
        # Spanish "son" is the verb
        ("Los destinos preferidos son Vallenar y Austin .", "es", ["Vallenar", "Austin"]),
    ],
)
def test_places_that_no_relative_stands_before_stay(
    lexicon: Lexicon, text: str, lang: str, expected: list[str]
) -> None:
    assert [surface for surface, _cue in _found(lexicon, text, lang)] == expected


@pytest.mark.parametrize(
    ("text", "lang", "surface"),
    [
        ("A ferry left the island of Carla at dawn .", "en", "Carla"),
        ("La feria se celebra en la ciudad de Vallenar .", "es", "Vallenar"),
        # the noun and the "of" of the other Romance languages
        ("O festival volta à cidade do Vallenar em maio .", "pt", "Vallenar"),
        # Portuguese "de" is also a person's particle; after a settlement's noun it is "of"
        ("A feira volta à cidade de Vallenar em junho .", "pt", "Vallenar"),
        ("Il festival torna nella città di Vallenar a maggio .", "it", "Vallenar"),
        ("Le festival revient dans la ville de Vallenar en mai .", "fr", "Vallenar"),
    ],
)
def test_a_settlement_noun_before_of_is_a_cue(
    lexicon: Lexicon, text: str, lang: str, surface: str
) -> None:
    assert _found(lexicon, text, lang) == [(surface, True)]

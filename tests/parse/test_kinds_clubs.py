"""Kinds: a town's name followed by an English club's word ("Manchester City", "Leeds United")
is inside the club's name, embedded, in English text and in other languages' sports news; a
place whose own name ends in such a word ("Kansas City") is found whole. Small hand-made gazetteer; sentences written for the tests."""

from __future__ import annotations

import pytest
from parse_helpers import kind_of

from geodata.model import Place
from geodata.parse.lexicon import Lexicon
from geodata.parse.pipeline import Parser
from geodata.parse.recognize import recognize

PLACES = [
    Place("2643123", "Manchester", "city", 53.48, -2.24, "GB", "GB-ENG", 2643123, 400_000),
    Place("2644688", "Leeds", "city", 53.8, -1.55, "GB", "GB-ENG", 2644688, 455_000),
    Place("4393217", "Kansas City", "city", 39.1, -94.58, "US", "US-MO", 4393217, 475_000),
    Place("ne:US-KS", "Kansas", "admin1", 38.5, -98.0, "US", "US-KS", 4273857),
]


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.build(PLACES, [])


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Manchester City signed a young striker on Friday .", "Manchester"),
        ("The defender was loaned to Leeds United for a season .", "Leeds"),
    ],
)
def test_a_town_before_a_clubs_word_is_embedded(lexicon: Lexicon, text: str, surface: str) -> None:
    assert kind_of(lexicon, text, surface) == "embedded"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "lang", "surface"),
    [
        # English clubs in other languages' sports news ("City" is a German word too)
        ("Der Verteidiger spielt jetzt für Swansea City .", "de", "Swansea"),
        ("El defensa fichó por Stoke City en enero .", "es", "Stoke"),
        ("Le défenseur a signé à Stoke City .", "fr", "Stoke"),
    ],
)
def test_an_english_club_is_embedded_in_other_languages_too(
    text: str, lang: str, surface: str, world_parser: Parser
) -> None:
    mentions = world_parser.geoparse(text, lang=lang)
    assert [(m.text, m.kind) for m in mentions] == [(surface, "embedded")]


def test_a_place_named_with_such_a_word_is_found_whole(lexicon: Lexicon) -> None:
    spans = recognize("She flew to Kansas City on Monday .", "en", lexicon)
    assert [(span.text, span.kind) for span in spans] == [("Kansas City", "literal")]


def test_the_town_alone_stays_a_place(lexicon: Lexicon) -> None:
    assert kind_of(lexicon, "The club moved to Manchester in 1990 .", "Manchester") == "literal"

"""Recognition: a big city's local spelling, which GeoNames lists untagged beside its English name,
weighs with the city's population in a text of the country's language; a German word after a
place adjective is the noun it qualifies."""

from __future__ import annotations

import pytest
from parse_helpers import named

from geodata.model import Place
from geodata.parse.language import countries_speaking
from geodata.parse.lexicon import Lexicon, read_demonyms
from geodata.parse.pipeline import Parser
from geodata.parse.recognize import _local_spelling

DE = Place("2921044", "Germany", "country", 51.5, 10.5, "DE", None, 2921044, 83_000_000)
US = Place("6252001", "United States", "country", 39.76, -98.5, "US", None, 6252001, 327_000_000)
NUREMBERG = Place(
    "2861650", "Nuremberg", "city", 49.45, 11.08, "DE", "DE-BY", 2861650, 515_543, ("2921044",)
)
FRANKFURT = Place(
    "2925533", "Frankfurt am Main", "city", 50.11, 8.68, "DE", "DE-HE", 2925533, 650_000,
    ("2921044",),
)  # fmt: skip
#: A small German town whose untagged alternate is a frequent German word.
BUENDE = Place("2941405", "Bünde", "city", 52.2, 8.58, "DE", "DE-NW", 2941405, 46_365, ("2921044",))
#: A US town listed with a nickname that is also an English word.
BAYTOWN = Place("4673353", "Baytown", "city", 29.74, -94.98, "US", "US-TX", 4673353, 76_335)

PLACES = [DE, US, NUREMBERG, FRANKFURT, BUENDE, BAYTOWN]
NAMES = [
    named("Nürnberg", NUREMBERG.id, source="geonames:alt"),
    named("Frankfurt", FRANKFURT.id, source="geonames:alt"),
    named("Bundes", BUENDE.id, source="geonames:alt"),
    named("Creek", BAYTOWN.id, source="geonames:alt"),
]


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser(Lexicon.build(PLACES, NAMES, read_demonyms()))


def _found(parser: Parser, text: str, lang: str) -> list[str]:
    return [m.text for m in parser.geoparse(text, lang=lang)]


def test_countries_speaking_a_language_come_from_the_country_table() -> None:
    assert {"DE", "AT", "CH"} <= countries_speaking("de")
    assert "BE" not in countries_speaking("de")  # Dutch first there
    assert {"ES", "MX", "AR"} <= countries_speaking("es")


def test_a_big_citys_local_spelling_is_read_as_the_city_without_a_cue(parser: Parser) -> None:
    text = "Nürnberg ( dpa ) Der Trainer lobte die Mannschaft . Frankfurt meldete Schnee ."
    assert _found(parser, text, "de") == ["Nürnberg", "Frankfurt"]


def test_a_frequent_word_listed_for_a_small_town_stays_a_word(parser: Parser) -> None:
    assert _found(parser, "Sie leitete die Arbeit des Bundes für Kunst .", "de") == []


def test_a_noun_after_a_place_adjective_is_no_place(parser: Parser) -> None:
    text = "Er war Leiter des Frankfurter Bundes für Volksbildung ."
    assert "Bundes" not in _found(parser, text, "de")


def test_a_nickname_listed_for_a_town_gains_no_population(parser: Parser) -> None:
    # "Creek" is a frequent English word; Baytown's 76,000 people do not make it a place
    assert _found(parser, "The names of Botkins and Creek were released on Monday .", "en") == []


def test_local_spellings() -> None:
    assert _local_spelling("nurnberg", "Nuremberg")
    assert _local_spelling("munchen", "Munich")
    assert _local_spelling("frankfurt", "Frankfurt am Main")
    assert not _local_spelling("vegas", "Las Vegas")
    assert not _local_spelling("creek", "Baytown")


GERMAN_UNITS = [
    DE,
    Place("2658434", "Switzerland", "country", 47.0, 8.0, "CH", None, 2658434, 8_500_000),
    Place("2635167", "United Kingdom", "country", 54.0, -2.0, "GB", None, 2635167, 66_000_000),
    Place("ne:DE-SL", "Saarland", "admin1", 49.4, 6.95, "DE", "DE-SL", 2842635, None, ("2921044",)),
    Place("ne:CH-ZG", "Zug", "admin1", 47.16, 8.52, "CH", "CH-ZG", 2657907, None, ("2658434",)),
    Place("2647349", "Hatfield", "city", 51.76, -0.22, "GB", "GB-HRT", 2647349, 41_265),
]


@pytest.fixture(scope="module")
def units() -> Parser:
    return Parser(Lexicon.build(GERMAN_UNITS, [named("Schweiz", "2658434", "de")], read_demonyms()))


def test_a_german_speaking_unit_takes_an_article(units: Parser) -> None:
    assert _found(units, "Der Handel mit dem Saarland brach ein .", "de") == ["Saarland"]


def test_a_unit_named_like_a_frequent_noun_after_an_article_is_the_noun(units: Parser) -> None:
    assert _found(units, "Der Zug fuhr pünktlich ab .", "de") == []


def test_a_town_after_a_country_adjective_is_a_place(units: Parser) -> None:
    found = _found(units, "Die Jets werden im britischen Hatfield gebaut .", "de")
    assert found == ["britischen", "Hatfield"]

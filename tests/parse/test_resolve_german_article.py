"""German puts an article before a river's name and none before a town's: "an der Mosel" is the
river, though a big city abroad has "Mosel" among its GeoNames alternates. Small hand-made
gazetteer; sentences written for the tests."""

from __future__ import annotations

import pytest
from parse_helpers import named

from geodata.model import Place
from geodata.parse.lexicon import Lexicon
from geodata.parse.pipeline import Parser
from geodata.parse.resolve import feature_cue

MOSUL = Place("99072", "Mosul", "city", 36.34, 43.13, "IQ", None, 99072, 1_683_000)
MOSELLE = Place("water:moselle", "Moselle River", "water", 49.5, 6.5, None, None)
IRAQ = Place("99237", "Iraq", "country", 33.0, 44.0, "IQ", None, 99237, 38_000_000)
AMAZONAS = Place("ne:BR-AM", "Amazonas", "admin1", -4.0, -63.0, "BR", "BR-AM", 3665361)
AMAZON = Place("water:amazon", "Amazon River", "water", -3.0, -60.0, None, None)
PLACES = [MOSUL, MOSELLE, IRAQ, AMAZONAS, AMAZON]
NAMES = [
    named("Mosel", MOSUL.id, source="geonames:alt"),
    named("Mosel", MOSELLE.id, "de"),
    named("Irak", IRAQ.id, "de"),
    named("Amazonas", AMAZON.id, "de"),
]


@pytest.fixture(scope="module")
def parser() -> Parser:
    names = [named(place.name, place.id, source="test") for place in PLACES] + NAMES
    return Parser(Lexicon.build(PLACES, names))


@pytest.mark.parametrize(
    "text",
    [
        "Die Weinberge an der Mosel sind steil .",
        "Am Wochenende fuhren sie an die Mosel .",
        "Der Pegel der Mosel steigt weiter .",
    ],
)
def test_an_article_before_the_name_makes_it_the_river(parser: Parser, text: str) -> None:
    (mention,) = parser.geoparse(text, lang="de")
    assert mention.place_id == MOSELLE.id


def test_without_an_article_the_town_keeps_its_weight(parser: Parser) -> None:
    got = {m.text: m.place_id for m in parser.geoparse("Mosel ist eine Stadt im Irak .", "de")}
    assert got == {"Mosel": MOSUL.id, "Irak": IRAQ.id}


def test_an_article_before_a_lands_name_says_nothing(parser: Parser) -> None:
    # German puts an article before some states' and regions' names too; only "an" (on the
    # shore of) still asks for the river there
    (mention,) = parser.geoparse("Die Regierung im Amazonas plant neue Straßen .", "de")
    assert mention.place_id == AMAZONAS.id
    (mention,) = parser.geoparse("Am Amazonas leben viele Fischer .", "de")
    assert mention.place_id == AMAZON.id


def test_the_rule_reads_german_text_only() -> None:
    text = "Sie fuhren an die Mosel ."
    start = text.index("Mosel")
    assert feature_cue(text, start, start + 5, "de") == "water"
    assert feature_cue(text, start, start + 5, "en") is None
    compound = "Er lebt am Mosel-Ufer ."
    start = compound.index("Mosel")
    assert feature_cue(compound, start, start + 5, "de") is None

"""Kinds and recognition: in German, the place after a noun for a site named after where it
lies ("Kloster Ettal", "Atomkraftwerk Grohnde", "KZ Flossenbürg", "Werk Lingen", "OLG
Hamm") is where the news is, literal and a place's cue; a person's genitive before a town makes
no organisation's name ("Friedrichs Kirchhain"), another noun still does ("Bayer Leverkusen"). The
place of a dateline is a place's cue too. Small hand-made gazetteer; sentences written for the tests."""

from __future__ import annotations

import pytest
from parse_helpers import kind_of

from geodata.model import Place
from geodata.parse.lexicon import Lexicon
from geodata.parse.recognize import recognize

PLACES = [
    Place("9300001", "Ettal", "city", 47.57, 11.09, "DE", "DE-BY", None, 800),
    Place("9300002", "Grohnde", "city", 52.02, 9.41, "DE", "DE-NI", None, 1_100),
    Place("9300003", "Flossenbürg", "city", 49.73, 12.35, "DE", "DE-BY", None, 1_600),
    Place("9300004", "Leverkusen", "city", 51.03, 6.98, "DE", "DE-NW", None, 163_000),
    Place("9300005", "Lingen", "city", 52.52, 7.32, "DE", "DE-NI", None, 55_000),
    Place("9300006", "Hamm", "city", 51.68, 7.82, "DE", "DE-NW", None, 180_000),
    Place("9300007", "Kirchhain", "city", 50.82, 8.93, "DE", "DE-HE", None, 16_000),
    Place("9300008", "Sulzbach", "city", 49.3, 7.06, "DE", "DE-SL", None, 16_000),
    Place("9300009", "Tatra", "city", 49.1, 20.0, "SK", None, None, 900),
    Place("9300010", "Bellevue", "city", 47.61, -122.2, "US", "US-WA", None, 150_000),
]


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.build(PLACES, [])


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Die Mönche im Kloster Ettal brauen Bier .", "Ettal"),
        ("Nach der Panne im Atomkraftwerk Grohnde ruht der Betrieb .", "Grohnde"),
        ("Die Gedenkstätte im KZ Flossenbürg öffnet wieder .", "Flossenbürg"),
        # a company's branch or works, a court named after its seat
        ("Im Werk Lingen ruht die Produktion .", "Lingen"),
        ("Das OLG Hamm verwarf die Klage .", "Hamm"),
    ],
)
def test_the_place_after_a_site_noun_is_literal_and_cued(
    lexicon: Lexicon, text: str, surface: str
) -> None:
    assert kind_of(lexicon, text, surface, lang="de") == "literal"
    assert [(span.text, span.cue) for span in recognize(text, "de", lexicon)] == [(surface, True)]


def test_a_person_in_the_genitive_before_a_town_names_no_organisation(lexicon: Lexicon) -> None:
    text = "Den Plan Friedrichs Kirchhain zu vergrößern , lehnte der Rat ab ."
    assert kind_of(lexicon, text, "Kirchhain", lang="de") == "literal"


def test_the_place_of_a_dateline_is_cued(lexicon: Lexicon) -> None:
    text = "Kirchhain ( KS ) Der Umzug fiel wegen Regens aus ."
    assert [(span.text, span.cue) for span in recognize(text, "de", lexicon)] == [
        ("Kirchhain", True)
    ]


def test_another_noun_before_a_town_still_names_an_organisation(lexicon: Lexicon) -> None:
    assert (
        kind_of(lexicon, "Das Spiel gegen Bayer Leverkusen endete 2:2 .", "Leverkusen", lang="de")
        == "embedded"
    )


def test_a_place_named_by_the_town_it_lies_near_is_cued(lexicon: Lexicon) -> None:
    # "von" alone would leave a person's name possible; the town after "bei" makes it a place
    text = "Die Chronik von Sulzbach bei Kirchhain erschien 1900 ."
    spans = recognize(text, "de", lexicon)
    assert [span.text for span in spans] == ["Sulzbach", "Kirchhain"]
    assert spans[0].cue


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a maker's name on its product's model code; a road's number is no model
        ("Die Tatra T3A fuhr bis 1999 .", "embedded"),
        ("Der Stau bei Tatra A7 löste sich auf .", "literal"),
    ],
)
def test_a_name_before_a_model_code_is_a_products(lexicon: Lexicon, text: str, kind: str) -> None:
    assert kind_of(lexicon, text, "Tatra", lang="de") == kind


def test_a_castle_or_palace_keeps_its_own_name(lexicon: Lexicon) -> None:
    text = "Der Präsident empfing die Gäste im Schloss Bellevue ."
    assert kind_of(lexicon, text, "Bellevue", lang="de") == "embedded"

"""German street and square names: found by their shape, kept unresolved (the gazetteer has no
streets), and never the common nouns built the same way. Street names and sentences here are
made up for the tests."""

from __future__ import annotations

import itertools

import pytest
from parse_helpers import named

from geodata.model import Place
from geodata.parse.lexicon import STREET, Lexicon
from geodata.parse.pipeline import Parser, default_parser
from geodata.parse.recognize import recognize
from geodata.parse.streets import street_spans

PLACES = [
    Place("2950159", "Berlin", "city", 52.52, 13.41, "DE", "DE-BE", 2950159, 3_400_000),
    Place("2852458", "Potsdam", "city", 52.40, 13.07, "DE", "DE-BB", 2852458, 180_000),
    Place("2886242", "Köln", "city", 50.93, 6.95, "DE", "DE-NW", 2886242, 1_000_000),
    Place("2911298", "Hamburg", "city", 53.55, 10.0, "DE", "DE-HH", 2911298, 1_800_000),
    Place("2821164", "Bau", "city", 54.3, 9.6, "DE", "DE-SH", 2821164, 600),
    Place("1858296", "Kita", "city", 35.75, 139.73, "JP", None, 1858296, 350_000),
    # made-up small towns: one in Germany, one abroad, and a village named like an adjective
    Place("900001", "Kattenbrunn", "city", 51.1, 9.9, "DE", "DE-HE", None, 2_400),
    Place("900002", "Tarnvik", "city", 60.1, 15.2, "SE", None, None, 2_400),
    Place("900003", "Groß", "city", 48.2, 16.3, "AT", None, None, 300),
]
NAMES = [named("Berliner", "2950159", "de")]


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.build(PLACES, NAMES)


def _streets(lexicon: Lexicon, text: str) -> list[str]:
    return [text[start:end] for start, end in street_spans(text, lexicon)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rare name no dictionary knows before the head: a surname or an old local name
        ("Ein Bagger beschädigte die Quellmannstraße .", ["Quellmannstraße"]),
        (
            "Der Markt zieht vom Trautweinplatz an den Hertelufer .",
            ["Trautweinplatz", "Hertelufer"],
        ),
        # a given name used in Germany, or a German city's own name, before the head
        ("Sie trafen sich am Alexanderplatz .", ["Alexanderplatz"]),
        ("Die Polizei räumte Teile des Alexanderplatzes .", ["Alexanderplatzes"]),
        ("Der Laden liegt in der Hamburgstraße .", ["Hamburgstraße"]),
        # a person's full name, hyphenated
        ("Ein Rohr brach unter der Konrad-Adenauer-Straße .", ["Konrad-Adenauer-Straße"]),
        ("Demonstranten zogen über die Karl-Marx-Allee .", ["Karl-Marx-Allee"]),
        # a city's adjective and the head, with a house number
        ("Das Büro zog in die Kölner Straße 12 um .", ["Kölner Straße 12"]),
        ("Am Berliner Platz 5 wird gebaut .", ["Berliner Platz 5"]),
        ("Touristen füllten den Potsdamer Platz .", ["Potsdamer Platz"]),
        # "Weg" as a word of its own only with a house number
        ("Die Buslinie hält am Hamburger Weg 5 .", ["Hamburger Weg 5"]),
    ],
)
def test_street_names_are_found(lexicon: Lexicon, text: str, expected: list[str]) -> None:
    assert _streets(lexicon, text) == expected


def test_a_small_german_towns_adjective_names_a_street(lexicon: Lexicon) -> None:
    # streets are named after the next towns, however small
    assert _streets(lexicon, "Ein Lkw blieb in der Kattenbrunner Straße 7a stecken .") == [
        "Kattenbrunner Straße 7a"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a small town abroad names no German street; a declined adjective is no town's
        "Das Fest fand am Tarnviker Platz statt .",
        "Das Fest fand am Großer Platz statt .",
    ],
)
def test_no_street_after_a_small_foreign_town_or_a_declined_adjective(
    lexicon: Lexicon, text: str
) -> None:
    assert _streets(lexicon, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Er parkte in einer Seitenstraße neben dem Parkplatz am Marktplatz .",
        "Die Einbahnstraße und die Umgehungsstraße sind gesperrt .",
        "Der Sender wechselt den Programmplatz , die Stadt war Hauptschauplatz .",
        "Der Brotverkäufer kaufte einen Bauplatz .",  # "Bau" is a hamlet, no big city
        "Eltern warten auf einen Kitaplatz .",  # Kita is a city in Japan, not a German one
        "Die Straße führt am Ufer entlang zum Platz .",
        "Ein neuer Weg für die Rente , der Hamburger Weg in der Politik .",
    ],
)
def test_common_nouns_built_like_streets_are_not(lexicon: Lexicon, text: str) -> None:
    assert _streets(lexicon, text) == []


def test_a_count_after_a_square_is_no_house_number(lexicon: Lexicon) -> None:
    assert _streets(lexicon, "Am Alexanderplatz 3 Menschen verletzt .") == ["Alexanderplatz"]


def test_a_street_is_a_mention_without_a_point_and_replaces_the_names_inside_it(
    lexicon: Lexicon,
) -> None:
    parser = Parser(lexicon)
    mentions = parser.geoparse("Sie wohnt am Potsdamer Platz in Berlin .", lang="de")
    assert [(m.text, m.name, m.lat, m.kind) for m in mentions] == [
        ("Potsdamer Platz", None, None, "literal"),
        ("Berlin", "Berlin", 52.52, "literal"),
    ]
    (street, _city) = recognize("Sie wohnt am Potsdamer Platz in Berlin .", "de", lexicon)
    assert street.entry.flags & STREET


def test_streets_are_read_in_german_text_only(lexicon: Lexicon) -> None:
    parser = Parser(lexicon)
    mentions = parser.geoparse("She lives on Quellmannstraße in Berlin today.", lang="en")
    assert [m.text for m in mentions] == ["Berlin"]


def test_many_streets_among_many_names_are_merged_in_order(lexicon: Lexicon) -> None:
    # every street and every name of the text, in text order, none inside another: the merge
    # is one sweep over both lists (a pairwise test took minutes on a megabyte of this)
    text = "Am Potsdamer Platz und in Berlin , an der Karl-Marx-Allee in Köln . " * 2_000
    spans = recognize(text, "de", lexicon)
    assert [span.text for span in spans[:4]] == [
        "Potsdamer Platz",
        "Berlin",
        "Karl-Marx-Allee",
        "Köln",
    ]
    assert len(spans) == 8_000
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))


def test_a_long_word_ending_in_a_head_is_no_street(lexicon: Lexicon) -> None:
    # names are short: the pattern reads at most MAX_PART letters before the head
    assert _streets(lexicon, "Die X" + "q" * 200_000 + "straße ist lang .") == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Der Fahrer schlief auf einem Rastplatz an der Autobahn bei Kassel.",
        "Das Schiff lag am Liegeplatz im Hafen von Kiel.",
        "Die Sieger standen auf dem Siegerplatz.",
        "Dortmund kämpft um einen Europa-League-Platz.",
        "Die Ost-West-Straße ist gesperrt.",
        "Die Siegerehrung fand am Europaplatz statt, nahe der Liegewiese.",
    ],
)
def test_no_street_in_common_nouns_with_the_full_gazetteer(text: str) -> None:
    parser = default_parser()
    assert [m.text for m in parser.geoparse(text, lang="de") if m.lat is None] == []

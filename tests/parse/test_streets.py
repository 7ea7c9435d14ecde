"""German street and square names: found by their shape, kept unresolved (the gazetteer has no
streets), and never the common nouns built the same way."""

from __future__ import annotations

import pytest
from parse_helpers import named

from geodata.model import Place
from geodata.parse.lexicon import Lexicon
from geodata.parse.pipeline import Parser
from geodata.parse.streets import street_spans

PLACES = [
    Place("2950159", "Berlin", "city", 52.52, 13.41, "DE", "DE-BE", 2950159, 3_400_000),
    Place("2852458", "Potsdam", "city", 52.40, 13.07, "DE", "DE-BB", 2852458, 180_000),
    Place("2916786", "Guben", "city", 51.95, 14.72, "DE", "DE-BB", 2916786, 18_000),
    Place("2911298", "Hamburg", "city", 53.55, 10.0, "DE", "DE-HH", 2911298, 1_800_000),
    Place("2821164", "Bau", "city", 54.3, 9.6, "DE", "DE-SH", 2821164, 600),
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
        # a rare surname or old local name before the head
        ("Die Polizei sperrte die Schwanitzstraße .", ["Schwanitzstraße"]),
        (
            "Die Reviere Knoopstraße und Nöldekestraße werden eins .",
            ["Knoopstraße", "Nöldekestraße"],
        ),
        ("Früher endete die Straße am Boyneburgufer .", ["Boyneburgufer"]),
        # a given name or a well-known place before the head
        ("Sie trafen sich am Alexanderplatz .", ["Alexanderplatz"]),
        ("Die Polizei sperrte Teile des Alexanderplatzes .", ["Alexanderplatzes"]),
        ("Der Laden liegt in der Hamburgstraße .", ["Hamburgstraße"]),
        # a person's full name, hyphenated
        ("Von 1945 an hieß sie Friedrich-Engels-Straße .", ["Friedrich-Engels-Straße"]),
        ("Demonstranten zogen über die Karl-Marx-Allee .", ["Karl-Marx-Allee"]),
        # a place's adjective and the head, with a house number
        ("Die Anstalt lag in der Neu Potsdamer Straße 90c .", ["Potsdamer Straße 90c"]),
        ("Unfälle gibt es an der Gubener Straße , die sehr eng ist .", ["Gubener Straße"]),
        ("Am Berliner Platz 5 wird gebaut .", ["Berliner Platz 5"]),
    ],
)
def test_street_names_are_found(lexicon: Lexicon, text: str, expected: list[str]) -> None:
    assert _streets(lexicon, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Er parkte in einer Seitenstraße neben dem Parkplatz am Marktplatz .",
        "Die Einbahnstraße und die Umgehungsstraße sind gesperrt .",
        "Der Sender wechselt den Sendeplatz , Zürich war Hauptschauplatz .",
        "Der Brotverkäufer kaufte einen Bauplatz .",  # "Bau" is a hamlet, no well-known place
        "Die Straße führt am Ufer entlang zum Platz .",
    ],
)
def test_common_nouns_built_like_streets_are_not(lexicon: Lexicon, text: str) -> None:
    assert _streets(lexicon, text) == []


def test_a_street_is_a_mention_without_a_point_and_replaces_the_names_inside_it(
    lexicon: Lexicon,
) -> None:
    parser = Parser(lexicon)
    mentions = parser.geoparse("Sie wohnt am Potsdamer Platz in Berlin .", lang="de")
    assert [(m.text, m.name, m.lat, m.kind) for m in mentions] == [
        ("Potsdamer Platz", None, None, "literal"),
        ("Berlin", "Berlin", 52.52, "literal"),
    ]


def test_streets_are_read_in_german_text_only(lexicon: Lexicon) -> None:
    parser = Parser(lexicon)
    mentions = parser.geoparse("She lives on Schwanitzstraße in Berlin today.", lang="en")
    assert [m.text for m in mentions] == ["Berlin"]


def test_many_heads_without_names_stay_linear(lexicon: Lexicon) -> None:
    text = "Straße Platz Allee " * 20_000
    assert street_spans(text, lexicon) == []

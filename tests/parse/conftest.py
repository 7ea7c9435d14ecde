"""A small hand-made gazetteer, chosen for ambiguity, and a real parser over it."""

from __future__ import annotations

import pytest
from parse_helpers import named

from geodata.model import Place
from geodata.parse.lexicon import Lexicon
from geodata.parse.pipeline import Parser, default_parser

PLACES = [
    Place("3996063", "Mexico", "country", 23.0, -102.0, "MX", None, 3996063, 126_000_000),
    Place("6252001", "United States", "country", 39.76, -98.5, "US", None, 6252001, 327_000_000),
    Place("3865483", "Argentina", "country", -34.0, -64.0, "AR", None, 3865483, 44_000_000),
    Place("2510769", "Spain", "country", 40.0, -4.0, "ES", None, 2510769, 46_000_000),
    Place("2434508", "Chad", "country", 15.0, 19.0, "TD", None, 2434508, 15_000_000),
    Place("3017382", "France", "country", 46.0, 2.0, "FR", None, 3017382, 67_000_000),
    Place("region:caribbean", "Caribbean", "region", 15.0, -75.0),
    Place("region:middle-east", "Middle East", "region", 29.0, 45.0),
    Place("region:latin-america", "Latin America", "region", -10.0, -70.0),
    Place("3625428", "Venezuela", "country", 8.0, -66.0, "VE", None, 3625428, 28_000_000),
    Place(
        "ne:MX-SIN", "Sinaloa", "admin1", 25.0, -107.5, "MX", "MX-SIN", 3983035, None, ("3996063",)
    ),
    Place(
        "ne:MX-SON", "Sonora", "admin1", 29.6, -110.9, "MX", "MX-SON", 3982846, None, ("3996063",)
    ),
    Place(
        "ne:MX-TAM",
        "Tamaulipas",
        "admin1",
        24.0,
        -98.7,
        "MX",
        "MX-TAM",
        3981254,
        None,
        ("3996063",),
    ),
    Place(
        "ne:US-WA", "Washington", "admin1", 47.4, -120.5, "US", "US-WA", 5815135, None, ("6252001",)
    ),
    Place(
        "ne:US-AZ", "Arizona", "admin1", 34.3, -111.7, "US", "US-AZ", 5551752, None, ("6252001",)
    ),
    Place(
        "ne:US-IL", "Illinois", "admin1", 40.0, -89.2, "US", "US-IL", 4896861, None, ("6252001",)
    ),
    Place(
        "ne:US-CA", "California", "admin1", 37.3, -119.7, "US", "US-CA", 5332921, None, ("6252001",)
    ),
    Place("ne:AR-X", "Córdoba", "admin1", -32.1, -63.8, "AR", "AR-X", 3860255, None, ("3865483",)),
    Place(
        "4140963",
        "Washington",
        "city",
        38.895,
        -77.036,
        "US",
        "US-DC",
        4140963,
        689_545,
        ("6252001",),
    ),
    Place(
        "5308480", "Peoria", "city", 33.58, -112.24, "US", "US-AZ", 5308480, 154_065, ("ne:US-AZ",)
    ),
    Place(
        "4905687", "Peoria", "city", 40.69, -89.59, "US", "US-IL", 4905687, 113_150, ("ne:US-IL",)
    ),
    Place(
        "5397664", "Sonora", "city", 37.98, -120.38, "US", "US-CA", 5397664, 4_903, ("ne:US-CA",)
    ),
    Place(
        "3014728",
        "Culiacán",
        "city",
        24.80,
        -107.39,
        "MX",
        "MX-SIN",
        4014728,
        785_800,
        ("ne:MX-SIN",),
    ),
    Place(
        "3860259", "Córdoba", "city", -31.41, -64.18, "AR", "AR-X", 3860259, 1_428_214, ("ne:AR-X",)
    ),
    Place(
        "2519240", "Córdoba", "city", 37.89, -4.78, "ES", "ES-AN", 2519240, 328_428, ("2510769",)
    ),
    Place("2928810", "Essen", "city", 51.45, 7.01, "DE", "DE-NW", 2928810, 583_109),
    Place("606531", "Boden", "city", 65.83, 21.69, "SE", "SE-BD", 606531, 28_000),
    Place(
        "2988507", "Paris", "city", 48.85, 2.35, "FR", "FR-IDF", 2988507, 2_138_551, ("3017382",)
    ),
    Place("2639577", "Reading", "city", 51.46, -0.97, "GB", "GB-ENG", 2639577, 318_014),
    Place(
        "3117735", "Madrid", "city", 40.42, -3.70, "ES", "ES-MD", 3117735, 3_255_944, ("2510769",)
    ),
    Place(
        "5128581",
        "New York",
        "city",
        40.71,
        -74.01,
        "US",
        "US-NY",
        5128581,
        8_804_190,
        ("6252001",),
    ),
    Place("2735418", "Real", "city", 41.5, -8.4, "PT", "PT-03", 2735418, 5_000),
]

NAMES = [
    named("Mexiko", "3996063", "de"),
    named("México", "3996063", "es"),
    named("Vereinigte Staaten", "6252001", "de"),
    named("Estados Unidos", "6252001", "es"),
    named("USA", "6252001"),
    named("US", "6252001"),
    named("Karibik", "region:caribbean", "de"),
    named("Caribe", "region:caribbean", "es"),
    named("Naher Osten", "region:middle-east", "de"),
    named("Lateinamerika", "region:latin-america", "de"),
    named("Nueva York", "5128581", "es"),
    named("Tschad", "2434508", "de"),
    named("Frankreich", "3017382", "de"),
    named("Argentinien", "3865483", "de"),
    named("Spanien", "2510769", "de"),
]

DEMONYMS = [
    ("MX", "de", "mexikanisch"),
    ("MX", "de", "Mexikaner"),
    ("MX", "es", "mexicano"),
    ("MX", "en", "Mexican"),
    ("US", "de", "amerikanisch"),
    ("US", "es", "estadounidense"),
    ("AR", "es", "argentino"),
]


@pytest.fixture(scope="session")
def parser() -> Parser:
    """A real parser over the small gazetteer above."""
    return Parser(Lexicon.build(PLACES, NAMES, DEMONYMS))


@pytest.fixture(scope="session")
def world_parser() -> Parser:
    """The default parser over the world gazetteer (for tests marked slow)."""
    return default_parser()

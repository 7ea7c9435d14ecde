"""Demonyms in French, Italian and Portuguese: the forms generated from each base form, their
reading in running text (lower case, and French nouns for the people capitalised), a capitalised
Italian or Portuguese demonym read as the surname it also is, and another language's name of a
country spelled as a demonym ("Italien") kept as that country. Sentences written for the tests."""

from __future__ import annotations

import pytest

from geodata.parse.lexicon import _demonym_forms
from geodata.parse.pipeline import Parser


@pytest.mark.parametrize(
    ("form", "lang", "expected"),
    [
        ("canadien", "fr", ["canadien", "canadienne", "canadiens", "canadiennes"]),
        ("suédois", "fr", ["suédois", "suédoise", "suédoises"]),
        ("belge", "fr", ["belge", "belges"]),
        ("marocain", "fr", ["marocain", "marocaine", "marocains", "marocaines"]),
        ("turc", "fr", ["turc", "turcs"]),
        ("cileno", "it", ["cileno", "cilena", "cileni", "cilene"]),
        ("austriaco", "it", ["austriaco", "austriaca", "austriache", "austriaci", "austriachi"]),
        ("giapponese", "it", ["giapponese", "giapponesi"]),
        ("croata", "it", ["croata", "croati", "croate"]),
        ("chinês", "pt", ["chinês", "chinesa", "chineses", "chinesas"]),
        ("alemão", "pt", ["alemão", "alemã", "alemães", "alemãs", "alemãos"]),
        ("espanhol", "pt", ["espanhol", "espanhola", "espanhóis", "espanholas"]),
        ("peruano", "pt", ["peruano", "peruana", "peruanos", "peruanas"]),
        ("canadense", "pt", ["canadense", "canadenses"]),
    ],
)
def test_inflected_forms(form: str, lang: str, expected: list[str]) -> None:
    assert _demonym_forms(form, lang) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Les ministres canadiens ont rencontré une délégation japonaise à Lyon.",
            "fr",
            [("canadiens", "CA"), ("japonaise", "JP"), ("Lyon", "FR")],
        ),
        ("Les Néerlandais ont voté dimanche.", "fr", [("Néerlandais", "NL")]),
        (
            "Una squadra cilena ha battuto i campioni austriaci a Torino.",
            "it",
            [("cilena", "CL"), ("austriaci", "AT"), ("Torino", "IT")],
        ),
        (
            "A seleção peruana enfrentou jogadores espanhóis em Curitiba.",
            "pt",
            [("peruana", "PE"), ("espanhóis", "ES"), ("Curitiba", "BR")],
        ),
    ],
)
def test_demonyms_are_found_and_resolved_to_their_country(
    text: str, lang: str, expected: list[tuple[str, str]], world_parser: Parser
) -> None:
    mentions = world_parser.geoparse(text, lang=lang)
    assert [(m.text, m.country_code) for m in mentions] == expected
    assert [m.kind for m in mentions if m.feature == "country"] == ["demonym"] * sum(
        1 for m in mentions if m.feature == "country"
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # Italian and Portuguese write demonyms in lower case: capitalised, the word is a name
        ("La relazione firmata da Russo è stata approvata ieri.", "it"),
        ("The report signed by Russo was approved on Monday.", "en"),
        ("Den Bericht hat Tedesco gestern vorgestellt.", "de"),
    ],
)
def test_a_capitalised_italian_demonym_is_a_surname(
    text: str, lang: str, world_parser: Parser
) -> None:
    assert world_parser.geoparse(text, lang=lang) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Im Sommer reiste die Familie nach Italien und Indien.", ["Italien", "Indien"]),
        ("Die Hilfsgüter gingen nach Syrien und Libyen.", ["Syrien", "Libyen"]),
    ],
)
def test_a_german_country_name_spelled_as_a_french_demonym_stays_the_country(
    text: str, name: list[str], world_parser: Parser
) -> None:
    mentions = world_parser.geoparse(text, lang="de")
    assert [(m.text, m.kind, m.feature) for m in mentions] == [
        (n, "literal", "country") for n in name
    ]

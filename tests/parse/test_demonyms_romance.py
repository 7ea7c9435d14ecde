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
        ("austriaco", "it", ["austriaco", "austriaca", "austriache", "austriaci"]),
        ("tedesco", "it", ["tedesco", "tedesca", "tedesche", "tedeschi"]),
        # two that the rule gets wrong, spelled out: never "ceci", a French word
        ("ceco", "it", ["ceco", "ceca", "ceche", "cechi"]),
        ("greco", "it", ["greco", "greca", "greche", "greci"]),
        ("belga", "it", ["belga", "belgi", "belghe"]),
        ("letton", "fr", ["letton", "lettonne", "lettons", "lettonnes"]),
        ("giapponese", "it", ["giapponese", "giapponesi"]),
        ("croata", "it", ["croata", "croati", "croate"]),
        ("chinês", "pt", ["chinês", "chinesa", "chineses", "chinesas"]),
        ("alemão", "pt", ["alemão", "alemã", "alemãs", "alemães"]),
        ("letão", "pt", ["letão", "letã", "letãs", "letões"]),
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
        # at a sentence's start only the plural is the people ("Italiani in fuga")
        ("Russo ha firmato la relazione ieri sera.", "it"),
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


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # French, Italian and Portuguese demonyms are read only in their own language's text
        ("The Canadiens won again on Saturday night.", "en"),
        ("Pour the stock through a chinois before serving.", "en"),
        # "ceci" is no form of Italian "ceco"
        ("Je crois que ceci suffira pour demain.", "fr"),
        ("Abbiamo comprato dei ceci e del riso.", "it"),
    ],
)
def test_no_demonym_outside_its_language_or_its_forms(
    text: str, lang: str, world_parser: Parser
) -> None:
    assert world_parser.geoparse(text, lang=lang) == []


@pytest.mark.slow
def test_a_plural_people_opening_an_italian_sentence_is_a_demonym(world_parser: Parser) -> None:
    mentions = world_parser.geoparse("Austriaci e sloveni hanno firmato l'accordo.", lang="it")
    assert [(m.text, m.kind, m.country_code) for m in mentions] == [
        ("Austriaci", "demonym", "AT"),
        ("sloveni", "demonym", "SI"),
    ]


@pytest.mark.slow
def test_a_french_noun_for_one_of_the_people_is_a_demonym(world_parser: Parser) -> None:
    # French capitalises it, and spells it as German spells the land ("Italien")
    mentions = world_parser.geoparse("Un Italien et un Australien ont fini la course.", lang="fr")
    assert [(m.text, m.kind, m.country_code) for m in mentions] == [
        ("Italien", "demonym", "IT"),
        ("Australien", "demonym", "AU"),
    ]


@pytest.mark.slow
def test_a_town_spelled_as_an_inflected_demonym_keeps_its_name(world_parser: Parser) -> None:
    # Russas (Ceará, Brazil) is also the Portuguese feminine plural of "russo"
    mentions = world_parser.geoparse(
        "A prefeitura de Russas abriu uma escola. As empresas russas saíram do país.", lang="pt"
    )
    assert [(m.text, m.kind, m.country_code) for m in mentions] == [
        ("Russas", "literal", "BR"),
        ("russas", "demonym", "RU"),
    ]

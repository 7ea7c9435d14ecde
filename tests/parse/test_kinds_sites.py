"""Kinds: a place's name inside a site's proper name ("el Palacio de la Magdalena", "el Estadio
de Francia") is embedded; a town after a site's noun names where the site is."""

from __future__ import annotations

import pytest
from parse_helpers import kind_of, named

from geodata.model import Place
from geodata.parse.lexicon import Lexicon
from geodata.parse.pipeline import Parser

ES = Place("2510769", "Spain", "country", 40.0, -4.0, "ES", None, 2510769, 46_000_000)
FR = Place("3017382", "France", "country", 46.0, 2.0, "FR", None, 3017382, 67_000_000)
PLACES = [
    ES,
    FR,
    Place("3675504", "Magdalena", "city", 11.0, -74.8, "CO", None, 3675504, 30_000),
    Place("2516548", "Huelva", "city", 37.26, -6.94, "ES", "ES-AN", 2516548, 148_000),
    Place("3109718", "Santander", "city", 43.46, -3.8, "ES", "ES-CB", 3109718, 172_000),
]
NAMES = [named("Francia", FR.id, "es"), named("España", ES.id, "es")]


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.build(PLACES, NAMES)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Los presidentes pasearon por el Palacio de la Magdalena ayer .", "Magdalena"),
        ("La final se juega mañana en el Estadio de Francia .", "Francia"),
        ("The delegates met at the Palace of Spain on Monday.", "Spain"),
    ],
)
def test_a_place_inside_a_sites_proper_name_is_embedded(
    lexicon: Lexicon, text: str, surface: str
) -> None:
    lang = "en" if text.startswith("The") else "es"
    assert kind_of(lexicon, text, surface, lang) == "embedded"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("La muestra abre hoy en el Museo de Huelva .", "Huelva"),
        ("Chirac voló desde el aeropuerto de Santander .", "Santander"),
        ("Los presidentes visitaron la plaza de España .", "España"),
    ],
)
def test_a_town_after_a_sites_noun_stays_literal(lexicon: Lexicon, text: str, surface: str) -> None:
    assert kind_of(lexicon, text, surface, "es") == "literal"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "lang", "surface"),
    [
        # a place named in the quoted title of a work or a slogan is inside a name
        ('Sie sang das Lied " Nachts in Lissabon " zum Abschied .', "de", "Lissabon"),
        ('He wrote the novel "Winter in Madrid" in a year.', "en", "Madrid"),
        ("Die Kampagne „ Urlaub in Tirol “ lief im Winter .", "de", "Tirol"),
    ],
)
def test_a_place_in_a_works_quoted_title_is_embedded(
    text: str, lang: str, surface: str, world_parser: Parser
) -> None:
    mentions = world_parser.geoparse(text, lang=lang)
    assert [(m.text, m.kind) for m in mentions] == [(surface, "embedded")]


@pytest.mark.slow
def test_a_quotation_after_other_words_is_read_as_usual(world_parser: Parser) -> None:
    text = 'Der Film spielt in Paris. "Wir fahren nach Berlin", sagte er.'
    mentions = world_parser.geoparse(text, lang="de")
    assert [(m.text, m.kind) for m in mentions] == [("Paris", "literal"), ("Berlin", "literal")]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the first word of a longer place name the gazetteer lacks is not that other place
        ("They camped near Dorset Creek last summer.", "en"),
        # nor is a town's name inside a company's name with its legal form
        ("Gestern übernahm Erding Kessler GmbH die Anlage .", "de"),
    ],
)
def test_the_first_word_of_a_longer_unknown_name_is_no_place(
    text: str, lang: str, world_parser: Parser
) -> None:
    assert world_parser.geoparse(text, lang=lang) == []


@pytest.mark.slow
def test_a_longer_name_the_gazetteer_holds_is_found_whole(world_parser: Parser) -> None:
    mentions = world_parser.geoparse("She moved to Palm Springs in May.", lang="en")
    assert [m.text for m in mentions] == ["Palm Springs"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "lang", "surface"),
    [
        # an apostrophe or a closing mark is no title's opening one
        ("The film's premiere in Cannes drew large crowds.", "en", "Cannes"),
        ('He said "the book" was written in Denver last year.', "en", "Denver"),
        # a country before another phrase's company; a flight's number is no model
        ("Der Staatsfonds aus Katar an Volkswagen AG beteiligt sich.", "de", "Katar"),
        ("The Paris AF447 inquiry ended.", "en", "Paris"),
    ],
)
def test_the_new_name_rules_leave_these_places_literal(
    text: str, lang: str, surface: str, world_parser: Parser
) -> None:
    mentions = world_parser.geoparse(text, lang=lang)
    assert [(m.text, m.kind) for m in mentions] == [(surface, "literal")]

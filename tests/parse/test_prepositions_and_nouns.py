"""Prepositions that as often take a person as a place ("ein Bild von Hopper"), German common
nouns that are GeoNames alternates of places ("aus Gold" for Gold Coast), and names of two parts
("Talheim (Kreis 3) / Matte"). Small hand-made gazetteers, some of their places made up for the
tests (ids from 9100000); sentences written for the tests."""

from __future__ import annotations

import pytest
from parse_helpers import named

from geodata.model import Place
from geodata.parse.language import is_german_noun
from geodata.parse.lexicon import Lexicon, own_name
from geodata.parse.pipeline import Parser

FR = Place("3017382", "France", "country", 46.0, 2.0, "FR", None, 3017382, 67_000_000)
DE = Place("2921044", "Germany", "country", 51.5, 10.5, "DE", None, 2921044, 83_000_000)
PFALZ = Place("ne:DE-PFALZ", "Palatinate", "region", 49.4, 7.8, "DE", None, 2855397)
CARPENTRAS = Place("3028542", "Carpentras", "city", 44.06, 5.05, "FR", "FR-PAC", 3028542, 28_000)
MATTE = Place("9100004", "Talheim (Kreis 3) / Matte", "city", 47.3, 8.6, "CH", "CH-ZH", None, 2_000)
PLACES = [
    FR,
    DE,
    PFALZ,
    CARPENTRAS,
    # a small town abroad named like a painter
    Place("9100003", "Hopper", "city", 36.5, -89.5, "US", "US-TN", None, 600),
    Place("2911298", "Hamburg", "city", 53.55, 10.0, "DE", "DE-HH", 2911298, 1_800_000),
    # a big city with an alternate that is an everyday German noun, and a quarter whose name
    # has two parts, the second a noun too
    Place("2165087", "Gold Coast", "city", -28.0, 153.43, "AU", "AU-QLD", 2165087, 640_778),
    MATTE,
]
NAMES = [
    named("Frankreich", FR.id, "de"),
    named("Deutschland", DE.id, "de"),
    named("Pfalz", PFALZ.id, "de"),
    named("Gold", "2165087", source="geonames:alt"),
    named("Matte", MATTE.id, source="geonames:alt"),
]


@pytest.fixture(scope="module")
def parser() -> Parser:
    names = [named(place.name, place.id, source="test") for place in PLACES] + NAMES
    return Parser(Lexicon.build(PLACES, names))


def _places(parser: Parser, text: str, lang: str = "de") -> list[tuple[str, str | None]]:
    return [(m.text, m.place_id) for m in parser.geoparse(text, lang=lang)]


@pytest.mark.parametrize(
    "text",
    [
        "Im Museum hängen drei Bilder von Hopper aus den Dreißigerjahren .",
        "Der Kritiker schrieb ein Buch über Hopper und seine Zeit .",
    ],
)
def test_a_village_abroad_after_von_alone_is_not_kept(parser: Parser, text: str) -> None:
    assert _places(parser, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Der Weiler liegt acht Kilometer nördlich von Carpentras .",
        "Das Weingut liegt in der Nähe von Carpentras .",
        "Die Wanderung ging von Carpentras nach Hamburg .",
        "Die Radtour führte von Hamburg bis Carpentras .",
    ],
)
def test_a_direction_or_a_route_makes_von_locative(parser: Parser, text: str) -> None:
    assert ("Carpentras", CARPENTRAS.id) in _places(parser, text)


def test_in_still_keeps_a_village_abroad(parser: Parser) -> None:
    assert _places(parser, "Ihre Eltern wohnten damals in Carpentras .") == [
        ("Carpentras", CARPENTRAS.id)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "On trouve le marché près de Carpentras .",
        "Le trajet va de Carpentras jusqu'à Hamburg .",
        "Le trajet va de Carpentras jusqu’à Hamburg .",
    ],
)
def test_french_de_near_or_on_a_route_is_locative(parser: Parser, text: str) -> None:
    assert ("Carpentras", CARPENTRAS.id) in _places(parser, text, "fr")


@pytest.mark.parametrize(
    "text", ["Das Wappen zeigt einen Ring aus Gold .", "Der Helm ist von Gold und Silber ."]
)
def test_an_alternate_that_is_a_german_noun_is_the_noun(parser: Parser, text: str) -> None:
    assert _places(parser, text) == []


def test_the_same_alternate_with_the_full_name_is_the_place(parser: Parser) -> None:
    assert _places(parser, "Sie zog nach Gold Coast in Australien .") == [("Gold Coast", "2165087")]


def test_a_region_named_like_a_noun_is_still_the_region(parser: Parser) -> None:
    # the noun test is for alternates: a region's own German name after an article stays
    assert _places(parser, "Der Riesling aus der Pfalz gewann den Preis .") == [("Pfalz", PFALZ.id)]


def test_one_part_of_a_two_part_name_is_the_places_own(parser: Parser) -> None:
    assert own_name(MATTE, "matte")
    assert not own_name(MATTE, "talheim (kreis 3)")
    assert _places(parser, "Das Hochwasser erreichte gestern auch die Häuser in Matte .") == [
        ("Matte", MATTE.id)
    ]


@pytest.mark.parametrize("word", ["Liga", "Zug", "Gold", "Hof", "Boden", "Museum"])
def test_a_german_noun_has_a_plural(word: str) -> None:
    assert is_german_noun(word)


@pytest.mark.parametrize("word", ["Moskau", "Mailand", "Berlin", "Essen", "Hopper", "liga"])
def test_a_name_has_no_plural(word: str) -> None:
    assert not is_german_noun(word)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # a German word for a number of things makes the next word a plural noun
        "Einige Male kam der Zug zu spät.",
        # a given name, "von" and a name: a person's family name
        "Die Rede hielt Konrad von Hagen.",
    ],
)
def test_plural_nouns_and_family_names_are_no_places(text: str, world_parser: Parser) -> None:
    assert world_parser.geoparse(text, lang="de") == []


@pytest.mark.slow
def test_a_route_after_a_given_name_and_von_stays(world_parser: Parser) -> None:
    mentions = world_parser.geoparse("Sie fuhr mit Anna von Essen nach Bonn.", lang="de")
    assert [m.text for m in mentions] == ["Essen", "Bonn"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the town named later, a unit after a title, a name or a compound after a quantifier
        ("Die Rede hielt Konrad von Hagen. Die Stadt Hagen plant ein Fest.", ["Hagen"]),
        ("Herzog Franz von Bayern feierte Geburtstag.", ["Bayern"]),
        ("Seit dem Krieg haben viele Syrien verlassen.", ["Syrien"]),
        ("Zahlreiche Mallorca-Urlauber saßen am Flughafen fest.", ["Mallorca"]),
    ],
)
def test_places_after_such_words_stay(text: str, expected: list[str], world_parser: Parser) -> None:
    assert [m.text for m in world_parser.geoparse(text, lang="de")] == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Die Schweden jubelten nach dem Finale in Oslo.", "Schweden", "SE"),
        ("Den Sachsen gefiel der neue Fahrplan nicht.", "Sachsen", "DE-SN"),
    ],
)
def test_a_peoples_plural_spelled_as_their_land_is_a_demonym(
    text: str, name: str, code: str, world_parser: Parser
) -> None:
    # a German article before the plural of a noun for a people ("Schwede", "Sachse") makes it
    # the people, resolved to their land as demonyms are
    mention = next(m for m in world_parser.geoparse(text, lang="de") if m.text == name)
    assert mention.kind == "demonym"
    assert code in (mention.country_code, mention.admin1_code)


@pytest.mark.slow
def test_the_land_itself_stays_a_place(world_parser: Parser) -> None:
    mentions = world_parser.geoparse(
        "Im Sommer zog sie nach Schweden und später nach Sachsen.", lang="de"
    )
    assert [(m.text, m.kind) for m in mentions] == [("Schweden", "literal"), ("Sachsen", "literal")]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Baden-Baden hat im Herbst ein neues Festspielhaus eröffnet.",
        "Die Kurstadt Baden-Baden hat ein neues Festspielhaus.",
    ],
)
def test_a_hyphenated_town_of_everyday_words_is_a_place(text: str, world_parser: Parser) -> None:
    # wordfreq rates "Baden-Baden" by its parts, an everyday verb twice; German writes an
    # everyday compound closed, so the closed form's rarity is what counts
    mentions = world_parser.geoparse(text, lang="de")
    assert [(m.text, m.admin1_code) for m in mentions] == [("Baden-Baden", "DE-BW")]


@pytest.mark.slow
def test_a_region_after_the_article_is_found_though_its_adjective_is_a_word(
    world_parser: Parser,
) -> None:
    # French "corse" is also the island's adjective; "la Corse" is the island, the adjective
    # after a noun ("un fromage corse") is no name
    text = "Les pompiers sont partis pour la Corse. On y mange un fromage corse."
    mentions = world_parser.geoparse(text, lang="fr")
    assert [(m.text, m.country_code, m.feature) for m in mentions] == [("Corse", "FR", "region")]


@pytest.mark.slow
def test_a_portuguese_region_after_its_article_is_found(world_parser: Parser) -> None:
    # "madeira" is the word for wood; after "a" the island region
    text = "Este ano a Madeira recebeu muitos turistas. A mesa nova é de madeira."
    mentions = world_parser.geoparse(text, lang="pt")
    assert [(m.text, m.country_code) for m in mentions] == [("Madeira", "PT")]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        # the country by its larger part: a name of its own, not only the Spanish demonym
        ("The new road links Croatia and Bosnia across the river.", "en", "literal"),
        ("Die Delegation reiste weiter nach Bosnien.", "de", "literal"),
        ("La delegación bosnia viajó en tren.", "es", "demonym"),
    ],
)
def test_bosnia_alone_names_the_country(
    text: str, lang: str, kind: str, world_parser: Parser
) -> None:
    mention = next(m for m in world_parser.geoparse(text, lang=lang) if m.country_code == "BA")
    assert (mention.kind, mention.feature) == (kind, "country")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a locative preposition, an adjective and a name that is no German noun: a town
        ("Der Verein zog im Sommer ins benachbarte Schwelm um.", ["Schwelm"]),
        ("Die Familie stammt aus dem oberbayerischen Dachau.", ["Dachau"]),
        ("Er lebt seit Jahren im nahen Bonn.", ["Bonn"]),
        # a noun after the adjective stays a noun, and a name before another noun is no head
        ("Im vollen Zug nach Köln war es eng.", ["Köln"]),
        ("Sie wohnt im alten Forst am Waldrand.", []),
        ("Er sprach mit Besitzern von bestehenden Häusern.", []),
        ("Das Konzert fand im legendären Hansa Tonstudio statt.", []),
    ],
)
def test_an_adjective_between_preposition_and_name(
    text: str, expected: list[str], world_parser: Parser
) -> None:
    mentions = world_parser.geoparse(text, lang="de")
    assert [m.text for m in mentions if m.kind == "literal"] == expected


@pytest.mark.slow
def test_football_clubs_after_vom_and_zum_get_no_cue(world_parser: Parser) -> None:
    text = "Der Wechsel vom kleinen Paderborn zum großen Bayern war teuer."
    assert [m.text for m in world_parser.geoparse(text, lang="de") if m.kind == "literal"] == []

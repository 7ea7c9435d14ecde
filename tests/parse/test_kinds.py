"""Mention kinds: each rule of geodata.parse.kinds on sentences written for these tests.

The rules are called the way recognition calls them, on a small real lexicon; a few checks go
through the whole parser to show the kinds reach the mentions.
"""

from __future__ import annotations

import pytest
from parse_helpers import kind_of, named

from geodata.model import Place
from geodata.parse.kinds import classify
from geodata.parse.lexicon import DEMONYM, Entry, Lexicon
from geodata.parse.pipeline import Parser

PLACES = [
    Place("3469034", "Brazil", "country", -10.0, -55.0, "BR", None, 3469034, 210_000_000),
    Place("6251999", "Canada", "country", 60.0, -96.0, "CA", None, 6251999, 38_000_000),
    Place("6252001", "United States", "country", 39.8, -98.5, "US", None, 6252001, 327_000_000),
    Place("3996063", "Mexico", "country", 23.0, -102.0, "MX", None, 3996063, 126_000_000),
    Place("272103", "Lebanon", "country", 33.8, 35.8, "LB", None, 272103, 6_800_000),
    Place("1814991", "China", "country", 35.0, 105.0, "CN", None, 1814991, 1_400_000_000),
    Place("1562822", "Vietnam", "country", 16.0, 106.0, "VN", None, 1562822, 96_000_000),
    Place("3686676", "Líbano", "city", 4.92, -75.06, "CO", None, 3686676, 30_000),
    Place("3128760", "Barcelona", "city", 41.39, 2.17, "ES", "ES-CT", 3128760, 1_620_000),
    Place("3121960", "Getafe", "city", 40.31, -3.73, "ES", "ES-MD", 3121960, 170_000),
    Place("3117735", "Madrid", "city", 40.42, -3.70, "ES", "ES-MD", 3117735, 3_255_944),
    Place("2510911", "Sevilla", "city", 37.38, -5.97, "ES", "ES-AN", 2510911, 700_000),
    Place("ne:ES-PM", "Baleares", "admin1", 39.6, 2.9, "ES", "ES-IB", 2521383, None),
    Place("2856883", "Osnabrück", "city", 52.27, 8.05, "DE", "DE-NI", 2856883, 165_000),
    Place("2920632", "Gießen", "city", 50.58, 8.68, "DE", "DE-HE", 2920632, 90_000),
    Place("2935517", "Dortmund", "city", 51.51, 7.47, "DE", "DE-NW", 2935517, 588_000),
    Place("2886242", "Köln", "city", 50.93, 6.95, "DE", "DE-NW", 2886242, 1_080_000),
    Place("2911298", "Hamburg", "city", 53.55, 10.0, "DE", "DE-HH", 2911298, 1_840_000),
    Place("ne:CH-GR", "Graubünden", "admin1", 46.7, 9.6, "CH", "CH-GR", 2660522, None),
    Place("2658434", "Switzerland", "country", 47.0, 8.0, "CH", None, 2658434, 8_700_000),
    Place("ne:XX-C", "Central", "admin1", 10.0, 10.0, "XX", "XX-C", None, 500_000),
    Place("3174741", "Medea", "city", 45.92, 13.43, "IT", "IT-36", 3174741, 900),
    Place("4140963", "Washington", "city", 38.9, -77.04, "US", "US-DC", 4140963, 689_545),
    Place("170654", "Damascus", "city", 33.51, 36.29, "SY", "SY-DI", 170654, 1_570_000),
    Place("276781", "Beirut", "city", 33.89, 35.5, "LB", "LB-BA", 276781, 1_900_000),
    Place("3860259", "Córdoba", "city", -31.41, -64.18, "AR", "AR-X", 3860259, 1_428_214),
]

NAMES = [
    named("Brasil", "3469034", "es"),
    named("Canadá", "6251999", "es"),
    named("Estados Unidos", "6252001", "es"),
    named("USA", "6252001"),
    named("Mexiko", "3996063", "de"),
    named("Líbano", "272103", "es"),
]

DEMONYMS = [("CH", "de", "Schweizer"), ("MX", "de", "mexikanisch")]


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.build(PLACES, NAMES, DEMONYMS)


# A name after an institution's capitalised name and "de"/"of" is embedded; a place noun, a
# site, a title or a sentence's first word before it leaves it literal.
@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Ayer la Federación Hotelera de Baleares pidió más ayudas.", "Baleares", "embedded"),
        ("Habló la Asociación de Vecinos de Barcelona en el pleno.", "Barcelona", "embedded"),
        ("Ayer el Consejo Nacional Electoral de Brasil publicó los datos.", "Brasil", "embedded"),
        ("Ayer el Gobierno de Brasil aprobó el plan.", "Brasil", "embedded"),
        ("El pleno del Ayuntamiento de Getafe votó ayer.", "Getafe", "embedded"),
        ("Ayer la Comunidad Autónoma de Baleares aprobó el plan.", "Baleares", "literal"),
        ("Se reunieron en el Palacio Real Nuevo de Madrid ayer.", "Madrid", "literal"),
        ("Jugaron en el estadio del Centenario de Sevilla ayer.", "Sevilla", "literal"),
        ("Ayer habló el Presidente de Brasil en la cumbre.", "Brasil", "literal"),
        ("Llegó el ministro de Exteriores de Brasil ayer.", "Brasil", "literal"),
        ("Llegó el ministro del Interior de Brasil ayer.", "Brasil", "literal"),
        ("Habló el presidente del Tribunal Superior de Baleares ayer.", "Baleares", "embedded"),
        ("Asistieron ayer los Duques de Getafe al estreno.", "Getafe", "embedded"),
        ("El rejoneador Pablo Hermoso de Getafe cortó una oreja.", "Getafe", "embedded"),
        ("Habló el presidente de la Junta Electoral de Baleares ayer.", "Baleares", "embedded"),
        ("Ayer el Banco Central de Brasil subió los tipos.", "Brasil", "embedded"),
        ("Es el mayor banco de Madrid y de Brasil desde 1990.", "Brasil", "literal"),
        ("Cerca de Madrid hubo un accidente.", "Madrid", "literal"),
        ("Los turistas llegan de Baleares cada verano.", "Baleares", "literal"),
    ],
)
def test_institution_names_before_de(
    lexicon: Lexicon, text: str, surface: str, expected: str
) -> None:
    assert kind_of(lexicon, text, surface, "es") == expected


# Outside German, capitals in mid-sentence mark names: a place glued to capitalised words that
# are no places is part of a longer name.
@pytest.mark.parametrize(
    ("text", "surface", "lang", "expected"),
    [
        ("La operadora Brasil Telecom ganó la subasta.", "Brasil", "es", "embedded"),
        ("El presidente del Olympique Getafe habló ayer.", "Getafe", "es", "embedded"),
        ("Los socios de Brasil y Canadá firmaron el acuerdo.", "Brasil", "es", "literal"),
        ("Los socios de Brasil y Canadá firmaron el acuerdo.", "Canadá", "es", "literal"),
        ("Shares of Canada Dry Bottling rose again.", "Canada", "en", "modifier"),
        ("Yesterday Canada Mayor Jones spoke first.", "Canada", "en", "modifier"),
        ("Shares of the Canada Xerotel group rose again.", "Canada", "en", "embedded"),
        ("Exports from Canada rose again.", "Canada", "en", "literal"),
        ("Steven Sachs of Sevilla was driving a van.", "Sevilla", "en", "literal"),
        ("Police said Steven Sachs of Sevilla was driving.", "Sevilla", "en", "literal"),
        ("Police said Mr. Sachs of Sevilla was driving.", "Sevilla", "en", "literal"),
        ("He studied at the University of Sevilla until 1990.", "Sevilla", "en", "embedded"),
        ("Her sister, Kalena Horhn of Sevilla, said so.", "Sevilla", "en", "literal"),
        ("Sachs drove a Mazda and James Tauber of Sevilla a van.", "Sevilla", "en", "literal"),
        ("He said “no.” Residents of Sevilla will vote.", "Sevilla", "en", "literal"),
        ("Delegates came from Madrid Sevilla and Getafe.", "Madrid", "en", "literal"),
    ],
)
def test_names_glued_to_other_capitalised_words(
    lexicon: Lexicon, text: str, surface: str, lang: str, expected: str
) -> None:
    assert kind_of(lexicon, text, surface, lang) == expected


def test_a_headline_in_capitals_before_a_dateline_is_not_part_of_a_name(lexicon: Lexicon) -> None:
    text = "SUBE LA DEMANDA DE AGUA EN LA COSTA Sevilla ( EFE ) ."
    assert kind_of(lexicon, text, "Sevilla", "es") == "literal"


def test_datelines_are_literal(lexicon: Lexicon) -> None:
    assert kind_of(lexicon, "Getafe ( Madrid ) , 23 may ( EFE ) .", "Madrid", "es") == "literal"
    assert kind_of(lexicon, "Gaceta Sevilla ( EFE ) El pleno votó.", "Sevilla", "es") == "literal"


# German capitalises every noun: only an abbreviation, an organisation word or a non-place noun
# right before the bare name makes it embedded.
@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Am Samstag verlor der VfL Osnabrück sein Heimspiel.", "Osnabrück", "embedded"),
        ("Er lehrte an der Universität Gießen bis 1990.", "Gießen", "embedded"),
        ("Am Ende gewann Borussia Dortmund das Spiel.", "Dortmund", "embedded"),
        ("Am Ende gewann der FC Hamburg Altona das Spiel.", "Hamburg", "embedded"),
        ("Im Schweizer Kanton Graubünden regnet es.", "Graubünden", "literal"),
        ("Die Verwaltung der Stadt Köln plant neue Radwege.", "Köln", "literal"),
        ("Die Verwaltung der Hansestadt Hamburg plant neue Radwege.", "Hamburg", "literal"),
        ("Sie zog 1990 von Gießen nach Dortmund.", "Dortmund", "literal"),
        ("Die Regierung Mexikos fordert strengere Kontrollen.", "Mexikos", "literal"),
    ],
)
def test_german_organisations(lexicon: Lexicon, text: str, surface: str, expected: str) -> None:
    assert kind_of(lexicon, text, surface, "de") == expected


def test_spanish_club_article_takes_cities_not_countries(lexicon: Lexicon) -> None:
    assert kind_of(lexicon, "Ayer el Barcelona ganó en casa.", "Barcelona", "es") == "embedded"
    # "Líbano" is also a Colombian town, but "del Líbano" is the country with its article
    text = "Siguen los combates en el sur del Líbano desde el lunes."
    assert kind_of(lexicon, text, "Líbano", "es") == "literal"


def test_a_city_in_brackets_after_a_player_is_the_club(lexicon: Lexicon) -> None:
    text = "Tarjeta amarilla para Puyol ( Barcelona ) y Romero ( Getafe ) ."
    assert kind_of(lexicon, text, "Barcelona", "es") == "embedded"
    assert kind_of(lexicon, text, "Getafe", "es") == "embedded"
    text = "La obra se estrena en Getafe ( Madrid ) en junio."
    assert kind_of(lexicon, text, "Madrid", "es") == "literal"


def test_a_name_alone_in_quotes_after_an_article_is_a_title(lexicon: Lexicon) -> None:
    text = "Mit einer Neuinszenierung der „Medea“ beginnt das Festival."
    assert kind_of(lexicon, text, "Medea", "de") is None
    text = "Das Festival beginnt in Medea mit einer Neuinszenierung."
    assert kind_of(lexicon, text, "Medea", "de") == "literal"


# A capital or country before a verb of speech or action is metonymic only as that verb's subject.
@pytest.mark.parametrize(
    ("text", "surface", "lang", "expected"),
    [
        ("Am Abend war es ruhig. Washington kündigte Sanktionen an.", "Washington", "de", "metonymic"),
        ("Die USA haben Zölle verhängt.", "USA", "de", "metonymic"),
        ("Die Regierung Mexikos fordert seit Jahren mehr Kontrollen.", "Mexikos", "de", "literal"),
        ("Los bombardeos siguieron, y Beirut denunció nuevas violaciones.", "Beirut", "es", "metonymic"),
        ("La competencia de China y Vietnam ha obligado a cerrar fábricas.", "Vietnam", "es", "literal"),
        ("Several ministers attended, while Damascus sent an envoy.", "Damascus", "en", "metonymic"),
        ("The provincial government of Córdoba plans tax breaks.", "Córdoba", "en", "literal"),
        ("Flights via Washington will resume in May.", "Washington", "en", "literal"),
    ],
)  # fmt: skip
def test_metonymy_needs_a_subject(
    lexicon: Lexicon, text: str, surface: str, lang: str, expected: str
) -> None:
    assert kind_of(lexicon, text, surface, lang) == expected


def test_and_does_not_chain_a_list_into_an_organisation(lexicon: Lexicon) -> None:
    text = "Stadiums in Mexico, the United States and Canada are nearly ready."
    assert kind_of(lexicon, text, "Canada", "en") == "literal"


def test_kinds_reach_the_parser_s_mentions(lexicon: Lexicon) -> None:
    parser = Parser(lexicon)
    text = "Ayer la Federación Hotelera de Baleares se reunió en Sevilla con el Barcelona."
    got = {m.text: m.kind for m in parser.geoparse(text, lang="es")}
    assert got == {"Baleares": "embedded", "Sevilla": "literal", "Barcelona": "embedded"}


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("La selección de Brasil ganó el amistoso.", "Brasil", "embedded"),
        ("El equipo de Getafe viajó en autobús.", "Getafe", "embedded"),
        ("Resultados : Barcelona 71 - Sevilla 65 .", "Barcelona", "embedded"),
        ("Resultados : Barcelona 71 - Sevilla 65 .", "Sevilla", "embedded"),
        ("Amistoso : Canadá , 0 - Brasil , 3 ( 0-0 ) .", "Brasil", "embedded"),
        ("3 - Brasil : Dida , Cafu y Rivaldo .", "Brasil", "embedded"),
        ("El tren de Madrid 2000 llegó tarde.", "Madrid", "literal"),
        ("La gente de Brasil vive con calor.", "Brasil", "literal"),
        ("El sábado el equipo se medirá a Brasil en Lima.", "Brasil", "metonymic"),
        ("Prepara el partido ante Canadá del domingo.", "Canadá", "metonymic"),
        ("El ministro viajó ante todo a Brasil por negocios.", "Brasil", "literal"),
    ],
)
def test_teams_named_by_their_place(
    lexicon: Lexicon, text: str, surface: str, expected: str
) -> None:
    assert kind_of(lexicon, text, surface, "es") == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Officials praised the Canada office for its work.", "Canada", "modifier"),
        ("Talks began on Mexico's Brazil policy last week.", "Brazil", "modifier"),
        ("Reporters on the Canada desk wrote the story.", "Canada", "modifier"),
        ("The Mexico area was hit hard by the storm.", "Mexico", "literal"),
        ("Yesterday the Canada sent nothing.", "Canada", "metonymic"),
        ("Exporters in Mexico wary of tariffs met on Monday.", "Mexico", "literal"),
        ("Hotels in Brazil today are full.", "Brazil", "literal"),
        ("The Mexico delegates arrived late.", "Mexico", "literal"),
    ],
)
def test_english_noun_modifiers(lexicon: Lexicon, text: str, surface: str, expected: str) -> None:
    """A place before a lower-case noun after a determiner modifies it; not before an adverb, a
    verb form, a plural (which may be a verb) or a word for the place's own area."""
    assert kind_of(lexicon, text, surface, "en") == expected


def test_german_city_adjectives_modify_the_noun_after_them(lexicon: Lexicon) -> None:
    """ "Der Madrider Coach": a city's adjective before a capitalised noun modifies it."""
    madrid = lexicon.entry("Madrid")
    assert madrid is not None
    adjective = Entry("madrider", madrid.place_ids, DEMONYM, frozenset({"de"}))
    text = "Der Madrider Coach lobte die Moral. Die Madrider jubelten."
    first = text.index("Madrider")
    second = text.index("Madrider", first + 1)
    for at, expected in ((first, "modifier"), (second, "demonym")):
        got = classify(text, at, at + 8, lang="de", demonym=True, entry=adjective, lexicon=lexicon)
        assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Am Samstag spielt der Schweizer SV in Köln.", "embedded"),
        ("Im Schweizer Kanton Graubünden regnet es.", "demonym"),
        ("Die Schweizer glichen kurz vor Schluss aus.", "demonym"),
    ],
)
def test_german_demonyms_before_an_abbreviation_name_a_club(
    lexicon: Lexicon, text: str, expected: str
) -> None:
    assert kind_of(lexicon, text, "Schweizer", "de") == expected


def test_german_subject_after_the_verb_is_metonymic(lexicon: Lexicon) -> None:
    text = "In Beirut haben Washington und Damascus einen Plan vorgelegt."
    assert kind_of(lexicon, text, "Washington", "de") == "metonymic"
    assert kind_of(lexicon, "und Damascus einen", "Damascus", "de") == "literal"
    start = text.index("Damascus")
    entry = lexicon.entry("Damascus")
    assert entry is not None
    got = classify(text, start, start + 8, lang="de", demonym=False, entry=entry, lexicon=lexicon)
    assert got == "metonymic"
    assert (
        kind_of(lexicon, "Die Delegation reiste nach Beirut weiter.", "Beirut", "de") == "literal"
    )


def test_both_ends_of_a_hyphenated_route_are_modifiers(lexicon: Lexicon) -> None:
    text = "Hubo cortes en la autopista Madrid-Sevilla durante horas."
    assert kind_of(lexicon, text, "Madrid", "es") == "modifier"
    assert kind_of(lexicon, text, "Sevilla", "es") == "modifier"


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Ayer el TAU Getafe perdió en casa.", "Getafe", "embedded"),
        ("Ayer la Telefónica do Brasil subió en bolsa.", "Brasil", "embedded"),
        ('El equipo tuvo en su " Medea " al gran artífice del triunfo.', "Medea", None),
        ("Amonestación a Noel Pérez ( Getafe ) por protestar.", "Getafe", "embedded"),
        ("La fundación tiene su sede en Getafe ( Madrid ) desde 1990.", "Madrid", "literal"),
    ],
)
def test_initials_portuguese_names_nicknames_and_players(
    lexicon: Lexicon, text: str, surface: str, expected: str | None
) -> None:
    assert kind_of(lexicon, text, surface, "es") == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Habló ayer el titular de Defensa del Brasil actual.", "Brasil", "literal"),
        ("Habló el director de La Gaceta de Sevilla ayer.", "Sevilla", "embedded"),
        ("Lo dijo hoy en Madrid Romero , de viaje por España .", "Madrid", "literal"),
        ("La final ( Desde Sevilla ) se emitirá a las diez .", "Sevilla", "literal"),
        ("El acto será en Urda ( Madrid ) el viernes .", "Madrid", "literal"),
        ("Es natural de Villanueva de Gumiel ( Sevilla ) y vive allí .", "Sevilla", "literal"),
        ("Amonestación a Frank de Boer ( Barcelona ) por protestar .", "Barcelona", "embedded"),
    ],
)
def test_offices_speakers_and_towns_in_brackets(
    lexicon: Lexicon, text: str, surface: str, expected: str
) -> None:
    assert kind_of(lexicon, text, surface, "es") == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Nun holten ihn die Hamburg Flyers in ihr Team.", "Hamburg", "embedded"),
        ("Er wechselte im Sommer zu Telecom Brazil nach Rio.", "Brazil", "embedded"),
        ("Die Auszeichnung ging an Köln 05 , den Aufsteiger.", "Köln", "embedded"),
        ("Laut dem Journal de Madrid war es ruhig.", "Madrid", "embedded"),
        ("Heute wurden in Hamburg 19 Boote ausgeliefert.", "Hamburg", "literal"),
        ("Der Hafen von Hamburg Altstadt ist voll.", "Hamburg", "literal"),
        ("Im Sommer zog er von Köln nach Hamburg um.", "Hamburg", "literal"),
    ],
)
def test_german_text_with_foreign_names_and_club_years(
    lexicon: Lexicon, text: str, surface: str, expected: str
) -> None:
    assert kind_of(lexicon, text, surface, "de") == expected


def test_a_river_after_the_spanish_article_is_no_club() -> None:
    # "el Barcelona" is the club; "el Turia", also a town's name, is the river
    lex = Lexicon.build(
        [
            Place("2510000", "Turia", "city", 39.6, -0.6, "ES", "ES-VC", 2510000, 1_200),
            Place("water:turia", "Turia", "water", 39.6, -0.8, None, None, None),
            Place("3128760", "Barcelona", "city", 41.39, 2.16, "ES", "ES-CT", 3128760, 1_600_000),
        ],
        [],
    )
    assert (
        kind_of(lex, "Las lluvias desbordaron el Turia en la ciudad.", "Turia", "es") == "literal"
    )
    assert kind_of(lex, "Ayer ganó el Barcelona en casa.", "Barcelona", "es") == "embedded"

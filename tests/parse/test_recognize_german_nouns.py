"""German nouns and forms: direction and position nouns that towns are named after ("von Osten",
"ab Mitte Juni"), bare generic place nouns ("Kanton"), the dative plural and the "-es" genitive
of country names ("in den Niederlanden", "Irlandes"), public bodies named by their seat
("Landgericht Bremen") and national sides playing a match ("gegen Chile"). Sentences written for
the tests."""

from __future__ import annotations

import pytest
from parse_helpers import kind_of, named

from geodata.model import Place
from geodata.parse.lexicon import Lexicon
from geodata.parse.recognize import recognize

NL = Place("2750405", "Netherlands", "country", 52.25, 5.75, "NL", None, 2750405, 17_000_000)
IE = Place("2963597", "Ireland", "country", 53.0, -8.0, "IE", None, 2963597, 5_000_000)
CL = Place("3895114", "Chile", "country", -30.0, -71.0, "CL", None, 3895114, 19_000_000)
UA = Place("690791", "Ukraine", "country", 49.0, 32.0, "UA", None, 690791, 44_000_000)
PLACES = [
    NL,
    IE,
    CL,
    UA,
    Place("2864118", "Norden", "city", 53.6, 7.2, "DE", "DE-NI", 2864118, 25_000, ("ne:DE-NI",)),
    Place("2870912", "Mitte", "city", 52.52, 13.40, "DE", "DE-BE", 2870912, 390_000),
    # GeoNames gives Hong Kong's North District the German name "Norden": with it the name is
    # scanned at all (an everyday word naming only a small town is not)
    Place("7533617", "North District", "admin1", 22.5, 114.18, "HK", "HK-X16", 7533617),
    Place("1809858", "Guangzhou", "city", 23.12, 113.25, "CN", None, 1809858, 11_000_000),
    Place("2944388", "Bremen", "city", 53.08, 8.81, "DE", "DE-HB", 2944388, 560_000),
    Place("2867714", "München", "city", 48.14, 11.58, "DE", "DE-BY", 2867714, 1_500_000),
    Place("2935517", "Dortmund", "city", 51.51, 7.47, "DE", "DE-NW", 2935517, 590_000),
    Place("2935530", "Dorfen", "city", 48.27, 12.16, "DE", "DE-BY", 2935530, 14_000),
    Place("ne:DE-NI", "Niedersachsen", "admin1", 52.8, 9.1, "DE", "DE-NI", 2862926),
]
NAMES = [
    named("Niederlande", NL.id, "de"),
    named("Irland", IE.id, "de"),
    named("Ukraine", UA.id, "de"),
    named("Norden", "7533617", "de"),
    named("Mitte", "2870912", "de"),
    named("Kanton", "1809858", "de"),  # an old name of Guangzhou in GeoNames
]


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.build(PLACES, NAMES)


def _names(lexicon: Lexicon, text: str) -> list[str]:
    return [span.text for span in recognize(text, "de", lexicon)]


@pytest.mark.parametrize(
    "text",
    [
        "Ab Mitte Juni soll die Fähre wieder fahren .",
        "Das Gewitter zog von Norden heran und dann nach Osten .",
        "Der Bürgermeister sah das Gewitter von Norden kommen .",
        "Über die Schulen entscheidet der Kanton , nicht die Gemeinde .",
        "Die Kosten trägt die Kasse des Kantons .",
    ],
)
def test_direction_position_and_place_nouns_are_no_places(lexicon: Lexicon, text: str) -> None:
    assert _names(lexicon, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Pegel stieg in Norden , Niedersachsen , am Abend .", ["Norden", "Niedersachsen"]),
        ("Die Fähre legt seit Jahren in Norden an .", ["Norden"]),
        ("Ein Lastwagen blieb bei Mitte im Stau stecken .", ["Mitte"]),
        # an office held for a town: its holder is "of" the town, not of a direction
        ("Der Bürgermeister von Norden weihte die Brücke ein .", ["Norden"]),
        ("Die Oberbürgermeisterin von Norden lud zum Empfang .", ["Norden"]),
        ("Die Rede des Bürgermeisters von Norden war kurz .", ["Norden"]),
        # an inflected form of something else: "Dorfen" is no form of "Dorf"
        ("Die Feuerwehr in Dorfen rückte aus .", ["Dorfen"]),
    ],
)
def test_a_town_named_like_a_noun_stays_a_town_where_the_text_says_so(
    lexicon: Lexicon, text: str, expected: list[str]
) -> None:
    assert _names(lexicon, text) == expected


def test_country_names_take_the_dative_plural_and_the_es_genitive(lexicon: Lexicon) -> None:
    assert _names(lexicon, "Tulpen aus den Niederlanden sind teuer .") == ["Niederlanden"]
    assert _names(lexicon, "Die Küste Irlandes ist rau .") == ["Irlandes"]
    entry = lexicon.entry("Niederlanden")
    assert entry is not None
    assert entry.place_ids == (NL.id,)


def test_the_dative_plural_is_made_for_plural_lande_names_only(lexicon: Lexicon) -> None:
    # "Seinen", "Lagen" are everyday words; "Ukrainen" a form nobody writes
    assert lexicon.entry("Ukrainen") is None
    lex = Lexicon.build(
        [Place("2975964", "Seine", "water", 49.4, 0.2, "FR", None, 2975964)],
        [named("Seine", "2975964", "de")],
    )
    assert lex.entry("Seinen") is None


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Das Landgericht Bremen wies die Klage ab .", "Bremen"),
        ("Das Polizeipräsidium München warnt vor Betrügern .", "München"),
    ],
)
def test_a_public_body_named_by_its_seat_names_the_place(
    lexicon: Lexicon, text: str, surface: str
) -> None:
    assert kind_of(lexicon, text, surface, "de") == "literal"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Gestern gewann Borussia Dortmund .", "Dortmund"),
        ("Die Preise der Stadtwerke München steigen .", "München"),
    ],
)
def test_a_club_or_a_company_named_after_its_town_stays_embedded(
    lexicon: Lexicon, text: str, surface: str
) -> None:
    assert kind_of(lexicon, text, surface, "de") == "embedded"


@pytest.mark.parametrize(
    ("text", "surface", "lang", "expected"),
    [
        ("Am Samstag folgt das Spiel gegen Chile .", "Chile", "de", "metonymic"),
        ("Se prepara el partido ante Chile del jueves .", "Chile", "es", "metonymic"),
        ("La selección de Chile perdió el amistoso .", "Chile", "es", "embedded"),
        ("Amistoso : Chile , 1 - Ucrania , 2 .", "Chile", "es", "embedded"),
    ],
)
def test_a_country_playing_a_match_stands_for_its_side(
    lexicon: Lexicon, text: str, surface: str, lang: str, expected: str
) -> None:
    lex = Lexicon.build(PLACES, [*NAMES, named("Chile", CL.id, "es"), named("Ucrania", UA.id)])
    assert kind_of(lex, text, surface, lang) == expected

"""German nouns and forms: direction and position nouns that towns are named after ("von Norden",
"bis Mitte Mai"), bare generic place nouns ("Kanton"), the dative plural and the "-es" genitive
of country names ("in den Niederlanden", "Griechenlandes"), public bodies named by their seat
("Amtsgericht Stockholm") and national sides playing a match ("gegen Kolumbien")."""

from __future__ import annotations

import pytest
from parse_helpers import kind_of, named

from geodata.model import Place
from geodata.parse.lexicon import Lexicon
from geodata.parse.recognize import recognize

NL = Place("2750405", "Netherlands", "country", 52.25, 5.75, "NL", None, 2750405, 17_000_000)
GR = Place("390903", "Greece", "country", 39.0, 22.0, "GR", None, 390903, 10_700_000)
CO = Place("3686110", "Colombia", "country", 4.0, -72.0, "CO", None, 3686110, 49_000_000)
UA = Place("690791", "Ukraine", "country", 49.0, 32.0, "UA", None, 690791, 44_000_000)
PLACES = [
    NL,
    GR,
    CO,
    UA,
    Place("2864118", "Norden", "city", 53.6, 7.2, "DE", "DE-NI", 2864118, 25_000, ("ne:DE-NI",)),
    Place("2870912", "Mitte", "city", 52.52, 13.40, "DE", "DE-BE", 2870912, 390_000),
    # GeoNames gives Hong Kong's North District the German name "Norden": with it the name is
    # scanned at all (an everyday word naming only a small town is not)
    Place("7533617", "North District", "admin1", 22.5, 114.18, "HK", "HK-X16", 7533617),
    Place("1809858", "Guangzhou", "city", 23.12, 113.25, "CN", None, 1809858, 11_000_000),
    Place("2951825", "Bayreuth", "city", 49.95, 11.58, "DE", "DE-BY", 2951825, 73_000),
    Place("2673730", "Stockholm", "city", 59.33, 18.06, "SE", "SE-AB", 2673730, 1_500_000),
    Place("2935517", "Dortmund", "city", 51.51, 7.47, "DE", "DE-NW", 2935517, 590_000),
    Place("ne:DE-NI", "Niedersachsen", "admin1", 52.8, 9.1, "DE", "DE-NI", 2862926),
]
NAMES = [
    named("Niederlande", NL.id, "de"),
    named("Griechenland", GR.id, "de"),
    named("Kolumbien", CO.id, "de"),
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
        "Der Wind kam von Norden und zog nach Osten weiter .",
        "Die Arbeiten sollen bis Mitte nächsten Jahres dauern .",
        "Die Busse fuhren bis Mitte der 1980er Jahre .",
        "Die alte Verbindung von Stadt und Kanton besteht noch .",
        "Das ist Sache des Kantons und nicht des Bundes .",
    ],
)
def test_direction_position_and_place_nouns_are_no_places(lexicon: Lexicon, text: str) -> None:
    assert _names(lexicon, text) == []


def test_a_town_named_like_a_direction_stays_a_town_where_the_text_says_so(
    lexicon: Lexicon,
) -> None:
    assert _names(lexicon, "Sie wohnt in Norden , Niedersachsen .") == ["Norden", "Niedersachsen"]
    assert _names(lexicon, "Er wohnt seit Jahren in Norden .") == ["Norden"]


def test_country_names_take_the_dative_plural_and_the_es_genitive(lexicon: Lexicon) -> None:
    assert _names(lexicon, "Sie spielten in den Niederlanden .") == ["Niederlanden"]
    assert _names(lexicon, "Die Geschichte Griechenlandes ist lang .") == ["Griechenlandes"]
    entry = lexicon.entry("Niederlanden")
    assert entry is not None
    assert entry.place_ids == (NL.id,)


def test_the_dative_plural_is_made_for_countries_only(lexicon: Lexicon) -> None:
    # a city or word ending in -e gets no "-n" form: "Seinen", "Lagen" are everyday words
    lex = Lexicon.build(
        [Place("2975964", "Seine", "water", 49.4, 0.2, "FR", None, 2975964)],
        [named("Seine", "2975964", "de")],
    )
    assert lex.entry("Seinen") is None
    assert lexicon.entry("Ukrainen") is not None  # harmless: nobody writes it


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Die Staatsanwaltschaft Bayreuth stellte die Ermittlungen ein .", "Bayreuth"),
        ("Er wurde vom Amtsgericht Stockholm verurteilt .", "Stockholm"),
    ],
)
def test_a_public_body_named_by_its_seat_names_the_place(
    lexicon: Lexicon, text: str, surface: str
) -> None:
    assert kind_of(lexicon, text, surface, "de") == "literal"


def test_a_club_named_after_its_town_stays_embedded(lexicon: Lexicon) -> None:
    assert kind_of(lexicon, "Gestern gewann Borussia Dortmund .", "Dortmund", "de") == "embedded"


@pytest.mark.parametrize(
    ("text", "surface", "lang", "expected"),
    [
        ("Danach kommt es zur Partie gegen Kolumbien .", "Kolumbien", "de", "metonymic"),
        ("Prepara el partido ante Colombia del domingo .", "Colombia", "es", "metonymic"),
        ("La selección de Colombia ganó el amistoso .", "Colombia", "es", "embedded"),
        ("Amistoso : Colombia , 3 - Ucrania , 0 .", "Colombia", "es", "embedded"),
    ],
)
def test_a_country_playing_a_match_stands_for_its_side(
    lexicon: Lexicon, text: str, surface: str, lang: str, expected: str
) -> None:
    lex = Lexicon.build(PLACES, [*NAMES, named("Colombia", CO.id, "es"), named("Ucrania", UA.id)])
    assert kind_of(lex, text, surface, lang) == expected

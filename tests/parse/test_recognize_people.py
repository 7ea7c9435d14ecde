"""Recognition: a surname after a given name and a middle initial, or after a title and a short
given name, is a person's, there and wherever it stands alone later in the text; a compass word
before another name is part of that name, not a region of its own."""

from __future__ import annotations

import pytest

from geodata.model import Place
from geodata.parse.language import is_short_given_name
from geodata.parse.lexicon import Lexicon
from geodata.parse.pipeline import Parser
from geodata.parse.recognize import recognize

US = Place("6252001", "United States", "country", 39.76, -98.5, "US", None, 6252001, 327_000_000)
PLACES = [
    US,
    Place("5088905", "Nelson", "city", 43.0, -72.0, "US", "US-NH", None, 700, (US.id,)),
    Place("4474436", "Meredith", "city", 43.66, -71.5, "US", "US-NH", None, 1_700, (US.id,)),
    Place("4156404", "Gainesville", "city", 29.65, -82.32, "US", "US-FL", None, 133_000, (US.id,)),
]


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.build(PLACES, [])


def _found(lexicon: Lexicon, text: str) -> list[str]:
    return [span.text for span in recognize(text, "en", lexicon)]


def test_a_surname_after_a_middle_initial_is_a_person(lexicon: Lexicon) -> None:
    text = "The music was loud, Capt. Lyle B. Nelson said. Later Nelson said the tenant left."
    assert _found(lexicon, text) == []


def test_a_surname_after_a_title_and_a_short_given_name_is_a_person(lexicon: Lexicon) -> None:
    text = "The Rev. Al Meredith spoke on Sunday. Meredith escaped harm in 1999."
    assert _found(lexicon, text) == []


def test_a_capital_a_opening_a_sentence_is_no_initial(lexicon: Lexicon) -> None:
    text = "Police found a stolen white Kia. A Gainesville man was arrested in Gainesville."
    assert _found(lexicon, text) == ["Gainesville", "Gainesville"]


def test_short_given_names() -> None:
    assert is_short_given_name("Al", "en")
    assert not is_short_given_name("Al", "es")  # "al": a Spanish function word
    assert not is_short_given_name("AL", "en")  # a state's code


def test_a_town_named_after_a_person_stays_a_place_where_the_text_says_so(
    lexicon: Lexicon,
) -> None:
    text = "Meredith is a town in New Hampshire. It was named for Jonathan B. Meredith."
    assert _found(lexicon, text) == ["Meredith"]
    text = "It was named for Jonathan B. Meredith. The railroad came to Meredith in 1848."
    assert _found(lexicon, text) == ["Meredith"]


def test_a_compass_word_before_another_name_is_part_of_it() -> None:
    # an admin-1 unit named "North" (Cameroon has one) is not what "North Texas" names
    north = Place("ne:CM-NO", "North", "admin1", 8.5, 13.9, "CM", "CM-NO", 2229336, None)
    texas = Place("ne:US-TX", "Texas", "admin1", 31.2, -99.5, "US", "US-TX", 4736286, None)
    lexicon = Lexicon.build([US, north, texas], [])
    assert _found(lexicon, "Storms hit towns across North Texas on Monday.") == ["Texas"]
    assert _found(lexicon, "The crash happened at North Avenue at noon.") == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a rank or title before a name makes it a person's there ...
        ("Die Truppen unter General Reding rückten vor.", "de", []),
        # ... and elsewhere in the text, where no notable place has the name
        ("Oberst Wetzlar sprach zuerst. Später sprach Wetzlar noch einmal.", "de", []),
        # unless the text puts it in a place's position
        (
            "Oberst Wetzlar sprach zuerst. Die Feier fand danach in Wetzlar statt.",
            "de",
            ["Wetzlar"],
        ),
        # a notable place keeps its name elsewhere
        (
            "The town was named for General Lafayette. Today the city of Lafayette has a port.",
            "en",
            ["Lafayette"],
        ),
    ],
)
def test_a_rank_before_a_name_makes_it_a_person(
    text: str, lang: str, expected: list[str], world_parser: Parser
) -> None:
    # the mention kept is the name's last, the one not after the rank
    mentions = world_parser.geoparse(text, lang=lang)
    assert [(m.text, m.start) for m in mentions] == [(name, text.rindex(name)) for name in expected]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Loud music woke the street, Capt. Lyle B. Nelson said. An officer went there, Nelson "
        "said. The tenant later moved to Nelson, where he still lives.",
        "Loud music woke the street, Capt. Lyle B. Nelson said. An officer went there, said "
        "Nelson. The tenant later moved to Nelson, where he still lives.",
    ],
)
def test_a_person_named_like_a_notable_place_speaks_again(text: str, world_parser) -> None:
    # after an initial the name is the captain's; alone it stays his where he says something,
    # and is the place where the text puts it in a place's position
    mentions = world_parser.geoparse(text, lang="en")
    assert [(m.text, m.start) for m in mentions] == [("Nelson", text.rindex("Nelson"))]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one initial after a capitalised word that names no place, or two initials: a person
        ("Deputies stopped Tavion D. McDonald near Archer in Florida.", ["Archer", "Florida"]),
        (
            "The choir was led by A.C. Marlow in Columbia, South Carolina.",
            ["Columbia", "South Carolina"],
        ),
        # ... and later, where the name says something
        ("Deputies stopped Tavion D. McDonald in Florida. McDonald said little.", ["Florida"]),
        # initials of a direction or a place are no person's
        ("Fire damaged an S.E. Paris flat, firefighters in France said.", ["Paris", "France"]),
        # a letter that ends a sentence before a notable place or a country
        ("The memorial honours the dead of World War I. London unveiled it.", ["London"]),
        ("The team won Group C. Brazil play next week.", ["Brazil"]),
    ],
)
def test_initials_make_a_person(text: str, expected: list[str], world_parser) -> None:
    assert [m.text for m in world_parser.geoparse(text, lang="en")] == expected


@pytest.mark.slow
def test_a_name_said_of_is_no_speaker(world_parser) -> None:
    # "said" before the name that starts what was said: the town may be meant
    text = "Capt. Lyle B. Nelson spoke first. The mayor said Nelson will get a new bridge."
    assert [(m.text, m.start) for m in world_parser.geoparse(text, lang="en")] == [
        ("Nelson", text.rindex("Nelson"))
    ]


DOUBLE_NAME_PLACES = [
    US,
    Place("2963517", "Kerry", "admin1", 52.17, -9.5, "IE", "IE-KY", None, 147_000),
    Place("1350001", "Ann", "city", 19.78, 94.03, "MM", None, None, 9_000),
    # a hamlet named like the second half, so that the hyphen alone does not make one name
    Place("1350002", "Marit", "city", 60.1, 11.2, "NO", None, None, 600),
    Place("4630001", "Lorne", "city", 36.3, -88.33, "US", "US-TN", None, 10_000, (US.id,)),
    Place("4630002", "Henry County", "other", 36.33, -88.3, "US", "US-TN", None, 32_000),
    Place("2988507", "Paris", "city", 48.85, 2.35, "FR", "FR-IDF", None, 2_100_000),
    Place("3031582", "Bordeaux", "city", 44.84, -0.58, "FR", "FR-NAQ", None, 250_000),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # either half of a double given name, before a surname, is a person's
        ("The council chair, Kerry-Ann Welbourne, opened the fete.", []),
        ("The minister, Ann-Marit Tollevik, spoke first.", []),
        ("The minister, Marit-Ann Tollevik, spoke first.", []),
        # the second half and the next word name a place: "Henry County" is no surname
        ("Volunteers painted the Lorne-Henry County Heritage Hall.", ["Lorne", "Henry County"]),
        # an everyday word after the pair: two places joined, not a person
        ("Trains on the Paris-Marit Line ran late.", ["Paris"]),
        # a half that is no given name: two places joined
        ("The Paris-Bordeaux Express left late.", ["Paris", "Bordeaux"]),
        # no capitalised word after the pair: nothing says it is a person
        ("Flights from Kerry-Ann were cancelled.", ["Kerry"]),
    ],
)
def test_a_double_given_name_before_a_surname_is_a_person(text: str, expected: list[str]) -> None:
    lexicon = Lexicon.build(DOUBLE_NAME_PLACES, [])
    assert _found(lexicon, text) == expected

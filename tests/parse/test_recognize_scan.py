"""The recogniser's scan, capitals, abbreviations and language detection, on a small real lexicon."""

from __future__ import annotations

import pytest
from parse_helpers import named

from geodata.model import Place
from geodata.parse import language, wordlang
from geodata.parse.lexicon import Lexicon, fold
from geodata.parse.pipeline import Parser
from geodata.parse.recognize import recognize

MX = Place("3996063", "Mexico", "country", 23.0, -102.0, "MX", None, 3996063, 126_000_000)
US = Place("6252001", "United States", "country", 39.76, -98.5, "US", None, 6252001, 327_000_000)
SINALOA = Place(
    "ne:MX-SIN", "Sinaloa", "admin1", 25.0, -107.5, "MX", "MX-SIN", 3983035, None, ("3996063",)
)
CARIBBEAN = Place("region:caribbean", "Caribbean", "region", 15.0, -75.0)
NEW_YORK = Place(
    "5128581", "New York", "city", 40.71, -74.01, "US", "US-NY", 5128581, 8_804_190, ("6252001",)
)
MADRID = Place("3117735", "Madrid", "city", 40.42, -3.70, "ES", "ES-MD", 3117735, 3_255_944)
READING = Place("2639577", "Reading", "city", 51.46, -0.97, "GB", "GB-ENG", 2639577, 318_014)
AU = Place("2077456", "Australia", "country", -25.0, 135.0, "AU", None, 2077456, 25_000_000)
GB = Place("2635167", "United Kingdom", "country", 54.0, -2.0, "GB", None, 2635167, 66_000_000)
NSW = Place(
    "2155400",
    "New South Wales",
    "admin1",
    -33.0,
    146.0,
    "AU",
    "AU-NSW",
    2155400,
    None,
    ("2077456",),
)
QLD = Place(
    "2152274", "Queensland", "admin1", -22.0, 144.0, "AU", "AU-QLD", 2152274, None, ("2077456",)
)
#: A unit whose ISO 3166-2 code ends in "UK", as the Central African Republic's Ouaka does.
OUAKA = Place("236887", "Ouaka", "admin1", 6.3, 20.7, "CF", "CF-UK", 236887, None, ())
SURREY = Place("2636512", "Surrey", "city", 51.25, -0.42, "GB", "GB-ENG", 2636512, 1_100_000)
GUILDFORD = Place("2647793", "Guildford", "city", 51.24, -0.57, "GB", "GB-ENG", 2647793, 77_000)
#: A region named by an everyday English word, as Cameroon's West region is.
WEST = Place("2222934", "West", "region", 5.5, 10.5, "CM", None, 2222934, 1_900_000)
CANADA = Place("6251999", "Canada", "country", 60.0, -95.0, "CA", None, 6251999, 37_000_000)
PACIFIC = Place("water:pacific-ocean", "Pacific Ocean", "water", 0.0, -160.0)
#: Capitals with alternate names that are everyday words ("Liga", "Part") or exonyms ("Wien").
LOS_ANGELES = Place(
    "5368361", "Los Angeles", "city", 34.05, -118.24, "US", "US-CA", 5368361, 3_971_883
)
ANGELES = Place("1730737", "Angeles City", "city", 15.15, 120.58, "PH", None, 1730737, 326_336)
EL_SALVADOR = Place(
    "3585968", "El Salvador", "country", 13.8, -88.9, "SV", None, 3585968, 6_400_000
)
SALVADOR = Place("3450554", "Salvador", "city", -12.97, -38.5, "BR", None, 3450554, 2_711_840)
#: A village whose own name begins with an article and an everyday word.
EL_REAL = Place("3703000", "El Real", "city", 8.13, -77.72, "PA", None, 3703000, 1_200)
PHILIPPINES = Place("1694008", "Philippines", "country", 13.0, 122.0, "PH", None, 1694008, 1)
AUGUSTA = Place("4180531", "Augusta", "city", 33.47, -81.97, "US", "US-GA", 4180531, 195_844)
HERALD = Place("5356806", "Herald", "city", 38.29, -121.24, "US", "US-CA", 5356806, 1_184)
RIGA = Place("456172", "Riga", "city", 56.95, 24.11, "LV", "LV-RIX", 456172, 742_572)
PERTH = Place("2063523", "Perth", "city", -31.95, 115.86, "AU", "AU-WA", 2063523, 2_384_371)
VIENNA = Place("2761369", "Vienna", "city", 48.21, 16.37, "AT", "AT-9", 2761369, 1_691_468)

NAMES = [
    named("Mexiko", "3996063", "de"),
    named("México", "3996063", "es"),
    named("Vereinigte Staaten", "6252001", "de"),
    named("Estados Unidos", "6252001", "es"),
    named("USA", "6252001"),
    named("US", "6252001"),
    named("Karibik", "region:caribbean", "de"),
    named("Nueva York", "5128581", "es"),
    named("UK", "2635167"),
    named("NSW", "2155400", None, "abbrev"),  # as the gazetteer gives it: an abbreviation
    named("Pacific", "water:pacific-ocean", "en"),
    named("Liga", "456172"),
    named("Part", "2063523"),
    named("Wien", "2761369"),
    named("Angeles", "1730737"),
    named("The Philippines", "1694008"),
    named("The City", "2643741"),
    named("City", "2643741"),
]


@pytest.fixture(scope="module")
def wide() -> Parser:
    """A real parser over a small gazetteer of the places these tests need."""
    places = [MX, US, SINALOA, CARIBBEAN, NEW_YORK, MADRID, READING]
    places += [AU, GB, NSW, QLD, OUAKA, SURREY, GUILDFORD, WEST, CANADA, PACIFIC]
    places += [RIGA, PERTH, VIENNA, LOS_ANGELES, ANGELES, EL_SALVADOR, SALVADOR, EL_REAL]
    places += [PHILIPPINES, AUGUSTA, HERALD]
    places.append(
        Place("2643741", "City of London", "city", 51.51, -0.09, "GB", None, 2643741, 8_961)
    )
    demonyms = [("MX", "es", "mexicano"), ("MX", "de", "mexikanisch")]
    return Parser(Lexicon.build(places, NAMES, demonyms))


def surfaces(parser: Parser, text: str, lang: str = "en") -> list[str]:
    return [m.text for m in parser.geoparse(text, lang=lang)]


def test_scan_keeps_the_longest_name_at_each_start_and_drops_overlaps(wide: Parser) -> None:
    text = "Sie flogen von New York nach Mexiko-Stadt und in die Vereinigten Staaten."
    scanned = [(text[s:e], entry.key) for s, e, entry in wide.lexicon.scan(text)]
    assert ("New York", "new york") in scanned
    assert ("Vereinigten Staaten", "vereinigten staaten") in scanned
    starts = [s for s, _e, _entry in wide.lexicon.scan(text)]
    assert starts == sorted(set(starts))


def test_scan_matches_iter_matches_leftmost_longest(wide: Parser) -> None:
    lexicon = wide.lexicon
    text = "In Nueva York, New York und México; la Comunidad de México. Estados Unidos y USA."
    every = sorted(lexicon.iter_matches(fold(text), text), key=lambda m: (m[0], m[0] - m[1]))
    expected, last = [], -1
    for start, end, entry in every:
        if start >= last:
            expected.append((start, end, entry.key))
            last = end
    assert [(s, e, entry.key) for s, e, entry in lexicon.scan(text)] == expected


def test_scan_skips_lower_case_names_but_keeps_demonyms(wide: Parser) -> None:
    text = "la selección mexicana viajó a méxico y a Madrid"
    keys = [entry.key for _s, _e, entry in wide.lexicon.scan(text)]
    assert "mexicana" in keys
    assert "madrid" in keys
    assert "méxico" not in keys


def test_fold_keeps_offsets_and_joins_hyphenated_names() -> None:
    assert fold("Neu-Delhi") == "neu delhi"
    text = "Größere Unruhen „in Sinaloa“ — heute!"
    assert len(fold(text)) == len(text)
    assert fold(text).index("sinaloa") == text.index("Sinaloa")


@pytest.mark.parametrize(
    "text",
    [
        "İstanbul, ΣΟΦΙΑ; Straße — “quoted” _under_ ﬁ d’Ivoire\t(x)\n" * 20,
        "plain ascii, with punctuation: Neu-Delhi! St. Louis? " * 20,
        "an emoji 😀 beyond the table, and a lone surrogate \ud800 too. " * 10,
    ],
)
def test_fold_of_a_long_text_matches_the_pattern(text: str) -> None:
    import re

    from geodata.parse.lexicon import FOLD_BY_TABLE, lower

    assert len(text) >= FOLD_BY_TABLE
    assert fold(text) == re.sub(r"[^\w ]|_", " ", lower(text))


def test_two_letter_country_at_a_sentence_end(wide: Parser) -> None:
    assert surfaces(wide, "The swan was tested in the UK.") == ["UK"]
    assert surfaces(wide, "They sent samples to a UK laboratory.") == ["UK"]


def test_country_code_after_a_name_and_comma_is_the_country(wide: Parser) -> None:
    got = {
        m.text: m.place_id
        for m in wide.geoparse("Cattle at a farm in Surrey, UK fell ill.", lang="en")
    }
    assert got == {"Surrey": "2636512", "UK": "2635167"}


def test_code_before_a_currency_sign_is_a_currency(wide: Parser) -> None:
    assert surfaces(wide, "The fine was US$1,800, paid in the UK.") == ["UK"]


def test_initials_stand_for_north_american_units_not_for_units_abroad() -> None:
    upper_nile = Place("381229", "Upper Nile", "admin1", 9.9, 32.7, "SS", "SS-NU", 381229, None)
    columbia = Place("5909050", "British Columbia", "admin1", 54.0, -125.0, "CA", "CA-BC", 0, None)
    names = [named("U.N.", "381229", None, "abbrev"), named("B.C.", "5909050", None, "abbrev")]
    parser = Parser(Lexicon.build([upper_nile, columbia], names))
    assert parser.geoparse("The head of the U.N. agency spoke.", lang="en") == []
    got = [(m.text, m.place_id) for m in parser.geoparse("Stores in B.C. closed.", lang="en")]
    assert got == [("B.C.", "5909050")]


def test_unit_abbreviation_where_the_unit_is_named_in_full(wide: Parser) -> None:
    text = (
        "Horses in New South Wales (NSW) may not be moved. The NSW government said three "
        "horses from NSW fell ill in Queensland."
    )
    got = [(m.text, m.place_id) for m in wide.geoparse(text, lang="en")]
    assert got.count(("NSW", "2155400")) == 3
    assert ("Queensland", "2152274") in got


def test_unit_abbreviation_alone_is_not_a_place(wide: Parser) -> None:
    assert surfaces(wide, "The NSW government said three horses fell ill.") == []


def test_unit_abbreviation_before_a_number_is_a_road(wide: Parser) -> None:
    text = "New South Wales closed NSW 52 after the flood."
    assert surfaces(wide, text) == ["New South Wales"]


def test_a_country_after_a_given_name_stays_a_place_later(wide: Parser) -> None:
    text = "Taco Bell Canada recalled onions. Stores across Canada were told to stop."
    got = [(m.text, m.start) for m in wide.geoparse(text, lang="en")]
    assert got == [("Canada", text.rindex("Canada"))]


def test_a_surname_that_is_a_town_stays_a_person_later(wide: Parser) -> None:
    text = "Chad Reading spoke first. Later Reading said the vote was fair."
    assert surfaces(wide, text) == []


def test_region_named_by_an_everyday_word_needs_a_cue(wide: Parser) -> None:
    assert surfaces(wide, "Shoppers crowded the West Metro mall on Sunday.") == []
    assert surfaces(wide, "Officials at Hunterdon Central spoke to the press.") == []
    assert surfaces(wide, "Refugees fled to West after the attack.") == ["West"]


def test_ocean_named_by_an_everyday_word_is_still_the_ocean(wide: Parser) -> None:
    assert surfaces(wide, "Storms over the Pacific grew stronger.") == ["Pacific"]


def test_big_city_alternate_name_that_is_an_everyday_word_needs_a_cue(wide: Parser) -> None:
    assert surfaces(wide, "The Part of the plan that failed was the budget.") == []
    assert surfaces(wide, "He said Part two starts today.") == []
    assert surfaces(wide, "Sie flog nach Part.", "de") == ["Part"]


def test_german_city_name_after_an_article_or_adjective_is_a_noun(wide: Parser) -> None:
    assert surfaces(wide, "Nach zwei Spielzeiten in der zweiten Liga stieg er auf.", "de") == []
    assert surfaces(wide, "Der Präsident der portugiesischen Liga trat zurück.", "de") == []
    assert surfaces(wide, "Wien und Riga unterzeichneten das Abkommen.", "de") == ["Wien", "Riga"]


def test_german_compass_compounds_and_genitives() -> None:
    germany = Place("2921044", "Germany", "country", 51.5, 10.5, "DE", None, 2921044, 83_000_000)
    hesse = Place("ne:DE-HE", "Hesse", "admin1", 50.6, 9.0, "DE", "DE-HE", 2905330, None)
    middle_east = Place("region:middle-east", "Middle East", "region", 29.0, 45.0)
    names = [
        named("Deutschland", "2921044", "de"),
        named("Hessen", "ne:DE-HE", "de"),
        named("Naher Osten", "region:middle-east", "de"),
    ]
    parser = Parser(Lexicon.build([germany, hesse, middle_east], names))
    text = (
        "In Ostdeutschland und Nordhessen sinkt die Arbeitslosigkeit, die Firmen "
        "Süddeutschlands wachsen, und die Krise des Nahen Ostens hält an."
    )
    got = [(m.text, m.place_id) for m in parser.geoparse(text, lang="de")]
    assert got == [
        ("Ostdeutschland", "2921044"),
        ("Nordhessen", "ne:DE-HE"),
        ("Süddeutschlands", "2921044"),
        ("Nahen Ostens", "region:middle-east"),
    ]


def test_german_compass_compounds_only_of_german_names(wide: Parser) -> None:
    # only names tagged German take compass compounds: "Mexiko" does, "Mexico" does not
    assert wide.lexicon.entry("Nordmexiko") is not None
    assert wide.lexicon.entry("Northmexico") is None
    assert wide.lexicon.entry("Nordmexico") is None


def test_lower_case_text_names_notable_places(wide: Parser) -> None:
    text = "the storm moved from new york towards queensland and reached the united kingdom."
    got = [(m.text, m.place_id) for m in wide.geoparse(text, lang="en")]
    assert got == [
        ("new york", "5128581"),
        ("queensland", "2152274"),
        ("united kingdom", "2635167"),
    ]


def test_lower_case_text_skips_everyday_words_and_small_places(wide: Parser) -> None:
    text = "after reading the report in the west wing they met at the central office in surrey."
    assert surfaces(wide, text) == ["surrey"]


def test_capitals_only_text_is_read_like_lower_case(wide: Parser) -> None:
    text = "PROTESTERS MARCHED IN MADRID ON MONDAY; READING THE STATEMENT, THE WEST WAS SILENT."
    assert surfaces(wide, text) == ["MADRID"]


def test_a_few_lower_case_words_do_not_make_a_text_caseless() -> None:
    from geodata.parse.recognize import caseless

    assert caseless("the city of springfield lies north of salem in the valley.")
    assert caseless("PROTESTERS MARCHED IN MADRID ON MONDAY, THE POLICE SAID.")
    assert not caseless("The city of Springfield lies north of Salem in the valley.")
    assert not caseless("ok then")  # too few letters to tell


def test_article_that_belongs_to_the_name(wide: Parser) -> None:
    text = "Flights from Los Angeles to El Salvador and to the Philippines resumed."
    got = [(m.text, m.place_id) for m in wide.geoparse(text, lang="en")]
    assert got == [
        ("Los Angeles", "5368361"),
        ("El Salvador", "3585968"),
        ("Philippines", "1694008"),
    ]


def test_article_and_everyday_word_at_a_sentence_start_is_no_name(wide: Parser) -> None:
    assert surfaces(wide, "El Real Madrid ganó ayer.", "es") == ["Madrid"]
    assert surfaces(wide, "The City grew fast.") == []


def test_place_name_after_an_article_before_a_capitalised_word_is_no_person(
    wide: Parser,
) -> None:
    text = "She worked at the Augusta Herald for years."
    assert surfaces(wide, text) == ["Augusta"]
    assert surfaces(wide, "Yesterday Augusta Herald spoke.") == []


def test_recognize_returns_spans_with_text_offsets(wide: Parser) -> None:
    text = "Die Lage in Sinaloa und in der Karibik."
    spans = recognize(text, "de", wide.lexicon)
    assert [(s.text, text[s.start : s.end]) for s in spans] == [
        ("Sinaloa", "Sinaloa"),
        ("Karibik", "Karibik"),
    ]


# Language detection -----------------------------------------------------------------------------

#: An English article whose opening is a list of names and codes in other scripts: the first
#: characters alone do not say English.
NAME_HEAVY = (
    "Xiangtan Town (Chinese: 湘潭镇; pinyin: Xiāngtán Zhèn; ISO: HN-43; code 430321) is a town "
    "in Hunan. Villages: Baishi, Shigu, Longkou, Wentang, Caojia, Dafu. "
    + "The town lies on the river and most of its people work on farms or in small workshops. "
    * 6
)


def test_detection_reads_further_when_the_head_points_to_an_unsupported_language() -> None:
    head = NAME_HEAVY[: language.DETECT_CHARS]
    assert not language.is_supported(language._classify(head))
    assert language.detect(NAME_HEAVY) == "en"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Regierung in Berlin kündigte am Montag neue Hilfen für die Landwirte an.", "de"),
        ("El gobierno anunció el lunes nuevas ayudas para los agricultores del norte.", "es"),
        ("The government announced new aid for farmers in the north on Monday.", "en"),
    ],
)
def test_detection_of_short_supported_texts(text: str, lang: str) -> None:
    assert language.detect(text) == lang


def test_detection_needs_three_letters() -> None:
    assert language.detect("12, 13 -- 14!") is None
    assert language.detect("  ab  ") is None
    assert language.detect("abc 1234") is not None


def test_detection_reads_a_bounded_head_of_a_huge_text(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[int] = []
    classify = language._classify
    monkeypatch.setattr(
        language, "_classify", lambda head: read.append(len(head)) or classify(head)
    )
    identify = wordlang.Model._identify
    monkeypatch.setattr(
        wordlang.Model,
        "_identify",
        lambda self, head: read.append(len(head)) or identify(self, head),
    )
    german = "Die Regierung in Berlin kündigte neue Hilfen an. " * 100_000
    assert language.detect(german) == "de"
    # names only: the common-word model cannot tell, and the identifier reads on
    names = "Xiangtan, Baishi, Shigu, Longkou, Wentang, Caojia, Dafu. " * 100_000
    language.detect(names)
    assert read
    assert max(read) <= max(language.DETECT_MORE_CHARS[-1], wordlang.CHARS[-1])
    assert any(size > wordlang.CHARS[-1] for size in read)  # the identifier was asked


THING_PLACES = [
    Place("2643071", "Marlow", "city", 51.57, -0.77, "GB", "GB-ENG", 2643071, 14_000),
    Place("2804001", "Zoo", "city", 52.5, 13.33, "DE", "DE-BE", None, 4_900),
    Place("4676001", "Blessing", "city", 28.87, -96.22, "US", "US-TX", None, 900),
    Place("2640729", "Oxford", "city", 51.75, -1.26, "GB", "GB-ENG", 2640729, 150_000),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an everyday word right after a capitalised word heads a thing's name
        ("Keepers at the Marlow Zoo fed two otters.", ["Marlow"]),
        ("Volunteers of Operation Blessing arrived by truck.", []),
        # the same words where nothing capitalised comes before them
        ("Families moved to Blessing last year.", ["Blessing"]),
        # a compass word or a sentence's first word is no such name
        ("A sign in East Oxford was damaged.", ["Oxford"]),
        ("Rents in Greater Oxford rose.", ["Oxford"]),
        ("Despite Blessing being small, it grew.", ["Blessing"]),
    ],
)
def test_an_everyday_word_after_a_capitalised_word_heads_a_things_name(
    text: str, expected: list[str]
) -> None:
    lexicon = Lexicon.build(THING_PLACES, [])
    assert [span.text for span in recognize(text, "en", lexicon)] == expected

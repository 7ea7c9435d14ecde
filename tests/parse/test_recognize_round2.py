"""Recognition round 2: short texts in an unreliable language, demonyms of units and cities."""

from __future__ import annotations

from pathlib import Path

from parse_helpers import named

from geodata.model import Place
from geodata.parse import language
from geodata.parse.lexicon import DEMONYM, Lexicon, read_demonyms
from geodata.parse.pipeline import Parser

US = Place("6252001", "United States", "country", 39.76, -98.5, "US", None, 6252001, 327_000_000)
PLACES = [
    Place("3996063", "Mexico", "country", 23.0, -102.0, "MX", None, 3996063, 126_000_000),
    US,
    Place("2510769", "Spain", "country", 40.0, -4.0, "ES", None, 2510769, 46_000_000),
    Place("region:caribbean", "Caribbean", "region", 15.0, -75.0),
    Place(
        "ne:US-CA", "California", "admin1", 37.3, -119.7, "US", "US-CA", 5332921, None, ("6252001",)
    ),
    Place(
        "3117735", "Madrid", "city", 40.42, -3.70, "ES", "ES-MD", 3117735, 3_255_944, ("2510769",)
    ),
]
NAMES = [named("México", "3996063", "es"), named("Caribe", "region:caribbean", "es")]

# Short texts ------------------------------------------------------------------------------------


def test_a_short_dateline_that_looks_unsupported_is_read_in_a_supported_language() -> None:
    dateline = "Madrid , 23 may ( EFE ) ."
    assert not language.is_supported(language._classify(dateline))
    assert language.is_supported(language.detect(dateline))


def test_a_one_word_headline_gets_a_supported_language() -> None:
    assert language.is_supported(language.detect("Sinaloa"))


def test_a_short_text_in_another_script_stays_unsupported() -> None:
    assert not language.is_supported(language.detect("Москва и Санкт-Петербург"))
    assert not language.is_supported(language.detect("กองทัพสหรัฐเตรียมปฏิบัติการ"))


def test_a_long_text_in_an_unsupported_latin_language_stays_unsupported() -> None:
    turkish = (
        "Hükümet pazartesi günü çiftçiler için yeni yardımlar açıkladı ve bakanlık yetkilileri "
        "destek paketinin önümüzdeki aylarda uygulanacağını söyledi. "
    ) * 6
    assert len(turkish) > language.SHORT_TEXT_CHARS
    assert language.detect(turkish) == "tr"


def test_places_in_a_dateline_without_a_language() -> None:
    parser = Parser(Lexicon.build(PLACES, NAMES))
    names = [m.text for m in parser.geoparse("Madrid , 23 may ( EFE ) .")]
    assert names == ["Madrid"]


# Demonyms of units, cities and regions ----------------------------------------------------------


def test_demonym_rows_name_units_cities_and_regions_by_their_codes() -> None:
    rows = [
        ("MX", "en", "Mexican"),
        ("US-CA", "en", "Californian"),
        ("3117735", "es", "madrileño"),
        ("region:caribbean", "es", "caribeño"),
        ("ZZ-XX", "en", "Nowherian"),
        ("999999999", "en", "Lostonian"),
    ]
    lexicon = Lexicon.build(PLACES, NAMES, rows)
    expected = {
        "Mexican": "3996063",
        "Californian": "ne:US-CA",
        "madrileño": "3117735",
        "caribeño": "region:caribbean",
    }
    for form, place_id in expected.items():
        entry = lexicon.entry(form)
        assert entry is not None, form
        assert entry.place_ids == (place_id,)
        assert entry.flags & DEMONYM
    assert lexicon.entry("Nowherian") is None
    assert lexicon.entry("Lostonian") is None


def test_read_demonyms_keeps_place_ids_as_written(tmp_path: Path) -> None:
    table = tmp_path / "demonyms.tsv"
    table.write_text(
        "country_code\tlang\tform\n"
        "mx\tEN\tMexican\n"
        "region:latin-america\ten\tLatin American\n"
        "us-ca\ten\tCalifornian\n",
        encoding="utf-8",
    )
    assert read_demonyms(table) == [
        ("MX", "en", "Mexican"),
        ("region:latin-america", "en", "Latin American"),
        ("US-CA", "en", "Californian"),
    ]


def test_a_city_demonym_is_a_demonym_of_the_city() -> None:
    rows = [("3117735", "es", "madrileño")]
    parser = Parser(Lexicon.build(PLACES, NAMES, rows))
    found = parser.geoparse("El alcalde madrileño habló ayer en el pleno.", lang="es")
    assert [(m.text, m.name, m.kind) for m in found] == [("madrileño", "Madrid", "demonym")]


# German sentence starts ---------------------------------------------------------------------------

GERMAN = [
    Place("2844588", "Rostock", "city", 54.09, 12.14, "DE", "DE-MV", 2844588, 198_293),
    Place("2832495", "Siegen", "city", 50.87, 8.02, "DE", "DE-NW", 2832495, 102_000),
    Place("2928810", "Essen", "city", 51.45, 7.01, "DE", "DE-NW", 2928810, 583_109),
]


def test_a_german_city_that_begins_a_sentence_is_judged_as_in_mid_sentence() -> None:
    parser = Parser(Lexicon.build(GERMAN, []))
    found = parser.geoparse("Rostock findet das Festival wichtig.", lang="de")
    assert [m.text for m in found] == ["Rostock"]


def test_a_german_verb_made_a_noun_at_a_sentence_start_is_no_place() -> None:
    parser = Parser(Lexicon.build(GERMAN, []))
    assert parser.geoparse("„Siegen ist in diesem Wettbewerb alles“, sagte er.", lang="de") == []
    assert parser.geoparse("Essen ist fertig, rief die Mutter.", lang="de") == []


def test_lower_form_is_word() -> None:
    assert language.lower_form_is_word("Siegen", "de")
    assert not language.lower_form_is_word("Rostock", "de")
    assert not language.lower_form_is_word("Halle", "de")


# A name in the text's own language ---------------------------------------------------------------


def test_a_units_name_in_the_texts_language_counts_as_the_units_own() -> None:
    places = [
        Place("2921044", "Germany", "country", 51.5, 10.5, "DE", None, 2921044, 83_000_000),
        Place(
            "2822542", "Thuringia", "admin1", 50.9, 11.0, "DE", "DE-TH", 2822542, 2_294_257,
            ("2921044",),
        ),
        Place("2763658", "Thüringen", "city", 47.2, 9.77, "AT", "AT-8", 2763658, 2_222),
    ]  # fmt: skip
    lexicon = Lexicon.build(places, [named("Thüringen", "2822542", "de")])
    entry = lexicon.entry("Thüringen")
    assert entry is not None
    assert "de" in entry.langs
    found = Parser(lexicon).geoparse("Die Partnerschaft mit Thüringen wuchs weiter.", lang="de")
    assert [(m.text, m.name) for m in found] == [("Thüringen", "Thuringia")]


# Foreign names that are words here; alternate names that are demonyms -----------------------------

NORTH = [
    Place("2629691", "Iceland", "country", 65.0, -18.0, "IS", None, 2629691, 350_000),
    Place("2658434", "Switzerland", "country", 47.0, 8.0, "CH", None, 2658434, 8_700_000),
]
NORTH_NAMES = [
    named("Island", "2629691", "de"),
    named("Swiss", "2658434", "id"),  # the Indonesian name, as Natural Earth lists it
    named("Suiza", "2658434", "es"),
]
NORTH_DEMONYMS = [("CH", "en", "Swiss"), ("CH", "es", "suizo")]


def test_another_languages_name_that_is_an_everyday_word_here_is_the_word() -> None:
    parser = Parser(Lexicon.build(NORTH, NORTH_NAMES))
    assert parser.geoparse("They sailed to a small Island near the coast.", lang="en") == []
    found = parser.geoparse("Sie reisten im Mai nach Island.", lang="de")
    assert [(m.text, m.name) for m in found] == [("Island", "Iceland")]


def test_an_alternate_name_that_is_the_places_demonym_is_a_demonym() -> None:
    lexicon = Lexicon.build(NORTH, NORTH_NAMES, NORTH_DEMONYMS)
    swiss = lexicon.entry("Swiss")
    assert swiss is not None
    assert swiss.flags & DEMONYM
    suiza = lexicon.entry("Suiza")
    assert suiza is not None
    assert not suiza.flags & DEMONYM  # the country's Spanish name, not a form of "suizo"
    found = Parser(lexicon).geoparse("The Swiss bank said so on Monday.", lang="en")
    assert [(m.text, m.name, m.kind) for m in found] == [("Swiss", "Switzerland", "demonym")]


# A settlement noun before a name -------------------------------------------------------------------

TOWNS = [
    Place("2821807", "Torgau", "city", 51.56, 13.0, "DE", "DE-SN", 2821807, 20_000),
    Place("2946206", "Borkum", "city", 53.59, 6.66, "DE", "DE-NI", 2946206, 5_100),
]


def test_a_small_town_after_a_settlement_noun_is_a_place() -> None:
    parser = Parser(Lexicon.build(TOWNS, []))
    text = "Im Januar wurde das Dorf in die Kreisstadt Torgau eingemeindet."
    assert [m.text for m in parser.geoparse(text, lang="de")] == ["Torgau"]
    text = "Ein Brand auf der Insel Borkum hielt die Feuerwehr in Atem."
    assert [m.text for m in parser.geoparse(text, lang="de")] == ["Borkum"]

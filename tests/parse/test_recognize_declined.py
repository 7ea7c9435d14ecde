"""Place names in their case forms, in languages whose names take case endings the gazetteer does
not list (Polish, Czech, Finnish, Hungarian, Romanian; the Scandinavian genitive): found through
their lemma (simplemma)."""

from __future__ import annotations

from parse_helpers import named

from geodata.model import Place
from geodata.parse.lexicon import Lexicon
from geodata.parse.pipeline import Parser

PLACES = [
    Place("798544", "Poland", "country", 52.0, 20.0, "PL", None, 798544, 38_000_000),
    Place("2921044", "Germany", "country", 51.5, 10.5, "DE", None, 2921044, 83_000_000),
    Place("660013", "Finland", "country", 64.0, 26.0, "FI", None, 660013, 5_500_000),
    Place("756135", "Warsaw", "city", 52.23, 21.01, "PL", None, 756135, 1_702_139),
    Place("3081368", "Wrocław", "city", 51.1, 17.03, "PL", None, 3081368, 634_893),
    Place("634963", "Tampere", "city", 61.5, 23.79, "FI", None, 634963, 260_646),
    Place("721472", "Debrecen", "city", 47.53, 21.64, "HU", None, 721472, 202_402),
    Place("3080526", "Zamek", "city", 50.1, 19.9, "PL", None, 3080526, 900),  # "castle"
]
NAMES = [
    named("Warszawa", "756135", "pl"),
    named("Německo", "2921044", "cs"),
    named("Tyskland", "2921044", "sv"),
]


def parser() -> Parser:
    return Parser(Lexicon.build(PLACES, NAMES))


def found(text: str, lang: str) -> list[tuple[str, str]]:
    return [(m.text, m.name) for m in parser().geoparse(text, lang=lang)]


def test_case_forms_are_found_by_their_lemma() -> None:
    text = "Pociąg z Warszawy do Wrocławia spóźnił się w poniedziałek o dwie godziny."
    assert found(text, "pl") == [("Warszawy", "Warsaw"), ("Wrocławia", "Wrocław")]
    text = "Vláda v Praze jednala o dodávkách plynu z Německa."
    assert found(text, "cs") == [("Německa", "Germany")]
    text = "Konferenssi pidettiin Tampereella viime viikolla."
    assert found(text, "fi") == [("Tampereella", "Tampere")]
    text = "A vonat hétfőn késve érkezett Debrecenbe."
    assert found(text, "hu") == [("Debrecenbe", "Debrecen")]
    text = "Statsministern träffade Tysklands förbundskansler på måndagen."
    assert found(text, "sv") == [("Tysklands", "Germany")]


def test_a_case_form_is_not_judged_as_an_everyday_word() -> None:
    # simplemma also lists "tampere" in lower case, which would make the city's frequent name
    # an everyday word; the capitalised lemma of the case form says it is the proper noun
    text = "Kokous siirtyi Tampereelle ensi kuussa."
    assert found(text, "fi") == [("Tampereelle", "Tampere")]


def test_words_whose_lemma_is_no_proper_noun_stay_words() -> None:
    # a sentence-initial common noun: capitalised, but its lemma ("zamek", a castle) is written
    # in lower case, though a village bears that name
    assert found("Zamku nie otwarto, mówią w Warszawie.", "pl") == [("Warszawie", "Warsaw")]

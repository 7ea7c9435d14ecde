"""Recognition: a capitalised noun counted by a number ("6 Copas", "die 3. Liga") or heading a
German hyphenated compound ("Fußball-Liga") is no place, though a small town bears its name."""

from __future__ import annotations

import pytest
from parse_helpers import named

from geodata.model import Place
from geodata.parse.lexicon import Lexicon
from geodata.parse.recognize import recognize

US = Place("6252001", "United States", "country", 39.76, -98.5, "US", None, 6252001, 327_000_000)
CH = Place("2658434", "Switzerland", "country", 47.0, 8.0, "CH", None, 2658434, 8_500_000)
KENTUCKY = Place(
    "ne:US-KY", "Kentucky", "admin1", 37.5, -85.3, "US", "US-KY", 6254925, None, ("6252001",)
)
#: A small town named like an everyday noun (GeoNames has many), and a capital with an alternate
#: name that is an everyday German noun.
COPAS = Place("9100001", "Copas", "city", 15.0, -88.0, "HN", None, None, 800)
ETAPPE = Place("9100002", "Etappe", "city", 50.0, 10.0, "DE", None, None, 800)
RIGA = Place("456172", "Riga", "city", 56.95, 24.11, "LV", "LV-RIX", 456172, 742_572)
PLACES = [US, CH, KENTUCKY, COPAS, ETAPPE, RIGA]
NAMES = [named("Schweiz", CH.id, "de"), named("Liga", RIGA.id, source="geonames:alt")]


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.build(PLACES, NAMES)


def _found(lexicon: Lexicon, text: str, lang: str) -> list[str]:
    """What recognition keeps (the unit under test; the resolver may drop more)."""
    return [span.text for span in recognize(text, lang, lexicon)]


def test_a_counted_noun_is_no_place(lexicon: Lexicon) -> None:
    assert _found(lexicon, "El club suma 6 Copas de Europa y 9 Copas del Rey .", "es") == []
    assert _found(lexicon, "Der Verein spielt in der 3. Liga .", "de") == []


def test_a_place_modifying_a_counted_noun_stays_a_place(lexicon: Lexicon) -> None:
    assert _found(lexicon, "The award went to 46 Kentucky employers this year.", "en") == [
        "Kentucky"
    ]


def test_a_year_or_a_figure_before_a_name_counts_nothing(lexicon: Lexicon) -> None:
    assert _found(lexicon, "They moved to Kentucky in 2009 . In 2010 Kentucky won .", "en") == [
        "Kentucky",
        "Kentucky",
    ]


def test_the_head_of_a_german_compound_is_no_place(lexicon: Lexicon) -> None:
    assert _found(lexicon, "Die Elf steigt in die Fußball-Liga auf .", "de") == []


def test_a_country_after_a_hyphen_stays_a_place(lexicon: Lexicon) -> None:
    assert _found(lexicon, "In der Jury sitzt ein Ex-Mister- Schweiz .", "de") == ["Schweiz"]


def test_a_german_verb_after_a_counted_noun_does_not_make_it_a_place(lexicon: Lexicon) -> None:
    # German joins a noun to the name it modifies ("46 Kentucky-Firmen"): a lower-case word after
    # a counted name is the sentence's verb
    assert _found(lexicon, "Ob er die 5. Etappe fahren kann , ist offen .", "de") == []

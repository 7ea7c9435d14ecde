"""Places inside organisations' names in the other supported languages: the marker words and the
elided articles those names are written with."""

from __future__ import annotations

import pytest
from parse_helpers import kind_of

from geodata.model import Place
from geodata.parse.kinds import unelided
from geodata.parse.lexicon import Lexicon
from geodata.parse.pipeline import Parser

PLACES = [
    Place("3181928", "Bologna", "city", 44.49, 11.34, "IT", None, 3181928, 366_133),
    Place("2673730", "Stockholm", "city", 59.33, 18.07, "SE", None, 2673730, 1_515_017),
]


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.build(PLACES, [])


def test_an_elided_article_does_not_hide_the_organisation(lexicon: Lexicon) -> None:
    text = "Un nuovo studio dell'Università di Bologna è uscito."
    assert kind_of(lexicon, text, "Bologna", "it") == "embedded"
    assert (
        kind_of(lexicon, "Il treno è arrivato a Bologna in ritardo.", "Bologna", "it") == "literal"
    )


def test_a_university_in_another_language_is_an_organisation(lexicon: Lexicon) -> None:
    found = Parser(lexicon).geoparse("Forskare vid Stockholms universitet varnar nu.", lang="sv")
    assert [(m.text, m.kind) for m in found] == [("Stockholms", "embedded")]


def test_only_an_elided_article_is_cut_off() -> None:
    assert unelided("dell'Università") == "Università"
    assert unelided("l'Université") == "Université"
    assert unelided("King's") == "King's"  # a possessive stays whole
    assert unelided("O'Hare") == "O'Hare"

"""Regressions from the review: a town before a cartel's name in brackets, generic-led names inside
organisations, and hyphen chains and generic names read in linear time."""

from __future__ import annotations

import pytest

from geodata import geoparse
from geodata.parse import kinds
from geodata.parse.lexicon import Lexicon
from geodata.parse.pipeline import default_parser

pytestmark = pytest.mark.slow


def _kinds(text: str, lang: str) -> dict[str, str]:
    return {m.text: m.kind for m in geoparse(text, lang=lang)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Gewalt in Culiacán (Sinaloa-Kartell) nimmt zu.", "de"),
        ("Fighting in Culiacán (Sinaloa Cartel territory) went on.", "en"),
    ],
)
def test_a_town_before_a_cartel_in_brackets_stays_a_place(text: str, lang: str) -> None:
    found = _kinds(text, lang)
    assert found.get("Culiacán") == "literal"
    assert found.get("Sinaloa") == "embedded"


def test_a_player_before_his_club_in_brackets_is_still_dropped() -> None:
    found = _kinds("Jugaron Cañizares ( Getafe ) y Puñal ( Leganés ) .", "es")
    assert "Cañizares" not in found
    assert found.get("Getafe") == "embedded"


def test_a_generic_led_name_inside_an_organisation_is_embedded() -> None:
    assert (
        _kinds("La Flota del mar Negro zarpó de Sebastopol.", "es").get("mar Negro") == "embedded"
    )
    assert (
        _kinds("Los barcos cruzaron el mar Negro hacia Odesa.", "es").get("mar Negro") == "literal"
    )


def test_the_place_word_memo_stops_growing_with_words_that_name_no_place(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lexicon: Lexicon = default_parser().lexicon
    monkeypatch.setattr(kinds, "PLACE_WORD_MEMO_LIMIT", len(lexicon.memo))
    assert not kinds.is_place_word("Zqxwvutsrq", lexicon)
    assert ("place word", "Zqxwvutsrq") not in lexicon.memo
    assert kinds.is_place_word("Mexico", lexicon)  # names are still remembered
    assert ("place word", "Mexico") in lexicon.memo


def test_a_long_hyphen_chain_and_many_generic_names_are_read_whole() -> None:
    # each name of a chain reads only a bounded stretch after it, so every one is still found
    chain = "Die Strecke " + "Berlin-" * 20_000
    assert len(geoparse(chain, lang="de")) == 20_000
    rivers = "Navegaron por el mar Negro y el río Bravo, " * 2_000
    found = [m.text for m in geoparse(rivers, lang="es")]
    assert found.count("mar Negro") == 2_000

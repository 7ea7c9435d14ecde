"""Names whose last word follows an elided article ("Côte d'Ivoire") or carries a possessive
("St. John's"); a state's short form on its own ("NSW"); and the parser's lexicon cache, which
a change to the gazetteer's build must renew. Sentences written for the tests."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from geodata.parse.pipeline import Parser, _lexicon_cache


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Vaccines reached Benin, Côte d'Ivoire and Ghana.",
            "en",
            ["Benin", "Côte d'Ivoire", "Ghana"],
        ),
        ("Il est rentré en Côte d'Ivoire.", "fr", ["Côte d'Ivoire"]),
        (
            "Fog closed the port of St. John's in Newfoundland.",
            "en",
            ["St. John's", "Newfoundland"],
        ),
        ("The flu spread across NSW and Queensland.", "en", ["NSW", "Queensland"]),
    ],
)
def test_names_found(text: str, lang: str, expected: list[str], world_parser: Parser) -> None:
    assert [m.text for m in world_parser.geoparse(text, lang=lang)] == expected


@pytest.mark.slow
def test_a_states_short_form_is_the_state(world_parser: Parser) -> None:
    (mention,) = world_parser.geoparse("Horses across NSW were infected.", lang="en")
    assert mention.admin1_code == "AU-NSW"


def test_the_lexicon_cache_follows_the_gazetteers_build() -> None:
    # two builds with the same counts but other sources (a curated name replaced) must not share
    # a lexicon: the build's key is part of the cache's name
    old = SimpleNamespace(meta={"city_set": "cities500", "key": "aaaa", "names": 10})
    new = SimpleNamespace(meta={"city_set": "cities500", "key": "bbbb", "names": 10})
    again = SimpleNamespace(meta={"city_set": "cities500", "key": "aaaa", "names": 10})
    assert _lexicon_cache(old) != _lexicon_cache(new)
    assert _lexicon_cache(old) == _lexicon_cache(again)

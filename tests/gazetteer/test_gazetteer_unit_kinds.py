"""Units that Natural Earth names in German with their kind in front ("Kanton Wallis",
"Woiwodschaft Masowien") are found under the name alone, as news write it; and short forms of
a German state and a Swiss canton ("NRW", "Baselland"). Sentences are made up for these tests."""

from __future__ import annotations

import pytest

from geodata.gazetteer import Gazetteer
from geodata.gazetteer.build import _without_unit_kind
from geodata.parse.pipeline import Parser


@pytest.mark.parametrize(
    ("name", "lang", "bare"),
    [
        ("Kanton Wallis", "de", "Wallis"),
        ("Woiwodschaft Masowien", "de", "Masowien"),
        ("Präfektur Fukushima", "de", "Fukushima"),
        # a unit named after its main town: the town's own entry covers the name
        ("Bezirk Haifa", "de", None),
        # the kind alone, a name without a kind, another language's kind, no name at all
        ("Kanton", "de", None),
        ("Niederösterreich", "de", None),
        ("Kanton Wallis", "fr", None),
        (None, "de", None),
    ],
)
def test_the_kind_before_a_units_name_is_taken_off(
    name: str | None, lang: str, bare: str | None
) -> None:
    assert _without_unit_kind(name, lang) == bare


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Eine Lawine ging im Wallis nieder, in Masowien schneite es.",
            [("Wallis", "CH-VS"), ("Masowien", "PL-MZ")],
        ),
        ("Im Tessin regnet es seit Tagen.", [("Tessin", "CH-TI")]),
        ("Die Schulen in NRW bleiben am Montag offen.", [("NRW", "DE-NW")]),
        ("Der Kanton Baselland baut eine neue Schule.", [("Baselland", "CH-BL")]),
    ],
)
def test_units_are_found_under_the_names_news_use(
    gaz: Gazetteer, parser: Parser, text: str, expected: list[tuple[str, str]]
) -> None:
    found = [(m.text, m.place_id) for m in parser.geoparse(text, lang="de")]
    wanted = [(name, gaz.by_code(code).id) for name, code in expected]  # type: ignore[union-attr]
    assert found == wanted

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


@pytest.mark.slow
@pytest.mark.parametrize("adjective", ["Jewish", "Jüdische", "Judaico", "Yahudi"])
def test_a_unit_named_by_an_adjective_alone_keeps_only_its_full_names(
    adjective: str, gaz: Gazetteer
) -> None:
    # Natural Earth names the Jewish Autonomous Oblast "Jewish" (and "Jüdische", ...) alone
    assert "RU-YEV" not in {p.admin1_code for p in gaz.lookup(adjective) if p.feature == "admin1"}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A Jewish family moved from Kyiv to the Jewish Autonomous Oblast in 1934.", "en"),
        ("Eine jüdische Familie zog 1934 aus Kiew in die Jüdische Autonome Oblast.", "de"),
    ],
)
def test_the_adjective_is_no_place_and_the_full_name_is(
    text: str, lang: str, parser: Parser
) -> None:
    found = [(m.text, m.admin1_code) for m in parser.geoparse(text, lang=lang)]
    assert ("Jewish", "RU-YEV") not in found
    assert [code for _text, code in found if code == "RU-YEV"] == ["RU-YEV"]
    assert found[-1][0] in ("Jewish Autonomous Oblast", "Jüdische Autonome Oblast")

"""The sentence splitter used to quote mentions, and the search-box parser."""

from __future__ import annotations

import random

import pytest

from geodata.store.sentences import MAX_SENTENCE, Sentences, sentence_around, sentence_bounds
from geodata.store.sql import fts5_match, search_terms, tsquery_text


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_bounds(text)]


def test_german_ordinals_and_abbreviations_do_not_end_sentences() -> None:
    text = "Am 5. November sprach Dr. Weber z. B. über Sinaloa. Danach ging es um Sonora."
    assert sentences(text) == [
        "Am 5. November sprach Dr. Weber z. B. über Sinaloa.",
        "Danach ging es um Sonora.",
    ]


def test_spanish_and_english_abbreviations() -> None:
    text = "Según EE. UU. y la Sra. López, hubo 3 muertos. The U.S. Army said so! Really?  Yes."
    assert sentences(text) == [
        "Según EE. UU. y la Sra. López, hubo 3 muertos.",
        "The U.S. Army said so!",
        "Really?",
        "Yes.",
    ]


def test_closing_quotes_stay_with_their_sentence_and_lines_break() -> None:
    text = 'Er sagte: "Wir gehen nach Sonora." Dann ging er.\nTitel ohne Punkt\n\nNeuer Absatz'
    assert sentences(text) == [
        'Er sagte: "Wir gehen nach Sonora."',
        "Dann ging er.",
        "Titel ohne Punkt",
        "Neuer Absatz",
    ]


def test_german_and_spanish_quotes_and_marks() -> None:
    text = "Er sagte: „Wir gehen nach Sonora.“ Dann ging er. ¿Y Sinaloa? ¡También! «Fin.» Ende."
    assert sentences(text) == [
        "Er sagte: „Wir gehen nach Sonora.“",
        "Dann ging er.",
        "¿Y Sinaloa?",
        "¡También!",
        "«Fin.»",
        "Ende.",
    ]


def test_a_year_ends_a_sentence_but_a_lower_case_word_does_not_start_one() -> None:
    assert sentences("Das war 2025. Jetzt nicht mehr.") == ["Das war 2025.", "Jetzt nicht mehr."]
    assert sentences("Tijuana, Mexicali etc. und Ensenada.") == [
        "Tijuana, Mexicali etc. und Ensenada."
    ]


def test_bounds_cover_every_visible_character_in_order() -> None:
    rng = random.Random(7)
    pieces = ["Sinaloa", "z.", "B.", "5.", "Dr.", "!", "?", "\n", "\n\n", '"', " ", "Ende.", "ja"]
    for _ in range(200):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        bounds = sentence_bounds(text)
        covered = set()
        last_end = 0
        for start, end in bounds:
            assert last_end <= start < end <= len(text)
            assert not text[start].isspace()
            assert not text[end - 1].isspace()
            covered.update(range(start, end))
            last_end = end
        assert {i for i, ch in enumerate(text) if not ch.isspace()} <= covered


def test_sentence_around_finds_the_sentence_of_a_mention() -> None:
    text = "Erster Satz. Dann Sinaloa und Sonora. Letzter Satz."
    start = text.index("Sonora")
    found = sentence_around(text, start, start + 6)
    assert found.text == "Dann Sinaloa und Sonora."
    assert text[found.start : found.end] == found.text


def test_a_mention_across_a_boundary_gets_both_sentences() -> None:
    text = "Wir fahren nach St. Louis. Dann weiter."
    # "St. Louis" is one name even if the splitter were to cut after "St."
    start = text.index("St.")
    found = sentence_around(text, start, start + len("St. Louis"))
    assert "St. Louis" in found.text


def test_a_long_sentence_is_cut_to_a_window_around_the_mention() -> None:
    text = "wort " * 300 + "Sinaloa " + "wort " * 300
    start = text.index("Sinaloa")
    found = sentence_around(text, start, start + 7)
    assert len(found.text) <= MAX_SENTENCE
    assert found.text[start - found.start : start - found.start + 7] == "Sinaloa"
    assert not found.text.startswith("ort")
    assert not found.text.endswith(" ")


def test_search_input_becomes_safe_terms() -> None:
    assert search_terms('Sinaloa "Estados Unidos" OR México') == [
        [("sinaloa",)],
        [("estados", "unidos"), ("mexico",)],
    ]
    assert search_terms("NEAR(x* y:z") == [[("near", "x")], [("y", "z")]]
    assert search_terms("OR AND ''") == []
    assert fts5_match([[("a",)], [("b", "c"), ("d",)]]) == '("a") AND ("b c" OR "d")'
    assert tsquery_text([[("a",)], [("b", "c"), ("d",)]]) == "(('a')) & (('b' <-> 'c') | ('d'))"


@pytest.mark.parametrize("query", [None, "", "   ", "!!!", "- * :"])
def test_empty_search_input_selects_everything(query: str | None) -> None:
    assert search_terms(query) == []


def test_lookup_by_bisection_agrees_with_a_scan() -> None:
    rng = random.Random(11)
    words = ["Sinaloa", "Dr.", "5.", "Ende.", "ja", "\n\n", "Frage?", "  "]
    for _ in range(100):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 40)))
        bounds = sentence_bounds(text)
        sentences_ = Sentences(text)
        for _ in range(10):
            start = rng.randrange(len(text) + 1)
            end = rng.randrange(start, len(text) + 1)
            found = sentences_.around(start, end)
            containing = [(s, e) for s, e in bounds if s <= start < e]
            expected_first = containing[0][0] if containing else start
            ending = [(s, e) for s, e in bounds if s < end <= e]
            expected_last = ending[0][1] if ending else end
            if expected_last - min(expected_first, start) <= MAX_SENTENCE:
                assert (found.start, found.end) == (
                    min(expected_first, start),
                    max(expected_last, end),
                )
            assert found.start <= start <= end <= found.end

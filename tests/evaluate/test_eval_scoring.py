"""Scores of a hand-made dictionary parser on the tiny fixtures, against figures worked out by hand.

See eval_handmade_parser.py for what the parser gets right and wrong on each fixture.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from eval_handmade_parser import TableParser, parse_failing, parse_lgl, parse_multilingual

from geodata.evaluate import MODES, Document, GoldToponym, evaluate, read
from geodata.evaluate.metrics import MAX_ERROR_KM, great_circle_km
from geodata.evaluate.report import format_report
from geodata.model import Place

DATA = Path(__file__).parent / "data"
ONE_DEGREE_KM = 6371.0088 * math.pi / 180
CORDOBA_ES_AR = great_circle_km(37.89155, -4.77275, -31.4135, -64.18105)


def test_jsonl_end_to_end_all_kinds_literal_and_decoys():
    report = evaluate(
        read("jsonl", DATA / "tiny.jsonl"), parser=parse_multilingual, modes=("end-to-end",)
    )
    total = report.sections["end-to-end"]["all"]
    # gold 5; predicted Mexikanische, Culiacán, Essen, Sevilla, Córdoba; Essen is false, Andalucía missed
    assert (total.gold, total.predicted, total.tp, total.fp, total.fn) == (5, 5, 4, 1, 1)
    assert (total.precision, total.recall, total.f1) == (0.8, 0.8, pytest.approx(0.8))
    # distance errors: 0, 111 km, 0, Córdoba in Argentina
    assert total.distance_n == 4
    assert total.acc161 == 0.75
    assert total.median_km == pytest.approx(ONE_DEGREE_KM / 2)
    assert total.mean_km == pytest.approx((ONE_DEGREE_KM + CORDOBA_ES_AR) / 4)
    assert total.kind_recall == {"demonym": (1, 1), "literal": (3, 4)}
    # matched: Mexico (country, exact), Culiacán and Sevilla (cities, 111 km and 0), Córdoba (far)
    assert total.feature_acc161 == {"city": (2, 3), "country": (1, 1)}
    assert (total.decoys_hit, total.decoys_total) == (1, 3)
    assert total.precision_meaningful

    de, es = report.sections["end-to-end"]["de"], report.sections["end-to-end"]["es"]
    assert (de.tp, de.fp, de.fn, de.precision, de.recall) == (2, 1, 0, pytest.approx(2 / 3), 1.0)
    assert (es.tp, es.fp, es.fn, es.precision, es.recall) == (2, 0, 1, 1.0, pytest.approx(2 / 3))

    literal = report.sections["end-to-end/literal"]["all"]
    # gold literal: Culiacán, Sevilla, Córdoba, Andalucía; predicted literal: Culiacán, Essen, Sevilla, Córdoba
    assert (literal.tp, literal.fp, literal.fn) == (3, 1, 1)
    assert literal.acc161 == pytest.approx(2 / 3)


def test_jsonl_gold_spans_counts_a_span_left_unresolved_as_a_failure():
    report = evaluate(
        read("jsonl", DATA / "tiny.jsonl"), parser=parse_multilingual, modes=("gold-spans",)
    )
    assert list(report.sections) == ["gold-spans"]
    total = report.sections["gold-spans"]["all"]
    assert (total.gold, total.predicted, total.tp, total.fn) == (5, 4, 4, 1)
    assert total.distance_n == 5
    assert total.unresolved == 1  # Andalucía
    assert total.feature_acc161 == {"admin1": (0, 1), "city": (2, 3), "country": (1, 1)}
    assert total.acc161 == pytest.approx(3 / 5)
    assert total.mean_km == pytest.approx((ONE_DEGREE_KM + CORDOBA_ES_AR + MAX_ERROR_KM) / 5)


def test_lgl_toponyms_without_point_count_for_recognition_not_distance():
    report = evaluate(read("lgl", DATA / "lgl_tiny.xml"), parser=parse_lgl, errors=5)
    e2e = report.sections["end-to-end"]["all"]
    assert (e2e.gold, e2e.tp, e2e.fp, e2e.fn) == (5, 4, 0, 1)  # Paris (Texas) missed
    assert e2e.distance_n == 3  # Elm Hollow matched but has no gold point
    assert e2e.acc161 == pytest.approx(2 / 3)
    assert e2e.feature_acc161 == {"admin1": (0, 1), "city": (2, 2)}  # Illinois put in France
    spans = report.sections["gold-spans"]["all"]
    assert spans.distance_n == 4
    assert spans.unresolved == 1
    assert spans.acc161 == 0.5
    assert report.missed == (("Paris", 1, "102"),)
    assert report.false_positives == ()
    assert report.unresolved == (
        ("Paris", 1, "102"),
    )  # the gold span the parser returned nothing for
    # far resolutions: Illinois put in France, once per mode
    assert sorted((f.mode, f.surface, f.pred_name) for f in report.far) == [
        ("end-to-end", "Illinois", "Paris"),
        ("gold-spans", "Illinois", "Paris"),
    ]
    assert report.far[0].km == pytest.approx(
        great_circle_km(40.00032, -89.25037, 48.85341, 2.3488), abs=0.1
    )


def test_non_exhaustive_corpus_has_no_precision():
    report = evaluate(read("eupeg", DATA / "eupeg_exact"), parser=parse_lgl, modes=("end-to-end",))
    total = report.sections["end-to-end"]["all"]
    assert total.precision is None
    assert total.f1 is None
    assert not total.precision_meaningful
    assert total.recall == 0.0
    assert total.fn == 2


def test_kinds_filter_drops_other_predictions_end_to_end():
    report = evaluate(
        read("jsonl", DATA / "tiny.jsonl"),
        parser=parse_multilingual,
        modes=("end-to-end",),
        kinds=["literal"],
    )
    total = report.sections["end-to-end"]["all"]
    assert total.predicted == 4  # the demonym is not counted
    assert total.kind_recall["demonym"] == (0, 1)


def test_parser_failure_is_recorded_and_counts_as_missed():
    report = evaluate(read("jsonl", DATA / "tiny.jsonl"), parser=parse_failing, limit=1)
    assert report.documents == 1
    assert [(doc, mode) for doc, mode, _ in report.failures] == [
        ("de-1", "end-to-end"),
        ("de-1", "gold-spans"),
    ]
    total = report.sections["end-to-end"]["all"]
    assert (total.tp, total.fn) == (0, 2)


def test_unknown_mode_is_refused():
    with pytest.raises(ValueError, match="mode must be one of"):
        evaluate([], parser=parse_lgl, modes=("fast",))


def test_language_is_passed_or_left_to_the_parser():
    seen: list[tuple[str | None, bool]] = []

    def recording_parser(text, lang=None, spans=None):
        seen.append((lang, spans is not None))
        return []

    evaluate(read("jsonl", DATA / "tiny.jsonl"), parser=recording_parser)
    assert seen == [("de", False), ("de", True), ("es", False), ("es", True)]
    seen.clear()
    evaluate(read("jsonl", DATA / "tiny.jsonl"), parser=recording_parser, detect_lang=True, limit=1)
    assert seen == [(None, False), (None, True)]


def test_same_geonames_id_far_away_is_credited_only_in_the_diagnostic():
    text = "Troops crossed into Russia and Canada."
    russia, canada = text.index("Russia"), text.index("Canada")
    doc = Document(
        id="d",
        text=text,
        lang="en",
        gold=(
            GoldToponym(russia, russia + 6, "Russia", lat=60.0, lon=100.0, geonameid=2017370),
            GoldToponym(canada, canada + 6, "Canada", lat=60.0, lon=-95.0, geonameid=6251999),
        ),
    )
    parser = TableParser(
        {
            "Russia": ("Russia", 61.0, 96.0, "literal", 2017370),  # the same country, another point
            "Canada": ("Canada, Kentucky", 37.5, -82.4, "literal", 4286694),  # another place
        }
    )
    total = evaluate([doc], parser=parser, modes=("end-to-end",)).sections["end-to-end"]["all"]
    assert great_circle_km(60.0, 100.0, 61.0, 96.0) > 161
    assert total.acc161 == 0.0
    assert total.acc161_or_same_id == 0.5


def test_reachable_accuracy_counts_gold_with_some_candidate_nearby():
    text = "Lexington and Perth and Atlantis"
    lex, perth, atl = text.index("Lexington"), text.index("Perth"), text.index("Atlantis")
    doc = Document(
        id="d",
        text=text,
        lang="en",
        gold=(
            GoldToponym(lex, lex + 9, "Lexington", lat=42.45, lon=-71.23),  # the Massachusetts town
            GoldToponym(perth, perth + 5, "Perth", lat=56.40, lon=-3.43),  # Scotland
            GoldToponym(atl, atl + 8, "Atlantis", lat=0.0, lon=0.0),  # no such place
        ),
    )
    # the parser picks Kentucky's Lexington and Australia's Perth, and knows no Atlantis
    parser = TableParser(
        {
            "Lexington": ("Lexington", 38.05, -84.50, "literal"),
            "Perth": ("Perth", -31.95, 115.86, "literal"),
        }
    )
    candidates = {
        "Lexington": [
            Place("l1", "Lexington", "city", 38.05, -84.50),
            Place("l2", "Lexington", "city", 42.44, -71.22),
        ],
        "Perth": [Place("p1", "Perth", "city", -31.95, 115.86)],
    }
    report = evaluate(
        [doc], parser=parser, modes=MODES, candidates=lambda surface: candidates.get(surface, ())
    )
    gold_spans = report.sections["gold-spans"]["all"]
    assert gold_spans.acc161 == 0.0
    # only Lexington had a right candidate: 1 of 3 reachable
    assert gold_spans.acc161_reachable == pytest.approx(1 / 3)
    assert report.sections["end-to-end"]["all"].acc161_reachable is None
    assert "reachable with this gazetteer" in format_report(report)
    # a custom parser without candidates: no such figure
    plain = evaluate([doc], parser=parser, modes=("gold-spans",))
    assert plain.sections["gold-spans"]["all"].acc161_reachable is None
    assert plain.sections["gold-spans"]["all"].reachable_if_flipped is None
    # none of the three is near a candidate once a sign is flipped
    assert gold_spans.reachable_if_flipped == 0
    assert "flipped" not in format_report(report)


def test_gold_points_that_lost_their_hemisphere_are_counted_apart():
    text = "Lima and Perth"
    lima, perth = text.index("Lima"), text.index("Perth")
    doc = Document(
        id="d",
        text=text,
        lang="en",
        gold=(
            # Lima, Ohio, written with an eastern longitude: a sign lost in the corpus
            GoldToponym(lima, lima + 4, "Lima", lat=40.74, lon=84.11),
            # Perth, Western Australia, written north of the equator
            GoldToponym(perth, perth + 5, "Perth", lat=31.95, lon=115.86),
        ),
    )
    parser = TableParser(
        {
            "Lima": ("Lima", -12.04, -77.03, "literal"),
            "Perth": ("Perth", 56.40, -3.43, "literal"),
        }
    )
    candidates = {
        "Lima": [
            Place("l1", "Lima", "city", -12.04, -77.03),
            Place("l2", "Lima", "city", 40.74, -84.11),
        ],
        "Perth": [Place("p1", "Perth", "city", -31.95, 115.86)],
    }
    report = evaluate(
        [doc],
        parser=parser,
        modes=("gold-spans",),
        candidates=lambda surface: candidates.get(surface, ()),
    )
    gold_spans = report.sections["gold-spans"]["all"]
    assert gold_spans.acc161_reachable == 0.0
    assert gold_spans.reachable_if_flipped == 2
    assert "flipped: 2 of 2" in format_report(report)

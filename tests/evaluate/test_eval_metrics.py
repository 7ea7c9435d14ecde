"""The pure metric functions, on values worked out by hand."""

from __future__ import annotations

import math

import pytest

from geodata.evaluate import metrics

ONE_DEGREE_KM = 6371.0088 * math.pi / 180  # 111.195 km along a meridian


def test_great_circle_known_distances():
    assert metrics.great_circle_km(0, 0, 1, 0) == pytest.approx(ONE_DEGREE_KM)
    assert metrics.great_circle_km(0, 0, 90, 0) == pytest.approx(6371.0088 * math.pi / 2)
    assert metrics.great_circle_km(0, 0, 0, 180) == pytest.approx(6371.0088 * math.pi)
    assert metrics.great_circle_km(10, 20, 10, 20) == 0.0
    # Berlin - Madrid, a well-known 1,868 km or so
    assert metrics.great_circle_km(52.52, 13.405, 40.4168, -3.7038) == pytest.approx(1869, abs=5)


def test_accuracy_at_161_is_inclusive_and_none_when_empty():
    assert metrics.accuracy_at([ONE_DEGREE_KM, 2 * ONE_DEGREE_KM]) == 0.5  # 111 km in, 222 km out
    assert metrics.accuracy_at([161.0, 161.01]) == 0.5
    assert metrics.accuracy_at([]) is None


def test_auc_trapezoid_on_hand_values():
    assert metrics.auc([0.0, 20039.0]) == pytest.approx(0.5)  # a straight line from 0 to 1
    # sorted scaled errors 0, 0, 1: areas 0 and 0.5 over two intervals
    assert metrics.auc([20039.0, 0.0, 0.0]) == pytest.approx(0.25)
    assert metrics.auc([0.0, 0.0]) == 0.0
    assert metrics.auc([40000.0]) == 1.0  # capped at the largest possible error
    e = math.e - 1  # ln(1 + e) == 1
    assert metrics.auc([e]) == pytest.approx(1 / math.log(20039))
    assert metrics.auc([]) is None


def test_mean_and_median():
    assert metrics.mean([1.0, 2.0, 6.0]) == 3.0
    assert metrics.median([5.0, 1.0, 3.0]) == 3.0
    assert metrics.median([4.0, 1.0, 3.0, 2.0]) == 2.5
    assert metrics.mean([]) is None
    assert metrics.median([]) is None


def test_prf_from_counts():
    prf = metrics.PRF(tp=3, fp=1, fn=2)
    assert prf.precision == 0.75
    assert prf.recall == 0.6
    assert prf.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert metrics.PRF(0, 0, 0).precision is None
    assert metrics.PRF(0, 2, 0).f1 is None  # no gold: recall undefined
    assert metrics.PRF(0, 2, 3).f1 == 0.0
